"""Gzip-compressed tar archives (``.tgz``, ``.tar.gz``: Google Takeout offers them next to ``.zip``), read in place.

The archive is never extracted. Opening it decompresses the gzip stream once (``core.source.gzip_index``: zlib-ng
in a thread, at most ``AHEAD`` pieces of 8 MiB ahead of this one, ``WARM_AHEAD`` while the caller's own work,
``meanwhile``, runs before the listing starts; the interpreter is handed between the threads every 1 ms while the
pass runs, ``core.platform.handover``), and that one pass does everything: the tar
headers are listed (``core.source.tarwalk``: the common one-block headers parsed there, every other kind by
``tarfile``), each header's declared size checked against the budgets *before* the stream is read past that
member (data hidden after the tar's end is not read on), every member's SHA-256 is computed as its bytes stream
past (so a full scan needs no second read of any clip), and seek points are kept every ``SPACING`` bytes. A
member is then read by restarting at the nearest point and decompressing at most ``SPACING`` bytes more — not
the whole stream up to it, as ``gzip``/``tarfile`` would. Budgets are those of ZIPs (``core.source.budget``):
entry count, declared sizes against the export's total, and the expansion ratio; a member is read only within
its declared size (``MemberStream``).
"""

from __future__ import annotations

import hashlib
import tarfile
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, BinaryIO, cast

from core.errors import ExportDamaged, ExportTooLarge, ImportCancelled, ZipBomb
from core.i18n import _
from core.platform.handover import quick as quick_handover
from core.source.budget import Budgets, MiB, Tally
from core.source.gzip_index import AHEAD, PASS_STEP, WARM_AHEAD, OversizedRead, ReadAhead, SeekableGzip
from core.source.member import Member, MemberHandle
from core.source.memberstream import READ_ERRORS, ContainerWatch, MemberStream, member_error
from core.source.tarwalk import tar_members
from core.source.zipnames import NoteSink, odd_name_reason, shown
from core.source.zipscan import too_large_to_read

SPACING = PASS_STEP  # seek-point spacing: a member read decompresses at most this much (8 MiB, ~20 ms) before its
#                      first byte; points are made between the pass's calls, so it is their size …
MAX_POINTS = 2048  # … widened for a huge part so the points (~40 KiB each) stay under ~80 MiB (a 50 GB part:
#                    ~24 MiB spacing, a few tenths of a second per read)
HASH_STEP = 1 * MiB
HEAD_KEPT = 64  # first bytes kept of each member (~100 bytes each in memory): enough to tell a file by its magic


class TarWindow:
    """The raw byte range of one tar member inside the shared stream (what ``MemberStream`` wraps)."""

    def __init__(self, shared: SeekableGzip, offset: int, size: int) -> None:
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
                sink: NoteSink, cancelled: Any, progress: Callable[[float], None] = lambda f: None,
                meanwhile: Callable[[], None] | None = None,
                ) -> tuple[list[tuple[Member, MemberHandle]], SeekableGzip]:
    """Every regular file of the archive as a member with its handle (and SHA-256); typed refusals for hostile
    archives. ``progress`` gets the fraction of the file read so far; ``meanwhile`` is called once the stream
    decompresses, before the listing reads it (up to ``WARM_AHEAD`` pieces gather meanwhile)."""
    try:
        shared = SeekableGzip(path, max(SPACING, size_on_disk // MAX_POINTS))
    except OSError as exc:
        raise member_error(exc, label, watch) from None
    with quick_handover():  # the pass's thread takes the interpreter back from the walk within 1 ms
        return _walk(shared, label, size_on_disk, watch, budgets, tally, sink, cancelled, progress, meanwhile)


def _walk(shared: SeekableGzip, label: str, size_on_disk: int, watch: ContainerWatch, budgets: Budgets,
          tally: Tally, sink: NoteSink, cancelled: Any, progress: Callable[[float], None],
          meanwhile: Callable[[], None] | None) -> tuple[list[tuple[Member, MemberHandle]], SeekableGzip]:
    """``list_tar_gz``'s one pass over ``shared``."""
    found: list[tuple[Member, MemberHandle]] = []
    offsets: list[int] = []
    declared = 0
    ahead = ReadAhead(shared, AHEAD if meanwhile is None else WARM_AHEAD)
    try:
        if meanwhile is not None:
            meanwhile()
            ahead.settle(AHEAD)
        for n, info in enumerate(tar_members(ahead)):
            ahead.next_member()
            if n % 256 == 0:
                if cancelled():
                    raise ImportCancelled()
                progress(min(1.0, ahead.packed / max(size_on_disk, 1)))
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
                                          "genuine export.").format(value=shown(info.name), reason=reason))
            if info.isdir():
                continue
            if not info.isreg():
                sink.add("link", mpath, _("This entry is a link, not a file; Dossier skipped it and did not "
                                          "follow it."))
                continue
            offsets.append(info.offset_data)
            problem = _unread_because(info, budgets, sink, mpath)
            digest, head = (None, None) if problem else _sha256(ahead, info, cancelled, HEAD_KEPT)
            found.append((Member(mpath, info.size, info.size, None, _utc(info.mtime), label),
                          MemberHandle(watch=watch, problem=problem, sha256=digest, head=head)))
        for (member, handle), offset in zip(found, offsets, strict=True):
            handle.opener = _opener(shared, offset, member.size, member.path, watch)
    except BaseException as exc:
        ahead.close()
        shared.close()
        if isinstance(exc, ZipBomb | ExportTooLarge | ImportCancelled | KeyboardInterrupt):
            raise
        if isinstance(exc, OversizedRead):  # a pax or long-name header that would expand to gigabytes
            raise ZipBomb(member=label, detail=f"tar header: {exc}") from None
        if isinstance(exc, (tarfile.TarError, *READ_ERRORS)):
            raise ExportDamaged(member=label, detail=f"{type(exc).__name__}: {exc}"[:300]) from None
        raise
    ahead.close()
    return found, shared


def _unread_because(info: tarfile.TarInfo, budgets: Budgets, sink: NoteSink, mpath: str) -> str:
    """Why a member is listed but not read (as for ZIP entries), or ``""``."""
    if info.issparse():  # its stored bytes are not its contents: reading them as such would be wrong
        return _("it is stored as a sparse file, which Dossier does not read.")
    return too_large_to_read(info.size, budgets, sink, mpath)


def _sha256(ahead: ReadAhead, info: tarfile.TarInfo, cancelled: Callable[[], bool],
            keep: int) -> tuple[str | None, bytes | None]:
    """The member's SHA-256 as the listing reads past it (``None`` if its bytes end early), and its first
    ``keep`` bytes (``None`` if ``keep`` is 0)."""
    ahead.seek(info.offset_data)
    whole = ahead.take(info.size)  # most members lie inside the current piece: one hash call, no copy
    if whole is not None:
        return hashlib.sha256(whole).hexdigest(), bytes(whole[:keep]) if keep else None
    digest, left = hashlib.sha256(), info.size
    head = b""
    if keep:
        head = ahead.read(min(keep, left))  # counts as header reads: at most HEAD_KEPT of MAX_READ
        digest.update(head)
        left -= len(head)
    while left > 0:
        got = ahead.feed(min(left, HASH_STEP), digest.update)
        if not got:
            return None, None
        left -= got
        if left and cancelled():
            raise ImportCancelled()
    return digest.hexdigest(), head if keep else None


def _opener(shared: SeekableGzip, offset: int, size: int, mpath: str, watch: ContainerWatch) -> Any:
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
