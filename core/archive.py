"""Safe, read-only access to an export given as ZIP files and/or folders.

``ExportSource.open(paths)`` lists every member (files inside ZIPs, one level of nested ZIPs, files in
folders) under a *member path* (``Alexa.zip/Voice/1.wav``) and streams members on request. Nothing is ever
extracted; member names are labels only. Before anything is decompressed the archive's end record, entry
count, directory size, flags, methods, declared sizes, ratios and data layout (overlaps) are checked
(``core.zipscan``); while reading, every stream counts its bytes (``core.memberstream``). Every failure is a
:class:`core.errors.DossierError` with one plain sentence. Limits: ``core.budget``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

import zipfile_deflate64  # noqa: F401 - registers Deflate64 (method 9) with zipfile

from core.budget import Budgets, Tally
from core.errors import (
    DossierError,
    ExportDamaged,
    ExportRefused,
    ExportUnreadable,
    ExportVanished,
    ImportCancelled,
    MemberUnreadable,
    NotAZip,
    NotEnoughMemory,
    SplitArchive,
    UnreadableNames,
)
from core.exporthash import FileToHash, HashJob, sha256_file
from core.memberstream import READ_ERRORS, ContainerWatch, MemberStream, limit_zipext, member_error
from core.model import ExportFile, Problem
from core.nested import PrivateTemp, SliceFile, read_into_memory
from core.zipnames import NoteSink, duplicate_notes, is_link_or_special, member_label, odd_name_reason, shown
from core.zipscan import Entry, check_entries, count_directory, read_end_record

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def _no_progress(fraction: float, message: str) -> None:
    return None


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Member:
    """One file inside the export.

    ``path`` is the member path label; ``size`` the declared uncompressed size; ``crc32`` the ZIP
    directory's CRC (``None`` for files in folders); ``modified`` the naive local time stored in the
    archive (or the file's mtime for folders).
    """

    path: str
    size: int
    compressed_size: int
    crc32: int | None
    modified: datetime | None
    container: str  # the top-level export file this member lives in (ExportFile.name)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        name = self.name
        return name[name.rfind("."):].lower() if "." in name else ""


@dataclass
class _Handle:
    """How to read one member: a zip entry, or a file in a folder; ``problem`` if it cannot be read."""

    zf: zipfile.ZipFile | None = None
    info: zipfile.ZipInfo | None = None
    path: Path | None = None
    watch: ContainerWatch | None = None
    problem: str = ""


@dataclass
class ExportSource:
    """An opened export: its files (with SHA-256), its members, and archive-level notes."""

    files: list[ExportFile]
    members: list[Member]
    notes: list[Problem] = field(default_factory=list)
    _handles: dict[str, object] = field(default_factory=dict, repr=False)
    budgets: Budgets = field(default_factory=Budgets, repr=False)
    _by_id: dict[int, _Handle] = field(default_factory=dict, repr=False)
    _closers: list[Callable[[], None]] = field(default_factory=list, repr=False)
    _temp: PrivateTemp = field(default_factory=PrivateTemp, repr=False)
    _index: dict[str, Member] | None = field(default=None, repr=False)

    # ---- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        paths: list[str | os.PathLike[str]],
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
        *,
        hash_files: bool = True,
        budgets: Budgets | None = None,
    ) -> ExportSource:
        """Open ZIPs and/or folders as one export. Raises a :class:`DossierError` subclass."""
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        source = cls(files=[], members=[], budgets=budgets or Budgets())
        job: HashJob | None = None
        try:
            inputs = source._collect(paths, cancelled)
            if hash_files:
                job = HashJob([item for item, _zip in inputs])
            opener = _Opener(source, Tally(source.budgets), NoteSink(source.notes, source.budgets.max_notes_per_kind),
                             cancelled)
            for n, (item, is_zip) in enumerate(inputs):
                if cancelled():
                    raise ImportCancelled()
                if n % 64 == 0 or is_zip:
                    done = job.fraction if job else 1.0
                    progress((n / len(inputs) + done) / 2, f"Listing the files in {item.label}…")
                if is_zip:
                    opener.add_zip(item)
                else:
                    opener.add_plain(item)
            duplicate_notes([m.path for m in source.members], opener.sink)
            opener.sink.finish("")
            digests = job.wait(lambda f: progress(0.5 + f / 2, "Fingerprinting the export (SHA-256)…"),
                               cancelled) if job else {}
            source.files.extend(ExportFile(item.label, str(item.path), item.size, digests.get(item.label, ""),
                                           item.mtime_ns / 1e9) for item, _zip in inputs)
        except BaseException as exc:
            if job is not None:
                job.stop()
            source.close()
            if isinstance(exc, DossierError | KeyboardInterrupt):
                raise
            if isinstance(exc, MemoryError):
                raise NotEnoughMemory() from None
            if isinstance(exc, OSError):
                raise ExportUnreadable(detail=f"{type(exc).__name__}: {exc}"[:300]) from None
            raise
        progress(1.0, "Export opened.")
        return source

    def _collect(self, paths: list[str | os.PathLike[str]], cancelled: Cancelled) -> list[tuple[FileToHash, bool]]:
        """Every export file to open: ZIPs given directly, and files (ZIP or not) in folders."""
        found: list[tuple[FileToHash, bool]] = []
        used: set[str] = set()

        def add(path: Path, label: str, st: os.stat_result) -> None:
            unique, k = label, 2
            while unique in used:
                unique, k = f"{label} ({k})", k + 1
            used.add(unique)
            found.append((FileToHash(unique, path, st.st_size, st.st_mtime_ns), path.suffix.lower() == ".zip"))

        for raw in paths:
            path = Path(raw)
            try:
                st = path.stat()
            except OSError:
                raise ExportUnreadable(f"Dossier cannot find “{shown(path.name)}”.") from None
            if stat.S_ISDIR(st.st_mode):
                for file, rel, fst in self._walk(path, cancelled):
                    add(file, rel, fst)
            elif stat.S_ISREG(st.st_mode):
                if not path.suffix.lower() == ".zip" and _looks_split(path):
                    raise SplitArchive()
                found.append((FileToHash(path.name, path, st.st_size, st.st_mtime_ns), True))
                used.add(path.name)
            else:
                raise ExportUnreadable(f"“{shown(path.name)}” is not a file or folder Dossier can open.")
        return found

    def _walk(self, root: Path, cancelled: Cancelled) -> Iterator[tuple[Path, str, os.stat_result]]:
        for dirpath, dirs, names in os.walk(root, followlinks=False):
            if cancelled():
                raise ImportCancelled()
            dirs.sort()
            for name in sorted(names) + [d for d in dirs if Path(dirpath, d).is_symlink()]:
                full = Path(dirpath) / name
                rel = full.relative_to(root).as_posix()
                st = os.lstat(full)
                if stat.S_ISREG(st.st_mode):
                    yield full, rel, st
                elif name not in dirs or stat.S_ISLNK(st.st_mode):
                    self.notes.append(Problem(rel, None, "This is a link or special file, not a regular file; "
                                                         "Dossier skipped it and did not follow it."))

    # ---- reading ---------------------------------------------------------------------------------
    def _handle(self, member: Member | str) -> tuple[str, _Handle]:
        key = member.path if isinstance(member, Member) else member
        handle = self._by_id.get(id(member)) if isinstance(member, Member) else None
        if handle is None:
            found = self._handles.get(key)
            handle = found if isinstance(found, _Handle) else None
        if handle is None:
            raise MemberUnreadable(f"“{shown(key)}” is not part of this export.", member=key)
        if handle.problem:
            raise MemberUnreadable(f"“{shown(key)}” cannot be read: {handle.problem}", member=key)
        return key, handle

    def open_member(self, member: Member | str) -> BinaryIO:
        """A read-only binary stream of the member's bytes (decompressed on the fly, budgeted)."""
        key, handle = self._handle(member)
        if handle.path is not None:
            size = handle.watch.size if handle.watch else handle.path.stat().st_size
            try:
                raw = open(handle.path, "rb")  # noqa: SIM115 - owned by the returned stream
            except OSError as exc:
                raise member_error(exc, key, handle.watch) from None
            return cast(BinaryIO, MemberStream(raw, key, size, None, handle.watch))
        assert handle.zf is not None and handle.info is not None
        return cast(BinaryIO, self._open_zip_member(handle.zf, handle.info, key, handle.watch))

    def _open_zip_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, key: str,
                         watch: ContainerWatch | None) -> MemberStream:
        try:
            raw: Any = zf.open(info)
            limit_zipext(raw, info.compress_type)
        except READ_ERRORS as exc:
            raise member_error(exc, key, watch) from None
        return MemberStream(raw, key, info.file_size, info.compress_type, watch)

    def read_bytes(self, member: Member | str, limit: int | None = None) -> bytes:
        """The member's bytes (at most ``limit`` bytes if given)."""
        with self.open_member(member) as stream:
            return stream.read() if limit is None else stream.read(limit)

    def iter_chunks(self, member: Member | str, chunk_size: int = 1 << 16) -> Iterator[bytes]:
        with self.open_member(member) as stream:
            while chunk := stream.read(chunk_size):
                yield chunk

    def member(self, path: str) -> Member:
        """The (first) member with this path; ``KeyError`` if there is none."""
        if self._index is None or len(self._index) > len(self.members):
            self._index = {}
            for m in reversed(self.members):
                self._index[m.path] = m
        found = self._index.get(path)
        if found is None or found.path != path:
            for m in self.members:
                if m.path == path:
                    return m
            raise KeyError(path)
        return found

    def close(self) -> None:
        for closer in reversed(self._closers):
            with contextlib.suppress(OSError, ValueError):
                closer()
        self._closers.clear()
        self._handles.clear()
        self._by_id.clear()
        self._temp.close()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Opener:
    """Lists the members of each export file into ``source`` (one pass over each central directory)."""

    def __init__(self, source: ExportSource, tally: Tally, sink: NoteSink, cancelled: Cancelled) -> None:
        self.source, self.tally, self.sink, self.cancelled = source, tally, sink, cancelled

    def _add(self, member: Member, handle: _Handle) -> None:
        self.source.members.append(member)
        self.source._by_id[id(member)] = handle
        self.source._handles.setdefault(member.path, handle)

    def add_plain(self, item: FileToHash) -> None:
        modified = datetime.fromtimestamp(item.mtime_ns / 1e9)
        watch = ContainerWatch(str(item.path), item.size, item.mtime_ns)
        self._add(Member(item.label, item.size, item.size, None, modified, item.label),
                  _Handle(path=item.path, watch=watch))

    def add_zip(self, item: FileToHash) -> None:
        watch = ContainerWatch(str(item.path), item.size, item.mtime_ns)
        try:
            fp = open(item.path, "rb")  # noqa: SIM115 - closed by ExportSource.close
        except OSError as exc:
            raise ExportUnreadable(f"Dossier cannot read “{shown(item.label)}”.", detail=str(exc)) from None
        self.source._closers.append(fp.close)
        self.add_archive(fp, item.size, item.label, item.label, watch, item.path, depth=0)

    def add_archive(self, fp: IO[bytes], size: int, label: str, container: str, watch: ContainerWatch,
                    path: Path | None, depth: int) -> None:
        """Check and list one archive; raise a typed refusal if it is hostile or unreadable."""
        budgets = self.source.budgets
        try:
            end = read_end_record(fp, size, budgets)
            listed = count_directory(fp, end, budgets)
            zf = zipfile.ZipFile(fp)
            self.source._closers.append(zf.close)
            entries = check_entries(fp, zf.infolist(), end, budgets, self.tally, self.sink, label, self.cancelled)
        except ExportRefused as exc:
            if not watch.intact():
                raise ExportVanished(member=label, detail=f"changed while opening: {exc.detail}") from None
            raise
        except DossierError:
            raise
        except READ_ERRORS as exc:
            raise _open_error(exc, label, watch) from None
        if listed != end.entries:
            self.sink.add("count", label, f"This archive's table of contents lists {listed:,} files but its end "
                                          f"record says {end.entries:,}; it may be damaged.")
        if end.prefix:
            self.sink.add("prefix", label, f"This archive starts with {end.prefix:,} bytes of other data — "
                                           "unusual for a genuine export.")
        if end.trailing:
            self.sink.add("trailing", label, f"This archive ends with {end.trailing:,} bytes of extra data — "
                                             "unusual for a genuine export.")
        for n, entry in enumerate(entries):
            if n % 4096 == 0 and self.cancelled():
                raise ImportCancelled()
            self._add_entry(zf, entry, label, container, watch, path, depth)

    def _add_entry(self, zf: zipfile.ZipFile, entry: Entry, label: str, container: str, watch: ContainerWatch,
                   path: Path | None, depth: int) -> None:
        info = entry.info
        mpath = f"{label}/{member_label(info)}"
        reason = odd_name_reason(info.orig_filename)
        if reason:
            self.sink.add("name", mpath, f"The file name “{shown(info.orig_filename)}” {reason} — this may not "
                                         "be a genuine export.")
        if info.is_dir():
            return
        if is_link_or_special(info):
            self.sink.add("link", mpath, "This entry is a link, not a file; Dossier skipped it and did not follow "
                                         "it.")
            return
        if mpath.lower().endswith(".zip") and not entry.problem:
            if depth == 0:
                if self._add_nested(zf, entry, mpath, container, watch, path):
                    return
            else:
                self.sink.add("deep", mpath, "This archive is nested more than one level deep; Dossier lists it "
                                             "but does not open it.")
        member = Member(mpath, info.file_size, info.compress_size, info.CRC, _dos_time(info.date_time), container)
        self._add(member, _Handle(zf=zf, info=info, watch=watch, problem=entry.problem))

    def _add_nested(self, zf: zipfile.ZipFile, entry: Entry, mpath: str, container: str, watch: ContainerWatch,
                    path: Path | None) -> bool:
        """Open a nested archive one level deep; False (with a note) if it is not a readable ZIP."""
        info = entry.info
        try:
            if info.compress_type == zipfile.ZIP_STORED and path is not None and entry.data_offset >= 0 \
                    and info.compress_size == info.file_size:
                body: IO[bytes] = SliceFile(path, entry.data_offset, info.file_size)  # type: ignore[assignment]
            else:
                stream = self.source._open_zip_member(zf, info, mpath, watch)
                with stream:
                    if self.tally.take_memory(info.file_size):
                        body = read_into_memory(stream, self.cancelled)
                    else:
                        body = self.source._temp.spool(stream, self.cancelled)
            self.source._closers.append(body.close)
            self.add_archive(body, info.file_size, mpath, container, watch, None, depth=1)
        except (NotAZip, ExportDamaged, MemberUnreadable) as exc:
            self.sink.add("nested", mpath, f"This looks like a ZIP archive inside the export but cannot be opened: "
                                           f"{exc}")
            return False
        return True



