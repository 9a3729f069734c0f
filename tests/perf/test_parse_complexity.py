"""Complexity guards for the conversion of export columns (issue 22): they count calls, never time them.

* date parsing sends only the cells the fixed-width layouts could not read to pandas' per-format parsing,
  with the same values as the per-format parsing of every cell; a style's formats see only cells that hold
  their separator (ISO times in a column tried as US times first never reach the US formats);
* money and quantity conversion call the per-text converter only for texts that are not plain numbers, and
  the number of Python-level calls does not grow with the rows;
* placeholders and order kinds are found without a Python call per value;
* vendor detection and the layout check do not look at every clip of a big voice export.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pandas as pd
import pytest

import core.reading.convert as convert
import core.reading.numbers as numbers
import core.reading.placeholders as placeholders
from core.reading.fixed_times import fixed_width_times
from core.reading.tabular import Table
from core.source.member import Member
from core.vendors.amazon import devices, discovery
from core.vendors.amazon.orders import _kinds


def _times(n: int) -> list[str]:
    return [f"{1 + i % 12:02d}/{1 + i % 28:02d}/{2015 + i % 9} {i % 24:02d}:{i % 60:02d}:{i % 59:02d} UTC"
            for i in range(n)]


def test_date_parsing_falls_back_only_for_cells_the_layouts_did_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    odd = ["1/2/2021 10:00:00 UTC", "02/30/2021 10:00:00 UTC", "Not Available", "2021-03-04 05:06:07",
           "11/11/2021 22:32 UTC", "garbage"]
    text = pd.Series(_times(5000) + odd, index=range(3, 5009))
    expected = convert._parse_times(text, ("us", "iso"))  # warm-up; compared below
    calls: list[int] = []
    real = pd.to_datetime
    monkeypatch.setattr(convert.pd, "to_datetime", lambda values, **kw: calls.append(len(values)) or real(values, **kw))
    times, bad = convert.parse_times(text, ("us", "iso"))
    assert max(calls) <= len(odd)  # only the odd cells reach pandas' per-format parsing
    assert times.equals(expected[0]) and bad.equals(expected[1])
    reference = convert._parse_formats(text.astype(str), "us")
    assert times.iloc[:5000].equals(reference.iloc[:5000])
    assert list(bad.iloc[5000:]) == [False, True, False, False, False, True]


def test_iso_times_tried_as_us_times_first_never_reach_the_us_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    text = pd.Series([f"2015-01-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z" for i in range(5000)]
                     + ["2021-03-04 05:06:07.5", "Not Available", "3/4/2021 05:06 UTC"])
    formats: list[object] = []
    real = pd.to_datetime
    monkeypatch.setattr(convert.pd, "to_datetime",
                        lambda values, **kw: formats.append((kw.get("format"), len(values))) or real(values, **kw))
    times, bad = convert.parse_times(text, ("us", "iso"))  # the 2025 order file's case
    us_calls = [n for fmt, n in formats if fmt in convert._US_FORMATS]
    assert us_calls and set(us_calls) == {1}  # only the one cell with a slash, format after format
    assert times.notna().sum() == 5002 and list(bad) == [False] * 5003


WITHOUT_SEPARATOR = ["11 11 2021 22:32:48 UTC", "11-11-2021 22:32:48 UTC", "2021-11-11 22:32:48 UTC", "11112021 2232",
                     "Wed 03 Nov 2021 10:00:00 GMT", "", "Not Available", "11/11/2021 22:32:48 UTC", "1/2/2021 10:00",
                     "2021/11/03 10:00:00", "Wed, 03 Nov 2021 10:00:00 GMT", "Wed, 03 Nov 2021 10:00:00"]


@pytest.mark.parametrize("style, formats", [("us", convert._US_FORMATS),
                                            ("rfc", tuple(convert._RFC_FORMAT + s for s in (" GMT", " UTC", "")))])
def test_skipping_cells_without_the_separator_changes_no_value(style: str, formats: tuple[str, ...]) -> None:
    text = pd.Series(WITHOUT_SEPARATOR)
    every_cell = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
    for fmt in formats:  # each format over every cell not read yet, as before the pre-filter
        todo = every_cell.isna()
        every_cell.loc[todo] = pd.to_datetime(text[todo], format=fmt, utc=True, errors="coerce")
    assert convert._parse_formats(text, style).equals(every_cell)
    assert every_cell.notna().any()


@pytest.mark.parametrize("style", ["us", "iso"])
def test_fixed_width_layouts_agree_with_the_pandas_formats(style: str) -> None:
    cells = ["02/29/2020 23:59:59 UTC", "02/29/2021 00:00:00 UTC", "12/31/1999 12:00:00 GMT", "13/01/2020 00:00:00",
             "2020-02-29 23:59:59", "2021-02-29T00:00:00", "2024-11-03T12:32:17Z", "1600-01-01 00:00:00",
             "2020-01-01 24:00:00", "2020-01-01 00:60:00", "2020-01-0a 00:00:00", "٢٠٢٠-01-01 00:00:00"]
    text = pd.Series(cells)
    fast = fixed_width_times(text, style)
    reference = convert._parse_formats(text, style)
    read = fast.notna()
    assert read.any()
    assert fast[read].equals(reference[read])


def _count_calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    real = getattr(module, name)

    def counted(value: str) -> object:
        counts[name] += 1
        return real(value)

    monkeypatch.setattr(module, name, counted)
    monkeypatch.setattr(numbers, "_PLAIN", {counted: numbers._PLAIN[real]})
    return counts


@pytest.mark.parametrize("rows", [1_000, 10_000])
def test_money_converter_runs_only_for_texts_that_are_not_plain_numbers(monkeypatch: pytest.MonkeyPatch,
                                                                       rows: int) -> None:
    counts = _count_calls(monkeypatch, numbers, "_money")
    cells = pd.Series([f"{i / 100:.2f}" for i in range(rows)] + ["1,234.50", "12,99", "EUR 3", "Not Available", "x"])
    memo = numbers.Memo()
    amounts, bad = numbers.parse_money(cells, memo)
    assert counts["_money"] == 5  # the five texts that are not plain numbers, whatever the rows
    assert amounts.iloc[rows - 1] == Decimal(f"{(rows - 1) / 100:.2f}")
    assert list(amounts.iloc[rows:]) == [Decimal("1234.50"), Decimal("12.99"), Decimal("3"), None, None]
    assert list(bad.iloc[rows:]) == [False, False, False, False, True]
    again, _bad = numbers.parse_money(cells, memo)  # a second part: every text is in the memo
    assert counts["_money"] == 5 and again.equals(amounts)


def test_quantity_converter_runs_only_for_texts_that_are_not_plain_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _count_calls(monkeypatch, numbers, "_quantity")
    cells = pd.Series([str(i) for i in range(5000)] + ["2.0", "¹", "1234567890", ""])
    values, bad = numbers.parse_quantity(cells)
    assert counts["_quantity"] == 4
    assert list(values.iloc[-4:]) == [2, None, None, None] and list(bad.iloc[-4:]) == [False, True, True, False]
    assert all(type(v) is int for v in values.iloc[:5000])


@pytest.mark.parametrize("rows", [1_000, 20_000])
def test_placeholders_and_order_kinds_make_no_python_call_per_value(monkeypatch: pytest.MonkeyPatch,
                                                                   rows: int) -> None:
    calls: Counter[str] = Counter()
    real = placeholders.is_placeholder_text
    for module in (placeholders, convert):
        monkeypatch.setattr(module, "is_placeholder_text", lambda v: calls.update(["one"]) or real(v))
    ids = [f"D01-{i:07d}" if i % 3 == 0 else f"302-{i:07d}" for i in range(rows)]
    frame = pd.DataFrame({"Order ID": [*ids, "Not Available", " n/a ", "n/a" + " " * 30]})
    values = Table("orders.csv", frame, ["Order ID"], None).value("Order ID")
    assert values is not None
    assert list(values.iloc[-3:]) == [None, None, "n/a" + " " * 30]  # a long text is never a placeholder here
    assert list(convert.is_placeholder(frame["Order ID"]).iloc[-3:]) == [True, True, True]
    kinds = _kinds(values.iloc[:rows])
    assert kinds[:3] == ["digital", "physical", "physical"] and kinds.count("digital") == (rows + 2) // 3
    assert calls["one"] == 0


def _members(clips: int) -> list[Member]:
    paths = [f"Alexa.zip/Voice/clip_{i:06d}.wav" for i in range(clips)]
    paths += ["Retail.OrderHistory.1.zip/Retail.OrderHistory.1.csv", "Retail.Search-Data.zip/FileDescriptions.csv"]
    return [Member(p, 100, 50, 0, None, p.split("/")[0]) for p in paths]


class _CountedPattern:
    def __init__(self, pattern: re.Pattern[str], seen: Counter[str]) -> None:
        self.pattern, self.seen = pattern, seen

    def match(self, text: str) -> re.Match[str] | None:
        self.seen["folder match"] += 1
        return self.pattern.match(text)


@pytest.mark.parametrize("clips", [100, 2_000])
def test_vendor_detection_and_layouts_do_not_look_at_every_clip(monkeypatch: pytest.MonkeyPatch, clips: int) -> None:
    members = _members(clips)
    seen: Counter[str] = Counter()
    real = discovery.classify
    monkeypatch.setattr(discovery, "classify", lambda m: seen.update(["classify"]) or real(m))
    monkeypatch.setattr(discovery, "_ZIP_DATASET", _CountedPattern(discovery._ZIP_DATASET, seen))
    assert discovery.amazon_score(members) == 0.95
    assert seen["classify"] <= 2  # the tables at most; no clip is classified to find the strong dataset
    assert discovery.layouts(members) == ["amazon-2018"]
    assert seen["folder match"] <= 6  # the clips' folders once, not once per clip
    german = [Member("Alexa_3.zip/Audio and Transcription/clip.wav", 1, 1, 0, None, "Alexa_3.zip")]
    assert discovery.layouts(members + german) == ["amazon-2018", "amazon-de-alexa-2021"]


def test_echo_titles_are_searched_only_in_slices_that_mention_echo(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: Counter[str] = Counter()
    monkeypatch.setattr(devices, "ECHO_TITLE", _CountedSearch(devices.ECHO_TITLE, seen))
    plain = [f"Product {i}" for i in range(3 * devices._SCAN_SLICE)]
    titles = [*plain, "Echo Dot (3rd Gen) with Alexa", None, "echoes"]
    found = devices._echo_titles(pd.Series(titles, dtype=object).to_numpy())
    assert list(found[-3:]) == [True, False, False] and found.sum() == 1
    assert seen["search"] <= 1 + len(titles) - 3 * devices._SCAN_SLICE  # the last slice: once whole, then per title


class _CountedSearch:
    def __init__(self, pattern: re.Pattern[str], seen: Counter[str]) -> None:
        self.pattern, self.seen = pattern, seen

    def search(self, text: str) -> re.Match[str] | None:
        self.seen["search"] += 1
        return self.pattern.search(text)
