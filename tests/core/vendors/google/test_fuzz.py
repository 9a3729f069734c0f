"""Arbitrary input never escapes as anything but the readers' own plain-sentence errors."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import ImportReport
from core.vendors.google.activity_html import read_activity_html
from core.vendors.google.activity_json import read_activity_json
from core.vendors.google.htmltime import parse_html_time
from core.vendors.google.jsonio import JsonUnreadable
from core.vendors.google.money import PriceError, parse_price
from core.vendors.google.play import read_orders, read_purchases

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["header", "title", "titleUrl", "time", "audioFiles", "subtitles", "details", "products",
                         "orderHistory", "purchaseHistory", "lineItem", "doc", "totalPrice", "userLocale", "x"]),
        children, max_size=5),
    max_leaves=25)
html_bits = st.lists(st.sampled_from([
    '<div class="outer-cell">', '<div class="content-cell mdl-typography--body-1">', "</div>", "<br>", "<b>",
    "</b>", '<p class="mdl-typography--title">', "</p>", '<a href="x.mp3">', '<a href="https://www.google.com/'
    'search?q=a">', "</a>", "<audio><source src='y.mp3'>", "Said hi", "Jan 1, 2020, 1:00:00 PM UTC", "&amp;",
    "<", ">", '"', "<!--", "<script>", "Products:", '<div class="content-cell mdl-typography--caption">',
]), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_json_readers_only_raise_their_own_error(value) -> None:
    for reader in (lambda v: read_activity_json(v, "m", None, ImportReport()),
                   lambda v: read_orders(v, "m", ImportReport(), __import__("core.model").model.Account()),
                   lambda v: read_purchases(v, "m", ImportReport(), [])):
        with contextlib.suppress(JsonUnreadable):
            reader(value)


@settings(max_examples=150, deadline=None)
@given(html_bits | st.text(max_size=200))
def test_html_reader_never_raises(text: str) -> None:
    entries, rejected, _ = read_activity_html(text.encode("utf-8", "surrogatepass"), "m", "assistant",
                                              ImportReport())
    assert rejected >= 0 and all(e.time is not None for e in entries)


@given(st.text(max_size=60))
def test_time_and_price_parsers_never_crash(text: str) -> None:
    parse_html_time(text)
    with contextlib.suppress(PriceError):
        parse_price(text, "de_DE", "DE")


def test_odd_types_inside_orders_are_tolerated() -> None:
    from core.model import Account

    base = {"creationTime": "2020-01-01T00:00:00Z", "totalPrice": "1,00 €",
            "userLocale": {"languageCode": "de_DE", "country": "DE"}}
    for extra in ({"lineItem": 5}, {"associatedContact": 5}, {"billingContact": {"addressLine": 5}},
                  {"lineItem": [{"doc": {"title": "x"}, "quantity": 10**20}]}, {"userLocale": "de"}):
        rows, rejected = read_orders([{"orderHistory": {**base, **extra}}], "m", ImportReport(), Account())
        assert rejected == 0 and len(rows) == 1 and rows[0]["quantity"] is None


def test_a_file_with_odd_types_is_unreadable_not_a_crash(tmp_path) -> None:
    from tests.core.vendors.google import synth
    from tests.core.vendors.google.conftest import parse_paths

    tree = {"Profile/Profile.json": b'{"name": 5, "emails": 7, "displayName": ["x"]}',
            "My Activity/Search/MyActivity.json": b'[{"header": "Search", "time": "2020-01-01T00:00:00Z", '
                                                  b'"title": {"a": 1}, "titleUrl": 3}]'}
    export = parse_paths([synth.write_zip(tree, tmp_path / "takeout-odd.zip")])
    assert sorted((f.member.rsplit("/", 1)[1], f.status) for f in export.report.files) == [
        ("MyActivity.json", "recognised"), ("Profile.json", "recognised")]
    assert export.account.names == [] and export.account.emails == []
