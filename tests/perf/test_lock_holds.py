"""Work in the import thread that used to hold the interpreter lock for one long C call is done in bounded
steps, so the window gets its turns in between (the stall probe of ``scripts/benchmark.py``). These tests
count the sizes handed to those calls, never the clock."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from core.reading import csv_parse, tabular
from core.reading.tabular import count_newlines
from core.source import memberstream
from core.source.archive import ExportSource
from tests.synth.docs import write_zip


def test_a_whole_member_is_read_from_zipfile_in_bounded_steps(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    text = "".join(f"{i},{rng.random():.12f},search {rng.randrange(10**9)}\n" for i in range(120_000)).encode()
    assert len(text) > 4 * memberstream.LARGE_STEP
    path = write_zip(tmp_path / "Retail.Search-Data.zip", [("Retail.Search-Data.csv", text)])
    asked: list[int] = []
    real = zipfile.ZipExtFile.read

    def counted(self: zipfile.ZipExtFile, n: int | None = -1) -> bytes:
        asked.append(-1 if n is None else n)
        return real(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counted)
    source = ExportSource.open([path], hash_files=False)
    try:
        assert source.read_bytes(source.member("Retail.Search-Data.zip/Retail.Search-Data.csv")) == text
    finally:
        source.close()
    assert len(asked) > 4 and all(0 <= n <= memberstream.LARGE_STEP for n in asked)


@pytest.mark.parametrize("size", [0, 1, 6, 7, 8, 13, 14, 15, 100])
def test_line_feeds_are_counted_slice_by_slice_with_the_whole_count(size: int,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "COUNT_SLICE", 7)
    data = bytes(random.Random(size).choice(b"ab\n") for _ in range(size))
    assert count_newlines(data) == data.count(b"\n")
    assert count_newlines(data.decode()) == data.decode().count("\n")


def test_pandas_parses_a_csv_in_parts_of_at_most_ten_thousand_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = csv_parse.pd.read_csv

    def spy(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        sizes.append(int(kwargs["chunksize"]))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(csv_parse.pd, "read_csv", spy)
    table = csv_parse.read_csv_bytes("a.csv", b"a,b\n" + b"".join(b"%d,x\n" % i for i in range(25_000)))
    assert len(table.frame) == 25_000 and sizes == [csv_parse.CHUNK_ROWS] and csv_parse.CHUNK_ROWS <= 10_000
