"""Clip hashing on worker processes (``core.audio.clip_processes``): same answers as the threads, less work here.

The threshold is lowered so a handful of clips goes to the processes (real spawned interpreters).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import subprocess
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import core.audio.clip_hashes
import core.audio.clip_processes
from core.audio.clip_hashes import compute_clip_hashes
from core.audio.clip_prefetch import ClipHashPrefetch, prefetch_for_app, prefetch_for_scan
from core.audio.clip_processes import BACKGROUND_NICE, ClipTask, _start_worker, batches, hash_in_processes
from core.errors import ImportCancelled
from core.source.archive import ExportSource
from core.vendors import parse_export
from tests.perf.test_complexity import _clip_zip, opens  # noqa: F401 - opens is a fixture

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(autouse=True)
def few_clips_suffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.audio.clip_hashes, "MIN_CLIPS", 2)


def _damage(path: Path, entry: str) -> None:
    """Overwrite bytes near the end of one entry's data: listing and its header pass, its hash fails."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(entry)
        start = info.header_offset + 30 + len(info.filename.encode()) + info.compress_size - 8
    raw[start:start + 4] = b"XXXX"
    path.write_bytes(bytes(raw))


def _hashes(export: object) -> dict[str, str | None]:
    frame = export.recordings  # type: ignore[attr-defined]
    return dict(zip(frame["audio_member"], frame["sha256"], strict=True))


def test_processes_give_the_threads_digests_and_error_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    entries = _clip_zip(tmp_path / "Alexa.zip", 12)
    _damage(tmp_path / "Alexa.zip", entries[5][0])
    results = []
    for threshold in (2, 10**9):  # processes, then threads only
        monkeypatch.setattr(core.audio.clip_hashes, "MIN_CLIPS", threshold)
        with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
            export = parse_export(source)
            compute_clip_hashes(export, source)
        problems = [(p.member, p.message) for p in export.report.problems if "hashing" in p.message]
        results.append((_hashes(export), problems))
    assert results[0] == results[1]
    digests, problems = results[0]
    assert digests[f"Alexa.zip/{entries[0][0]}"] == hashlib.sha256(entries[0][1]).hexdigest()
    assert digests[f"Alexa.zip/{entries[5][0]}"] is None
    assert [m for m, _ in problems] == [f"Alexa.zip/{entries[5][0]}"]
    assert not multiprocessing.active_children()


def test_with_the_prefetch_this_process_decompresses_no_clip(tmp_path: Path, opens: Counter[str]) -> None:  # noqa: F811
    entries = _clip_zip(tmp_path / "Alexa.zip", 8)
    with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
        early = ClipHashPrefetch(source)
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
    expected = {f"Alexa.zip/{name}": hashlib.sha256(data).hexdigest() for name, data in entries}
    assert _hashes(export) == expected
    assert export.recordings["duration_s"].notna().all()  # headers came back from the workers
    assert not any(opens[m] for m in expected), "a clip was read in this process"


def test_the_scan_waits_for_a_clips_first_bytes_only_where_peeking_costs_the_whole_clip(
        tmp_path: Path, opens: Counter[str]) -> None:  # noqa: F811
    entries = _clip_zip(tmp_path / "Alexa.zip", 8)
    expected = {f"Alexa.zip/{name}": hashlib.sha256(data).hexdigest() for name, data in entries}
    with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
        early = prefetch_for_scan(source)  # Deflate: the parse peeks itself and need not wait for the pass
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
        assert not early._heads, "the workers sent first bytes nobody waits for"
    assert _hashes(export) == expected and export.recordings["duration_s"].notna().all()
    assert all(opens[m] == 1 for m in expected)  # the header here (the hash in a worker process)
    lzma = tmp_path / "lzma" / "Alexa.zip"
    lzma.parent.mkdir()
    with zipfile.ZipFile(lzma, "w", zipfile.ZIP_LZMA) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    opens.clear()
    with ExportSource.open([str(lzma)]) as source:
        early = prefetch_for_scan(source)  # LZMA: the header comes from the pass, each clip decoded once
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
    assert _hashes(export) == expected and export.recordings["duration_s"].notna().all()
    assert not any(opens[m] for m in expected), "a clip was read in this process"


