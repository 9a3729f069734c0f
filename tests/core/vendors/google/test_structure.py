"""Detection, split archives, folders, mixed input, and every member once in the import report."""

from __future__ import annotations

import types
import zipfile
from pathlib import Path

import pytest

from core.source.archive import ExportSource
from core.vendors import MixedExport, detect_vendor, google
from tests.core.vendors.google import synth
from tests.core.vendors.google.conftest import parse_paths


def _statuses(export) -> dict[str, str]:
    seen: dict[str, str] = {}
    for entry in export.report.files:
        assert entry.member not in seen, f"{entry.member} listed twice"
        seen[entry.member] = entry.status
    return seen


def test_every_member_exactly_once(zips, parsed) -> None:
    for name, path in zips.items():
        with ExportSource.open([path]) as source:
            members = {m.path for m in source.members}
        assert set(_statuses(parsed[name])) == members, name


def test_split_archive_links_audio_across_parts(trees, tmp_path) -> None:
    parts = synth.write_split(trees["en-json"], tmp_path)
    export = parse_paths(parts)
    assert export.layouts == ["google-takeout", "google-my-activity-json", "google-takeout-split"]
    recordings = export.recordings
    linked = recordings[(recordings["time_source"] == "index") & recordings["audio_member"].notna()]
    assert sorted(linked["audio_member"]) == [
        "takeout-20240301T101500Z-002.zip/Takeout/My Activity/Assistant/clip-001.mp3",
        "takeout-20240301T101500Z-002.zip/Takeout/My Activity/Assistant/clip-002.mp3",
        "takeout-20240301T101500Z-002.zip/Takeout/My Activity/Voice and Audio/clip-003.mp3",
    ]
    assert set(linked["member"]) == {
        "takeout-20240301T101500Z-001.zip/Takeout/My Activity/Assistant/MyActivity.json",
        "takeout-20240301T101500Z-001.zip/Takeout/My Activity/Voice and Audio/My Activity.json",
    }
    assert len(export.files) == 2


def test_folder_opened_at_parent_or_at_takeout(trees, tmp_path) -> None:
    root = synth.write_folder(trees["de-json"], tmp_path / "export")
    for opened, prefix in ((root, "Takeout/"), (root / "Takeout", "")):
        with ExportSource.open([opened]) as source:
            assert google.detect(source) >= 0.8
            export = google.parse(source)
        assert sorted(export.recordings["audio_member"]) == [
            prefix + "Meine Aktivitäten/Assistant/aufnahme-1.mp3",
            prefix + "Meine Aktivitäten/Assistant/aufnahme-2.mp3",
        ]
        assert len(export.report.files) == len(trees["de-json"])


def test_detect_scores(zips, tmp_path) -> None:
    for path in zips.values():
        with ExportSource.open([path]) as source:
            assert google.detect(source) == 0.95
    amazon_like = tmp_path / "Alexa.zip"
    with zipfile.ZipFile(amazon_like, "w") as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "Website,Order ID\n")
        zf.writestr("Alexa/Voice/1.wav", b"RIFF")
    with ExportSource.open([amazon_like]) as source:
        assert google.detect(source) == 0.0


def test_mixed_amazon_and_google_is_refused(zips, tmp_path, monkeypatch) -> None:
    import core.vendors as vendors

    fake_amazon = types.SimpleNamespace(NAME="amazon", detect=lambda source: 0.9, __name__="core.vendors.amazon")
    monkeypatch.setattr(vendors, "available_vendors", lambda: [fake_amazon, google])
    with ExportSource.open([zips["en-json"]]) as source, pytest.raises(MixedExport) as info:
        detect_vendor(source)
    assert str(info.value) == "These files mix an Amazon and a Google export — open them one at a time."
    fake_amazon.detect = lambda source: 0.1
    with ExportSource.open([zips["en-json"]]) as source:
        assert detect_vendor(source) is google


def _zip(tmp_path: Path, files: dict[str, bytes]) -> Path:
    path = tmp_path / "takeout-x.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr("Takeout/" + name, data)
    return path


