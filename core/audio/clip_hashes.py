"""The background pass that gives every recording its SHA-256 (evidence identity, duplicates).

Not on the critical path of an import: the model is usable before this finishes. Clips stored directly in
a top-level ZIP are hashed on two worker processes when there are many (``core.audio.clip_processes``); the rest
on two threads, each reading through its own ``ZipFile`` over the same export file, so neither waits for
the other's file position. Members that are not plain entries of a top-level ZIP (files in folders,
entries of nested ZIPs) are read through the shared ``ExportSource``. ``core.audio.clip_prefetch`` starts the
same pass before the parse.
"""

from __future__ import annotations

import hashlib
import threading
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO, Protocol, cast

import pandas as pd

from core.audio.clip_processes import (
    BACKGROUND_NICE,
    MIN_CLIPS,
    ClipResult,
    ClipTask,
    Located,
    entry_chunks,
    hash_in_processes,
)
from core.errors import DossierError, ImportCancelled
from core.i18n import _
from core.model import Export
from core.source.archive import Cancelled, ExportSource, Member, Progress, never_cancelled, no_progress
from core.source.inflate import can_inflate


class PrefetchedHashes(Protocol):
    """Clip hashes a pass computed earlier (``core.audio.clip_prefetch.ClipHashPrefetch``)."""

    def result(self, progress: Progress, cancelled: Cancelled) -> tuple[dict[str, str], dict[str, str]]: ...

    def cancel(self) -> None: ...


WORKERS = 2
CHUNK = 1 << 16


class _WorkerReader:
    """One worker's private ZipFile handles, opened lazily per export file."""

    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.paths = {f.name: f.path for f in source.files}
        self.zips: dict[str, zipfile.ZipFile | None] = {}
        self.files: dict[str, BinaryIO] = {}  # the same export files for core.source.inflate's reader

    def chunks(self, member: Member) -> Iterator[bytes]:
        """The member's bytes: from this thread's own handles when it is a plain entry of a top-level ZIP."""
        info, zf = self._entry(member)
        if zf is None or info is None:
            with self.source.open_member(member) as stream:
                while chunk := stream.read(CHUNK):
                    yield chunk
            return
        if member.container not in self.files and can_inflate(info):
            self.files[member.container] = open(self.paths[member.container], "rb")  # noqa: SIM115 - closed in close()
        yield from entry_chunks(zf, info, self.files.get(member.container), member.path)

    def _entry(self, member: Member) -> tuple[zipfile.ZipInfo | None, zipfile.ZipFile | None]:
        container = member.container
        if member.crc32 is None or not member.path.startswith(container + "/"):
            return None, None
        zf = self._zip(container)
        if zf is None:
            return None, None
        located = self.source.zip_entry(member)  # its stored name (the label may be read otherwise: zipnames)
        try:
            info = zf.getinfo(located[1].filename if located else member.path[len(container) + 1:])
        except KeyError:  # an entry of a nested ZIP: not directly in this file
            return None, None
        if member.crc32 != info.CRC or info.file_size != member.size:  # duplicate names: use the source
            return None, None
        return info, zf

    def _zip(self, container: str) -> zipfile.ZipFile | None:
        if container not in self.zips:
            path = self.paths.get(container)
            try:
                self.zips[container] = zipfile.ZipFile(path) if path and zipfile.is_zipfile(path) else None
            except (OSError, zipfile.BadZipFile, ValueError):
                self.zips[container] = None
        return self.zips[container]

    def close(self) -> None:
        for zf in self.zips.values():
            if zf is not None:
                zf.close()
        for raw in self.files.values():
            raw.close()
        self.zips.clear()
        self.files.clear()


HEAD_KEPT = 2048  # first bytes a prefetch keeps for the parse's header probe (handed over once, then dropped)


def _hash(reader: _WorkerReader, member: Member, cancelled: Cancelled,
          heads: dict[str, bytes] | None = None) -> str:
    digest = hashlib.sha256()
    for chunk in reader.chunks(member):
        if cancelled():
            raise ImportCancelled()
        if heads is not None:
            heads[member.path] = chunk[:HEAD_KEPT]
            heads = None
        digest.update(chunk)
    return digest.hexdigest()


