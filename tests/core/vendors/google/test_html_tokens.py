"""The HTML tokenizer and the HTML reader on odd and hostile pages."""

from __future__ import annotations

import time

import pytest

from core.errors import ImportCancelled
from core.model import ImportReport
from core.vendors.google.activity_html import _slices, read_activity_html
from core.vendors.google.htmltokens import tokenize
from tests.core.vendors.google import synth


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag) -> None:
        self.events.append(("end", tag))

    def handle_data(self, data) -> None:
        self.events.append(("data", data))


def test_tokens() -> None:
    rec = Recorder()
    tokenize('<!DOCTYPE html><!-- c --><P Class=x data-y=\'a&amp;b\' hidden>1 &lt; 2 &amp; <b>3</b></p>'
             '<script>if (a<b) alert("<div>")</script><br/>a < b', rec)
    assert rec.events == [
        ("start", "p", [("class", "x"), ("data-y", "a&b"), ("hidden", None)]),
        ("data", "1 < 2 & "), ("start", "b", []), ("data", "3"), ("end", "b"), ("end", "p"),
        ("start", "br", []), ("data", "a "), ("data", "<"), ("data", " b"),
    ]


def test_tokenizer_is_linear_on_unterminated_quotes() -> None:
    hostile = ('<a href="' + "x" * 1000) * 5000 + "<div " * 20000
    start = time.perf_counter()
    tokenize(hostile, Recorder())
    assert time.perf_counter() - start < 2.0


def test_markup_in_entries_stays_text() -> None:
    entry = synth.html_entry("Search", 'Searched for&nbsp;<a href="https://www.google.com/search?q=x">'
                             '&lt;img src=http://127.0.0.1/&gt; $\\frac{1}{2}$</a>', "Jul 4, 2023, 11:30:15 PM UTC")
    entries, rejected, _ = read_activity_html(synth.html_page("Search", [entry]), "m", "search", ImportReport())
    assert rejected == 0
    assert entries[0].title == "Searched for <img src=http://127.0.0.1/> $\\frac{1}{2}$"
    assert entries[0].title_url == "https://www.google.com/search?q=x"


def test_remote_audio_links_are_not_clips() -> None:
    entry = synth.html_entry("Assistant", "Said hi", "Jul 4, 2023, 11:30:15 PM UTC",
                             lines=['<a href="https://example.invalid/a.mp3">link</a>'])
    entries, _, _ = read_activity_html(synth.html_page("A", [entry]), "m", "assistant", ImportReport())
    assert entries[0].audio_files == []


def test_slices_cut_before_entries() -> None:
    page = synth.html_page("S", [synth.html_entry("Search", f"Searched for q{i}", "Jul 4, 2023, 11:30:15 PM UTC")
                                 for i in range(50)]).decode()
    pieces = _slices(page, size=500)
    assert "".join(pieces) == page and len(pieces) > 10
    assert all(p.startswith('<div class="outer-cell') for p in pieces[1:])


def test_large_html_can_be_cancelled() -> None:
    page = synth.html_page("S", [synth.html_entry("Search", f"Searched for q{i}", "Jul 4, 2023, 11:30:15 PM UTC")
                                 for i in range(6000)])
    assert len(page) > 2 << 20
    calls: list[float] = []

    def tick(fraction: float) -> None:
        calls.append(fraction)
        raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        read_activity_html(page, "m", "search", ImportReport(), tick)
    assert len(calls) == 1 and calls[0] < 1


def test_audio_as_a_link_with_text() -> None:
    entry = synth.html_entry("Assistant", "Said hi", "Jul 4, 2023, 11:30:15 PM UTC",
                             lines=["It said hello.", '<a href="Aufnahme%20001.mp3">Aufnahme 001.mp3</a>'])
    entries, _, _ = read_activity_html(synth.html_page("A", [entry]), "m", "assistant", ImportReport())
    assert entries[0].audio_files == ["Aufnahme 001.mp3"]
    assert entries[0].subtitles == ["It said hello."]
