"""Carrying a review over to an export that really changed (a new download, a file added or replaced).

A case remembers its recordings' SHA-256 fingerprints (:func:`remember_recordings`). When an export opens
with a new, empty case, :func:`earlier_review` looks for the case that shares the most recordings with it;
the user is asked, and :func:`carry_over` copies the verdicts (each recording matched by its fingerprint,
whatever its name or place now), declarations, complainant details and letter drafts. Nothing is copied
without the user's yes, and the earlier case is left as it was.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.case.store import CaseStore

KEY = "recording_fingerprints"  # meta key: JSON {sha256: recording id}


@dataclass(frozen=True)
class EarlierReview:
    path: Path
    shared: int  # recordings found in both exports (by fingerprint)
    verdicts: int  # verdicts saved in the earlier review
    ids: dict[str, str]  # sha256 -> recording id in the earlier export


def remember_recordings(case: CaseStore, fingerprints: dict[str, str]) -> None:
    """Store ``{sha256: recording id}`` of the export in its case (nothing for a read-only case)."""
    if not case.read_only and fingerprints:
        case._write("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEY, json.dumps(fingerprints)))


def is_untouched(case: CaseStore) -> bool:
    """Whether the user has not reviewed anything in this case yet."""
    return not case.verdicts() and not case.declarations() and not case.complainant() and not case.drafts()


def earlier_review(case: CaseStore, fingerprints: dict[str, str]) -> EarlierReview | None:
    """The other case in the same folder sharing the most recordings with this export, if it holds verdicts."""
    best: EarlierReview | None = None
    for path in sorted(case.path.parent.glob("*.sqlite")):
        if path == case.path or ".bak" in path.name or ".damaged-" in path.name:
            continue
        found = _read(path)
        if found is None:
            continue
        ids, verdicts = found
        shared = len(ids.keys() & fingerprints.keys())
        if shared and verdicts and (best is None or shared > best.shared):
            best = EarlierReview(path, shared, verdicts, ids)
    return best


def _read(path: Path) -> tuple[dict[str, str], int] | None:
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
            verdicts = int(db.execute("SELECT COUNT(*) FROM verdicts WHERE verdict IS NOT NULL OR note != ''")
                           .fetchone()[0])
        finally:
            db.close()
        ids = json.loads(row[0]) if row else {}
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return (ids, verdicts) if isinstance(ids, dict) else None


def carry_over(case: CaseStore, earlier: EarlierReview, fingerprints: dict[str, str]) -> int:
    """Copy the earlier review into ``case``; returns how many verdicts or notes were carried over.

    A verdict about a recording moves to the recording with the same fingerprint; one about the export as a
    whole keeps its id; one about a recording this export does not have stays behind."""
    renamed = {old_id: fingerprints[sha] for sha, old_id in earlier.ids.items() if sha in fingerprints}
    db = sqlite3.connect(f"{earlier.path.as_uri()}?mode=ro", uri=True)
    try:
        verdicts = db.execute("SELECT finding_id, verdict, note FROM verdicts").fetchall()
        tables = {name: db.execute(f"SELECT key, value FROM {name}").fetchall()  # noqa: S608 - fixed names
                  for name in ("declarations", "complainant")}
        drafts = db.execute("SELECT key, text FROM drafts").fetchall()
    finally:
        db.close()
    carried = 0
    for finding_id, verdict, note in verdicts:
        rule, _, subject = str(finding_id).partition(":")
        target = subject if subject == "export" else renamed.get(subject)
        if target is not None and (verdict is not None or note):
            case.set_verdict(f"{rule}:{target}", verdict, note)
            carried += 1
    for key, value in tables["declarations"]:
        case.set_declaration(key, json.loads(value))
    if tables["complainant"]:
        case.set_complainant(dict(tables["complainant"]))
    for key, text in drafts:
        case.save_draft(key, text)
    case.log(f"review carried over from an earlier export: {carried} verdict(s), {earlier.shared} shared recording(s)")
    return carried
