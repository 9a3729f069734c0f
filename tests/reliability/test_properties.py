"""Property-based tests (Hypothesis) for the converters and sanitisers every export string passes through."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from core.letters.sanitise import BIDI_CONTROLS, INVISIBLE, clean, clean_line
from core.reading.convert import PLACEHOLDERS, parse_money, parse_quantity, parse_times, sanitize_text, split_and
from core.reading.tabular import fix_mojibake, normalise
from core.source.zipnames import _odd_because, odd_name_reason, shown

FAST = settings(max_examples=200, deadline=None)
moments = st.datetimes(min_value=datetime(2005, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(microsecond=0))
any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=80)
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _series(values: list[str]) -> pd.Series:
    return pd.Series(values, dtype=object)


# ---- timestamps -----------------------------------------------------------------------------------
@FAST
@given(st.lists(moments, min_size=1, max_size=20), st.sampled_from(["%m/%d/%Y %H:%M:%S UTC", "%m/%d/%Y %H:%M:%S GMT",
                                                                    "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S"]))
def test_timestamps_round_trip_in_every_declared_style(values, fmt) -> None:
    times, bad = parse_times(_series([v.strftime(fmt) for v in values]))
    assert not bad.any()
    assert list(times) == [pd.Timestamp(v, tz="UTC") for v in values]


@FAST
@given(moments.filter(lambda d: d.day > 12))
def test_us_dates_are_never_read_day_first(moment) -> None:
    swapped = moment.strftime("%d/%m/%Y %H:%M:%S UTC")  # day first: an impossible month for US style
    times, bad = parse_times(_series([moment.strftime("%m/%d/%Y %H:%M:%S UTC"), swapped]), styles=("us",))
    assert times.iloc[0] == pd.Timestamp(moment, tz="UTC")
    assert pd.isna(times.iloc[1]) and bool(bad.iloc[1])


@FAST
@given(moments, st.integers(-14 * 60, 14 * 60))
def test_offsets_are_converted_to_utc(moment, minutes) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    times, bad = parse_times(_series([aware.isoformat()]))
    assert not bad.any() and times.iloc[0] == pd.Timestamp(aware.astimezone(UTC))


@FAST
@given(st.lists(any_text, max_size=15))
def test_any_text_gives_times_or_a_counted_problem_never_an_exception(values) -> None:
    times, bad = parse_times(_series(values), styles=("us", "iso", "rfc", "epoch"))
    assert len(times) == len(bad) == len(values)
    for value, t, b in zip(values, times, bad, strict=True):
        if value.strip().lower() in PLACEHOLDERS:
            assert pd.isna(t) and not b
        else:
            assert pd.isna(t) == bool(b) or not pd.isna(t)


# ---- money and quantities ---------------------------------------------------------------------------
cents = st.integers(-10**9, 10**9)


@FAST
@given(cents, st.sampled_from(["{}", "'{}'", "{} EUR", "EUR {}", "€{}", "$ {}", " {} "]), st.booleans())
def test_money_round_trips_exactly_as_decimal(amount, pattern, thousands) -> None:
    value = Decimal(amount) / 100
    number = f"{value:,.2f}" if thousands else f"{value:.2f}"
    parsed, bad = parse_money(_series([pattern.format(number)]))
    assert not bad.iloc[0] and parsed.iloc[0] == value and isinstance(parsed.iloc[0], Decimal)


@FAST
@given(st.lists(any_text, max_size=15))
def test_money_of_any_text_is_a_decimal_absent_or_flagged(values) -> None:
    parsed, bad = parse_money(_series(values))
    for p, b in zip(parsed, bad, strict=True):
        assert (p is None) or (isinstance(p, Decimal) and p.is_finite() and not b)


@FAST
@given(st.integers(0, 10**9 - 1), st.booleans())
def test_quantities_round_trip(n, as_float) -> None:
    parsed, bad = parse_quantity(_series([f"{n}.0" if as_float else str(n)]))
    assert not bad.iloc[0] and parsed.iloc[0] == n


@FAST
@given(st.lists(st.text(min_size=1, max_size=20).filter(lambda s: " and " not in f" {s} "), min_size=1, max_size=5))
def test_split_and_keeps_every_real_value(parts) -> None:
    wanted = [p.strip() for p in parts if p.strip() and p.strip().lower() not in PLACEHOLDERS]
    assert split_and(" and ".join(parts)) == wanted


# ---- names --------------------------------------------------------------------------------------------
NAME_PIECES = ["/", "\\", ".", " ", "..", ":", "C:", "con", "CON.txt", "lpt1", "com\u0661", "a", "é", "\x00", "\x1f",
               "\x7f", "\x85", "\x9b", "\u202e", "\u2066", "\u017f"]


@FAST
@given(st.one_of(any_text, st.lists(st.sampled_from(NAME_PIECES), max_size=8).map("".join)))
def test_the_quick_look_at_entry_names_misses_nothing(name) -> None:
    """``odd_name_reason`` looks at a name with one regex first; whatever the full checks flag, it flags."""
    assert odd_name_reason(name) == _odd_because(name)


@FAST
@given(any_text)
def test_shown_names_have_no_invisible_direction_or_control_characters(name) -> None:
    out = shown(name)
    assert not any(ch in BIDI or unicodedata.category(ch) == "Cc" for ch in out)
    assert shown(out) == out  # escaping is stable


@FAST
@given(any_text)
def test_column_name_normalisation_is_idempotent_and_ignores_bom_and_quotes(name) -> None:
    n = normalise(name)
    assert normalise(n) == n
    assert normalise('\ufeff"' + name + '"') == n


@FAST
@given(st.text(alphabet=st.characters(min_codepoint=0xA0, max_codepoint=0x17F), min_size=1, max_size=30))
def test_mojibake_of_latin_text_is_repaired(text) -> None:
    garbled = text.encode("utf-8").decode("cp1252", errors="strict") if _cp1252_ok(text) else None
    if garbled is not None:
        assert fix_mojibake(garbled) == text
    assert fix_mojibake(text) in (text, fix_mojibake(text))


def _cp1252_ok(text: str) -> bool:
    try:
        text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


# ---- the text sanitisers -----------------------------------------------------------------------------
@FAST
@given(any_text)
def test_ingest_sanitiser_output_is_safe_and_stable(value) -> None:
    out = sanitize_text(value)
    out.encode("utf-8")  # no lone surrogates
    assert not any(ch in BIDI or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\x80\x81\x82\x83\x84\x85"
                                                                         "\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
                                                                         "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99"
                                                                         "\x9a\x9b\x9c\x9d\x9e\x9f")
                   for ch in out), repr(out)
    assert sanitize_text(out) == out
    assert unicodedata.is_normalized("NFC", out) or not out.isprintable()


@FAST
@given(any_text, st.integers(2, 200))
def test_letter_sanitiser_output_is_safe_bounded_and_stable(value, limit) -> None:
    out = clean(value)
    out.encode("utf-8")
    assert not any(ch in BIDI_CONTROLS or ch in INVISIBLE or (unicodedata.category(ch) == "Cc" and ch not in "\t\n")
                   for ch in out)
    assert clean(out) == out
    line = clean_line(value, max_length=limit)
    assert "\n" not in line and "\t" not in line and len(line) <= limit
    line.encode("utf-8")


all_years = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
    lambda d: d.replace(microsecond=0))


def _styled(m: datetime, style: str) -> str:  # strftime("%Y") does not pad years below 1000 on glibc
    day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][m.weekday()]
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m.month - 1]
    return {"iso": f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m:%H:%M:%S}Z",
            "us": f"{m.month:02d}/{m.day:02d}/{m.year:04d} {m:%H:%M:%S} UTC",
            "rfc": f"{day}, {m.day:02d} {month} {m.year:04d} {m:%H:%M:%S} GMT"}[style]


@FAST
@given(all_years, st.sampled_from(["iso", "us", "rfc"]))
def test_any_year_parses_exactly_or_is_counted_never_crashes(moment, style) -> None:
    """Found by the fuzzer: a cut year ("0017-…") came back at seconds resolution and broke the assignment."""
    times, bad = parse_times(_series([_styled(moment, style), "2017-01-02T03:04:05Z"]),
                             styles=("us", "iso", "rfc", "epoch"))
    assert str(times.dtype) == "datetime64[ns, UTC]" and not bool(bad.iloc[1])
    if bool(bad.iloc[0]):
        assert pd.isna(times.iloc[0])
    else:
        assert times.iloc[0] == pd.Timestamp(moment, tz="UTC")


@FAST
@given(st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=4))
def test_quantities_of_unicode_digits_are_flagged_not_crashes(text) -> None:
    parsed, bad = parse_quantity(_series([text]))
    assert (parsed.iloc[0] is None and bool(bad.iloc[0])) or parsed.iloc[0] == int(text)
