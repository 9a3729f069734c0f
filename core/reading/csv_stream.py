"""A big CSV member parsed from the archive stream in parts, so it is never held whole (flat memory).

:func:`iter_csv` yields the member as consecutive :class:`~core.reading.tabular.Table` parts of at most
``csv_parse.CHUNK_ROWS`` rows, each with its rows' physical lines and its ragged-row problems, exactly as the
whole-file path would give them; a reader converts each part and drops its raw text before the next is
parsed. A small file is read whole, as one part. UTF-16/UTF-32 (by their BOM) and Windows-1252 are streamed
too, through an incremental decoder, so they cost no more memory than UTF-8 (decoding them whole took 4–7
times the file's size).

Two things are only known late: invalid UTF-8 (the file is then read again in parts, as Windows-1252) and
quoted line breaks (the physical lines then need every cell's breaks counted). When they are found after parts were
yielded, :class:`Reread` asks the caller to discard its parts and read again with ``Reread.plan``.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from typing import Literal, cast

import numpy as np
import pandas as pd

from core.errors import DossierError
from core.reading import csv_parse
from core.reading.csv_lines import break_shift, header_breaks, logical_lines
from core.reading.csv_parse import (
    MAX_ZERO_RUN,
    ZEROS,
    Chunk,
    CountingReader,
    NotUtf8,
    check_columns,
    chunks,
    read_csv_bytes,
)
from core.reading.tabular import (
    Table,
    TableUnreadable,
    normalise,
    read_member_bytes,
    sniff_encoding,
    unreadable,
    wrong_field_count,
)
from core.source.archive import ExportSource, Member

Plan = Literal["stream", "breaks", "whole", "cp1252", "cp1252-breaks"]
HEADER_WINDOW = 1 << 20  # how much of a table's start the column budget looks at
#: A bigger CSV is parsed from the stream in parts, never held whole (flat memory), and converted part by part.
#: Two settings (``short_holds``): a batch run (``dossier scan``, Dask workers) streams files over 64 MiB in parts
#: of 25k rows — the fewest conversions (the 2025 layout's model 0.4 s sooner); the app streams files over 8 MiB
#: in parts of 10k rows, so its import thread never holds the interpreter long (a 36 MB search file read whole
#: held it up to 25 ms per conversion, 16 ms in parts; a 25k-row part up to 26 ms, 10k under 10 ms).
BATCH = (64 << 20, 25_000)
SHORT_HOLDS = (8 << 20, 10_000)
STREAM_BYTES = BATCH[0]


def short_holds(on: bool = True) -> None:
    """From now on in this process, parts that keep the interpreter free for a window (the app) — or, with
    ``on=False``, the batch setting."""
    global STREAM_BYTES
    STREAM_BYTES, csv_parse.CHUNK_ROWS = SHORT_HOLDS if on else BATCH


def read_csv(source: ExportSource, member: Member, usecols: Iterable[str] | None = None) -> Table:
    """Read a CSV member as text. ``usecols`` = aliases of the columns needed (others are not kept).

    A big UTF-8 member is parsed from the archive stream in parts (this module) and joined, never
    held whole as bytes; the rare big file that needs its whole text (another encoding, invalid UTF-8, quoted
    line breaks) is read whole. To convert a big table part by part instead, use :func:`iter_csv`."""
    if member.size > STREAM_BYTES:
        try:
            return join_tables(list(iter_csv(source, member, usecols)))
        except Reread:
            pass
    return read_csv_bytes(member.path, read_member_bytes(source, member), usecols)


def join_tables(parts: list[Table]) -> Table:
    """Consecutive parts of one CSV member as one table."""
    first = parts[0]
    if len(parts) == 1:
        return first
    frame = pd.concat([p.frame for p in parts], ignore_index=True)
    lines = np.concatenate([p.lines for p in parts if p.lines is not None]) if first.lines is not None else None
    problems = [problem for p in parts for problem in p.problems]
    return Table(first.member, frame, first.header, lines, first.encoding, problems)




class Reread(Exception):
    """The parts yielded so far are void: read the member again with ``plan``."""

    def __init__(self, plan: Plan) -> None:
        super().__init__(plan)
        self.plan: Plan = plan


def iter_csv(source: ExportSource, member: Member, usecols: Iterable[str] | None = None,
             plan: Plan = "stream") -> Iterator[Table]:
    """The member's rows as consecutive tables. ``plan``: ``"stream"`` (lines from the row count, checked
    against the line feeds at the end), ``"breaks"`` (every cell's line breaks counted), ``"whole"`` (one
    table from the whole bytes). Raises :class:`Reread` or ``TableUnreadable``."""
    if plan != "whole" and member.size > STREAM_BYTES:
        forced = "cp1252" if plan.startswith("cp1252") else None
        streamed = _stream(source, member, usecols, plan.endswith("breaks"), forced)
        first = next(streamed, None)
        if first is not None:  # None: the file needs its whole text, found before any part was made
            yield first
            yield from streamed
            return
    yield read_csv_bytes(member.path, read_member_bytes(source, member), usecols)


class TextReader(io.TextIOBase):
    """The member decoded incrementally (UTF-16/32 or Windows-1252), NULs dropped, counting line feeds."""

    def __init__(self, stream: io.IOBase, head: bytes, encoding: str) -> None:
        self.stream, self.pending, self.buffered = stream, head, ""
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self.newlines_seen, self.done, self.zeros = 0, False, 0
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def peek(self, size: int) -> str:
        """Up to ``size`` characters, left to be read again."""
        self._fill(size)
        return self.buffered[:size]

    def read(self, size: int | None = -1) -> str:
        wanted = -1 if size is None else size
        self._fill(wanted)
        cut = len(self.buffered) if wanted < 0 else wanted
        out, self.buffered = self.buffered[:cut], self.buffered[cut:]
        return out

    def _fill(self, wanted: int) -> None:
        while not self.done and (wanted < 0 or len(self.buffered) < wanted):
            try:
                data, self.pending = self.pending or self.stream.read(1 << 20), b""
            except BaseException as exc:
                self.error = exc
                raise
            self.done = not data
            text = self.decoder.decode(data, final=self.done)
            if "\x00" in text:
                size_before, text = len(text), text.replace("\x00", "")
                self.zeros = self.zeros + size_before - len(text) if not text else 0
                if self.zeros > MAX_ZERO_RUN:
                    self.error = TableUnreadable(ZEROS)
                    raise self.error
            self.newlines_seen += text.count("\n")
            self.buffered += text


def _stream(source: ExportSource, member: Member, usecols: Iterable[str] | None,
            breaks: bool, forced: str | None = None) -> Iterator[Table]:
    wanted = {normalise(c) for c in usecols} if usecols is not None else None
    counter: CountingReader | TextReader | None = None
    bad: list[tuple[int, int, int]] = []
    rows, shift, made = 0, 0, False
    encoding = forced or "utf-8-sig"
    try:
        with source.open_member(member) as stream:
            head = stream.read(4)
            encoding = forced or sniff_encoding(head)
            if encoding == "utf-8-sig":
                counter = CountingReader(cast(io.IOBase, stream), head)
                buffered = io.BufferedReader(counter, 1 << 20)
                check_columns(buffered.peek(HEADER_WINDOW))
                handle = cast(io.IOBase, buffered)
            else:
                counter = TextReader(cast(io.IOBase, stream), head, encoding)
                check_columns(counter.peek(HEADER_WINDOW))
                handle = cast(io.IOBase, counter)
            for chunk in chunks(handle, "utf-8-sig" if encoding == "utf-8-sig" else None, wanted, breaks):
                bad += chunk.bad
                lines = logical_lines(len(chunk.frame), bad, rows) + header_breaks(chunk.header)
                if chunk.breaks is not None:
                    lines += shift + break_shift(chunk.breaks)
                    shift += int(chunk.breaks.sum())
                rows += len(chunk.frame)
                made = True
                yield _part(member, chunk, lines, encoding)
    except (NotUtf8, TableUnreadable) as exc:
        hidden = counter.error if counter is not None else None  # "Calling read(nbytes) on source failed"
        if isinstance(hidden, DossierError):
            raise hidden from None  # e.g. the export vanished mid-read: an export-level error, not damage
        if hidden is not None:
            raise unreadable(hidden) from exc
        if isinstance(exc, TableUnreadable):
            raise
        if made:
            raise Reread("cp1252-breaks" if breaks else "cp1252") from None
        yield from _stream(source, member, usecols, breaks, "cp1252")  # not UTF-8: stream it as Windows-1252
        return
    except Exception as exc:  # archive errors of every kind: the member goes to "unreadable"
        raise unreadable(exc) from exc
    newlines = counter.newlines_seen if isinstance(counter, TextReader) else counter.newlines if counter else 0
    if not breaks and counter is not None and newlines > rows + 1 + len(bad):
        raise Reread("cp1252-breaks" if forced else "breaks")  # quoted line breaks: the lines above are void


def _part(member: Member, chunk: Chunk, lines: np.ndarray, encoding: str) -> Table:
    frame, keep = chunk.frame, ~chunk.blank
    if not keep.all():
        frame, lines = frame[keep].reset_index(drop=True), lines[keep]
    problems: list[tuple[int | None, str]] = [(line, wrong_field_count(saw, expected)) for line, expected, saw in
                                              chunk.bad]
    return Table(member.path, frame, chunk.header, lines, encoding, problems)
