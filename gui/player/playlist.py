"""The player's next/previous list: the flagged recordings in time order.

At 20k flagged clips, making a dict of every row up front (``DataFrame.to_dict("records")``) froze the
window for a quarter of a second when an export was shown; a :class:`Playlist` keeps the sorted frame and
makes a row's dict only when the player moves to it. Stepping finds the current clip by id in a dict and,
for a clip that is not flagged, by time with one vectorised comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


class Playlist:
    """Rows of the recordings table (already in order), each made into a dict on use."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame.reset_index(drop=True)
        self.ids = [str(v) for v in self._frame["id"].tolist()]
        self._where: dict[str, int] = {}
        for pos, rid in enumerate(self.ids):
            self._where.setdefault(rid, pos)
        self._ns: Any = None  # time as int64 nanoseconds, made on the first step by time

    def __len__(self) -> int:
        return len(self.ids)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __getitem__(self, index: int) -> dict[str, Any]:
        row = self._frame.iloc[[index]].to_dict("records")[0]
        return {str(key): value for key, value in row.items()}

    def position(self, recording_id: str) -> int | None:
        return self._where.get(recording_id)

    def around(self, when: Any) -> tuple[int | None, int | None]:
        """Positions of the first clip after ``when`` and the last one before it (``None`` if there is none)."""
        import numpy as np
        import pandas as pd

        if self._ns is None:
            times = pd.to_datetime(self._frame["time"], utc=True)
            self._ns = (times.to_numpy(dtype="datetime64[ns]").view(np.int64), times.isna().to_numpy())
        values, missing = self._ns
        now = pd.Timestamp(when)
        now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
        later = np.flatnonzero(~missing & (values > now.value))
        earlier = np.flatnonzero(~missing & (values < now.value))
        return (int(later[0]) if len(later) else None), (int(earlier[-1]) if len(earlier) else None)


def playlist_step(playlist: Sequence[dict[str, Any]] | Playlist, current: dict[str, Any] | None,
                  delta: int) -> int | None:
    """Index of the clip ``delta`` steps from ``current`` in ``playlist`` (by id; by time when the
    current clip is not in the playlist), or ``None`` past either end."""
    if not playlist:
        return None
    count = len(playlist)
    current_id = str(current.get("id")) if current else None
    if isinstance(playlist, Playlist):
        found = playlist.position(current_id) if current_id is not None else None
        if found is not None:
            target = found + delta
        elif current is not None and current.get("time") is not None:
            later, earlier = playlist.around(current["time"])
            target = (count if later is None else later) if delta > 0 else (-1 if earlier is None else earlier)
        else:
            target = 0 if delta > 0 else count - 1
        return target if 0 <= target < count else None
    return _step_in_rows(list(playlist), current, current_id, delta)


def _step_in_rows(rows: list[dict[str, Any]], current: dict[str, Any] | None, current_id: str | None,
                  delta: int) -> int | None:
    import pandas as pd

    ids = [str(r.get("id")) for r in rows]
    if current_id in ids:
        target = ids.index(current_id) + delta
    elif current is not None and current.get("time") is not None:
        now = pd.Timestamp(current["time"])
        times = [pd.Timestamp(r.get("time")) for r in rows]  # type: ignore[arg-type]  # None -> NaT, never nearer
        later = [i for i, t in enumerate(times) if t > now]
        earlier = [i for i, t in enumerate(times) if t < now]
        target = (later[0] if later else len(ids)) if delta > 0 else (earlier[-1] if earlier else -1)
    else:
        target = 0 if delta > 0 else len(ids) - 1
    return target if 0 <= target < len(ids) else None
