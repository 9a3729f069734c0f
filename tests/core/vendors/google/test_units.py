"""Converters: locale prices, ISO times, file-name times, localised title prefixes, JSON edge cases."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.vendors.google.activity import SAID_PREFIXES, SEARCHED_PREFIXES, query_from_url, strip_prefix
from core.vendors.google.jsonio import JsonUnreadable, clean_text, parse_iso_time, parse_json_bytes
from core.vendors.google.money import Money, PriceError, parse_price
from core.vendors.google.voice import time_from_filename


@pytest.mark.parametrize(("raw", "locale", "country", "amount", "currency"), [
    ("5,49 €", "it_IT", "IT", "5.49", "EUR"),
    ("0,00 USD", "de_DE", "DE", "0.00", "USD"),
    ("1.234,50 €", "de_DE", "DE", "1234.50", "EUR"),
    ("US$1,234.50", "en_US", "US", "1234.50", "USD"),
    ("$4.99", "en_US", "US", "4.99", "USD"),
    ("CA$4.99", "en_CA", "CA", "4.99", "CAD"),
    ("CHF 5.49", "de_CH", "CH", "5.49", "CHF"),
    ("£3", "en_GB", "GB", "3", "GBP"),
    ("1 234,56 zł", "pl_PL", "PL", "1234.56", "PLN"),
    ("-2,00 €", "fr_FR", "FR", "-2.00", "EUR"),
    ("99 kr", "sv_SE", "SE", "99", "SEK"),
    ("€4.99", None, None, "4.99", "EUR"),
    ("4,99 €", None, None, "4.99", "EUR"),
    ("EUR 12.50", None, None, "12.50", "EUR"),
])
def test_prices(raw, locale, country, amount, currency) -> None:
    assert parse_price(raw, locale, country) == Money(Decimal(amount), currency)


@pytest.mark.parametrize(("raw", "locale", "country"), [
    ("5.49 €", "de_DE", "DE"),      # a dot in a comma locale could be a thousands separator
    ("5,49 $", "en_US", "US"),
    ("$4.99", "en_GB", "GB"),       # which dollar?
    ("1,234 €", None, None),        # unknown locale and ambiguous
    ("", "de_DE", "DE"),
    ("gratis", "de_DE", "DE"),
])
def test_prices_refused(raw, locale, country) -> None:
    with pytest.raises(PriceError):
        parse_price(raw, locale, country)


@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False))
def test_german_prices_round_trip(value: Decimal) -> None:
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"
    assert parse_price(text, "de_DE", "DE") == Money(value, "EUR")


def test_iso_times() -> None:
    assert parse_iso_time("2023-08-23T03:49:28.734Z") == datetime(2023, 8, 23, 3, 49, 28, 734000, tzinfo=UTC)
    assert parse_iso_time("2023-01-27T22:46:47.389352Z") == datetime(2023, 1, 27, 22, 46, 47, 389352, tzinfo=UTC)
    assert parse_iso_time("2023-01-27T22:46:47.389352123Z") == datetime(2023, 1, 27, 22, 46, 47, 389352,
                                                                        tzinfo=UTC)
    assert parse_iso_time("2023-01-27T23:46:47+01:00") == datetime(2023, 1, 27, 22, 46, 47, tzinfo=UTC)
    for bad in ("2023-01-27T22:46:47", "2023-02-30T00:00:00Z", "yesterday", None, 1674859607):
        assert parse_iso_time(bad) is None


def test_times_from_file_names() -> None:
    assert time_from_filename("2021-05-04 10_11_12 UTC.mp3") == datetime(2021, 5, 4, 10, 11, 12, tzinfo=UTC)
    assert time_from_filename("audio_20181012_081530.mp3") == datetime(2018, 10, 12, 8, 15, 30, tzinfo=UTC)
    assert time_from_filename("1539332130000.mp3") == datetime(2018, 10, 12, 8, 15, 30, tzinfo=UTC)
    assert time_from_filename("1539332130.mp3") == datetime(2018, 10, 12, 8, 15, 30, tzinfo=UTC)
    assert time_from_filename("clip-001.mp3") is None


def test_prefixes() -> None:
    assert strip_prefix("Said what's the time", SAID_PREFIXES) == ("what's the time", True)
    assert strip_prefix("Gesagt: „Licht an“", SAID_PREFIXES) == ("Licht an", True)
    assert strip_prefix("Saidaword", SAID_PREFIXES) == ("Saidaword", False)
    assert strip_prefix("Said", SAID_PREFIXES) == (None, True)
    assert strip_prefix("Hai cercato meteo Torino", SEARCHED_PREFIXES) == ("meteo Torino", True)
    assert query_from_url("https://www.google.com/search?q=caf%C3%A9+%26+bar") == "café & bar"
    assert query_from_url("https://example.invalid/search?q=x") is None


def test_json_edge_cases() -> None:
    assert parse_json_bytes(b"\xef\xbb\xbf[1]") == ([1], [])
    assert parse_json_bytes(b'{"a": 1, "a": 2}') == ({"a": 2}, ["a"])
    for data, message in (
        (b"[Infinity]", "The file contains the non-standard number Infinity."),
        (b"[" + b"9" * 5000 + b"]", "The file holds a number too long to be genuine data."),
        (b"[\"\xff\"]", "The file is not UTF-8 text."),
        (b"   ", "The file is empty."),
    ):
        with pytest.raises(JsonUnreadable) as info:
            parse_json_bytes(data)
        assert str(info.value) == message
    value, _ = parse_json_bytes(b'["\\ud800x\\u0007y\\u00a0"]')
    assert clean_text(value[0]) == "\ufffdxy"


def test_bidi_controls_become_visible() -> None:
    assert clean_text("abc\u202edef\u200b") == "abc[RLO]def[ZWSP]"


def test_german_pay_csv() -> None:
    from core.model import ImportReport
    from core.vendors.google.pay import read_transactions

    data = ("\ufeffZeit,Transaktions-ID,Beschreibung,Produkt,Zahlungsmethode,Status,Betrag\n"
            "\"09.02.2021, 14:35\",TX-9,Kino,Google Pay,Visa,Abgeschlossen,\"4,99 €\"\n"
            "2021-02-10T08:00:00Z,TX-10,Bäcker,Google Pay,Visa,Abgeschlossen,\"2.50 €\"\n").encode("utf-8")
    report = ImportReport()
    rows, rejected = read_transactions(data, "m.csv", report, "de")
    assert rejected == 0
    assert [(r["time"], r["order_id"], r["title"], r["amount"], r["currency"], r["line"]) for r in rows] == [
        (datetime(2021, 2, 9, 14, 35, tzinfo=UTC), "TX-9", "Kino", Decimal("4.99"), "EUR", 2),
        (datetime(2021, 2, 10, 8, 0, tzinfo=UTC), "TX-10", "Bäcker", None, None, 3),
    ]
    assert [p.message for p in report.problems] == [
        "The price “2.50 €” does not fit the locale de and was not guessed.",
        "1 transaction times state no time zone; they are read as UTC.",
    ]
