"""Which line of the file each parsed row came from: the numbers the import report and the evidence cite.

A row's line is its index plus the header, moved past the lines of rows pandas skipped (``logical_lines``) and
past the line breaks inside quoted cells of the rows before it (``break_shift``); counted without a second
parse when the file has no quoted line breaks (``physical_lines``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def header_breaks(header: list[str]) -> int:
    """Line breaks inside the header's cells."""
    return sum(h.count("\n") for h in header)


def row_breaks(chunk: pd.DataFrame) -> np.ndarray:
    """Line breaks inside each row's cells (every column)."""
    breaks = np.zeros(len(chunk), dtype=np.int64)
    for col in chunk.columns:
        values = chunk[col].to_numpy(dtype=object)
        if "\n" in "\x00".join(map(str, values)):
            breaks += pd.Series(values, dtype=object).astype(str).str.count("\n").to_numpy(dtype=np.int64)
    return breaks


def logical_lines(rows: int, bad: list[tuple[int, int, int]], first: int = 0) -> np.ndarray:
    """Row ``first + i`` → line ``first + i + 2``, shifted past the lines of rows that were not read (``bad``
    sorted). Each bad line in turn moves the rows at or after it down by one; done at once: a row moves
    past the first ``k`` bad lines while ``line_j - j <= its line`` holds for every ``j < k``."""
    logical = np.arange(first, first + rows, dtype=np.int64) + 2
    if not bad or not rows:
        return logical
    at = np.array([line for line, _expected, _saw in bad], dtype=np.int64)
    limits = np.maximum.accumulate(at - np.arange(len(at), dtype=np.int64))
    return logical + np.searchsorted(limits, logical, side="right")


def physical_lines(rows: int, bad: list[tuple[int, int, int]], newline_count: int) -> np.ndarray | None:
    """The lines of the rows, or ``None`` when quoted line breaks must be counted."""
    return logical_lines(rows, bad) if newline_count <= rows + 1 + len(bad) else None


def break_shift(breaks: np.ndarray) -> np.ndarray:
    """Line breaks inside the cells of the rows before each row."""
    return np.concatenate(([0], np.cumsum(breaks)[:-1])) if len(breaks) else breaks


def lines_with_breaks(frame: pd.DataFrame, bad: list[tuple[int, int, int]]) -> np.ndarray:
    """The rows' lines counted from a full parse (quoted line breaks in any column)."""
    return logical_lines(len(frame), bad) + break_shift(row_breaks(frame))
