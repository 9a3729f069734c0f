"""A gzip stream read in place, once in order and then at random, with seek points made on the way.

One pass decompresses the stream in order (``ReadAhead``: a thread beside the reading thread's parse and hashes,
``AHEAD`` pieces ahead of it at most, ``WARM_AHEAD`` before it starts), keeping a seek point every ``spacing``
bytes of output: the compressed offset and a copy of the decoder's state (``Decompress.copy()``, ~40 KiB). A later
read at any offset (``SeekableGzip.read_at``) restarts from the nearest point before it and decompresses at most one
spacing more, or goes on from where the previous read stopped. The decoder is zlib-ng (PyPI ``zlib-ng``: zlib's API,
copyable states included; it lets go of the interpreter while it decompresses, in ~0.7 of the standard zlib's CPU);
its errors are raised as ``zlib.error``. Gzip members one after another (``cat a.gz b.gz``) read as one stream.
"""

from __future__ import annotations

import bisect
import os
import queue
import threading
import zlib
from collections.abc import Callable
from typing import NamedTuple, cast

from zlib_ng import zlib_ng

from core.source.budget import MiB

PACKED_STEP = 1 * MiB  # compressed bytes read per call of a random read
OUT_STEP = 1 * MiB  # most output one call of a random read produces
PASS_STEP = 8 * MiB  # the pass: bytes per read and most output per call (a Takeout listed in ~80% of 1 MiB's time)
FINE_SPACING = 256 * 1024  # a random read leaves points this far apart in the stretch it decompressed …
MAX_FINE = 256  # … and the most recently used of them are kept (~45 KiB each: ~11 MiB at most)
MAX_READ = 1 * MiB  # most ``ReadAhead.read`` gives for one member's headers (pax records, long names: far smaller)
AHEAD = 2  # pieces of PASS_STEP the decompressing thread may hold ready in front of the reader …
WARM_AHEAD = 16  # … and before the reader starts, while its thread does other work (``ReadAhead.settle``)
GZIP = 16 + zlib.MAX_WBITS  # zlib reads the gzip header and checks its trailer (CRC-32, length)
DECODER_ERROR = cast("type[Exception]", zlib_ng.error)  # its stub declares it an instance


def _new_state() -> zlib._Decompress:
    """A fresh decoder for a gzip stream: zlib-ng's, typed as zlib's (its stub leaves out ``copy``)."""
    return cast("zlib._Decompress", zlib_ng.decompressobj(GZIP))


class OversizedRead(ValueError):
    """A read asked the read-ahead for more than it gives in one piece (a tar header claiming gigabytes)."""


class Inflater:
    """zlib over the file from a compressed offset: ``read`` gives the next output, ``in_pos``/``out_pos`` where
    it stands (``in_pos`` is the first compressed byte zlib has not taken)."""

    def __init__(self, fd: int, in_pos: int = 0, out_pos: int = 0, state: zlib._Decompress | None = None,
                 packed_step: int = PACKED_STEP) -> None:
        self.fd, self.in_pos, self.out_pos, self.packed_step = fd, in_pos, out_pos, packed_step
        self.state = state.copy() if state is not None else _new_state()
        self.tail = b""  # compressed bytes from in_pos that zlib has not taken yet

    def read(self, limit: int = OUT_STEP) -> bytes:
        """Up to ``limit`` bytes of output; ``b""`` at the end of the stream. zlib errors and ``EOFError`` (the
        stream ends inside a member) mean a damaged file."""
        try:
            while True:
                if self.state.eof:  # a member ended: another may follow
                    self.tail = self.tail or os.pread(self.fd, self.packed_step, self.in_pos)
                    if not self.tail:
                        return b""
                    self.state = _new_state()
                data = self.tail or os.pread(self.fd, self.packed_step, self.in_pos)
                out = self.state.decompress(data, limit)  # no data: the file ends, only output zlib holds may come
                self.tail = self.state.unused_data if self.state.eof else self.state.unconsumed_tail
                self.in_pos += len(data) - len(self.tail)
                if out:
                    self.out_pos += len(out)
                    return out
                if not data:
                    raise EOFError("the gzip stream ends before its end marker")
        except DECODER_ERROR as exc:
            raise zlib.error(str(exc)) from None


class SeekPoint(NamedTuple):
    out_pos: int
    in_pos: int
    state: zlib._Decompress  # never used directly: each read starts from a copy