def test_nested_and_folder_clips_stay_in_process(tmp_path: Path) -> None:
    inner = tmp_path / "inner"
    inner.mkdir()
    entries = _clip_zip(inner / "Voice.zip", 3)
    subprocess.run(["zip", "-q", "-0", str(tmp_path / "Alexa.zip"), "Voice.zip"], cwd=inner, check=True)
    with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
        export = parse_export(source)
        assert all(source.zip_entry(m) is None for m in source.members if m.path.endswith(".wav"))
        compute_clip_hashes(export, source)
    assert sorted(d for d in _hashes(export).values()) == sorted(hashlib.sha256(b).hexdigest() for _, b in entries)


def test_cancel_stops_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # batches of 2 clips: with 64 the workers could finish all 4 batches before the first result was looked at
    monkeypatch.setattr(core.audio.clip_processes, "BATCH_CLIPS", 2)
    _clip_zip(tmp_path / "Alexa.zip", 200)
    path = str(tmp_path / "Alexa.zip")
    with zipfile.ZipFile(path) as zf:
        tasks = [ClipTask(path, i.filename, f"Alexa.zip/{i.filename}", i.CRC, i.file_size)
                 for i in zf.infolist() if i.filename.endswith(".wav")]
    assert len(list(batches(tasks))) == 100
    seen: list[str] = []
    with pytest.raises(ImportCancelled):
        hash_in_processes(tasks, lambda r: seen.append(r.path), lambda: bool(seen))
    assert 0 < len(seen) < len(tasks)
    assert not multiprocessing.active_children()


def test_the_app_prefetches_only_when_peeking_costs_a_whole_clip(tmp_path: Path) -> None:
    entries = _clip_zip(tmp_path / "Alexa.zip", 4)
    with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
        assert prefetch_for_app(source) is None  # Deflate: the parse reads 2 KB itself, hashing waits
    lzma = tmp_path / "lzma" / "Alexa.zip"
    lzma.parent.mkdir()
    with zipfile.ZipFile(lzma, "w", zipfile.ZIP_LZMA) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    with ExportSource.open([str(lzma)]) as source:
        early = prefetch_for_app(source)  # LZMA: a clip's first bytes cost the whole clip
        assert early is not None
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
    assert export.recordings["sha256"].notna().all() and export.recordings["duration_s"].notna().all()
    if shutil.which("7z") is None:
        pytest.skip("7z missing")
    with zipfile.ZipFile(tmp_path / "Alexa.zip") as zf:
        zf.extractall(tmp_path / "plain")
    packed = tmp_path / "d64" / "Alexa.zip"
    packed.parent.mkdir()
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(packed), "Voice"],
                   cwd=tmp_path / "plain", check=True, capture_output=True)
    with ExportSource.open([str(packed)]) as source:
        assert prefetch_for_app(source) is None  # Deflate64 through inflate64: as cheap to peek as Deflate
        export = parse_export(source)
    assert export.recordings["duration_s"].notna().all()


def test_the_scans_workers_run_below_the_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse is the scan's one serial path: the workers yield it a core (``BACKGROUND_NICE``)."""
    asked: list[int] = []
    real = core.audio.clip_hashes.hash_in_processes

    def spy(*args: object, **kwargs: object) -> set[str]:
        asked.append(int(kwargs.get("nice", 0)))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(core.audio.clip_hashes, "hash_in_processes", spy)
    _clip_zip(tmp_path / "Alexa.zip", 6)
    with ExportSource.open([str(tmp_path / "Alexa.zip")]) as source:
        early = prefetch_for_scan(source)
        export = parse_export(source)
        compute_clip_hashes(export, source, prefetched=early)
    assert export.recordings["sha256"].notna().all()
    assert asked == [BACKGROUND_NICE] and BACKGROUND_NICE > 0
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker,
                             initargs=(BACKGROUND_NICE,)) as pool:
        assert pool.submit(os.nice, 0).result() == min(19, os.nice(0) + BACKGROUND_NICE)
