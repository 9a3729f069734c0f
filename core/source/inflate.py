"""Whole reads of Deflate and Deflate64 ZIP entries without zipfile's layers, for the clip fingerprint pass.

Inflating the clips is most of a full scan's work. A Deflate entry of at most ``WHOLE_MAX`` (every voice
clip) goes to libdeflate (PyPI ``deflate``, MIT) in one call: its packed bytes read at once, its output buffer
the declared size — more is an error, never a bigger buffer. On the benchmark's clips that is 1.3–1.5× ISA-L's
rate. A bigger entry goes to ISA-L (PyPI ``isal``, PSF licence), which inflates audio 1.5–1.9× as fast as zlib and
computes CRC-32 7× as fast. ISA-L cannot sit behind ``zipfile.ZipExtFile``: it keeps packed input inside (its
``unconsumed_tail`` stays empty), so zipfile would take the entry for finished after the last packed read and
``flush()`` the rest in one unbounded call. This reader drives it itself, with the same limits as every other
read (``core.source.memberstream``): packed reads of 256 KiB within the declared packed size, at most 1 MiB out
per call, never more than the declared size. Either way the entry's CRC-32 is checked at its end.

Deflate64 goes to the same decoder zipfile uses, 1 KiB of packed data per call as everywhere, but without
zipfile's per-call Python layers (worker throughput 98 → ~140 MB/s, the decoder's own rate; the
``inflate64`` package decodes no faster here). It only reads entries the listing already checked
(``core.source.zipscan``); anything else — other methods, encryption — goes through zipfile as before.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO, cast

from zipfile_deflate64.deflate64 import Deflate64

from core.source.budget import SMALL_STEP
from core.source.zipscan import LOCAL, LOCAL_SIG, local_name_matches

try:  # Deflate64 that emits output as it decodes: a clip's first bytes without decoding all of it
    import inflate64
except ImportError:  # pragma: no cover - a dependency; without it zipfile reads Deflate64 heads
    inflate64 = None  # type: ignore[assignment]

try:
    from isal import isal_zlib
except ImportError:  # pragma: no cover - the package is a dependency; without it zipfile reads every entry
    isal_zlib = None  # type: ignore[assignment]

try:  # libdeflate: a whole small entry in one call, 1.3-1.5x ISA-L's rate on the benchmark's clips
    import deflate as libdeflate
except ImportError:  # pragma: no cover - a dependency; without it ISA-L inflates every entry in steps
    libdeflate = None  # type: ignore[assignment]

PACKED_STEP = 256 << 10
OUT_STEP = 1 << 20
HEAD_STEP = 4 << 10  # packed bytes per read for a header probe (zipfile's own minimum)
#: A Deflate entry whose packed and declared sizes are both at most this is inflated in one libdeflate call
#: (a voice clip: 0.1-2 MB); its output can never exceed the declared size, which the listing budgeted.
WHOLE_MAX = 8 << 20
DEFLATE64 = 9
ENCRYPTED, PATCHED, STRONG = 0x1, 0x20, 0x40
PEEKABLE = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) + ((DEFLATE64,) if inflate64 is not None else ())
#: What this reader raises for a damaged entry (``core.source.memberstream.member_error`` words it).
_crc32 = isal_zlib.crc32 if isal_zlib is not None else zlib.crc32
INFLATE_ERRORS: tuple[type[BaseException], ...] = (
    (cast(type[BaseException], isal_zlib.error),) if isal_zlib is not None else ())


def can_inflate(info: zipfile.ZipInfo) -> bool:
    """Whether :func:`inflated_chunks` reads this entry: Deflate (with ISA-L installed) or Deflate64."""
    method = info.compress_type
    return ((method == zipfile.ZIP_DEFLATED and isal_zlib is not None) or method == DEFLATE64) \
        and not info.flag_bits & (ENCRYPTED | PATCHED | STRONG)


def inflated_chunks(file: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The entry's bytes from ``file`` (the ZIP, opened ``"rb"``), never more than it declares, CRC checked.

    Raises ``zipfile.BadZipFile``/``EOFError``/the decoder's error for a damaged entry, as zipfile would.
    """
    if info.file_size == 0 and info.compress_size == 0:  # some writers store an empty file as no data at all
        return
    _seek_to_data(file, info)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        chunks = _deflate64(file, info.compress_size)
    elif libdeflate is not None and max(info.compress_size, info.file_size) <= WHOLE_MAX:
        chunks = _whole(file, info.compress_size, info.file_size)
    else:
        chunks = _isal(file, info.compress_size)
    produced, crc = 0, 0
    for out in chunks:
        produced += len(out)
        if produced > info.file_size:
            raise zipfile.BadZipFile("more bytes than declared")
        crc = _crc32(out, crc)
        yield out
    if produced != info.file_size:
        raise EOFError("member ended before its declared size")
    if crc != info.CRC:
        raise zipfile.BadZipFile(f"Bad CRC-32 for file {info.filename!r}")


def _data_start(header: bytes, info: zipfile.ZipInfo) -> tuple[int, int]:
    """``(offset of the packed data, name length)`` from an entry's local header; ``BadZipFile`` if it is none."""
    fields = LOCAL.unpack(header) if len(header) == LOCAL.size else None
    if fields is None or fields[0] != LOCAL_SIG:
        raise zipfile.BadZipFile("Bad magic number for file header")
    name_length, extra_length = fields[10], fields[11]
    return info.header_offset + LOCAL.size + name_length + extra_length, name_length


