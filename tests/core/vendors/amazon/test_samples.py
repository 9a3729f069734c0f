"""The parsers against the bytes of public sample files (../shared/samples), when present."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from tests.core.vendors.amazon.conftest import ROOT, parse_paths
from tests.synth.docs import write_zip

SAMPLES = ROOT.parent / "shared" / "samples" / "amazon"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not available")


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def sample_zip(tmp_path: Path, entries: dict[str, str]) -> Path:
    return write_zip(tmp_path / "samples.zip", [(name, (SAMPLES / f).read_bytes()) for name, f in entries.items()])


def test_gen_a_sample(tmp_path: Path) -> None:
    export = parse_paths([sample_zip(tmp_path, {
        "Retail.OrderHistory.2/Retail.OrderHistory.2.csv": "gen-a-retail-orderhistory-2.csv"})])
    p = export.purchases
    assert len(p) == 3 and export.report.problems == []
    assert p["time"].iloc[0] == utc("2021-11-11 22:32:48")
    assert p["amount"].iloc[0] == Decimal("999.99") and p["currency"].iloc[0] == "EUR"
    assert p["title"].iloc[0].endswith('Display 15.6" FHD')
    assert list(p["amount"]) == [Decimal("999.99"), Decimal("29.63"), Decimal("24.99")]  # never 44.77
    assert export.account.marketplaces == ["Amazon.it"] and export.account.countries == ["IT"]


def test_gen_c_sample(tmp_path: Path) -> None:
    export = parse_paths([sample_zip(tmp_path, {
        "Your Amazon Orders/Order History.csv": "gen-c-order-history-sample.csv"})])
    p = export.purchases
    assert len(p) == 11 and export.report.problems == []
    first = p[p["order_id"] == "113-5570362-3503457"].iloc[0]
    assert first["amount"] == Decimal("70.43") and first["status"] == "Authorized"
    assert first["time"] == utc("2026-05-04 17:05:24")
    assert sorted(p["quantity"]) == [1] * 10 + [2]
    assert export.layouts == ["amazon-2026"]
    assert export.account.addresses == []  # "REDACTED" is not an address


def test_search_sample(tmp_path: Path) -> None:
    export = parse_paths([sample_zip(tmp_path, {
        "Search-Data/Search-Data.Customer-Engagement.csv": "search-data-customer-engagement.csv"})])
    s = export.searches.sort_values("line")
    assert len(s) == 14 and export.report.problems == []
    assert s["time"].iloc[0] == utc("2020-02-27 15:52:06")
    assert list(s["query"].iloc[:5]) == ["my hero", "the office", "indipendence day 2", "disco ssd con windows",
                                        "licenza windows 10"]
    assert s["query"].isna().sum() == 2  # two browse searches without keywords
    assert any("mojibake" in n.message for n in export.report.notes)
