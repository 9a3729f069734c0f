"""English and German Takeouts with My Activity as HTML: times, zone labels, audio links, captions."""

from __future__ import annotations

import pandas as pd

from core.vendors.google.htmltime import parse_html_time


def ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


def test_english_html_exact(parsed) -> None:
    export = parsed["en-html"]
    prefix = "takeout-en-html.zip/Takeout/My Activity/"
    assert export.layouts == ["google-takeout", "google-my-activity-html"]
    rows = [(r["audio_member"], r["time"], r["transcript"], r["device_name"], r["response"], r["time_source"])
            for r in export.recordings.to_dict("records")]
    assert rows == [
        (prefix + "Assistant/clip-h2.mp3", ts("2018-03-08T17:14:40Z"), "play the radio", None, None, "index"),
        # labelled BST although BST is a summer zone: converted with the label (+1 h), flagged below
        (prefix + "Assistant/clip-h1.mp3", ts("2023-01-15T07:05:10Z"), "what time is it", "Bedroom display",
         "It's eight o'clock.", "index"),
    ]
    searches = export.searches.to_dict("records")
    assert [(s["query"], s["time"]) for s in searches] == [("night buses <Leeds>", ts("2023-07-04T22:30:15Z"))]
    notes = [n.message for n in export.report.notes]
    assert ("Entry 1: the time is labelled BST, but Europe/London showed GMT on that date, so it may be 1 hour "
            "off.") in notes
    assert ("3 times state no zone or the zone the export was made in, not necessarily the event's: zone "
            "uncertain.") in notes
    assert "Entry 2 has an unreadable time (not a time) and was not used." in [p.message for p in
                                                                              export.report.problems]


def test_german_html_exact(parsed) -> None:
    export = parsed["de-html"]
    prefix = "takeout-de-html.zip/Takeout/Meine Aktivitäten/"
    rows = [(r["audio_member"], r["time"], r["transcript"], r["device_name"])
            for r in export.recordings.to_dict("records")]
    assert rows == [
        (prefix + "Assistant/ton-2.mp3", ts("2021-07-14T05:00:00Z"), "wie spät ist es", None),
        (prefix + "Assistant/ton-1.mp3", ts("2021-11-23T08:21:36Z"), "Musik leiser", "Küche"),
    ]
    assert [(s["query"], s["time"]) for s in export.searches.to_dict("records")] == [
        ("Rezept", ts("2021-05-02T16:45:00Z"))]
    assert export.report.problems == []


def test_html_time_formats() -> None:
    cases = {
        "Mar 8, 2018, 5:14:40 PM": ("2018-03-08T17:14:40Z", None),
        "Jan 25, 2019, 8:23:48 AM GMT": ("2019-01-25T08:23:48Z", "GMT"),
        "Sep 10, 2019, 8:51:45 PM PDT": ("2019-09-11T03:51:45Z", "PDT"),
        "23 nov 2021, 09:21:36 CET": ("2021-11-23T08:21:36Z", "CET"),
        "23.11.2021, 09:21:36 MEZ": ("2021-11-23T08:21:36Z", "MEZ"),
        "2 Mai 2021, 18:45:00 MESZ": ("2021-05-02T16:45:00Z", "MESZ"),
        "Aug 25, 2020, 5:06:44\u202fPM GMT+02:00": ("2020-08-25T15:06:44Z", "GMT+02:00"),
        "Dec 31, 2020, 12:00:01 AM UTC": ("2020-12-31T00:00:01Z", "UTC"),
    }
    for text, (utc, label) in cases.items():
        parsed = parse_html_time(text)
        assert parsed is not None, text
        assert pd.Timestamp(parsed.utc) == pd.Timestamp(utc), text
        assert parsed.label == label
    assert parse_html_time("Jan 15, 2023, 8:05:10 AM BST").warning is not None
    assert parse_html_time("Jul 15, 2023, 8:05:10 AM BST").warning is None
    for bad in ("yesterday", "Foo 1, 2020, 1:00:00 PM", "Jan 32, 2020, 1:00:00 PM", "Jan 1, 2020, 13:00:00 PM",
                "Jan 1, 2020, 1:00:00 PM XYZ"):
        assert parse_html_time(bad) is None, bad
