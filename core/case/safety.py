"""Keeping the user's review safe: an OS lock per open case, rotating backups, damaged cases moved aside.

* :class:`CaseLock` — an operating-system lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on the
  case's ``.lock`` file. The OS releases it when the process ends, however it ends, so a killed app never
  leaves the case read-only on the next start — whatever process got the old PID meanwhile.
* :func:`rotate_backups` — before a case is opened for writing, the last good state is copied to
  ``<case>.bak1`` (``bak1`` → ``bak2`` → ``bak3``), through SQLite's own backup (consistent, WAL included).
* :func:`recover` — a case SQLite cannot read is moved aside (``<case>.damaged-<time>.sqlite``, never deleted)
  and the newest backup that passes SQLite's integrity check takes its place; the sentence returned says so.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

BACKUPS = 3


class CaseLock:
    """Held while a case is open for writing; ``acquire`` returns ``False`` if someone else holds it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        for _attempt in range(3):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _lock(fd):
                os.close(fd)
                return False
            try:  # the holder before us may have removed the file after we opened it: lock the file that is there
                same = os.path.samestat(os.fstat(fd), self.path.stat())
            except OSError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode("ascii"))  # for people looking at the folder; not trusted
                self._fd = fd
                return True
            _unlock(fd)
            os.close(fd)
        return False

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                self.path.unlink()  # while still locked, so no one locks a file that is about to vanish
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            with contextlib.suppress(OSError):
                self.path.unlink()


def _lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def backup_path(case: Path, n: int) -> Path:
    return case.with_name(f"{case.stem}.bak{n}{case.suffix}")


def healthy(path: Path) -> bool:
    """Whether SQLite can open ``path`` and its integrity check passes."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return bool(db.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            db.close()
    except sqlite3.Error:
        return False


def rotate_backups(case: Path) -> None:
    """Copy the case (a good one) to ``.bak1`` after shifting the older backups down; best effort."""
    if not case.exists() or case.stat().st_size == 0:
        return
    with contextlib.suppress(OSError, sqlite3.Error):
        for n in range(BACKUPS - 1, 0, -1):
            if backup_path(case, n).exists():
                backup_path(case, n).replace(backup_path(case, n + 1))
        fresh = backup_path(case, 0).with_suffix(".tmp")
        source = sqlite3.connect(f"{case.as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(str(fresh))
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        fresh.replace(backup_path(case, 1))


def recover(case: Path) -> str | None:
    """If ``case`` is damaged: move it aside, restore the newest healthy backup; the sentence to show.

    ``None`` when the case is fine (or does not exist yet)."""
    if not case.exists() or healthy(case):
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = case.with_name(f"{case.stem}.damaged-{stamp}{case.suffix}")
    case.replace(aside)
    for suffix in ("-wal", "-shm"):
        companion = case.with_name(case.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    for n in range(1, BACKUPS + 1):
        backup = backup_path(case, n)
        if backup.exists() and healthy(backup):
            when = datetime.fromtimestamp(backup.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
            target = case.with_suffix(".tmp")
            target.write_bytes(backup.read_bytes())
            target.replace(case)
            return (f"Your saved review of this export was damaged. Dossier moved it aside ({aside.name}) and "
                    f"restored the backup from {when}; changes after that time are missing.")
    return (f"Your saved review of this export was damaged and there is no usable backup. Dossier moved it "
            f"aside ({aside.name}); you can review the export again from the start.")
