"""Clip fingerprints on worker processes: decompression and SHA-256 on both cores, free of the GIL.

Two hashing *threads* share one GIL: zipfile's per-chunk Python code, and the Deflate64 decoder (which holds
the GIL while it decodes a whole block), serialise them — they reached ~1.3 cores and froze the window in
turns. Worker processes each open the export's ZIP files themselves (read-only, one ``ZipFile`` per file and
process) and send back only digests, error sentences and, on request, a clip's first bytes for the header
probe — over a pipe, never to disk. The workers import this module, so it stays free of pandas and Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import BinaryIO, cast

import zipfile_deflate64  # noqa: F401 - registers Deflate64 (method 9) with zipfile in the worker too

from core.errors import DossierError, ImportCancelled
from core.source.inflate import can_inflate, inflated_chunks
from core.source.memberstream import READ_ERRORS, MemberStream, limit_zipext, member_error

WORKERS = 2
#: Below this many clips, starting two interpreters costs more than it saves: threads do the work
#: (``DOSSIER_MIN_CLIPS_FOR_PROCESSES`` overrides it, for the frozen app's smoke test).
MIN_CLIPS = int(os.environ.get("DOSSIER_MIN_CLIPS_FOR_PROCESSES", "") or 200)
#: How much lower the workers run than the process that started them (``os.nice``): the parse — and in the app the
#: window — keeps a core of its own (``dossier scan`` of the benchmark export: 14.2 → 12.8 s, 5 interleaved pairs).
BACKGROUND_NICE = 10
BATCH_CLIPS = 64
BATCH_BYTES = 16 << 20
CHUNK = 1 << 20


@dataclass(frozen=True)
class ClipTask:
    """One clip stored directly in a top-level ZIP of the export."""

    zip_path: str  # the export file on disk
    entry: str  # the entry name inside it
    path: str  # the member label the results are keyed by
    crc32: int
    size: int
    # where the listing found a Deflate or Deflate64 entry (``Located``): the worker reads it straight from the
    # file, without reading the ZIP's central directory again (~0.1 s per worker for 20,000 entries)
    located: Located | None = None


@dataclass(frozen=True)
class Located:
    """What ``core.source.inflate`` needs of an entry the listing checked, beyond the task's name, CRC and size:
    its local header's place, method and flags, and its packed size."""

    orig_filename: str
    header_offset: int
    compress_type: int
    flag_bits: int
    compress_size: int

    @classmethod
    def of(cls, info: zipfile.ZipInfo) -> Located | None:
        """The entry's place, if :func:`core.source.inflate.inflated_chunks` reads it (else ``None``)."""
        if not can_inflate(info):
            return None
        return cls(info.orig_filename, info.header_offset, info.compress_type, info.flag_bits, info.compress_size)

    def info(self, task: ClipTask) -> zipfile.ZipInfo:
        """The entry as zipfile would list it (as far as the reader looks)."""
        info = zipfile.ZipInfo(task.entry)
        info.orig_filename, info.header_offset, info.compress_type = (self.orig_filename, self.header_offset,
                                                                      self.compress_type)
        info.flag_bits, info.compress_size, info.file_size, info.CRC = (self.flag_bits, self.compress_size,
                                                                        task.size, task.crc32)
        return info


@dataclass(frozen=True)
class ClipResult:
    path: str
    digest: str | None = None
    error: str | None = None  # one sentence when the clip could not be read
    head: bytes | None = None  # the first bytes, when asked for
    elsewhere: bool = False  # not a plain entry of that ZIP (e.g. duplicate names): read it in-process


# ---- the worker side ---------------------------------------------------------------------------------
_zips: dict[str, zipfile.ZipFile | None] = {}
_files: dict[str, BinaryIO] = {}  # the same export files opened for the ISA-L reader


def _start_worker(nice: int) -> None:
    from core.platform import netguard

    netguard.install()
    if nice:
        with contextlib.suppress(OSError, AttributeError):
            os.nice(nice)


def _zip(path: str) -> zipfile.ZipFile | None:
    if path not in _zips:
        try:
            _zips[path] = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile, ValueError, EOFError):
            _zips[path] = None
    return _zips[path]


