"""SHA-256, size and mtime of every export file — the evidence identity — computed in a background thread.

Files are opened ``"rb"`` only and read in 1 MiB chunks; hashlib and file reads release the GIL, so hashing
overlaps with listing the archives (``ExportSource.open`` starts it at once, or after the caller's module loading
when a ``.tgz`` decompresses beside that, where it would be a third busy thread), politely: on idle cores only until
the listing is done.
Progress is reported by the caller's thread (``wait``), never from the worker, so GUI callbacks stay on the thread
that called ``ExportSource.open``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import (
    DossierError,
    ExportUnreadable,
    ExportVanished,
    ImportCancelled,
    NotEnoughMemory,
    os_error_sentence,
)
from core.source.budget import HASH_CHUNK
from core.source.zipnames import shown


@dataclass(frozen=True)
class FileToHash:
    label: str
    path: Path
    size: int
    mtime_ns: int


def sha256_file(path: Path, stop: Callable[[], bool], on_bytes: Callable[[int], None] | None = None) -> str:
    """The file's SHA-256 (hex), streaming; raises :class:`ImportCancelled` when ``stop()`` turns true."""
    digest = hashlib.sha256()
    for chunk in _chunks(path, stop):
        digest.update(chunk)
        if on_bytes is not None:
            on_bytes(len(chunk))
    return digest.hexdigest()


def _chunks(path: Path, stop: Callable[[], bool], offset: int = 0) -> Iterator[bytes]:
    """The file's bytes from ``offset`` in ``HASH_CHUNK`` pieces; :class:`ImportCancelled` once ``stop()``."""
    with open(path, "rb") as f:
        f.seek(offset)
        while chunk := f.read(HASH_CHUNK):
            if stop():
                raise ImportCancelled()
            yield chunk


class HashJob:
    """Hashes a list of files in a worker thread, from ``start`` (or ``wait``); ``wait`` returns
    ``{label: sha256}``.

    Started ``polite``, the worker runs only on a core that would otherwise idle (Linux's ``SCHED_IDLE``; elsewhere it
    keeps its priority) until :meth:`hurry`: the digests are needed only once the export is parsed, and a ``.tgz``'s
    listing has both cores busy until then. A thread cannot take its priority back and a new one inherits its
    maker's, so ``hurry`` (called from the caller's thread) starts a worker of ordinary priority from the last place
    the polite one reached (file, byte, digest so far), and the polite one stops at its next chunk."""

    def __init__(self, files: list[FileToHash]) -> None:
        self.files = files
        self.total = sum(f.size for f in files) or 1
        self.done = 0
        self.results: dict[str, str] = {}
        self.error: BaseException | None = None
        self._stop, self._hurry, self._finished = threading.Event(), threading.Event(), threading.Event()
        self._lock = threading.Lock()
        self._place: tuple[int, int, Any] = (0, 0, hashlib.sha256())  # file index, its bytes hashed, its digest
        self._generation = 0  # the current worker's; an older one stops and writes nothing more
        self._polite = False

    def start(self, polite: bool = False) -> None:
        """Begin hashing (once; ``wait`` begins it too); ``polite``: on idle cores only until :meth:`hurry`."""
        with self._lock:
            if self._generation == 0:
                self._launch(polite and not self._hurry.is_set())

    def hurry(self) -> None:
        """The digests are needed soon: from now on at ordinary priority."""
        with self._lock:
            self._hurry.set()
            if self._polite and not self._finished.is_set():
                self._launch(polite=False)

    def _launch(self, polite: bool) -> None:
        self._generation += 1
        self._polite = polite
        threading.Thread(target=self._run, args=(self._generation, polite), name="dossier-hash", daemon=True).start()

    def _run(self, generation: int, polite: bool) -> None:
        try:
            finished = self._hash(generation, polite and _idle_priority())
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            with self._lock:
                if generation == self._generation:
                    self.error = exc
                    self._finished.set()
            return
        if finished:
            self._finished.set()

    def _hash(self, generation: int, polite: bool) -> bool:
        """Hash on from ``_place``; ``False`` if a newer worker took over."""
        index, offset, digest = self._place
        digest = digest.copy()
        while index < len(self.files):
            item = self.files[index]
            for chunk in _chunks(item.path, self._stop.is_set, offset):
                if generation != self._generation:
                    return False
                digest.update(chunk)
                offset += len(chunk)
                self.done += len(chunk)
                if polite:
                    self._place = (index, offset, digest.copy())
            st = item.path.stat()
            if st.st_size != item.size or st.st_mtime_ns != item.mtime_ns:
                raise ExportVanished(member=item.label, detail="file changed while it was hashed")
            with self._lock:
                if generation != self._generation:
                    return False
                self.results[item.label] = digest.hexdigest()
                index, offset, digest = index + 1, 0, hashlib.sha256()
                if polite:
                    self._place = (index, offset, digest.copy())
        return generation == self._generation

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total)

    def stop(self) -> None:
        self._stop.set()
        self.hurry()  # a polite worker may wait long for a core: an ordinary one ends the job at once
        if self._generation:
            self._finished.wait()

    def wait(self, report: Callable[[float], None], cancelled: Callable[[], bool]) -> dict[str, str]:
        """Block until done (reporting progress every 0.1 s); raise the worker's error as a DossierError."""
        self.hurry()
        self.start()
        while not self._finished.wait(0.1):
            if cancelled():
                self.stop()
                raise ImportCancelled()
            report(self.fraction)
        report(1.0)
        if self.error is not None:
            raise _hash_error(self.error)
        return self.results


def _idle_priority() -> bool:
    """Run the calling thread only on a core that would otherwise idle (Linux: ``SCHED_IDLE``); ``False`` where the
    platform has no such class or refuses it (the thread keeps its priority)."""
    setter, idle = getattr(os, "sched_setscheduler", None), getattr(os, "SCHED_IDLE", None)
    if setter is None or idle is None:
        return False
    try:
        setter(0, idle, os.sched_param(0))  # 0: the calling thread
    except OSError:
        return False
    return True


def _hash_error(exc: BaseException) -> DossierError:
    if isinstance(exc, DossierError):
        return exc
    if isinstance(exc, MemoryError):
        return NotEnoughMemory(detail="while hashing")
    if isinstance(exc, OSError) and (isinstance(exc, PermissionError) or exc.errno == errno.ENAMETOOLONG):
        name = Path(os.fsdecode(getattr(exc, "filename", None) or "the export")).name
        return ExportUnreadable(os_error_sentence(exc, shown(name)), detail=f"{type(exc).__name__}: {exc}"[:300])
    return ExportVanished(detail=f"{type(exc).__name__}: {exc}"[:300])

