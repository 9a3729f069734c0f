"""Table C of reliability.md §8.2: hostile CSV/JSON content inside an otherwise genuine export.

Each case is generated here, imported the way ``dossier scan`` does (open → parse → rules), and its
user-visible outcome is asserted: rows kept and converted, a counted problem with its line, or the
member listed as unreadable with one sentence. Never a traceback, never a silently dropped row.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
from decimal import Decimal

import pandas as pd
import pytest

from tests.reliability.helpers import import_paths, one_zip, run_measured
from tests.synth.demo import demo_spec
from tests.synth.render import orders_csv_a

ORDERS = "Retail.OrderHistory.1.csv"
_GOOD = orders_csv_a(demo_spec().orders[:3]).decode("utf-8-sig")
HEADER, *ROWS = list(csv.reader(io.StringIO(_GOOD)))
COL = {name: i for i, name in enumerate(HEADER)}


def orders_text(*changes: dict[str, str], rows: list[list[str]] | None = None) -> str:
    """The genuine three-line orders CSV with cells replaced (one dict per row)."""
    out = [list(r) for r in (rows or ROWS)]
    for row, change in zip(out, changes, strict=False):
        for column, value in change.items():
            row[COL[column]] = value
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(out)
    return buf.getvalue()


def scan_orders(tmp_path, data: bytes):
    outcome = import_paths([one_zip(tmp_path, {ORDERS: data})])
    assert outcome.error is None, f"whole export refused: {outcome.error}"
    return outcome.export, outcome.entry(ORDERS)


# ---- C01–C03: encodings ---------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"])
def test_c01_c02_bom_and_utf16_32_give_the_same_columns(tmp_path, encoding) -> None:
    text = orders_text({"Product Name": "Café crème"})
    if encoding.endswith("-bom"):
        codec = encoding[:-4]
        bom = "\ufeff".encode(codec)
        data = bom + text.encode(codec)
    else:
        data = text.encode(encoding)
    export, entry = scan_orders(tmp_path, data)
    assert entry.status == "recognised" and entry.rows == 3
    assert "Café crème" in set(export.purchases["title"])


def test_c03_cp1252_is_decoded_and_flagged(tmp_path) -> None:
    export, entry = scan_orders(tmp_path, orders_text({"Product Name": "Café crème"}).encode("cp1252"))
    assert entry.rows == 3
    assert "Café crème" in set(export.purchases["title"])
    assert any("Windows-1252" in n.message for n in export.report.notes), export.report.notes


def test_c03_double_encoded_utf8_is_repaired(tmp_path) -> None:
    mojibake = "Café crème".encode().decode("cp1252")
    export, _ = scan_orders(tmp_path, orders_text({"Product Name": mojibake}).encode("utf-8"))
    assert "Café crème" in set(export.purchases["title"])


# ---- C04–C06: values -------------------------------------------------------------------------------
def test_c04_placeholders_do_not_drop_rows(tmp_path) -> None:
    text = orders_text({"Total Owed": "Not Available", "Product Name": "NA"},
                       {"Total Owed": "null", "Shipping Address": "None"}, {"Total Owed": "N/A"})
    export, entry = scan_orders(tmp_path, text.encode())
    assert entry.rows == 3 and len(export.purchases) == 3
    assert export.purchases["amount"].isna().all()  # placeholders are "absent", not zero and not a problem
    assert not [p for p in export.report.problems if "Total" in p.message]


def test_c05_ids_and_money_keep_their_exact_value(tmp_path) -> None:
    text = orders_text({"Order ID": "002-0000001-0000002", "Total Owed": "'-21.25'"},
                       {"Total Owed": "1,234.50"}, {"Total Owed": "12"})
    export, _ = scan_orders(tmp_path, text.encode())
    by_id = dict(zip(export.purchases["order_id"], export.purchases["amount"], strict=True))
    assert "002-0000001-0000002" in by_id
    amounts = sorted(Decimal(str(a)) for a in export.purchases["amount"])
    assert amounts == [Decimal("-21.25"), Decimal("12"), Decimal("1234.50")]


def test_c06_dates_follow_the_declared_format_and_bad_ones_are_counted(tmp_path) -> None:
    text = orders_text({"Order Date": "12/01/2020 10:00:00 UTC"}, {"Order Date": "13/01/2020 10:00:00 UTC"},
                       {"Order Date": "Not Available"})
    export, _ = scan_orders(tmp_path, text.encode())
    times = pd.to_datetime(export.purchases["time"], utc=True)
    assert pd.Timestamp("2020-12-01 10:00:00", tz="UTC") in set(times)  # month first, never swapped
    assert pd.Timestamp("2020-01-13 10:00:00", tz="UTC") not in set(times)
    lines = [p.line for p in export.report.problems if p.member.endswith(ORDERS)]
    assert 3 in lines, export.report.problems  # the 13th "month" is reported with its line


# ---- C07, C08: broken structure ----------------------------------------------------------------------
def test_c07_ragged_row_is_reported_with_its_line_and_the_others_kept(tmp_path) -> None:
    text = orders_text()
    lines = text.splitlines()
    lines[2] += ',"extra","fields"'
    export, _entry = scan_orders(tmp_path, ("\n".join(lines) + "\n").encode())
    assert len(export.purchases) == 2
    assert any(p.line == 3 and "fields" in p.message for p in export.report.problems)


def test_c07_unterminated_quote_is_one_sentence_in_the_report(tmp_path) -> None:
    export, entry = scan_orders(tmp_path, (orders_text() + '"Amazon.de","302-1\n').encode())
    assert entry.status in ("unreadable", "recognised")
    if entry.status == "unreadable":
        assert entry.reason and entry.reason.endswith(".") and "\n" not in entry.reason
    else:  # the readable rows are kept and the broken tail is a problem
        assert export.report.problems


def test_c07_nul_bytes_are_stripped(tmp_path) -> None:
    export, _ = scan_orders(tmp_path, orders_text({"Product Name": "Kaffee\x00bohnen"}).encode())
    assert "Kaffeebohnen" in set(export.purchases["title"])


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b"\xef\xbb\xbf", "empty"), (b"\n\n  \n", "empty")])
def test_c07_empty_files_are_unreadable_with_a_reason(tmp_path, data, reason) -> None:
    _, entry = scan_orders(tmp_path, data)
    assert entry.status == "unreadable" and reason in (entry.reason or "").lower()


def test_c07_header_only_gives_no_rows_and_no_error(tmp_path) -> None:
    export, entry = scan_orders(tmp_path, (",".join(f'"{h}"' for h in HEADER) + "\n").encode())
    assert entry.status == "recognised" and len(export.purchases) == 0


def _fifty_megabyte_field() -> bytes:
    field = base64.b64encode(os.urandom(38 << 20)).decode()  # ~50 MB that does not compress like a bomb
    return orders_text({"Product Name": field}).encode()


def _ten_thousand_columns() -> bytes:
    wide = io.StringIO()
    w = csv.writer(wide, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(HEADER + [f"Extra {n}" for n in range(10_000)])
    w.writerows([r + [""] * 10_000 for r in ROWS])
    return wide.getvalue().encode()


@pytest.mark.parametrize("make", [pytest.param(_fifty_megabyte_field, marks=pytest.mark.slow, id="50MB-field"),
                                  pytest.param(_ten_thousand_columns, id="10k-columns")])
def test_c07_huge_field_and_wide_table_stay_bounded(tmp_path, make) -> None:
    path = one_zip(tmp_path, {ORDERS: make()})
    measured = run_measured(f"""
        from tests.reliability.helpers import import_paths
        from pathlib import Path
        o = import_paths([Path({str(path)!r})])
        result = [o.error and str(o.error), len(o.export.purchases) if o.export is not None else None]
    """)
    error, rows = measured["result"]
    print("C07", make.__name__, measured)
    assert error is None and rows == 3
    assert measured["seconds"] < 30 and measured["rss_mb"] < 1500, measured


def test_c08_duplicate_column_names_keep_both_columns(tmp_path) -> None:
    header = [*HEADER, "Total Owed"]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    w.writerows([[*r, "99.99"] for r in ROWS])
    export, entry = scan_orders(tmp_path, buf.getvalue().encode())
    assert entry.rows == 3  # read, and the second "Total Owed" did not overwrite the first silently
    assert Decimal("99.99") not in {Decimal(str(a)) for a in export.purchases["amount"] if a is not None}


# ---- C10: JSON ------------------------------------------------------------------------------------
JSON_ORDERS = "Retail.OrderHistory.1/Retail.OrderHistory.1.json"


def _good_json() -> dict:
    return {"orders": [{"orderId": "302-1", "orderDate": "2020-01-02T03:04:05Z", "productName": "Tee",
                        "totalOwed": "1.00", "currency": "EUR"}]}


@pytest.mark.parametrize("case", ["deep", "deep-flatten", "bigint", "nan", "bom", "surrogate", "dupkeys", "garbage"])
def test_c10_hostile_json_is_a_report_entry_not_a_crash(tmp_path, case) -> None:
    good = json.dumps(_good_json())
    data = {
        "deep": ("[" * 100_000 + "]" * 100_000).encode(),
        "deep-flatten": ('{"orders": [{"a": ' + '{"b": ' * 985 + "1" + "}" * 985 + "}]}").encode(),
        "bigint": good.replace('"1.00"', "1" * 5000).encode(),
        "nan": good.replace('"1.00"', "NaN").encode(),
        "bom": b"\xef\xbb\xbf" + good.encode(),
        "surrogate": good.replace("Tee", "T\\ud800e").encode(),
        "dupkeys": good.replace('"productName": "Tee"', '"productName": "A", "productName": "B"').encode(),
        "garbage": b"{\"orders\": [",
    }[case]
    outcome = import_paths([one_zip(tmp_path, {JSON_ORDERS: data, "Retail.OrderHistory.1/README.txt": b"x"},
                                    name="Your Orders.zip")])
    assert outcome.error is None or outcome.error.message.endswith((".", "!")), outcome.error
    if outcome.export is not None:
        entries = [e for e in outcome.export.report.files if e.member.endswith(".json")]
        assert len(entries) == 1
        entry = entries[0]
        if entry.status == "unreadable":
            assert entry.reason and "\n" not in entry.reason
        titles = [str(t) for t in outcome.export.purchases.get("title", [])]
        assert not any("\ud800" in t for t in titles)  # surrogates replaced before anything writes them


# ---- C11: formula injection ------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://127.0.0.1/x\",\"Refund\")", "+cmd|' /C calc'!A0", "@SUM(1+1)",
                                  "\t=1+1"])
def test_c11_formulas_are_stored_verbatim_as_text(tmp_path, cell) -> None:
    export, _ = scan_orders(tmp_path, orders_text({"Product Name": cell}).encode())
    titles = set(export.purchases["title"])
    assert cell.strip() in {str(t).strip() for t in titles}
