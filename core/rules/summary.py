"""``export-summary``: one export-level finding (subject ``export``) when most recordings are anomalous.

The sentence is meant to be quoted in the letter ("38 of 40 recordings come from devices this account
never had"). It counts recordings carrying at least one device finding (without device, unknown device,
outside the device's period); it is raised when they are more than half of at least two recordings.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from core.i18n import _, ngettext, number
from core.model import Export
from core.rules.common import recordings_view
from core.rules.device_period import outside_period_mask
from core.rules.devices import inventory
from core.rules.finding import Finding, ReviewContext, Severity
from core.rules.rule import MetadataRule, RuleTexts
from core.rules.unknown_device import unknown_device_mask
from core.rules.without_device import without_device_mask
from core.translatable import QT_TRANSLATE_NOOP

RULE = "export-summary"
TEXTS = RuleTexts(
    # true under each of the three explanations, the user's declaration among them (one title per rule)
    title=QT_TRANSLATE_NOOP("Rules", "Most recordings may not be yours"),
)
DEVICE_MASKS = {"recording-without-device": without_device_mask, "recording-unknown-device": unknown_device_mask,
                "recording-outside-device-period": outside_period_mask}


def export_summary(export: Export, context: ReviewContext) -> list[Finding]:
    total = len(export.recordings)
    if total < 2:
        return []
    masks = {rule: mask(export, context) for rule, mask in DEVICE_MASKS.items()}
    anomalous = np.logical_or.reduce(list(masks.values()))
    n = int(anomalous.sum())
    if n * 2 <= total:
        return []
    if context.owner_has_no_device:  # the declaration flags every recording; "made while no voice device was
        #                              registered" counts only those the export's own device lists show so
        masks["recording-without-device"] = without_device_mask(export, replace(context, owner_has_no_device=False))
    per_rule = {rule: int(m.sum()) for rule, m in masks.items() if m.any()}
    inv = inventory(export)
    view = recordings_view(export)
    times = pd.to_datetime(export.recordings["time"], utc=True)[~view["weak_time"].to_numpy()]  # not the ZIP's dates
    span = ""
    if times.notna().any():
        span = _(" between {first} and {last}").format(first=f"{times.min():%Y-%m-%d}", last=f"{times.max():%Y-%m-%d}")
    counted = {"n": number(n), "total": number(total), "span": span, "lists": inv.describe_lists()}
    if context.owner_has_no_device:
        headline = _("{n} of {total} recordings in this export{span} come from a voice device, although the account "
                     "holder declares never having owned one.").format(**counted)
    elif not len(inv.voice):
        headline = _("{n} of {total} recordings in this export{span} come from devices the export does not show for "
                     "this account: {lists} contain no voice device").format(**counted)
        headline += (ngettext(", and the export shows {n} purchase of a voice device that appears in no device list.",
                              ", and the export shows {n} purchases of a voice device that appear in no device list.",
                              inv.purchased_count).format(n=number(inv.purchased_count)) if len(inv.purchases) else
                     _(", and the export shows no purchase of a voice device."))
    else:
        headline = _("{n} of {total} recordings in this export{span} come from devices that were not this account's "
                     "at the time, judged against {lists}.").format(**counted)
    parts = {"recording-without-device": _("made while no voice device was registered"),
             "recording-unknown-device": _("from devices missing from the account's device lists"),
             "recording-outside-device-period": _("outside their device's registration period")}
    overlap = _("; a recording can count more than once") if len(per_rule) > 1 else ""
    detail = "; ".join(f"{number(count)} {parts[rule]}" for rule, count in sorted(per_rule.items()))
    # weakened like the per-recording findings: a bought-but-unregistered voice device, or mostly weak times
    weak = int(view["weak_time"].to_numpy()[anomalous].sum())
    severity: Severity = "medium" if (inv.unregistered_purchases and not context.owner_has_no_device) or \
        weak * 2 > n else "high"
    explanation = f"{headline} ({detail}{overlap}.)" if detail else headline
    return [Finding(rule=RULE, severity=severity, subject="export", explanation=explanation,
                    member=None, time=None,
                    evidence={"recordings": total, "anomalous": n,
                              "by_rule": dict(sorted(per_rule.items())),
                              "voice_devices_listed": len(inv.voice),
                              "device_sources": dict(sorted(inv.sources.items())),
                              "voice_device_purchases": inv.purchase_evidence(),
                              "owner_declared_no_device": context.owner_has_no_device})]


SUMMARY_RULE = MetadataRule(RULE, TEXTS, export_summary)
