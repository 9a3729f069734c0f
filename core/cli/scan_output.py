"""The JSON shape and the short text summary of ``dossier scan`` (the contract in DESIGN.md)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from core import __version__
from core.cli.terminal import terminal_text
from core.contents import device_list_present, histories, history, parts_not_opened, recordings_without_audio
from core.i18n import N_, _, ngettext, number
from core.model import Export
from core.reading.timetext import iso_text, iso_texts
from core.rules.finding import QUOTE_LIMIT, Finding, severity_rank, shorten
from core.vendors import vendor_wording

TRANSCRIPT_LIMIT = 1000  # an utterance is a sentence or two; more is not what someone said to a speaker

SEVERITY_WORDS = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if hasattr(value, "item"):
        return value.item()
    return value


def _quoted(value: Any, limit: int = QUOTE_LIMIT) -> Any:
    """Export text in the output, cut to ``limit`` characters with "…" (a 2 MB device name is not copied)."""
    value = _plain(value)
    return shorten(value, limit) if isinstance(value, str) else value


def scan_json(export: Export, findings: list[Finding]) -> dict[str, Any]:
    rec = export.recordings
    columns = {name: rec[name].tolist() for name in ("id", "audio_member", "time_source", "device_serial",
                                                      "device_name", "transcript", "duration_s", "sha256",
                                                      "response", "member")}
    columns["time"] = iso_texts(rec["time"]).tolist()  # one C call for the column instead of one per row
    recordings = [
        {
            "id": r["id"], "member": r["audio_member"], "time": r["time"],
            "time_source": r["time_source"], "device_serial": _quoted(r["device_serial"]),
            "device_name": _quoted(r["device_name"]), "transcript": _quoted(r["transcript"], TRANSCRIPT_LIMIT),
            "duration_s": _plain(r["duration_s"]), "sha256": _plain(r["sha256"]),
            "response": _plain(r["response"]), "no_audio_in_export": r["audio_member"] is None,
            "listed_in": r["member"],
        }
        for r in (dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True))
    ]
    devices = [
        {
            "serial": _quoted(d["serial"]), "name": _quoted(d["name"]), "family": _quoted(d["family"]),
            "registered": iso_text(d["registered"]), "deregistered": iso_text(d["deregistered"]),
            "voice_capable": _plain(d["voice_capable"]), "source": d["source"],
        }
        for d in export.devices.to_dict("records")
    ]
    return {
        "dossier_version": __version__,
        "export": {
            "id": export.export_id,
            "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in export.files],
            "vendor": export.vendor,
            "layouts": export.layouts,
            # missing is not empty: whether the export holds a device list, and each history (held/missing/unread)
            "device_list": device_list_present(export),
            "histories": histories(export),
        },
        "counts": export.counts() | ({"cart": len(export.cart)} if export.cart is not None else {}),
        "recordings": recordings,
        "devices": devices,
        "findings": [f.to_json() for f in findings],
        "report": export.report.to_json(),
    }


def top_findings(findings: list[Finding], limit: int) -> list[Finding]:
    """The most telling findings: the most severe first, one per rule before any rule repeats."""
    ordered = sorted(findings, key=lambda f: (severity_rank(f.severity), f.subject != "export"))
    first_of_rule: dict[str, Finding] = {}
    for finding in ordered:
        first_of_rule.setdefault(finding.rule, finding)
    chosen = list(first_of_rule.values())[:limit]
    chosen += [f for f in ordered if f not in chosen][: limit - len(chosen)]
    return chosen


def _count_text(export: Export, name: str, n: int) -> str:
    """``12 purchases``; without any device, order or search file in the export, that it has no such list (missing
    is not empty: "0 devices" would read as a list of none)."""
    if name == "devices" and not n and not device_list_present(export):
        return _("no device list")
    held = history(export, name)  # "held" for tables that are no history
    if held != "held":
        missing = {"purchases": (_("no order history"), _("no order history Dossier could read")),
                   "searches": (_("no search history"), _("no search history Dossier could read"))}[name]
        return missing[held == "unread"]
    words = {"recordings": ngettext("{n} recording", "{n} recordings", n),
             "purchases": ngettext("{n} purchase", "{n} purchases", n),
             "searches": ngettext("{n} search", "{n} searches", n),
             "devices": ngettext("{n} device", "{n} devices", n),
             "digital": ngettext("{n} digital order", "{n} digital orders", n),
             "cart": ngettext("{n} cart item", "{n} cart items", n)}
    return words.get(name, f"{{n}} {name}").format(n=number(n))


def scan_summary(export: Export, findings: list[Finding]) -> str:
    counts = export.counts()
    lines = [
        ngettext("Dossier {version} — {vendor} export, {n} file, id {id}",
                 "Dossier {version} — {vendor} export, {n} files, id {id}", len(export.files)).format(
            version=__version__, vendor=vendor_wording(export.vendor).company, n=number(len(export.files)),
            id=export.export_id[:16]),
        _("Contents: {counts}").format(counts=", ".join(_count_text(export, name, n) for name, n in counts.items())),
    ]
    if not_opened := parts_not_opened(export):
        lines.append(not_opened)
    if silent := recordings_without_audio(export):
        lines.append(_("Voice activity with no audio in the export: {n} of the {total} recordings.").format(
            n=number(silent), total=number(counts["recordings"])))
    if export.cart is not None:
        lines.append(ngettext("Cart history: {n} item put in the cart (not purchases).",
                              "Cart history: {n} items put in the cart (not purchases).", len(export.cart)).format(
            n=number(len(export.cart))))
    report = export.report
    problems = ngettext("{n} row or file with problems", "{n} rows or files with problems",
                        len(report.problems)).format(n=number(len(report.problems)))
    lines.append(_("Files: {recognised} recognised, {skipped} skipped, {unreadable} unreadable; {problems}.").format(
        recognised=number(len(report.by_status("recognised"))), skipped=number(len(report.by_status("skipped"))),
        unreadable=number(len(report.by_status("unreadable"))), problems=problems))
    if findings:
        lines.append(_("Findings: {n}").format(n=number(len(findings))))
        for (rule, severity), n in sorted(Counter((f.rule, f.severity) for f in findings).items()):
            lines.append(f"  {number(n):>6}  {_(SEVERITY_WORDS[severity]):<6}  {rule}")
        top = top_findings(findings, 6)
        lines.append(_("Top findings:"))
        lines.extend(f"  - {f.explanation}" for f in top)
    else:
        lines.append(_("Findings: none."))
    return "\n".join(terminal_text(line) for line in lines)  # export text cannot start a line of its own
