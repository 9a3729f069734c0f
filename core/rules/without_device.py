"""``recording-without-device``: a recording no voice device explains — none in the export's device lists for its
time, or the user declared never having one.

Evidence considered: the device registrations and the Alexa device list (voice-capable or unknown-kind
devices, each with its registration period), and purchases of voice devices (a bought Echo that never
appears in the device lists weakens the finding to ``medium`` for recordings after the purchase).
``ReviewContext.owner_has_no_device`` (the user's declaration) makes every recording a finding.

Exports that list no devices at all (Google Takeout: ``Export.has_device_list`` is false) cannot show
that a device was missing: there the rule says so once, for the whole export, and flags recordings only
on the user's declaration.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from core.i18n import _, ngettext, number
from core.model import Export
from core.reading.timetext import day_text, minute_text
from core.rules.common import (
    device_label,
    make,
    ordered,
    recordings_view,
    rows,
    unknown_time,
    voice_devices,
    weak_time_note,
)
from core.rules.devices import Inventory, covered, inventory
from core.rules.finding import Finding, ReviewContext, Severity, quoted
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP
from core.vendors import vendor_wording

RULE = "recording-without-device"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings without a voice device to explain them"),
    headline=QT_TRANSLATE_NOOP("Overview", "%1 voice recordings, but the export's device lists show no voice device "
                                           "for that time"),
    letter={
        "en": "recordings although no voice-capable device was registered on the account at that time",
        "de": "Aufnahmen, obwohl zu diesem Zeitpunkt kein sprachfähiges Gerät im Konto registriert war",
        "fr": "enregistrements alors qu'aucun appareil vocal n'était enregistré sur le compte à ce moment-là",
    },
)


def recording_without_device(export: Export, context: ReviewContext) -> list[Finding]:
    view = recordings_view(export)
    if not len(view):
        return []
    inv = inventory(export)
    lists = export.has_device_list and not inv.no_lists  # a missing device file is not an empty list
    if context.owner_has_no_device:
        return _declared(view, inv, lists)
    if not lists:
        return [_no_device_list(export, view, inv)]
    if not len(inv.voice):
        return _never(view, inv)
    return _not_at_that_time(view, inv)


def without_device_mask(export: Export, context: ReviewContext) -> np.ndarray:
    """Which recordings this rule flags (for the export summary), without building findings."""
    view = recordings_view(export)
    if context.owner_has_no_device:
        return np.ones(len(view), dtype=bool)
    inv = inventory(export)
    return _no_device_then(view, inv, export.has_device_list and not inv.no_lists)


def _no_device_then(view: pd.DataFrame, inv: Inventory, lists: bool) -> np.ndarray:
    """Which recordings the export's own device lists leave without a voice device at their time: none when the
    export has no device list (missing is not empty), all when the lists hold no voice device, else the dated
    recordings outside every voice device's registration period."""
    if not lists:
        return np.zeros(len(view), dtype=bool)
    if not len(inv.voice):
        return np.ones(len(view), dtype=bool)
    return view["time"].notna().to_numpy() & ~covered(view["time"], inv.voice)


def _source_evidence(inv: Inventory) -> dict[str, object]:
    return {"device_sources": quoted(dict(sorted(inv.sources.items()))), "voice_devices_listed": len(inv.voice),
            "voice_device_purchases": quoted(inv.purchase_evidence())}


def _attributed(row: object) -> str:
    if not row.name and not row.serial:  # type: ignore[attr-defined]
        return ""
    return _(" attributed to {device}").format(device=device_label(row.name, row.serial))  # type: ignore[attr-defined]


def _weak(row: Any) -> str:
    """The note on a dated recording whose time is only a file or archive date (the sentence names that time)."""
    return weak_time_note(row.time_source) if row.weak_time and row.when else ""


def _no_device_list(export: Export, view: pd.DataFrame, inv: Inventory) -> Finding:
    vendor = vendor_wording(export.vendor).company
    missing = (_("This export contains no device list (no device file came with it)") if inv.no_lists
               and export.has_device_list else _("{vendor} exports contain no list of the account's devices").format(
                   vendor=vendor))
    text = _("{missing}, so Dossier cannot check which device made each of the {n} recordings. If you never used a "
             "voice assistant on any device of this account, declare it (\"I have never owned a voice device\"): "
             "then every recording becomes a finding.").format(missing=missing, n=number(len(view)))
    return Finding(RULE, "low", "export", text, None, None,
                   {"basis": "no-device-list", "recordings": len(view), "vendor": export.vendor})


def _declared(view: pd.DataFrame, inv: Inventory, has_device_list: bool = True) -> list[Finding]:
    contradiction = ""
    if not has_device_list:
        contradiction = _(" This export lists no devices, so this finding rests on your declaration alone.")
    elif len(inv.voice):
        contradiction = _(" Note: {lists} list {devices} — check that your declaration is right.").format(
            lists=inv.describe_lists(), devices=voice_devices(len(inv.voice)))
    findings = []
    evidence = {"basis": "owner-declaration", **_source_evidence(inv)}
    # whether the export itself also shows no voice device at the recording's time: a letter says so only then
    shown = _no_device_then(view, inv, has_device_list)
    for row, no_device_then in zip(rows(view), shown.tolist(), strict=True):
        text = _("You declared that you have never owned a voice device, yet this export holds a recording made at "
                 "{when}{attributed}.{contradiction}").format(when=unknown_time(row.when), attributed=_attributed(row),
                                                              contradiction=contradiction) + _weak(row)
        findings.append(make(RULE, "high", row, text, {**evidence, "export_shows_no_device_then": no_device_then}))
    return ordered(findings)


