"""The case's correspondence: each letter drafted (and whether and when it was sent), each answer received.

Kept in the case's SQLite file beside the verdicts and written the same way (autocommit under WAL with
``synchronous=FULL``): a crash loses at most the change in flight. The access request itself (its date and
channel) and the day the export arrived stay where the letters read them, in the case's declarations.

An answer the user attaches (the company's or the authority's reply: a PDF, an e-mail file, text) is kept
byte for byte IN the case with its SHA-256, so a later letter can list and attach it. Dossier never opens,
renders or sends these bytes; they are size-capped (:data:`MAX_REPLY_BYTES`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import DossierError
from core.i18n import N_, _

PARTIES = ("company", "authority")
MAX_REPLY_BYTES = 25 * 1024 * 1024  # an e-mail with a scanned letter; far above a typical reply

SCHEMA_V3 = """
CREATE TABLE IF NOT EXISTS letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, lang TEXT NOT NULL, party TEXT NOT NULL,
    addressee TEXT NOT NULL, drafted TEXT NOT NULL, sent TEXT, files TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT, party TEXT NOT NULL, received TEXT NOT NULL, name TEXT NOT NULL,
    size INTEGER NOT NULL, sha256 TEXT NOT NULL, extension INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL);
"""


class ReplyRefused(DossierError):
    category = "reply-refused"
    default_message = N_("Dossier could not read that file — choose the reply as a PDF, an e-mail file or a text "
                         "file.")


class LetterUnknown(DossierError):
    category = "letter-unknown"
    default_message = N_("This case has no letter of that name — `dossier case PATH --status` lists the letters "
                         "it holds.")


@dataclass(frozen=True)
class FileHash:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class LetterRecord:
    """One letter Dossier drafted: to whom (``party`` company/authority, ``addressee`` its slug or key)."""

    id: int
    kind: str
    lang: str
    party: str
    addressee: str
    drafted: date
    sent: date | None
    files: tuple[FileHash, ...]

    @property
    def label(self) -> str:
        """How the user names it on the command line: ``L<id>`` or any of its file names."""
        return f"L{self.id}"


@dataclass(frozen=True)
class ReplyRecord:
    """One answer the user received; ``extension``: the company said it takes the two extra months."""

    id: int
    party: str
    received: date
    name: str
    size: int
    sha256: str
    extension: bool


def _safe_name(name: str) -> str:
    """The file's own name as plain text (no folders, no control characters), at most 120 characters."""
    base = Path(name.replace("\\", "/")).name
    text = "".join(c for c in base if c.isprintable() and c not in "/\\:*?\"<>|").strip(" .")
    return text[:120] or "reply"


def read_reply(path: Path) -> tuple[str, bytes]:
    """The reply file's name and bytes; :class:`ReplyRefused` (one sentence) if missing, empty or too large."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_REPLY_BYTES + 1)
    except OSError:
        raise ReplyRefused(_("Dossier cannot read “{name}” — check that the file exists.").format(
            name=_safe_name(str(path)))) from None
    if len(data) > MAX_REPLY_BYTES:
        raise ReplyRefused(_("“{name}” is larger than {size} MiB — attach the reply itself, not a whole "
                             "mailbox.").format(name=_safe_name(str(path)), size=MAX_REPLY_BYTES // (1024 * 1024)))
    if not data:
        raise ReplyRefused(_("“{name}” is empty.").format(name=_safe_name(str(path))))
    return _safe_name(path.name), data


class CorrespondenceStore:
    """The correspondence part of :class:`~core.case.store.CaseStore` (mixed into it)."""

    if TYPE_CHECKING:
        read_only: bool
        _db: sqlite3.Connection

        def _locked(self) -> AbstractContextManager[None]: ...

        def _write(self, sql: str, params: tuple[Any, ...]) -> None: ...

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._locked():
                return list(self._db.execute(sql, params).fetchall())
        except sqlite3.OperationalError:  # read-only case saved before version 3: no correspondence yet
            return []

    def record_letter(self, kind: str, lang: str, party: str, addressee: str, files: list[dict[str, Any]],
                      drafted: date) -> LetterRecord:
        """Keep a drafted letter: its kind, language, addressee and its files' names, sizes and hashes."""
        if party not in PARTIES:
            raise ValueError(f"unknown party {party!r}")
        hashes = [{"name": str(f["name"]), "size": int(f["size"]), "sha256": str(f["sha256"])} for f in files]
        self._write("INSERT INTO letters (kind, lang, party, addressee, drafted, sent, files) "
                    "VALUES (?, ?, ?, ?, ?, NULL, ?)",
                    (kind, lang, party, addressee, drafted.isoformat(), json.dumps(hashes)))
        return self.letters()[-1]

    def mark_sent(self, letter_id: int, on: date | None) -> None:
        """Record that (and when) the user sent the letter; ``None`` marks it as not sent."""
        self.letter(letter_id)
        self._write("UPDATE letters SET sent = ? WHERE id = ?", (on.isoformat() if on else None, letter_id))

    def letters(self) -> list[LetterRecord]:
        rows = self._query("SELECT id, kind, lang, party, addressee, drafted, sent, files FROM letters ORDER BY id")
        return [LetterRecord(int(i), k, lg, p, a, date.fromisoformat(d), date.fromisoformat(s) if s else None,
                             tuple(FileHash(**f) for f in json.loads(fs))) for i, k, lg, p, a, d, s, fs in rows]

    def letter(self, ref: int | str) -> LetterRecord:
        """A letter by id (``3``, ``L3``) or by one of its file names; :class:`LetterUnknown` otherwise."""
        text = str(ref).strip()
        for record in self.letters():
            if text in (str(record.id), record.label) or any(text == f.name or Path(text).name == f.name
                                                              for f in record.files):
                return record
        raise LetterUnknown()

    def add_reply(self, name: str, data: bytes, party: str, received: date, extension: bool = False) -> ReplyRecord:
        """Keep an answer's bytes in the case with their hash (never opened, never sent anywhere)."""
        if party not in PARTIES:
            raise ValueError(f"unknown party {party!r}")
        if len(data) > MAX_REPLY_BYTES or not data:
            raise ReplyRefused()
        self._write("INSERT INTO replies (party, received, name, size, sha256, extension, data) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (party, received.isoformat(), _safe_name(name), len(data), hashlib.sha256(data).hexdigest(),
                     int(extension), sqlite3.Binary(data)))
        return self.replies()[-1]

    def replies(self) -> list[ReplyRecord]:
        rows = self._query("SELECT id, party, received, name, size, sha256, extension FROM replies ORDER BY id")
        return [ReplyRecord(int(i), p, date.fromisoformat(r), n, int(s), h, bool(e)) for i, p, r, n, s, h, e in rows]

    def set_export_label(self, vendor: str, names: list[str]) -> None:
        """Remember which vendor's export this is and its file names, so the welcome page can name the case."""
        if self.read_only or self.export_label() == (vendor, names):
            return
        self._write("INSERT OR REPLACE INTO meta (key, value) VALUES ('export_label', ?)",
                    (json.dumps({"vendor": vendor, "names": names[:5]}, ensure_ascii=False),))

    def export_label(self) -> tuple[str, list[str]] | None:
        rows = self._query("SELECT value FROM meta WHERE key = 'export_label'")
        if not rows:
            return None
        raw = json.loads(rows[0][0])
        return str(raw.get("vendor", "")), [str(n) for n in raw.get("names", [])]

    def reply_bytes(self, reply_id: int) -> bytes:
        rows = self._query("SELECT data FROM replies WHERE id = ?", (reply_id,))
        return bytes(rows[0][0]) if rows else b""
