"""The review part of the case: verdicts and notes, "my voice" marks, declarations, complainant details,
letter drafts and the processing log (mixed into :class:`~core.case.store.CaseStore`, which owns the
connection and writes every change at once)."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import Future
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from core.errors import DossierError
from core.i18n import N_

if TYPE_CHECKING:
    from core.case.write_behind import WriteBehind

VERDICTS = ("mine", "not-mine", "unsure")
_KNOWN = {None, *VERDICTS}  # a verdict, or none
MAX_LOG_MESSAGE = 500


class CaseReadOnly(DossierError):
    category = "case-read-only"
    default_message = (N_("This export is already open in another Dossier window, so your changes here "
                       "cannot be saved."))


def utc_now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class ReviewRecords:
    """The user's review kept in the case (mixed into :class:`~core.case.store.CaseStore`)."""

    if TYPE_CHECKING:
        read_only: bool
        _db: sqlite3.Connection

        _behind: WriteBehind

        def _locked(self) -> AbstractContextManager[None]: ...

        def _write(self, sql: str, params: tuple[Any, ...]) -> None: ...

        def _transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def _rows(self, sql: str) -> list[tuple[Any, ...]]: ...

    # ---- verdicts --------------------------------------------------------------------------------
    def set_verdict(self, finding_id: str, verdict: str | None, note: str | None = None) -> None:
        """Record the user's verdict (``mine``/``not-mine``/``unsure``, ``None`` clears it).

        ``note=None`` keeps the existing note; a string replaces it.
        """
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        if note is None:
            self._write(
                "INSERT INTO verdicts (finding_id, verdict, note, updated) VALUES (?, ?, '', ?) "
                "ON CONFLICT(finding_id) DO UPDATE SET verdict = excluded.verdict, updated = excluded.updated",
                (finding_id, verdict, utc_now_text()))
        else:
            self._write(
                "INSERT INTO verdicts (finding_id, verdict, note, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(finding_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
                "updated = excluded.updated",
                (finding_id, verdict, note, utc_now_text()))

    def set_verdicts(self, finding_ids: list[str], verdict: str | None) -> None:
        """The same verdict for many findings in one transaction (bulk verdicts); notes are kept."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        if self.read_only:
            raise CaseReadOnly()
        now = utc_now_text()
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO verdicts (finding_id, verdict, note, updated) VALUES (?, ?, '', ?) "
                "ON CONFLICT(finding_id) DO UPDATE SET verdict = excluded.verdict, updated = excluded.updated",
                [(fid, verdict, now) for fid in finding_ids])

    def set_note(self, finding_id: str, note: str) -> None:
        """Change only the note of a finding, keeping its verdict."""
        self._write(
            "INSERT INTO verdicts (finding_id, verdict, note, updated) VALUES (?, NULL, ?, ?) "
            "ON CONFLICT(finding_id) DO UPDATE SET note = excluded.note, updated = excluded.updated",
            (finding_id, note, utc_now_text()))

    def restore_verdicts(self, states: dict[str, tuple[str | None, str]]) -> None:
        """Set verdict and note of many findings exactly, in one transaction (undo and redo of the review)."""
        verdicts = list(map(itemgetter(0), states.values()))  # (C-level passes: a group of 20,000 at once)
        if not set(verdicts) <= _KNOWN:
            raise ValueError("unknown verdict")
        if self.read_only:
            raise CaseReadOnly()
        now = utc_now_text()
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO verdicts (finding_id, verdict, note, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(finding_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
                "updated = excluded.updated",
                zip(states, verdicts, map(itemgetter(1), states.values()), repeat(now)))

    def restore_verdicts_behind(self, states: dict[str, tuple[str | None, str]]) -> Future[None]:
        """:meth:`restore_verdicts` on the case's writer thread, for a change too big to write while the window
        waits (a group verdict and its undo). Refused at once if the case is read-only or a verdict unknown;
        a failure to write (:class:`CaseNotSaved`) comes in the future. Every later read or write waits for it."""
        if not set(map(itemgetter(0), states.values())) <= _KNOWN:
            raise ValueError("unknown verdict")
        if self.read_only:
            raise CaseReadOnly()
        return self._behind.submit(self.restore_verdicts, dict(states))

    def verdicts(self) -> dict[str, tuple[str | None, str]]:
        """``finding_id -> (verdict, note)`` for every finding with a verdict or a note (rows an undo cleared are
        left out by SQLite: 20,000 of them cost ~15 ms more as Python tuples, each time the findings change)."""
        rows = self._rows("SELECT finding_id, verdict, note FROM verdicts WHERE verdict IS NOT NULL OR note != ''")
        return {fid: (verdict, note) for fid, verdict, note in rows}

    # ---- "my voice" marks ------------------------------------------------------------------------
    def set_own_voice(self, recording_ids: list[str], mine: bool) -> None:
        """Mark (``mine=True``) or unmark recordings as the user's own voice, in one transaction."""
        if self.read_only:
            raise CaseReadOnly()
        with self._transaction() as db:
            if mine:
                db.executemany("INSERT OR REPLACE INTO own_voice (recording_id, updated) VALUES (?, ?)",
                               [(rid, utc_now_text()) for rid in recording_ids])
            else:
                db.executemany("DELETE FROM own_voice WHERE recording_id = ?", [(rid,) for rid in recording_ids])

    def own_voice(self) -> set[str]:
        """The recording ids the user marked as their own voice (none in a read-only case of an older version)."""
        try:
            return {str(rid) for (rid,) in self._rows("SELECT recording_id FROM own_voice")}
        except sqlite3.OperationalError:  # read-only, saved before version 2: the table does not exist yet
            return set()

    # ---- declarations, complainant, drafts -------------------------------------------------------
    def set_declaration(self, key: str, value: object) -> None:
        """Store one of the user's declarations (JSON-serialisable); ``None`` removes it."""
        if value is None:
            self._write("DELETE FROM declarations WHERE key = ?", (key,))
            return
        self._write("INSERT OR REPLACE INTO declarations (key, value) VALUES (?, ?)",
                    (key, json.dumps(value, ensure_ascii=False)))

    def declarations(self) -> dict[str, object]:
        return {key: json.loads(value) for key, value in self._rows("SELECT key, value FROM declarations")}

    def set_complainant(self, details: dict[str, str]) -> None:
        """Replace the complainant's details (name, address, e-mail …) in one transaction."""
        if self.read_only:
            raise CaseReadOnly()
        with self._transaction() as db:
            db.execute("DELETE FROM complainant")
            db.executemany("INSERT INTO complainant (key, value) VALUES (?, ?)",
                           [(str(k), str(v)) for k, v in details.items()])

    def complainant(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM complainant ORDER BY key"))

    def save_draft(self, key: str, text: str) -> None:
        self._write("INSERT OR REPLACE INTO drafts (key, text, updated) VALUES (?, ?, ?)", (key, text, utc_now_text()))

    def draft(self, key: str) -> str | None:
        with self._locked():
            row = self._db.execute("SELECT text FROM drafts WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def drafts(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, text FROM drafts ORDER BY key"))

    # ---- processing log --------------------------------------------------------------------------
    def log(self, message: str) -> None:
        """Append to the processing log (what Dossier did: counts, hashes, rule ids — no content)."""
        if self.read_only:
            return  # the writable instance keeps the log
        self._write("INSERT INTO processing_log (time, message) VALUES (?, ?)",
                    (utc_now_text(), message[:MAX_LOG_MESSAGE]))

    def processing_log(self) -> list[tuple[str, str]]:
        return [(t, m) for t, m in self._rows("SELECT time, message FROM processing_log ORDER BY id")]
