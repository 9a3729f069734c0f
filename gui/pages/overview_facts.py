"""The overview page's figures about an export, computed where the export is opened, not in the window's thread.

Counting 20,000 files' statuses, finding the first and last of 200,000 times per table and looking for a device
list took 10–15 ms of the window's thread (more the first time in a process), inside its longest pause while a
big export is shown. The import's own thread computes them (``gui.work.importer``) and hands them over with the
export (``OpenedExport.prepared``); the page only sets its texts. No Qt here: this runs off the window's thread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core import contents
from core.model import Export, own_times

if TYPE_CHECKING:
    import pandas as pd

TABLES = ("purchases", "searches", "recordings", "devices")
KEY = "overview"  # its key in ``OpenedExport.prepared``


@dataclass(frozen=True)
class OverviewFacts:
    """What the overview says about one export."""

    counts: dict[str, int]  # rows per table
    spans: dict[str, tuple[pd.Timestamp, pd.Timestamp]]  # first and last time (UTC) of each table with times
    device_list: bool  # the export holds a device list at all (missing is not empty)
    voice_devices: int  # listed devices that take voice
    device_names: tuple[str, ...]  # the first three device names, in order
    statuses: Counter[str]  # the export's files per import status
    problems: int  # the import report's problems: rows that could not be used, and files'
    #: purchases/searches → held, missing or unread (``core.contents.history``)
    histories: dict[str, str] = field(default_factory=dict)
    without_audio: int = 0  # recordings a table lists whose audio the export lacks (a Takeout part not opened)
    untimed: int = 0  # recordings with no time of their own (only an archive entry's date, or none)
    parts_not_opened: str = ""  # the sentence naming a split export's parts that were not opened


def overview_facts(export: Export) -> OverviewFacts:
    counts = {name: len(export.table(name)) for name in TABLES}
    spans = {}
    for name in ("purchases", "searches", "recordings"):
        table = export.table(name)
        if not len(table) or "time" not in table:
            continue
        # an archive entry's date is not when anyone spoke
        span = time_span(own_times(table) if name == "recordings" else table["time"])
        if span is not None:
            spans[name] = span
    devices = export.devices
    voice = int(devices["voice_capable"].fillna(False).astype(bool).sum()) \
        if len(devices) and "voice_capable" in devices else 0
    names = tuple(sorted({str(n) for n in devices["name"].dropna()})[:3]) \
        if len(devices) and "name" in devices else ()
    listed = bool(counts["devices"]) or contents.device_list_present(export)
    recordings = export.recordings
    untimed = len(recordings) - int(own_times(recordings).notna().sum()) if len(recordings) else 0
    return OverviewFacts(counts=counts, spans=spans, device_list=listed,
                         voice_devices=voice, device_names=names, statuses=export.report.status_counts(),
                         problems=len(export.report.problems), histories=dict(contents.histories(export)),
                         without_audio=contents.recordings_without_audio(export), untimed=untimed,
                         parts_not_opened=contents.parts_not_opened(export))


def time_span(series: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The first and last time of ``series`` as naive UTC, or ``None`` when it holds none. A column of times with
    a zone is read as it is (its minimum and maximum skip missing times); anything else is parsed first, and what
    is no time left out. The overview's cards and the tables' date filters both ask it."""
    import pandas as pd

    times = series if isinstance(series.dtype, pd.DatetimeTZDtype) else pd.to_datetime(series, utc=True,
                                                                                          errors="coerce")
    first, last = times.min(), times.max()
    if pd.isna(first) or pd.isna(last):
        return None
    return first.tz_convert(None), last.tz_convert(None)
