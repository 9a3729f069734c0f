"""Checks on a ZIP's structure made before anything is decompressed.

``read_end_record`` parses the end-of-central-directory record (and its ZIP64 form) from the file's tail,
so an archive claiming a million entries is refused before ``zipfile.ZipFile()`` builds a million objects.
``check_entries`` validates every directory entry (encryption, methods, sizes, ratios) and runs an
O(n log n) overlap check on the local headers (the non-recursive zip bomb, CVE-2024-0450), independent of
the Python build.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from core.errors import (
    EncryptedExport,
    ExportDamaged,
    ExportTooLarge,
    ImportCancelled,
    NotAZip,
    SplitArchive,
    UnsupportedArchive,
    ZipBomb,
)
from core.i18n import _
from core.source.budget import Budgets, Tally
from core.source.zipnames import NoteSink

EOCD = struct.Struct("<4s4H2LH")  # signature, disk, cd disk, entries on disk, entries, cd size, cd offset, comment
EOCD_SIG = b"PK\x05\x06"
LOCATOR = struct.Struct("<4sLQL")  # signature, disk with zip64 record, its offset, total disks
LOCATOR_SIG = b"PK\x06\x07"
EOCD64 = struct.Struct("<4sQ2H2L4Q")
EOCD64_SIG = b"PK\x06\x06"
LOCAL = struct.Struct("<4s2B4HL2L2H")  # as zipfile.structFileHeader
LOCAL_SIG = b"PK\x03\x04"
MIN_CD_ENTRY = 46
MAX_COMMENT = 1 << 16

#: Methods Dossier reads: stored, Deflate, Deflate64, bzip2, LZMA.
READABLE_METHODS = {0: "stored", 8: "Deflate", 9: "Deflate64", 12: "bzip2", 14: "LZMA"}
METHOD_NAMES = {93: "Zstandard", 95: "XZ", 96: "JPEG", 97: "WavPack", 98: "PPMd", 6: "Implode", 1: "Shrink"}
AES_METHOD = 99


@dataclass(frozen=True)
class EndRecord:
    """What the archive's tail declares, plus where the archive sits inside the file."""

    entries: int
    cd_size: int
    cd_offset: int  # absolute position of the central directory (prefix junk accounted for)
    prefix: int  # bytes before the archive proper (self-extractor stub, junk)
    trailing: int  # bytes after the end record and its comment
    zip64: bool


def _head_kind(head: bytes) -> str:
    if head[:4] in (b"PK\x07\x08", b"PK00"):
        return "split"
    if head[:4] == LOCAL_SIG:
        return "zip-start"
    return "other"


def read_end_record(fp: IO[bytes], file_size: int, budgets: Budgets) -> EndRecord:
    """Parse and sanity-check the end records; raise a typed refusal for anything a budget rejects."""
    if file_size == 0:
        raise NotAZip(_("This file is empty — it is not a ZIP archive."))
    fp.seek(0)
    head = _head_kind(fp.read(4))
    if head == "split":
        raise SplitArchive()
    tail_len = min(file_size, EOCD.size + MAX_COMMENT - 1)
    fp.seek(file_size - tail_len)
    tail = fp.read(tail_len)
    # Same search order as zipfile._EndRecData, so both agree on which record is "the" record.
    if len(tail) >= EOCD.size and tail[-EOCD.size:-EOCD.size + 4] == EOCD_SIG and tail[-2:] == b"\0\0":
        start = len(tail) - EOCD.size
    else:
        start = tail.rfind(EOCD_SIG)
        if start < 0 or start + EOCD.size > len(tail):
            if head == "zip-start":
                raise ExportDamaged(detail="no end-of-central-directory record")
            raise NotAZip(detail="no end-of-central-directory record")
    eocd_pos = file_size - tail_len + start
    _sig, disk, cd_disk, on_disk, entries, cd_size, cd_offset, comment_len = EOCD.unpack_from(tail, start)
    zip64 = False
    if eocd_pos >= LOCATOR.size:
        fp.seek(eocd_pos - LOCATOR.size)
        loc = fp.read(LOCATOR.size)
        if len(loc) == LOCATOR.size and loc[:4] == LOCATOR_SIG:
            _s, _d, _off, disks = LOCATOR.unpack(loc)
            if disks > 1:
                raise SplitArchive(detail="zip64 locator names several disks")
            rec_pos = eocd_pos - LOCATOR.size - EOCD64.size
            if rec_pos < 0:
                raise ExportDamaged(detail="zip64 end record outside the file")
            fp.seek(rec_pos)
            rec = fp.read(EOCD64.size)
            if len(rec) != EOCD64.size or rec[:4] != EOCD64_SIG:
                raise ExportDamaged(detail="zip64 end record missing")
            (_s, _size, _v1, _v2, disk, cd_disk, on_disk, entries, cd_size, cd_offset) = EOCD64.unpack(rec)
            zip64 = True
    if disk != 0 or cd_disk != 0 or on_disk != entries:
        raise SplitArchive(detail=f"disk {disk}, directory disk {cd_disk}")
    if entries > budgets.max_entries:
        raise ExportTooLarge(
            _("This archive lists {entries:,} files; Dossier opens at most {max_entries:,} — it is not a genuine "
              "export or it is damaged.").format(
                entries=entries, max_entries=budgets.max_entries), detail="entry budget")
    if cd_size > budgets.max_central_directory:
        raise ExportTooLarge(
            _("This archive's table of contents is {value:,.0f} MB — too large to be a genuine export.").format(
                value=cd_size / (1 << 20)), detail="central directory budget")
    if cd_size < entries * MIN_CD_ENTRY:
        raise ExportDamaged(detail=f"{entries} entries cannot fit in a {cd_size}-byte directory")
    cd_end = eocd_pos - (LOCATOR.size + EOCD64.size if zip64 else 0)
    prefix = cd_end - cd_size - cd_offset
    if prefix < 0:
        raise ExportDamaged(detail="central directory offset points past its end")
    trailing = max(0, file_size - (eocd_pos + EOCD.size + comment_len))
    return EndRecord(entries, cd_size, cd_offset + prefix, prefix, trailing, zip64)


