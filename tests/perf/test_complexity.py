"""Complexity guards for the import (issue 10): they count work, never time it.

* parsing an export opens each archive member at most once (``ExportSource.open_member`` counts every
  ``read_bytes``/``iter_chunks`` too);
* audio is never decoded at import (``core.audio.decode.decode_pcm`` is not called);
* the full scan reads each clip at most twice (its 2 KB header for the model, one streaming hash) — once
  when the clip hashes start before the parse (``ClipHashPrefetch``) — with the same digests either way;
* the headless command line (``dossier scan``) does not import Qt or matplotlib.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

import core.audio.decode
import core.source.archive
from core.audio.clip_hashes import _WorkerReader, compute_clip_hashes
from core.audio.clip_prefetch import ClipHashPrefetch
from core.source.archive import ExportSource
from core.vendors import parse_export
from tests.synth import audio
from tests.synth.docs import write_zip
from tests.synth.fixtures import quirk_spec
from tests.synth.layouts import gen_a, gen_b, gen_c

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec():  # type: ignore[no-untyped-def]
    if not audio.tools_available():
        pytest.skip("espeak-ng/sox missing")
    return quirk_spec()


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts, per member path, every stream opened on the export (shared source, header reads, hash workers)."""
    counted: Counter[str] = Counter()
    real_open, real_worker = ExportSource.open_member, _WorkerReader.chunks

    def open_member(self: ExportSource, member: object):  # type: ignore[no-untyped-def]
        counted[getattr(member, "path", member)] += 1  # type: ignore[index]
        return real_open(self, member)  # type: ignore[arg-type]

    def worker_chunks(self: _WorkerReader, member: object):  # type: ignore[no-untyped-def]
        info, zf = self._entry(member)  # type: ignore[arg-type]
        if zf is not None and info is not None:  # otherwise it falls back to open_member (counted there)
            counted[member.path] += 1  # type: ignore[attr-defined]
        return real_worker(self, member)  # type: ignore[arg-type]

    def head_read(zf: object, info: object, key: str, *args: object):  # type: ignore[no-untyped-def]
        counted[key] += 1
        return real_head(zf, info, key, *args)  # type: ignore[arg-type]

    real_head = core.source.archive.read_zip_head
    monkeypatch.setattr(ExportSource, "open_member", open_member)
    monkeypatch.setattr(_WorkerReader, "chunks", worker_chunks)
    monkeypatch.setattr(core.source.archive, "read_zip_head", head_read)
    return counted


@pytest.mark.parametrize("layout", [gen_a, gen_b, gen_c])
def test_import_reads_each_member_at_most_once(layout, spec, tmp_path: Path, opens: Counter[str]) -> None:  # type: ignore[no-untyped-def]
    paths = layout(spec, tmp_path)
    with ExportSource.open([str(p) for p in paths]) as source:
        export = parse_export(source)
    assert len(export.recordings) == len(spec.clips) and len(export.purchases)
    assert opens and max(opens.values()) == 1, {k: v for k, v in opens.items() if v > 1}


def test_audio_is_not_decoded_at_import(spec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("audio decoded during import")

    monkeypatch.setattr(core.audio.decode, "decode_pcm", refuse)
    monkeypatch.setattr(core.audio.decode, "subprocess", None, raising=False)  # no ffmpeg child either
    paths = gen_b(spec, tmp_path)
    with ExportSource.open([str(p) for p in paths]) as source:
        export = parse_export(source)
    assert export.recordings["duration_s"].notna().all()  # durations come from the WAV headers


def _clip_zip(path: Path, n: int) -> list[tuple[str, bytes]]:
    base = audio.tone(0.2)
    entries = [(f"Voice/2019-01-01T00-00-{i % 60:02d}_{i}.wav", audio.wav(base + bytes([i % 256, i // 256])))
               for i in range(n)]
    write_zip(path, [*entries, ("Voice/notes.txt", b"not audio")])
    return entries


@pytest.mark.parametrize("prefetch", [False, True])
def test_full_scan_reads_each_clip_at_most_twice(prefetch: bool, tmp_path: Path, opens: Counter[str]) -> None:
    entries = _clip_zip(tmp_path / "Alexa.zip", 30)
    with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
        early = ClipHashPrefetch(source) if prefetch else None
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
    expected = {f"Alexa.zip/{name}": hashlib.sha256(data).hexdigest() for name, data in entries}
    assert dict(zip(export.recordings["audio_member"], export.recordings["sha256"], strict=True)) == expected
    # without the prefetch: the 2 KB header for the model, then one streaming hash; with it, the hash pass
    # hands the header to the parse, so every clip is decompressed once
    assert max(opens[m] for m in expected) == (1 if prefetch else 2)


def test_prefetch_leaves_damage_to_the_report(tmp_path: Path) -> None:
    entries = _clip_zip(tmp_path / "Alexa.zip", 3)
    path = tmp_path / "Alexa.zip"
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(entries[1][0])
        start = info.header_offset + 30 + len(info.filename.encode()) + info.compress_size - 8
    raw[start:start + 4] = b"XXXX"  # near the end of the data: listing and header probe pass, the hash fails
    path.write_bytes(bytes(raw))
    with ExportSource.open([str(path)]) as source:
        early = ClipHashPrefetch(source)
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
    hashes = dict(zip(export.recordings["audio_member"], export.recordings["sha256"], strict=True))
    assert hashes[f"Alexa.zip/{entries[1][0]}"] is None
    assert hashes[f"Alexa.zip/{entries[0][0]}"] == hashlib.sha256(entries[0][1]).hexdigest()
    problems = [p for p in export.report.problems if p.message.startswith("The clip could not be read for hashing")]
    assert [p.member for p in problems] == [f"Alexa.zip/{entries[1][0]}"]


def test_headless_scan_does_not_load_qt_or_matplotlib() -> None:
    code = ("import sys; from gui.start.launcher import main; "
            "import core.cli.main, core.audio.clip_hashes, core.vendors; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
