"""Safe reading of CSV and JSON members as text tables (reliability.md §2.1).

* the encoding is sniffed from the BOM (UTF-8, UTF-16, UTF-32); UTF-8 is always read as ``utf-8-sig``
  so a BOM before the first quote never becomes part of a column name; undecodable text falls back to
  cp1252 and is noted;
* ``pd.read_csv(dtype=str, keep_default_na=False, na_filter=False)`` on a file object, C engine;
* ragged rows are reported with their line number instead of failing the file or vanishing;
* every row keeps its 1-based physical line (header = line 1), also across quoted line breaks;
* columns are looked up by *normalised* name (case, spaces and punctuation ignored), never by position;
* double-encoded UTF-8 (mojibake) is repaired cell by cell where the repair is valid UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from core.archive import ExportSource, Member
from core.convert import sanitize_series


class TableUnreadable(Exception):
    """A member could not be read as a table; ``str()`` is one plain sentence."""


def normalise(name: str) -> str:
    """``'\\ufeff"Last search Time (GMT)'`` → ``'lastsearchtimegmt'``."""
    return re.sub(r"[\W_]+", "", name.replace("\ufeff", "").lower())


@dataclass
class Table:
    """A text table read from one member, with physical line numbers and name-based column lookup."""

    member: str
    frame: pd.DataFrame
    header: list[str]
    lines: np.ndarray | None  # 1-based physical line of each row (None for JSON)
    encoding: str = "utf-8"
    problems: list[tuple[int | None, str]] = field(default_factory=list)
    repaired: int = 0
    _index: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for col in self.frame.columns:
            self._index.setdefault(normalise(str(col)), str(col))

    def __len__(self) -> int:
        return len(self.frame)

    def column(self, *aliases: str) -> str | None:
        """The real name of the first column matching one of ``aliases`` (normalised comparison)."""
        for alias in aliases:
            found = self._index.get(normalise(alias))
            if found is not None:
                return found
        return None

    def has(self, *aliases: str) -> bool:
        return self.column(*aliases) is not None

    def get(self, *aliases: str) -> pd.Series | None:
        """The column's raw text (or ``None`` when absent)."""
        name = self.column(*aliases)
        return None if name is None else self.frame[name].astype(str)

    def text(self, *aliases: str) -> pd.Series | None:
        """The column's text, mojibake repaired and sanitised (or ``None`` when absent)."""
        raw = self.get(*aliases)
        if raw is None:
            return None
        repaired, count = repair_mojibake(raw)
        self.repaired += count
        return sanitize_series(repaired)

    def line_list(self) -> list[int | None]:
        if self.lines is None:
            return [None] * len(self.frame)
        return [int(v) for v in self.lines]


# ---- decoding --------------------------------------------------------------------------------------
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_encoding(head: bytes) -> str:
    """The encoding announced by a BOM, else ``utf-8-sig`` (harmless without a BOM)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return "utf-8-sig"


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used; invalid UTF-8 falls back to cp1252 (noted by the caller)."""
    encoding = sniff_encoding(data[:4])
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


# ---- CSV -------------------------------------------------------------------------------------------
def read_member_bytes(source: ExportSource, member: Member | str, limit: int | None = None) -> bytes:
    try:
        return source.read_bytes(member, limit=limit)
    except Exception as exc:  # archive errors of every kind: the member goes to "unreadable"
        raise TableUnreadable(str(exc) or "The file could not be read from the archive.") from exc


def read_csv(source: ExportSource, member: Member, usecols: Iterable[str] | None = None) -> Table:
    """Read a CSV member as text. ``usecols`` = aliases of the columns needed (others are not kept)."""
    return read_csv_bytes(member.path, read_member_bytes(source, member), usecols)


def read_csv_bytes(member: str, data: bytes, usecols: Iterable[str] | None = None) -> Table:
    encoding = sniff_encoding(data[:4])
    if encoding == "utf-8-sig":
        data = data.replace(b"\x00", b"")
        try:
            data.decode("utf-8")
            text: str | None = None
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    else:
        text, encoding = decode(data)
        text = text.replace("\x00", "")
    if not (text if text is not None else data.strip(codecs.BOM_UTF8)).strip():
        raise TableUnreadable("The file is empty.")
    wanted = {normalise(c) for c in usecols} if usecols is not None else None
    selector: Callable[[str], bool] | None = None
    if wanted is not None:
        selector = lambda col: normalise(str(col)) in wanted  # noqa: E731

    def stream() -> io.IOBase:
        return io.StringIO(text) if text is not None else io.BytesIO(data)

    frame, bad_lines = _parse(stream(), "utf-8-sig" if text is None else None, selector)
    header = [str(c) for c in _parse(stream(), "utf-8-sig" if text is None else None, None, nrows=0)[0].columns]
    newline_count = text.count("\n") if text is not None else data.count(b"\n")
    lines = _physical_lines(frame, bad_lines, newline_count)
    if lines is None:  # quoted line breaks in columns we did not keep: reread everything once
        full, _ = _parse(stream(), "utf-8-sig" if text is None else None, None)
        lines = _physical_lines(full, bad_lines, -1)
        assert lines is not None
    frame, lines = _drop_blank(frame, lines)
    problems: list[tuple[int | None, str]] = [
        (line, f"Row has {saw} fields where the header has {expected}; it was not read.")
        for line, expected, saw in bad_lines
    ]
    return Table(member, frame, header, lines, encoding, problems)