CENTRAL_SIG = b"PK\x01\x02"
_LENGTHS = struct.Struct("<3H")  # name, extra and comment lengths at offset 28 of a directory entry


def count_directory(fp: IO[bytes], end: EndRecord, budgets: Budgets) -> int:
    """Walk the central directory's headers (no objects built) so an end record that understates the entry
    count cannot make ``zipfile`` build millions of entries; returns the number of entries found."""
    fp.seek(end.cd_offset)
    data = fp.read(end.cd_size)
    pos, count, limit = 0, 0, budgets.max_entries
    unpack = _LENGTHS.unpack_from
    while pos + MIN_CD_ENTRY <= len(data) and data[pos:pos + 4] == CENTRAL_SIG:
        name_len, extra_len, comment_len = unpack(data, pos + 28)
        pos += MIN_CD_ENTRY + name_len + extra_len + comment_len
        count += 1
        if count > limit:
            raise ExportTooLarge(
                _("This archive holds more than {limit:,} files — Dossier opens at most {limit:,}; it is not a "
                  "genuine export or it is damaged.").format(limit=limit), detail="entry budget (directory walk)")
    return count


@dataclass
class Entry:
    """A validated directory entry: where its data starts, or why it cannot be read."""

    info: zipfile.ZipInfo
    data_offset: int = -1
    problem: str = ""


def _method_name(method: int) -> str:
    return READABLE_METHODS.get(method) or METHOD_NAMES.get(method) or f"method {method}"


def _check_flags_and_sizes(info: zipfile.ZipInfo, budgets: Budgets, tally: Tally, notes: NoteSink,
                           label: str) -> str:
    """Refuse encrypted, unsupported or bomb-like entries; return why a member cannot be read (or "")."""
    flags, method = info.flag_bits, info.compress_type
    if flags & 0x1 or flags & 0x40 or method == AES_METHOD:
        raise EncryptedExport(detail=f"flags {flags:#06x}, method {method}")
    if flags & 0x20:
        raise UnsupportedArchive(detail="compressed patched data (flag bit 5)")
    if method not in READABLE_METHODS:
        raise UnsupportedArchive(
            _("This archive uses the {value} compression method, which Dossier cannot read — re-create it with "
              "ordinary ZIP compression.").format(value=_method_name(method)), detail=f"method {method}")
    if info.is_dir():
        return ""
    size, packed = info.file_size, info.compress_size
    name = f"{label}/{info.filename}"
    ratio = size / max(packed, 1)
    if size > budgets.ratio_min_size and budgets.ratio_refuse is not None and ratio > budgets.ratio_refuse:
        raise ZipBomb(_("This archive looks like a zip bomb: one file would expand {ratio:,.0f} times its packed "
                        "size.").format(ratio=ratio), detail=f"ratio {ratio:.0f}")
    if not tally.declare(size):
        raise ExportTooLarge(_("This export would expand to more than {value:,.0f} GB — larger than Dossier can "
                               "safely open.").format(value=tally.limit / (1 << 30)), detail="total size budget")
    if method == 0 and size != packed:
        notes.add("size", name, _("This file's stored and declared sizes differ; it is probably damaged."))
    if size > budgets.ratio_min_size and ratio > budgets.ratio_warn:
        notes.add("ratio", name, _("This file expands {ratio:,.0f} times — unusual for a genuine export.").format(
            ratio=ratio))
    return too_large_to_read(size, budgets, notes, name)


