"""The case: the user's own review of one export, kept in SQLite in the app-data folder.

One file per export (``<export_id[:32]>.sqlite``), keyed by the export's hash so the same export
opened again restores every verdict, note, declaration, complainant detail and letter draft.
Every change is committed at once (WAL, ``synchronous=FULL``): a crash or power cut loses at most
the keystroke in flight, or a group verdict being written on the case's writer thread
(:mod:`core.case.write_behind`; every later read and write waits for it).
An OS lock (:mod:`core.case.safety`, it dies with the process) makes a second
instance (or a second window on the same export) open the case read-only instead of writing over the
first; rotating backups and recovery keep a damaged case from blocking the export.

The user's "my voice" marks (recordings they say carry their own voice, the voice check's reference)
are kept per recording id in the same way, and so is the correspondence (:mod:`core.case.correspondence`).

The processing log records what Dossier did (counts, hashes, rule ids) — never export content.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.case.correspondence import SCHEMA_V3, CorrespondenceStore
from core.case.review_records import CaseReadOnly, ReviewRecords
from core.case.safety import CaseLock, recover, rotate_backups
from core.case.write_behind import WriteBehind
from core.errors import DossierError
from core.i18n import N_

SCHEMA_VERSION = 3

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS verdicts (
    finding_id TEXT PRIMARY KEY, verdict TEXT, note TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS declarations (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS complainant (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (key TEXT PRIMARY KEY, text TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS processing_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, message TEXT NOT NULL);
"""
_SCHEMA_V2 = """
CREATE TABLE IF NOT EXISTS own_voice (recording_id TEXT PRIMARY KEY, updated TEXT NOT NULL);
"""
# version -> script that brings version-1 up to it (additive only: a newer case keeps every older table)
MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: SCHEMA_V3}


class CaseNotSaved(DossierError):
    category = "case-not-saved"
    default_message = (N_("Dossier could not save your change — the disk may be full. Free some space; until then "
                       "your work stays in this window."))


class CaseTooNew(DossierError):
    category = "case-too-new"
    default_message = N_("Your review of this export was saved by a newer version of Dossier — please update Dossier.")


def _stem(export_id: str) -> str:
    return "".join(c for c in export_id[:32] if c.isalnum()) or "case"


def _adopt_earlier(path: Path, earlier: list[Path]) -> None:
    """Rename the first existing case of an earlier identity to ``path`` (when ``path`` has none yet)."""
    if path.exists():
        return
    for old in earlier:
        lock = CaseLock(old.with_suffix(".lock"))
        if old.exists() and lock.acquire():
            try:
                for suffix in ("", "-wal", "-shm"):
                    companion = old.with_name(old.name + suffix)
                    if companion.exists():
                        companion.replace(path.with_name(path.name + suffix))
            finally:
                lock.release()
            return


