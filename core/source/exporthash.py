"""SHA-256, size and mtime of every export file — the evidence identity — computed in a background thread.

Files are opened ``"rb"`` only and read in 1 MiB chunks; hashlib and file reads release the GIL, so hashing
overlaps with listing the archives (``ExportSource.open`` starts it at once, or after the caller's module loading
when a ``.tgz`` decompresses beside that, where it would be a third busy thread).
Progress is reported by the caller's thread (``wait``), never from the worker, so GUI callbacks stay on the thread
that called ``ExportSource.open``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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
    with open(path, "rb") as f:
        while chunk := f.read(HASH_CHUNK):
            if stop():
                raise ImportCancelled()
            digest.update(chunk)
            if on_bytes is not None:
                on_bytes(len(chunk))
    return digest.hexdigest()


class HashJob:
    """Hashes a list of files in one worker thread, from ``start`` (or ``wait``); ``wait`` returns
    ``{label: sha256}``."""

    def __init__(self, files: list[FileToHash]) -> None:
        self.files = files
        self.total = sum(f.size for f in files) or 1
        self.done = 0
        self.results: dict[str, str] = {}
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dossier-hash", daemon=True)

    def start(self) -> None:
        """Begin hashing (once; ``wait`` begins it too)."""
        if self._thread.ident is None:
            self._thread.start()

    def _count(self, n: int) -> None:
        self.done += n

    def _run(self) -> None:
        try:
            for item in self.files:
                digest = sha256_file(item.path, self._stop.is_set, self._count)
                st = item.path.stat()
                if st.st_size != item.size or st.st_mtime_ns != item.mtime_ns:
                    raise ExportVanished(member=item.label, detail="file changed while it was hashed")
                self.results[item.label] = digest
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            self.error = exc

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.ident is not None:
            self._thread.join()

    def wait(self, report: Callable[[float], None], cancelled: Callable[[], bool]) -> dict[str, str]:
        """Block until done (reporting progress every 0.1 s); raise the worker's error as a DossierError."""
        self.start()
        while self._thread.is_alive():
            if cancelled():
                self.stop()
                raise ImportCancelled()
            report(self.fraction)
            self._thread.join(0.1)
        report(1.0)
        if self.error is not None:
            raise _hash_error(self.error)
        return self.results


def _hash_error(exc: BaseException) -> DossierError:
    if isinstance(exc, DossierError):
        return exc
    if isinstance(exc, MemoryError):
        return NotEnoughMemory(detail="while hashing")
    if isinstance(exc, OSError) and (isinstance(exc, PermissionError) or exc.errno == errno.ENAMETOOLONG):
        name = Path(os.fsdecode(getattr(exc, "filename", None) or "the export")).name
        return ExportUnreadable(os_error_sentence(exc, shown(name)), detail=f"{type(exc).__name__}: {exc}"[:300])
    return ExportVanished(detail=f"{type(exc).__name__}: {exc}"[:300])

