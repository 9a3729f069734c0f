"""The summary: one row per export — counts, hashes, rule ids and timings, never an export's content — and
``summary.parquet``/``summary.csv``, written atomically and read back to resume.

No title, query, transcript, device name or member path reaches a row: a row is what an organisation can
share about an export without sharing the export. Every file of a batch appears whole or not at all: it is
written to a temporary name in its folder, then moved into place (``os.replace``).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Any

import pandas as pd

from core import __version__
from core.batch.inputs import Identity
from core.contents import device_list_present, histories
from core.model import TABLES, Export, own_times
from core.reading.timetext import iso_text
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
    recordings = export.recordings
    times = own_times(recordings).dropna() if len(recordings) else None  # not an archive entry's date
    row.update({
        "vendor": export.vendor,
        "layouts": ",".join(export.layouts),
        **{name: len(export.table(name)) for name in TABLES},
        # missing is not empty: "held", "missing" or "unread" beside the count of 0
        **{f"{name}_history": held for name, held in histories(export).items()},  # HOLDING_COLUMNS
        "device_list": device_list_present(export),
        "files_recognised": len(report.by_status("recognised")),
        "files_skipped": len(report.by_status("skipped")),
        "files_unreadable": len(report.by_status("unreadable")),
        "problems": len(report.problems),
        "first_recording": iso_text(times.min()) if times is not None and len(times) else None,
        "last_recording": iso_text(times.max()) if times is not None and len(times) else None,
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


PARQUET, CSV = "summary.parquet", "summary.csv"
HOLDING_COLUMNS = ("purchases_history", "searches_history")  # held / missing / unread (core.contents.history)
TEXT_COLUMNS = ("path", "export_id", "sha256s", "vendor", "layouts", *HOLDING_COLUMNS, "first_recording",
                "last_recording", "status", "error", "error_kind", "dossier_version")
COUNT_COLUMNS = ("files", "bytes", *TABLES, "files_recognised", "files_skipped", "files_unreadable", "problems",
                 "findings", *SEVERITIES)
COLUMNS = ("path", "status", "error", "error_kind", "export_id", "sha256s", "files", "bytes", "vendor", "layouts",
           *TABLES, *HOLDING_COLUMNS, "device_list", "files_recognised", "files_skipped", "files_unreadable",
           "problems", "first_recording", "last_recording", "findings", *SEVERITIES, "seconds", "memory_mib",
           "worker_peak_mib", "dossier_version")


def summary_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rows as a table: fixed columns first, then one ``finding:<rule>:<severity>`` column per pair seen."""
    finding_columns = sorted({key for row in rows for key in row if key.startswith(FINDING_PREFIX)})
    frame = pd.DataFrame(rows, columns=[*COLUMNS, *finding_columns])
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].astype("string")
    for column in (*COUNT_COLUMNS, *finding_columns):
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    ok = frame["status"] == OK
    for column in (*SEVERITIES, "findings", *finding_columns):  # a screened export without findings has 0
        frame.loc[ok, column] = frame.loc[ok, column].fillna(0)
    frame["device_list"] = frame["device_list"].astype("boolean")
    for column in ("seconds", "memory_mib", "worker_peak_mib"):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame


def write_summary(out_dir: Path, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Write both files (each appears whole or not at all); returns the table."""
    frame = summary_frame(rows)
    with atomic_path(out_dir / PARQUET) as tmp:
        frame.to_parquet(tmp, index=False)
    with atomic_path(out_dir / CSV) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    return frame


def settled_rows(out_dir: Path) -> dict[str, dict[str, Any]]:
    """``export id -> row`` of the previous run's exports that need no second look: screened (its JSON is
    there) or refused. Exports whose task failed, and a summary that cannot be read, are screened again."""
    try:
        frame = pd.read_parquet(out_dir / PARQUET)
    except (OSError, ValueError):
        return {}
    settled: dict[str, dict[str, Any]] = {}
    for row in frame.to_dict("records"):
        plain = {str(key): (None if _missing(value) else value) for key, value in row.items()}
        export_id = plain.get("export_id")
        if not export_id or plain.get("status") not in SETTLED:
            continue
        if plain["status"] == OK and not (out_dir / "exports" / f"{export_id}.json").is_file():
            continue
        settled[str(export_id)] = plain
    return settled


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; what was written there replaces ``target`` when the block ends."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
