"""Joining and sorting model tables in bounded memory.

``join_frames`` joins the parts of a table one column at a time, dropping each part's column once joined
(pandas keeps one block per column here), so the join needs one column's copy, not the whole table's.

``DataFrame.sort_values`` over several keys factorises every key column of every row (a hash table per
key; 1M order lines ≈ +100 MiB) and the sorted copy is made even when the rows are in order already. Here
the first key, a time, is sorted alone (an ``int64`` argsort); only rows that share their time with another
row are sorted by every key, and a table already in order is not copied. Same order as
``sort_values(keys, kind="stable", na_position="last")`` with object keys compared as ``str``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def join_frames(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The frames one below the other with a fresh index, as ``pd.concat(frames, ignore_index=True)``; frames
    with the same columns are emptied on the way."""
    if len(frames) == 1:
        return frames[0].reset_index(drop=True)
    names = list(frames[0].columns)
    if any(set(f.columns) != set(names) or len(f.columns) != len(names) for f in frames):
        return pd.concat(frames, ignore_index=True)
    columns = {col: pd.concat([f.pop(col) for f in frames], ignore_index=True) for col in names}
    return pd.DataFrame(columns, copy=False)


def sort_positions(frame: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """The row positions of ``frame`` in sorted order (stable; missing values last; object keys as text)."""
    first = frame[keys[0]]
    if len(keys) == 1 or not isinstance(first.dtype, pd.DatetimeTZDtype):
        return _by_every_key(frame, keys)
    stamps = first.to_numpy(dtype="datetime64[ns]").view(np.int64)
    stamps = np.where(first.isna().to_numpy(), np.iinfo(np.int64).max, stamps)  # NaT last
    positions = np.argsort(stamps, kind="stable")
    ordered = stamps[positions]
    same = ordered[1:] == ordered[:-1]
    tied = np.zeros(len(positions), dtype=bool)
    tied[1:] |= same
    tied[:-1] |= same
    if tied.any():  # rows sharing a time: their own order by every key, into the same places
        rows = np.sort(positions[tied])
        positions[tied] = rows[_by_every_key(frame.iloc[rows], keys)]
    return positions


def _by_every_key(frame: pd.DataFrame, keys: list[str]) -> np.ndarray:
    sortable = frame[keys].reset_index(drop=True)
    sortable = sortable.assign(**{c: sortable[c].astype(str) for c in keys if sortable[c].dtype == object})
    return sortable.sort_values(keys, kind="stable", na_position="last").index.to_numpy()


def sorted_frame(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``frame`` sorted by ``keys`` with a fresh index (not copied when already in order)."""
    positions = sort_positions(frame, keys)
    if np.array_equal(positions, np.arange(len(frame))):
        return frame.reset_index(drop=True)
    return frame.take(positions).reset_index(drop=True)