def _seek_to_data(file: BinaryIO, info: zipfile.ZipInfo) -> None:
    """Check the entry's local header and name (as zipfile does) and move ``file`` to its packed data."""
    file.seek(info.header_offset)
    start, name_length = _data_start(file.read(LOCAL.size), info)
    if not local_name_matches(info, file.read(name_length)):
        raise zipfile.BadZipFile(f"File name in directory {info.orig_filename!r} and header differ.")
    file.seek(start)


def _whole(file: BinaryIO, packed_size: int, declared: int) -> Iterator[bytes]:
    """Deflate through libdeflate in one call: the packed data read at once, at most ``declared`` bytes out
    (more is an error, never a bigger buffer; fewer is caught by the caller's size check)."""
    assert libdeflate is not None
    packed = file.read(packed_size)
    if len(packed) < packed_size:
        raise EOFError("compressed data ended before the end-of-stream marker")
    try:
        out = libdeflate.deflate_decompress(packed, declared)
    except libdeflate.DeflateError as exc:  # damaged, cut short, or more bytes than declared
        raise zipfile.BadZipFile(f"damaged data or more bytes than declared ({exc})") from None
    if out:
        yield bytes(out)  # a copy (~1% of the decode) keeps every chunk an immutable bytes


def _isal(file: BinaryIO, left: int) -> Iterator[bytes]:
    """Deflate through ISA-L: 256 KiB packed reads, at most 1 MiB out per call."""
    assert isal_zlib is not None
    inflater = isal_zlib.decompressobj(-15)
    tail = b""
    while not inflater.eof:
        packed = file.read(min(PACKED_STEP, left)) if left > 0 else b""
        left -= len(packed)
        data = tail + packed if tail else packed
        progressed = False
        while True:  # ISA-L holds input inside: ask again until a call gives nothing
            out = inflater.decompress(data, OUT_STEP)
            data = inflater.unconsumed_tail
            if not out:
                break
            progressed = True
            yield out
            if inflater.eof:
                break
        tail = data
        if not packed and not progressed and not inflater.eof:
            raise EOFError("compressed data ended before the end-of-stream marker")


def _deflate64(file: BinaryIO, left: int) -> Iterator[bytes]:
    """Deflate64 (zipfile-deflate64's decoder, which takes no output limit): fed 1 KiB of packed data per
    call, the rule every Deflate64 read follows (``core.source.budget.SMALL_STEP``). The packed data is read
    in 256 KiB pieces and handed over as views (no read call and no copy per KiB: a few per cent of a clip's
    decoding)."""
    decoder = Deflate64()
    while left > 0 and not decoder.eof:
        packed = memoryview(file.read(min(PACKED_STEP, left)))
        if not packed:
            break
        left -= len(packed)
        for start in range(0, len(packed), SMALL_STEP):
            if out := decoder.decompress(packed[start:start + SMALL_STEP]):
                yield out
            if decoder.eof:
                break
    if not decoder.eof:
        raise EOFError("compressed data ended before the end-of-stream marker")


def cheap_to_peek(info: zipfile.ZipInfo) -> bool:
    """Whether :func:`entry_head` reads the entry's first bytes without decoding much more of it."""
    return info.compress_type in PEEKABLE and not info.flag_bits & (ENCRYPTED | PATCHED | STRONG)


def entry_head(fd: int, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The first ``limit`` bytes of an entry, read with ``os.pread`` (no shared file position).

    Stored, Deflate and — with ``inflate64``, which emits output as it decodes, where zipfile-deflate64 emits
    a block only at its end — Deflate64 (1 KiB of packed data per call, as every Deflate64 read). ``None`` when
    zipfile should read it (other methods, encryption, no ``os.pread``). Nothing past these bytes is decoded,
    so no CRC can be checked (as with zipfile).
    """
    if not hasattr(os, "pread") or not cheap_to_peek(info):
        return None
    start, _name_length = _data_start(os.pread(fd, LOCAL.size, info.header_offset), info)
    want = min(limit, info.file_size)
    if info.compress_type == zipfile.ZIP_STORED:
        data = os.pread(fd, want, start)
    else:
        data = b"".join(_head_chunks(fd, info, start, want))[:want]
    if len(data) < want:
        raise EOFError("member ended before its declared size")
    return data


def _head_chunks(fd: int, info: zipfile.ZipInfo, offset: int, want: int) -> Iterator[bytes]:
    """Decoded bytes from the start of the packed data at ``offset`` until ``want`` bytes came out."""
    deflate = info.compress_type == zipfile.ZIP_DEFLATED
    inflater = zlib.decompressobj(-15) if deflate else None
    decoder = None if deflate or inflate64 is None else inflate64.Inflater()
    got, left, tail = 0, info.compress_size, b""
    while got < want and left > 0:
        packed = os.pread(fd, min(left, HEAD_STEP if deflate else SMALL_STEP), offset)
        if not packed:
            return
        offset, left = offset + len(packed), left - len(packed)
        if inflater is not None:
            out = inflater.decompress(tail + packed, want - got)
            tail, done = inflater.unconsumed_tail, inflater.eof
        else:
            assert decoder is not None
            out, done = decoder.inflate(packed), decoder.eof
        got += len(out)
        yield out
        if done:
            return