def hash_batch(tasks: list[ClipTask], head: int) -> list[ClipResult]:
    """SHA-256 (and optionally the first ``head`` bytes) of each clip, read through the budgeted stream."""
    return [_hash_one(task, head) for task in tasks]


def _hash_one(task: ClipTask, head: int) -> ClipResult:
    if task.located is not None:
        chunks = _located_chunks(task, task.located)
    else:
        zf = _zip(task.zip_path)
        try:
            info = zf.getinfo(task.entry) if zf is not None else None
        except KeyError:
            info = None
        if info is None or zf is None or task.crc32 != info.CRC or info.file_size != task.size:
            return ClipResult(task.path, elsewhere=True)
        chunks = _chunks(zf, info, task)
    digest = hashlib.sha256()
    first: bytes | None = None
    try:
        for chunk in chunks:
            if first is None and head:
                first = bytes(chunk[:head])
            digest.update(chunk)
    except DossierError as exc:
        return ClipResult(task.path, error=str(exc))
    return ClipResult(task.path, digest.hexdigest(), head=first if head else None)


def _raw(path: str) -> BinaryIO:
    """The export file opened ``"rb"`` for ``core.source.inflate``'s reader, once per worker."""
    if path not in _files:
        _files[path] = open(path, "rb")  # noqa: SIM115 - kept for the worker's life
    return _files[path]


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, task: ClipTask) -> Iterator[bytes]:
    return entry_chunks(zf, info, _raw(task.zip_path) if can_inflate(info) else None, task.path)


def _located_chunks(task: ClipTask, located: Located) -> Iterator[bytes]:
    """A Deflate or Deflate64 clip read where the listing found it (its local header is checked on the way)."""
    try:
        yield from inflated_chunks(_raw(task.zip_path), located.info(task))
    except READ_ERRORS as exc:
        raise member_error(exc, task.path, None) from None


def entry_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, raw: BinaryIO | None, label: str) -> Iterator[bytes]:
    """An entry's bytes, budgeted: Deflate and Deflate64 straight from ``raw`` (the same ZIP opened ``"rb"``)
    through ``core.source.inflate``, anything else through zipfile; library errors become ``DossierError``."""
    try:
        if raw is not None and can_inflate(info):
            yield from inflated_chunks(raw, info)
            return
        stream = zf.open(info)
        limit_zipext(stream, info.compress_type)
    except READ_ERRORS as exc:
        raise member_error(exc, label, None) from None
    with MemberStream(cast(BinaryIO, stream), label, info.file_size, info.compress_type, None) as budgeted:
        while chunk := budgeted.read(CHUNK):
            yield chunk


# ---- the calling side --------------------------------------------------------------------------------
def batches(tasks: list[ClipTask]) -> Iterator[list[ClipTask]]:
    """Consecutive runs of clips, small enough that a cancel waits at most a batch per worker."""
    batch: list[ClipTask] = []
    size = 0
    for task in tasks:
        batch.append(task)
        size += task.size
        if len(batch) >= BATCH_CLIPS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def hash_in_processes(tasks: list[ClipTask], on_result: Callable[[ClipResult], None],
                      cancelled: Callable[[], bool], *, head: int = 0, nice: int = 0) -> set[str]:
    """Hash ``tasks`` on :data:`WORKERS` processes, calling ``on_result`` (in this thread) for each clip.

    Returns the paths it handled; clips it did not (not plain entries of that ZIP, or the processes could not
    start or died) are left to the caller, which hashes them in-process. ``nice`` lowers the workers'
    priority (the import's parse first).
    Raises :class:`ImportCancelled` when ``cancelled()`` turns true.
    """
    handled: set[str] = set()
    if multiprocessing.current_process().daemon:  # e.g. a Dask worker (dossier batch): no processes of its own
        return handled
    try:
        pool = ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(nice,))
    except (OSError, ValueError, NotImplementedError):
        return handled
    try:
        pending: set[Future[list[ClipResult]]] = {pool.submit(hash_batch, b, head) for b in batches(tasks)}
        while pending:
            if cancelled():
                raise ImportCancelled()
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                for result in future.result():
                    if not result.elsewhere:
                        handled.add(result.path)
                        on_result(result)
    except (BrokenProcessPool, OSError, EOFError):
        pass  # a worker died (e.g. out of memory): the caller reads what is left itself
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return handled