def _open_error(exc: BaseException, label: str, watch: ContainerWatch) -> ExportRefused:
    detail = f"{type(exc).__name__}: {exc}"[:300]
    if isinstance(exc, UnicodeDecodeError):
        return UnreadableNames(member=label, detail=detail)
    if isinstance(exc, MemoryError):
        return NotEnoughMemory(member=label, detail=detail)
    if isinstance(exc, zipfile.BadZipFile) and "multiple disks" in str(exc):
        return SplitArchive(member=label, detail=detail)
    if not watch.intact():
        return ExportVanished(member=label, detail=detail)
    if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
        return ExportUnreadable(f"Dossier cannot read “{shown(label)}”.", member=label, detail=detail)
    return ExportDamaged(member=label, detail=detail)


def _dos_time(value: tuple[int, int, int, int, int, int]) -> datetime | None:
    try:
        return datetime(*value)
    except (ValueError, TypeError):
        return None


def _looks_split(path: Path) -> bool:
    """A part of a split archive given instead of the ``.zip`` (``x.z01``, ``x.zip.001``)."""
    suffix = path.suffix.lower()
    return (len(suffix) == 4 and suffix[:2] == ".z" and suffix[2:].isdigit()) or \
        (suffix[1:].isdigit() and path.stem.lower().endswith(".zip"))


def _sha256_file(path: Path, cancelled: Cancelled = _never) -> str:
    """SHA-256 of a file (kept for callers of the foundation API)."""
    return sha256_file(path, cancelled)
