"""The Google Takeout demo export: ``dossier scan --json`` on it, mixed input, reproducibility."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.source.archive import ExportSource
from core.vendors import MixedExport, detect_vendor, google, parse_export
from tests.core.vendors.google.demo_parts import DEMO, FIRST_PART

ROOT = Path(__file__).resolve().parents[4]
AMAZON_DEMO = ROOT / "resources" / "demo" / "amazon-2018"


def test_the_first_part_alone_lists_the_recordings_whose_audio_is_in_the_second() -> None:
    """Through ``dossier scan``: its 22 entries naming clips of the second part were no recordings at all ("0
    recordings", "Findings: none"); Amazon's index rows without their clip were recordings with no audio."""
    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(FIRST_PART)], capture_output=True,
                         cwd=ROOT, timeout=120, text=True)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1] == "Contents: 6 purchases, 40 searches, 22 recordings, no device list"
    assert lines[2] == "Voice activity with no audio in the export: 22 of the 22 recordings."
    assert lines[4] != "Findings: none."
    result = json.loads(subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(FIRST_PART), "--json"],
                                       capture_output=True, cwd=ROOT, timeout=120).stdout)
    assert all(r["no_audio_in_export"] and r["sha256"] is None and r["time_source"] == "index"
               for r in result["recordings"])
    assert [p["message"] for p in result["report"]["problems"]] == [
        "22 entries name audio files that are not in the export (first: entry 4, Aufnahme_012.mp3); was a part of "
        "the export left out?"]


def test_scan_json_on_the_demo() -> None:
    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(DEMO), "--json"], capture_output=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr.decode()
    result = json.loads(out.stdout)
    assert result["export"]["vendor"] == "google"
    assert result["export"]["layouts"] == ["google-takeout", "google-my-activity-json", "google-takeout-split"]
    assert [f["name"] for f in result["export"]["files"]] == [
        "takeout-20240301T101500Z-001.zip", "takeout-20240301T101500Z-002.zip"]
    assert result["counts"] == {"purchases": 6, "searches": 40, "recordings": 23, "devices": 0}
    by_source: dict[str, int] = {}
    for rec in result["recordings"]:
        by_source[rec["time_source"]] = by_source.get(rec["time_source"], 0) + 1
        assert len(rec["sha256"]) == 64
    assert by_source == {"index": 22, "filename": 1}
    first = result["recordings"][0]
    assert first["time"] == "2023-01-09T07:12:03.214Z"
    assert first["transcript"] == "wie wird das Wetter heute in Köln"
    assert first["device_name"] == "Pixel-Telefon"
    report = result["report"]
    assert len(report["recognised"]) == 28 and len(report["skipped"]) == 2 and report["unreadable"] == []
    notes = [n["message"] for n in report["notes"]]
    assert any(n.startswith("3 voice entries have no audio file") for n in notes)
    rules = {f["rule"] for f in result["findings"]}
    assert {"duplicate-audio", "recording-false-wake"} <= rules
    # Google exports no device list: one explanation, not a device finding per recording
    device = [f for f in result["findings"] if f["rule"] in ("recording-without-device", "recording-unknown-device",
                                                             "recording-outside-device-period", "export-summary")]
    assert [(f["rule"], f["subject"], f["severity"]) for f in device] == [("recording-without-device", "export", "low")]
    assert "no list of the account's devices" in device[0]["explanation"]
    # the content rules work on Google data as on Amazon's: they flag the stranger, never the owner's phone
    owner = {r["id"] for r in result["recordings"] if r["device_name"] == "Pixel-Telefon"}
    for rule in ("recording-outside-active-hours", "recording-place-mismatch", "recording-unfamiliar-name"):
        subjects = {f["subject"] for f in result["findings"] if f["rule"] == rule}
        assert subjects and not subjects & owner, rule
    # a Takeout has no device list: the name check says what it compared with, not "the account's device names"
    named = [f["explanation"] for f in result["findings"] if f["rule"] == "recording-unfamiliar-name"]
    assert named and all("device names" not in e and "no device list to compare with" in e for e in named)


def test_demo_opens_as_google_although_amazon_names_look_alike() -> None:
    paths = sorted(DEMO.glob("*.zip"))
    with ExportSource.open(paths) as source:
        assert detect_vendor(source) is google
        export = parse_export(source)
    assert export.vendor == "google" and not export.has_device_list


def test_google_and_amazon_together_are_refused() -> None:
    with ExportSource.open([DEMO, AMAZON_DEMO]) as source, pytest.raises(MixedExport):
        detect_vendor(source)
    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(DEMO), str(AMAZON_DEMO)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2
    assert out.stderr == "dossier: These files mix an Amazon and a Google export — open them one at a time.\n"


@pytest.mark.slow
def test_demo_is_reproducible(tmp_path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_google_demo.py"), str(tmp_path)], check=True,
                   capture_output=True, timeout=300)
    for part in sorted(DEMO.glob("*.zip")):
        assert (tmp_path / part.name).read_bytes() == part.read_bytes(), part.name


@pytest.mark.slow
def test_voice_rule_tells_the_stranger_from_the_owner() -> None:
    from core.audio.clip_hashes import compute_clip_hashes
    from core.rules.finding import ReviewContext
    from core.rules.voice import analyse_voices

    with ExportSource.open(sorted(DEMO.glob("*.zip"))) as source:
        export = parse_export(source)
        compute_clip_hashes(export, source)
        recs = export.recordings
        own = set(recs.loc[recs["device_name"] == "Pixel-Telefon", "id"])
        result = analyse_voices(export, source, ReviewContext(own_recordings=own))  # MP3s: ffmpeg on 2 threads
    flagged = {f.subject for f in result.findings if f.rule == "voice-mismatch"}
    strangers = set(recs.loc[recs["device_name"].isna() & recs["transcript"].fillna("").str.match(r"[a-z]"), "id"])
    assert len(own) == 12 and not flagged & own
    assert strangers <= flagged and len(flagged) == 9


def test_the_second_part_alone_does_not_say_the_export_holds_no_history() -> None:
    """Its name shows the first part was not opened, and that part holds the order and search history: "no order
    history" would say the export holds none."""
    from tests.core.vendors.google.demo_parts import SECOND_PART

    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(SECOND_PART)], capture_output=True,
                         cwd=ROOT, timeout=120, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[1:3] == [
        "Contents: no order history Dossier could read, no search history Dossier could read, 23 recordings, no device "
        "list",
        "Not opened: takeout-20240301T101500Z-001.zip. This export is split into parts; open them all together to see "
        "everything."]
