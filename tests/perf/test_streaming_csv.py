"""A big CSV is parsed from the archive stream in chunks (flat memory), with exactly the result of the
whole-file path — ragged, blank and NUL-bearing rows included; files that need their whole text (other
encodings, invalid UTF-8, quoted line breaks) fall back to it."""

from __future__ import annotations

import codecs
from pathlib import Path

import pandas as pd
import pytest

import core.reading.csv_stream as csv_stream
from core.source.archive import ExportSource
from tests.synth.docs import write_zip

CASES = {
    "plain": b'"Order ID","Order Date","Title"\n1,2020-01-01,Kaffee\n2,2020-01-02,"Tee, gr\xc3\xbcn"\n',
    "bom+ragged+blank": codecs.BOM_UTF8 + b'"A","B"\n1,2\n\n3,4,5\n6,7\n,\n8,9\n',
    "nul": b"A,B\n1,2\x00\n3,\x004\n",
    "quoted breaks": b'A,B\n1,"two\nlines"\n3,4\n',
    "cp1252": b"A,B\n1,K\xe4se\n",
    "utf-16": "A,B\n1,Käse\n".encode("utf-16"),
}


def _tables(tmp_path: Path, data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object, int]:
    path = write_zip(tmp_path / "t.zip", [("big.csv", data)])
    with ExportSource.open([str(path)]) as source:
        member = source.member("t.zip/big.csv")
        whole = csv_stream.read_csv(source, member, ("A", "B", "Order ID", "Title"))
        monkeypatch.setattr(csv_stream, "STREAM_BYTES", 0)
        reads = [0]
        real = ExportSource.read_bytes

        def counting(self: ExportSource, *args: object, **kwargs: object) -> bytes:
            reads[0] += 1
            return real(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(ExportSource, "read_bytes", counting)
        streamed = csv_stream.read_csv(source, member, ("A", "B", "Order ID", "Title"))
    return whole, streamed, reads[0]


@pytest.mark.parametrize("name", list(CASES))
def test_streamed_table_equals_whole_file_table(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole, streamed, whole_reads = _tables(tmp_path, CASES[name], monkeypatch)
    pd.testing.assert_frame_equal(whole.frame, streamed.frame)  # type: ignore[attr-defined]
    assert whole.header == streamed.header  # type: ignore[attr-defined]
    assert list(whole.lines) == list(streamed.lines)  # type: ignore[attr-defined]
    assert whole.problems == streamed.problems  # type: ignore[attr-defined]
    assert whole.encoding == streamed.encoding  # type: ignore[attr-defined]
    falls_back = name == "quoted breaks"  # UTF-16 and cp1252 are streamed through an incremental decoder
    assert whole_reads == (1 if falls_back else 0)  # streamed: the member is never held as one bytes object
