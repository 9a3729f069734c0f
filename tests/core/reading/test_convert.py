"""Converters: explicit timestamp styles, Decimal money, placeholders, text sanitising."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from core.reading.convert import (
    parse_money,
    parse_quantity,
    parse_times,
    sanitize_text,
    split_and,
    text_or_none,
)
from core.reading.tabular import fix_mojibake


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def test_three_timestamp_styles_all_utc() -> None:
    cells = pd.Series(["11/11/2021 22:32:48 UTC", "2024-11-03T12:32:17Z", "2026-05-02T20:34:44.221Z",
                       "2020-02-27 15:52:06", "2020-02-27 15:52:08.0", "2024-07-19T19:52:49+00:00"])
    times, bad = parse_times(cells)
    assert not bad.any()
    assert list(times) == [utc("2021-11-11 22:32:48"), utc("2024-11-03 12:32:17"), utc("2026-05-02 20:34:44.221"),
                           utc("2020-02-27 15:52:06"), utc("2020-02-27 15:52:08"), utc("2024-07-19 19:52:49")]


def test_month_first_is_never_guessed_as_day_first() -> None:
    times, bad = parse_times(pd.Series(["01/02/2021 03:04:05 UTC", "13/01/2021 00:00:00 UTC"]))
    assert times.iloc[0] == utc("2021-01-02 03:04:05")
    assert list(bad) == [False, True]  # there is no 13th month: rejected, not swapped


def test_placeholders_and_and_joined_cells() -> None:
    cells = pd.Series(["Not Available", "", "N/A", "2024-07-19T19:52:49Z and 2024-07-19T20:23:05+00:00", "soon"])
    times, bad = parse_times(cells)
    assert times.iloc[:3].isna().all() and not bad.iloc[:3].any()
    assert times.iloc[3] == utc("2024-07-19 19:52:49")
    assert list(bad) == [False, False, False, False, True]
    assert split_and("AMZN(1) and DHL(2) and Not Available") == ["AMZN(1)", "DHL(2)"]


def test_epoch_style_milliseconds_and_seconds() -> None:
    times, bad = parse_times(pd.Series(["1528000000000", "1528000000", "12"]), ("epoch",))
    assert list(times.iloc[:2]) == [utc("2018-06-03 04:26:40"), utc("2018-06-03 04:26:40")]
    assert list(bad) == [False, False, True]


def test_money_exact_decimals() -> None:
    amounts, bad = parse_money(pd.Series(["'-21.25'", "12", "819.66", "Not Available", "$1,234.50", "abc", "0"]))
    assert list(amounts) == [Decimal("-21.25"), Decimal("12"), Decimal("819.66"), None, Decimal("1234.50"), None,
                             Decimal("0")]
    assert list(bad) == [False, False, False, False, False, True, False]
    assert str(amounts.iloc[1]) == "12"


def test_decimal_commas_and_thousands_separators() -> None:
    cells = pd.Series(["12,99", "1.234,56", "1,234.56", "1,234", "5,49 €", "EUR 7.00", "1,2,3", "-0,50"])
    amounts, bad = parse_money(cells)
    assert list(amounts) == [Decimal("12.99"), Decimal("1234.56"), Decimal("1234.56"), Decimal("1234"),
                             Decimal("5.49"), Decimal("7.00"), None, Decimal("-0.50")]
    assert list(bad) == [False] * 6 + [True, False]


def test_quantity() -> None:
    values, bad = parse_quantity(pd.Series(["1", "2.0", "Not Available", "x"]))
    assert list(values) == [1, 2, None, None]
    assert list(bad) == [False, False, False, True]


def test_sanitiser() -> None:
    assert sanitize_text("e\u0301") == "é"  # NFC
    assert sanitize_text("a\x00b\x07c\td\ne") == "abc\td\ne"
    assert sanitize_text("x\ud800y") == "x\ufffdy"
    assert sanitize_text("abc\u202edef") == "abc[RLO]def"
    assert sanitize_text("zero\u200bwidth") == "zero[ZWSP]width"
    assert list(text_or_none(pd.Series(["Not Applicable", " kept ", "x\u202e"]))) == [None, " kept ", "x[RLO]"]


def test_mojibake_repair_only_when_valid() -> None:
    assert fix_mojibake("Ã\x85MÃ\x85Å½Ã\x95Ã\x91") == "ÅMÅŽÕÑ"  # Latin-1 flavour (hudi sample)
    assert fix_mojibake("KÃ¤se") == "Käse"
    assert fix_mojibake("Ã¼ber ☃") == "Ã¼ber ☃"  # a character outside cp1252: left alone
    assert fix_mojibake("Ã(") == "Ã("  # not valid UTF-8 after undoing: left alone


@given(st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_money_roundtrip(value: Decimal) -> None:
    amounts, bad = parse_money(pd.Series([f"'{value}'", str(value)]))
    assert list(amounts) == [value, value] and not bad.any()


@given(st.text(max_size=40))
def test_sanitiser_total(text: str) -> None:
    clean = sanitize_text(text)
    assert "\x00" not in clean and not any(0xD800 <= ord(c) <= 0xDFFF for c in clean)
    clean.encode("utf-8")


def test_repeated_times_parsed_once_same_result() -> None:
    cells = pd.Series(["11/11/2021 22:32:48 UTC"] * 6 + ["Not Available", "bad", "bad", "Not Available"])
    times, bad = parse_times(cells)
    assert list(times.iloc[:6]) == [utc("2021-11-11 22:32:48")] * 6
    assert times.iloc[6:].isna().all()
    assert list(bad) == [False] * 7 + [True, True, False]
    assert list(times.index) == list(cells.index)


def test_big_time_columns_are_parsed_in_slices_with_the_same_result(monkeypatch) -> None:
    """Slicing keeps each pandas call short (the GUI thread gets the GIL between slices), values unchanged."""
    import pandas as pd

    import core.reading.convert as convert

    text = pd.Series([f"2021-11-{d % 28 + 1:02d}T{d % 24:02d}:32:48Z" for d in range(1000)]
                     + ["garbage", "0017-01-02T00:00:00Z", "11/11/2021 22:32:48 UTC"], index=range(5, 1008))
    whole = convert._parse_formats(text, "iso")
    calls = []
    real = pd.to_datetime
    monkeypatch.setattr(convert, "_CHUNK", 100)
    monkeypatch.setattr(convert.pd, "to_datetime", lambda values, **kw: calls.append(len(values)) or real(values, **kw))
    sliced = convert._parse_formats(text, "iso")
    assert sliced.equals(whole) and list(sliced.index) == list(text.index)
    assert max(calls) == 100 and sum(calls) == len(text)
    assert whole.isna().sum() == 3
