"""Helpers shared by the rules: recording views, time wording, finding assembly and ordering."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pandas as pd

from core.model import Export
from core.rules.finding import Finding, ReviewContext, Severity

WEAK_TIME_SOURCES = frozenset({"archive", "none"})


def recordings_view(export: Export) -> pd.DataFrame:
    """The recordings with derived columns the rules use (never modifies the export).

    Adds ``when`` (``2018-06-02 18:00 UTC``), ``iso`` (the JSON time), ``where`` (the member to show),
    ``serial_key``/``name_key`` (case-folded, stripped; ``""`` when missing) and ``weak_time``.
    """
    recs = export.recordings
    view = pd.DataFrame(index=recs.index)
    view["id"] = recs["id"].astype(object)
    time = pd.to_datetime(recs["time"], utc=True) if len(recs) else recs["time"]
    view["time"] = time
    view["when"] = time.dt.strftime("%Y-%m-%d %H:%M UTC").astype(object).where(time.notna(), None)
    view["iso"] = time.dt.strftime("%Y-%m-%dT%H:%M:%S.000Z").astype(object).where(time.notna(), None)
    audio = recs["audio_member"].astype(object)
    view["where"] = audio.where(audio.notna(), recs["member"].astype(object))
    view["serial"] = _text(recs["device_serial"])
    view["name"] = _text(recs["device_name"])
    view["serial_key"] = view["serial"].str.casefold()
    view["name_key"] = view["name"].str.casefold()
    view["weak_time"] = recs["time_source"].astype(object).isin(list(WEAK_TIME_SOURCES)) | time.isna()
    view["time_source"] = recs["time_source"].astype(object)
    return view


def _text(series: pd.Series) -> pd.Series:
    """Strings stripped, missing as ``""`` (object dtype, fast ``isin``)."""
    return series.astype(object).where(series.notna(), "").astype(str).str.strip().astype(object)


def when_text(ts: Any) -> str:
    """``2018-06-02 18:00 UTC`` or ``an unknown time``."""
    if ts is None or pd.isna(ts):
        return "an unknown time"
    return pd.Timestamp(ts).tz_convert("UTC").strftime("%Y-%m-%d %H:%M UTC")


def day_text(ts: Any) -> str:
    if ts is None or pd.isna(ts):
        return "an unknown date"
    return pd.Timestamp(ts).tz_convert("UTC").strftime("%Y-%m-%d")


def iso_text(ts: Any) -> str | None:
    if ts is None or pd.isna(ts):
        return None
    return pd.Timestamp(ts).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.000Z")


def device_label(name: str, serial: str) -> str:
    """``"Echo Dot" (serial G090…)`` / ``"Echo Dot"`` / ``the device with serial G090…`` / ``no named device``."""
    if name and serial:
        return f'"{name}" (serial {serial})'
    if name:
        return f'"{name}"'
    if serial:
        return f"the device with serial {serial}"
    return "no named device"


def quote_list(items: Sequence[str], limit: int = 3) -> str:
    """``"A", "B" and 2 more`` — short lists for explanations."""
    shown = [f'"{i}"' for i in items[:limit]]
    rest = len(items) - len(shown)
    if rest > 0:
        return ", ".join(shown) + f" and {rest} more"
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def make(rule: str, severity: Severity, row: Any, explanation: str, evidence: dict[str, Any]) -> Finding:
    """A finding about one recording (``row`` from :func:`recordings_view`, via ``itertuples``)."""
    base = {"recording_id": row.id, "time": row.iso, "time_source": row.time_source}
    return Finding(rule=rule, severity=severity, subject=str(row.id), explanation=explanation,
                   member=row.where, time=row.iso, evidence={**base, **evidence})


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Deterministic order: by time (undated last), then subject, then rule."""
    return sorted(findings, key=lambda f: (f.time is None, f.time or "", f.subject, f.rule))


def own_recording_ids(export: Export, context: ReviewContext) -> set[str]:
    """Recordings the user said are theirs: marked own voice, or given the verdict ``mine``."""
    ids = set(context.own_recordings)
    ids.update(key for key, verdict in context.verdicts.items() if verdict == "mine" and ":" not in key)
    known = set(export.recordings["id"].astype(str))
    return ids & known


def nonempty_text(series: pd.Series) -> pd.Series:
    """True where a text column holds something other than whitespace."""
    return series.notna() & (series.astype(object).where(series.notna(), "").astype(str).str.strip() != "")


def rows(frame: pd.DataFrame) -> Iterator[Any]:
    """``frame.itertuples(index=False)``, typed loosely (columns become attributes)."""
    return iter(frame.itertuples(index=False))
