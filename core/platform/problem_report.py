"""A problem report the user can read and send: the export's *structure*, never its content.

It holds file names and sizes, CSV header names, row counts, the import report's statuses and
messages (quoted text removed), Dossier's version and the platform — no values, no names from
inside files, no audio. Voice clips and other media are summarised per folder (count and size).
"""

from __future__ import annotations

import csv
import io
import platform
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core import __version__
from core.audio.formats import AUDIO_SUFFIXES
from core.errors import DossierError
from core.model import Export
from core.source.archive import ExportSource

MEDIA_SUFFIXES = {*AUDIO_SUFFIXES, ".jpg", ".jpeg", ".png", ".gif", ".mp4", ".pdf"}
HEADER_SUFFIXES = {".csv", ".tsv"}
MAX_HEADER_BYTES = 16_384
MAX_COLUMNS = 60
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'|«[^»]*»|„[^“”]*[“”]")


def redact(text: str) -> str:
    """Remove quoted fragments and e-mail addresses from a message or name."""
    return _EMAIL.sub("<e-mail>", _QUOTED.sub("“…”", text))


def _csv_header(source: ExportSource, member: str) -> list[str] | None:
    try:
        head = source.read_bytes(member, limit=MAX_HEADER_BYTES)
    except (DossierError, OSError, ValueError, EOFError):
        return None
    text = head.decode("utf-8-sig", errors="replace").splitlines()
    if not text:
        return []
    delimiter = "\t" if member.lower().endswith(".tsv") else ","
    row = next(csv.reader(io.StringIO(text[0]), delimiter=delimiter), [])
    return [redact(name.strip())[:60] for name in row[:MAX_COLUMNS]]


def build_problem_report(paths: Sequence[str], source: ExportSource | None = None, export: Export | None = None,
                         error: BaseException | None = None) -> dict[str, Any]:
    """The redacted structure of an export (any argument may be missing if the import failed early)."""
    report: dict[str, Any] = {
        "dossier_version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "opened": [],
        "members": [],
        "media": [],
        "import_report": None,
        "error": None,
    }
    for raw in paths:
        path = Path(raw)
        entry: dict[str, Any] = {"name": redact(path.name), "kind": "folder" if path.is_dir() else "file"}
        if path.is_file():
            entry["size"] = path.stat().st_size
        report["opened"].append(entry)
    if source is not None:
        media: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for member in source.members:
            if member.suffix in MEDIA_SUFFIXES:
                folder = member.path.rsplit("/", 1)[0] if "/" in member.path else ""
                bucket = media[(redact(folder), member.suffix)]
                bucket[0] += 1
                bucket[1] += member.size
                continue
            item: dict[str, Any] = {"path": redact(member.path), "size": member.size}
            if member.suffix in HEADER_SUFFIXES:
                item["header"] = _csv_header(source, member.path)
            report["members"].append(item)
        report["media"] = [{"folder": folder, "suffix": suffix, "count": n, "bytes": size}
                           for (folder, suffix), (n, size) in sorted(media.items())]
    if export is not None:
        rep = export.report
        report["vendor"] = export.vendor
        report["layouts"] = list(export.layouts)
        report["counts"] = export.counts()
        report["import_report"] = {
            "files": [{"member": redact(f.member), "status": f.status, "dataset": f.dataset, "rows": f.rows,
                       "rejected": f.rejected, "reason": redact(f.reason or ""),
                       **({"header": [redact(h)[:60] for h in f.header[:MAX_COLUMNS]]} if f.header else {})}
                      for f in rep.files],
            "problems": [{"member": redact(p.member), "line": p.line, "message": redact(p.message)}
                         for p in rep.problems[:500]],
            "problems_total": len(rep.problems),
            "notes": [{"member": redact(p.member), "message": redact(p.message)} for p in rep.notes[:200]],
        }
    if error is not None:
        report["error"] = {"type": type(error).__qualname__, "category": getattr(error, "category", None)}
    return report


def render_problem_report(report: dict[str, Any]) -> str:
    """Plain text the user reads before sending."""
    lines = [
        "Dossier problem report",
        "This report describes the structure of an export only: file names, sizes, column names and counts.",
        "It contains no values from your files, no names from inside them and no audio.",
        "",
        f"Dossier {report['dossier_version']} · Python {report['python']} · {report['platform']}",
    ]
    if report.get("error"):
        error = report["error"]
        lines.append(f"Import stopped: {error['type']} ({error['category']})")
    lines += ["", "Opened:"]
    lines += [f"  {o['name']} ({o['kind']}" + (f", {o['size']:,} bytes)" if "size" in o else ")")
              for o in report["opened"]]
    if report.get("counts"):
        lines += ["", f"Vendor: {report.get('vendor')} · layouts: {', '.join(report.get('layouts') or []) or '—'}",
                  "Rows: " + ", ".join(f"{k} {v:,}" for k, v in report["counts"].items())]
    if report["members"]:
        lines += ["", "Files in the export:"]
        for m in report["members"]:
            lines.append(f"  {m['path']} ({m['size']:,} bytes)")
            if m.get("header") is not None:
                lines.append(f"      columns: {' | '.join(m['header']) or '(empty)'}")
    if report["media"]:
        lines += ["", "Media (counted, not listed):"]
        lines += [f"  {m['folder'] or '.'}/*{m['suffix']}: {m['count']:,} files, {m['bytes']:,} bytes"
                  for m in report["media"]]
    imp = report.get("import_report")
    if imp:
        lines += ["", "Import report:"]
        for f in imp["files"]:
            extra = f" rows {f['rows']:,}" + (f", rejected {f['rejected']:,}" if f["rejected"] else "")
            reason = f" — {f['reason']}" if f["reason"] else ""
            lines.append(f"  [{f['status']}] {f['member']}{' (' + f['dataset'] + ')' if f['dataset'] else ''}"
                         f"{extra}{reason}")
            if f.get("header"):
                lines.append(f"      columns: {' | '.join(f['header'])}")
        if imp["problems"]:
            lines += ["", f"Problems ({imp['problems_total']:,}):"]
            lines += [f"  {p['member']}:{p['line'] or ''} {p['message']}" for p in imp["problems"]]
        if imp["notes"]:
            lines += ["", "Notes:"]
            lines += [f"  {n['member']}: {n['message']}" for n in imp["notes"]]
    return "\n".join(lines) + "\n"
