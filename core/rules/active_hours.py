"""``recording-outside-active-hours``: a recording in the hours when this account is otherwise never active.

Modelled on Timesketch's ``outside-active-hours`` analyser: learn the account's rhythm from what is
certainly the user's — purchases, searches and recordings the user marked as their own — as a 24-hour
histogram (UTC, so no time-zone guess is needed), find the longest run of quiet hours (≤ 1 % of the
activity), and flag recordings inside that run, leaving out its first and last hour as a margin for
daylight-saving shifts and habits drifting. Needs at least 30 such events; low severity on its own.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.i18n import N_, _, number
from core.model import Export
from core.rules.common import make, ordered, own_recording_ids, recordings_view, rows
from core.rules.finding import Finding, ReviewContext, quoted
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP

RULE = "recording-outside-active-hours"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings at unusual hours"),
    letter={
        "en": "recordings at times the account is otherwise never used",
        "de": "Aufnahmen zu Zeiten, in denen das Konto sonst nie genutzt wird",
        "fr": "enregistrements à des heures où le compte n'est jamais utilisé par ailleurs",
    },
)
MIN_EVENTS = 30
QUIET_SHARE = 0.01
MIN_QUIET_HOURS = 4  # including the two margin hours


EVENT_WORDS = {"purchases": N_("purchases"), "searches": N_("searches"), "own recordings": N_("own recordings")}


def activity_hours(export: Export, context: ReviewContext) -> tuple[np.ndarray, dict[str, int]]:
    """Events per UTC hour from purchases, searches and own recordings, and the count per source."""
    own = own_recording_ids(export, context)
    recs = export.recordings
    parts = {"purchases": export.purchases["time"], "searches": export.searches["time"],
             "own recordings": recs.loc[recs["id"].astype(str).isin(list(own)), "time"]}
    counts: dict[str, int] = {}
    hist = np.zeros(24, dtype=np.int64)
    for label, times in parts.items():
        t = pd.to_datetime(times, utc=True).dropna()
        counts[label] = len(t)
        hist += np.bincount(t.dt.hour.to_numpy(), minlength=24)[:24]
    return hist, counts


def quiet_window(hist: np.ndarray) -> tuple[int, int] | None:
    """(first, length) of the longest circular run of quiet hours, or ``None`` if shorter than the minimum."""
    total = int(hist.sum())
    quiet = hist <= QUIET_SHARE * total
    if quiet.all() or not quiet.any():
        return None
    start_at = int(np.argmin(quiet))  # begin scanning at an active hour so runs do not wrap mid-way
    best: tuple[int, int] | None = None
    run_start, run_len = 0, 0
    for step in range(1, 25):
        hour = (start_at + step) % 24
        if quiet[hour]:
            if run_len == 0:
                run_start = hour
            run_len += 1
            if best is None or run_len > best[1]:
                best = (run_start, run_len)
        else:
            run_len = 0
    if best is None or best[1] < MIN_QUIET_HOURS:
        return None
    return best


def recording_outside_active_hours(export: Export, context: ReviewContext) -> list[Finding]:
    if not len(export.recordings):
        return []
    hist, counts = activity_hours(export, context)
    total = int(hist.sum())
    if total < MIN_EVENTS:
        return []
    window = quiet_window(hist)
    if window is None:
        return []
    first, length = window
    inner = [(first + k) % 24 for k in range(1, length - 1)]
    own = own_recording_ids(export, context)
    view = recordings_view(export)
    hours = view["time"].dt.hour
    # a ZIP entry's hour is when the export was packed (a local time, zone unknown), not when anyone spoke
    flagged = view[view["time"].notna() & hours.isin(inner) & ~view["archive_time"]
                   & ~view["id"].astype(str).isin(list(own))]
    if not len(flagged):
        return []
    quiet_from, quiet_to = f"{first:02d}:00", f"{(first + length) % 24:02d}:00"
    in_window = int(hist[[(first + k) % 24 for k in range(length)]].sum())
    sources = ", ".join(f"{number(n)} {_(EVENT_WORDS.get(label, label))}" for label, n in counts.items() if n)
    template = _("This recording was made at {when}, in hours when this account is otherwise inactive: of its "
                 "{total} purchases, searches and own recordings ({sources}), {quiet} fall between {start} and "
                 "{end} UTC.")
    findings = []
    shared_counts = quoted(counts)
    for row in rows(flagged):
        text = template.format(when=row.when, total=number(total), sources=sources, quiet=number(in_window),
                               start=quiet_from, end=quiet_to)
        findings.append(make(RULE, "low", row, text, {
            "quiet_from_utc": quiet_from, "quiet_to_utc": quiet_to, "events": total,
            "events_in_quiet_hours": in_window, "event_sources": shared_counts}))
    return ordered(findings)


ACTIVE_HOURS_RULE = MetadataRule(RULE, TEXTS, recording_outside_active_hours)
