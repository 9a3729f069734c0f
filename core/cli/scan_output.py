"""The JSON shape and the short text summary of ``dossier scan`` (the contract in DESIGN.md)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from core import __version__
from core.cli.terminal import terminal_text
from core.model import Export
from core.reading.timetext import iso_text
from core.rules.finding import QUOTE_LIMIT, Finding, severity_rank, shorten

TRANSCRIPT_LIMIT = 1000  # an utterance is a sentence or two; more is not what someone said to a speaker


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
    recordings = [
        {
            "id": r["id"], "member": r["audio_member"], "time": iso_text(r["time"]),
            "time_source": r["time_source"], "device_serial": _quoted(r["device_serial"]),
            "device_name": _quoted(r["device_name"]), "transcript": _quoted(r["transcript"], TRANSCRIPT_LIMIT),
            "duration_s": _plain(r["duration_s"]), "sha256": _plain(r["sha256"]),
            "response": _plain(r["response"]), "no_audio_in_export": r["audio_member"] is None,
            "listed_in": r["member"],
        }
        for r in export.recordings.to_dict("records")
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


def scan_summary(export: Export, findings: list[Finding]) -> str:
    counts = export.counts()
    lines = [
        f"Dossier {__version__} — {export.vendor} export, {len(export.files)} file(s), id {export.export_id[:16]}",
        "Contents: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()),
    ]
    silent = int(export.recordings["audio_member"].isna().sum()) if len(export.recordings) else 0
    if silent:
        lines.append(f"Voice activity with no audio in the export: {silent:,} of the {counts['recordings']:,} "
                     "recordings.")
    if export.cart is not None:
        lines.append(f"Cart history: {len(export.cart):,} item(s) put in the cart (not purchases).")
    report = export.report
    lines.append(
        f"Files: {len(report.by_status('recognised'))} recognised, {len(report.by_status('skipped'))} skipped, "
        f"{len(report.by_status('unreadable'))} unreadable; {len(report.problems)} rows or files with problems."
    )
    if findings:
        lines.append(f"Findings: {len(findings):,}")
        for (rule, severity), n in sorted(Counter((f.rule, f.severity) for f in findings).items()):
            lines.append(f"  {n:6,}  {severity:<6}  {rule}")
        top = top_findings(findings, 6)
        lines.append("Top findings:")
        lines.extend(f"  - {f.explanation}" for f in top)
    else:
        lines.append("Findings: none.")
    return "\n".join(terminal_text(line) for line in lines)  # export text cannot start a line of its own
