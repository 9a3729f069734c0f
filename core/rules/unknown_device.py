"""``recording-unknown-device``: a recording attributed to a device the account's device lists do not contain.

Matching: by serial when the recording has one (a listed device with the same name but another serial is
a *different* device — default names such as "Echo Dot" are shared by millions); by name only when the
recording has no serial or the listed device has none.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.i18n import _, ngettext, number
from core.model import Export
from core.rules.common import (
    device_label,
    make,
    ordered,
    quote_list,
    recordings_view,
    rows,
    unknown_time,
    voice_devices,
)
from core.rules.devices import Inventory, inventory
from core.rules.finding import Finding, ReviewContext, Severity, quoted
from core.rules.rule import MetadataRule, RuleTexts
from core.translatable import QT_TRANSLATE_NOOP

RULE = "recording-unknown-device"
TEXTS = RuleTexts(
    title=QT_TRANSLATE_NOOP("Rules", "Recordings from a device not on the account"),
    headline=QT_TRANSLATE_NOOP("Overview", "%1 voice recordings from devices the export does not list for your "
                                           "account"),
    letter={
        "en": "recordings attributed to a device that is not in the account's device list",
        "de": "Aufnahmen, die einem Gerät zugeordnet sind, das nicht in der Geräteliste des Kontos steht",
        "fr": "enregistrements attribués à un appareil absent de la liste des appareils du compte",
    },
)


def matched_by(view: pd.DataFrame, inv: Inventory) -> np.ndarray:
    """Per recording: ``"serial"``, ``"name"``, ``"none"`` (attributed, not listed) or ``""`` (not attributed)."""
    serial, name = view["serial_key"], view["name_key"]
    has_serial, has_name = view["has_serial"].to_numpy(), view["has_name"].to_numpy()
    by_serial = has_serial & serial.isin(list(inv.serials)).to_numpy()
    by_name = ~by_serial & has_name & np.where(has_serial, name.isin(list(inv.names_without_serial)).to_numpy(),
                                               name.isin(list(inv.names)).to_numpy())
    attributed = has_serial | has_name
    return np.select([by_serial, by_name, attributed], ["serial", "name", "none"], default="")


def unknown_device_mask(export: Export, context: ReviewContext) -> np.ndarray:
    """Which recordings this rule flags (for the export summary), without building findings."""
    inv = inventory(export)
    if not export.has_device_list or inv.no_lists:  # a missing device file is not an empty list
        return np.zeros(len(export.recordings), dtype=bool)
    return np.asarray(matched_by(recordings_view(export), inv) == "none")


def recording_unknown_device(export: Export, context: ReviewContext) -> list[Finding]:
    view = recordings_view(export)
    inv = inventory(export)
    if not len(view) or not export.has_device_list or inv.no_lists:  # nothing to compare with (see without-device)
        return []
    unknown = view[matched_by(view, inv) == "none"]
    if not len(unknown):
        return []
    listed = sorted({device_label(n, s) for n, s in zip(inv.listed["name"], inv.listed["serial"], strict=True)})
    if listed:
        shown = listed[:3] + ([_("{n} more").format(n=number(len(listed) - 3))] if len(listed) > 3 else [])
        names = shown[0] if len(shown) == 1 else _("{items} and {last}").format(items=", ".join(shown[:-1]),
                                                                                last=shown[-1])
        lists = _("{lists}. Those lists name only {names}").format(lists=inv.describe_lists(named=False), names=names)
    else:
        lists = _("{lists}, which list no device at all").format(lists=inv.describe_lists(named=False))
    severity: Severity = "medium" if inv.unregistered_purchases else "high"
    bought = ""
    if inv.unregistered_purchases:
        titles = list(inv.purchases["title"])
        bought = ngettext(" The account bought {bought} ({titles}) but only {n} appears in its device lists, so an "
                          "unregistered purchase could be the source.",
                          " The account bought {bought} ({titles}) but only {n} appear in its device lists, so an "
                          "unregistered purchase could be the source.", len(inv.voice)).format(
            bought=voice_devices(inv.purchased_count), titles=quote_list(titles, 2), n=number(len(inv.voice)))
    template = _("This recording made at {when} is attributed to {device}, which is not in {lists}.{bought}")
    findings = []
    sources = quoted(dict(sorted(inv.sources.items())))  # shared by every finding: cut to the quote limit once
    purchases = quoted(inv.purchase_evidence())
    for row in rows(unknown):
        text = template.format(when=unknown_time(row.when), device=device_label(row.name, row.serial), lists=lists,
                               bought=bought)
        findings.append(make(RULE, severity, row, text, {
            "device_name": row.name or None, "device_serial": row.serial or None,
            "listed_devices": len(inv.listed), "device_sources": sources, "voice_device_purchases": purchases}))
    return ordered(findings)


UNKNOWN_DEVICE_RULE = MetadataRule(RULE, TEXTS, recording_unknown_device)
