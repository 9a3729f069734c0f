"""Builders for well-formed and hostile ZIP files, written byte by byte with ``struct``.

Nothing here is committed as a binary: every test builds its archive in ``tmp_path``.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

LOCAL = struct.Struct("<4s2B4HL2L2H")
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
EOCD = struct.Struct("<4s4H2LH")
EOCD64 = struct.Struct("<4sQ2H2L4Q")
LOCATOR = struct.Struct("<4sLQL")
S_IFLNK = 0o120000


@dataclass
class RawEntry:
    """One entry, with every field a hostile archive might lie about."""

    name: bytes
    data: bytes = b""  # the packed bytes as stored in the archive
    method: int = 0
    size: int | None = None  # declared uncompressed size (default: len(data), right for stored)
    crc: int | None = None  # default: CRC of data (right for stored)
    flags: int = 0
    external_attr: int = 0
    create_system: int = 3
    local_name: bytes | None = None  # name in the local header if different
    offset: int | None = None  # central directory's header offset override
    compress_size: int | None = None  # declared packed size override
    write_local: bool = True  # False: only a central directory entry (for overlap bombs)
    extra: bytes = field(default=b"")


def deflate(data: bytes, level: int = 9) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def deflated_entry(name: bytes, content: bytes, **kw: object) -> RawEntry:
    return RawEntry(name, deflate(content), 8, len(content), zlib.crc32(content), **kw)  # type: ignore[arg-type]


def _zip64_extra(extra: bytes, packed: int, size: int) -> tuple[bytes, int, int]:
    if size < 0xFFFFFFFF and packed < 0xFFFFFFFF:
        return extra, packed, size
    return extra + struct.pack("<HHQQ", 1, 16, size, packed), 0xFFFFFFFF, 0xFFFFFFFF


def raw_zip(entries: list[RawEntry], *, prefix: bytes = b"", suffix: bytes = b"", comment: bytes = b"",
            eocd_entries: int | None = None, eocd_cd_size: int | None = None) -> bytes:
    """Assemble local headers, data, central directory and end record exactly as told."""
    out = io.BytesIO()
    out.write(prefix)
    offsets: list[int] = []
    for e in entries:
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        packed = len(e.data) if e.compress_size is None else e.compress_size
        offsets.append(out.tell() - len(prefix))
        if e.write_local:
            lname = e.name if e.local_name is None else e.local_name
            extra, packed32, size32 = _zip64_extra(e.extra, packed, size)
            out.write(LOCAL.pack(b"PK\x03\x04", 20, 0, e.flags, e.method, 0, 0x21, crc, packed32, size32,
                                 len(lname), len(extra)))
            out.write(lname + extra + e.data)
    cd_start = out.tell() - len(prefix)
    for e, off in zip(entries, offsets, strict=True):
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        packed = len(e.data) if e.compress_size is None else e.compress_size
        header_offset = off if e.offset is None else e.offset
        extra, packed32, size32 = _zip64_extra(e.extra, packed, size)
        out.write(CENTRAL.pack(b"PK\x01\x02", 20, e.create_system, 20, 0, e.flags, e.method, 0, 0x21, crc,
                               packed32, size32, len(e.name), len(extra), 0, 0, 0, e.external_attr, header_offset))
        out.write(e.name + extra)
    cd_size = out.tell() - len(prefix) - cd_start
    count = len(entries) if eocd_entries is None else eocd_entries
    out.write(EOCD.pack(b"PK\x05\x06", 0, 0, count, count, cd_size if eocd_cd_size is None else eocd_cd_size,
                        cd_start, len(comment)))
    out.write(comment + suffix)
    return out.getvalue()


def full_overlap_bomb(n: int = 50, kernel_size: int = 10 << 20) -> bytes:
    """N directory entries sharing one local header and one Deflate kernel (Fifield's "full" overlap)."""
    kernel = b"\0" * kernel_size
    packed = deflate(kernel)
    first = RawEntry(b"0", packed, 8, kernel_size, zlib.crc32(kernel))
    others = [RawEntry(str(i).encode(), packed, 8, kernel_size, zlib.crc32(kernel), offset=0, write_local=False)
              for i in range(1, n)]
    return raw_zip([first, *others])


def quoted_overlap_bomb() -> bytes:
    """Entry A's stored data quotes entry B's local header and data; both are listed (CPython's quoted overlap)."""
    inner = RawEntry(b"b.txt", b"B" * 100)
    inner_bytes = raw_zip([inner])
    inner_local = inner_bytes[: LOCAL.size + len(inner.name) + len(inner.data)]
    outer = RawEntry(b"a.txt", inner_local)
    b_offset = LOCAL.size + len(outer.name)
    b = RawEntry(b"b.txt", b"B" * 100, offset=b_offset, write_local=False)
    return raw_zip([outer, b])


def overlap_with_directory() -> bytes:
    """An entry whose declared packed size runs into the central directory."""
    return raw_zip([RawEntry(b"a.txt", b"A" * 50, compress_size=400, size=400)])


def eocd_only(entries: int, cd_size: int, zip64: bool = False) -> bytes:
    """A tiny file whose end record claims ``entries`` entries and a ``cd_size`` directory."""
    if not zip64:
        return b"PK\x03\x04" + b"\0" * 60 + EOCD.pack(b"PK\x05\x06", 0, 0, min(entries, 0xFFFF),
                                                     min(entries, 0xFFFF), min(cd_size, 0xFFFFFFFF), 0, 0)
    body = b"PK\x03\x04" + b"\0" * 60
    rec_pos = len(body)
    rec = EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, cd_size, 0)
    loc = LOCATOR.pack(b"PK\x06\x07", 0, rec_pos, 1)
    return body + rec + loc + EOCD.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)


