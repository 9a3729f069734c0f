"""The export files' SHA-256 job: polite (idle cores only) until the listing is done, then of ordinary priority, and
the same digests either way. Counted and checked, never timed."""

from __future__ import annotations

import builtins
import hashlib
import os
import sys
import threading
from pathlib import Path

import pytest

from core.source import exporthash
from core.source.exporthash import FileToHash, HashJob


def files(tmp_path: Path, sizes: tuple[int, ...]) -> list[FileToHash]:
    made = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"part-{i}.zip"
        path.write_bytes(os.urandom(size))
        st = path.stat()
        made.append(FileToHash(path.name, path, st.st_size, st.st_mtime_ns))
    return made


def expected(items: list[FileToHash]) -> dict[str, str]:
    return {item.label: hashlib.sha256(item.path.read_bytes()).hexdigest() for item in items}


def test_a_polite_job_hurried_midway_goes_on_at_ordinary_priority_with_the_same_digests(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporthash, "HASH_CHUNK", 4096)
    items = files(tmp_path, (50_000, 0, 30_000))
    halfway = threading.Event()
    workers: list[tuple[bool, int, int]] = []  # each worker: polite or not, its scheduling class, where it began
    real_hash = HashJob._hash

    def recorded(self: HashJob, generation: int, polite: bool) -> bool:
        policy = os.sched_getscheduler(0) if hasattr(os, "sched_getscheduler") else -1
        workers.append((polite, policy, self._place[1]))
        return real_hash(self, generation, polite)

    monkeypatch.setattr(HashJob, "_hash", recorded)
    real_read = builtins.open

    class Paused:  # the first file's reads pause after 3 chunks until the job is hurried
        def __init__(self, path: Path, mode: str) -> None:
            self.f, self.reads = real_read(path, mode), 0

        def __enter__(self) -> Paused:
            return self

        def __exit__(self, *exc: object) -> None:
            self.f.close()

        def seek(self, n: int) -> int:
            return self.f.seek(n)

        def read(self, n: int) -> bytes:
            self.reads += 1
            if self.reads == 4 and threading.current_thread().name == "dossier-hash" and not halfway.is_set():
                halfway.set()
                assert job._hurry.wait(30)
            return bytes(self.f.read(n))

    monkeypatch.setattr(exporthash, "open", Paused, raising=False)
    job = HashJob(items)
    job.start(polite=True)
    assert halfway.wait(30)
    job.hurry()
    assert job.wait(lambda f: None, lambda: False) == expected(items)
    assert [polite for polite, _policy, _at in workers] == [True, False]
    assert workers[1][2] == 3 * 4096  # the ordinary worker began where the polite one had got to
    if sys.platform.startswith("linux"):
        assert [policy for _polite, policy, _at in workers] == [os.SCHED_IDLE, os.SCHED_OTHER]


def test_waiting_hurries_a_polite_job_and_an_unstarted_one_starts_ordinary(tmp_path: Path) -> None:
    items = files(tmp_path, (200_000, 70_000))
    polite = HashJob(items)
    polite.start(polite=True)
    assert polite.wait(lambda f: None, lambda: False) == expected(items)
    unstarted = HashJob(items)
    assert unstarted.wait(lambda f: None, lambda: False) == expected(items)


def test_a_polite_job_can_be_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporthash, "HASH_CHUNK", 1024)
    job = HashJob(files(tmp_path, (400_000,)))
    job.start(polite=True)
    job.stop()  # returns once the worker has ended
    assert job.error is None or isinstance(job.error, exporthash.ImportCancelled)
