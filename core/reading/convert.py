"""Explicit, vectorised conversion of export text columns: times, money, placeholders, text.

Every converter takes a column of strings (as read by :mod:`core.reading.tabular`) and returns the converted
column plus a mask of cells that could not be converted, so callers can report them with line numbers.
Times are parsed with one explicit format per style, never by guessing day/month order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from core.reading.fixed_times import fixed_width_times
from core.reading.numbers import Memo as Memo  # the converters' public names stay importable from here
from core.reading.numbers import parse_money as parse_money
from core.reading.numbers import parse_quantity as parse_quantity
from core.reading.placeholders import PLACEHOLDERS as PLACEHOLDERS
from core.reading.placeholders import is_placeholder_text as is_placeholder_text
from core.reading.placeholders import placeholder_flags

# Timestamp styles seen in Amazon exports (export-formats.md §2.2, §2.4, §2.7).
# "us":   11/11/2021 22:32:48 UTC   (month first, always; GMT/UTC label or none)
# "iso":  2024-11-03T12:32:17Z, 2026-05-02T20:34:44.221Z, +00:00 offsets, 2020-02-27 15:52:06(.0)
# "epoch-ms" / "epoch-s": integers (web-API style indexes)
_US_FORMATS = ("%m/%d/%Y %H:%M:%S UTC", "%m/%d/%Y %H:%M:%S GMT", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M UTC",
               "%m/%d/%Y %H:%M")
_RFC_FORMAT = "%a, %d %b %Y %H:%M:%S"  # Wed, 03 Nov 2021 10:00:00 GMT
#: A style's formats, tried in order, and the character every one of them has: a cell without it fits none, so
#: pandas is not asked (ISO times in a column tried as US times first never reach the US formats).
_FORMATS = {"us": (_US_FORMATS, "/"), "rfc": (tuple(_RFC_FORMAT + s for s in (" GMT", " UTC", "")), ",")}
TIME_STYLES = ("us", "iso", "rfc", "epoch")


def map_unique(series: pd.Series, func: Callable[[str], Any]) -> pd.Series:
    """``func`` applied once per distinct value (hash-factorised in C), as an object column."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:-1] = [func(str(u)) for u in uniques]
    mapped[-1] = None  # code -1: a missing value
    return pd.Series(mapped[codes], index=series.index, dtype=object)