def too_large_to_read(size: int, budgets: Budgets, notes: NoteSink, name: str) -> str:
    """Why a member over ``budgets.max_member_size`` is listed but not read (with a note), else ``""``; for ZIP
    entries and ``.tgz`` members alike."""
    if size <= budgets.max_member_size:
        return ""
    notes.add("big", name, _("This file is {value:,.1f} GB — too large for Dossier to read; it is listed but "
                             "skipped.").format(value=size / (1 << 30)))
    return _("it is larger than {value} GB.").format(value=budgets.max_member_size >> 30)


def local_name_matches(info: zipfile.ZipInfo, raw: bytes) -> bool:
    """Whether an entry's local header names it as its central directory entry does."""
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    try:
        return raw == info.orig_filename.encode(encoding)
    except UnicodeEncodeError:
        return False


#: Bytes of name read with each local header (names are rarely longer; the rest is read when they are).
NAME_GUESS = 226


def _positional_reads(fp: IO[bytes]) -> Callable[[int, int], bytes]:
    """``read_at(offset, n)``: ``os.pread`` on a plain opened file (no seek that throws away its 8 KiB buffer
    for every entry), else seek and read."""
    if type(fp) is io.BufferedReader and hasattr(os, "pread"):
        fd = fp.fileno()
        return lambda offset, n: os.pread(fd, n, offset)

    def read_at(offset: int, n: int) -> bytes:
        fp.seek(offset)
        return fp.read(n)

    return read_at


def check_entries(fp: IO[bytes], infos: list[zipfile.ZipInfo], end: EndRecord, budgets: Budgets, tally: Tally,
                  notes: NoteSink, label: str, cancelled: Callable[[], bool]) -> list[Entry]:
    """Validate every entry and the layout of their data; raise a typed refusal for a hostile archive."""
    entries = [Entry(info) for info in infos]
    read_at = _positional_reads(fp)
    for n, entry in enumerate(entries):
        if n % 4096 == 0 and cancelled():
            raise ImportCancelled()
        entry.problem = _check_flags_and_sizes(entry.info, budgets, tally, notes, label)
    ordered = sorted(entries, key=lambda e: e.info.header_offset)
    previous_end, previous_name = end.prefix, ""
    for n, entry in enumerate(ordered):
        if n % 4096 == 0 and cancelled():
            raise ImportCancelled()
        info = entry.info
        offset = info.header_offset
        name = f"{label}/{info.filename}"
        if offset < previous_end - budgets.overlap_tolerance:
            raise ZipBomb(
                _("This archive looks like a zip bomb: several of its files share the same packed data."),
                detail=f"overlap at {offset} (previous entry {previous_name!r} ends at {previous_end})")
        if offset + LOCAL.size > end.cd_offset:
            raise ZipBomb(_("This archive looks like a zip bomb: a file's data overlaps the archive's table of "
                          "contents."), detail=f"header at {offset}")
        block = read_at(offset, LOCAL.size + NAME_GUESS)  # the header and, mostly, the whole name in one read
        header = block[:LOCAL.size]
        fields = LOCAL.unpack(header) if len(header) == LOCAL.size else None
        if fields is None or fields[0] != LOCAL_SIG:
            entry.problem = _("its header is missing or damaged.")
            notes.add("header", name, _("This file's header is damaged; the file cannot be read."))
            previous_end, previous_name = offset + LOCAL.size, info.filename
            continue
        name_len, extra_len = fields[10], fields[11]
        local_name = block[LOCAL.size:LOCAL.size + name_len]
        if len(local_name) < name_len:
            local_name += read_at(offset + LOCAL.size + len(local_name), name_len - len(local_name))
        if not local_name_matches(info, local_name):
            notes.add("local-name", name, _("This file has two different names inside the archive — it may not be "
                                          "a genuine export."))
        entry.data_offset = offset + LOCAL.size + name_len + extra_len
        data_end = entry.data_offset + info.compress_size
        if data_end > end.cd_offset + budgets.overlap_tolerance:
            raise ZipBomb(_("This archive looks like a zip bomb: a file's data overlaps the archive's table of "
                          "contents."), detail=f"data of {info.filename!r} ends at {data_end}")
        previous_end, previous_name = data_end, info.filename
    return entries
