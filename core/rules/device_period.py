"""``recording-outside-device-period``: made before its device was first registered or after it was removed.

Only recordings matched to a listed device (see :func:`core.rules.unknown_device.matched_by`) are judged;
re-registrations count as several periods; a day's grace covers set-up and clock skew.
"""

from __future__ import annotations

import pandas as pd

from core.model import Export
from core.rules.common import device_label, make, ordered, recordings_view, rows, when_text
from core.rules.devices import GRACE, covered, inventory
from core.rules.finding import Finding, ReviewContext, Severity
from core.rules.unknown_device import matched_by

RULE = "recording-outside-device-period"


def recording_outside_device_period(export: Export, context: ReviewContext) -> list[Finding]:
    view = recordings_view(export)
    if not len(view):
        return []
    inv = inventory(export)
    match = matched_by(view, inv)
    view = view.assign(match=match)
    findings: list[Finding] = []
    view["has_serial"] = view["serial_key"] != ""
    for kind, column in (("serial", "serial_key"), ("name", "name_key")):
        matched = view[(view["match"] == kind) & view["time"].notna()]
        for (key, has_serial), group in matched.groupby([column, "has_serial"], sort=True):
            spans = inv.listed[inv.listed[column] == key]
            if kind == "name" and has_serial:
                spans = spans[spans["serial_key"] == ""]  # a listed device with another serial is another device
            if spans["start"].isna().all() and spans["end"].isna().all():
                continue  # no period known: nothing to compare with
            outside = group[~covered(group["time"], spans)]
            periods = "; ".join(_period(r) for r in rows(spans.sort_values("start")))
            member = next((m for m in spans["member"] if isinstance(m, str) and m), "the device list")
            for row in rows(outside):
                before = bool((spans["start"].notna() & (row.time < spans["start"] - GRACE)).all())
                severity: Severity = "high"
                text = (f"This recording made at {row.when} is attributed to {device_label(row.name, row.serial)}, "
                        f"which {member} shows as registered to this account only {periods} — the recording is "
                        f"{'before' if before else 'outside'} that period.")
                if row.weak_time:
                    severity = "low"
                    text += f" The recording's time comes only from the {row.time_source} date, which may be wrong."
                findings.append(make(RULE, severity, row, text, {
                    "device_name": row.name or None, "device_serial": row.serial or None, "matched_by": kind,
                    "periods": [{"registered": None if pd.isna(r.start) else when_text(r.start),
                                 "deregistered": None if pd.isna(r.end) else when_text(r.end), "member": r.member}
                                for r in rows(spans)],
                    "position": "before-registration" if before else "outside-period"}))
    return ordered(findings)


def _period(row: object) -> str:
    start, end = row.start, row.end  # type: ignore[attr-defined]
    text = "from an unknown date" if pd.isna(start) else f"from {when_text(start)}"
    return text + (" on" if pd.isna(end) else f" until {when_text(end)}")
