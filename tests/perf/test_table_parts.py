"""A big order or search file is converted part by part (``core.reading.csv_stream``, ``Context.read_table_parts``)
so its raw text is never held whole; the model, the import report and the account are exactly those of the
whole-file path — with ragged, blank, rejected and mojibake rows, quoted line breaks (read again counting
breaks) and invalid UTF-8 found late (read again whole)."""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import core.reading.csv_lines as csv_lines
import core.reading.csv_parse as csv_parse
import core.reading.csv_stream as csv_stream
from core.reading.csv_stream import Reread, iter_csv
from core.reading.frame_sort import join_frames, sort_positions
from core.source.archive import ExportSource
from core.vendors.amazon import orders, parse
from tests.synth.docs import write_zip
from tests.synth.render import ORDER_HEADER_A, SEARCH_HEADER, mojibake, us_time


def _orders(rows: int, *, breaks: bool = False, late_cp1252: bool = False) -> bytes:
    """Order lines with every kind of trouble, several items per order (same time), newest first."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(ORDER_HEADER_A)
    start = datetime(2024, 1, 1)
    for i in range(rows):
        when = start - timedelta(hours=(i // 3) * 7)  # three items per order, descending
        row = dict.fromkeys(ORDER_HEADER_A, "Not Available")
        row.update({"Website": "Amazon.de" if i % 5 else "Amazon.fr", "Order ID": f"302-{i // 3:07d}-1234567",
                    "Order Date": us_time(when), "Currency": "EUR", "Unit Price": f"{i % 97}.50",
                    "Total Owed": f"{i % 89}.99", "Quantity": "1", "Order Status": "Closed",
                    "Product Name": f"Ding {i}", "ASIN": f"B{i % 13:09d}",
                    "Shipping Address": f"Anna Beispiel Weg {i % 4} Göttingen",
                    "Billing Address": mojibake("Jürgen Straße 1") if i % 7 == 3 else "Anna Beispiel"})
        if i % 11 == 4:
            row["Order Date"] = "31.12.2020"  # not a known format: rejected
        if i % 13 == 5:
            row["Total Owed"] = "12,3,4"  # bad amount: kept without
        if i % 17 == 6:
            row["Quantity"] = "x"
        if i % 19 == 7:
            row["Order ID"] = ""
        if breaks and i % 10 == 8:
            row["Gift Message"] = "Alles Gute\nzum Geburtstag"
        values = [row[h] for h in ORDER_HEADER_A]
        writer.writerow([*values, "extra"] if i % 23 == 9 else values)  # ragged: not read
        if i % 29 == 10:
            out.write("\n")  # a blank line
    data = out.getvalue().encode("utf-8")
    if late_cp1252:
        data += b'"Amazon.de","302-9999999-1234567","01/01/2015 00:04:03 UTC"' + b",K\xe4se" * 25 + b"\n"
    return b"\xef\xbb\xbf" + data


def _searches(rows: int) -> bytes:
    out = io.StringIO()
    out.write(",".join(f'"{h}"' if "," in h else h for h in SEARCH_HEADER) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    for i in range(rows):
        row = dict.fromkeys(SEARCH_HEADER, "")
        row.update({"First Search Time (GMT)": f"2020-01-{1 + i % 28:02d} 10:00:{i % 60:02d}" if i % 9 else "gestern",
                    "Keywords": f"suche {i % 7}" if i % 4 else "",
                    "First Search Query String": f"k=wort+{i}&ref=nb", "Store Visited": "DE"})
        writer.writerow(row.values())
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _import(folder: Path, files: dict[str, bytes]) -> tuple[pd.DataFrame, pd.DataFrame, dict, object]:
    path = write_zip(folder / "export.zip", list(files.items()))
    with ExportSource.open([str(path)]) as source:
        export = parse(source)
    return export.purchases, export.searches, export.report.to_json(), export.account


@pytest.mark.parametrize(("variant", "rows", "chunk"), [("plain", 700, 37), ("breaks", 700, 37),
                                                         ("late cp1252", 2600, 400)])  # > 1 MiB: met late
def test_parts_give_the_whole_file_result(variant: str, rows: int, chunk: int, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"Retail.OrderHistory.1/Retail.OrderHistory.1.csv":
             _orders(rows, breaks=variant == "breaks", late_cp1252=variant == "late cp1252"),
             "Retail.Search-Data/Retail.Search-Data.Retail.Customer-Engagement.csv": _searches(150)}
    whole = _import(tmp_path / "whole", files)
    monkeypatch.setattr(csv_stream, "STREAM_BYTES", 0)
    monkeypatch.setattr(csv_parse, "CHUNK_ROWS", chunk)
    converted = []
    real = orders.order_lines
    monkeypatch.setattr(orders, "order_lines", lambda ctx, table, memo=None: (converted.append(len(table)),
                                                                           real(ctx, table, memo))[1])
    parts = _import(tmp_path / "parts", files)
    # late cp1252: parts, then (invalid UTF-8 met) parts again, read as cp1252 — never the whole file at once
    assert len(converted) > 5 and max(converted) <= chunk
    assert len(whole[0]) > 500 and len(whole[1]) > 100
    pd.testing.assert_frame_equal(whole[0], parts[0])
    pd.testing.assert_frame_equal(whole[1], parts[1])
    assert whole[2] == parts[2]
    assert whole[3] == parts[3]
    problems = whole[2]["problems"]  # type: ignore[index]
    assert any("fields where the header" in p["message"] for p in problems)
    assert any("Order Date" in p["message"] for p in problems)
    if variant == "late cp1252":
        assert any("Windows-1252" in n["message"] for n in whole[2]["notes"])  # type: ignore[index]


@pytest.mark.parametrize(("variant", "plan"), [("breaks", "breaks"), ("late cp1252", "cp1252")])
def test_what_is_found_late_asks_for_another_read(variant: str, plan: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = _orders(4000, breaks=variant == "breaks", late_cp1252=variant == "late cp1252")  # > 1 MiB
    path = write_zip(tmp_path / "o.zip", [("Retail.OrderHistory.1.csv", data)])
    monkeypatch.setattr(csv_stream, "STREAM_BYTES", 0)
    monkeypatch.setattr(csv_parse, "CHUNK_ROWS", 500)
    with ExportSource.open([str(path)]) as source:
        member = source.member("o.zip/Retail.OrderHistory.1.csv")
        with pytest.raises(Reread) as again:
            list(iter_csv(source, member))
        assert again.value.plan == plan
        parts = list(iter_csv(source, member, None, again.value.plan))
        whole = csv_parse.read_csv_bytes(member.path, source.read_bytes(member))
    joined = csv_stream.join_tables(parts)
    pd.testing.assert_frame_equal(joined.frame, whole.frame)
    assert list(joined.lines) == list(whole.lines)  # type: ignore[arg-type]
    assert joined.problems == whole.problems


def _old_logical_lines(rows: int, bad: list[tuple[int, int, int]]) -> np.ndarray:
    logical = np.arange(rows, dtype=np.int64) + 2
    for line, _expected, _saw in bad:
        logical[logical >= line] += 1
    return logical


def test_lines_past_rows_not_read_match_the_step_by_step_rule() -> None:
    rng = random.Random(5)
    for _ in range(300):
        rows = rng.randint(0, 60)
        bad = sorted({(rng.randint(2, rows + 30), 2, 3) for _ in range(rng.randint(0, 12))})
        expected = _old_logical_lines(rows, bad)
        assert list(csv_lines.logical_lines(rows, bad)) == list(expected)
        first = rng.randint(0, rows)
        assert list(csv_lines.logical_lines(rows - first, bad, first)) == list(expected[first:])


def test_sort_positions_equal_sort_values() -> None:
    rng = np.random.default_rng(7)
    for n in (0, 1, 5, 200):
        times = pd.Series(pd.to_datetime(rng.integers(0, 6, n), unit="h", utc=True))
        times[rng.random(n) < 0.2] = pd.NaT
        frame = pd.DataFrame({"time": times, "order_id": [str(v) for v in rng.integers(0, 4, n)],
                              "line": pd.Series([int(v) if v else None for v in rng.integers(0, 30, n)], dtype=object),
                              "kind": rng.choice(["physical", "digital"], n)})
        keys = ["time", "order_id", "line", "kind"]
        sortable = frame.assign(**{c: frame[c].astype(str) for c in keys if frame[c].dtype == object})
        expected = sortable.sort_values(keys, kind="stable", na_position="last").index.to_numpy()
        assert list(sort_positions(frame, keys)) == list(expected)


def test_join_frames_equals_concat() -> None:
    def parts() -> list[pd.DataFrame]:
        times = pd.to_datetime(["2020-01-01", None], utc=True)
        return [pd.DataFrame({"time": times, "line": [2, 3], "title": ["a", None]}),
                pd.DataFrame({"title": ["b"], "line": pd.Series([None], dtype=object), "time": times[:1]}),
                pd.DataFrame({"time": times[1:], "line": [7], "title": ["c"]}, index=[5])]
    pd.testing.assert_frame_equal(join_frames(parts()), pd.concat(parts(), ignore_index=True))
    other = [*parts(), pd.DataFrame({"time": pd.to_datetime(["2021-01-01"], utc=True), "extra": [1]})]
    pd.testing.assert_frame_equal(join_frames(other), pd.concat([*parts(), other[-1]], ignore_index=True))