def is_placeholder(series: pd.Series) -> pd.Series:
    """True where a cell is empty or an Amazon placeholder (``Not Available`` …)."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    flags = np.append(placeholder_flags(uniques), False)  # code -1 (a missing value): False, as before
    return pd.Series(flags[codes], index=series.index, dtype=bool)


def first_of_and(series: pd.Series) -> pd.Series:
    """The first of several values joined by ``" and "`` (``"a and b"`` → ``"a"``)."""
    return map_unique(series, lambda v: v.split(" and ", 1)[0])


def split_and(value: str | None) -> list[str]:
    """All values of a cell that joins several with ``" and "``; placeholders dropped."""
    if value is None:
        return []
    parts = [p.strip() for p in str(value).split(" and ")]
    return [p for p in parts if p and p.lower() not in PLACEHOLDERS]


def parse_times(series: pd.Series, styles: tuple[str, ...] = ("us", "iso")) -> tuple[pd.Series, pd.Series]:
    """Parse a text column of UTC timestamps; returns ``(times, bad)``.

    Each style's explicit formats run in C over the cells no earlier style parsed. Only the cells left
    over are looked at one by one: placeholders become NaT (not bad); a cell holding several timestamps
    joined by " and " keeps the first; anything else is bad. Each distinct text is parsed once.
    """
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    if len(uniques) < 0.8 * len(series):
        times, bad = _parse_times(pd.Series([*uniques, ""], dtype=object), styles)
        take = np.where(codes >= 0, codes, len(uniques))  # missing cells → the trailing "" (NaT, not bad)
        out = pd.Series(times.array.take(take), index=series.index)
        return out, pd.Series(bad.to_numpy(dtype=bool)[take], index=series.index)
    return _parse_times(series, styles)


def _parse_times(series: pd.Series, styles: tuple[str, ...]) -> tuple[pd.Series, pd.Series]:
    text = series.astype(object).where(series.notna(), "").astype(str)
    result = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns, UTC]")
    _fill(result, text, styles)
    todo = result.isna()
    if not todo.any():
        return result, todo
    rest = text[todo]
    absent = is_placeholder(rest)
    joined = rest[~absent]
    joined = joined[joined.str.contains(" and ", regex=False)]
    if len(joined):
        _fill(result, first_of_and(joined).astype(str).str.strip(), styles)
    bad = result.isna() & todo
    bad[absent[absent].index] = False
    return result, bad


def _fill(result: pd.Series, text: pd.Series, styles: tuple[str, ...]) -> None:
    for style in styles:
        todo = result.loc[text.index].isna()
        if not todo.any():
            return
        parsed = _parse_style(text[todo], style)
        ok = parsed.notna()
        if ok.any():
            result.loc[ok[ok].index] = parsed[ok]


_NS_MIN, _NS_MAX = pd.Timestamp.min.tz_localize("UTC"), pd.Timestamp.max.tz_localize("UTC")


def _ns(times: pd.Series) -> pd.Series:
    """Parsed times as nanosecond UTC. Dates pandas holds only at a coarser unit (before 1677 or after 2262,
    e.g. a damaged ``0017-01-02``) become NaT — unparseable — instead of breaking the assignment."""
    if str(times.dtype) == "datetime64[ns, UTC]":
        return times
    return times.where((times >= _NS_MIN) & (times <= _NS_MAX)).astype("datetime64[ns, UTC]")


_CHUNK = 25_000  # values per pd.to_datetime call: each call holds the GIL (200k values ≈ 0.3 s, a visible UI stall)


def _to_datetime(text: pd.Series, fmt: str) -> pd.Series:
    """``pd.to_datetime(text, format=fmt, utc=True, errors="coerce")`` in slices, so a big column never
    holds the GIL for long (the GUI thread paints between slices); same values as one call."""
    if len(text) <= _CHUNK:
        return pd.to_datetime(text, format=fmt, utc=True, errors="coerce")
    parts = [_ns(pd.to_datetime(text.iloc[i:i + _CHUNK], format=fmt, utc=True, errors="coerce"))
             for i in range(0, len(text), _CHUNK)]
    return pd.concat(parts)


def _parse_style(text: pd.Series, style: str) -> pd.Series:
    """The cells of ``text`` that ``style`` reads; the fixed-width layouts first (vectorised), the style's
    pandas formats only for the cells those left."""
    fast = fixed_width_times(text, style)
    todo = fast.isna()
    if not todo.any():
        return fast
    if todo.all():
        return _parse_formats(text, style)
    fast.loc[todo] = _parse_formats(text[todo], style)
    return fast


def _parse_formats(text: pd.Series, style: str) -> pd.Series:
    if style in _FORMATS:
        return _first_format(text, *_FORMATS[style])
    if style == "iso":
        out = _ns(_to_datetime(text, "ISO8601"))
        short = out.notna() & (text.str.len() < 10)  # "2021" alone is no timestamp
        return out.where(~short)
    if style == "epoch":
        return epoch_times(text)
    raise ValueError(f"unknown time style {style!r}")


def _first_format(text: pd.Series, formats: tuple[str, ...], needs: str) -> pd.Series:
    """Each cell read by the first of ``formats`` that fits it (NaT if none); only cells holding ``needs`` are
    tried."""
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
    holds = text.str.contains(needs, regex=False, na=False)
    for fmt in formats:
        todo = out.isna() & holds
        if not todo.any():
            break
        out.loc[todo] = _ns(_to_datetime(text[todo], fmt))
    return out


def epoch_times(text: pd.Series) -> pd.Series:
    """Integers as epoch milliseconds (13 digits) or seconds (9–10 digits), plausible range only."""
    digits = text.str.fullmatch(r"\d{9,13}(\.0+)?").fillna(False).astype(bool)
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
    if not digits.any():
        return out
    numbers = pd.to_numeric(text[digits].str.replace(r"\.0+$", "", regex=True), errors="coerce")
    millis = numbers.where(numbers >= 10**11, numbers * 1000)
    stamps = pd.to_datetime(millis, unit="ms", utc=True, errors="coerce")
    plausible = (stamps >= pd.Timestamp("2005-01-01", tz="UTC")) & (stamps < pd.Timestamp("2100-01-01", tz="UTC"))
    out.loc[stamps.index] = stamps.where(plausible)
    return out


def clean_cell(value: str) -> str | None:
    """Sanitised text, or ``None`` for a placeholder."""
    return None if is_placeholder_text(value) else sanitize_text(value)


def text_or_none(series: pd.Series) -> pd.Series:
    """Sanitised text, placeholders → ``None`` (object column)."""
    return map_unique(series, clean_cell)


# ---- text sanitiser --------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Bidirectional overrides/isolates and zero-width characters: shown as visible markers.
_INVISIBLE = {
    "\u200b": "[ZWSP]", "\u200c": "[ZWNJ]", "\u200d": "[ZWJ]", "\u2060": "[WJ]", "\ufeff": "[BOM]",
    "\u202a": "[LRE]", "\u202b": "[RLE]", "\u202c": "[PDF]", "\u202d": "[LRO]", "\u202e": "[RLO]",
    "\u2066": "[LRI]", "\u2067": "[RLI]", "\u2068": "[FSI]", "\u2069": "[PDI]", "\u200e": "[LRM]",
    "\u200f": "[RLM]", "\u061c": "[ALM]",
}
_INVISIBLE_RE = re.compile("[" + "".join(_INVISIBLE) + "]")


def sanitize_text(value: str) -> str:
    """NFC; lone surrogates → U+FFFD; C0 controls removed (tab/newline kept); bidi/zero-width made visible."""
    if value.isascii() and value.isprintable():
        return value
    value = _SURROGATE.sub("\ufffd", value)
    value = unicodedata.normalize("NFC", value)
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _INVISIBLE_RE.sub(lambda m: _INVISIBLE[m.group(0)], value)


def sanitize_series(series: pd.Series) -> pd.Series:
    """:func:`sanitize_text` once per distinct value."""
    return map_unique(series, sanitize_text)
