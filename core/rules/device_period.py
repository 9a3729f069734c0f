"""``recording-outside-device-period``: made before its device was first registered or after it was removed.

Only recordings matched to a listed device (see :func:`core.rules.unknown_device.matched_by`) are judged;
re-registrations count as several periods; a day's grace covers set-up and clock skew.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from core.i18n import _
from core.model import Export
from core.reading.timetext import minute_text
from core.rules.common import device_label, make, ordered, recordings_view, rows, weak_time_note
from core.rules.devices import GRACE, Inventory, covered, inventory
from core.rules.finding import Finding, ReviewContext, Severity, quoted, shorten
from core.rules.rule import MetadataRule, RuleTexts
from core.rules.unknown_device import matched_by
from core.translatable import QT_TRANSLATE_NOOP

RULE = "recording-outside-device-period"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings outside the device's registration"),
    headline=QT_TRANSLATE_NOOP("Overview", "%1 voice recordings from times the export shows their device not "
                                           "registered to your account"),
    letter={
        "en": "recordings made before the device was registered or after it was removed",
        "de": "Aufnahmen vor der Registrierung oder nach der Abmeldung des Geräts",
        "fr": "enregistrements antérieurs à l'enregistrement de l'appareil ou postérieurs à son retrait",
    },
)


def _groups(view: pd.DataFrame, inv: Inventory) -> Iterator[tuple[pd.DataFrame, pd.DataFrame, str, np.ndarray]]:
    """(matched recordings, the device's list rows, how matched, outside mask) per listed device."""
    match = matched_by(view, inv)
    has_serial = view["has_serial"].to_numpy()
    dated = view["time"].notna().to_numpy()
    for kind, column in (("serial", "serial_key"), ("name", "name_key")):
        for serial_flag in (True, False):
            if kind == "serial" and not serial_flag:
                continue
            picked = view[(match == kind) & dated & (has_serial == serial_flag)]
            for key, group in picked.groupby(column, sort=True):
                spans = inv.listed[inv.listed[column] == key]
                if kind == "name" and serial_flag:
                    spans = spans[spans["serial_key"] == ""]  # a listed device with another serial is another device
                if spans["start"].isna().all() and spans["end"].isna().all():
                    continue  # no period known: nothing to compare with
                yield group, spans, kind, ~covered(group["time"], spans)


def outside_period_mask(export: Export, context: ReviewContext) -> np.ndarray:
    """Which recordings this rule flags (for the export summary), without building findings."""
    view = recordings_view(export)
    mask = pd.Series(False, index=view.index)
    for group, _spans, _kind, outside in _groups(view, inventory(export)):
        mask[group.index[outside]] = True
    return mask.to_numpy()


def recording_outside_device_period(export: Export, context: ReviewContext) -> list[Finding]:
    view = recordings_view(export)
    if not len(view):
        return []
    findings: list[Finding] = []
    for group, spans, kind, outside in _groups(view, inventory(export)):
        flagged = group[outside]
        if not len(flagged):
            continue
        spans = spans.sort_values("start", kind="stable")
        periods = "; ".join(_period(r) for r in rows(spans))
        member = next((m for m in spans["member"] if isinstance(m, str) and m), "the device list")
        evidence_periods = quoted([{"registered": None if pd.isna(r.start) else minute_text(r.start),
                                    "deregistered": None if pd.isna(r.end) else minute_text(r.end),
                                    "member": r.member} for r in rows(spans)])  # shared by the group's findings
        first_start = spans["start"].min()
        before_all = (flagged["time"] < first_start - GRACE).to_numpy() if spans["start"].notna().all() else \
            np.zeros(len(flagged), dtype=bool)
        for row, before in zip(rows(flagged), before_all.tolist(), strict=True):
            findings.append(_finding(row, before, kind, periods, member, evidence_periods))
    return ordered(findings)


def _finding(row: Any, before: bool, kind: str, periods: str, member: str,
             evidence_periods: list[dict[str, Any]]) -> Finding:
    severity: Severity = "high"
    text = (_("This recording made at {when} is attributed to {device}, which {member} shows as registered to this "
              "account only {periods} — the recording is before that period.") if before else
            _("This recording made at {when} is attributed to {device}, which {member} shows as registered to this "
              "account only {periods} — the recording is outside that period.")).format(
        when=row.when, device=device_label(row.name, row.serial), member=shorten(member), periods=periods)
    if row.weak_time:
        severity = "low"
        text += weak_time_note(row.time_source)
    return make(RULE, severity, row, text, {
        "device_name": row.name or None, "device_serial": row.serial or None, "matched_by": kind,
        "periods": evidence_periods, "position": "before-registration" if before else "outside-period"})


def _period(row: Any) -> str:
    start, end = row.start, row.end
    text = _("from an unknown date") if pd.isna(start) else _("from {time}").format(time=minute_text(start))
    return text + (_(" on") if pd.isna(end) else _(" until {time}").format(time=minute_text(end)))


DEVICE_PERIOD_RULE = MetadataRule(RULE, TEXTS, recording_outside_device_period)
