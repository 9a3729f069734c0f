"""Reading CSV members as text: BOM, encodings, line numbers, ragged rows, names not positions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.csv_parse import read_csv_bytes
from core.reading.tabular import TableUnreadable, normalise


def test_bom_before_first_quote_is_not_part_of_the_name() -> None:
    table = read_csv_bytes("m", b'\xef\xbb\xbf"Website","Order ID"\n"Amazon.it","1"\n')
    assert table.header == ["Website", "Order ID"]
    assert table.column("website") == "Website"
    assert list(table.get("WEBSITE")) == ["Amazon.it"]


def test_utf16_with_bom_and_crlf() -> None:
    data = "Name,Wert\r\nKäse,1\r\n".encode("utf-16")
    table = read_csv_bytes("m", data)
    assert table.encoding == "utf-16" and list(table.get("Name")) == ["Käse"]


def test_invalid_utf8_falls_back_to_cp1252() -> None:
    table = read_csv_bytes("m", b"Name\nCaf\xe9\n")
    assert table.encoding == "cp1252" and list(table.get("Name")) == ["Café"]


def test_values_stay_text() -> None:
    table = read_csv_bytes("m", b"Zip,N,Flag\n02134,NA,null\n")
    assert table.frame.iloc[0].tolist() == ["02134", "NA", "null"]


def test_line_numbers_follow_quoted_line_breaks_and_blank_lines() -> None:
    data = b'A,B\n1,"two\nlines"\n\n3,x\n4,"a\nb\nc"\n5,y\n'
    table = read_csv_bytes("m", data)
    assert list(table.get("A")) == ["1", "3", "4", "5"]
    assert list(table.lines) == [2, 5, 6, 9]
    only_a = read_csv_bytes("m", data, usecols=["A"])  # the breaks sit in a column not kept
    assert list(only_a.lines) == [2, 5, 6, 9]


def test_ragged_row_reported_with_line_others_kept() -> None:
    table = read_csv_bytes("m", b"A,B\n1,2\n3,4,5\n6,7\n")
    assert list(table.get("A")) == ["1", "6"]
    assert list(table.lines) == [2, 4]
    assert table.problems == [(3, "Row has 3 fields where the header has 2; it was not read.")]


def test_damaged_and_empty_files() -> None:
    with pytest.raises(TableUnreadable, match="damaged"):
        read_csv_bytes("m", b'A,B\n1,"unterminated\n')
    with pytest.raises(TableUnreadable):
        read_csv_bytes("m", b"\xef\xbb\xbf")


def test_normalised_names() -> None:
    assert normalise('\ufeff"Last search Time (GMT)"') == "lastsearchtimegmt"
    assert normalise("Search Type (Keyword,Visual,Browse)") == "searchtypekeywordvisualbrowse"
    assert normalise("Device Name") == normalise("device_name") == "devicename"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_table_or_one_clear_error(data: bytes) -> None:
    try:
        table = read_csv_bytes("m", data)
    except TableUnreadable as exc:
        assert str(exc).endswith(".")
        return
    assert table.lines is not None and len(table.lines) == len(table.frame)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(alphabet='ab,"\n\r x\u00e9', max_size=6), min_size=1, max_size=4),
                min_size=1, max_size=6))
def test_csv_like_text_never_crashes(rows: list[list[str]]) -> None:
    data = "\n".join(",".join(cells) for cells in rows).encode("utf-8")
    try:
        table = read_csv_bytes("m", data)
    except TableUnreadable:
        return
    assert len(table.lines) == len(table.frame)  # type: ignore[arg-type]
    assert all(isinstance(v, str) for col in table.frame.columns for v in table.frame[col])
