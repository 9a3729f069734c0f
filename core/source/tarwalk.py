"""A tar's members in order from the read-ahead, the common headers parsed here and every other one by ``tarfile``.

Listing a Takeout ``.tgz`` reads one header per member, thousands of them, while a thread decompresses the
stream; ``tarfile`` spends ~40 µs of interpreter time on each (its header parse, its member bookkeeping), and
the decompressing thread waits for the interpreter meanwhile. Most headers are *plain*: one 512-byte block, a
file, folder or link type, octal numbers and the usual checksum. Those are parsed here, into the same
``TarInfo`` ``tarfile`` would make. At the first header that is not plain — a pax or GNU long-name header, a
sparse file, base-256 numbers, any checksum or field ``tarfile`` would judge, the end-of-archive blocks — the
rest of the archive is handed to ``tarfile`` itself from that header on, so everything beyond the common case
keeps ``tarfile``'s own rules (and its errors).
"""

from __future__ import annotations

import struct
import tarfile
from collections.abc import Iterator
from typing import Any, Protocol, cast

BLOCK = tarfile.BLOCKSIZE
# name, mode, uid, gid, size, mtime, chksum, type, linkname, (magic, version), uname, gname, devmajor, devminor,
# prefix, (padding): the ustar/GNU header block, as ``tarfile.TarInfo.frombuf`` reads it
_FIELDS = struct.Struct("100s8s8s8s12s12s8sc100s8x32s32s8s8s155s12x")
# types tarfile reads from the one block alone (no pax, long-name or sparse blocks after it)
_PLAIN_TYPES = frozenset((tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE, tarfile.DIRTYPE, tarfile.LNKTYPE,
                          tarfile.SYMTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE))
_CHECKSUM_SPACES = 8 * 0x20  # the checksum field counts as eight spaces


class ForwardReader(Protocol):
    """What the walk reads from: ``core.source.gzip_index.ReadAhead``."""

    def read(self, n: int = -1) -> bytes: ...
    def tell(self) -> int: ...
    def seek(self, pos: int, whence: int = 0) -> int: ...
    def unread(self, data: bytes) -> None: ...
    def next_member(self) -> None: ...


def tar_members(reader: ForwardReader) -> Iterator[tarfile.TarInfo]:
    """Every member's ``TarInfo`` in order. The caller may read a member's data before asking for the next one
    (only forward, at most its size); the walk goes on from the end of that data."""
    while True:
        reader.next_member()
        start = reader.tell()
        block = reader.read(BLOCK)
        info = plain_header(block)
        if info is None:
            reader.unread(block)
            break
        info.offset, info.offset_data = start, start + BLOCK
        yield info
        end = info.offset_data + (-(-info.size // BLOCK) * BLOCK if info.isreg() else 0)
        if reader.tell() != end:  # past the data the caller left, checking its last byte is there, as tarfile does
            reader.seek(end - 1)
            if reader.tell() != end - 1 or not reader.read(1):
                raise tarfile.ReadError("unexpected end of data")
    with tarfile.open(fileobj=cast(Any, reader), mode="r:") as tar:
        yield from tar


def plain_header(block: bytes) -> tarfile.TarInfo | None:
    """The member a plain header block describes, exactly as ``tarfile.TarInfo.frombuf`` would make it; ``None``
    for anything else (left to ``tarfile``)."""
    try:
        (name, mode, uid, gid, size, mtime, checksum, kind, linkname, uname, gname, major, minor,
         prefix) = _FIELDS.unpack(block)
        if kind not in _PLAIN_TYPES:
            return None
        chksum = _octal(checksum)
        if chksum != sum(block) - sum(block[148:156]) + _CHECKSUM_SPACES:
            return None  # perhaps a signed-char checksum, or a damaged header: tarfile's call
        info = tarfile.TarInfo()
        info.mode, info.uid, info.gid = _octal(mode), _octal(uid), _octal(gid)
        info.size, info.mtime, info.chksum, info.type = _octal(size), _octal(mtime), chksum, kind
        info.devmajor, info.devminor = _octal(major), _octal(minor)
        encoding, errors = tarfile.ENCODING, "surrogateescape"  # a TarFile's defaults, as list_tar_gz opens it
        info.name = name.partition(b"\0")[0].decode(encoding, errors)
        info.linkname = linkname.partition(b"\0")[0].decode(encoding, errors)
        info.uname = uname.partition(b"\0")[0].decode(encoding, errors)
        info.gname = gname.partition(b"\0")[0].decode(encoding, errors)
        before = prefix.partition(b"\0")[0].decode(encoding, errors)
    except (ValueError, struct.error):  # a short block, base-256 or non-octal numbers, undecodable text
        return None
    if kind == tarfile.AREGTYPE and info.name.endswith("/"):
        info.type = tarfile.DIRTYPE  # the old V7 way of writing a folder
    if info.type == tarfile.DIRTYPE:
        info.name = info.name.rstrip("/")
    if before:
        info.name = f"{before}/{info.name}"
        if info.type == tarfile.DIRTYPE:  # tarfile strips a folder's slashes once more after joining
            info.name = info.name.rstrip("/")
    return info


def _octal(field: bytes) -> int:
    """An octal number field (NUL-terminated, space-padded); ``ValueError`` if it is not one."""
    if field[:1] in (b"\x80", b"\xff"):
        raise ValueError("a base-256 number")
    return int(field.partition(b"\0")[0].strip() or b"0", 8)
