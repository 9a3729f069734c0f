"""Safe, read-only access to an export given as ZIP files and/or folders.

``ExportSource.open(paths)`` lists every member (files inside ZIPs, one level of nested ZIPs, files
in folders) under a *member path* (``Alexa.zip/Voice/1.wav``) and streams members on request. Nothing
is ever extracted or written; member names are labels only.

FOUNDATION VERSION: the API below is the contract other modules use. Budgets, overlap detection,
Deflate64 chunking and the error mapping are hardened in this module (see issue 2).
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from core.errors import ExportUnreadable, ImportCancelled, MemberUnreadable, NotAZip
from core.model import ExportFile, Problem

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
class ExportSource:
    """An opened export: its files (with SHA-256), its members, and archive-level notes."""

    files: list[ExportFile]
    members: list[Member]
    notes: list[Problem] = field(default_factory=list)
    _handles: dict[str, object] = field(default_factory=dict, repr=False)

    # ---- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        paths: list[str | os.PathLike[str]],
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
    ) -> ExportSource:
        """Open ZIPs and/or folders as one export. Raises a :class:`DossierError` subclass."""
        files: list[ExportFile] = []
        members: list[Member] = []
        source = cls(files=files, members=members)
        for raw in paths:
            path = Path(raw)
            if cancelled():
                raise ImportCancelled()
            if path.is_dir():
                source._add_folder(path, progress, cancelled)
            elif path.is_file():
                source._add_zip(path, progress, cancelled)
            else:
                raise ExportUnreadable(f"Dossier cannot find “{path.name}”.")
        return source

    def _add_folder(self, root: Path, progress: Progress, cancelled: Cancelled) -> None:
        for dirpath, _dirs, names in os.walk(root, followlinks=False):
            for name in sorted(names):
                full = Path(dirpath) / name
                if full.is_symlink() or not full.is_file():
                    continue
                rel = full.relative_to(root).as_posix()
                if full.suffix.lower() == ".zip":
                    self._add_zip(full, progress, cancelled, label=rel)
                    continue
                stat = full.stat()
                self.files.append(ExportFile(rel, str(full), stat.st_size, _sha256_file(full, cancelled),
                                             stat.st_mtime))
                self.members.append(Member(rel, stat.st_size, stat.st_size, None,
                                           datetime.fromtimestamp(stat.st_mtime), rel))
                self._handles[rel] = full

    def _add_zip(self, path: Path, progress: Progress, cancelled: Cancelled, label: str | None = None) -> None:
        label = label or path.name
        stat = path.stat()
        self.files.append(ExportFile(label, str(path), stat.st_size, _sha256_file(path, cancelled), stat.st_mtime))
        try:
            zf = zipfile.ZipFile(open(path, "rb"))  # noqa: SIM115 - kept open for streaming
        except zipfile.BadZipFile as exc:
            raise NotAZip(detail=str(exc)) from exc
        self._handles[label] = zf
        for info in zf.infolist():
            if info.is_dir():
                continue
            member_path = f"{label}/{info.filename}"
            if info.filename.lower().endswith(".zip"):
                self._add_nested(zf, info, member_path, label)
                continue
            self.members.append(Member(member_path, info.file_size, info.compress_size, info.CRC,
                                       datetime(*info.date_time), label))
            self._handles[member_path] = (zf, info)

    def _add_nested(self, parent: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, container: str) -> None:
        data = parent.read(info)
        inner = zipfile.ZipFile(io.BytesIO(data))
        for sub in inner.infolist():
            if sub.is_dir():
                continue
            member_path = f"{label}/{sub.filename}"
            self.members.append(Member(member_path, sub.file_size, sub.compress_size, sub.CRC,
                                       datetime(*sub.date_time), container))
            self._handles[member_path] = (inner, sub)

    # ---- reading ---------------------------------------------------------------------------------
    def open_member(self, member: Member | str) -> BinaryIO:
        """A read-only binary stream of the member's bytes (decompressed on the fly, budgeted)."""
        key = member.path if isinstance(member, Member) else member
        handle = self._handles.get(key)
        if handle is None:
            raise MemberUnreadable(member=key)
        if isinstance(handle, Path):
            return open(handle, "rb")
        assert isinstance(handle, tuple)
        zf, info = handle
        stream: BinaryIO = zf.open(info)
        return stream

    def read_bytes(self, member: Member | str, limit: int | None = None) -> bytes:
        """The member's bytes (at most ``limit`` bytes if given)."""
        with self.open_member(member) as stream:
            return stream.read() if limit is None else stream.read(limit)

    def iter_chunks(self, member: Member | str, chunk_size: int = 1 << 16) -> Iterator[bytes]:
        with self.open_member(member) as stream:
            while chunk := stream.read(chunk_size):
                yield chunk

    def member(self, path: str) -> Member:
        for m in self.members:
            if m.path == path:
                return m
        raise KeyError(path)

    def close(self) -> None:
        for handle in self._handles.values():
            if isinstance(handle, zipfile.ZipFile):
                handle.close()
        self._handles.clear()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sha256_file(path: Path, cancelled: Cancelled = _never) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            if cancelled():
                raise ImportCancelled()
            digest.update(chunk)
    return digest.hexdigest()
