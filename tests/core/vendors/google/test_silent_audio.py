"""Files named like audio that hold none are not counted as recordings (they were: an empty .mp3 was one)."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from core.cli.main import main
from core.vendors.google.silent_audio import silent_kind

DEMO = Path(__file__).resolve().parents[4] / "resources" / "demo" / "google-takeout"
FOLDER = "Takeout/Meine Aktivitäten/Assistant/"
FAKES = {"Aufnahme_097.mp3": b"", "Aufnahme_098.mp3": b"<html><body>not audio</body></html>",
         "Aufnahme_099.mp3": bytes(5000)}


@pytest.mark.parametrize(("head", "size", "kind"), [
    (b"", 0, "empty"), (bytes(64), 5000, "zeros"), ('{"a": "Grüße"}\n'.encode(), 17, "text"),
    ("Grüße aus dem Wohnzimmer, und noch mehr Text über die Grenze ä".encode()[:64], 900, "text"),
    (b"ID3\x04\x00" + bytes(59), 9000, None), (b"\xff\xfb\x90\x64" + bytes(60), 9000, None),
    (b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(48), 9000, None),
    (b"\x00\x00\x01\xba\x44\x00\x04\x00\x04\x01" + bytes(54), 9000, None),  # unknown binary: kept, not judged
])
def test_what_certainly_holds_no_audio(head: bytes, size: int, kind: str | None) -> None:
    assert silent_kind(head, size) == kind


def demo_with_fakes(tmp_path: Path, packing: str) -> Path:
    files: dict[str, bytes] = {}
    for part in sorted(DEMO.glob("*.zip")):
        with zipfile.ZipFile(part) as zf:
            files.update({i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()})
    files.update({FOLDER + name: data for name, data in FAKES.items()})
    if packing == "zip":
        path = tmp_path / "takeout-20240301T101500Z-3-001.zip"
        with zipfile.ZipFile(path, "w") as out:
            for name, data in files.items():
                out.writestr(name, data)
        return path
    path = tmp_path / "takeout-20240301T101500Z-3-001.tgz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def scan(paths: list[Path], capsysbinary: pytest.CaptureFixture[bytes]) -> dict:  # type: ignore[type-arg]
    assert main(["scan", *map(str, paths), "--json"]) == 0
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


@pytest.mark.parametrize("packing", ["zip", "tgz"])
def test_fake_clips_are_reported_not_counted(tmp_path: Path, capsysbinary, packing: str) -> None:
    got = scan([demo_with_fakes(tmp_path, packing)], capsysbinary)
    want = scan(sorted(DEMO.glob("*.zip")), capsysbinary)
    assert got["counts"] == want["counts"] and len(got["findings"]) == len(want["findings"])
    assert not any(r["member"].endswith(tuple(FAKES)) for r in got["recordings"])
    notes = [n["message"] for n in got["report"]["notes"]]
    assert any(n.startswith("3 files named like audio hold no audio") for n in notes), notes
    skipped = {s["member"].rsplit("/", 1)[-1]: s["reason"] for s in got["report"]["skipped"]}
    assert "empty" in skipped["Aufnahme_097.mp3"] and "text" in skipped["Aufnahme_098.mp3"] \
        and "zero bytes" in skipped["Aufnahme_099.mp3"]


def test_a_tgz_is_not_read_again_to_check_its_clips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first bytes of a .tgz's clips were kept while it was listed: checking them seeks nowhere."""
    from core.source import gzip_index
    from core.source.archive import ExportSource
    from core.vendors import parse_export

    path = demo_with_fakes(tmp_path, "tgz")
    with ExportSource.open([path]) as source:
        reads: list[int] = []
        real = gzip_index.SeekableGzip.read_at
        monkeypatch.setattr(gzip_index.SeekableGzip, "read_at",
                            lambda self, offset, n: reads.append(n) or real(self, offset, n))
        clips = [m for m in source.members if m.name.endswith(".mp3")]
        heads = [source.read_bytes(m, limit=64) for m in clips]
        assert not reads and all(len(h) == min(64, m.size) for h, m in zip(heads, clips, strict=True))
        export = parse_export(source, lambda f, m: None, lambda: False)
    assert len(export.recordings) == 23
