"""Money and quantity cells to ``Decimal`` and ``int``, each distinct text converted once.

A plain number (``12.99``, ``-3``, ``7``) is handed straight to ``Decimal``/``int``, found by one C-level
match per text; anything else (placeholders, currency signs, thousands separators, decimal commas) goes
through the full per-text converter, which gives a plain number the same value.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from itertools import repeat

import numpy as np
import pandas as pd

from core.reading.placeholders import is_placeholder_text

_MONEY_STRIP = re.compile(r"[\s\u00a0$€£¥'_]|^[A-Z]{3}|[A-Z]{3}$")
_MONEY_OK = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_THOUSANDS_COMMAS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")  # 1,234 / 1,234.56 (US)
_DECIMAL_COMMA = re.compile(r"[+-]?\d{1,3}(\.\d{3})*,\d{1,2}|[+-]?\d+,\d{1,2}")  # 12,99 / 1.234,56 (DE)
_ABSENT = object()
_BAD = object()


def _money(value: str) -> object:
    if is_placeholder_text(value):
        return _ABSENT
    cleaned = _MONEY_STRIP.sub("", value.strip())
    if "," in cleaned:  # a thousands separator or a decimal comma — never silently dropped
        if _THOUSANDS_COMMAS.fullmatch(cleaned):
            cleaned = cleaned.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(cleaned):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            return _BAD
    if not _MONEY_OK.fullmatch(cleaned):
        return _BAD
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return _BAD


def parse_money(series: pd.Series, memo: Memo | None = None) -> tuple[pd.Series, pd.Series]:
    """Money cells to :class:`Decimal` (``'-21.25'`` → ``Decimal('-21.25')``, ``12`` → ``Decimal('12')``).

    Returns ``(amounts, bad)``; placeholders are ``None`` and not bad. Distinct values are converted once
    (across the parts of a table too when they share a ``memo``: one ``Decimal`` per distinct text).
    """
    return _convert_unique(series, _money, Decimal, memo)


def _quantity(value: str) -> object:
    if is_placeholder_text(value):
        return _ABSENT
    text = value.strip()
    if text.endswith(".0"):
        text = text.rstrip("0").rstrip(".")
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else _BAD  # "¹".isdigit() is True


def parse_quantity(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whole-number quantities as Python ints (object column); placeholders → ``None``."""
    return _convert_unique(series, _quantity, int)


# Texts that a converter reads exactly as the constructor does: converted without the converter's checks.
_PLAIN_MONEY = re.compile(r"[+-]?[0-9]+(\.[0-9]*)?|[+-]?\.[0-9]+")
_PLAIN_QUANTITY = re.compile(r"[0-9]{1,9}")
_PLAIN: dict[Callable[[str], object], tuple[re.Pattern[str], Callable[[str], object]]] = {
    _money: (_PLAIN_MONEY, Decimal), _quantity: (_PLAIN_QUANTITY, int),
}


def convert_texts(func: Callable[[str], object], texts: list[str]) -> list[object]:
    """``func`` of each text; a plain number (``12.99``, ``3``) goes straight to ``Decimal``/``int`` (the
    same value ``func`` gives it), found by one C-level match per text."""
    plain = _PLAIN.get(func)
    if plain is None:
        return list(map(func, texts))
    pattern, make = plain
    matched = list(map(pattern.fullmatch, texts))
    if None not in matched:
        return list(map(make, texts))
    return [func(text) if match is None else make(text) for text, match in zip(texts, matched, strict=True)]


class Memo(dict[str, object]):
    """Converted values by their text, shared by the parts of one table; it stops growing at ``limit``."""

    limit = 1 << 17

    def convert_all(self, func: Callable[[str], object], texts: np.ndarray) -> list[object]:
        """``func`` of each text, looked up first (one C-level lookup per text); the texts not seen before
        are converted together (:func:`convert_texts`)."""
        results = list(map(self.get, texts, repeat(_UNSEEN, len(texts))))
        unseen = np.flatnonzero(np.fromiter(map(operator.is_, results, repeat(_UNSEEN)), dtype=bool,
                                            count=len(results)))
        if len(unseen):
            new_texts = list(map(str, texts[unseen]))
            converted = convert_texts(func, new_texts)
            for position, found in zip(unseen.tolist(), converted, strict=True):
                results[position] = found
            room = self.limit - len(self)
            if room > 0:
                self.update(zip(new_texts[:room], converted[:room], strict=True))
        return results


_UNSEEN = object()


def _convert_unique(series: pd.Series, func: Callable[[str], object], kind: type,
                    memo: Memo | None = None) -> tuple[pd.Series, pd.Series]:
    """``func`` once per distinct value → (values with ``None`` for absent/bad, bad mask)."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    results = convert_texts(func, list(map(str, uniques))) if memo is None else memo.convert_all(func, uniques)
    good = np.empty(len(uniques) + 1, dtype=object)
    good[:-1] = results
    good[np.flatnonzero(~np.fromiter(map(isinstance, results, repeat(kind)), dtype=bool, count=len(results)))] = None
    good[-1] = None
    bad = np.append(np.fromiter(map(operator.is_, results, repeat(_BAD)), dtype=bool, count=len(results)), False)
    return pd.Series(good[codes], index=series.index, dtype=object), pd.Series(bad[codes], index=series.index)
