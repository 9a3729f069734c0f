"""The row order of a table sorted by one column: vectorised, missing values last.

A click on a column header of a 200k-row table sorts it. Deciding per row in Python whether a value was missing
(``pd.isna`` on each cell) and making its key held the window ~650 ms; here missing cells are found by pandas in
one pass, texts are case-folded by pandas, and numbers are read with one ``float`` per present cell — a few tens
of milliseconds. The order is the one the per-cell rule gave: stable, values compared case-folded (texts) or as
numbers, missing cells (``None``, NaN, NaT) after every value.

A long table is ordered on another thread, but a C call holds the interpreter — and so the window — until it
returns: one case-folding and one ``argsort`` of 200k texts in no particular order held it ~40 and ~150 ms. There
(``sliced``) texts and numbers are read and ordered in slices of :data:`SLICE` rows (a few milliseconds each) and
the sorted slices merged in Python, which lets the window in between; it takes longer in all (~1.6×), so a table
ordered on the window's own thread is ordered in one go.
"""

from __future__ import annotations

import heapq
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

NUMBER_KINDS = ("money", "int", "duration")
SLICE = 8_192  # rows read or ordered per C call


def missing_cells(series: pd.Series) -> np.ndarray:
    """Which cells hold no value: ``None``, NaN, NaT — a text or a ``Decimal`` always holds one (as
    :meth:`gui.explore.cell_text.CellText._missing` decides for a single cell)."""
    import numpy as np

    missing = series.isna().to_numpy(dtype=bool, copy=True)
    if missing.any() and series.dtype == object:
        values = series.to_numpy()
        rows = np.flatnonzero(missing)
        held = np.fromiter((isinstance(values[i], str | Decimal) for i in rows), dtype=bool, count=len(rows))
        missing[rows[held]] = False  # Decimal("NaN") is a value the export wrote
    return missing


def sorted_positions(series: pd.Series, kind: str, sliced: bool = False) -> np.ndarray:
    """Frame positions in ascending order of ``series`` (stable; missing cells last, in frame order);
    ``sliced``: no C call on more than :data:`SLICE` texts or numbers (off the window's thread)."""
    import numpy as np
    import pandas as pd

    missing = missing_cells(series)
    present = np.flatnonzero(~missing)
    values = series.iloc[present]
    keys: np.ndarray
    if kind == "time":
        keys = pd.to_datetime(values, utc=True).astype("int64").to_numpy()
    else:
        step = SLICE if sliced else max(len(values), 1)
        starts = range(0, len(values), step)
        if kind in NUMBER_KINDS:
            keys = np.concatenate([_numbers(values.iloc[s:s + step].to_numpy()) for s in starts] or [np.empty(0)])
        else:
            keys = np.empty(len(values), dtype=object)
            for s in starts:
                keys[s:s + step] = values.iloc[s:s + step].astype(str).str.casefold().to_numpy(dtype=object)
    order = present[_stable_order(keys) if sliced else np.argsort(keys, kind="stable")]
    return np.concatenate([order, np.flatnonzero(missing)]).astype(np.int64)


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")``, texts ordered :data:`SLICE` at a time and merged (``heapq.merge``
    keeps equal keys in the order of their slices, so the merge stays stable)."""
    import numpy as np

    if keys.dtype != object or len(keys) <= SLICE:  # numbers and times: numpy orders them without the interpreter
        return np.argsort(keys, kind="stable")
    runs = [(start + np.argsort(keys[start:start + SLICE], kind="stable")).tolist()
            for start in range(0, len(keys), SLICE)]
    return np.fromiter(heapq.merge(*runs, key=keys.__getitem__), dtype=np.int64, count=len(keys))


def _numbers(values: np.ndarray) -> np.ndarray:
    """Cells as numbers for sorting (numpy's conversion, ``float`` of each; one cell that is none — a stray
    text — sends every cell through :func:`_number`); NaN after every number."""
    import numpy as np

    try:
        numbers = np.array(values, dtype=float)
    except (TypeError, ValueError, OverflowError):
        numbers = np.fromiter((_number(v) for v in values), dtype=float, count=len(values))
    numbers[np.isnan(numbers)] = np.inf
    return numbers


def _number(value: object) -> float:
    """A cell as a number for sorting: one that is none (a stray text) after every number."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return float("inf")
    return float("inf") if number != number else number
