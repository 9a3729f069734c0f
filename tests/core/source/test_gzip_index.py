"""The gzip reader behind ``.tgz`` exports: one ordered pass with seek points, then exact random reads."""

from __future__ import annotations

import gzip
import itertools
import random
import zlib
from pathlib import Path

import pytest

from core.source import gzip_index
from core.source.gzip_index import ReadAhead, SeekableGzip

SPACING = 64 * 1024


def payload(size: int, seed: int = 7) -> bytes:
    """Half compressible text, half noise: blocks of both kinds, matches reaching back across points."""
    rng = random.Random(seed)
    words = [rng.randbytes(rng.randint(3, 12)) for _ in range(400)]
    out = bytearray()
    while len(out) < size:
        out += rng.randbytes(4096) if rng.random() < 0.3 else b" ".join(rng.choices(words, k=300))
    return bytes(out[:size])


def listed(path: Path, spacing: int = SPACING) -> tuple[SeekableGzip, bytes]:
    """The file read once in order through the read-ahead (as the listing does), and the bytes it gave."""
    stream = SeekableGzip(str(path), spacing)
    ahead = ReadAhead(stream)
    parts: list[bytes] = []
    while ahead.feed(100_000, lambda view: parts.append(bytes(view))):  # data as the listing hashes it
        pass
    ahead.close()
    return stream, b"".join(parts)


@pytest.mark.parametrize("members", [1, 3])
def test_random_reads_equal_the_data(tmp_path: Path, members: int) -> None:
    data = payload(3_000_000)
    cuts = [len(data) * i // members for i in range(members + 1)]
    path = tmp_path / "x.gz"
    path.write_bytes(b"".join(gzip.compress(data[a:b], mtime=0) for a, b in itertools.pairwise(cuts)))
    stream, whole = listed(path)
    assert whole == data
    assert len(stream.points) >= len(data) // SPACING
    rng = random.Random(1)
    for _ in range(200):
        offset, n = rng.randrange(len(data) + 10), rng.choice([0, 1, 511, 70_000, 300_000])
        assert stream.read_at(offset, n) == data[offset:offset + n]
    stream.close()


def test_reading_on_continues_from_the_last_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A member read in steps does not go back to a seek point for every step."""
    data = payload(1_000_000)
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(data, mtime=0))
    stream, _whole = listed(path, spacing=1 << 20)
    started: list[int] = []
    real = gzip_index.Inflater.__init__

    def counting(self: gzip_index.Inflater, *args: object, **kw: object) -> None:
        started.append(1)
        real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(gzip_index.Inflater, "__init__", counting)
    got = b"".join(stream.read_at(offset, 64 * 1024) for offset in range(100_000, len(data), 64 * 1024))
    assert got == data[100_000:] and len(started) == 1
    assert stream.read_at(5, 10) == data[5:15] and len(started) == 2  # backwards: from a point again
    stream.close()


def test_a_cut_stream_fails_when_its_end_is_read(tmp_path: Path) -> None:
    data = payload(400_000)
    packed = gzip.compress(data, mtime=0)
    path = tmp_path / "cut.gz"
    path.write_bytes(packed[: len(packed) // 2])
    ahead = ReadAhead(SeekableGzip(str(path), SPACING))
    with pytest.raises(EOFError):
        while ahead.feed(50_000, len):
            pass
    with pytest.raises(EOFError):  # and again: it does not wait for a thread that has ended
        ahead.read(1)
    ahead.close()


def test_a_wrong_checksum_is_found_at_the_end(tmp_path: Path) -> None:
    packed = bytearray(gzip.compress(payload(200_000), mtime=0))
    packed[-6] ^= 0xFF  # the trailer's CRC-32
    path = tmp_path / "crc.gz"
    path.write_bytes(bytes(packed))
    ahead = ReadAhead(SeekableGzip(str(path), SPACING))
    with pytest.raises(zlib.error):
        while ahead.feed(50_000, len):
            pass
    ahead.close()


def test_the_read_ahead_only_moves_forward_and_stops_when_closed(tmp_path: Path) -> None:
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(payload(3_000_000), mtime=0))
    ahead = ReadAhead(SeekableGzip(str(path), SPACING))
    assert len(ahead.read(1000)) == 1000 and ahead.seek(5000) == 5000 and ahead.tell() == 5000
    with pytest.raises(OSError):
        ahead.seek(10)
    ahead.close()  # the thread is waiting to hand over a chunk: it stops
    assert ahead.produced <= (gzip_index.AHEAD + 2) * gzip_index.OUT_STEP


def test_points_inside_long_matches_read_exactly(tmp_path: Path) -> None:
    """A point taken where zlib still holds output of a long match (limited output) restarts exactly there."""
    rng = random.Random(5)
    data = b"".join(bytes([rng.randrange(256)]) * rng.randint(300, 5000) + rng.randbytes(20) for _ in range(400))
    path = tmp_path / "runs.gz"
    path.write_bytes(gzip.compress(data, mtime=0))
    stream, whole = listed(path, spacing=777)
    assert whole == data and len(stream.points) > 100
    probe = SeekableGzip(str(path), 777)
    inflater, moved = gzip_index.Inflater(probe.fd), 0
    while inflater.read(100):  # output cut every 100 bytes: often inside a match
        probe.add_point(inflater)
        moved += probe.points[-1].out_pos != inflater.out_pos  # zlib held output back: the point moved on
    assert moved > 10
    for point in probe.points[::11]:
        probe._cursor = None  # each read from its point
        assert probe.read_at(point.out_pos, 3000) == data[point.out_pos:point.out_pos + 3000]
    probe.close()
    assert all(not p.state.unconsumed_tail for p in stream.points)  # no compressed bytes kept per point
    for point in stream.points[::11]:
        for offset in (point.out_pos, point.out_pos + 1, max(0, point.out_pos - 1)):
            assert stream.read_at(offset, 3000) == data[offset:offset + 3000]
    stream.close()


def test_reads_for_one_members_headers_are_bounded(tmp_path: Path) -> None:
    """``read`` serves tar headers: more than ``MAX_READ`` for one member is refused (``OversizedRead``) before
    it is gathered; ``next_member`` starts the count again."""
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(bytes(3 * gzip_index.MAX_READ), mtime=0))
    ahead = ReadAhead(SeekableGzip(str(path), SPACING))
    with pytest.raises(gzip_index.OversizedRead):
        ahead.read(gzip_index.MAX_READ + 1)
    assert len(ahead.read(gzip_index.MAX_READ - 512)) == gzip_index.MAX_READ - 512
    with pytest.raises(gzip_index.OversizedRead):
        ahead.read(1024)
    ahead.next_member()
    assert len(ahead.read(1024)) == 1024
    ahead.close()