class CaseStore(ReviewRecords, CorrespondenceStore):
    """The user's review of one export. Use :meth:`open`; call :meth:`close` when done.

    Attributes:
        export_id: the export's identity (``Export.export_id``).
        path: the SQLite file.
        read_only: ``True`` when another process or window holds the case; setters then raise
            :class:`CaseReadOnly`.
    """

    def __init__(self, export_id: str, path: Path, connection: sqlite3.Connection, read_only: bool,
                 lock: CaseLock | None, notice: str | None = None) -> None:
        self.export_id = export_id
        self.path = path
        self.read_only = read_only
        #: One sentence for the user when the case had to be recovered (moved aside, backup restored).
        self.notice = notice
        self._db = connection
        self._lock = lock
        self._mutex = threading.Lock()
        self._behind = WriteBehind()  # big review changes, written in order behind the window

    def __repr__(self) -> str:
        state = "closed" if self._db is None else ("read-only" if self.read_only else "open")
        return f"<CaseStore {self.export_id[:12]}… {state}>"

    # ---- opening and closing ---------------------------------------------------------------------
    @classmethod
    def open(cls, export_id: str, folder: Path | None = None, earlier_ids: tuple[str, ...] = ()) -> CaseStore:
        """Open (or create) the case for ``export_id`` in ``folder`` (default: the app-data cases folder).

        ``earlier_ids``: identities the same export had in older versions; such a case is renamed to this one.
        A damaged case is moved aside and its newest healthy backup restored (:attr:`notice` says so)."""
        if folder is None:
            from core.platform.paths import cases_dir

            folder = cases_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{_stem(export_id)}.sqlite"
        lock = CaseLock(folder / f"{_stem(export_id)}.lock")
        if not lock.acquire():
            return cls(export_id, path, cls._connect(path, read_only=True), read_only=True, lock=None)
        try:
            _adopt_earlier(path, [folder / f"{_stem(i)}.sqlite" for i in earlier_ids if _stem(i) != path.stem])
            notice = recover(path)
            rotate_backups(path)
            db = cls._connect(path, read_only=False)
        except BaseException:
            lock.release()
            raise
        return cls(export_id, path, db, read_only=False, lock=lock, notice=notice)

    @classmethod
    def peek(cls, path: Path) -> CaseStore:
        """A saved case, read-only and without its lock (the welcome page's look at every case's deadlines)."""
        return cls(path.stem, path, cls._connect(path, read_only=True), read_only=True, lock=None)

    @classmethod
    def blank(cls, export_id: str) -> CaseStore:
        """An empty review that is saved nowhere and cannot be changed (``dossier scan``; no case saved yet)."""
        return cls(export_id, Path(":memory:"), cls._blank_db(), read_only=True, lock=None)

    @staticmethod
    def _blank_db() -> sqlite3.Connection:
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        db.executescript(_SCHEMA_V1 + _SCHEMA_V2 + SCHEMA_V3)
        return db

    @staticmethod
    def path_for(export_id: str, folder: Path | None = None) -> Path:
        """Where the case of ``export_id`` lives (it may not exist yet)."""
        if folder is None:
            from core.platform.paths import cases_dir

            folder = cases_dir()
        stem = "".join(c for c in export_id[:32] if c.isalnum()) or "case"
        return folder / f"{stem}.sqlite"

    @staticmethod
    def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
        if read_only:
            if path.exists():
                db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None,
                                     check_same_thread=False)
                CaseStore._check_version(db, writable=False)
                return db
            return CaseStore._blank_db()
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            CaseStore._check_version(db, writable=True)
        except BaseException:
            db.close()
            raise
        with contextlib.suppress(OSError):
            path.chmod(0o600)
        return db

    @staticmethod
    def _check_version(db: sqlite3.Connection, writable: bool) -> None:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            db.close()
            raise CaseTooNew(detail=f"case schema {version} > {SCHEMA_VERSION}")
        if not writable:
            return
        for target in range(version + 1, SCHEMA_VERSION + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the database and release the lock (safe to call twice)."""
        if self._db is None:
            return
        self._behind.close()  # a change still being written is written first
        with self._locked():
            self._db.close()
            self._db = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- internals -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the connection (its mutex), once the changes handed to the writer thread so far are written."""
        self._behind.wait()
        with self._mutex:
            yield

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        if self.read_only:
            raise CaseReadOnly()
        with self._locked():
            try:
                self._db.execute(sql, params)  # autocommit: durable when this returns
            except sqlite3.OperationalError as exc:  # disk full, I/O error, locked: the old state is intact
                raise CaseNotSaved(detail=f"sqlite: {exc}") from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One explicit transaction under the mutex: committed at the end, rolled back on any error
        (a SQLite failure such as a full disk becomes :class:`CaseNotSaved`; the old state stays)."""
        self._behind.wait()
        with self._mutex:  # (as _locked, one generator fewer: a group verdict counts its Python calls)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise CaseNotSaved(detail=f"sqlite: {exc}") from None
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def _rows(self, sql: str) -> list[tuple[Any, ...]]:
        with self._locked():
            return list(self._db.execute(sql).fetchall())
