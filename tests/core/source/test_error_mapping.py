"""Every library exception becomes one typed DossierError with a plain sentence (reliability §1.6)."""

from __future__ import annotations

import lzma
import struct
import zipfile
import zlib

import pytest

from core.errors import (
    DossierError,
    ExportDamaged,
    ExportUnreadable,
    MemberUnreadable,
    NotEnoughMemory,
    SplitArchive,
    UnreadableNames,
)
from core.source.archive import ExportSource
from tests.core.source.builders import plain_zip

OPEN_CASES = [
    (zipfile.BadZipFile("Bad magic number for central directory"), ExportDamaged),
    (zipfile.BadZipFile("zipfiles that span multiple disks are not supported"), SplitArchive),
    (zlib.error("Error -3 while decompressing data: invalid block type"), ExportDamaged),
    (EOFError(), ExportDamaged),
    (ValueError("negative seek value -245"), ExportDamaged),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), UnreadableNames),
    (NotImplementedError("That compression method is not supported"), ExportDamaged),
    (RuntimeError("File is encrypted, password required"), ExportDamaged),
    (struct.error("unpack requires a buffer of 46 bytes"), ExportDamaged),
    (PermissionError(13, "Permission denied"), ExportUnreadable),
    (OSError(5, "Input/output error"), ExportUnreadable),
    (MemoryError(), NotEnoughMemory),
]


@pytest.mark.parametrize("exc,expected", OPEN_CASES, ids=lambda v: type(v).__name__)
def test_open_errors_are_typed(tmp_path, monkeypatch, exc, expected) -> None:
    path = plain_zip(tmp_path / "e.zip", {"a.csv": b"1"})

    def broken(*args, **kwargs):
        raise exc

    monkeypatch.setattr(zipfile, "ZipFile", broken)
    with pytest.raises(expected) as info:
        ExportSource.open([path])
    message = str(info.value)
    assert message and "\n" not in message and message[0].isupper() and message.endswith(".")


READ_CASES = [zipfile.BadZipFile("Bad CRC-32 for file 'a.csv'"), zlib.error("invalid distance too far back"),
              EOFError(), ValueError("Bad Deflate64 data: invalid code lengths set"), NotImplementedError("x"),
              RuntimeError("x"), OSError(5, "Input/output error"), struct.error("x"), lzma.LZMAError("corrupt")]


@pytest.mark.parametrize("exc", READ_CASES, ids=lambda v: type(v).__name__)
def test_member_read_errors_are_member_level(tmp_path, monkeypatch, exc) -> None:
    path = plain_zip(tmp_path / "e.zip", {"a.csv": b"1" * 100})
    with ExportSource.open([path]) as source:
        def broken(self, n=-1):
            raise exc

        monkeypatch.setattr(zipfile.ZipExtFile, "read", broken)
        with pytest.raises(MemberUnreadable) as info:
            source.read_bytes("e.zip/a.csv")
        assert info.value.member == "e.zip/a.csv" and "“e.zip/a.csv”" in str(info.value)


def test_memory_error_while_reading(tmp_path, monkeypatch) -> None:
    path = plain_zip(tmp_path / "e.zip", {"a.csv": b"1" * 100})
    with ExportSource.open([path]) as source:
        monkeypatch.setattr(zipfile.ZipExtFile, "read", lambda self, n=-1: (_ for _ in ()).throw(MemoryError()))
        with pytest.raises(NotEnoughMemory):
            source.read_bytes("e.zip/a.csv")


def test_all_refusals_are_dossier_errors() -> None:
    assert all(issubclass(expected, DossierError) for _exc, expected in OPEN_CASES)
