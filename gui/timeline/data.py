"""The timeline's data: lanes of sorted event times, anomaly levels, and fast counting per bin.

Times are matplotlib date numbers (days since 1970-01-01 UTC, float64). Everything here is numpy
on sorted arrays, so counting 250k events into a few hundred bins is a few ``searchsorted`` calls.
"""

from __future__ import annotations

import time as _time
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale

from core.model import Export, own_times
from core.rules.finding import Finding

NS_PER_DAY = 86_400 * 10**9
NORMAL, MINOR, MAJOR = 0, 1, 2  # anomaly levels: none, medium/low finding, high finding
LEVEL_OF_SEVERITY = {"high": MAJOR, "medium": MINOR, "low": MINOR}
MAX_DEVICE_LANES = 8
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
TITLE_COLUMN = {"purchase": "title", "search": "query", "recording": "transcript"}
TABLE_OF_KIND = {"purchase": "purchases", "search": "searches", "recording": "recordings"}

# Bin widths from fine to coarse: (name, unit, count); units are numpy datetime64 units.
BIN_STEPS = (("hour", "h", 1), ("3 hours", "h", 3), ("6 hours", "h", 6), ("day", "D", 1), ("week", "W", 1),
             ("month", "M", 1), ("quarter", "M", 3), ("year", "Y", 1))


def kind_word(kind: str) -> str:
    """What one event of ``kind`` is called, in the interface language."""
    words = {"purchase": translate("Timeline", "Purchase"), "search": translate("Timeline", "Search"),
             "recording": translate("Timeline", "Voice recording")}
    return words.get(kind, kind)


def bin_word(name: str) -> str:
    """A bin width of :data:`BIN_STEPS` ("3 hours") in the interface language."""
    words = {"hour": translate("Timeline", "hour"), "3 hours": translate("Timeline", "3 hours"),
             "6 hours": translate("Timeline", "6 hours"), "day": translate("Timeline", "day"),
             "week": translate("Timeline", "week"), "month": translate("Timeline", "month"),
             "quarter": translate("Timeline", "quarter"), "year": translate("Timeline", "year")}
    return words.get(name, name)


def voice_lane_label(device: str) -> str:
    return translate("Timeline", "Voice · %1").replace("%1", device)