def write_many_members(path: Path, count: int) -> None:
    """Stream-write ``count`` empty stored members (the real 1M-member archive, ~100 MB)."""
    with path.open("wb") as f:
        central = io.BytesIO()
        offset = 0
        for i in range(count):
            name = f"{i:07d}".encode()
            f.write(LOCAL.pack(b"PK\x03\x04", 20, 0, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0) + name)
            central.write(CENTRAL.pack(b"PK\x01\x02", 45, 3, 20, 0, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0, 0, 0, 0,
                                       0, offset) + name)
            offset += LOCAL.size + len(name)
        cd = central.getvalue()
        f.write(cd)
        rec_pos = offset + len(cd)
        f.write(EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(cd), offset))
        f.write(LOCATOR.pack(b"PK\x06\x07", 0, rec_pos, 1))
        f.write(EOCD.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))


def plain_zip(path: Path, files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED, **kw: object) -> Path:
    with zipfile.ZipFile(path, "w", method, **kw) as z:  # type: ignore[arg-type]
        for name, data in files.items():
            z.writestr(name, data)
    return path


def zip_bytes(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def seven_zip() -> str | None:
    return shutil.which("7z") or shutil.which("7za")


def deflate64_zip(path: Path, source_dir: Path) -> Path:
    """A real Deflate64 archive of ``source_dir``'s files made by 7-Zip."""
    exe = seven_zip()
    assert exe, "7z is needed (apt-get install p7zip-full)"
    subprocess.run([exe, "a", "-tzip", "-mm=Deflate64", "-mx=9", str(path), "."], cwd=source_dir, check=True,
                   capture_output=True)
    return path


class _Bits:
    def __init__(self) -> None:
        self.acc = 0
        self.n = 0
        self.out = bytearray()

    def put(self, value: int, count: int) -> None:  # LSB-first, as Deflate packs bits
        self.acc |= value << self.n
        self.n += count
        while self.n >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.n -= 8

    def huff(self, code: int, length: int) -> None:  # Huffman codes go MSB-first
        self.put(int(f"{code:0{length}b}"[::-1], 2), length)

    def done(self) -> bytes:
        if self.n:
            self.out.append(self.acc & 0xFF)
        return bytes(self.out)


def deflate64_zeros(size: int) -> bytes:
    """A Deflate64 stream of ``size`` zero bytes: one fixed-Huffman block of 65,538-byte matches (~18,000:1).

    In Deflate64, length code 285 carries 16 extra bits (lengths 3..65,538); distance code 0 is distance 1.
    """
    bits = _Bits()
    bits.put(1, 1)  # BFINAL
    bits.put(1, 2)  # BTYPE = fixed Huffman
    bits.huff(0x30, 8)  # literal 0
    left = size - 1
    while left > 0:
        run = min(left, 65538)
        if run < 3:
            for _ in range(run):
                bits.huff(0x30, 8)
        else:
            bits.huff(0xC5, 8)  # length code 285 (280-287 are 8-bit codes 0xC0-0xC7)
            bits.put(run - 3, 16)
            bits.huff(0, 5)  # distance code 0: distance 1
        left -= run
    bits.huff(0, 7)  # end of block (256)
    return bits.done()


def deflate64_zip_of_zeros(size: int, name: bytes = b"zeros.csv", declared: int | None = None,
                           crc: int | None = None) -> bytes:
    """A ZIP whose one member is ``size`` zeros in Deflate64; ``declared`` may lie about the size."""
    if crc is None:
        crc = 0
        chunk = bytes(1 << 20)
        for _ in range(size // len(chunk)):
            crc = zlib.crc32(chunk, crc)
        crc = zlib.crc32(bytes(size % len(chunk)), crc)
    return raw_zip([RawEntry(name, deflate64_zeros(size), 9, size if declared is None else declared, crc)])


def sparse_zip64(path: Path, big: int = 2_200_000_000, count: int = 2, tail: bytes = b"after 4 GiB") -> None:
    """``count`` stored members of ``big`` zero bytes written as holes, then a small member whose local header
    sits beyond 4 GiB: exercises ZIP64 offsets and end records without writing gigabytes to disk."""
    crc_big = 0
    zero = bytes(1 << 20)
    for _ in range(big // len(zero)):
        crc_big = zlib.crc32(zero, crc_big)
    crc_big = zlib.crc32(bytes(big % len(zero)), crc_big)
    central = io.BytesIO()
    with path.open("wb") as f:
        members = [(f"big{i}.bin".encode(), big, crc_big, None) for i in range(count)]
        members.append((b"tail.txt", len(tail), zlib.crc32(tail), tail))
        for name, size, crc, data in members:
            offset = f.tell()
            f.write(LOCAL.pack(b"PK\x03\x04", 45, 0, 0, 0, 0, 0x21, crc, size, size, len(name), 0) + name)
            if data is None:
                f.seek(size, io.SEEK_CUR)
            else:
                f.write(data)
            extra = struct.pack("<HHQ", 1, 8, offset) if offset >= 0xFFFFFFFF else b""
            central.write(CENTRAL.pack(b"PK\x01\x02", 45, 3, 45, 0, 0, 0, 0, 0x21, crc, size, size, len(name),
                                       len(extra), 0, 0, 0, 0, min(offset, 0xFFFFFFFF)) + name + extra)
        cd_offset = f.tell()
        cd = central.getvalue()
        f.write(cd)
        rec_pos = f.tell()
        n = len(members)
        f.write(EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, len(cd), cd_offset))
        f.write(LOCATOR.pack(b"PK\x06\x07", 0, rec_pos, 1))
        f.write(EOCD.pack(b"PK\x05\x06", 0, 0, n, n, len(cd), 0xFFFFFFFF, 0))
