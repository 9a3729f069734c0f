"""The budgeted, read-only stream every member is read through, and the mapping of library errors.

``MemberStream`` wraps a ``zipfile.ZipExtFile`` (or a plain file from a folder). It reads the underlying
stream in bounded steps — 1 KiB for Deflate64/bzip2/LZMA, whose decompressors emit a whole chunk per call —
counts the bytes it produces and refuses to produce more than the member declared, so a lying header cannot
exceed the budget. Every library exception becomes a :class:`DossierError` with one plain sentence.
"""

from __future__ import annotations

import contextlib
import errno
import io
import lzma
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from core.errors import DossierError, ExportVanished, MemberUnreadable, NotEnoughMemory, os_error_sentence
from core.i18n import _
from core.source.budget import FAST_STEP, SMALL_STEP
from core.source.inflate import INFLATE_ERRORS, entry_head
from core.source.zipnames import shown

#: Every exception type the zip stack, the decompressors and the file system raise while reading.
READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, ValueError, UnicodeDecodeError, NotImplementedError,
    RuntimeError, OSError, struct.error, lzma.LZMAError, MemoryError, OverflowError, IndexError,
    *INFLATE_ERRORS,
)

FAST_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
#: The most one call into zipfile produces for stored/Deflate: a 36 MB member read in one call held the
#: interpreter ~100 ms (zlib's output joined, sliced and extended), with every other thread waiting.
LARGE_STEP = 1 << 20


def step_for(method: int | None) -> int:
    """Underlying read size: 64 KiB for stored/Deflate (a larger request goes in steps of at most 1 MiB), else 1 KiB."""
    return FAST_STEP if method is None or method in FAST_METHODS else SMALL_STEP


#: Packed read size a non-Deflate stream may grow to while its decompressor emits nothing (zipfile's own 4 KiB).
GROWN_STEP = 4 * SMALL_STEP


def limit_zipext(stream: Any, method: int) -> None:
    """Make a ``ZipExtFile`` fetch at most 1 KiB of packed data per call for non-Deflate methods.

    Deflate64 emits a block's output only when the block ends, so reading a clip's first bytes fed it one
    packed KiB per call through zipfile's Python layers (46 calls for a 46 KB clip). While a call returns
    nothing, the next one may fetch twice as much, up to zipfile's default 4 KiB; any output sets it back to
    1 KiB, so a call that follows output — where a high-ratio run goes on — stays at 1 KiB.
    """
    if method not in FAST_METHODS:
        stream.MIN_READ_SIZE = SMALL_STEP  # private zipfile attribute, pinned by tests/archive/test_pins.py
        decompressor = getattr(stream, "_decompressor", None)
        if decompressor is not None and hasattr(decompressor, "decompress"):
            stream._decompressor = _GrowWhileSilent(stream, decompressor)


class _GrowWhileSilent:
    """Wraps a ``ZipExtFile``'s decompressor: doubles its packed read size after a call without output."""

    def __init__(self, stream: Any, decompressor: Any) -> None:
        self._stream, self._inner = stream, decompressor

    def decompress(self, data: bytes, *args: Any) -> bytes:
        out: bytes = self._inner.decompress(data, *args)
        self._stream.MIN_READ_SIZE = SMALL_STEP if out else min(self._stream.MIN_READ_SIZE * 2, GROWN_STEP)
        return out

    def __getattr__(self, name: str) -> Any:  # eof, unused_data, unconsumed_tail, …
        return getattr(self._inner, name)


class ContainerWatch:
    """Tells whether a top-level export file is still the file that was opened (size and mtime)."""

    def __init__(self, path: str, size: int, mtime_ns: int) -> None:
        self.path, self.size, self.mtime_ns = path, size, mtime_ns

    def intact(self) -> bool:
        try:
            st = Path(self.path).stat()
        except OSError:
            return False
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns


def member_error(exc: BaseException, member: str, watch: ContainerWatch | None) -> DossierError:
    """The typed error for a failure while reading ``member``."""
    if isinstance(exc, DossierError):
        return exc
    detail = f"{type(exc).__name__}: {exc}"[:300]
    if isinstance(exc, OSError) and (isinstance(exc, PermissionError) or exc.errno == errno.ENAMETOOLONG):
        return MemberUnreadable(os_error_sentence(exc, shown(member)), member=member, detail=detail)
    if watch is not None and not watch.intact():
        return ExportVanished(_("The export became unreadable during import — check that the file is still there "
                              "and was not changed."), member=member, detail=detail)
    if isinstance(exc, MemoryError):
        return NotEnoughMemory(member=member, detail=detail)
    if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
        return MemberUnreadable(_("“{value}” could not be read from the disk.").format(
            value=shown(member)), member=member, detail=detail)
    return MemberUnreadable(_("“{value}” inside the export is damaged and cannot be read.").format(
        value=shown(member)), member=member,
                            detail=detail)


