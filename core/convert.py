"""Explicit, vectorised conversion of export text columns: times, money, placeholders, text.

Every converter takes a column of strings (as read by :mod:`core.tabular`) and returns the converted
column plus a mask of cells that could not be converted, so callers can report them with line numbers.
Times are parsed with one explicit format per style, never by guessing day/month order.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

import pandas as pd

# Values Amazon writes instead of leaving a cell empty.
PLACEHOLDERS = frozenset({"", "not available", "not applicable", "n/a", "na", "none", "null", "-", "--"})

# Timestamp styles seen in Amazon exports (export-formats.md §2.2, §2.4, §2.7).
# "us":   11/11/2021 22:32:48 UTC   (month first, always; GMT/UTC label or none)
# "iso":  2024-11-03T12:32:17Z, 2026-05-02T20:34:44.221Z, +00:00 offsets, 2020-02-27 15:52:06(.0)
# "epoch-ms" / "epoch-s": integers (web-API style indexes)
_US_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(:\d{2})?( (UTC|GMT))?$")
_US_FORMATS = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M")
_RFC_FORMAT = "%a, %d %b %Y %H:%M:%S"  # Wed, 03 Nov 2021 10:00:00 GMT
TIME_STYLES = ("us", "iso", "rfc", "epoch")


def is_placeholder(series: pd.Series) -> pd.Series:
    """True where a cell is empty or an Amazon placeholder (``Not Available`` …)."""
    return series.astype(str).str.strip().str.lower().isin(PLACEHOLDERS)


def first_of_and(series: pd.Series) -> pd.Series:
    """The first of several values joined by ``" and "`` (``"a and b"`` → ``"a"``)."""
    text = series.astype(str)
    if not text.str.contains(" and ", regex=False).any():
        return text
    return text.str.split(" and ", n=1, regex=False).str[0]


def split_and(value: str | None) -> list[str]:
    """All values of a cell that joins several with ``" and "``; placeholders dropped."""
    if value is None:
        return []
    parts = [p.strip() for p in str(value).split(" and ")]
    return [p for p in parts if p and p.lower() not in PLACEHOLDERS]


def parse_times(series: pd.Series, styles: tuple[str, ...] = ("us", "iso")) -> tuple[pd.Series, pd.Series]:
    """Parse a text column of UTC timestamps; returns ``(times, bad)``.

    Placeholders become NaT and are not bad. Each style is tried with its explicit format on the cells
    no earlier style parsed; a cell holding several timestamps joined by " and " keeps the first one.
    """
    text = first_of_and(series.astype(str).str.strip())
    absent = is_placeholder(text)
    result = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns, UTC]")
    todo = ~absent
    for style in styles:
        if not todo.any():
            break
        parsed = _parse_style(text[todo], style)
        ok = parsed.notna()
        result.loc[ok[ok].index] = parsed[ok]
        todo = todo & result.isna()
    return result, todo


def _parse_style(text: pd.Series, style: str) -> pd.Series:
    if style == "us":
        cleaned = text.str.replace(r" (UTC|GMT)$", "", regex=True)
        matches = text.str.match(_US_RE)
        out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
        for fmt in _US_FORMATS:
            todo = matches & out.isna()
            if not todo.any():
                break
            out.loc[todo] = pd.to_datetime(cleaned[todo], format=fmt, utc=True, errors="coerce")
        return out
    if style == "iso":
        iso_like = text.str.match(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
        out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
        if iso_like.any():
            out.loc[iso_like] = pd.to_datetime(text[iso_like], format="ISO8601", utc=True, errors="coerce")
        return out
    if style == "rfc":
        cleaned = text.str.replace(r" (UTC|GMT)$", "", regex=True)
        return pd.to_datetime(cleaned, format=_RFC_FORMAT, utc=True, errors="coerce")
    if style == "epoch":
        return epoch_times(text)
    raise ValueError(f"unknown time style {style!r}")


def epoch_times(text: pd.Series) -> pd.Series:
    """Integers as epoch milliseconds (13 digits) or seconds (9–10 digits), plausible range only."""
    digits = text.str.fullmatch(r"\d{9,13}(\.0+)?")
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
    if not digits.any():
        return out
    numbers = pd.to_numeric(text[digits].str.replace(r"\.0+$", "", regex=True), errors="coerce")
    millis = numbers.where(numbers >= 10**11, numbers * 1000)
    stamps = pd.to_datetime(millis, unit="ms", utc=True, errors="coerce")
    plausible = (stamps >= pd.Timestamp("2005-01-01", tz="UTC")) & (stamps < pd.Timestamp("2100-01-01", tz="UTC"))
    out.loc[stamps.index] = stamps.where(plausible)
    return out


_MONEY_STRIP = re.compile(r"[\s$€£¥'_,]|^[A-Z]{3}\s*|\s*[A-Z]{3}$")


def parse_money(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Money cells to :class:`Decimal` (``'-21.25'`` → ``Decimal('-21.25')``, ``12`` → ``Decimal('12')``).

    Returns ``(amounts, bad)``; placeholders are ``None`` and not bad. Unique values are converted once.
    """
    text = series.astype(str).str.strip()
    absent = is_placeholder(text)
    cleaned = text.str.replace(_MONEY_STRIP, "", regex=True)
    lookup: dict[str, Decimal | None] = {}
    for value in pd.unique(cleaned[~absent]):
        lookup[value] = _decimal(value)
    amounts = cleaned.map(lookup).where(~absent, None).astype(object)
    amounts = amounts.where(amounts.notna(), None)
    bad = ~absent & amounts.isna()
    return amounts, bad


def _decimal(value: str) -> Decimal | None:
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return None


def parse_quantity(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whole-number quantities as Python ints (object column); placeholders → ``None``."""
    text = series.astype(str).str.strip().str.replace(r"\.0+$", "", regex=True)
    absent = is_placeholder(text)
    ok = text.str.fullmatch(r"\d{1,9}")
    values = pd.Series([None] * len(text), index=text.index, dtype=object)
    if ok.any():
        values[ok] = [int(v) for v in text[ok]]
    return values, ~absent & ~ok


def text_or_none(series: pd.Series) -> pd.Series:
    """Sanitised text, placeholders → ``None`` (object column)."""
    cleaned = sanitize_series(series.astype(str))
    out = cleaned.where(~is_placeholder(cleaned), None).astype(object)
    return out.where(out.notna(), None)


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
_SUSPECT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c]")


def sanitize_text(value: str) -> str:
    """NFC; lone surrogates → U+FFFD; C0 controls removed (tab/newline kept); bidi/zero-width made visible."""
    value = _SURROGATE.sub("\ufffd", value)
    value = unicodedata.normalize("NFC", value)
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _INVISIBLE_RE.sub(lambda m: _INVISIBLE[m.group(0)], value)


def sanitize_series(series: pd.Series) -> pd.Series:
    """:func:`sanitize_text` on the cells that need it (fast path: most cells are plain)."""
    text = series.astype(str)
    suspect = text.str.contains(_SUSPECT) | ~_is_nfc(text)
    if not suspect.any():
        return text
    out = text.copy()
    out[suspect] = pd.Series([sanitize_text(v) for v in text[suspect]], index=text[suspect].index, dtype=object)
    return out


def _is_nfc(text: pd.Series) -> pd.Series:
    ascii_mask = text.str.isascii()
    if ascii_mask.all():
        return ascii_mask
    result = ascii_mask.copy()
    rest = text[~ascii_mask]
    result[~ascii_mask] = pd.Series([unicodedata.is_normalized("NFC", v) for v in rest], index=rest.index)
    return result
