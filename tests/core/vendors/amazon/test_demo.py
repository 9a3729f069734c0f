"""The committed demo export (resources/demo/amazon-2018): the 2018 case with invented people."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from core.audio.clip_hashes import compute_clip_hashes
from core.source.archive import ExportSource
from core.vendors import amazon, detect_vendor
from tests.core.vendors.amazon.conftest import DEMO, parse_paths
from tests.synth.demo import demo_spec

ZIPS = sorted(DEMO.glob("*.zip"))


def test_demo_is_several_gen_a_zips() -> None:
    assert [p.name for p in ZIPS] == ["Alexa.zip", "Devices.Registration.zip", "Retail.OrderHistory.1.zip",
                                      "Retail.Search-Data.zip"]
    assert sum(p.stat().st_size for p in ZIPS) < 4_000_000


def test_demo_counts_and_layout() -> None:
    export = parse_paths(ZIPS)
    assert export.vendor == "amazon"
    assert export.layouts == ["amazon-2018"]
    assert export.counts() == {"purchases": 25, "searches": 60, "recordings": 40, "devices": 2}
    assert export.documents == ["Alexa.zip/Alexa-Sprachaufnahmen-Transkripte.pdf"]
    assert export.account.marketplaces == ["Amazon.de"]
    assert export.account.countries == ["DE"]
    assert export.account.names == ["Jonas Beispiel"]
    assert export.account.addresses == ["Jonas Beispiel Lindenweg 7 37085 Göttingen Deutschland"]


def test_demo_owner_never_had_a_voice_device() -> None:
    export = parse_paths(ZIPS)
    devices = export.devices
    assert list(devices["family"]) == ["Kindle", "Fire Tablet"]
    assert list(devices["voice_capable"]) == [False, False]
    assert list(devices["source"]) == ["registration", "registration"]
    assert devices["registered"].iloc[0] == pd.Timestamp("2016-11-05 08:12:40", tz="UTC")


def test_demo_recordings_match_the_spec() -> None:
    spec = demo_spec()
    export = parse_paths(ZIPS)
    rec = export.recordings.set_index("audio_member")
    for clip in spec.clips:
        row = rec.loc[f"Alexa.zip/{clip.file}"]
        assert row["time"] == pd.Timestamp(clip.time, tz="UTC"), clip.file
        assert row["time_source"] == clip.dating
        assert row["audio_format"] == "wav"
        assert 0.3 < row["duration_s"] < 5
        assert row["sha256"] is None
        assert row["crc32"] is not None
        indexed = clip.dating == "index"  # the synthetic voice-history index names devices
        # every spoken clip has its transcript: from the index, or from the 2018 transcript PDF matched by time
        assert row["transcript"] == (clip.text or None), clip.file
        assert (row["device_name"], row["device_serial"]) == ((clip.device_name, clip.device_serial) if indexed
                                                              else (None, None))
    assert sorted(export.recordings["time_source"].value_counts().items()) == [
        ("archive", 1), ("filename", 1), ("index", 36), ("metadata", 2)]
    assert export.recordings["transcript"].notna().sum() == 39  # 40 clips, one of them an empty false wake
    assert export.recordings["audio_member"].notna().all()  # every PDF row matched a clip
    assert "Transcript PDF: 39 of 39 rows matched a voice recording within 2 seconds." in [
        n.message for n in export.report.notes]
    assert sorted(export.recordings["device_name"].value_counts().items()) == [("Küche", 21), ("Wohnzimmer", 15)]
    assert any("ZIP entry time" in n.message for n in export.report.notes)


def test_demo_orders_exact() -> None:
    spec = demo_spec()
    export = parse_paths(ZIPS)
    purchases = export.purchases
    first = spec.orders[0]
    row = purchases.iloc[0]
    assert row["time"] == pd.Timestamp(first.time, tz="UTC")
    assert row["order_id"] == first.order_id
    assert row["amount"] == Decimal(first.total)
    assert row["currency"] == "EUR"
    assert row["kind"] == "physical"
    assert row["line"] == 2
    # the two-line shipment: each line keeps its own total, the shared subtotal is never summed
    shipment = purchases[purchases["order_id"] == spec.orders[5].order_id]
    assert sorted(shipment["amount"]) == sorted([Decimal(spec.orders[5].total), Decimal(spec.orders[6].total)])
    assert purchases["amount"].map(type).eq(Decimal).all()
    cancelled = purchases[purchases["status"] == "Cancelled"]
    assert len(cancelled) == 1


def test_demo_report_lists_every_member_once() -> None:
    with ExportSource.open([str(p) for p in ZIPS]) as source:
        assert detect_vendor(source) is amazon
        export = amazon.parse(source)
        members = sorted(m.path for m in source.members)
        compute_clip_hashes(export, source)
    listed = sorted(f.member for f in export.report.files)
    assert listed == members
    skipped = export.report.by_status("skipped")
    assert [(f.member, f.reason) for f in skipped] == [
        ("Retail.Search-Data.zip/README.txt", "Not a dataset: it is a read-me.")]
    counts = export.report.status_counts()  # what the overview's import line says, in one pass
    assert {s: counts[s] for s in ("recognised", "skipped", "unreadable")} == {
        s: len(export.report.by_status(s)) for s in ("recognised", "skipped", "unreadable")}
    assert counts["skipped"] == 1 and counts["recognised"] > 1 and sum(counts.values()) == len(listed)
    assert export.report.problems == []
    assert export.recordings["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()


def test_demo_has_exactly_one_duplicated_clip() -> None:
    with ExportSource.open([str(p) for p in ZIPS]) as source:
        export = amazon.parse(source)
        compute_clip_hashes(export, source)
    counts = export.recordings["sha256"].value_counts()
    assert list(counts) == [2] + [1] * 38
    twins = export.recordings[export.recordings["sha256"] == counts.index[0]]
    assert twins["time"].nunique() == 2


def test_a_clip_left_out_of_the_demo_is_one_recording_with_no_audio_not_two(tmp_path) -> None:
    """Through ``dossier scan --json``: the index row of a clip the export lacks is a recording with no audio; the
    transcript PDF's row at the same second is that utterance too. It became a second such recording (41)."""
    import json
    import shutil
    import subprocess
    import sys
    import zipfile

    gone = "Voice/2018-07-18T21-32-56_a1d7f855.wav"
    for path in ZIPS:
        if path.name != "Alexa.zip":
            shutil.copy(path, tmp_path / path.name)
            continue
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / path.name, "w") as dst:
            for info in src.infolist():
                if info.filename != gone:
                    dst.writestr(info, src.read(info))
    out = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", str(tmp_path), "--json"],
                         capture_output=True, text=True, timeout=120, cwd=DEMO.parents[2])
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["counts"]["recordings"] == 40
    at_that_time = [r for r in result["recordings"] if r["time"] == "2018-07-18T21:32:56.000Z"]
    assert [(r["no_audio_in_export"], r["device_name"], r["listed_in"]) for r in at_that_time] == [
        (True, "Wohnzimmer", "Alexa.zip/VoiceHistory/voice-history-index.csv")]
    assert "Transcript PDF: 39 of 39 rows matched a voice recording within 2 seconds." in [
        n["message"] for n in result["report"]["notes"]]  # as with the clip: none left over as a second recording
