"""Parsing CSV text into :class:`~core.reading.tabular.Table` s, safely (reliability.md §2.1).

* UTF-8 is always read as ``utf-8-sig`` so a BOM before the first quote never becomes part of a column name;
  invalid UTF-8 is read again as cp1252;
* ``pd.read_csv(dtype=str, keep_default_na=False, na_filter=False)`` on a file object, C engine, in parts of
  :data:`CHUNK_ROWS` rows;
* ragged rows are reported with their line number instead of failing the file or vanishing;
* every row keeps its 1-based physical line (header = line 1), also across quoted line breaks.
"""

from __future__ import annotations

import codecs
import io
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.i18n import _
from core.reading.csv_lines import header_breaks, lines_with_breaks, physical_lines, row_breaks
from core.reading.tabular import (
    Table,
    TableUnreadable,
    count_newlines,
    decode,
    normalise,
    sniff_encoding,
    unreadable,
    wrong_field_count,
)


def out_of_memory(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what it was raised from, e.g. a stream read inside the C parser) ran out of memory."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, MemoryError) or "out of memory" in str(exc).lower():
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


#: A run of NUL bytes this long (a sparse or zero-filled file) ends the reading of a table: nothing in it is
#: text, and dropping gigabytes of zeros would keep the import busy without a chance to cancel.
MAX_ZERO_RUN = 16 << 20
ZEROS = "The file is filled with zero bytes (damaged or padded) where its text should be; it was not read."


class CountingReader(io.RawIOBase):
    """The member's bytes with NULs dropped (as :func:`read_csv_bytes` does), counting line feeds."""

    def __init__(self, stream: io.IOBase, head: bytes) -> None:
        self.stream, self.pending, self.newlines = stream, head, 0
        self.zeros = 0  # NUL bytes dropped since the last text
        self.error: BaseException | None = None  # what a read raised (pandas' C parser hides it)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        while True:
            try:
                if self.pending:  # the sniffed head with the bytes after it: a first peek sees the column window
                    head, self.pending = self.pending[:len(buffer)], self.pending[len(buffer):]
                    data = head + self.stream.read(len(buffer) - len(head))
                else:
                    data = self.stream.read(len(buffer))
            except BaseException as exc:
                self.error = exc
                raise
            if not data:
                return 0
            if b"\x00" in data:
                size, data = len(data), data.replace(b"\x00", b"")
                self.zeros = self.zeros + size - len(data) if not data else 0
                if self.zeros > MAX_ZERO_RUN:
                    self.error = TableUnreadable(ZEROS)
                    raise self.error
            if data:
                break
        buffer[:len(data)] = data
        self.newlines += data.count(b"\n")
        return len(data)


MAX_COLUMNS = 20_000  # genuine tables have tens of columns (10k still read); 1M columns took 50 s and 2.6 GB


def check_columns(head: str | bytes) -> None:
    """Refuse a table whose header (in ``head``, the table's first bytes) has more than ``MAX_COLUMNS`` fields,
    before parsing."""
    first = head
    if isinstance(first, str):
        fields = first.split("\n", 1)[0].count(",") + 1
    else:
        fields = first.split(b"\n", 1)[0].count(b",") + 1
    if fields > MAX_COLUMNS:
        raise TableUnreadable(_("The file has more than {MAX_COLUMNS:,} columns — far more than any export table; it "
                                "was not read.").format(MAX_COLUMNS=MAX_COLUMNS))


def read_csv_bytes(member: str, data: bytes, usecols: Iterable[str] | None = None) -> Table:
    """Parse CSV bytes. ``usecols``: aliases of the columns to keep (all are parsed, so that a row with
    too many fields is always found and reported — pandas drops extra fields silently with ``usecols``)."""
    encoding = sniff_encoding(data[:4])
    text: str | None = None  # set when the bytes had to be decoded before parsing
    if encoding == "utf-8-sig":
        if b"\x00" in data:
            data = data.replace(b"\x00", b"")
    else:
        text, encoding = decode(data)
        text = text.replace("\x00", "")
    head = text[:65536] if text is not None else data[:65536].replace(codecs.BOM_UTF8, b"")
    if len(head) < 65536 and not head.strip():
        raise TableUnreadable(_("The file is empty."))
    check_columns(text[:1 << 20] if text is not None else data[:1 << 20])

    def handle() -> io.IOBase:
        return io.StringIO(text) if text is not None else io.BytesIO(data)

    enc = "utf-8-sig" if text is None else None
    wanted = {normalise(c) for c in usecols} if usecols is not None else None
    try:
        parsed = parse(handle(), enc, wanted)
    except NotUtf8:  # not valid UTF-8: read as Windows-1252 (the caller notes it)
        text, encoding, enc = data.decode("cp1252", errors="replace"), "cp1252", None
        parsed = parse(handle(), enc, wanted)
    frame, header, bad_lines = parsed.frame, parsed.header, parsed.bad
    newline_count = count_newlines(text if text is not None else data)
    lines = physical_lines(parsed.rows, bad_lines, newline_count)
    if lines is None:  # quoted line breaks: count them in every column of a full parse (rare)
        lines = lines_with_breaks(parse(handle(), enc, None).frame, bad_lines)
    lines += header_breaks(header)
    keep = ~parsed.blank
    if not keep.all():
        frame, lines = frame[keep].reset_index(drop=True), lines[keep]
    problems: list[tuple[int | None, str]] = [(line, wrong_field_count(saw, expected)) for line, expected, saw in
                                              bad_lines]
    return Table(member, frame, header, lines, encoding, problems)


