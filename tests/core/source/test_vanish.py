"""The export shrinking or disappearing mid-import is an export-level error, not a damaged member (F05)."""

from __future__ import annotations

import os
import zipfile

import pytest

from core.errors import ExportVanished, MemberUnreadable
from core.source.archive import ExportSource
from tests.core.source.builders import plain_zip


def test_truncated_while_reading(tmp_path) -> None:
    path = plain_zip(tmp_path / "e.zip", {"a.bin": os.urandom(400_000), "b.csv": b"x"}, zipfile.ZIP_STORED)
    with ExportSource.open([path]) as source, source.open_member("e.zip/a.bin") as stream:
        stream.read(1000)
        os.truncate(path, 5000)
        with pytest.raises(ExportVanished) as info:
            stream.read()
        assert str(info.value).startswith("The export became unreadable during import")
        assert not isinstance(info.value, MemberUnreadable)


def test_replaced_before_reading(tmp_path) -> None:
    path = plain_zip(tmp_path / "e.zip", {"a.csv": os.urandom(100_000).hex().encode()})
    with ExportSource.open([path]) as source:
        os.truncate(path, 40_000)
        with pytest.raises(ExportVanished):
            source.read_bytes("e.zip/a.csv")


def test_read_only_open(tmp_path, monkeypatch) -> None:
    """Every file the reader opens is opened read-only."""
    import builtins

    modes: list[str] = []
    real_open = builtins.open

    def spy(file, mode="r", *a, **kw):
        modes.append(mode)
        return real_open(file, mode, *a, **kw)

    path = plain_zip(tmp_path / "e.zip", {"a.csv": b"1", "In.zip": b"PK"})
    monkeypatch.setattr(builtins, "open", spy)
    with ExportSource.open([path]) as source:
        source.read_bytes("e.zip/a.csv")
    assert modes and set(modes) == {"rb"}