class SeekableGzip:
    """Random reads of one gzip file through its seek points; reads are serialised by a lock."""

    def __init__(self, path: str, spacing: int) -> None:
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self.spacing = spacing
        self.points: list[SeekPoint] = []
        self._offsets: list[int] = []  # the points' out_pos, for bisect
        self._fine: dict[int, SeekPoint] = {}  # points left by random reads, by out_pos, least recently used first
        self._fine_offsets: list[int] = []  # their out_pos, sorted
        self.lock = threading.Lock()
        self._cursor: Inflater | None = None

    def add_point(self, inflater: Inflater) -> None:
        """A point where the in-order pass's ``inflater`` stands."""
        point = _point_at(inflater)
        if self._offsets and point.out_pos < self._offsets[-1]:
            raise ValueError("seek points are added in order")
        self.points.append(point)
        self._offsets.append(point.out_pos)

    def _nearest(self, offset: int) -> SeekPoint:
        """The point closest before ``offset``: the pass's, or one a read left nearer to it."""
        point = self.points[max(0, bisect.bisect_right(self._offsets, offset) - 1)] \
            if self.points else SeekPoint(0, 0, _new_state())
        i = bisect.bisect_right(self._fine_offsets, offset) - 1
        if i >= 0 and self._fine_offsets[i] > point.out_pos:
            key = self._fine_offsets[i]
            point = self._fine[key] = self._fine.pop(key)  # now the most recently used
        return point

    def _leave_point(self, cursor: Inflater) -> None:
        """Keep a point where a random read's ``cursor`` stands (reads that go backwards through a stretch, as a
        newest-first list of clips does, restart from it instead of from the pass's point before the stretch)."""
        i = bisect.bisect_right(self._fine_offsets, cursor.out_pos)
        if any(abs(kept - cursor.out_pos) < FINE_SPACING // 2 for kept in self._fine_offsets[max(0, i - 1):i + 1]):
            return  # one is kept there already
        point = _point_at(cursor)
        self._fine[point.out_pos] = point
        bisect.insort(self._fine_offsets, point.out_pos)
        if len(self._fine) > MAX_FINE:
            oldest = next(iter(self._fine))
            del self._fine[oldest]
            self._fine_offsets.remove(oldest)

    def read_at(self, offset: int, n: int) -> bytes:
        """``n`` bytes of output from ``offset`` (fewer at the end of the stream)."""
        with self.lock:
            point = self._nearest(offset)
            cursor = self._cursor
            if cursor is None or not point.out_pos <= cursor.out_pos <= offset:
                cursor = Inflater(self.fd, point.in_pos, point.out_pos, point.state)
            self._cursor = None  # a read that fails leaves no half-moved cursor behind
            while cursor.out_pos < offset:
                if not cursor.read(min(offset - cursor.out_pos, FINE_SPACING - cursor.out_pos % FINE_SPACING)):
                    return b""
                if cursor.out_pos < offset and cursor.out_pos - point.out_pos >= FINE_SPACING:
                    self._leave_point(cursor)
            parts, got = [], 0
            while got < n:
                chunk = cursor.read(min(n - got, OUT_STEP))
                if not chunk:
                    break
                parts.append(chunk)
                got += len(chunk)
            self._cursor = cursor
            return b"".join(parts)

    def close(self) -> None:
        with self.lock:
            if self.fd >= 0:
                os.close(self.fd)
                self.fd = -1


def _point_at(inflater: Inflater) -> SeekPoint:
    """A point where ``inflater`` stands. The copy is given no input, which lets go of the compressed bytes its
    original still holds and emits any output zlib kept back (≤ 258 bytes)."""
    state = inflater.state.copy()
    held = state.decompress(b"") if not state.eof else b""
    return SeekPoint(inflater.out_pos + len(held), inflater.in_pos, state)


class ReadAhead:
    """The stream in order, decompressed by a thread into a short queue, seek points kept on the way.

    A file-like reader for ``tarfile`` (``read``, ``tell``, forward ``seek``) plus ``feed`` and ``take`` (the next
    bytes into a hash, or as a view, without copying them)."""

    def __init__(self, stream: SeekableGzip, depth: int = AHEAD) -> None:
        self.stream, self.pos = stream, 0
        self.produced, self.packed = 0, 0  # how far the thread has got: its output, the compressed bytes it took
        self._chunk = memoryview(b"")
        self._ended = False
        self._header_bytes = 0  # read() since next_member()
        self._failed: BaseException | None = None
        self._queue: queue.SimpleQueue[bytes | BaseException] = queue.SimpleQueue()
        self._room = threading.Semaphore(depth)  # a piece waiting in the queue holds one
        self._depth, self._owed, self._retire_next = depth, 0, False  # rooms to keep back as pieces are taken
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dossier-gzip-read-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        inflater, next_point = Inflater(self.stream.fd, packed_step=PASS_STEP), 0
        try:
            while not self._stop.is_set():
                if inflater.out_pos >= next_point:
                    self.stream.add_point(inflater)
                    next_point = inflater.out_pos + self.stream.spacing
                chunk = inflater.read(min(PASS_STEP, next_point - inflater.out_pos))
                self.produced, self.packed = inflater.out_pos, inflater.in_pos
                if not self._put(chunk) or not chunk:
                    return
        except BaseException as exc:  # raised in the reading thread when it gets this far
            self._queue.put(exc)

    def _put(self, chunk: bytes) -> bool:
        """Hand a piece over once there is room for it (the end marker ``b""`` needs none)."""
        while chunk and not self._room.acquire(timeout=0.05):
            if self._stop.is_set():
                return False
        self._queue.put(chunk)
        return True

    def settle(self, depth: int = AHEAD) -> None:
        """At most ``depth`` pieces ahead from now on: the rooms beyond it go back one per other piece taken while
        the reader is behind (the thread goes on as it catches up), one per piece once it has caught up."""
        self._owed += max(0, self._depth - depth)
        self._depth = depth

    def _fill(self) -> bool:
        """A non-empty current chunk, or ``False`` at the end of the stream; the thread's error is raised here."""
        while not len(self._chunk):
            if self._failed is not None:
                raise self._failed
            if self._ended:
                return False
            item = self._queue.get()
            if isinstance(item, BaseException):
                self._failed = item
                self._stop.set()
            elif not item:
                self._ended = True
            else:
                self._chunk = memoryview(item)
                if self._owed and (self._retire_next or self._queue.qsize() < self._depth):
                    self._owed -= 1  # a room less from now on: at once when caught up, every other piece when not
                    self._retire_next = False
                else:  # the thread goes on meanwhile, so a reader catching up does not leave it idle
                    self._room.release()
                    self._retire_next = bool(self._owed)
        return True

    def _views(self, n: int) -> list[memoryview]:
        views: list[memoryview] = []
        while n > 0 and self._fill():
            view, self._chunk = self._chunk[:n], self._chunk[n:]
            views.append(view)
            n -= len(view)
            self.pos += len(view)
        return views

    def read(self, n: int = -1) -> bytes:
        """The next ``n`` bytes (tar headers: ``feed`` reads the data); at most ``MAX_READ`` for one member's
        headers, so a header that declares gigabytes (or an endless chain of them) is refused before it is
        decompressed, not gathered in memory."""
        if n is None or n < 0 or n > MAX_READ - self._header_bytes:
            raise OversizedRead(f"{self._header_bytes + max(n or 0, 0):,} bytes of tar headers for one member")
        self._header_bytes += n
        view = self.take(n)  # the usual case, a tar header inside the current chunk
        return bytes(view) if view is not None else b"".join(self._views(n))

    def take(self, n: int) -> memoryview | None:
        """The next ``n`` bytes as a view (no copy) when the current piece holds them all, else ``None``."""
        chunk = self._chunk
        if len(chunk) < n:
            return None
        self._chunk, self.pos = chunk[n:], self.pos + n
        return chunk[:n]

    def unread(self, data: bytes) -> None:
        """Put back bytes just read, in the order they were read (headers the caller leaves to ``tarfile``)."""
        if data:
            self._chunk = memoryview(bytes(data) + bytes(self._chunk))
            self.pos -= len(data)
            self._header_bytes -= len(data)

    def next_member(self) -> None:
        """A member's headers are read: the next one starts its own ``MAX_READ`` (a chain of GNU sparse blocks or
        pax records belongs to one member)."""
        self._header_bytes = 0

    def feed(self, n: int, update: Callable[[memoryview], object]) -> int:
        """The next ``n`` bytes to ``update`` (a hash's) without copying them; how many there were."""
        got = 0
        for view in self._views(n):
            update(view)
            got += len(view)
        return got

    def tell(self) -> int:
        return self.pos

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence != 0 or pos < self.pos:
            raise OSError("the read-ahead only moves forward")
        while self.pos < pos and self._views(min(pos - self.pos, OUT_STEP)):
            pass
        return self.pos

    def close(self) -> None:
        """Stop the thread (it may be waiting to hand over a chunk) and wait for it."""
        self._stop.set()
        self._thread.join()
