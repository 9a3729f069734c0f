"""``summary.parquet`` and ``summary.csv``: one row per export, written atomically, read back to resume."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from core.batch.atomic import atomic_path
from core.batch.row import FINDING_PREFIX, OK, SETTLED, SEVERITIES
from core.model import TABLES

PARQUET, CSV = "summary.parquet", "summary.csv"
TEXT_COLUMNS = ("path", "export_id", "sha256s", "vendor", "layouts", "first_recording", "last_recording",
                "status", "error", "error_kind", "dossier_version")
COUNT_COLUMNS = ("files", "bytes", *TABLES, "files_recognised", "files_skipped", "files_unreadable", "problems",
                 "findings", *SEVERITIES)
COLUMNS = ("path", "status", "error", "error_kind", "export_id", "sha256s", "files", "bytes", "vendor", "layouts",
           *TABLES, "files_recognised", "files_skipped", "files_unreadable", "problems", "first_recording",
           "last_recording", "findings", *SEVERITIES, "seconds", "memory_mib", "worker_peak_mib", "dossier_version")


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
