"""Gzip-compressed tar archives (``.tgz``, ``.tar.gz``: Google Takeout offers them next to ``.zip``), read in place.

The archive is never extracted. Opening it decompresses the gzip stream once on each core, at the same time:
the tar headers are listed in one sequential pass (ISA-L's ``igzip`` when installed, else ``gzip``), each
header's declared size checked against the budgets *before* the stream is decompressed past that member, and
every member's SHA-256 computed as its bytes stream past (so a full scan needs no second read of any clip);
meanwhile ``indexed_gzip`` builds seek points every ``SPACING`` bytes, never beyond what the listing has checked
(data hidden after the tar's end is not decompressed). A member is then read by seeking to the nearest point and
decompressing at most ``SPACING`` bytes more — not the whole stream up to it, as ``gzip``/``tarfile`` would.
Budgets are those of ZIPs (``core.source.budget``): entry count, declared sizes against the export's total, and
the expansion ratio; a member is read only within its declared size (``MemberStream``). (indexed_gzip adds seek
points only when a seek jumps ahead, not while reading along, so the index is built by seeks ahead.)
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import tarfile
import threading
import types
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, BinaryIO, cast

import indexed_gzip

from core.errors import ExportDamaged, ExportTooLarge, ImportCancelled, ZipBomb
from core.i18n import _
from core.source.budget import Budgets, MiB, Tally
from core.source.member import Member, MemberHandle
from core.source.memberstream import READ_ERRORS, ContainerWatch, MemberStream, member_error
from core.source.zipnames import NoteSink, odd_name_reason, shown

sequential_gzip: types.ModuleType = gzip  # the listing pass's reader: ISA-L's, about twice gzip's speed
with contextlib.suppress(ImportError):
    from isal import igzip as sequential_gzip

SPACING = 1 * MiB  # seek-point spacing: a member read decompresses at most this much before its first byte …
MAX_POINTS = 2048  # … widened for a huge part so the index (32 KiB per point) stays under ~64 MiB (a 50 GB part:
#                    ~24 MiB spacing, a few tenths of a second per read)
HASH_STEP = 1 * MiB
GZIP_MAGIC = b"\x1f\x8b"
TAR_SUFFIXES = (".tgz", ".tar.gz")


def is_tar_gz(name: str, head: bytes) -> bool:
    """A gzip file whose name says tar (``.tgz``, ``.tar.gz``) — checked by its magic bytes too."""
    return name.lower().endswith(TAR_SUFFIXES) and head[:2] == GZIP_MAGIC


class SharedGzip:
    """One indexed gzip stream shared by every member of the archive; reads are serialised by a lock."""

    def __init__(self, path: str, spacing: int = SPACING) -> None:
        self.lock = threading.Lock()
        self.spacing = spacing
        self.gz: Any = indexed_gzip.IndexedGzipFile(filename=path, spacing=spacing, readbuf_size=SPACING)

    def index_up_to(self, end: int, cancelled: Any) -> None:
        """Seek points up to ``end`` (uncompressed offset), built in steps so the import can be cancelled."""
        step = 64 * self.spacing
        for target in [*range(step, end, step), end]:
            if cancelled():
                raise ImportCancelled()
            self.gz.seek(target)

    def read_at(self, offset: int, n: int) -> bytes:
        with self.lock:
            self.gz.seek(offset)
            data: bytes = self.gz.read(n)
            return data

    def close(self) -> None:
        with self.lock:
            self.gz.close()


class IndexFollower:
    """Builds the seek points in a thread while the listing goes on, never past what it has checked."""

    def __init__(self, shared: SharedGzip) -> None:
        self.shared = shared
        self.step = 64 * shared.spacing
        self.checked = 0
        self.final = False
        self.stopped = False
        self.error: BaseException | None = None
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="dossier-tgz-index", daemon=True)
        self.thread.start()

    def checked_up_to(self, end: int) -> None:
        with self.cond:
            self.checked = max(self.checked, end)
            self.cond.notify()

    def finish(self, end: int) -> None:
        """Wait until the points reach ``end`` (the end of the last member's data)."""
        with self.cond:
            self.checked, self.final = max(self.checked, end), True
            self.cond.notify()
        self.thread.join()
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify()
        self.thread.join()

    def _run(self) -> None:
        reached = 0
        try:
            while True:
                with self.cond:
                    while not self.stopped and not self.final and self.checked - reached < self.step:
                        self.cond.wait()
                    if self.stopped or (self.final and reached >= self.checked):
                        return
                    target = self.checked if self.final else reached + self.step
                with self.shared.lock:
                    self.shared.gz.seek(target)
                reached = target
        except BaseException as exc:  # re-raised by finish() in the listing's thread
            self.error = exc


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
    """Every regular file of the archive as a member with its handle (and SHA-256); typed refusals for hostile
    archives."""
    shared = SharedGzip(path, max(SPACING, size_on_disk // MAX_POINTS))
    follower = IndexFollower(shared)
    found: list[tuple[Member, MemberHandle]] = []
    offsets: list[int] = []
    declared = end = 0
    try:
        with sequential_gzip.open(path, "rb") as stream, tarfile.open(fileobj=stream, mode="r|") as tar:
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
                    sink.add("name", mpath, _("The file name “{value}” {reason} — this may not be a "
                                                      "genuine export.").format(
                        value=shown(info.name), reason=reason))
                if info.isdir():
                    continue
                if not info.isreg():
                    sink.add("link", mpath, _("This entry is a link, not a file; Dossier skipped it and did not "
                                            "follow it."))
                    continue
                end = max(end, info.offset_data + info.size)
                follower.checked_up_to(end)  # its header passed the budgets: the index may go past it
                offsets.append(info.offset_data)
                readable = info.size <= budgets.max_member_size
                digest = _sha256(tar, info, cancelled) if readable else None
                found.append((Member(mpath, info.size, info.size, None, _utc(info.mtime), label),
                              MemberHandle(watch=watch, problem="" if readable else "it is larger than Dossier reads",
                                           sha256=digest)))
        follower.finish(end)  # the seek points, up to the end of the last member's data
        for (member, handle), offset in zip(found, offsets, strict=True):
            handle.opener = _opener(shared, offset, member.size, member.path, watch)
    except BaseException as exc:
        follower.stop()
        shared.close()
        if isinstance(exc, ZipBomb | ExportTooLarge | ImportCancelled | KeyboardInterrupt):
            raise
        if isinstance(exc, (tarfile.TarError, *READ_ERRORS)):
            raise ExportDamaged(member=label, detail=f"{type(exc).__name__}: {exc}"[:300]) from None
        raise
    return found, shared


def _sha256(tar: tarfile.TarFile, info: tarfile.TarInfo, cancelled: Callable[[], bool]) -> str | None:
    """The member's SHA-256 as the listing reads past it (``None`` if its bytes end early)."""
    digest, left = hashlib.sha256(), info.size
    data = tar.extractfile(info)
    if data is None:
        return None
    while left > 0:
        chunk = data.read(min(left, HASH_STEP))
        if not chunk:
            return None
        digest.update(chunk)
        left -= len(chunk)
        if left and cancelled():
            raise ImportCancelled()
    return digest.hexdigest()


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
