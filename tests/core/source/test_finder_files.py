"""Files macOS adds to a folder it compresses or copies are not read as export data (they looked like clips)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from core.cli.main import main
from core.source.archive import ExportSource
from core.source.finder_files import finder_metadata

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo" / "google-takeout"
APPLE_DOUBLE = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02" + bytes(60)


def test_which_names_are_finders() -> None:
    paths = ["a.zip/Takeout/x/clip.mp3", "a.zip/Takeout/x/._clip.mp3", "a.zip/Takeout/x/._lonely.mp3",
             "a.zip/__MACOSX/Takeout/x/._clip.mp3", "a.zip/Takeout/.DS_Store", "a.zip/Takeout/x/__MACOSX.json"]
    assert finder_metadata(paths) == {"a.zip/Takeout/x/._clip.mp3", "a.zip/__MACOSX/Takeout/x/._clip.mp3",
                                      "a.zip/Takeout/.DS_Store"}


def finder_zip(path: Path) -> Path:
    """The Google demo as Finder's "Compress" writes it: every file with an AppleDouble twin under __MACOSX/,
    a .DS_Store, names without the UTF-8 flag."""
    with zipfile.ZipFile(path, "w") as out:
        for part in sorted(DEMO.glob("*.zip")):
            with zipfile.ZipFile(part) as zf:
                for info in zf.infolist():
                    if info.is_dir():
                        continue
                    out.writestr(info.filename, zf.read(info))
                    folder, _sep, name = info.filename.rpartition("/")
                    out.writestr(f"__MACOSX/{folder}/._{name}", APPLE_DOUBLE)
        out.writestr("Takeout/.DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(100))
    return path


def scan(paths: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> dict:  # type: ignore[type-arg]
    assert main(["scan", *map(str, paths), "--json"]) == 0
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def test_a_takeout_compressed_by_finder_reads_like_the_original(tmp_path: Path, capsysbinary) -> None:
    got = scan([finder_zip(tmp_path / "takeout-20240301T101500Z-7-001.zip")], capsysbinary)
    want = scan(sorted(DEMO.glob("*.zip")), capsysbinary)
    assert got["counts"] == want["counts"] and len(got["findings"]) == len(want["findings"])
    assert not any("__MACOSX" in r["member"] or "/._" in r["member"] for r in got["recordings"])
    twins = sum(1 for part in DEMO.glob("*.zip") for i in zipfile.ZipFile(part).infolist() if not i.is_dir())
    notes = [n["message"] for n in got["report"]["notes"]]
    assert any(n.startswith(f"{twins + 1} files of the kind macOS adds") for n in notes), notes


def test_a_folder_copied_by_a_mac_leaves_out_its_twins(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "Voice").mkdir(parents=True)
    (folder / "Voice" / "clip.wav").write_bytes(b"RIFF....WAVE")
    (folder / "Voice" / "._clip.wav").write_bytes(APPLE_DOUBLE)
    (folder / "Voice" / "._unpaired.wav").write_bytes(b"RIFF....WAVE")  # no twin: it may be data, kept
    (folder / ".DS_Store").write_bytes(b"Bud1")
    with ExportSource.open([folder], hash_files=False) as source:
        assert sorted(m.path for m in source.members) == ["Voice/._unpaired.wav", "Voice/clip.wav"]
        assert [n.message for n in source.notes if "macOS" in n.message] == [
            "2 files of the kind macOS adds when a folder is compressed or copied on a Mac (the __MACOSX folder, "
            "“._” files, .DS_Store) were not read as export data."]


def test_an_amazon_folder_compressed_by_finder_reads_like_the_original(tmp_path: Path, capsysbinary) -> None:
    """The Amazon demo's dataset ZIPs in a folder compressed by Finder: the ._ twins of the inner ZIPs are not
    tried as ZIPs (no "cannot be opened" notes), and the counts and findings are the demo's."""
    demo = DEMO.parent / "amazon-2018"
    outer = tmp_path / "Amazon export.zip"
    with zipfile.ZipFile(outer, "w") as out:
        for part in sorted(demo.glob("*.zip")):
            out.write(part, f"Amazon export/{part.name}")
            out.writestr(f"__MACOSX/Amazon export/._{part.name}", APPLE_DOUBLE)
    got, want = scan([outer], capsysbinary), scan([demo], capsysbinary)
    assert got["counts"] == want["counts"] and len(got["findings"]) == len(want["findings"])
    notes = [n["message"] for n in got["report"]["notes"]]
    assert not any("cannot be opened" in n for n in notes), notes
    assert any(n.startswith("4 files of the kind macOS adds") for n in notes), notes
