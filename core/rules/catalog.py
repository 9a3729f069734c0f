"""Every metadata rule in the order ``run_rules`` runs them, and a short title per rule id."""

from __future__ import annotations

from collections.abc import Callable

from core.model import Export
from core.rules.active_hours import recording_outside_active_hours
from core.rules.device_period import recording_outside_device_period
from core.rules.duplicates import duplicate_audio
from core.rules.false_wake import recording_false_wake
from core.rules.finding import Finding, ReviewContext
from core.rules.place_mismatch import recording_place_mismatch
from core.rules.retention import retention_age
from core.rules.summary import export_summary
from core.rules.unfamiliar_name import recording_unfamiliar_name
from core.rules.unknown_device import recording_unknown_device
from core.rules.without_device import recording_without_device

METADATA_RULES: tuple[Callable[[Export, ReviewContext], list[Finding]], ...] = (
    export_summary,
    recording_without_device,
    recording_unknown_device,
    recording_outside_device_period,
    recording_outside_active_hours,
    recording_place_mismatch,
    recording_unfamiliar_name,
    duplicate_audio,
    recording_false_wake,
    retention_age,
)

RULE_TITLES: dict[str, str] = {
    "export-summary": "Most recordings are not this account's",
    "recording-without-device": "Recording without a voice device",
    "recording-unknown-device": "Recording from an unknown device",
    "recording-outside-device-period": "Recording outside its device's registration",
    "recording-outside-active-hours": "Recording outside the account's usual hours",
    "recording-place-mismatch": "Transcript names a place far from home",
    "recording-unfamiliar-name": "Transcript names an unfamiliar person",
    "duplicate-audio": "Same audio kept twice",
    "recording-false-wake": "Empty or silent recording kept",
    "retention-age": "Kept longer than the retention period",
    "voice-mismatch": "Voice unlike yours (statistical hint)",
}
