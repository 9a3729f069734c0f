"""The background pass that gives every recording its SHA-256 (evidence identity, duplicates).

Not on the critical path of an import: the model is usable before this finishes. Two workers hash in
parallel (hashlib and zlib release the GIL); each worker reads through its own ``ZipFile`` over the same
export file, so neither waits for the other's file position. Members that are not plain entries of a
top-level ZIP (files in folders, entries of nested ZIPs) are read through the shared ``ExportSource``.
"""

from __future__ import annotations

import hashlib
import threading
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO, cast

import pandas as pd

from core.archive import Cancelled, ExportSource, Member, Progress, _never, _no_progress
from core.errors import DossierError, ImportCancelled
from core.memberstream import READ_ERRORS, MemberStream, limit_zipext, member_error
from core.model import Export

WORKERS = 2
CHUNK = 1 << 16


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


def _hash(reader: _WorkerReader, member: Member, cancelled: Cancelled) -> str:
    digest = hashlib.sha256()
    with reader.open(member) as stream:
        while chunk := stream.read(CHUNK):
            if cancelled():
                raise ImportCancelled()
            digest.update(chunk)
    return digest.hexdigest()


def compute_clip_hashes(export: Export, source: ExportSource, progress: Progress = _no_progress,
                        cancelled: Cancelled = _never) -> None:
    """Fill ``export.recordings["sha256"]`` for every recording whose audio can be read."""
    recordings = export.recordings
    total = len(recordings)
    if not total:
        return
    by_path: dict[str, Member] = {}
    for m in source.members:
        by_path.setdefault(m.path, m)
    targets = list(recordings["audio_member"])
    hashes: list[str | None] = [None] * total
    errors: list[tuple[str, str]] = []
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
            path = targets[pos]
            member = by_path.get(path) if isinstance(path, str) else None
            if member is not None:
                try:
                    hashes[pos] = _hash(reader(), member, cancelled)
                except ImportCancelled:
                    raise
                except DossierError as exc:
                    with lock:
                        errors.append((path, str(exc)))
            with lock:
                done[0] += 1
                count = done[0]
            if count % 50 == 0 or count == total:
                progress(count / total, f"Fingerprinting voice recordings… {count:,} of {total:,}")

    shared = iter(range(total))
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
    for path, message in sorted(errors):
        export.report.problem(path, None, f"The clip could not be read for hashing: {message}")
    recordings["sha256"] = pd.Series(hashes, index=recordings.index, dtype=object)
