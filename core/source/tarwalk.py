"""A tar's members in order from the read-ahead, the common headers parsed here and every other one by ``tarfile``.

Listing a Takeout ``.tgz`` reads one header per member, thousands of them, while a thread decompresses the
stream; ``tarfile`` spends ~40 µs of interpreter time on each (its header parse, its member bookkeeping), and
the decompressing thread waits for the interpreter meanwhile. Most headers are *plain*: one 512-byte block, a
file, folder or link type, octal numbers and the usual checksum. Those are parsed here, into the same
``TarInfo`` ``tarfile`` would make — and so is a plain header after a pax header whose records are all
well-formed UTF-8 that ``tarfile`` reads one way only (a non-ASCII or long name is written so by many tar
programs). At the first header that is neither — a GNU long-name header, a sparse file, a global pax header,
base-256 numbers, any checksum, record or field ``tarfile`` would judge, the end-of-archive blocks — the rest of
the archive is handed to ``tarfile`` itself from that header on, so everything beyond the common case keeps
``tarfile``'s own rules (and its errors).
"""

from __future__ import annotations

import re
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
_WALKED_TYPES = _PLAIN_TYPES | {tarfile.XHDTYPE}  # and a pax header, read on to the plain header after it
_CHECKSUM_SPACES = 8 * 0x20  # the checksum field counts as eight spaces
MAX_PAX = 64 * 1024  # a bigger pax header is left to tarfile (and to the read-ahead's header budget)
_RECORD = re.compile(rb"([1-9][0-9]{0,5}) ([A-Za-z0-9._]+)=")  # "<length> <keyword>=<value>\n", plain keywords
_DIGITS = re.compile(r"[0-9]+")
_NUMBER = {"size": _DIGITS, "uid": _DIGITS, "gid": _DIGITS, "mtime": re.compile(r"[0-9]+(\.[0-9]+)?")}
_TEXT = {"path": "name", "linkpath": "linkname", "uname": "uname", "gname": "gname"}


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
        info, read = plain_header(block, _WALKED_TYPES), block
        if info is not None and info.type == tarfile.XHDTYPE:
            info, read = _after_pax(reader, info, block)
        if info is None:
            reader.unread(read)
            break
        info.offset, info.offset_data = start, start + len(read)
        yield info
        end = info.offset_data + (-(-info.size // BLOCK) * BLOCK if info.isreg() else 0)
        if reader.tell() != end:  # past the data the caller left, checking its last byte is there, as tarfile does
            reader.seek(end - 1)
            if reader.tell() != end - 1 or not reader.read(1):
                raise tarfile.ReadError("unexpected end of data")
    with tarfile.open(fileobj=cast(Any, reader), mode="r:") as tar:
        yield from tar


def plain_header(block: bytes, kinds: frozenset[bytes] = _PLAIN_TYPES) -> tarfile.TarInfo | None:
    """The member a plain header block describes, exactly as ``tarfile.TarInfo.frombuf`` would make it; ``None``
    for anything else (left to ``tarfile``)."""
    try:
        (name, mode, uid, gid, size, mtime, checksum, kind, linkname, uname, gname, major, minor,
         prefix) = _FIELDS.unpack(block)
        if kind not in kinds:
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


def _after_pax(reader: ForwardReader, head: tarfile.TarInfo, block: bytes) -> tuple[tarfile.TarInfo | None, bytes]:
    """The member a pax header (``head``, read from ``block``) and the plain header after it describe, as
    ``tarfile`` makes it, and every byte read for it; ``None`` if the records are not all plain (the caller puts
    the bytes back)."""
    if not 0 < head.size <= MAX_PAX:
        return None, block
    records = reader.read(-(-head.size // BLOCK) * BLOCK)
    following = reader.read(BLOCK)
    read = block + records + following
    fields = _pax_records(records, head.size)
    if fields is None or (info := plain_header(following)) is None:
        return None, read
    for keyword, value in fields.items():
        if keyword in _NUMBER:
            setattr(info, keyword, float(value) if keyword == "mtime" else int(value))
        elif keyword in _TEXT:
            setattr(info, _TEXT[keyword], value.rstrip("/") if keyword == "path" else value)
    info.pax_headers = dict(fields)
    return info, read


def _pax_records(data: bytes, size: int) -> dict[str, str] | None:
    """A pax header's records when each is well-formed, UTF-8, and read by ``tarfile`` one way only (no
    character-set or sparse-file records, numbers in plain digits); else ``None``."""
    if data[size:].strip(b"\0") or b"hdrcharset" in data or b"GNU.sparse" in data:
        return None
    fields: dict[str, str] = {}
    pos = 0
    while pos < size:
        match = _RECORD.match(data, pos)
        if match is None:
            return None
        end = pos + int(match.group(1))
        if end > size or end <= match.end() or data[end - 1:end] != b"\n":
            return None  # a record without its newline: some tarfile versions read it as if it had one, others refuse
        try:
            keyword, value = match.group(2).decode("ascii"), data[match.end():end - 1].decode("utf-8")
        except UnicodeDecodeError:
            return None
        if keyword in _NUMBER and not _NUMBER[keyword].fullmatch(value):
            return None
        fields[keyword] = value
        pos = end
    return fields
