"""A member of an export (``Member``, part of the public API via ``core.source.archive``) and how to read it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from core.source.memberstream import ContainerWatch


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
class MemberHandle:
    """How to read one member: a zip entry, a file in a folder, or ``opener`` (a tar member,
    ``core.source.targz``); ``problem`` if it cannot be read; ``sha256`` if the listing already hashed it."""

    zf: zipfile.ZipFile | None = None
    info: zipfile.ZipInfo | None = None
    path: Path | None = None
    watch: ContainerWatch | None = None
    problem: str = ""
    opener: Callable[[], BinaryIO] | None = None
    sha256: str | None = None  # computed while listing (a .tgz member, hashed as the stream went past it)
    head: bytes | None = None  # its first bytes, kept while listing (a .tgz clip: no seek needed to sniff it)
