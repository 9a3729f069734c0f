"""English and German Takeouts with My Activity as JSON parse to exact values."""

from __future__ import annotations

import zlib
from decimal import Decimal

import pandas as pd

from core.model import RECORDING_COLUMNS, recording_id


def ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(text).tz_convert("UTC") if pd.Timestamp(text).tzinfo else pd.Timestamp(text, tz="UTC")


def records(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict("records")


def test_english_recordings_exact(parsed, trees) -> None:
    export = parsed["en-json"]
    tree = trees["en-json"]
    prefix = "takeout-en-json.zip/Takeout/"
    assert export.vendor == "google"
    assert export.layouts == ["google-takeout", "google-my-activity-json"]
    assert len(export.devices) == 0
    assert tuple(export.recordings.columns) == RECORDING_COLUMNS
    assert str(export.recordings["time"].dtype) == "datetime64[ns, UTC]"
    listed_only = [r for r in records(export.recordings) if r["audio_member"] is None]
    assert [(r["time"], r["time_source"], r["transcript"], r["member"], r["sha256"]) for r in listed_only] == [
        (ts("2019-04-02T12:00:00Z"), "index", "Used Assistant", prefix + "My Activity/Assistant/MyActivity.json",
         None)]  # entry 4 names clip-missing.mp3: a recording with no audio in the export, as Amazon's are
    got = {r["audio_member"]: r for r in records(export.recordings) if r["audio_member"]}
    assert list(got) == [prefix + p for p in (
        "My Activity/Assistant/2021-05-04 10_11_12 UTC.mp3", "My Activity/Assistant/clip-002.mp3",
        "My Activity/Assistant/clip-001.mp3", "My Activity/Voice and Audio/clip-003.mp3")]
    expected = {
        "My Activity/Assistant/clip-001.mp3": dict(
            time=ts("2023-08-23T03:49:28.734Z"), time_source="index", device_name="Kitchen speaker",
            transcript="what's the weather in Leeds", response="It's 14 degrees and cloudy in Leeds.",
            member=prefix + "My Activity/Assistant/MyActivity.json"),
        "My Activity/Assistant/clip-002.mp3": dict(
            time=ts("2023-01-27T22:46:47.389352Z"), time_source="index", device_name=None,
            transcript="set a timer for ten minutes", response=None,
            member=prefix + "My Activity/Assistant/MyActivity.json"),
        "My Activity/Voice and Audio/clip-003.mp3": dict(
            time=ts("2024-02-10T18:30:00.500Z"), time_source="index", device_name=None, transcript="call mum",
            response=None, member=prefix + "My Activity/Voice and Audio/My Activity.json"),
        "My Activity/Assistant/2021-05-04 10_11_12 UTC.mp3": dict(
            time=ts("2021-05-04T10:11:12Z"), time_source="filename", device_name=None, transcript=None,
            response=None, member=prefix + "My Activity/Assistant/2021-05-04 10_11_12 UTC.mp3"),
    }
    for rel, want in expected.items():
        row = got[prefix + rel]
        for key, value in want.items():
            assert row[key] == value, (rel, key, row[key])
        assert row["id"] == recording_id(prefix + rel)
        assert row["audio_format"] == "mp3"
        assert row["size"] == len(tree[rel])
        assert row["crc32"] == zlib.crc32(tree[rel])
        assert row["sha256"] is None and row["duration_s"] is None and row["device_serial"] is None
    # microseconds survive exactly
    assert got[prefix + "My Activity/Assistant/clip-002.mp3"]["time"].microsecond == 389352


def test_english_report_names_missing_and_unlinked_audio(parsed) -> None:
    report = parsed["en-json"].report
    problems = [p.message for p in report.problems]
    notes = [p.message for p in report.notes]
    assert "Entry 4 names the audio file clip-missing.mp3, which is not in the export." in problems
    assert "Entry 5 has an unreadable time (yesterday) and was not used." in problems
    assert any(n.startswith("1 voice entry has no audio file") for n in notes)
    assert any(n.startswith("No activity entry names this audio file; it is listed as a recording, dated from "
                            "its file name") for n in notes)
    datasets = {f.member.rsplit("Takeout/", 1)[1]: (f.dataset, f.rows, f.rejected) for f in report.files
                if f.status == "recognised"}
    assert datasets["My Activity/Assistant/MyActivity.json"] == ("google.voice", 3, 1)  # one with no audio
    assert datasets["My Activity/Search/MyActivity.json"] == ("google.search", 2, 0)
    assert datasets["Google Play Store/Order History.json"] == ("google.play.orders", 4, 0)


def test_english_searches_exact(parsed) -> None:
    searches = records(parsed["en-json"].searches)
    assert [(s["time"], s["query"], s["store"]) for s in searches] == [
        (ts("2023-03-01T09:15:00.123Z"), "bus timetable Leeds", "google"),
        (ts("2023-03-02T06:00:00Z"), "weather tomorrow", "google"),  # no prefix: taken from titleUrl q=
    ]
    assert any("1 search-activity entry is not a search" in n.message for n in parsed["en-json"].report.notes)


def test_english_purchases_exact(parsed) -> None:
    rows = [(r["order_id"], r["title"], r["quantity"], r["amount"], r["currency"], r["kind"], r["website"])
            for r in records(parsed["en-json"].purchases)]
    assert rows == [
        ("GPA.3301-1111-2222-33333", "Star Gazer Pro", 1, Decimal("5.49"), "EUR", "digital", "Google Play"),
        ("GPA.3301-4444-5555-66666", "Free Puzzle", 1, Decimal("0.00"), "USD", "digital", "Google Play"),
        ("GPA.3301-4444-5555-66666", "Free Puzzle", None, Decimal("-1.99"), "USD", "refund", "Google Play"),
        ("GPA.3301-7777-8888-99999", "Odd Price Pack", 2, None, None, "digital", "Google Play"),
        (None, "Map Pack", None, Decimal("1.99"), "EUR", "digital", "Google Play"),
        ("TX-1", "Cinema tickets", None, Decimal("12.50"), "EUR", "digital", "Google Pay"),
    ]
    problems = [p.message for p in parsed["en-json"].report.problems]
    assert ("Order GPA.3301-7777-8888-99999: The price “5.49 €” does not fit the locale de_DE and was not "
            "guessed.") in problems
    assert any("1 purchase is also in the order history" in n.message for n in parsed["en-json"].report.notes)
    pay_problem = next(p for p in parsed["en-json"].report.problems if p.member.endswith("transactions_1.csv"))
    assert pay_problem.line == 3


def test_english_account(parsed) -> None:
    account = parsed["en-json"].account
    assert account.names == ["Robin Example"]
    assert account.emails == ["robin@example.invalid"]
    assert account.addresses == ["Beispielweg 7, 50667 Köln"]
    assert account.countries == ["DE"]


def test_german_json_exact(parsed, trees) -> None:
    export = parsed["de-json"]
    prefix = "takeout-de-json.zip/Takeout/Meine Aktivitäten/"
    rows = [(r["audio_member"], r["time"], r["transcript"], r["device_name"], r["crc32"])
            for r in records(export.recordings)]
    tree = trees["de-json"]
    assert rows == [
        (prefix + "Assistant/aufnahme-1.mp3", ts("2022-11-23T08:21:36.250Z"), "wie wird das Wetter in Köln",
         "Wohnzimmer-Lautsprecher", zlib.crc32(tree["Meine Aktivitäten/Assistant/aufnahme-1.mp3"])),
        (prefix + "Assistant/aufnahme-2.mp3", ts("2022-11-24T21:00:05.000001Z"), "Licht aus", None,
         zlib.crc32(tree["Meine Aktivitäten/Assistant/aufnahme-2.mp3"])),
    ]
    assert [(s["query"], s["time"]) for s in records(export.searches)] == [
        ("Fahrplan Köln Hauptbahnhof", ts("2022-11-20T10:00:00.100Z"))]
    assert export.account.names == ["Kim Beispiel"]
    assert [n.message for n in export.report.notes] == [
        "1 voice entry has no audio file (Google keeps audio only when voice and audio activity is switched on)."]
    assert export.report.problems == []


def test_row_counts_per_file(parsed) -> None:
    rows = {f.member.rsplit("Takeout/", 1)[1]: f.rows for f in parsed["en-json"].report.files}
    assert rows["My Activity/Assistant/2021-05-04 10_11_12 UTC.mp3"] == 1
    assert rows["My Activity/Assistant/clip-001.mp3"] == 1
    assert rows["My Activity/Voice and Audio/My Activity.json"] == 1
