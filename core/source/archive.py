"""Safe, read-only access to an export given as ZIP files and/or folders.

``ExportSource.open(paths)`` lists every member (files inside ZIPs, one level of nested ZIPs, files in
folders) under a *member path* (``Alexa.zip/Voice/1.wav``) and streams members on request. Nothing is ever
extracted; member names are labels only. Before anything is decompressed the archive's end record, entry
count, directory size, flags, methods, declared sizes, ratios and data layout (overlaps) are checked
(``core.source.zipscan``); while reading, every stream counts its bytes (``core.source.memberstream``).
Every failure is a :class:`core.errors.DossierError` with one plain sentence. Limits: ``core.source.budget``.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO, cast

import zipfile_deflate64  # noqa: F401 - registers Deflate64 (method 9) with zipfile

from core.errors import (
    DossierError,
    ExportDamaged,
    ExportUnreadable,
    ImportCancelled,
    MemberUnreadable,
    NotAZip,
    NotEnoughMemory,
    os_error_sentence,
)
from core.i18n import _
from core.model import ExportFile, Problem
from core.source.budget import Budgets
from core.source.exporthash import HashJob
from core.source.inputs import FILE, FOLDER_ZIP, TAR_GZ, TAR_SUFFIXES, ZIP, collect_inputs
from core.source.listing import ArchiveLister, Store
from core.source.member import Member, MemberHandle
from core.source.memberstream import HEAD_READ_MAX, MemberStream, member_error, open_zip_member, read_zip_head
from core.source.zipnames import NoteSink, duplicate_notes, shown

__all__ = ["Cancelled", "ExportSource", "Member", "Progress"]

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def no_progress(fraction: float, message: str) -> None:
    return None


def _then(first: Callable[[], None], second: Callable[[], None]) -> Callable[[], None]:
    def both() -> None:
        first()
        second()
    return both


def never_cancelled() -> bool:
    return False


@dataclass
class ExportSource:
    """An opened export: its files (with SHA-256), its members, and archive-level notes."""

    files: list[ExportFile]
    members: list[Member]
    notes: list[Problem] = field(default_factory=list)
    _handles: dict[str, object] = field(default_factory=dict, repr=False)
    budgets: Budgets = field(default_factory=Budgets, repr=False)
    _store: Store | None = field(default=None, repr=False)
    _index: dict[str, Member] | None = field(default=None, repr=False)
    #: Optional ``(member path, limit) -> first bytes or None``: a background pass that already read them
    #: (``core.audio.clip_prefetch.ClipHashPrefetch``) hands them over instead of a second read.
    head_source: Callable[[str, int], bytes | None] | None = field(default=None, repr=False)
    #: The export files' SHA-256 still being computed (``open(..., hash_in_background=True)``).
    _hashing: HashJob | None = field(default=None, repr=False)

    # ---- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        paths: Sequence[str | os.PathLike[str]],
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
        *,
        hash_files: bool = True,
        hash_in_background: bool = False,
        budgets: Budgets | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> ExportSource:
        """Open ZIPs and/or folders as one export. Raises a :class:`DossierError` subclass.

        ``hash_in_background``: return once the files are listed; their SHA-256 goes on in a thread (it
        overlaps the parse) until :meth:`fingerprinted_files` collects it. Until then ``files`` have no SHA-256.
        While the files are listed, that thread uses idle cores only (``HashJob.start(polite=True)``).
        ``meanwhile``: work the caller would do right after anyway (loading the parse's modules, say), called once:
        while the first file decompresses ahead of its listing when that is a ``.tgz`` (the files' SHA-256 begins
        after it then: 10 interleaved pairs on a 191 MiB Takeout, its model 1.66 → 1.63 s), else before any file is
        listed (the inputs are found first: a folder's files are looked up, not read).
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        source = cls(files=[], members=[], budgets=budgets or Budgets())
        job: HashJob | None = None
        try:
            inputs = collect_inputs(paths, source.budgets, source.notes, cancelled)
            if hash_files:
                job = HashJob([item for item, _zip in inputs])
                polite = partial(job.start, polite=True)  # on idle cores only, until the listing is done
                if meanwhile is not None and inputs and inputs[0][1] == TAR_GZ:
                    meanwhile = _then(meanwhile, polite)  # beside the .tgz's pass: a third busy thread
                else:
                    polite()
            source._store = Store(source.members, source._handles, {})
            opener = ArchiveLister(source._store, source.budgets,
                                   NoteSink(source.notes, source.budgets.max_notes_per_kind), cancelled,
                                   disk_bytes=sum(item.size for item, _zip in inputs), meanwhile=meanwhile)
            if not inputs or inputs[0][1] != TAR_GZ:
                opener.run_meanwhile()
            for n, (item, kind) in enumerate(inputs):
                if cancelled():
                    raise ImportCancelled()
                if n % 64 == 0 or kind != FILE:
                    done = job.fraction if job else 1.0
                    progress((n / len(inputs) + done) / 2, _('Listing the files in {label}…').format(label=item.label))
                if kind == FILE:
                    opener.add_plain(item)
                    continue
                if kind == TAR_GZ:  # read whole to be listed: its own progress
                    def read_so_far(f: float, n: int = n, label: str = item.label) -> None:
                        progress(((n + f) / len(inputs) + (job.fraction if job else 1.0)) / 2,
                                 _("Listing the files in {label}…").format(label=label))

                    opener.add_tar_gz(item, read_so_far)
                    continue
                try:
                    opener.add_zip(item)
                except (NotAZip, ExportDamaged) as exc:
                    if kind == ZIP and isinstance(exc, NotAZip) and item.label.lower().endswith(TAR_SUFFIXES):
                        raise NotAZip(_("This file is named as a .tgz archive but is not one (it is not "
                                        "gzip-compressed) — download it again."), detail=str(exc)) from None
                    if kind != FOLDER_ZIP:
                        raise
                    source.notes.append(Problem(item.label, None, _("This file looks like a ZIP archive but "
                                                                    "cannot be opened: {reason}").format(reason=exc)))
                    opener.add_plain(item)
            if job is not None:
                job.hurry()  # the parse needs the digests by its end
            opener.note_finder_files()
            duplicate_notes([m.path for m in source.members], opener.sink)
            opener.sink.finish("")
            if job is not None and hash_in_background:
                source._hashing, job = job, None
            digests = job.wait(lambda f: progress(0.5 + f / 2, _("Fingerprinting the export (SHA-256)…")),
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
                raise ExportUnreadable(os_error_sentence(exc, shown(Path(os.fsdecode(exc.filename or "export")).name)),
                                       detail=f"{type(exc).__name__}: {exc}"[:300]) from None
            raise
        progress(1.0, _("Export opened."))
        return source

    def fingerprinted_files(self, progress: Callable[[float], None], cancelled: Cancelled) -> list[ExportFile]:
        """``files`` with their SHA-256, waiting for the hashing ``open`` left in the background."""
        job, self._hashing = self._hashing, None
        if job is not None:
            digests = job.wait(progress, cancelled)
            self.files[:] = [replace(f, sha256=digests.get(f.name, "")) for f in self.files]
        return list(self.files)

    # ---- reading ---------------------------------------------------------------------------------
    def _handle(self, member: Member | str) -> tuple[str, MemberHandle]:
        key = member.path if isinstance(member, Member) else member
        by_id = self._store.by_id if self._store else {}
        handle = by_id.get(id(member)) if isinstance(member, Member) else None
        if handle is None:
            found = self._handles.get(key)
            handle = found if isinstance(found, MemberHandle) else None
        if handle is None:
            raise MemberUnreadable(_('“{value}” is not part of this export.').format(value=shown(key)), member=key)
        if handle.problem:
            raise MemberUnreadable(_("“{value}” cannot be read: {problem}").format(
                value=shown(key), problem=handle.problem), member=key)
        return key, handle

    def open_member(self, member: Member | str) -> BinaryIO:
        """A read-only binary stream of the member's bytes (decompressed on the fly, budgeted)."""
        key, handle = self._handle(member)
        if handle.path is not None:
            size = handle.watch.size if handle.watch else handle.path.stat().st_size
            try:
                # A file in a folder: never follow a link that replaced it after listing.
                fd = os.open(handle.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
                raw = os.fdopen(fd, "rb")
            except OSError as exc:
                raise member_error(exc, key, handle.watch) from None
            return cast(BinaryIO, MemberStream(raw, key, size, None, handle.watch))
        if handle.opener is not None:
            return handle.opener()
        assert handle.zf is not None and handle.info is not None
        return cast(BinaryIO, open_zip_member(handle.zf, handle.info, key, handle.watch))

    def known_digest(self, member: Member) -> str | None:
        """The member's SHA-256 when the listing computed it already (``.tgz`` members), else ``None``."""
        try:
            return self._handle(member)[1].sha256
        except MemberUnreadable:
            return None

    def zip_entry(self, member: Member) -> tuple[str, zipfile.ZipInfo] | None:
        """The export file on disk and the entry of a member stored directly in a top-level ZIP, else ``None``.

        Lets another process read the member from the same file (``core.audio.clip_processes``).
        """
        try:
            _key, handle = self._handle(member)
        except MemberUnreadable:
            return None
        zf, info, watch = handle.zf, handle.info, handle.watch
        if zf is None or info is None or watch is None or zf.filename != watch.path:
            return None
        return watch.path, info

    def read_bytes(self, member: Member | str, limit: int | None = None) -> bytes:
        """The member's bytes (at most ``limit`` bytes if given)."""
        if limit is not None and self.head_source is not None:
            known = self.head_source(member.path if isinstance(member, Member) else member, limit)
            if known is not None:
                return known
        if limit is not None and isinstance(member, Member):
            head = self._handle(member)[1].head  # kept while listing: the whole member, or enough of it
            if head is not None and (limit <= len(head) or len(head) == member.size):
                return head[:limit]
        if limit is not None and limit <= HEAD_READ_MAX and isinstance(member, Member) and self.zip_entry(member):
            key, handle = self._handle(member)  # a clip's header: read just its first bytes
            assert handle.zf is not None and handle.info is not None
            return read_zip_head(handle.zf, handle.info, key, handle.watch, limit)
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
        job, self._hashing = self._hashing, None
        if job is not None:
            job.stop()
        store, self._store = self._store, None
        if store is not None:
            for closer in reversed(store.closers):
                with contextlib.suppress(OSError, ValueError):
                    closer()
            store.temp.close()
        self._handles.clear()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
