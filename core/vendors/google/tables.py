"""Rows (dicts) into model tables with the model's columns and dtypes, sorted by time."""

from __future__ import annotations

from typing import Any

import pandas as pd

from core.model import TABLES, TIME_COLUMNS, empty_table


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A table named ``name`` (``recordings``, ``searches``, ``purchases``) from row dicts."""
    if not rows:
        return empty_table(name)
    columns = TABLES[name]
    table = pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in columns})
    for col in TIME_COLUMNS.get(name, ()):
        table[col] = pd.to_datetime(pd.Series([r.get(col) for r in rows], dtype=object), utc=True).astype(
            "datetime64[ns, UTC]")
    if "time" in columns:
        table = table.sort_values("time", kind="stable", na_position="last")
    return table.reset_index(drop=True)