_BAD_LINE = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")


def _parse(handle: io.IOBase, encoding: str | None, usecols: Callable[[str], bool] | None,
           nrows: int | None = None) -> tuple[pd.DataFrame, list[tuple[int, int, int]]]:
    bad: list[tuple[int, int, int]] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = pd.read_csv(
                handle, dtype=str, keep_default_na=False, na_filter=False, engine="c",
                encoding=encoding, on_bad_lines="warn", skip_blank_lines=False, usecols=usecols,
                nrows=nrows,
            )
    except pd.errors.EmptyDataError as exc:
        raise TableUnreadable("The file holds no data.") from exc
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError) as exc:
        line = re.search(r"line (\d+)", str(exc))
        where = f" near line {line.group(1)}" if line else ""
        raise TableUnreadable(f"The file is damaged{where} and could not be read as a table.") from exc
    for warning in caught:
        for match in _BAD_LINE.finditer(str(warning.message)):
            bad.append((int(match.group(1)), int(match.group(2)), int(match.group(3))))
    return frame.fillna(""), sorted(bad)


def _physical_lines(frame: pd.DataFrame, bad: list[tuple[int, int, int]], newline_count: int) -> np.ndarray | None:
    """Line of each row: row i → i + 2, shifted past skipped bad lines and quoted line breaks."""
    n = len(frame)
    logical = np.arange(n, dtype=np.int64) + 2
    for line, _expected, _saw in bad:
        logical[logical >= line] += 1
    rows_plus_header = n + 1 + len(bad)
    if newline_count >= 0 and newline_count <= rows_plus_header:
        return logical
    breaks = np.zeros(n, dtype=np.int64)
    for col in frame.columns:
        values = frame[col].astype(str)
        has = values.str.contains("\n", regex=False)
        if has.any():
            breaks += values.str.count("\n").to_numpy(dtype=np.int64)
    if newline_count >= 0 and not breaks.any():
        return None  # the breaks are in columns that were not read
    shift = np.concatenate(([0], np.cumsum(breaks)[:-1])) if n else breaks
    return logical + shift


def _drop_blank(frame: pd.DataFrame, lines: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    if frame.empty:
        return frame, lines
    blank = (frame.astype(str) == "").all(axis=1).to_numpy()
    if not blank.any():
        return frame, lines
    keep = ~blank
    return frame[keep].reset_index(drop=True), lines[keep]


# ---- JSON ------------------------------------------------------------------------------------------
def read_json_records(source: ExportSource, member: Member) -> Table:
    """A JSON array of objects (or ``{"key": [objects]}``) as a text table with dotted column names."""
    data = read_member_bytes(source, member)
    try:
        text, _encoding = decode(data)
        parsed = json.loads(text.lstrip("\ufeff"), parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise TableUnreadable("The file is not valid JSON.") from exc
    records = _records(parsed)
    if records is None:
        raise TableUnreadable("The JSON file does not hold a list of records.")
    rows = [flatten(r) for r in records]
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    frame = pd.DataFrame([[row.get(c, "") for c in columns] for row in rows], columns=list(columns), dtype=str)
    return Table(member.path, frame, list(columns), None, "utf-8")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _records(parsed: Any) -> list[dict[str, Any]] | None:
    if isinstance(parsed, list) and all(isinstance(r, dict) for r in parsed):
        return parsed
    if isinstance(parsed, dict):
        for value in parsed.values():
            if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
                return value
    return None


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"device": {"deviceName": "x"}}`` → ``{"device.deviceName": "x"}``; lists stay JSON text."""
    out: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        elif value is None:
            out[name] = ""
        elif isinstance(value, bool):
            out[name] = "true" if value else "false"
        else:
            out[name] = str(value)
    return out


# ---- mojibake --------------------------------------------------------------------------------------
_CP1252_REVERSE: dict[str, int] = {}
for _byte in range(0x80, 0xA0):
    with contextlib.suppress(UnicodeDecodeError):
        _CP1252_REVERSE[bytes([_byte]).decode("cp1252")] = _byte
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + re.escape("".join(_CP1252_REVERSE)) + "]")


def repair_mojibake(series: pd.Series) -> tuple[pd.Series, int]:
    """Undo UTF-8 that was decoded as Latin-1/cp1252 and encoded again, where the result is valid."""
    suspect = series.str.contains(_MOJIBAKE)
    if not suspect.any():
        return series, 0
    values = series.to_numpy(dtype=object).copy()
    count = 0
    for pos in np.flatnonzero(suspect.to_numpy(dtype=bool)):
        fixed = fix_mojibake(str(values[pos]))
        if fixed != values[pos]:
            values[pos] = fixed
            count += 1
    return pd.Series(values, index=series.index, dtype=object), count


def fix_mojibake(value: str) -> str:
    """One cell: ``'Ã…MÃ…Å½'`` → ``'ÅMÅŽ'``; unchanged when the bytes are not valid UTF-8."""
    raw = bytearray()
    for ch in value:
        code = ord(ch)
        if code < 256:
            raw.append(code)
        elif ch in _CP1252_REVERSE:
            raw.append(_CP1252_REVERSE[ch])
        else:
            return value
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return value
