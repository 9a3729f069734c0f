"""The background pass that gives every recording its SHA-256 (evidence identity, duplicates).

Not on the critical path of an import: the model is usable before this finishes. Two workers hash in
parallel (hashlib and zlib release the GIL); each worker reads through its own ``ZipFile`` over the same
export file, so neither waits for the other's file position. Members that are not plain entries of a
top-level ZIP (files in folders, entries of nested ZIPs) are read through the shared ``ExportSource``.
"""

from __future__ import annotations

import hashlib
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO, cast

import pandas as pd

from core.archive import Cancelled, ExportSource, Member, Progress, _never, _no_progress
from core.errors import DossierError, ImportCancelled
from core.memberstream import READ_ERRORS, MemberStream, limit_zipext, member_error
from core.model import Export

WORKERS = 2
CHUNK = 1 << 16
AUDIO_NAME = re.compile(r"(?i)\.(?:wav|mp3|m4a|aac|ogg|opus|flac|amr|3gp|webm)$")


class _WorkerReader:
    """One worker's private ZipFile handles, opened lazily per export file."""

    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.paths = {f.name: f.path for f in source.files}
        self.zips: dict[str, zipfile.ZipFile | None] = {}

    def open(self, member: Member) -> BinaryIO:
        info, zf = self._entry(member)
        if zf is None or info is None:
            return self.source.open_member(member)
        try:
            raw = zf.open(info)
            limit_zipext(raw, info.compress_type)
        except READ_ERRORS as exc:
            raise member_error(exc, member.path, None) from None
        return cast(BinaryIO, MemberStream(cast(BinaryIO, raw), member.path, info.file_size, info.compress_type, None))

    def _entry(self, member: Member) -> tuple[zipfile.ZipInfo | None, zipfile.ZipFile | None]:
        container = member.container
        if member.crc32 is None or not member.path.startswith(container + "/"):
            return None, None
        zf = self._zip(container)
        if zf is None:
            return None, None
        try:
            info = zf.getinfo(member.path[len(container) + 1:])
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
        self.zips.clear()


HEAD_KEPT = 2048  # first bytes a prefetch keeps for the parse's header probe (handed over once, then dropped)


def _hash(reader: _WorkerReader, member: Member, cancelled: Cancelled,
          heads: dict[str, bytes] | None = None) -> str:
    digest = hashlib.sha256()
    with reader.open(member) as stream:
        while chunk := stream.read(CHUNK):
            if cancelled():
                raise ImportCancelled()
            if heads is not None:
                heads[member.path] = chunk[:HEAD_KEPT]
                heads = None
            digest.update(chunk)
    return digest.hexdigest()


def _hash_members(source: ExportSource, members: list[Member], progress: Callable[[int], None],
                  cancelled: Cancelled, heads: dict[str, bytes] | None = None,
                  done_with: Callable[[str], None] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """SHA-256 of each member on ``WORKERS`` threads: ``({path: digest}, {path: error sentence})``."""
    hashes: dict[str, str] = {}
    errors: dict[str, str] = {}
    if not members:
        return hashes, errors
    lock = threading.Lock()
    done = [0]
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
    return hashes, errors


class ClipHashPrefetch:
    """Hashes every audio-named member in the background, started right after listing, so the clip hashes
    are computed while the model is parsed (``compute_clip_hashes(..., prefetched=...)`` collects them).

    The files read are the ones the parse is about to name as recordings; a recording the prefetch did not
    cover is hashed afterwards as usual, so the result never depends on this guess. The parse's header probe
    (``source.read_bytes(clip, limit)``) is served from the first bytes the hash pass read, so each clip is
    decompressed once, not twice (Deflate64 emits a clip's bytes only at its block's end).
    """

    def __init__(self, source: ExportSource, cancelled: Cancelled = _never) -> None:
        unique: dict[str, Member] = {}
        for m in source.members:
            if AUDIO_NAME.search(m.path):
                unique.setdefault(m.path, m)
        self.members = list(unique.values())
        self.sizes = {m.path: m.size for m in self.members}
        self.done = 0
        self._stop = threading.Event()
        self._result: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self._error: BaseException | None = None
        self._heads: dict[str, bytes] = {}
        self._ready = {path: threading.Event() for path in self.sizes}
        self._source = source
        source.head_source = self._head

        def stopped() -> bool:
            return self._stop.is_set() or cancelled()

        def run() -> None:
            try:
                self._result = _hash_members(source, self.members, self._count, stopped, self._heads,
                                             lambda path: self._ready[path].set())
            except BaseException as exc:  # re-raised by result() in the caller's thread
                self._error = exc
            finally:
                for event in self._ready.values():  # nobody waits for a pass that ended
                    event.set()

        self._thread = threading.Thread(target=run, name="clip-hash-prefetch", daemon=True)
        self._thread.start()

    def _head(self, path: str, limit: int) -> bytes | None:
        """The clip's first ``limit`` bytes as the hash pass read them (waiting for it), else ``None``."""
        ready = self._ready.get(path)
        if ready is None or limit > HEAD_KEPT:
            return None
        while not ready.wait(0.1):
            if not self._thread.is_alive():
                break
        head = self._heads.pop(path, None)
        if head is None or (len(head) < limit and len(head) != self.sizes[path]):
            return None
        return head[:limit]

    def _release(self) -> None:
        if self._source.head_source == self._head:
            self._source.head_source = None
        self._heads.clear()

    def _count(self, count: int) -> None:
        self.done = count

    def cancel(self) -> None:
        self._stop.set()
        self._thread.join()
        self._release()

    def result(self, progress: Progress = _no_progress, cancelled: Cancelled = _never
               ) -> tuple[dict[str, str], dict[str, str]]:
        """Wait for the background pass (reporting progress); ``({path: digest}, {path: error})``."""
        total = len(self.members)
        while self._thread.is_alive():
            if cancelled():
                self.cancel()
                raise ImportCancelled()
            progress(self.done / total if total else 1.0, f"Fingerprinting voice recordings… {self.done:,} of "
                                                          f"{total:,}")
            self._thread.join(0.1)
        self._release()
        if self._error is not None:
            raise self._error
        return self._result


def compute_clip_hashes(export: Export, source: ExportSource, progress: Progress = _no_progress,
                        cancelled: Cancelled = _never, *, prefetched: ClipHashPrefetch | None = None) -> None:
    """Fill ``export.recordings["sha256"]`` for every recording whose audio can be read."""
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
            progress(done / total, f"Fingerprinting voice recordings… {done:,} of {total:,}")

    hashes, errors = _hash_members(source, list(todo.values()), report, cancelled)
    hashes.update(known)
    errors.update(failed)
    for path in sorted({p for p in targets if isinstance(p, str) and p in errors}):
        export.report.problem(path, None, f"The clip could not be read for hashing: {errors[path]}")
    recordings["sha256"] = pd.Series([hashes.get(p) if isinstance(p, str) else None for p in targets],
                                     index=recordings.index, dtype=object)
