"""What a batch screens: the exports named by ``dossier batch INPUT...``, and each one's identity.

An INPUT is a folder whose entries are exports (a ZIP, an unpacked export folder, or a sub-folder holding one
export's parts), a ZIP that is one export, or a text file listing export paths (one a line; ``#`` comments;
relative paths are relative to the list). Hidden entries (``.name``) are left out.

An export's identity is known before it is opened: the files are the ones ``ExportSource.open`` takes (a ZIP
given directly; every regular file under a folder, links not followed) and the id is
:func:`core.model.export_id_of` over their SHA-256s, so a refused or damaged export has the identity it would
have in the app, and a batch can skip exports it already screened.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from core.errors import DossierError, ExportUnreadable
from core.i18n import N_, _
from core.model import export_id_of
from core.source.archive import Cancelled, never_cancelled
from core.source.exporthash import sha256_file

MAX_LIST_BYTES = 16 << 20  # a list of a million paths is far less


class BadBatchInput(DossierError):
    category = "batch-input"
    default_message = N_("The batch input cannot be read.")


@dataclass(frozen=True)
class ExportInput:
    """One export of the batch: the path the user gave (a ZIP or a folder), absolute."""

    path: str

    @property
    def paths(self) -> list[str]:
        return [self.path]


def collect_inputs(inputs: list[str], *, exclude: Path | None = None) -> list[ExportInput]:
    """Every export named by ``inputs``, in a stable order, each once. ``exclude``: the output folder."""
    found: list[ExportInput] = []
    seen: set[str] = set()
    skip = str(exclude.absolute()) if exclude is not None else None

    def add(path: Path) -> None:
        key = str(path.absolute())
        if key not in seen and key != skip:
            seen.add(key)
            found.append(ExportInput(key))

    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for entry in sorted(path.iterdir(), key=lambda p: p.name):
                if not entry.name.startswith("."):
                    add(entry)
        elif path.is_file() and path.suffix.lower() != ".zip":
            for listed in _listed(path):
                add(listed)
        elif path.is_file():
            add(path)
        else:
            raise BadBatchInput(_('Dossier cannot find the batch input “{raw}”.').format(raw=raw))
    if not found:
        raise BadBatchInput(_("The batch input names no exports."))
    return found


def _listed(list_file: Path) -> list[Path]:
    """The paths in a text file listing exports."""
    try:
        if list_file.stat().st_size > MAX_LIST_BYTES:
            raise BadBatchInput(_('“{name}” is too large to be a list of exports.').format(name=list_file.name))
        text = list_file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BadBatchInput(_("“{name}” is neither a ZIP, a folder nor a UTF-8 list of exports.").format(
            name=list_file.name)) from None
    except OSError as exc:
        raise BadBatchInput(_('Dossier cannot read “{name}”.').format(name=list_file.name), detail=str(exc)) from None
    base = list_file.parent
    lines = (line.strip() for line in text.splitlines())
    return [base / line for line in lines if line and not line.startswith("#")]


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
        raise ExportUnreadable(_('Dossier cannot find “{name}”.').format(name=path.name)) from None
    except OSError as exc:
        raise ExportUnreadable(_('Dossier cannot read “{name}”.').format(name=path.name), detail=str(exc)) from None
    if stat.S_ISREG(st.st_mode):
        return [path]
    if not stat.S_ISDIR(st.st_mode):
        raise ExportUnreadable(_('“{name}” is not a file or folder Dossier can open.').format(name=path.name))
    files = []
    for dirpath, dirs, names in os.walk(path, followlinks=False):
        dirs.sort()
        for name in sorted(names):
            full = Path(dirpath) / name
            if stat.S_ISREG(os.lstat(full).st_mode):
                files.append(full)
    return files


def identify(paths: list[str], cancelled: Cancelled = never_cancelled) -> Identity:
    """Hash every file of the export (streaming, read-only)."""
    digests: list[str] = []
    size = 0
    for raw in paths:
        for file in export_files(Path(raw)):
            try:
                digests.append(sha256_file(file, cancelled))
                size += file.stat().st_size
            except OSError as exc:
                raise ExportUnreadable(_("Dossier cannot read “{name}”.").format(
                    name=file.name), detail=str(exc)) from None
    return Identity(export_id_of(digests), sorted(digests), size)
