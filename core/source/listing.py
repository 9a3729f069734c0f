"""Listing the members of each export file: one pass over each central directory, nested ZIPs one level deep.

Every archive is checked by ``core.source.zipscan`` before any member is listed; odd names, links, duplicates and
deeper nesting become notes (``core.source.zipnames``). Members are recorded with a :class:`MemberHandle` saying how
to stream them later.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

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
    os_error_sentence,
)
from core.i18n import _
from core.source.budget import Budgets, Tally
from core.source.exporthash import FileToHash
from core.source.finder_files import finder_metadata, finder_note
from core.source.member import Member, MemberHandle
from core.source.memberstream import READ_ERRORS, ContainerWatch, open_zip_member
from core.source.nested import PrivateTemp, SliceFile, read_into_memory
from core.source.zipnames import NoteSink, entry_path, is_link_or_special, odd_name_reason, shown
from core.source.zipscan import Entry, check_entries, count_directory, read_end_record


@dataclass
class Store:
    """What listing produces and ``ExportSource`` keeps: members, their handles, things to close."""

    members: list[Member]
    handles: dict[str, object]
    by_id: dict[int, MemberHandle]
    closers: list[Callable[[], None]] = field(default_factory=list)
    temp: PrivateTemp = field(default_factory=PrivateTemp)


class ArchiveLister:
    """Lists the members of each export file into ``source`` (one pass over each central directory)."""

    def __init__(self, store: Store, budgets: Budgets, sink: NoteSink, cancelled: Callable[[], bool],
                 disk_bytes: int = 0, meanwhile: Callable[[], None] | None = None) -> None:
        self.store, self.budgets, self.sink, self.cancelled = store, budgets, sink, cancelled
        self.meanwhile = meanwhile  # the caller's work, done once (``ExportSource.open``)
        self.tally = Tally(budgets, disk_bytes)
        self.finder_counts: Counter[str] = Counter()  # export file -> Finder files left out of it

    def run_meanwhile(self) -> None:
        """The caller's ``meanwhile`` work, unless it was done already."""
        meanwhile = self._take_meanwhile()
        if meanwhile is not None:
            meanwhile()

    def _take_meanwhile(self) -> Callable[[], None] | None:
        """The caller's ``meanwhile`` work, handed over once (to run here or during a ``.tgz``'s pass)."""
        meanwhile, self.meanwhile = self.meanwhile, None
        return meanwhile

    def _add(self, member: Member, handle: MemberHandle) -> None:
        self.store.members.append(member)
        self.store.by_id[id(member)] = handle
        self.store.handles.setdefault(member.path, handle)

    def add_plain(self, item: FileToHash) -> None:
        modified = datetime.fromtimestamp(item.mtime_ns / 1e9)
        watch = ContainerWatch(str(item.path), item.size, item.mtime_ns)
        self._add(Member(item.label, item.size, item.size, None, modified, item.label),
                  MemberHandle(path=item.path, watch=watch))

    def add_zip(self, item: FileToHash) -> None:
        watch = ContainerWatch(str(item.path), item.size, item.mtime_ns)
        try:
            fp = open(item.path, "rb")  # noqa: SIM115 - closed by ExportSource.close
        except OSError as exc:
            raise ExportUnreadable(os_error_sentence(exc, shown(item.label)), detail=str(exc)) from None
        self.store.closers.append(fp.close)
        self.add_archive(fp, item.size, item.label, item.label, watch, item.path, depth=0)

    def add_tar_gz(self, item: FileToHash, progress: Callable[[float], None]) -> None:
        """A ``.tgz`` export file, listed in place (``core.source.targz``); ``progress`` gets the fraction read."""
        from core.source.targz import list_tar_gz

        watch = ContainerWatch(str(item.path), item.size, item.mtime_ns)
        found, shared = list_tar_gz(str(item.path), item.label, item.size, watch, self.budgets, self.tally, self.sink,
                                    self.cancelled, progress, meanwhile=self._take_meanwhile())
        self.store.closers.append(shared.close)
        finders = self._finders(item.label, [member.path for member, _handle in found])
        for member, handle in found:
            if member.path not in finders:
                self._add(member, handle)

    def add_archive(self, fp: IO[bytes], size: int, label: str, container: str, watch: ContainerWatch,
                    path: Path | None, depth: int) -> None:
        """Check and list one archive; raise a typed refusal if it is hostile or unreadable."""
        budgets = self.budgets
        try:
            end = read_end_record(fp, size, budgets)
            listed = count_directory(fp, end, budgets)
            zf = zipfile.ZipFile(fp)
            self.store.closers.append(zf.close)
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
            self.sink.add("count", label, _("This archive's table of contents lists {listed:,} files but its end "
                                            "record says {entries:,}; it may be damaged.").format(
                listed=listed, entries=end.entries))
        if end.prefix:
            self.sink.add("prefix", label, _("This archive starts with {prefix:,} bytes of other data — unusual for "
                                             "a genuine export.").format(prefix=end.prefix))
        if end.trailing:
            self.sink.add("trailing", label, _("This archive ends with {trailing:,} bytes of extra data — unusual "
                                               "for a genuine export.").format(trailing=end.trailing))
        # each entry's path as it is listed — the one the Finder check judges too (a name that is Finder
        # metadata only in the header, while the Unicode name unzip shows is a clip, must not hide the clip)
        named = [entry_path(label, e.info) for e in entries]
        files = [mpath for (mpath, _unicode), e in zip(named, entries, strict=True) if not e.info.is_dir()]
        finders = self._finders(container, files)
        for n, (entry, (mpath, unicode_name)) in enumerate(zip(entries, named, strict=True)):
            if n % 4096 == 0 and self.cancelled():
                raise ImportCancelled()
            if mpath not in finders:
                self._add_entry(zf, entry, mpath, unicode_name, container, watch, path, depth)

    def _finders(self, container: str, paths: list[str]) -> set[str]:
        """The paths among ``paths`` that are a Mac's Finder files (``core.source.finder_files``): not listed,
        counted for the export file's note (:meth:`note_finder_files`)."""
        found = finder_metadata(paths)
        self.finder_counts[container] += len(found)
        return found

    def note_finder_files(self) -> None:
        """One note per export file that held Finder files, once everything is listed."""
        for container, count in sorted(self.finder_counts.items()):
            if count:
                self.sink.add("finder", container, finder_note(count))

    def _add_entry(self, zf: zipfile.ZipFile, entry: Entry, mpath: str, unicode_name: str | None, container: str,
                   watch: ContainerWatch, path: Path | None, depth: int) -> None:
        """List one entry under ``mpath`` (:func:`entry_path`; ``unicode_name`` when its Unicode name field,
        which ``mpath`` follows, disagrees with its main name)."""
        info = entry.info
        if unicode_name is not None:
            self.sink.add("unicode-name", mpath, _("This file's main name is “{value}”, but its Unicode name field — "
                                                   "which unzip and 7-Zip show — says “{value2}”; Dossier uses the "
                                                   "Unicode name, as they do.").format(
                value=shown(info.filename), value2=shown(unicode_name)))
        reason = odd_name_reason(info.orig_filename)
        if reason:
            self.sink.add("name", mpath, _("The file name “{value}” {reason} — this may not be a genuine "
                                           "export.").format(
                value=shown(info.orig_filename), reason=reason))
        if info.is_dir():
            return
        if is_link_or_special(info):
            self.sink.add("link", mpath, _("This entry is a link, not a file; Dossier skipped it and did not follow "
                                         "it."))
            return
        if mpath.lower().endswith(".zip") and not entry.problem:
            if depth == 0:
                if self._add_nested(zf, entry, mpath, container, watch, path):
                    return
            else:
                self.sink.add("deep", mpath, _("This archive is nested more than one level deep; Dossier lists it "
                                             "but does not open it."))
        member = Member(mpath, info.file_size, info.compress_size, info.CRC, _dos_time(info.date_time), container)
        self._add(member, MemberHandle(zf=zf, info=info, watch=watch, problem=entry.problem))

    def _add_nested(self, zf: zipfile.ZipFile, entry: Entry, mpath: str, container: str, watch: ContainerWatch,
                    path: Path | None) -> bool:
        """Open a nested archive one level deep; False (with a note) if it is not a readable ZIP."""
        info = entry.info
        try:
            if info.compress_type == zipfile.ZIP_STORED and path is not None and entry.data_offset >= 0 \
                    and info.compress_size == info.file_size:
                body: IO[bytes] = SliceFile(path, entry.data_offset, info.file_size)  # type: ignore[assignment]
            else:
                stream = open_zip_member(zf, info, mpath, watch)
                with stream:
                    if self.tally.take_memory(info.file_size):
                        body = read_into_memory(stream, self.cancelled)
                    else:
                        body = self.store.temp.spool(stream, self.cancelled)
            self.store.closers.append(body.close)
            self.add_archive(body, info.file_size, mpath, container, watch, None, depth=1)
        except (NotAZip, ExportDamaged, MemberUnreadable) as exc:
            self.sink.add("nested", mpath, _("This looks like a ZIP archive inside the export but cannot be opened: "
                                             "{exc}").format(exc=exc))
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
        return ExportUnreadable(os_error_sentence(exc, shown(label)), member=label, detail=detail)
    return ExportDamaged(member=label, detail=detail)


def _dos_time(value: tuple[int, int, int, int, int, int]) -> datetime | None:
    try:
        return datetime(*value)
    except (ValueError, TypeError):
        return None
