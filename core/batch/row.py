"""One summary row per export: counts, hashes, rule ids and timings — never an export's content.

No title, query, transcript, device name or member path reaches a row: a row is what an organisation can
share about an export without sharing the export.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath
from typing import Any

from core import __version__
from core.batch.identity import Identity
from core.cli.scan_output import iso_utc
from core.model import TABLES, Export
from core.rules.finding import Finding

OK, SKIPPED, REFUSED, FAILED = "ok", "skipped", "refused", "failed"
#: Outcomes a re-run keeps (the same bytes give the same result); ``failed`` ones are tried again.
SETTLED = (OK, REFUSED)
SEVERITIES = ("high", "medium", "low")
FINDING_PREFIX = "finding:"  # columns "finding:<rule id>:<severity>"
_QUOTED = re.compile(r"“([^”]*)”")


def _base(path: str, identity: Identity | None) -> dict[str, Any]:
    return {
        "path": path,
        "export_id": identity.export_id if identity else None,
        "sha256s": " ".join(identity.sha256s) if identity else None,
        "files": len(identity.sha256s) if identity else None,
        "bytes": identity.size if identity else None,
        "dossier_version": __version__,
    }


def ok_row(path: str, identity: Identity, export: Export, findings: list[Finding], seconds: float) -> dict[str, Any]:
    """The row of an export that was screened."""
    row = _base(path, identity)
    report = export.report
    times = export.recordings["time"].dropna() if len(export.recordings) else None
    row.update({
        "vendor": export.vendor,
        "layouts": ",".join(export.layouts),
        **{name: len(export.table(name)) for name in TABLES},
        "files_recognised": len(report.by_status("recognised")),
        "files_skipped": len(report.by_status("skipped")),
        "files_unreadable": len(report.by_status("unreadable")),
        "problems": len(report.problems),
        "first_recording": iso_utc(times.min()) if times is not None and len(times) else None,
        "last_recording": iso_utc(times.max()) if times is not None and len(times) else None,
        "findings": len(findings),
        **{severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITIES},
        **{f"{FINDING_PREFIX}{rule}:{severity}": n
           for (rule, severity), n in sorted(Counter((f.rule, f.severity) for f in findings).items())},
        "status": OK, "error": None, "error_kind": None, "seconds": round(seconds, 3),
    })
    return row


def error_row(path: str, identity: Identity | None, status: str, sentence: str, kind: str,
              seconds: float) -> dict[str, Any]:
    """The row of an export that was refused (its one sentence) or whose task failed."""
    row = _base(path, identity)
    row.update({"status": status, "error": withhold_names(sentence, path), "error_kind": kind,
                "seconds": round(seconds, 3)})
    return row


def skipped_row(path: str, identity: Identity) -> dict[str, Any]:
    """A task's answer for an export the previous run already screened (the client keeps that run's row)."""
    row = _base(path, identity)
    row["status"] = SKIPPED
    return row


def withhold_names(sentence: str, path: str) -> str:
    """The sentence with every quoted name withheld except the export's own file or folder name (a refusal can
    quote a file inside the export, whose name is the export's content)."""
    own = PurePath(path).name
    return _QUOTED.sub(lambda m: m.group(0) if m.group(1) == own else "“(a file of the export)”", sentence)