def _never(view: pd.DataFrame, inv: Inventory) -> list[Finding]:
    first_buy = inv.purchases["time"].min() if len(inv.purchases) else pd.NaT
    after = ((view["time"] >= first_buy).to_numpy() if not pd.isna(first_buy)
             else np.zeros(len(view), dtype=bool))
    reason = _("{lists} contain no voice device, and the export shows {purchases}.").format(
        lists=inv.describe_lists(), purchases=inv.describe_purchases())
    never = _(" The voice device bought was never registered to the account")
    template = _("According to the export, this recording made at {when}{attributed} comes from no device of this "
                 "account: {reason}")
    if_set_up = _("; if it was set up anyway, this recording could be from it.")
    bought_after = _(", and it was bought only after this recording.")
    evidence = {"basis": "no-voice-device-ever", **_source_evidence(inv)}
    findings = []
    for row, after_purchase in zip(rows(view), after.tolist(), strict=True):
        severity: Severity = "medium" if after_purchase else "high"
        text = template.format(when=unknown_time(row.when), attributed=_attributed(row), reason=reason)
        if len(inv.purchases):
            text += never + (if_set_up if after_purchase else bought_after)
        text += _weak(row)
        findings.append(make(RULE, severity, row, text, evidence))
    return ordered(findings)


def _not_at_that_time(view: pd.DataFrame, inv: Inventory) -> list[Finding]:
    dated = view[view["time"].notna()]
    uncovered = dated[~covered(dated["time"], inv.voice)]
    if not len(uncovered):
        return []
    nearest = _nearest(uncovered["time"], inv.voice)
    devices = [_device_text({str(k): v for k, v in d.items()}) for d in inv.voice.to_dict("records")]
    first_buy = inv.purchases["time"].min() if len(inv.purchases) else pd.NaT
    bought_before = (uncovered["time"] >= first_buy).to_numpy() if not pd.isna(first_buy) else np.zeros(
        len(uncovered), dtype=bool)
    lists = inv.describe_lists()
    bought = ngettext(" The account bought {bought} but only {n} appears in its device lists; one bought on {day} "
                      "could be the source.", " The account bought {bought} but only {n} appear in its device lists; "
                      "one bought on {day} could be the source.", len(inv.voice)).format(
        bought=voice_devices(inv.purchased_count), n=number(len(inv.voice)), day=day_text(first_buy))
    template = _("According to the export, no voice device was registered to this account at {when}, when this "
                 "recording{attributed} was made. In {lists}, the nearest voice device, {device}, is registered "
                 "{period} ({member}).")
    sources = _source_evidence(inv)
    findings = []
    for row, index, before in zip(rows(uncovered), nearest.tolist(), bought_before.tolist(), strict=True):
        label, period, member, evidence = devices[index]
        text = template.format(when=row.when, attributed=_attributed(row), lists=lists, device=label, period=period,
                               member=member)
        severity: Severity = "high"
        if inv.unregistered_purchases and before:
            severity = "medium"
            text += bought
        if row.weak_time:
            severity = "low"
            text += weak_time_note(row.time_source)
        findings.append(make(RULE, severity, row, text, {
            "basis": "no-voice-device-at-that-time", "nearest_device": evidence, **sources}))
    return ordered(findings)


def _device_text(device: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]]:
    """(label, period, member, evidence) of a listed device, computed once per device."""
    evidence = {"name": device["name"] or None, "serial": device["serial"] or None,
                "registered": None if pd.isna(device["start"]) else minute_text(device["start"]),
                "deregistered": None if pd.isna(device["end"]) else minute_text(device["end"]),
                "member": device["member"]}
    return (device_label(device["name"], device["serial"]), _period(device), device["member"] or _("device list"),
            quoted(evidence))


def _period(device: dict[str, Any]) -> str:
    start = (_("at an unknown date") if pd.isna(device["start"])
             else _("from {time}").format(time=minute_text(device["start"])))
    end = "" if pd.isna(device["end"]) else _(" until {time}").format(time=minute_text(device["end"]))
    return start + end


def _nearest(times: pd.Series, voice: pd.DataFrame) -> np.ndarray:
    """Index (into ``voice``) of the device whose registration period is closest to each time."""
    t = times.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]").astype(np.int64)[:, None].astype(np.float64)
    start = voice["start"].dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
    end = voice["end"].dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
    s = np.where(np.isnat(start), -np.inf, start.astype(np.int64).astype(np.float64))[None, :]
    e = np.where(np.isnat(end), np.inf, end.astype(np.int64).astype(np.float64))[None, :]
    gap = np.where(t < s, s - t, np.where(t >= e, t - e, 0.0))
    return np.asarray(np.argmin(gap, axis=1))


WITHOUT_DEVICE_RULE = MetadataRule(RULE, TEXTS, recording_without_device)
