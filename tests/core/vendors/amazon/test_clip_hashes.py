"""The background clip-hash pass: two workers, own ZIP handles, same digests as a plain read."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from core.audio.clip_hashes import compute_clip_hashes
from core.errors import ImportCancelled
from core.source.archive import ExportSource
from core.vendors import amazon
from tests.synth import audio
from tests.synth.docs import write_zip


def clips(n: int) -> list[tuple[str, bytes]]:
    base = audio.tone(0.3)
    return [(f"Voice/{datetime(2019, 1, 1, 0, 0, i % 60):%Y%m%d_%H%M%S}_{i}.wav",
             audio.wav(base + bytes([i % 256]) * 2)) for i in range(n)]


def test_hashes_match_plain_reads_and_use_two_threads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = clips(40)
    path = write_zip(tmp_path / "Alexa.zip", entries)
    seen: set[str] = set()
    real = hashlib.sha256
    both = threading.Barrier(2, timeout=10)  # each worker's first clip waits for the other worker

    def spy(*args: object) -> object:
        name = threading.current_thread().name
        if name not in seen:
            seen.add(name)
            both.wait()
        return real(*args)  # type: ignore[arg-type]

    with ExportSource.open([str(path)]) as source:
        export = amazon.parse(source)
        monkeypatch.setattr("core.audio.clip_hashes.hashlib.sha256", spy)
        compute_clip_hashes(export, source)
    expected = {f"Alexa.zip/{name}": real(data).hexdigest() for name, data in entries}
    assert dict(zip(export.recordings["audio_member"], export.recordings["sha256"], strict=True)) == expected
    assert all(name.startswith("clip-hash") for name in seen) and len(seen) == 2


def test_damaged_clip_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    entries = clips(3)
    path = write_zip(tmp_path / "Alexa.zip", entries, method=zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(entries[1][0])
        start = info.header_offset + 30 + len(info.filename.encode()) + 2000
    raw[start:start + 4] = b"XXXX"  # past the header: the import still lists it, the CRC check fails
    path.write_bytes(bytes(raw))
    with ExportSource.open([str(path)]) as source:
        export = amazon.parse(source)
        compute_clip_hashes(export, source)
    hashes = dict(zip(export.recordings["audio_member"], export.recordings["sha256"], strict=True))
    assert hashes[f"Alexa.zip/{entries[1][0]}"] is None
    assert hashes[f"Alexa.zip/{entries[0][0]}"] == hashlib.sha256(entries[0][1]).hexdigest()
    assert [p.member for p in export.report.problems] == [f"Alexa.zip/{entries[1][0]}"]
    assert export.report.problems[0].message.startswith("The clip could not be read for hashing:")


def test_cancel_stops_the_pass(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "Alexa.zip", clips(20))
    with ExportSource.open([str(path)]) as source:
        export = amazon.parse(source)
        with pytest.raises(ImportCancelled):
            compute_clip_hashes(export, source, cancelled=lambda: True)
