"""Scale: many members list quickly; a real 1M-member archive is refused by the end-record pre-scan (Z06/L6)."""

from __future__ import annotations

import time

import pytest

from core.errors import ExportTooLarge
from core.source.archive import ExportSource
from tests.core.source.builders import write_many_members


def test_20k_members_list_fast(tmp_path) -> None:
    path = tmp_path / "many.zip"
    write_many_members(path, 20_000)
    start = time.perf_counter()
    with ExportSource.open([path]) as source:
        elapsed = time.perf_counter() - start
        assert len(source.members) == 20_000
        assert source.member("many.zip/0019999").size == 0
    assert elapsed < 2.0, elapsed  # ~0.3 s on a laptop core


@pytest.mark.slow
def test_real_million_member_archive_refused_quickly(tmp_path) -> None:
    resource = pytest.importorskip("resource")
    path = tmp_path / "million.zip"
    write_many_members(path, 1_000_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with pytest.raises(ExportTooLarge):
        ExportSource.open([path], hash_files=False)
    assert time.perf_counter() - start < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024


@pytest.mark.slow
def test_zip64_offsets_beyond_4_gib(tmp_path) -> None:
    """Z29: a member whose local header lies beyond 4 GiB (sparse file, ~4.4 GB apparent size)."""
    from tests.core.source.builders import sparse_zip64

    path = tmp_path / "z64.zip"
    sparse_zip64(path)
    assert path.stat().st_size > 4 << 30
    with ExportSource.open([path], hash_files=False) as source:
        assert source.read_bytes("z64.zip/tail.txt") == b"after 4 GiB"
        with source.open_member("z64.zip/big1.bin") as stream:
            assert stream.read(1 << 20) == bytes(1 << 20)
