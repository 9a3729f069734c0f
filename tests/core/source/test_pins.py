"""Pins on private zipfile / zipfile-deflate64 internals the reader relies on (reliability §1.4).

If an upgrade changes any of these, memory stays flat no longer: re-check ``core.source.memberstream``.
"""

from __future__ import annotations

import io
import zipfile

import zipfile_deflate64  # noqa: F401

from core.source.archive import ExportSource
from core.source.budget import SMALL_STEP
from core.source.memberstream import FAST_METHODS, limit_zipext, step_for
from tests.core.source.builders import plain_zip


def test_private_hooks_exist() -> None:
    assert zipfile.ZipExtFile.MIN_READ_SIZE == 4096
    assert "zipfile_deflate64" in zipfile._get_decompressor.__code__.co_filename
    assert "zipfile_deflate64" in zipfile._check_compression.__code__.co_filename
    assert zipfile.ZIP_DEFLATED64 == 9  # type: ignore[attr-defined]
    assert hasattr(zipfile.ZipExtFile, "_read1") and hasattr(zipfile.ZipExtFile, "_read2")
    zipfile._check_compression(9)
    assert type(zipfile._get_decompressor(9)).__name__ == "Deflate64"


def test_min_read_size_is_honoured_per_instance(tmp_path) -> None:
    """_read2 fetches max(n, MIN_READ_SIZE) packed bytes: 1 KiB for non-Deflate methods once limited."""
    import os

    path = plain_zip(tmp_path / "b.zip", {"a.bin": os.urandom(100_000)}, zipfile.ZIP_LZMA)
    with zipfile.ZipFile(path) as z, z.open("a.bin") as f:
        limit_zipext(f, f._compress_type)
        assert f.MIN_READ_SIZE == SMALL_STEP
        before = f._compress_left
        f.read(1)
        assert before - f._compress_left <= SMALL_STEP


def test_steps() -> None:
    assert FAST_METHODS == (0, 8)
    assert step_for(0) == step_for(8) == step_for(None) == 64 * 1024
    assert step_for(9) == step_for(12) == step_for(14) == 1024


def test_member_streams_are_limited(tmp_path) -> None:
    path = plain_zip(tmp_path / "l.zip", {"a.bin": b"x" * 50_000}, zipfile.ZIP_LZMA)
    with ExportSource.open([path]) as source, source.open_member("l.zip/a.bin") as stream:
        assert stream._raw.MIN_READ_SIZE == SMALL_STEP  # type: ignore[attr-defined]
        assert isinstance(stream, io.BufferedIOBase)
        assert stream.read(10) == b"x" * 10