class MemberStream(io.BufferedIOBase):
    """A read-only stream over one member that never yields more than ``size`` bytes."""

    def __init__(self, raw: BinaryIO, member: str, size: int, method: int | None,
                 watch: ContainerWatch | None, on_close: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._raw = raw
        self._member = member
        self._size = size
        self._step = step_for(method)
        self._watch = watch
        self._pos = 0
        self._end_checked = False
        self._on_close = on_close
        self.name = member

    # ---- io protocol ----
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def read(self, n: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("read from a closed member stream")
        want = self._size - self._pos if n is None or n < 0 else min(n, self._size - self._pos)
        parts: list[bytes] = []
        try:
            while want > 0:
                chunk = self._raw.read(min(want, self._step if self._step == SMALL_STEP else LARGE_STEP))
                if not chunk:
                    raise EOFError("member ended before its declared size")
                parts.append(chunk)
                want -= len(chunk)
                self._pos += len(chunk)
            if self._pos >= self._size and not self._end_checked:
                self._end_checked = True
                if self._raw.read(1):
                    raise MemberUnreadable(_("“{value}” holds more data than it declares — it is damaged.").format(
                        value=shown(self._member)), member=self._member, detail="more bytes than declared")
        except READ_ERRORS as exc:
            raise member_error(exc, self._member, self._watch) from None
        if len(parts) == 1:
            return parts[0]
        return b"".join(parts)

    def readline(self, limit: int | None = -1) -> bytes:
        """One line (bounded by ``limit`` and the declared size), using the underlying buffered readline."""
        if self.closed:
            raise ValueError("read from a closed member stream")
        left = self._size - self._pos
        cap = left if limit is None or limit < 0 else min(limit, left)
        if cap <= 0:
            return self.read(0) if left <= 0 and not self._end_checked else b""
        try:
            line: bytes = self._raw.readline(cap)
        except READ_ERRORS as exc:
            raise member_error(exc, self._member, self._watch) from None
        self._pos += len(line)
        if not line:
            raise member_error(EOFError("member ended before its declared size"), self._member, self._watch)
        return line

    def read1(self, n: int = -1) -> bytes:
        return self.read(FAST_STEP if n is None or n < 0 else n)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def readinto1(self, buffer: Any) -> int:
        return self.readinto(buffer)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Seek by rewinding and reading forward. For non-Deflate methods this never uses ``ZipExtFile.seek``,
        which skips in 16 MiB reads and would decompress a whole high-ratio member at once."""
        target = {io.SEEK_SET: offset, io.SEEK_CUR: self._pos + offset, io.SEEK_END: self._size + offset}[whence]
        target = max(0, min(target, self._size))
        try:
            if self._step != SMALL_STEP:
                self._pos = self._raw.seek(target)
                self._end_checked = False
                return self._pos
            if target < self._pos:
                self._raw.seek(0)
                self._pos, self._end_checked = 0, False
        except READ_ERRORS as exc:
            raise member_error(exc, self._member, self._watch) from None
        while self._pos < target and self.read(min(target - self._pos, FAST_STEP)):
            pass
        return self._pos

    def close(self) -> None:
        if not self.closed:
            with contextlib.suppress(*READ_ERRORS):
                self._raw.close()
            if self._on_close is not None:
                self._on_close()
        super().close()


def open_zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, key: str,
                    watch: ContainerWatch | None) -> MemberStream:
    """A budgeted stream over one ZIP entry (1 KiB packed reads for non-Deflate methods)."""
    try:
        raw: Any = zf.open(info)
        limit_zipext(raw, info.compress_type)
    except READ_ERRORS as exc:
        raise member_error(exc, key, watch) from None
    return MemberStream(raw, key, info.file_size, info.compress_type, watch)


#: Reads up to this size (a header probe) take :func:`read_zip_head`'s positional path.
HEAD_READ_MAX = 64 << 10


def read_zip_head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, key: str, watch: ContainerWatch | None,
                  limit: int) -> bytes:
    """The first ``limit`` bytes of an entry of a top-level ZIP: positional reads of only the packed bytes
    they need (``core.source.inflate.entry_head``), or through zipfile where that reader declines."""
    try:
        head = entry_head(zf.fp.fileno(), info, limit) if zf.fp is not None else None
    except READ_ERRORS as exc:
        raise member_error(exc, key, watch) from None
    if head is not None:
        return head
    with open_zip_member(zf, info, key, watch) as stream:
        return stream.read(limit)
