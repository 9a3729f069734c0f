"""An export's identity before it is opened: the SHA-256 of each export file and the export id.

The files are the ones ``ExportSource.open`` takes (a ZIP given directly; every regular file under a folder,
links not followed) and the id is :func:`core.model.export_id_of` over their digests, so a refused or damaged
export has the same identity it would have in the app, and a batch can skip exports it already screened.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from core.errors import ExportUnreadable
from core.model import export_id_of
from core.source.archive import Cancelled, _never
from core.source.exporthash import sha256_file


@dataclass(frozen=True)
class Identity:
    export_id: str
    sha256s: list[str]  # of the export files, sorted
    size: int  # bytes on disk


def export_files(path: Path) -> list[Path]:
    """The regular files that form the export at ``path``."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ExportUnreadable(f"Dossier cannot find “{path.name}”.") from None
    except OSError as exc:
        raise ExportUnreadable(f"Dossier cannot read “{path.name}”.", detail=str(exc)) from None
    if stat.S_ISREG(st.st_mode):
        return [path]
    if not stat.S_ISDIR(st.st_mode):
        raise ExportUnreadable(f"“{path.name}” is not a file or folder Dossier can open.")
    files = []
    for dirpath, dirs, names in os.walk(path, followlinks=False):
        dirs.sort()
        for name in sorted(names):
            full = Path(dirpath) / name
            if stat.S_ISREG(os.lstat(full).st_mode):
                files.append(full)
    return files


def identify(paths: list[str], cancelled: Cancelled = _never) -> Identity:
    """Hash every file of the export (streaming, read-only)."""
    digests: list[str] = []
    size = 0
    for raw in paths:
        for file in export_files(Path(raw)):
            try:
                digests.append(sha256_file(file, cancelled))
                size += file.stat().st_size
            except OSError as exc:
                raise ExportUnreadable(f"Dossier cannot read “{file.name}”.", detail=str(exc)) from None
    return Identity(export_id_of(digests), sorted(digests), size)
