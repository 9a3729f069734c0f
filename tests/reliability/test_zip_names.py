"""A ZIP whose Info-ZIP Unicode Path field names an entry differently from its main name (issue 20): Dossier
uses the name unzip and 7-Zip show, and says that the two disagree."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from core.source.archive import ExportSource
from core.source.zipnames import unicode_path

MAIN = "Voice/2018-05-02T07-30-00_00000001.wav"
UNICODE = "Voice/2019-11-30T23-59-59_00000001.wav"


def unicode_field(header_name: bytes, name: str, crc: int | None = None) -> bytes:
    body = b"\x01" + struct.pack("<I", zlib.crc32(header_name) if crc is None else crc) + name.encode("utf-8")
    return struct.pack("<HH", 0x7075, len(body)) + body


def archive(path: Path, extra: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo(MAIN, (2018, 5, 2, 7, 30, 0))
        info.extra = extra
        zf.writestr(info, b"RIFF....WAVE")
    return path


def members(path: Path) -> tuple[list[str], list[str]]:
    with ExportSource.open([path], hash_files=False) as source:
        return [m.path for m in source.members], [n.message for n in source.notes]


def test_the_name_unzip_and_7zip_show_is_used_and_the_disagreement_noted(tmp_path) -> None:
    path = archive(tmp_path / "Alexa.zip", unicode_field(MAIN.encode("cp437"), UNICODE))
    paths, notes = members(path)
    assert paths == [f"Alexa.zip/{UNICODE}"]
    assert any("Unicode name field" in n and MAIN in n and UNICODE in n for n in notes)
    if shutil.which("unzip"):
        listing = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, text=True, check=True).stdout
        assert listing.split() == [UNICODE]
    if shutil.which("7z"):
        listing = subprocess.run(["7z", "l", "-slt", str(path)], capture_output=True, text=True, check=True).stdout
        assert f"Path = {UNICODE}" in listing


@pytest.mark.parametrize(("header", "unicode", "listed"), [
    ("__MACOSX/Voice/._clip.wav", UNICODE, [UNICODE]),  # Finder metadata only in the header: the clip is listed
    (MAIN, "__MACOSX/Voice/._clip.wav", []),  # Finder metadata by the name unzip shows: left out, as such
])
def test_finder_files_are_judged_by_the_name_the_tools_show(tmp_path, header, unicode, listed) -> None:
    path = tmp_path / "Alexa.zip"
    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo(header, (2018, 5, 2, 7, 30, 0))
        info.extra = unicode_field(header.encode("cp437"), unicode)
        zf.writestr(info, b"RIFF....WAVE")
    paths, _notes = members(path)
    assert paths == [f"Alexa.zip/{name}" for name in listed]
    if shutil.which("unzip"):
        shown = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, text=True, check=True).stdout
        assert shown.split() == [unicode]


def test_a_field_written_for_another_name_is_ignored_as_the_tools_do(tmp_path) -> None:
    path = archive(tmp_path / "Alexa.zip", unicode_field(b"another name", UNICODE))
    paths, notes = members(path)
    assert paths == [f"Alexa.zip/{MAIN}"] and not any("Unicode name field" in n for n in notes)
    if shutil.which("unzip"):
        listing = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, text=True, check=True).stdout
        assert listing.split() == [MAIN]


@pytest.mark.parametrize("extra", [b"", b"\x75\x70\x02\x00\x01", b"\x75\x70\x05\x00\x02abcd",
                                   b"\x75\x70\x09\x00\x01\x00\x00\x00\x00\xff\xfe\xfd\xfc"])
def test_broken_fields_are_ignored(extra) -> None:
    info = zipfile.ZipInfo(MAIN)
    info.extra = extra
    assert unicode_path(info) is None


def test_utf8_names_without_the_flag_are_read_as_unzip_shows_them(tmp_path) -> None:
    """macOS's Archive Utility and Info-ZIP ``zip`` in a C locale store UTF-8 names without the UTF-8 flag;
    zipfile would show "Meine Aktivit├ñten". Code page 437 names that are not valid UTF-8 stay as they were."""
    from tests.core.source.builders import RawEntry, raw_zip

    utf8 = "Takeout/Meine Aktivitäten/Assistant/Aufnahme_001.mp3".encode()
    cp437 = b"Voice/Aufnahme \x84.wav"  # "ä" in code page 437 (and 850): not UTF-8
    path = tmp_path / "export.zip"
    path.write_bytes(raw_zip([RawEntry(utf8, b"ID3 clip"), RawEntry(cp437, b"RIFF")]))
    with ExportSource.open([path], hash_files=False) as source:
        assert [m.path for m in source.members] == ["export.zip/Takeout/Meine Aktivitäten/Assistant/Aufnahme_001.mp3",
                                                   "export.zip/Voice/Aufnahme ä.wav"]
        assert [source.read_bytes(m) for m in source.members] == [b"ID3 clip", b"RIFF"]
    if shutil.which("unzip"):
        listing = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, check=True).stdout
        assert utf8 in listing.split(b"\n")


@pytest.mark.skipif(not shutil.which("zip"), reason="Info-ZIP zip is not installed")
def test_a_takeout_rezipped_in_a_c_locale_reads_like_the_original(tmp_path, capsysbinary) -> None:
    """The Google demo unpacked and packed again by Info-ZIP ``zip`` under LC_ALL=C (names without the UTF-8
    flag): through ``dossier scan`` the same counts and findings as the demo itself."""
    import json
    import os

    from core.cli.main import main

    demo = sorted((Path(__file__).resolve().parents[2] / "resources" / "demo" / "google-takeout").glob("*.zip"))
    unpacked = tmp_path / "unpacked"
    for part in demo:
        with zipfile.ZipFile(part) as zf:
            zf.extractall(unpacked)
    again = tmp_path / "takeout-20240301T101500Z-9-001.zip"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    subprocess.run(["zip", "-qr", str(again), "Takeout"], cwd=unpacked, env=env, check=True)
    with zipfile.ZipFile(again) as zf:
        assert any(not i.filename.isascii() and not i.flag_bits & 0x800 for i in zf.infolist())  # the case itself

    def scan(paths: list[Path]) -> dict:  # type: ignore[type-arg]
        assert main(["scan", *map(str, paths), "--json"]) == 0
        return json.loads(capsysbinary.readouterr().out.decode("utf-8"))

    got, want = scan([again]), scan(demo)
    assert got["counts"] == want["counts"] and got["counts"]["searches"] > 0
    assert len(got["findings"]) == len(want["findings"])
    assert sorted(r["sha256"] for r in got["recordings"]) == sorted(r["sha256"] for r in want["recordings"])