def test_bad_json_files_are_unreadable_with_a_sentence(tmp_path) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    files = {
        "My Activity/Assistant/MyActivity.json": b'[{"header": "Assistant", "title": "Said hi", "time": NaN}]',
        "My Activity/Search/MyActivity.json": deep,
        "Google Play Store/Order History.json": b"\xef\xbb\xbf{not json",
        "My Activity/Maps/MyActivity.json": b"",
        "My Activity/Voice and Audio/My Activity.json": b'{"not": "a list"}',
        "My Activity/Gmail/MyActivity.json": b'[{"header": "Gmail", "time": "2020-01-01T00:00:00Z", "title": "x", '
                                             b'"title": "y"}]',
    }
    export = parse_paths([_zip(tmp_path, files)])
    reasons = {f.member.split("Takeout/")[1]: f.reason for f in export.report.files}
    assert reasons["My Activity/Assistant/MyActivity.json"] == "The file contains the non-standard number NaN."
    assert reasons["My Activity/Search/MyActivity.json"] == "The file is nested too deeply to be genuine data."
    assert reasons["Google Play Store/Order History.json"].startswith("The file is not valid JSON (line 1")
    assert reasons["My Activity/Maps/MyActivity.json"] == "The file is empty."
    assert reasons["My Activity/Voice and Audio/My Activity.json"].startswith("The file is not shaped like My Activity")
    assert any("repeat a field (title)" in p.message for p in export.report.problems)
    assert len(export.recordings) == 0


def test_damaged_member_is_unreadable_not_fatal(trees, tmp_path) -> None:
    path = synth.write_zip({"My Activity/Search/MyActivity.json": trees["en-json"][
        "My Activity/Search/MyActivity.json"], "archive_browser.html": b"<html></html>"}, tmp_path / "t.zip")
    data = bytearray(path.read_bytes())
    start = data.index(b"Takeout/My Activity/Search/MyActivity.json") + 60
    data[start:start + 40] = b"\x00" * 40  # corrupt the compressed stream
    path.write_bytes(bytes(data))
    export = parse_paths([path])
    entry = next(f for f in export.report.files if f.member.endswith("MyActivity.json"))
    assert entry.status == "unreadable"
    assert entry.reason == "The file is damaged inside the archive and could not be read."


def test_duplicate_file_across_two_downloads_is_read_once(trees, tmp_path) -> None:
    tree = {"My Activity/Search/MyActivity.json": trees["en-json"]["My Activity/Search/MyActivity.json"]}
    first = synth.write_zip(tree, tmp_path / "takeout-a-001.zip")
    # not byte-identical archives (those are read once as a whole: tests/reliability/test_inputs.py)
    second = synth.write_zip({**tree, "Drive/notes.txt": b"x"}, tmp_path / "takeout-b-001.zip")
    export = parse_paths([first, second])
    assert len(export.searches) == 2
    skipped = [f for f in export.report.files if f.status == "skipped" and "Drive" not in f.member]
    assert [f.reason for f in skipped] == [
        "A second copy of a file already read from takeout-a-001.zip/Takeout/My Activity/Search/MyActivity.json."]


def test_extracted_takeout_folder_is_google_through_the_vendor_dispatch(trees, tmp_path) -> None:
    from core.vendors import parse_export

    root = synth.write_folder(trees["en-json"], tmp_path / "export")
    with ExportSource.open([root]) as source:
        assert detect_vendor(source) is google
        export = parse_export(source)
    assert export.vendor == "google"
    assert export.counts() == {"purchases": 6, "searches": 2, "recordings": 5, "devices": 0}  # one with no audio


def test_a_missing_first_part_is_noted(trees, tmp_path) -> None:
    parts = synth.write_split(trees["en-json"], tmp_path)
    export = parse_paths([parts[1]])  # only -002.zip: the clips without their activity files
    assert [n.message for n in export.report.notes if n.member == ""] == [
        "This Takeout is split into parts and takeout-20240301T101500Z-001.zip was not opened: open all parts "
        "together to see everything."]
    assert set(export.recordings["time_source"]) == {"filename", "archive"}


def test_many_unnamed_clips_make_one_note(tmp_path) -> None:
    clip = synth.mp3_clip("hello")
    tree = {f"My Activity/Assistant/clip-{i}.mp3": clip + bytes([i]) for i in range(8)}
    tree["My Activity/Assistant/MyActivity.json"] = synth.as_json(
        [{"header": "Assistant", "title": f"Said x{i}", "time": "2023-01-01T00:00:00Z", "audioFiles": [f"gone-{i}.mp3"]}
         for i in range(7)])
    export = parse_paths([synth.write_zip(tree, tmp_path / "takeout-x.zip")])
    assert [n.message for n in export.report.notes] == [
        "No activity entry names 8 audio files in this folder; they are listed as recordings (8 dated from archive "
        "entries (weak))."]
    assert [p.message for p in export.report.problems] == [
        "7 entries name audio files that are not in the export (first: entry 1, gone-0.mp3); was a part of the "
        "export left out?"]
