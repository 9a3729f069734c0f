"""The words for a finding's evidence: a label for every key the rules write, values as words in the user's
language (``True`` → "yes", ``no-voice-device-ever`` → "no voice device ever listed", 1694 → "1.694").

The evidence itself stays as the rules wrote it (machine-readable, in ``dossier scan --json`` and the
evidence bundle); only what a person reads goes through here.
"""

from __future__ import annotations

import math
from typing import Any

from core.i18n import N_, _, number, yes_no
from core.value_words import value_word

LABELS = {
    "basis": N_("Basis"), "time_source": N_("Time taken from"), "device_sources": N_("Device lists in the export"),
    "voice_devices_listed": N_("Voice devices listed"), "voice_device_purchases": N_("Voice devices bought"),
    "device_serial": N_("Device serial"), "device_name": N_("Device name"), "duration_s": N_("Length (seconds)"),
    "speech_s": N_("Speech (seconds)"), "retention_days": N_("Retention (days)"), "registered": N_("Registered"),
    "deregistered": N_("Deregistered"), "transcript": N_("Transcript"), "recordings": N_("Recordings"),
    "threshold": N_("Threshold"), "place": N_("Place"), "country": N_("Country"),
    "distance_km": N_("Distance (km)"), "local_intent": N_("Weather or traffic question"),
    "account_places": N_("Places in the account's addresses"), "unlocated_addresses": N_("Addresses not located"),
    "names": N_("Names"), "fingerprint": N_("Fingerprint"), "first_recording_id": N_("First copy"),
    "first_member": N_("First copy's file"), "first_time": N_("First copy made"), "copies": N_("Copies"),
    "age_days": N_("Age (days)"), "export_latest_entry": N_("Export's latest entry"),
    "quiet_from_utc": N_("Quiet hours from (UTC)"), "quiet_to_utc": N_("Quiet hours until (UTC)"),
    "events": N_("Purchases, searches and own recordings"), "events_in_quiet_hours": N_("Of these in the quiet hours"),
    "event_sources": N_("Counted"), "matched_by": N_("Matched by"), "periods": N_("Registration periods"),
    "position": N_("Recording lies"), "nearest_device": N_("Nearest voice device"),
    "distance": N_("Difference score"), "own_clips": N_("Your own recordings compared"),
    "own_spread": N_("Spread among your own"), "pitch_hz": N_("Pitch (Hz)"), "own_pitch_hz": N_("Your pitch (Hz)"),
    "voice_group": N_("Voice group"), "voice_group_size": N_("Recordings in the voice group"),
    "method": N_("Method"), "loudness_dbfs": N_("Loudness (dBFS)"), "vendor": N_("Company"),
    "export_shows_no_device_then": N_("The export's device lists show no voice device at that time"),
    "anomalous": N_("Recordings flagged"), "by_rule": N_("By check"), "owner_declared_no_device":
        N_("You declared never having had a voice device"), "listed_devices": N_("Devices listed"),
    "name": N_("Name"), "serial": N_("Serial"), "member": N_("File"), "date": N_("Date"), "title": N_("Title"),
    "start": N_("From"), "end": N_("Until"), "source": N_("Source"), "family": N_("Kind"),
    "purchased": N_("Bought"), "quantity": N_("Quantity"),
}

WORDS = {
    "no-device-list": N_("the export has no device list"), "owner-declaration": N_("your declaration"),
    "no-voice-device-ever": N_("no voice device ever listed"),
    "no-voice-device-at-that-time": N_("no voice device listed at that time"),
    "sha256": N_("identical SHA-256 fingerprint"), "crc32+size": N_("same CRC-32 checksum and size"),
    "silent-audio": N_("(near-)silent audio"), "transcript-marker": N_("the transcript says nothing was asked"),
    "no-transcript": N_("no transcript"), "before-registration": N_("before the registration"),
    "outside-period": N_("outside the registration period"), "registration": N_("device registrations"),
    "alexa-list": N_("Alexa device list"), "purchase": N_("purchases"), "purchases": N_("purchases"),
    "searches": N_("searches"), "own recordings": N_("own recordings"), "amazon": "Amazon", "google": "Google",
    "none": N_("none"), "recording-without-device": N_("no voice device at the time"),
    "recording-unknown-device": N_("device not in the account's lists"),
    "recording-outside-device-period": N_("outside the device's registration period"),
    "offline pitch/spectral/cepstral features": N_("pitch, spectrum and cepstrum compared offline"),
}


def evidence_label(key: str) -> str:
    """The label for an evidence key (an unknown key is tidied up: "some_key" → "Some key")."""
    return _(LABELS[key]) if key in LABELS else key.replace("_", " ").capitalize()


def evidence_value(value: Any, key: str = "", limit: int = 20) -> str:
    """An evidence value as plain words: yes/no, numbers in the language's format, known ids as words,
    lists one item a line (at most ``limit``, then "…"), mappings as "label: value"."""
    if key == "time_source" and isinstance(value, str):
        return value_word("time_source", value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        return number(value, 0 if value.is_integer() else 2).rstrip("0").rstrip(",.") or "0"
    if isinstance(value, str):
        return _(WORDS[value]) if value in WORDS else value
    if isinstance(value, dict):
        return ", ".join(f"{_word_or_label(k)}: {evidence_value(v, str(k))}" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        items = list(value)
        if not items:
            return _("none")
        if all(isinstance(v, dict) for v in items):
            lines = [" · ".join(evidence_value(v, str(k)) for k, v in item.items() if v not in (None, ""))
                     for item in items[:10]]
            return "\n".join(lines) + ("\n…" if len(items) > 10 else "")
        return ", ".join(evidence_value(v) for v in items[:limit]) + (" …" if len(items) > limit else "")
    return str(value)


def _word_or_label(key: object) -> str:
    text = str(key)
    if text in WORDS:
        return _(WORDS[text])
    return evidence_label(text) if text in LABELS else text