def hash_members(source: ExportSource, members: list[Member], progress: Callable[[int], None],
                  cancelled: Cancelled, heads: dict[str, bytes] | None = None,
                  done_with: Callable[[str], None] | None = None, nice: int = 0
                  ) -> tuple[dict[str, str], dict[str, str]]:
    """SHA-256 of each member: ``({path: digest}, {path: error sentence})``.

    Clips stored directly in a top-level ZIP go to worker processes when there are enough of them
    (``core.audio.clip_processes``); the rest — and anything the processes could not do — to ``WORKERS`` threads.
    """
    hashes: dict[str, str] = {}
    errors: dict[str, str] = {}
    done = [0]
    for m in members:  # hashed already while the export was listed (.tgz): nothing to read
        if (digest := source.known_digest(m)) is not None:
            hashes[m.path] = digest
            done[0] += 1
            if done_with is not None:
                done_with(m.path)
    if hashes:
        progress(done[0])
        members = [m for m in members if m.path not in hashes]
    tasks: list[ClipTask] = []
    if len(members) >= MIN_CLIPS:
        for m in members:
            located = source.zip_entry(m) if m.crc32 is not None else None
            if located is not None:
                tasks.append(ClipTask(located[0], located[1].filename, m.path, m.crc32 or 0, m.size,
                                      Located.of(located[1])))

    def took(result: ClipResult) -> None:
        if result.digest is not None:
            hashes[result.path] = result.digest
            if heads is not None and result.head is not None:
                heads[result.path] = result.head
        else:
            errors[result.path] = result.error or "The clip could not be read."
        if done_with is not None:
            done_with(result.path)
        done[0] += 1
        progress(done[0])

    if tasks:
        handled = hash_in_processes(tasks, took, cancelled, head=HEAD_KEPT if heads is not None else 0, nice=nice)
        members = [m for m in members if m.path not in handled]
    if members:
        _hash_in_threads(source, members, progress, cancelled, hashes, errors, done, heads, done_with)
    return hashes, errors


def _hash_in_threads(source: ExportSource, members: list[Member], progress: Callable[[int], None],
                     cancelled: Cancelled, hashes: dict[str, str], errors: dict[str, str], done: list[int],
                     heads: dict[str, bytes] | None, done_with: Callable[[str], None] | None) -> None:
    """SHA-256 of each member on ``WORKERS`` threads, into ``hashes`` / ``errors``."""
    lock = threading.Lock()
    local = threading.local()
    readers: list[_WorkerReader] = []

    def reader() -> _WorkerReader:
        if not hasattr(local, "reader"):
            local.reader = _WorkerReader(source)
            with lock:
                readers.append(local.reader)
        return cast(_WorkerReader, local.reader)

    def work(positions: Iterator[int]) -> None:
        for pos in positions:
            if cancelled():
                raise ImportCancelled()
            member = members[pos]
            try:
                digest = _hash(reader(), member, cancelled, heads)
                with lock:
                    hashes[member.path] = digest
            except ImportCancelled:
                raise
            except DossierError as exc:
                with lock:
                    errors[member.path] = str(exc)
                if heads is not None:
                    heads.pop(member.path, None)  # a clip that failed is read by the parse itself
            finally:
                if done_with is not None:
                    done_with(member.path)
            with lock:
                done[0] += 1
                count = done[0]
            progress(count)

    shared = iter(range(len(members)))
    shared_lock = threading.Lock()

    def positions() -> Iterator[int]:
        while True:
            with shared_lock:
                pos = next(shared, None)
            if pos is None:
                return
            yield pos

    try:
        with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="clip-hash") as pool:
            futures = [pool.submit(work, positions()) for _ in range(WORKERS)]
            for future in futures:
                future.result()
    finally:
        for r in readers:
            r.close()


def compute_clip_hashes(export: Export, source: ExportSource, progress: Progress = no_progress,
                        cancelled: Cancelled = never_cancelled, *, prefetched: PrefetchedHashes | None = None,
                        background: bool = False) -> None:
    """Fill ``export.recordings["sha256"]`` for every recording whose audio can be read.

    ``background``: the app's pass while the user works — its worker processes run at low priority.
    """
    recordings = export.recordings
    total = len(recordings)
    if not total:
        if prefetched is not None:
            prefetched.cancel()
        return
    known, failed = prefetched.result(progress, cancelled) if prefetched is not None else ({}, {})
    by_path: dict[str, Member] = {}
    for m in source.members:
        by_path.setdefault(m.path, m)
    targets = list(recordings["audio_member"])
    todo: dict[str, Member] = {}
    for path in targets:
        if isinstance(path, str) and path in by_path and path not in known and path not in failed:
            todo.setdefault(path, by_path[path])
    offset = total - len(todo)

    def report(count: int) -> None:
        if count % 50 == 0 or count == len(todo):
            done = min(total, offset + count)
            progress(done / total, _("Fingerprinting voice recordings… {done:,} of {total:,}").format(
                done=done, total=total))

    nice = BACKGROUND_NICE if background else 0
    hashes, errors = hash_members(source, list(todo.values()), report, cancelled, nice=nice)
    hashes.update(known)
    errors.update(failed)
    for path in sorted({p for p in targets if isinstance(p, str) and p in errors}):
        export.report.problem(path, None, _("The clip could not be read for hashing: {value}").format(
            value=errors[path]))
    recordings["sha256"] = pd.Series([hashes.get(p) if isinstance(p, str) else None for p in targets],
                                     index=recordings.index, dtype=object)
