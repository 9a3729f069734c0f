"""The import report: every member exactly once; rejected rows with line and reason; unknown headers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.vendors.amazon.conftest import parse_paths
from tests.synth.docs import pdf, write_zip
from tests.synth.render import ORDER_HEADER_A, to_csv

GOOD = dict.fromkeys(ORDER_HEADER_A, "Not Available") | {
    "Website": "Amazon.de", "Order ID": "302-1-1", "Order Date": "01/02/2021 03:04:05 UTC", "Currency": "EUR",
    "Total Owed": "10.00", "Quantity": "1", "Product Name": "Good"}


def order_rows(*overrides: dict[str, str]) -> bytes:
    rows = [[(GOOD | o).get(h, "") for h in ORDER_HEADER_A] for o in overrides]
    return to_csv(ORDER_HEADER_A, rows)


def test_rejected_rows_have_lines_and_reasons(tmp_path: Path) -> None:
    data = order_rows({}, {"Order Date": "31/12/2021 10:00:00 UTC"}, {"Order ID": ""},
                      {"Order Date": "Not Available"}, {"Total Owed": "ten", "Product Name": "Kept"},
                      {"Quantity": "1.5", "Product Name": "Kept too"})
    export = parse_paths([write_zip(tmp_path / "Retail.OrderHistory.1.zip", [("Retail.OrderHistory.1.csv", data)])])
    assert [(p.line, p.message) for p in export.report.problems] == [
        (3, "Order Date “31/12/2021 10:00:00 UTC” is not a known date format; row not read."),
        (4, "Order ID is missing; row not read."),
        (5, "Order Date is missing; row not read."),
        (6, "Amount “ten” is not a number; kept without amount."),
        (7, "Quantity “1.5” is not a whole number; kept without quantity."),
    ]
    entry = export.report.files[0]
    assert (entry.status, entry.dataset, entry.rows, entry.rejected) == ("recognised", "amazon.orders", 6, 3)
    assert list(export.purchases["title"]) == ["Good", "Kept", "Kept too"]
    assert list(export.purchases["amount"]) == [Decimal("10.00"), None, Decimal("10.00")]
    assert list(export.purchases["line"]) == [2, 6, 7]


def test_every_member_exactly_once_with_reasons(tmp_path: Path) -> None:
    entries = [
        ("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", order_rows({})),
        ("Mystery/Mystery.Data.csv", b"\xef\xbb\xbf\"Secret Column\",\"Another\"\n\"private value\",\"x\"\n"),
        ("Advertising.1/Advertising.AmazonAudiences.csv", b"Audience\nBooks\n"),
        ("Broken/broken.csv", b'A,B\n1,"never closed\n'),
        ("Retail.OrderHistory.2/Retail.OrderHistory.2.csv", b"Just,Wrong\n1,2\n"),
        ("Wishlist.json", b'{"lists": [{"name": "x"}]}'),
        ("Description/Retail.OrderHistory.Description.pdf", pdf("Description", ["x"])),
        ("Retail.OutboundNotifications/media/mail.eml", b"From: x"),
        ("photo.jpeg", b"\xff\xd8\xff"),
        ("notes.bin", b"\x00\x01"),
        ("README.txt", b"read me"),
    ]
    export = parse_paths([write_zip(tmp_path / "Your Orders.zip", entries)])
    report = export.report
    paths = [f.member for f in report.files]
    assert sorted(paths) == sorted(f"Your Orders.zip/{name}" for name, _data in entries)
    by = {f.member.split("/", 1)[1]: f for f in report.files}
    unknown = by["Mystery/Mystery.Data.csv"]
    assert (unknown.status, unknown.header) == ("skipped", ["Secret Column", "Another"])
    assert "private value" not in str(report.to_json())
    assert by["Advertising.1/Advertising.AmazonAudiences.csv"].reason == "An Amazon dataset Dossier does not analyse."
    assert by["Advertising.1/Advertising.AmazonAudiences.csv"].header is None
    broken = by["Broken/broken.csv"]
    assert broken.status == "skipped" and broken.header == ["A", "B"]
    wrong = by["Retail.OrderHistory.2/Retail.OrderHistory.2.csv"]
    assert (wrong.status, wrong.reason) == ("unreadable", "The file is named like an order history but has no Order "
                                                          "ID and Order Date columns.")
    assert by["Wishlist.json"].header == ["name"]
    assert by["Description/Retail.OrderHistory.Description.pdf"].reason == \
        "Not a dataset: Amazon's description of a dataset."
    assert by["photo.jpeg"].reason == "Not a dataset: an image."
    assert by["notes.bin"].reason == "Not a data file Dossier reads."
    json_report = report.to_json()
    assert json_report["unreadable"] == [{"member": "Your Orders.zip/Retail.OrderHistory.2/Retail.OrderHistory.2.csv",
                                          "reason": wrong.reason}]


def test_damaged_order_file_is_unreadable_not_fatal(tmp_path: Path) -> None:
    entries = [("Retail.OrderHistory.1.csv", b'"Order ID","Order Date"\n"1","2019\n'),
               ("Retail.OrderHistory.2.csv", order_rows({}))]
    export = parse_paths([write_zip(tmp_path / "orders.zip", entries)])
    first = export.report.files[0]
    assert first.status == "unreadable" and first.reason is not None and "damaged" in first.reason
    assert len(export.purchases) == 1


def test_archive_notes_are_copied(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "dup.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Retail.OrderHistory.1.csv", order_rows({}))
        zf.writestr("README.txt", b"a")
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            zf.writestr("README.txt", b"b")
    export = parse_paths([path])
    assert any("README.txt" in n.member for n in export.report.notes)
    assert len(export.report.files) == 3


def test_returns_files_become_refunds(tmp_path: Path) -> None:
    digital_returns = (b"Order ID,Return Date,Base Currency,Transaction Amount,Component Type,Product Name\r\n"
                       b"D01-1,2026-01-02T03:04:05Z,USD,-4.99,Price Amount,Song\r\n"
                       b"D01-1,2026-01-02T03:04:05Z,USD,-0.35,Tax,Song\r\n")
    payments = (b"OrderID,RefundCompletionDate,AmountRefunded,Currency\n"
                b"111-1,\"Wed, 03 Nov 2021 10:00:00 GMT\",15.00,EUR\n"
                b"111-2,N/A,3.00,EUR\n")
    entries = [("Your Amazon Orders/Digital Returns.csv", digital_returns),
               ("Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv", payments)]
    export = parse_paths([write_zip(tmp_path / "x.zip", entries)])
    refunds = export.purchases
    assert list(refunds["kind"]) == ["refund", "refund"]
    assert list(refunds["amount"]) == [Decimal("-15.00"), Decimal("-5.34")]
    assert [str(t) for t in refunds["time"]] == ["2021-11-03 10:00:00+00:00", "2026-01-02 03:04:05+00:00"]
    assert list(refunds["title"]) == [None, "Song"]
    assert [(p.line, p.message) for p in export.report.problems] == [(3, "Date is missing; row not read.")]


def test_ragged_rows_count_as_rejected(tmp_path: Path) -> None:
    data = order_rows({}, {}) + b'"too","many"\n'
    data = data.replace(b'"Good"', b'"Good","extra"', 1)
    export = parse_paths([write_zip(tmp_path / "o.zip", [("Retail.OrderHistory.1.csv", data)])])
    entry = export.report.files[0]
    assert (entry.rows, entry.rejected) == (3, 2)
    assert [p.line for p in export.report.problems] == [2, 4]
    assert list(export.purchases["line"]) == [3]


def test_bought_echo_counts_as_a_voice_device(tmp_path: Path) -> None:
    data = order_rows({"Product Name": "Echo Dot (3. Gen.) | Intelligenter Lautsprecher mit Alexa"},
                      {"Product Name": "Echo Park poster", "Order ID": "302-1-2"})
    export = parse_paths([write_zip(tmp_path / "Retail.OrderHistory.1.zip", [("Retail.OrderHistory.1.csv", data)])])
    devices = export.devices
    assert list(devices["source"]) == ["purchase"] and list(devices["voice_capable"]) == [True]
    assert devices["name"].iloc[0].startswith("Echo Dot") and devices["line"].iloc[0] == 2
    assert str(devices["registered"].iloc[0]) == "2021-01-02 03:04:05+00:00"


def test_several_timestamps_in_one_cell_keep_the_first(tmp_path: Path) -> None:
    data = order_rows({"Order Date": "2024-07-19T19:52:49Z and 2024-07-19T20:23:05+00:00"})
    messages: list[tuple[float, str]] = []
    from core.source.archive import ExportSource
    from core.vendors import amazon

    with ExportSource.open([str(write_zip(tmp_path / "o.zip", [("Retail.OrderHistory.1.csv", data)]))]) as source:
        export = amazon.parse(source, lambda f, m: messages.append((f, m)))
    assert str(export.purchases["time"].iloc[0]) == "2024-07-19 19:52:49+00:00"
    assert export.report.problems == []
    fractions = [f for f, _m in messages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_hostile_json_keys_and_values_are_sanitised(tmp_path: Path) -> None:
    import json

    data = b'[{"\\ud800key\\u202e": "x", "timestamp": "2019-01-01T00:00:00Z", "transcript": "hi\\u0000\\ud800"}]'
    entries = [("Stuff/odd.json", data), ("Alexa/VoiceHistory/history.json", data)]
    export = parse_paths([write_zip(tmp_path / "Your Orders.zip", entries)])
    report = export.report.to_json()
    json.dumps(report, ensure_ascii=False).encode("utf-8")  # no lone surrogate survives
    assert report["skipped"][0]["header"] == ["\ufffdkey[RLO]", "timestamp", "transcript"]
    assert list(export.recordings["transcript"]) == ["hi\ufffd"]


NAMES = ["Retail.OrderHistory.1.csv", "Retail.OrderHistory.2.json", "Devices.Registration/registration.csv",
         "Digital-Ordering.1/Digital Items.csv", "Digital-Ordering.1/Digital Orders Monetary.csv",
         "Your Returns & Refunds/Refund Details.csv", "Search-Data/Search-Data.Customer-Engagement.csv",
         "Alexa/Voice/20190101_000000.wav", "Alexa/VoiceHistory/index.json", "Alexa/VoiceHistory/index.csv",
         "Your Amazon Orders/Digital Content Orders.csv"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=300), min_size=len(NAMES), max_size=len(NAMES)))
def test_garbage_in_every_dataset_never_breaks_the_import(tmp_path: Path, blobs: list[bytes]) -> None:
    prefixes = [b""] * 7 + [b"RIFF\x10\x00\x00\x00WAVEfmt ", b"[{", b'"timestamp","audioFileName"\n',
                            b"Order ID,Order Date,Transaction Amount\n"]
    entries = [(name, prefix + blob) for name, prefix, blob in zip(NAMES, prefixes, blobs, strict=True)]
    path = write_zip(tmp_path / "garbage.zip", entries)
    export = parse_paths([path])
    assert sorted(f.member for f in export.report.files) == sorted(f"garbage.zip/{n}" for n in NAMES)
    for entry in export.report.files:
        assert entry.status in {"recognised", "skipped", "unreadable"}
        assert entry.status == "recognised" or (entry.reason or "").endswith(".")


def test_digital_items_without_monetary_file_use_their_own_price(tmp_path: Path) -> None:
    items = (b"ASIN,Title,OrderId,DigitalOrderItemId,OrderDate,OurPrice,OurPriceTax,OurPriceCurrencyCode,"
             b"QuantityOrdered,Marketplace\n"
             b"B01,Song,D01-1,I1,2020-05-06 07:08:09,0.99,0.19,EUR,1,Amazon.de\n"
             b"B02,Free book,D01-2,I2,2020-05-07 07:08:09,Not Available,Not Available,EUR,1,Amazon.de\n")
    export = parse_paths([write_zip(tmp_path / "d.zip", [("Digital-Ordering.1/Digital Items.csv", items)])])
    p = export.purchases
    assert list(p["amount"]) == [Decimal("1.18"), None]
    assert list(p["kind"]) == ["digital", "digital"] and list(p["currency"]) == ["EUR", "EUR"]
    assert list(p["website"]) == ["Amazon.de", "Amazon.de"] and list(p["quantity"]) == [1, 1]
