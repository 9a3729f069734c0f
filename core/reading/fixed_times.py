"""Vectorised parsing of the common fixed-width timestamp layouts, before the general per-format parsing.

Most export times have one exact shape (``11/11/2021 22:32:48 UTC``, ``2020-02-27 15:52:06``): those cells are
parsed here with numpy over their characters, with every field checked (digits, separators, month, day of that
month, hour, minute, second, a year well inside the nanosecond range). A cell that fits no layout exactly is
left for :func:`core.reading.convert.parse_times`' pandas formats, so a cell's value never depends on which
path read it: a cell accepted here gets what the style's first matching format gives it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# (width, positions of year/month/day/hour/minute/second as (start, length), literal characters by position)
Layout = tuple[int, tuple[tuple[int, int], ...], dict[int, str]]


def _us(suffix: str) -> Layout:  # MM/DD/YYYY HH:MM:SS[ UTC| GMT]
    literals = {2: "/", 5: "/", 10: " ", 13: ":", 16: ":"} | {19 + i: c for i, c in enumerate(suffix)}
    return 19 + len(suffix), ((6, 4), (0, 2), (3, 2), (11, 2), (14, 2), (17, 2)), literals


def _iso(sep: str, suffix: str) -> Layout:  # YYYY-MM-DD[ T]HH:MM:SS[Z]
    literals = {4: "-", 7: "-", 10: sep, 13: ":", 16: ":"} | {19 + i: c for i, c in enumerate(suffix)}
    return 19 + len(suffix), ((0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2)), literals


LAYOUTS: dict[str, tuple[Layout, ...]] = {
    "us": (_us(" UTC"), _us(" GMT"), _us("")),
    "iso": (_iso(" ", ""), _iso("T", ""), _iso("T", "Z")),
}
_FIRST_YEAR, _LAST_YEAR = 1700, 2200  # inside pandas' nanosecond range with room to spare
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
SLICE_ROWS = 50_000  # rows per conversion to characters: ~15 ms each, so the window's thread gets its turns


def fixed_width_times(text: pd.Series, style: str) -> pd.Series:
    """The cells of ``text`` that fit one of ``style``'s layouts exactly, as UTC times; NaT elsewhere."""
    out = np.full(len(text), np.iinfo(np.int64).min, dtype=np.int64)  # NaT
    layouts = LAYOUTS.get(style, ())
    if layouts and len(text):
        values = text.to_numpy(dtype=object)
        is_text = np.fromiter(map(isinstance, values, [str] * len(values)), dtype=bool, count=len(values))
        widths = np.zeros(len(values), dtype=np.int64)
        widths[is_text] = np.fromiter(map(len, values[is_text]), dtype=np.int64, count=int(is_text.sum()))
        for width in sorted({layout[0] for layout in layouts}):
            same = np.flatnonzero(widths == width)
            for first in range(0, len(same), SLICE_ROWS):  # short calls: the window's thread waits for each
                rows = same[first:first + SLICE_ROWS]
                chars = np.array(values[rows].tolist(), dtype=f"<U{width}").view(np.int32).reshape(len(rows), width)
                for layout in (lay for lay in layouts if lay[0] == width):
                    todo = out[rows] == np.iinfo(np.int64).min
                    if not todo.any():
                        break
                    stamps = _parse(chars if todo.all() else chars[todo], layout)
                    target = rows[todo]
                    ok = stamps != np.iinfo(np.int64).min
                    out[target[ok]] = stamps[ok]
    stamps = out.view("datetime64[ns]")
    return pd.Series(pd.DatetimeIndex(stamps).tz_localize("UTC"), index=text.index)


def _parse(chars: np.ndarray, layout: Layout) -> np.ndarray:
    """Nanoseconds since the epoch of each row of characters, ``int64`` min where the row does not fit.
    Column by column (a reduction along each short row costs more than the arithmetic itself)."""
    _width, fields, literals = layout
    ok = np.ones(len(chars), dtype=bool)
    for position, literal in literals.items():
        ok &= chars[:, position] == ord(literal)
    numbers = []
    for start, length in fields:
        number = np.zeros(len(chars), dtype=np.int64)
        for position in range(start, start + length):
            digit = chars[:, position] - ord("0")
            ok &= (digit >= 0) & (digit <= 9)
            number = number * 10 + digit
        numbers.append(number)
    year, month, day, hour, minute, second = numbers
    ok &= (year >= _FIRST_YEAR) & (year <= _LAST_YEAR) & (month >= 1) & (month <= 12)
    ok &= (hour < 24) & (minute < 60) & (second < 60) & (day >= 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    ok &= day <= _MONTH_DAYS[np.clip(month, 0, 12)] + (leap & (month == 2))
    days = _days_from_civil(year, np.clip(month, 1, 12), day)
    stamps = (((days * 24 + hour) * 60 + minute) * 60 + second) * 1_000_000_000
    return np.where(ok, stamps, np.iinfo(np.int64).min)


def _days_from_civil(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's algorithm)."""
    y = year - (month <= 2)  # at least 1699 here: // is the floor division
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468
