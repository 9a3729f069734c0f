"""A big CSV member parsed from the archive stream in parts, so it is never held whole (flat memory).

:func:`iter_csv` yields the member as consecutive :class:`~core.reading.tabular.Table` parts of at most
``csv_parse.CHUNK_ROWS`` rows, each with its rows' physical lines and its ragged-row problems, exactly as the
whole-file path would give them; a reader converts each part and drops its raw text before the next is
parsed. A file read whole (small, another encoding) is one part.

Two things are only known late: invalid UTF-8 (the whole file is then read as Windows-1252) and quoted line
breaks (the physical lines then need every cell's breaks counted). When they are found after parts were
yielded, :class:`Reread` asks the caller to discard its parts and read again with ``Reread.plan``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import Literal, cast

import numpy as np
import pandas as pd

from core.errors import DossierError
from core.reading.csv_parse import (
    Chunk,
    CountingReader,
    NotUtf8,
    break_shift,
    chunks,
    header_breaks,
    logical_lines,
    read_csv_bytes,
)
from core.reading.tabular import Table, TableUnreadable, normalise, read_member_bytes, sniff_encoding, unreadable
from core.source.archive import ExportSource, Member

Plan = Literal["stream", "breaks", "whole"]
STREAM_BYTES = 64 << 20  # a bigger UTF-8 CSV is parsed from the stream, never held whole (flat memory)


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
        streamed = _stream(source, member, usecols, plan == "breaks")
        first = next(streamed, None)
        if first is not None:  # None: the file needs its whole text, found before any part was made
            yield first
            yield from streamed
            return
    yield read_csv_bytes(member.path, read_member_bytes(source, member), usecols)


def _stream(source: ExportSource, member: Member, usecols: Iterable[str] | None,
            breaks: bool) -> Iterator[Table]:
    wanted = {normalise(c) for c in usecols} if usecols is not None else None
    counter: CountingReader | None = None
    bad: list[tuple[int, int, int]] = []
    rows, shift, made = 0, 0, False
    try:
        with source.open_member(member) as stream:
            head = stream.read(4)
            if sniff_encoding(head) != "utf-8-sig":
                return
            counter = CountingReader(cast(io.IOBase, stream), head)
            handle = cast(io.IOBase, io.BufferedReader(counter, 1 << 20))
            for chunk in chunks(handle, "utf-8-sig", wanted, breaks):
                bad += chunk.bad
                lines = logical_lines(len(chunk.frame), bad, rows) + header_breaks(chunk.header)
                if chunk.breaks is not None:
                    lines += shift + break_shift(chunk.breaks)
                    shift += int(chunk.breaks.sum())
                rows += len(chunk.frame)
                made = True
                yield _part(member, chunk, lines)
    except (NotUtf8, TableUnreadable) as exc:
        hidden = counter.error if counter is not None else None  # "Calling read(nbytes) on source failed"
        if isinstance(hidden, DossierError):
            raise hidden from None  # e.g. the export vanished mid-read: an export-level error, not damage
        if hidden is not None:
            raise unreadable(hidden) from exc
        if isinstance(exc, TableUnreadable):
            raise
        if made:
            raise Reread("whole") from None
        return
    except Exception as exc:  # archive errors of every kind: the member goes to "unreadable"
        raise unreadable(exc) from exc
    if not breaks and counter is not None and counter.newlines > rows + 1 + len(bad):
        raise Reread("breaks")  # quoted line breaks: the lines above are void


def _part(member: Member, chunk: Chunk, lines: np.ndarray) -> Table:
    frame, keep = chunk.frame, ~chunk.blank
    if not keep.all():
        frame, lines = frame[keep].reset_index(drop=True), lines[keep]
    problems: list[tuple[int | None, str]] = [
        (line, f"Row has {saw} fields where the header has {expected}; it was not read.")
        for line, expected, saw in chunk.bad
    ]
    return Table(member.path, frame, chunk.header, lines, "utf-8-sig", problems)
