"""``export-summary``: one export-level finding (subject ``export``) when most recordings are anomalous.

The sentence is meant to be quoted in the letter ("38 of 40 recordings come from devices this account
never had"). It counts recordings carrying at least one device finding (without device, unknown device,
outside the device's period); it is raised when they are more than half of at least two recordings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

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
    title=QT_TRANSLATE_NOOP("Rules", "Most recordings are not this account's"),
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
    per_rule = {rule: int(m.sum()) for rule, m in masks.items() if m.any()}
    inv = inventory(export)
    times = pd.to_datetime(export.recordings["time"], utc=True)
    span = ""
    if times.notna().any():
        span = f" between {times.min():%Y-%m-%d} and {times.max():%Y-%m-%d}"
    if context.owner_has_no_device:
        headline = (f"{n:,} of {total:,} recordings in this export{span} come from a voice device, although the "
                    "account holder declares never having owned one.")
    elif not len(inv.voice):
        headline = (f"{n:,} of {total:,} recordings in this export{span} come from devices this account never had: "
                    f"{inv.describe_lists()} contain no voice device")
        headline += (f", and the account bought {inv.purchased_count:,} voice device(s) that were never registered."
                     if len(inv.purchases) else ", and no voice device was ever bought on it.")
    else:
        headline = (f"{n:,} of {total:,} recordings in this export{span} come from devices that were not this "
                    f"account's at the time, judged against {inv.describe_lists()}.")
    parts = {"recording-without-device": "made while no voice device was registered",
             "recording-unknown-device": "from devices missing from the account's device lists",
             "recording-outside-device-period": "outside their device's registration period"}
    overlap = "; a recording can count more than once" if len(per_rule) > 1 else ""
    detail = "; ".join(f"{count:,} {parts[rule]}" for rule, count in sorted(per_rule.items()))
    # weakened like the per-recording findings: a bought-but-unregistered voice device, or mostly weak times
    weak = int(recordings_view(export)["weak_time"].to_numpy()[anomalous].sum())
    severity: Severity = "medium" if (inv.unregistered_purchases and not context.owner_has_no_device) or \
        weak * 2 > n else "high"
    return [Finding(rule=RULE, severity=severity, subject="export", explanation=f"{headline} ({detail}{overlap}.)",
                    member=None, time=None,
                    evidence={"recordings": total, "anomalous": n,
                              "by_rule": dict(sorted(per_rule.items())),
                              "voice_devices_listed": len(inv.voice),
                              "device_sources": dict(sorted(inv.sources.items())),
                              "voice_device_purchases": inv.purchase_evidence(),
                              "owner_declared_no_device": context.owner_has_no_device})]


SUMMARY_RULE = MetadataRule(RULE, TEXTS, export_summary)
