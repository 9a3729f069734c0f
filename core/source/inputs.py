"""The files a user selected, as Dossier opens them: folders walked within budgets, inputs de-duplicated,
each sorted into its kind (``collect_inputs``: a ZIP, a ZIP found in a folder, a ``.tgz``, a loose file).

* A folder gets the same limits as a ZIP (:class:`core.source.budget.Budgets`: number of entries, bytes in
  total), checked while it is walked, and the walk can be cancelled: 300,000 files are refused as quickly as
  a ZIP with 300,000 entries.
* Every folder or file the walk cannot read is reported (``Problem``), never dropped without a word.
* The same file given twice (two paths to it, a folder and a ZIP inside it, or an archive copied under
  another name) is read once, and the import report says so: a doubled input would double every recording and produce
  false "duplicate audio" findings.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from core.errors import ExportTooLarge, ExportUnreadable, ImportCancelled, SplitArchive, os_error_sentence
from core.i18n import _
from core.model import Problem
from core.source.budget import HASH_CHUNK, Budgets
from core.source.exporthash import FileToHash
from core.source.finder_files import finder_note, is_finders
from core.source.zipnames import shown

CHECK_EVERY = 256  # files between two looks at the cancel button


def walk_folder(root: Path, budgets: Budgets, notes: list[Problem],
                cancelled: Callable[[], bool]) -> Iterator[tuple[Path, str, os.stat_result]]:
    """Regular files under ``root`` (sorted, links not followed) as ``(path, relative label, lstat)``."""
    entries = listed = total = 0
    too_many = ExportTooLarge(_("This folder holds more than {max_entries:,} files — more than any genuine export; "
                                "Dossier did not open it.").format(max_entries=budgets.max_entries))

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename or root)
        label = where.relative_to(root).as_posix() if where.is_relative_to(root) else where.name
        notes.append(Problem(label or root.name, None, os_error_sentence(exc, shown(label or root.name))
                             + " " + _("Its files are not part of the import.")))

    finders = 0
    for dirpath, dirs, names in os.walk(root, onerror=unreadable, followlinks=False):
        if cancelled():
            raise ImportCancelled()
        dirs.sort()
        listed += len(names) + len(dirs)
        if listed > budgets.max_entries:  # before any work on this folder's entries
            raise too_many
        folders = list(Path(dirpath).relative_to(root).parts)
        here = set(names)
        skipped = {n for n in names if is_finders(folders, n, here)}
        if skipped:
            finders += len(skipped)
            names = [n for n in names if n not in skipped]
        for name in sorted(names) + [d for d in dirs if Path(dirpath, d).is_symlink()]:
            entries += 1
            if entries % CHECK_EVERY == 0 and cancelled():
                raise ImportCancelled()
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            try:
                st = os.lstat(full)
            except OSError as exc:
                notes.append(Problem(rel, None, os_error_sentence(exc, shown(rel))))
                continue
            if stat.S_ISREG(st.st_mode):
                total += st.st_size
                if total > budgets.max_total_size:
                    raise ExportTooLarge(_("The files in this folder add up to more than {value:,} GB — more than "
                                           "Dossier can safely open.").format(value=budgets.max_total_size >> 30))
                yield full, rel, st
            elif name not in dirs or stat.S_ISLNK(st.st_mode):
                notes.append(Problem(rel, None, _("This is a link or special file, not a regular file; "
                                                  "Dossier skipped it and did not follow it.")))
    if finders:
        notes.append(Problem(root.name, None, finder_note(finders)))


def same_content(a: Path, b: Path, cancelled: Callable[[], bool]) -> bool:
    """True when two files of equal size hold the same bytes (SHA-256 of both, read in chunks)."""
    digests = []
    for path in (a, b):
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as f:
                while chunk := f.read(HASH_CHUNK):
                    if cancelled():
                        raise ImportCancelled()
                    digest.update(chunk)
        except OSError:
            return False
        digests.append(digest.digest())
    return digests[0] == digests[1]


class InputSet:
    """Collects the export's files once each: by identity (device and inode), and by content among files of
    equal size."""

    def __init__(self, notes: list[Problem], cancelled: Callable[[], bool]) -> None:
        self.notes = notes
        self.cancelled = cancelled
        self._seen: dict[tuple[int, int] | str, str] = {}  # (device, inode) → label it was first added under
        self._by_size: dict[int, list[tuple[Path, str]]] = {}

    def first_time(self, path: Path, label: str, st: os.stat_result, by_content: bool) -> bool:
        """Whether ``path`` is new; if not, a note says which input it repeats. ``by_content``: also compare
        with earlier archives of the same size (loose files inside a folder may legitimately repeat)."""
        # a link's target, a hard link: the same file (its real path cost ~50 µs a file); some file systems
        # (FAT, a few network shares) give no inode number, and there the real path tells
        same: tuple[int, int] | str = (st.st_dev, st.st_ino) if st.st_ino else os.path.realpath(path)
        earlier = self._seen.get(same)
        if earlier is None and by_content and st.st_size > 0:
            earlier = next((seen for other, seen in self._by_size.get(st.st_size, [])
                            if same_content(other, path, self.cancelled)), None)
        if earlier is not None:
            self.notes.append(Problem(label, None, _("This is the same file as “{value}” (given twice, or a copy); "
                                                     "Dossier read it once.").format(value=shown(earlier))))
            return False
        self._seen[same] = label
        if by_content:
            self._by_size.setdefault(st.st_size, []).append((path, label))
        return True


ZIP, FOLDER_ZIP, FILE, TAR_GZ = "zip", "folder-zip", "file", "tar-gz"  # kinds of export files
GZIP_MAGIC = b"\x1f\x8b"
TAR_SUFFIXES = (".tgz", ".tar.gz")


def collect_inputs(paths: Sequence[str | os.PathLike[str]], budgets: Budgets, notes: list[Problem],
                   cancelled: Callable[[], bool]) -> list[tuple[FileToHash, str]]:
    """Every export file to open: ZIPs given directly, and files (ZIP or not) in folders."""
    found: list[tuple[FileToHash, str]] = []
    used: set[str] = set()
    once = InputSet(notes, cancelled)  # the same file given twice (or a copy) is read once

    def add(path: Path, label: str, st: os.stat_result, kind: str) -> None:
        if not once.first_time(path, label, st, by_content=kind != FILE):
            return
        unique, k = label, 2
        while unique in used:  # two inputs with one name: "export.zip", "export.zip (2)"
            unique, k = f"{label} ({k})", k + 1
        used.add(unique)
        found.append((FileToHash(unique, path, st.st_size, st.st_mtime_ns), kind))

    for raw in paths:
        path = Path(raw).absolute()  # absolute (links kept), so later checks work from any directory
        try:
            st = path.stat()
        except OSError as exc:
            raise ExportUnreadable(os_error_sentence(exc, shown(path.name)), detail=str(exc)) from None
        if stat.S_ISDIR(st.st_mode):
            for file, rel, fst in walk_folder(path, budgets, notes, cancelled):
                add(file, rel, fst, FOLDER_ZIP if file.suffix.lower() == ".zip" else _kind_of_loose(file, FILE))
        elif stat.S_ISREG(st.st_mode):
            if not path.suffix.lower() == ".zip" and _looks_split(path):
                raise SplitArchive()
            # a file selected beside the ZIPs (FileDescriptions.csv of a 2026 download) is read as a file
            loose = len(paths) > 1 and path.suffix.lower() != ".zip"
            add(path, path.name, st, _kind_of_loose(path, FILE if loose else ZIP))
        else:
            raise ExportUnreadable(_("“{value}” is not a file or folder Dossier can open.").format(
                value=shown(path.name)))
    return found


def _kind_of_loose(path: Path, otherwise: str) -> str:
    """``TAR_GZ`` for a gzip-compressed tar, told by its magic bytes (told here, so a ZIP export does not load the
    ``.tgz`` reader, ``core.source.targz``, to be told apart), else ``otherwise``. A loose file must be named
    ``.tgz``/``.tar.gz``; a file that would be opened as a ZIP may have any name: gzip is never a ZIP, and a renamed
    Takeout download was refused as "not a ZIP archive"."""
    if otherwise != ZIP and not path.name.lower().endswith(TAR_SUFFIXES):
        return otherwise  # not opened: a wrong folder of 100,000 files was opened file by file for this
    try:
        with open(path, "rb") as fp:
            head = fp.read(4)
    except OSError:
        return otherwise
    return TAR_GZ if head[:2] == GZIP_MAGIC else otherwise


def _looks_split(path: Path) -> bool:
    """A part of a split archive given instead of the ``.zip`` (``x.z01``, ``x.zip.001``)."""
    suffix = path.suffix.lower()
    return (len(suffix) == 4 and suffix[:2] == ".z" and suffix[2:].isdigit()) or \
        (suffix[1:].isdigit() and path.stem.lower().endswith(".zip"))