def _unique(names: list[str]) -> list[str]:
    """Column names made unique (``Name``, ``Name (2)``) so a repeated header never hides a column."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


_BAD_LINE = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")

#: Rows per pandas call (``csv_stream.short_holds`` sets it): the parser holds the interpreter while it makes a
#: part's strings (25k order lines: up to 26 ms; 10k: under 10 ms); bigger parts are a little faster in all.
CHUNK_ROWS = 25_000


class NotUtf8(Exception):
    """The bytes are not valid UTF-8 (raised while parsing, so valid files are not decoded twice)."""


@dataclass
class Parsed:
    frame: pd.DataFrame  # the kept columns of every row (blank rows included)
    header: list[str]
    blank: np.ndarray  # rows whose every field is empty
    bad: list[tuple[int, int, int]]  # (line, expected fields, fields seen) of rows not read

    @property
    def rows(self) -> int:
        return len(self.frame)


def parse(handle: io.IOBase, encoding: str | None, wanted: set[str] | None) -> Parsed:
    """All rows as text (see :func:`chunks`), joined."""
    parts: list[pd.DataFrame] = []
    blanks: list[np.ndarray] = []
    bad: list[tuple[int, int, int]] = []
    header: list[str] = []
    for chunk in chunks(handle, encoding, wanted):
        parts.append(chunk.frame)
        blanks.append(chunk.blank)
        bad += chunk.bad
        header = chunk.header
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    return Parsed(frame, header, np.concatenate(blanks), sorted(bad))


@dataclass
class Chunk:
    """Up to ``CHUNK_ROWS`` consecutive rows of a CSV as the parser gave them."""

    frame: pd.DataFrame  # the kept columns (blank rows included), index from 0
    header: list[str]
    blank: np.ndarray  # rows whose every field is empty
    bad: list[tuple[int, int, int]]  # (line, expected fields, fields seen) of rows not read, met in this chunk
    breaks: np.ndarray | None  # line breaks inside each row's cells, every column counted (when asked)


def chunks(handle: io.IOBase, encoding: str | None, wanted: set[str] | None,
            breaks: bool = False) -> Iterator[Chunk]:
    """The rows as text, ``CHUNK_ROWS`` at a time; the header is read as row 0, so pandas never guesses an
    index from a ragged row and every row with too many fields is reported (with the chunk that skipped it).
    Only ``wanted`` columns are kept."""
    header: list[str] | None = None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            reader = pd.read_csv(
                handle, header=None, dtype=object, keep_default_na=False, na_filter=False, engine="c",
                encoding=encoding, on_bad_lines="warn", skip_blank_lines=False, index_col=False,
                chunksize=CHUNK_ROWS,
            )
        pending = _bad_lines(caught)
        with reader:
            while True:
                with warnings.catch_warnings(record=True) as caught:  # only around the parser's own work
                    warnings.simplefilter("always")
                    chunk = next(reader, None)
                pending += _bad_lines(caught)
                if chunk is None:
                    break
                if header is None:
                    header = _unique([str(v).replace("\ufeff", "") for v in chunk.iloc[0].fillna("")])
                    chunk = chunk.iloc[1:].reset_index(drop=True)
                chunk.columns = header
                chunk = _fill_short(chunk)
                kept = chunk if wanted is None else chunk[[c for c in header if normalise(c) in wanted]]
                yield Chunk(kept, header, _blank_rows(chunk), pending, row_breaks(chunk) if breaks else None)
                pending = []
    except pd.errors.EmptyDataError as exc:
        raise TableUnreadable(_("The file holds no data.")) from exc
    except UnicodeDecodeError as exc:
        raise NotUtf8() from exc
    except MemoryError as exc:
        raise unreadable(exc) from exc
    except SystemError as exc:  # pandas warned of a ragged row while a decoding error was pending
        if isinstance(exc.__cause__ or exc.__context__, UnicodeDecodeError):
            raise NotUtf8() from exc
        raise
    except (pd.errors.ParserError, ValueError) as exc:
        if out_of_memory(exc):  # the tokenizer's or the stream's allocation failure, not damage
            raise unreadable(MemoryError()) from exc
        if "on source failed" in str(exc):  # the text layer could not decode a later block (the stream's own
            raise NotUtf8() from exc  # failures are told apart by the caller: core.reading.csv_stream)
        line = re.search(r"line (\d+)", str(exc))
        where = _(" near line {line}").format(line=line.group(1)) if line else ""
        raise TableUnreadable(_("The file is damaged{where} and could not be read as a table.").format(
            where=where)) from exc
    if header is None:
        raise TableUnreadable(_("The file holds no data."))


def _bad_lines(caught: list[warnings.WarningMessage]) -> list[tuple[int, int, int]]:
    return [(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            for warning in caught for m in _BAD_LINE.finditer(str(warning.message))]


def _fill_short(chunk: pd.DataFrame) -> pd.DataFrame:
    """Short rows (missing trailing fields) leave NaN, always in the last column first: make them ""."""
    if not len(chunk.columns) or not chunk.iloc[:, -1].isna().any():
        return chunk
    return chunk.fillna("")


def _blank_rows(chunk: pd.DataFrame) -> np.ndarray:
    blank = np.zeros(len(chunk), dtype=bool)
    if not len(chunk.columns):
        return blank
    candidates = np.flatnonzero(chunk.iloc[:, 0].to_numpy(dtype=object) == "")
    if len(candidates):
        blank[candidates] = (chunk.iloc[candidates] == "").all(axis=1).to_numpy()
    return blank
