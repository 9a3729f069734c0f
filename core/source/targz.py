"""Gzip-compressed tar archives (``.tgz``, ``.tar.gz``: Google Takeout offers them next to ``.zip``), read in place.

The archive is never extracted. ``indexed_gzip`` decompresses the gzip stream once while the tar headers are
listed and keeps seek points every ``SPACING`` bytes, so a member is later read by seeking to the nearest point
and decompressing at most ``SPACING`` bytes more (not the whole stream up to it, as ``gzip``/``tarfile`` would).
Budgets are those of ZIPs (``core.source.budget``): entry count, declared sizes against the export's total, and
the expansion ratio of the whole stream, all checked from each tar header *before* the stream is decompressed
past that member; a member is read only within its declared size (``MemberStream``).
"""

from __future__ import annotations

import tarfile
import threading
from datetime import UTC, datetime
from typing import Any, BinaryIO, cast

import indexed_gzip

from core.errors import ExportDamaged, ExportTooLarge, ImportCancelled, ZipBomb
from core.source.budget import Budgets, MiB, Tally
from core.source.member import Member, MemberHandle
from core.source.memberstream import READ_ERRORS, ContainerWatch, MemberStream, member_error
from core.source.zipnames import NoteSink, odd_name_reason, shown

SPACING = 1 * MiB  # seek-point spacing: a member read decompresses at most this much before its first byte
GZIP_MAGIC = b"\x1f\x8b"
TAR_SUFFIXES = (".tgz", ".tar.gz")


def is_tar_gz(name: str, head: bytes) -> bool:
    """A gzip file whose name says tar (``.tgz``, ``.tar.gz``) — checked by its magic bytes too."""
    return name.lower().endswith(TAR_SUFFIXES) and head[:2] == GZIP_MAGIC


class SharedGzip:
    """One indexed gzip stream shared by every member of the archive; reads are serialised by a lock."""

    def __init__(self, path: str) -> None:
        self.lock = threading.Lock()
        self.gz: Any = indexed_gzip.IndexedGzipFile(filename=path, spacing=SPACING, readbuf_size=SPACING)

    def read_at(self, offset: int, n: int) -> bytes:
        with self.lock:
            self.gz.seek(offset)
            data: bytes = self.gz.read(n)
            return data

    def close(self) -> None:
        with self.lock:
            self.gz.close()


class TarWindow:
    """The raw byte range of one tar member inside the shared stream (what ``MemberStream`` wraps)."""

    def __init__(self, shared: SharedGzip, offset: int, size: int) -> None:
        self.shared, self.offset, self.size, self.pos = shared, offset, size, 0

    def read(self, n: int = -1) -> bytes:
        left = self.size - self.pos
        want = left if n is None or n < 0 else min(n, left)
        if want <= 0:
            return b""
        data = self.shared.read_at(self.offset + self.pos, want)
        self.pos += len(data)
        return data

    def readline(self, cap: int = -1) -> bytes:
        data = self.read(min(cap, 64 * 1024) if cap is not None and cap >= 0 else 64 * 1024)
        cut = data.find(b"\n")
        if cut >= 0 and cut + 1 < len(data):
            self.pos -= len(data) - cut - 1
            data = data[:cut + 1]
        return data

    def seek(self, pos: int, whence: int = 0) -> int:
        self.pos = max(0, min(pos, self.size))
        return self.pos

    def close(self) -> None:
        return None


def list_tar_gz(path: str, label: str, size_on_disk: int, watch: ContainerWatch, budgets: Budgets, tally: Tally,
                sink: NoteSink, cancelled: Any) -> tuple[list[tuple[Member, MemberHandle]], SharedGzip]:
    """Every regular file of the archive as a member with its handle; typed refusals for hostile archives."""
    shared = SharedGzip(path)
    found: list[tuple[Member, MemberHandle]] = []
    declared = 0
    try:
        with tarfile.open(fileobj=shared.gz, mode="r:") as tar:
            for n, info in enumerate(tar):
                if n % 256 == 0 and cancelled():
                    raise ImportCancelled()
                if n >= budgets.max_entries:
                    raise ExportTooLarge(member=label, detail=f"more than {budgets.max_entries:,} entries")
                declared += max(info.size, 0)
                if not tally.declare(max(info.size, 0)):
                    raise ExportTooLarge(member=label, detail=f"declares more than {tally.limit:,} bytes")
                ratio = declared / max(size_on_disk, 1)
                if declared > budgets.ratio_min_size and budgets.ratio_refuse is not None \
                        and ratio > budgets.ratio_refuse:
                    raise ZipBomb(member=label, detail=f"{declared:,} bytes from {size_on_disk:,} ({ratio:.0f}:1)")
                mpath = f"{label}/{info.name.lstrip('/')}"
                reason = odd_name_reason(info.name)
                if reason:
                    sink.add("name", mpath, f"The file name “{shown(info.name)}” {reason} — this may not be a "
                                            "genuine export.")
                if info.isdir():
                    continue
                if not info.isreg():
                    sink.add("link", mpath, "This entry is a link, not a file; Dossier skipped it and did not "
                                            "follow it.")
                    continue
                problem = "" if info.size <= budgets.max_member_size else "it is larger than Dossier reads"
                member = Member(mpath, info.size, info.size, None, _utc(info.mtime), label)
                found.append((member, MemberHandle(opener=_opener(shared, info.offset_data, info.size, mpath, watch),
                                                   watch=watch, problem=problem)))
    except BaseException as exc:
        shared.close()
        if isinstance(exc, ZipBomb | ExportTooLarge | ImportCancelled | KeyboardInterrupt):
            raise
        if isinstance(exc, (tarfile.TarError, *READ_ERRORS)):
            raise ExportDamaged(member=label, detail=f"{type(exc).__name__}: {exc}"[:300]) from None
        raise
    return found, shared


def _opener(shared: SharedGzip, offset: int, size: int, mpath: str, watch: ContainerWatch) -> Any:
    def open_stream() -> BinaryIO:
        try:
            window = cast(BinaryIO, TarWindow(shared, offset, size))
            return cast(BinaryIO, MemberStream(window, mpath, size, None, watch))
        except READ_ERRORS as exc:
            raise member_error(exc, mpath, watch) from None
    return open_stream


def _utc(mtime: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(mtime, UTC).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return None
