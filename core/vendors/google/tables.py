"""Rows (dicts) into model tables with the model's columns and dtypes, sorted by time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pandas as pd

from core.model import TABLES, TIME_COLUMNS, empty_table
from core.vendors.google.jsonio import TABLE_YEARS


def _in_range(value: Any) -> Any:
    if isinstance(value, datetime) and not TABLE_YEARS[0] <= value.year <= TABLE_YEARS[1]:
        return None
    return value


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A table named ``name`` (``recordings``, ``searches``, ``purchases``) from row dicts."""
    if not rows:
        return empty_table(name)
    columns = TABLES[name]
    table = pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in columns})
    for col in TIME_COLUMNS.get(name, ()):
        values = [_in_range(r.get(col)) for r in rows]  # a year 3000 from a file name or HTML page: undated
        table[col] = pd.to_datetime(pd.Series(values, dtype=object), utc=True).astype("datetime64[ns, UTC]")
    if "time" in columns:
        table = table.sort_values("time", kind="stable", na_position="last")
    return table.reset_index(drop=True)
