"""The row order of a table sorted by one column: vectorised, missing values last.

A click on a column header of a 200k-row table sorts it. Deciding per row in Python whether a value was missing
(``pd.isna`` on each cell) and making its key held the window ~650 ms; here missing cells are found by pandas in
one pass, texts are case-folded by pandas, and numbers are read with one ``float`` per present cell — a few tens
of milliseconds. The order is the one the per-cell rule gave: stable, values compared case-folded (texts) or as
numbers, missing cells (``None``, NaN, NaT) after every value.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

NUMBER_KINDS = ("money", "int", "duration")


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


def sorted_positions(series: pd.Series, kind: str) -> np.ndarray:
    """Frame positions in ascending order of ``series`` (stable; missing cells last, in frame order)."""
    import numpy as np
    import pandas as pd

    missing = missing_cells(series)
    present = np.flatnonzero(~missing)
    values = series.iloc[present]
    keys: np.ndarray
    if kind == "time":
        keys = pd.to_datetime(values, utc=True).astype("int64").to_numpy()
    elif kind in NUMBER_KINDS:
        keys = _numbers(values.to_numpy())
    else:
        keys = values.astype(str).str.casefold().to_numpy(dtype=object)
    order = present[np.argsort(keys, kind="stable")]
    return np.concatenate([order, np.flatnonzero(missing)]).astype(np.int64)


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
