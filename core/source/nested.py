"""Seekable bodies for archives nested one level deep (``Outer.zip/Alexa.zip``).

``zipfile`` needs a seekable file. A *stored* nested archive is read through ``SliceFile``, a read-only
window onto the parent file (no copy). A compressed one is decompressed — through the budgeted member stream
— into memory when it fits the in-memory reserve, otherwise into an anonymous file in a private 0700 folder
that is deleted straight away (POSIX) or on close (Windows). Only nested archives ever touch disk.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol

from core.errors import ImportCancelled

COPY_CHUNK = 1 << 20


class Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


class SliceFile(io.RawIOBase):
    """A read-only, seekable window ``[offset, offset + size)`` of a file opened ``"rb"``."""

    def __init__(self, path: Path, offset: int, size: int) -> None:
        super().__init__()
        self._f = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._start = offset
        self._size = size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        target = base + offset
        if target < 0:
            raise ValueError(f"negative seek value {target}")
        self._pos = target
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        n = max(0, min(len(view), self._size - self._pos))
        if n == 0:
            return 0
        self._f.seek(self._start + self._pos)
        got = self._f.readinto(view[:n])
        self._pos += got
        return got

    def close(self) -> None:
        if not self.closed:
            self._f.close()
        super().close()


class PrivateTemp:
    """One private (0700) folder per opened export for spooled nested archives; removed on ``close``."""

    def __init__(self) -> None:
        self._dir: str | None = None

    def spool(self, stream: Readable, cancelled: Callable[[], bool]) -> IO[bytes]:
        """Copy ``stream`` into an anonymous temporary file and return it, rewound."""
        if self._dir is None:
            self._dir = tempfile.mkdtemp(prefix="dossier-nested-")  # mode 0700
        out = tempfile.TemporaryFile(dir=self._dir)  # noqa: SIM115 - returned to the caller, closed with the source
        try:
            while chunk := stream.read(COPY_CHUNK):
                if cancelled():
                    raise ImportCancelled()
                out.write(chunk)
            out.seek(0)
        except BaseException:
            out.close()
            raise
        return out

    def close(self) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def read_into_memory(stream: Readable, cancelled: Callable[[], bool]) -> io.BytesIO:
    """The whole stream in memory (the caller checked the in-memory reserve)."""
    buf = io.BytesIO()
    while chunk := stream.read(COPY_CHUNK):
        if cancelled():
            raise ImportCancelled()
        buf.write(chunk)
    buf.seek(0)
    return buf

