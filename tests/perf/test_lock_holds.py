"""Work in the import thread that used to hold the interpreter lock for one long C call is done in bounded
steps, so the window gets its turns in between (the stall probe of ``scripts/benchmark.py``). These tests
count the sizes handed to those calls, never the clock."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

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


def test_pandas_parses_a_csv_in_parts_of_at_most_ten_thousand_rows_for_the_app(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from core.reading import csv_stream

    monkeypatch.setattr(csv_stream, "STREAM_BYTES", csv_stream.STREAM_BYTES)  # restored after the test
    monkeypatch.setattr(csv_parse, "CHUNK_ROWS", csv_parse.CHUNK_ROWS)
    csv_stream.short_holds()  # as the app's import does
    sizes: list[int] = []
    real = csv_parse.pd.read_csv

    def spy(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        sizes.append(int(kwargs["chunksize"]))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(csv_parse.pd, "read_csv", spy)
    table = csv_parse.read_csv_bytes("a.csv", b"a,b\n" + b"".join(b"%d,x\n" % i for i in range(25_000)))
    assert len(table.frame) == 25_000 and sizes == [csv_parse.CHUNK_ROWS] and csv_parse.CHUNK_ROWS <= 10_000


def test_a_batch_run_takes_big_parts_and_the_app_short_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """``dossier scan`` and Dask workers keep the batch setting (fewest conversions); the app's import switches to
    short holds before it lists or parses anything."""
    from core.reading import csv_stream
    from gui.work import importer

    monkeypatch.setattr(csv_stream, "STREAM_BYTES", csv_stream.BATCH[0])
    monkeypatch.setattr(csv_parse, "CHUNK_ROWS", csv_stream.BATCH[1])
    assert (csv_stream.STREAM_BYTES, csv_parse.CHUNK_ROWS) == csv_stream.BATCH == (64 << 20, 25_000)
    def open_export(*args: object, meanwhile: Callable[[], None], **kwargs: object) -> SimpleNamespace:
        meanwhile()  # before any listing (tests/core/source/test_tgz_meanwhile.py)
        return SimpleNamespace(export=(csv_stream.STREAM_BYTES, csv_parse.CHUNK_ROWS), prepared={})

    monkeypatch.setattr(importer, "open_export", open_export)
    monkeypatch.setattr(importer.preload, "finish", lambda: None)
    monkeypatch.setattr(importer.overview_facts, "overview_facts", lambda export: export)
    seen = importer.import_work(["export.zip"])(lambda f, m: None, lambda: False).export
    assert seen == csv_stream.SHORT_HOLDS == (8 << 20, 10_000)
