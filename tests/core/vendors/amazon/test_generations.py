"""Each layout generation of the same synthetic data gives the same normalised model, exact to the cent
and the second; generation-specific files (JSON orders, notice row, refunds, index) on top."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from core.model import Export
from tests.core.vendors.amazon.conftest import parse_paths
from tests.synth.fixtures import ADDRESS, EXPECTED_ORDER_AMOUNTS, EXPECTED_QUERIES, quirk_spec
from tests.synth.layouts import gen_a, gen_b, gen_c

GENERATIONS = {"a": gen_a, "b": gen_b, "c": gen_c}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Export]:
    out = {}
    for key, build in GENERATIONS.items():
        out[key] = parse_paths(build(quirk_spec(), tmp_path_factory.mktemp(f"gen-{key}")))
    return out


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


@pytest.mark.parametrize("gen", ["a", "b", "c"])
def test_physical_orders_exact(exports: dict[str, Export], gen: str) -> None:
    purchases = exports[gen].purchases
    physical = purchases[purchases["kind"] == "physical"]
    got = {(o, t): a for o, t, a in zip(physical["order_id"], physical["title"], physical["amount"], strict=True)}
    assert got == {k: Decimal(v) for k, v in EXPECTED_ORDER_AMOUNTS.items()}
    assert all(isinstance(a, Decimal) for a in physical["amount"])
    first = physical.iloc[0]
    assert first["time"] == utc("2021-11-11 22:32:48")
    assert first["title"] == 'Display 15.6" FHD, matte'  # doubled quotes and a comma inside quotes
    assert first["currency"] == "EUR" and first["website"] == "Amazon.de" and first["status"] == "Closed"
    # the per-shipment subtotal 45.29 appears on both lines of order 2 but is never an amount
    assert Decimal("45.29") not in set(purchases["amount"])
    kettle = physical[physical["title"] == "Kettle"].iloc[0]
    assert kettle["status"] == "Cancelled" and kettle["amount"] == Decimal("12") and str(kettle["amount"]) == "12"
    assert list(physical["quantity"]) == [1, 1, 2, 1, 1]
    assert list(physical["line"]) == [2, 3, 4, 5, 6]


@pytest.mark.parametrize("gen", ["a", "b", "c"])
def test_digital_order_components_become_one_item(exports: dict[str, Export], gen: str) -> None:
    digital = exports[gen].purchases.query("kind == 'digital'")
    assert len(digital) == 1
    row = digital.iloc[0]
    assert row["order_id"] == "D01-0000009-0000009"
    assert row["title"] == "Hörbuch: Der Schwarm"
    assert row["amount"] == Decimal("10.99")  # 9.24 price + 1.75 tax
    assert row["time"] == utc("2021-05-06 07:08:09")


def test_refund_only_in_2026_layout(exports: dict[str, Export]) -> None:
    refunds = exports["c"].purchases.query("kind == 'refund'")
    assert len(refunds) == 1
    row = refunds.iloc[0]
    assert (row["order_id"], row["amount"], row["title"]) == ("111-0000002-0000002", Decimal("-24.99"),
                                                              "Webcam, Full HD")
    assert row["time"] == utc("2021-12-01 09:10:11")
    assert exports["a"].purchases.query("kind == 'refund'").empty


@pytest.mark.parametrize("gen", ["a", "b", "c"])
def test_searches_exact(exports: dict[str, Export], gen: str) -> None:
    searches = exports[gen].searches.sort_values("line")
    assert list(searches["query"]) == EXPECTED_QUERIES
    assert list(searches["time"]) == [utc("2020-02-27 15:52:06"), utc("2021-11-11 17:32:32"),
                                      utc("2021-11-11 17:32:44"), utc("2019-07-24 15:17:06"),
                                      utc("2021-06-28 12:09:50")]
    assert list(searches["store"]) == ["UK", "IT", "IT", "DE", "DE"]
    assert list(searches["line"]) == [2, 3, 4, 5, 6]


@pytest.mark.parametrize("gen", ["a", "b", "c"])
def test_devices_from_registration_and_alexa_list(exports: dict[str, Export], gen: str) -> None:
    devices = exports[gen].devices.set_index("serial")
    assert devices.loc["G090XX", "voice_capable"]  # family "ECHO" in capitals
    assert devices.loc["G090XX", "deregistered"] == utc("2020-02-03 04:05:06")
    assert devices.loc["G090XX", "source"] == "registration"
    assert not devices.loc["G000K1", "voice_capable"]
    assert devices.loc["G0SHOW1", "source"] == "alexa-list" and devices.loc["G0SHOW1", "voice_capable"]
    assert not devices.loc["PLUG1", "voice_capable"]
    assert devices.loc["G000K1", "registered"] == utc("2016-11-05 08:12:40")


@pytest.mark.parametrize("gen", ["a", "b"])
def test_recording_times_without_index(exports: dict[str, Export], gen: str) -> None:
    rec = exports[gen].recordings
    assert list(rec["time_source"]) == ["filename", "filename", "filename", "filename", "metadata", "archive"]
    assert list(rec["time"]) == [utc("2019-03-04 05:06:07"), utc("2019-03-05 06:07:08"), utc("2019-03-06 07:08:09"),
                                 utc("2019-03-07 08:09:10"), utc("2019-03-08 09:10:11"), utc("2019-03-09 10:11:12")]
    assert rec["transcript"].isna().all() and rec["sha256"].isna().all()
    assert rec["duration_s"].between(0.3, 5).all()
    assert any("ZIP entry time" in n.message and n.member == "Alexa.zip" for n in exports[gen].report.notes)


def test_recordings_with_index_2026(exports: dict[str, Export]) -> None:
    rec = exports["c"].recordings
    assert set(rec["time_source"]) == {"index"}
    first = rec.iloc[0]
    assert (first["device_serial"], first["device_name"]) == ("G090XX", "Maria's Echo Dot")
    assert (first["transcript"], first["response"]) == ("Alexa, wie spät ist es?", "Es ist fünf Uhr sechs.")
    assert first["member"].endswith("VoiceHistory/voice-history-index.csv") and first["line"] == 2
    assert rec.iloc[2]["device_serial"] is None  # empty serial in the recordKey stays unknown
    assert rec.iloc[5]["time"] == utc("2019-03-09 10:11:12")


def test_layouts_and_documents(exports: dict[str, Export]) -> None:
    assert exports["a"].layouts == ["amazon-2018"]
    assert exports["b"].layouts == ["amazon-2023"]
    assert exports["c"].layouts == ["amazon-2026"]
    assert exports["a"].documents == ["Alexa.zip/Alexa-Sprachaufnahmen-Transkripte.pdf"]
    assert exports["c"].documents == [
        "Your Orders.zip/Your Orders/Additional Data/Retail.TransactionalInvoicing.1.1/Invoice-0001.pdf"]


@pytest.mark.parametrize("gen", ["a", "b", "c"])
def test_account_identity(exports: dict[str, Export], gen: str) -> None:
    account = exports[gen].account
    assert account.addresses == [ADDRESS]
    assert account.marketplaces == ["Amazon.de"] and account.countries == ["DE"]
    assert account.names == ["Erika Muster"]


def test_notice_row_counted_and_reported(exports: dict[str, Export]) -> None:
    report = exports["c"].report
    entry = next(f for f in report.files if f.member.endswith("Your Amazon Orders/Order History.csv"))
    assert (entry.status, entry.rows, entry.rejected) == ("recognised", 6, 1)
    assert [(p.line, p.message[:22]) for p in report.problems] == [(7, "Amazon's notice row (“")]


@pytest.mark.parametrize("gen", ["a", "b", "c"])
def test_mojibake_repaired_and_noted(exports: dict[str, Export], gen: str) -> None:
    export = exports[gen]
    assert "Kaffee Crème brûlée" in set(export.purchases["title"])
    notes = [n.message for n in export.report.notes if "mojibake" in n.message]
    assert notes == ["1 cell held double-encoded UTF-8 (mojibake) and was repaired.",
                     "2 cells held double-encoded UTF-8 (mojibake) and were repaired."]


def test_second_part_other_marketplace_and_json_orders(tmp_path: Path) -> None:
    spec = quirk_spec()
    part2 = quirk_spec()
    for order in part2.orders:
        order.order_id = "408" + order.order_id[3:]
        order.website, order.currency = "Amazon.it", "EUR"
    export = parse_paths(gen_a(spec, tmp_path / "a", second_part=part2))
    assert export.layouts == ["amazon-2018"]  # the part-2 ZIP nests a folder, still a per-dataset ZIP
    assert export.account.marketplaces == ["Amazon.de", "Amazon.it"]
    assert export.account.countries == ["DE", "IT"]
    assert len(export.purchases.query("kind == 'physical'")) == 10
    json_export = parse_paths(gen_b(spec, tmp_path / "b", json_orders=True))
    physical = json_export.purchases.query("kind == 'physical'")
    assert {(o, t): a for o, t, a in zip(physical["order_id"], physical["title"], physical["amount"], strict=True)} \
        == {k: Decimal(v) for k, v in EXPECTED_ORDER_AMOUNTS.items()}
    assert physical["line"].isna().all()  # JSON records have no line numbers
    entry = next(f for f in json_export.report.files if f.member.endswith("Retail.OrderHistory.1.json"))
    assert (entry.dataset, entry.rows) == ("amazon.orders", 5)


def test_mixture_of_generations_is_one_export(tmp_path: Path) -> None:
    spec = quirk_spec()
    old = gen_a(spec, tmp_path / "old")
    new = gen_c(spec, tmp_path / "new")
    export = parse_paths(old + new)
    assert export.layouts == ["amazon-2018", "amazon-2026"]
    assert len(export.purchases) == 6 + 7
    assert len(export.recordings) == 12
