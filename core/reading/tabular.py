"""Text tables read from an export: :class:`Table` (name-based column lookup, physical line numbers), decoding.

CSV parsing: :mod:`core.reading.csv_parse` (bytes in memory) and :mod:`core.reading.csv_stream` (big members
from the archive stream); JSON: :mod:`core.reading.jsontable`.

* the encoding is sniffed from the BOM (UTF-8, UTF-16, UTF-32); undecodable text falls back to cp1252 and is
  noted;
* columns are looked up by *normalised* name (case, spaces and punctuation ignored), never by position;
* double-encoded UTF-8 (mojibake) is repaired cell by cell where the repair is valid UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.errors import NotEnoughMemory
from core.i18n import _
from core.reading.convert import clean_cell, sanitize_text
from core.reading.placeholders import placeholder_flags
from core.source.archive import ExportSource, Member


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
        return self._cleaned(aliases, sanitize_text)

    def value(self, *aliases: str) -> pd.Series | None:
        """Like :meth:`text`, with Amazon's placeholders (``Not Available`` …) as ``None``."""
        return self._cleaned(aliases, clean_cell)

    def values_or_none(self, *aliases: str) -> pd.Series:
        """:meth:`value`, or a column of ``None`` when the table has no such column."""
        found = self.value(*aliases)
        return found if found is not None else pd.Series([None] * len(self.frame), dtype=object)

    def _cleaned(self, aliases: tuple[str, ...], clean: Callable[[str], str | None]) -> pd.Series | None:
        raw = self.get(*aliases)
        if raw is None:
            return None
        repaired = [0]

        def one(value: str) -> str | None:
            fixed = fix_mojibake(value) if MOJIBAKE.search(value) else value
            repaired[0] += fixed != value
            return clean(fixed)

        codes, uniques = pd.factorize(raw.to_numpy(dtype=object))
        mapped = np.empty(len(uniques) + 1, dtype=object)
        joined = "|".join(map(str, uniques))
        if joined.isascii() and joined.isprintable():  # fast path: nothing to repair or sanitise
            mapped[:-1] = uniques
            if clean is clean_cell:  # placeholders → None (a text of 24 characters or more never is one here)
                short = np.fromiter(map(len, uniques), dtype=np.int64, count=len(uniques)) < 24
                mapped[np.flatnonzero(short & placeholder_flags(uniques))] = None
        else:
            mapped[:-1] = [one(str(u)) for u in uniques]
        mapped[-1] = None
        if repaired[0]:
            changed = np.flatnonzero([MOJIBAKE.search(str(u)) is not None and fix_mojibake(str(u)) != u
                                      for u in uniques])
            self.repaired += int(np.isin(codes, changed).sum())
        return pd.Series(mapped[codes], index=raw.index, dtype=object)

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


def unreadable(exc: BaseException) -> TableUnreadable:
    """The import-report reason for a member that failed to read; memory exhaustion is said plainly."""
    if isinstance(exc, MemoryError):
        return TableUnreadable(NotEnoughMemory.default_message)
    return TableUnreadable(str(exc) or "The file could not be read from the archive.")



COUNT_SLICE = 4 << 20  # characters or bytes per call: a count over a 36 MB file in one call held the interpreter


def count_newlines(data: bytes | str) -> int:
    """Line feeds in ``data``, counted a slice at a time so other threads get turns in between."""
    if isinstance(data, str):
        return sum(data.count("\n", i, i + COUNT_SLICE) for i in range(0, len(data), COUNT_SLICE))
    return sum(data.count(b"\n", i, i + COUNT_SLICE) for i in range(0, len(data), COUNT_SLICE))


def read_member_bytes(source: ExportSource, member: Member | str, limit: int | None = None) -> bytes:
    try:
        return source.read_bytes(member, limit=limit)
    except Exception as exc:  # archive errors of every kind: the member goes to "unreadable"
        raise unreadable(exc) from exc


# ---- mojibake --------------------------------------------------------------------------------------
_CP1252_REVERSE: dict[str, int] = {}
for _byte in range(0x80, 0xA0):
    with contextlib.suppress(UnicodeDecodeError):
        _CP1252_REVERSE[bytes([_byte]).decode("cp1252")] = _byte
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + re.escape("".join(_CP1252_REVERSE)) + "]")


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


def wrong_field_count(saw: int, expected: int) -> str:
    """The problem line for a row whose number of fields is not the header's."""
    return _("Row has {saw} fields where the header has {expected}; it was not read.").format(
        saw=f"{saw:,}", expected=f"{expected:,}")