APPROX_DAYS = {"h": 1 / 24, "D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}


@dataclass
class Lane:
    """One horizontal lane: events of one kind (and, for recordings, one device), sorted by time."""

    kind: str
    label: str
    colour: str  # Okabe–Ito colour name
    times: np.ndarray  # float64 date numbers, sorted
    refs: np.ndarray  # int64 row labels in the kind's table, aligned with times
    levels: np.ndarray  # int8 anomaly level per event
    jitter: np.ndarray = field(default_factory=lambda: np.zeros(0))  # vertical offset in lane units
    by_level: dict[int, np.ndarray] = field(default_factory=dict)  # level -> indices into times
    #: events of this lane with no time of their own (none, or only the archive entry's date): not drawn
    untimed: int = 0

    def __post_init__(self) -> None:
        # a stable pseudo-random vertical offset per event, so events at nearly the same time stay apart
        self.jitter = _unit_hash(self.refs) * 0.5 - 0.25
        self.by_level = {level: np.flatnonzero(self.levels == level) for level in (NORMAL, MINOR, MAJOR)}

    def __len__(self) -> int:
        return len(self.times)

    def span(self, x0: float, x1: float) -> tuple[int, int]:
        """Index range of the events inside [x0, x1]."""
        return int(np.searchsorted(self.times, x0, "left")), int(np.searchsorted(self.times, x1, "right"))

    def level_times(self, level: int) -> np.ndarray:
        return self.times[self.by_level[level]]


def _unit_hash(values: np.ndarray) -> np.ndarray:
    """A well-mixed, stable value in [0, 1) per integer (splitmix64 finaliser)."""
    x = np.asarray(values).astype(np.uint64)
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        x = x ^ (x >> np.uint64(31))
    return (x >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def to_datenum(series: pd.Series) -> np.ndarray:
    """UTC timestamps → matplotlib date numbers (NaT → NaN)."""
    values = pd.to_datetime(pd.Series(series), utc=True).dt.as_unit("ns")  # pandas 3 may hold s/us
    out = values.array.asi8.astype(np.float64) / NS_PER_DAY  # type: ignore[attr-defined]  # not in pandas-stubs
    out[values.isna().to_numpy()] = np.nan
    return out


def _lane(kind: str, label: str, colour: str, times: np.ndarray, refs: np.ndarray, levels: np.ndarray) -> Lane:
    keep = ~np.isnan(times)
    untimed = len(times) - int(keep.sum())
    times, refs, levels = times[keep], refs[keep], levels[keep]
    order = np.argsort(times, kind="stable")
    return Lane(kind, label, colour, times[order], refs[order].astype(np.int64), levels[order].astype(np.int8),
                untimed=untimed)


def recording_levels(recordings: pd.DataFrame, findings: Iterable[Finding]) -> np.ndarray:
    """The strongest finding's level for every recording row (0 when none)."""
    worst: dict[str, int] = {}
    for finding in findings:
        level = LEVEL_OF_SEVERITY.get(finding.severity, MINOR)
        if level > worst.get(finding.subject, NORMAL):
            worst[finding.subject] = level
    if not worst or len(recordings) == 0:
        return np.zeros(len(recordings), dtype=np.int8)
    return recordings["id"].map(worst).fillna(NORMAL).to_numpy(dtype=np.int8)


def device_labels(recordings: pd.DataFrame) -> np.ndarray:
    """Per recording: the device name, else its serial, else "Unknown device" (vectorised)."""
    name = recordings["device_name"].astype("string").str.strip()
    serial = recordings["device_serial"].astype("string").str.strip()
    label = name.where(name.fillna("") != "", serial)
    label = label.where(label.fillna("") != "", translate("Timeline", "Unknown device"))
    return label.astype(object).to_numpy()


def build_lanes(export: Export, findings: Iterable[Finding]) -> list[Lane]:
    """Purchases, searches, then one lane per recording device (busiest first, the rest grouped)."""
    lanes: list[Lane] = []
    for kind, table, label, colour in (("purchase", export.purchases, translate("Timeline", "Purchases"), "blue"),
                                       ("search", export.searches, translate("Timeline", "Searches"), "green")):
        if len(table):
            lanes.append(_lane(kind, label, colour, to_datenum(table["time"]), table.index.to_numpy(),
                               np.zeros(len(table), dtype=np.int8)))
    recordings = export.recordings
    if len(recordings):
        times = to_datenum(own_times(recordings))  # an archive entry's date is not placed (the status counts it)
        refs = recordings.index.to_numpy()
        levels = recording_levels(recordings, findings)
        devices = device_labels(recordings)
        tally = pd.Series(devices).value_counts()
        ranked = [str(n) for n, _c in sorted(tally.items(), key=lambda nc: (-nc[1], str(nc[0])))]
        if len(ranked) > MAX_DEVICE_LANES:
            rest = set(ranked[MAX_DEVICE_LANES - 1:])
            other = translate("Timeline", "Other devices")
            devices = np.where(np.isin(devices, list(rest)), other, devices)
            ranked = [*ranked[: MAX_DEVICE_LANES - 1], other]
        for device in ranked:
            mask = devices == device
            lanes.append(_lane("recording", voice_lane_label(device), "purple", times[mask], refs[mask], levels[mask]))
    return lanes


def untimed_note(lanes: list[Lane]) -> str:
    """`` · 2 recordings have no time of their own and are not shown`` (no time, or only the archive entry's date;
    '' for none): the status line says what the line leaves out."""
    untimed = sum(lane.untimed for lane in lanes)
    if not untimed:
        return ""
    return " · " + (translate("Timeline", "1 recording has no time of its own and is not shown") if untimed == 1
                    else translate("Timeline", "%1 recordings have no time of their own and are not shown")
                    .replace("%1", QLocale().toString(untimed)))


def padded_range(lanes: list[Lane]) -> tuple[float, float]:
    """The lanes' time range with a margin (date numbers); (0, 1) without events."""
    times = [lane.times[[0, -1]] for lane in lanes if len(lane)]
    if not times:
        return 0.0, 1.0
    lo, hi = float(min(t[0] for t in times)), float(max(t[1] for t in times))
    pad = max((hi - lo) * 0.02, 0.5)
    return lo - pad, hi + pad


def local_offset_days(x: float) -> float:
    """The local time zone's UTC offset (in days) at date number ``x``."""
    seconds = float(np.clip(x, -1e5, 1e5)) * 86400.0
    local = _time.localtime(seconds)
    return (local.tm_gmtoff or 0) / 86400.0


def choose_step(span_days: float, max_bins: int) -> tuple[str, str, int]:
    """The finest bin width that keeps the view under ``max_bins`` bins."""
    for name, unit, count in BIN_STEPS:
        if span_days / (APPROX_DAYS[unit] * count) <= max_bins:
            return name, unit, count
    return BIN_STEPS[-1]


def bin_edges(x0: float, x1: float, unit: str, count: int) -> np.ndarray:
    """Bin edges covering [x0, x1], aligned to local calendar boundaries, as date numbers."""
    offset = local_offset_days((x0 + x1) / 2)
    start = np.datetime64(int((x0 + offset) * NS_PER_DAY), "ns")
    stop = np.datetime64(int((x1 + offset) * NS_PER_DAY), "ns")
    if unit == "W":  # weeks start on Monday; 1970-01-01 was a Thursday
        first = start.astype("datetime64[D]")
        first = first - ((first.astype(np.int64) + 3) % 7)
        edges = np.arange(first, stop.astype("datetime64[D]") + 8, 7)
    else:
        first = start.astype(f"datetime64[{unit}]")
        if count > 1:
            first = first - (first.astype(np.int64) % count)
        edges = np.arange(first, stop.astype(f"datetime64[{unit}]") + 2 * count, count)
    ns = edges.astype("datetime64[ns]").astype(np.int64).astype(np.float64)
    return ns / NS_PER_DAY - offset


def counts(times: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Events per bin for sorted ``times``."""
    return np.diff(np.searchsorted(times, edges, "left"))
