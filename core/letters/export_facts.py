"""What the export itself shows, as a letter may state it: its files, counts and which kinds of data it holds.

A device file that never came is not an empty device list, nor is a missing order or search file an empty
history (``core.contents``); the site the account is on comes from the export, not from a default;
:func:`contradictions` tells the user where their own declaration and the export disagree, before anything is
drafted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from core.contents import device_list_present, histories
from core.i18n import _, ngettext, number
from core.letters import i18n
from core.letters.authorities import Controller
from core.letters.labels import DeviceLabels, export_labels
from core.letters.sanitise import clean_line
from core.model import Export


def export_facts(export: Export, lang: str) -> dict[str, Any]:
    counts, held = export.counts(), histories(export)
    devices = export.devices
    listed = devices[devices["source"].isin(("registration", "alexa-list"))] if len(devices) and "source" in devices \
        else devices.iloc[0:0]
    voice = int(sum(1 for v in listed.get("voice_capable", []) if v is True))
    return {
        "id": export.export_id,
        "vendor": clean_line(export.vendor, max_length=40),
        "files": [{"name": clean_line(f.name, max_length=160), "sha256": f.sha256,
                   "size_fmt": i18n.format_size(f.size, lang)} for f in export.files],
        "n_files": len(export.files), "n_files_fmt": i18n.counted(len(export.files), "file", lang),
        "history": held,
        "counts": {k: i18n.format_int(v, lang) if held.get(k, "held") == "held" else "—" for k, v in counts.items()},
        "n_recordings": counts.get("recordings", 0),
        "has_device_list": device_list_present(export),
        "n_listed_devices": len(listed), "n_listed_devices_fmt": i18n.counted(len(listed), "device", lang),
        "n_voice_devices": voice,
        "marketplaces": [clean_line(m, max_length=40) for m in export.account.marketplaces][:3],
    }


def site_from_export(export: Export, ctrl: Controller) -> str:
    """The company site the export itself names (``Amazon.de`` → ``amazon.de``), if Dossier knows it."""
    for market in export.account.marketplaces:
        site = str(market).strip().lower().removeprefix("www.")
        if site in ctrl.sites:
            return site
    return ""


def contradictions(export: Export, declarations: Mapping[str, Any], labels: DeviceLabels | None = None) -> list[str]:
    """Where the user's declaration and the export disagree (shown to the user before drafting)."""
    if not declarations.get("owner_has_no_device"):
        return []
    labels = labels or export_labels(export)
    out: list[str] = []
    names = Counter(str(n).strip() for n in export.recordings.get("device_name", []) if isinstance(n, str) and
                    n.strip())
    if names:
        shown = ", ".join(f"“{labels.shown(n)}” ({c:,})" for n, c in names.most_common(3))
        out.append(_("You declare that you never had a voice device, but the export attributes recordings to named "
                     "devices: {devices}. The letter states both as they are; check your device list first.").format(
            devices=shown))
    devices = export.devices
    if len(devices) and "voice_capable" in devices and "source" in devices:
        listed = devices[devices["source"].isin(("registration", "alexa-list")) &
                         devices["voice_capable"].eq(True)]
        if len(listed):
            out.append(ngettext("You declare that you never had a voice device, but the export's device list holds {n} "
                                "voice-capable device.", "You declare that you never had a voice device, but the "
                                "export's device list holds {n} voice-capable devices.", len(listed)).format(
                n=number(len(listed))))
    return out
