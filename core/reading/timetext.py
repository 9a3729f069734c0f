"""Moments as text, always in UTC: the one place core turns a timestamp into words or ISO 8601.

Findings, letters and ``scan --json`` speak UTC (``2018-06-02 18:00 UTC``, ``2018-06-02T18:00:00.123Z``);
the app shows local time beside it (:mod:`gui.look.when`). Naive timestamps are UTC; a missing or unreadable
value is ``None`` (or the wording for an unknown time) — missing is never made into a moment.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

UNKNOWN_TIME = "an unknown time"
UNKNOWN_DATE = "an unknown date"


def utc_timestamp(value: Any) -> pd.Timestamp | None:
    """``value`` (ISO text, datetime, Timestamp) as an aware UTC Timestamp, or ``None``."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if stamp is pd.NaT or pd.isna(stamp):
        return None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def minute_text(value: Any) -> str:
    """``2018-06-02 18:00 UTC``, or ``an unknown time``."""
    stamp = utc_timestamp(value)
    return UNKNOWN_TIME if stamp is None else stamp.strftime("%Y-%m-%d %H:%M UTC")


def day_text(value: Any) -> str:
    """``2018-06-02`` (the UTC date), or ``an unknown date``."""
    stamp = utc_timestamp(value)
    return UNKNOWN_DATE if stamp is None else stamp.strftime("%Y-%m-%d")


def iso_text(value: Any) -> str | None:
    """``2018-06-02T18:00:00.123Z`` (milliseconds, UTC), or ``None`` for a missing time."""
    stamp = utc_timestamp(value)
    if stamp is None:
        return None
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def minute_texts(times: pd.Series) -> pd.Series:
    """:func:`minute_text` of a whole UTC column at once (``None`` where the time is missing)."""
    stamps, missing = _utc_ms(times)
    minutes = np.datetime_as_string(stamps, unit="m").tolist()
    return pd.Series([None if m else f"{t[:10]} {t[11:]} UTC" for t, m in zip(minutes, missing, strict=True)],
                     index=times.index, dtype=object)


def iso_texts(times: pd.Series) -> pd.Series:
    """:func:`iso_text` of a whole UTC column at once."""
    stamps, missing = _utc_ms(times)
    millis = np.datetime_as_string(stamps, unit="ms").tolist()
    return pd.Series([None if m else f"{t}Z" for t, m in zip(millis, missing, strict=True)],
                     index=times.index, dtype=object)


def _utc_ms(times: pd.Series) -> tuple[np.ndarray, list[bool]]:
    stamps = pd.to_datetime(times, utc=True).dt.tz_convert(None).to_numpy(dtype="datetime64[ms]")
    return stamps, np.isnat(stamps).tolist()
