"""The whole-entry reader (ISA-L, Deflate64) gives zipfile's bytes, refuses what zipfile refuses, stays bounded."""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib

import pytest

from core.source import inflate
from core.source.inflate import OUT_STEP, can_inflate, cheap_to_peek, entry_head, inflated_chunks
from tests.core.source.builders import (
    RawEntry,
    deflate,
    deflate64_zip,
    deflate64_zip_of_zeros,
    deflated_entry,
    raw_zip,
    seven_zip,
)

pytestmark = pytest.mark.skipif(inflate.isal_zlib is None, reason="isal is a dependency")


def _read(archive: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        info = zf.getinfo(name)
        assert can_inflate(info)
        return b"".join(inflated_chunks(io.BytesIO(archive), info))


@pytest.fixture(params=["whole", "steps"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each Deflate entry read in one libdeflate call (``whole``) or in ISA-L steps (as an entry over
    ``WHOLE_MAX`` is)."""
    if request.param == "whole" and inflate.libdeflate is None:
        pytest.skip("deflate (libdeflate) is a dependency")
    if request.param == "steps":
        monkeypatch.setattr(inflate, "WHOLE_MAX", 0)
    return str(request.param)


@pytest.mark.parametrize("seed", range(12))
def test_same_bytes_as_zipfile(seed: int, path: str) -> None:
    rng = random.Random(seed)
    content = os.urandom(rng.randint(0, 70_000)) + b"ab" * rng.randint(0, 900_000) + os.urandom(rng.randint(0, 9))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=rng.randint(1, 9)) as zf:
        zf.writestr("before.txt", b"x" * rng.randint(0, 5000))
        zf.writestr("Voice/clip é.wav", content)
    archive = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        assert _read(archive, "Voice/clip é.wav") == zf.read("Voice/clip é.wav") == content


def test_every_call_is_bounded_and_the_total_is_the_declared_size(path: str) -> None:
    content = b"\0" * (6 * OUT_STEP + 5)  # ~6 MB from a few KB of packed data
    archive = raw_zip([deflated_entry(b"zeros.wav", content)])
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        sizes = [len(c) for c in inflated_chunks(io.BytesIO(archive), zf.getinfo("zeros.wav"))]
    assert sum(sizes) == len(content)
    # in steps: at most OUT_STEP per call; whole: one call, its buffer the declared size (WHOLE_MAX at most)
    if path == "steps":
        assert max(sizes) <= OUT_STEP
    else:
        assert sizes == [len(content)] and len(content) <= inflate.WHOLE_MAX


def test_only_a_small_entry_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    if inflate.libdeflate is None:
        pytest.skip("deflate (libdeflate) is a dependency")
    calls: list[int] = []
    real = inflate.libdeflate.deflate_decompress
    monkeypatch.setattr(inflate.libdeflate, "deflate_decompress", lambda data, size: calls.append(size) or
                        real(data, size))
    small, big = b"s" * 1000, b"\0" * (inflate.WHOLE_MAX + 1)  # big: a few KB packed, over the limit unpacked
    archive = raw_zip([deflated_entry(b"small.wav", small), deflated_entry(b"big.wav", big)])
    assert _read(archive, "small.wav") == small and _read(archive, "big.wav") == big
    assert calls == [len(small)]


@pytest.mark.parametrize("damage", ["crc", "longer", "shorter", "truncated", "garbage", "local name"])
def test_damage_is_refused_like_zipfile(damage: str, path: str) -> None:
    content = os.urandom(30_000) + b"z" * 200_000
    entry = deflated_entry(b"clip.wav", content)
    if damage == "crc":
        entry.crc = zlib.crc32(content) ^ 1
    elif damage == "longer":  # the stream holds more than the entry declares
        entry.size = len(content) - 100
    elif damage == "shorter":
        entry.size = len(content) + 100
    elif damage == "truncated":
        entry.data = entry.data[: len(entry.data) // 2]
    elif damage == "garbage":
        entry.data = entry.data[:100] + b"\xff" * 64 + entry.data[164:]
    else:
        entry.local_name = b"other.wav"
    archive = raw_zip([entry])
    with pytest.raises((zipfile.BadZipFile, EOFError, *inflate.INFLATE_ERRORS)):
        _read(archive, "clip.wav")
    if damage != "shorter":  # zipfile returns the short bytes; the reader's MemberStream refuses them too
        with zipfile.ZipFile(io.BytesIO(archive)) as zf, pytest.raises((zipfile.BadZipFile, EOFError, zlib.error)):
            zf.read("clip.wav")


def test_empty_entries_and_what_it_leaves_to_zipfile() -> None:
    archive = raw_zip([RawEntry(b"empty.wav", b"", 8, 0, 0), RawEntry(b"two.wav", deflate(b""), 8, 0, 0),
                       RawEntry(b"stored.wav", b"abc"), deflated_entry(b"locked.wav", b"abc", flags=1)])
    assert _read(archive, "empty.wav") == b"" == _read(archive, "two.wav")
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        assert not can_inflate(zf.getinfo("stored.wav")) and not can_inflate(zf.getinfo("locked.wav"))


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_entry_heads_are_zipfiles_first_bytes(tmp_path, method: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(method)
    files = {f"Voice/{i}.wav": os.urandom(rng.randint(0, 9000)) + b"q" * rng.randint(0, 9000) for i in range(40)}
    path = tmp_path / "heads.zip"
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with zipfile.ZipFile(path) as zf:
        for name, data in files.items():
            for limit in (0, 1, 44, 2048, 20_000):
                assert entry_head(zf.fp.fileno(), zf.getinfo(name), limit) == data[:limit]  # type: ignore[union-attr]


def test_a_cut_entry_head_is_refused_and_other_methods_are_left_to_zipfile(tmp_path) -> None:  # type: ignore[no-untyped-def]
    content = os.urandom(5000)
    cut = deflated_entry(b"cut.wav", content)
    cut.data = cut.data[:1000]
    path = tmp_path / "cut.zip"
    path.write_bytes(raw_zip([cut, RawEntry(b"lzma.wav", b"xx", 14, 2, 0)]))
    with zipfile.ZipFile(path) as zf:
        fd = zf.fp.fileno()  # type: ignore[union-attr]
        assert entry_head(fd, zf.getinfo("cut.wav"), 500) == content[:500]  # what a header probe needs is there
        with pytest.raises(EOFError):
            entry_head(fd, zf.getinfo("cut.wav"), 4000)
        assert entry_head(fd, zf.getinfo("lzma.wav"), 10) is None


@pytest.mark.skipif(seven_zip() is None, reason="7z missing")
def test_deflate64_entries_read_like_zipfile(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random(64)
    for i in range(6):
        (folder / f"{i}.wav").write_bytes(os.urandom(rng.randint(0, 90_000)) + b"la" * rng.randint(0, 200_000))
    path = deflate64_zip(tmp_path / "d64.zip", folder)
    with zipfile.ZipFile(path) as zf, open(path, "rb") as raw:
        for info in zf.infolist():
            assert info.compress_type == 9 and can_inflate(info)
            assert b"".join(inflated_chunks(raw, info)) == zf.read(info)


def test_deflate64_feeds_one_kib_and_stops_at_the_declared_size(monkeypatch: pytest.MonkeyPatch) -> None:
    archive = deflate64_zip_of_zeros(8 << 20, name=b"zeros.wav", declared=1 << 20)  # lies: 8 MiB inside
    given: list[int] = []
    real = inflate.Deflate64

    class Counting:
        def __init__(self) -> None:
            self.inner = real()

        def decompress(self, data: bytes) -> bytes:
            given.append(len(data))
            return self.inner.decompress(data)  # type: ignore[no-any-return]

        @property
        def eof(self) -> bool:
            return bool(self.inner.eof)

    monkeypatch.setattr(inflate, "Deflate64", Counting)
    with zipfile.ZipFile(io.BytesIO(archive)) as zf, pytest.raises(zipfile.BadZipFile, match="more bytes"):
        for _chunk in inflated_chunks(io.BytesIO(archive), zf.getinfo("zeros.wav")):
            pass
    assert given and max(given) <= 1024


@pytest.mark.skipif(seven_zip() is None, reason="7z missing")
def test_deflate64_packed_data_is_read_in_large_pieces_and_fed_in_one_kib(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.wav").write_bytes(bytes(random.Random(3).choices(b"abcdefghijklmnop", k=1_400_000)))
    path = deflate64_zip(tmp_path / "d64.zip", folder)
    reads: list[int] = []

    class CountingFile(io.FileIO):
        def read(self, size: int = -1) -> bytes:
            data = super().read(size)
            reads.append(len(data))
            return data

    with zipfile.ZipFile(path) as zf, CountingFile(path) as raw:
        info = zf.getinfo("long.wav")
        assert info.compress_type == 9 and info.compress_size > 2 * inflate.PACKED_STEP
        assert b"".join(inflated_chunks(raw, info)) == zf.read(info)  # type: ignore[arg-type]
    packed_reads = [n for n in reads if n > 1024]
    assert len(packed_reads) == -(-info.compress_size // inflate.PACKED_STEP)  # not one read per KiB
    assert max(packed_reads) <= inflate.PACKED_STEP


@pytest.mark.skipif(seven_zip() is None or inflate.inflate64 is None, reason="7z or inflate64 missing")
def test_deflate64_heads_decode_only_the_start(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random(9)
    (folder / "long.wav").write_bytes(bytes(rng.choices(b"abcdefgh", k=600_000)))  # ~230 KB packed
    path = deflate64_zip(tmp_path / "d64.zip", folder)
    read: list[int] = []
    real_pread = os.pread

    def counting(fd: int, n: int, offset: int) -> bytes:
        read.append(n)
        return real_pread(fd, n, offset)

    monkeypatch.setattr(inflate.os, "pread", counting)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("long.wav")
        assert info.compress_type == 9 and cheap_to_peek(info)
        assert entry_head(zf.fp.fileno(), info, 2048) == zf.read(info)[:2048]  # type: ignore[union-attr]
    assert max(read) <= 1024 and sum(read) < 8 * 1024  # not the ~400 KB zipfile-deflate64 would decode
