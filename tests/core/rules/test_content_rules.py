"""duplicate-audio, recording-false-wake, retention-age and the export summary on synthetic exports."""

from __future__ import annotations

from core.rules.duplicates import duplicate_audio
from core.rules.false_wake import recording_false_wake
from core.rules.finding import ReviewContext
from core.rules.registry import METADATA_RULES, run_rules
from core.rules.retention import retention_age
from core.rules.summary import export_summary
from tests.core.rules.factory import build, device, ids, recording


def test_duplicates_flag_later_copies_and_name_the_first() -> None:
    a = recording("2019-01-01T10:00:00Z", sha256="aa" * 32, member="Voice/a.wav")
    b = recording("2019-02-01T10:00:00Z", sha256="AA" * 32, member="Voice/b.wav")
    c = recording("2019-03-01T10:00:00Z", sha256="aa" * 32, member="Voice/c.wav")
    d = recording("2019-01-05T10:00:00Z", sha256="", crc32=1234, size=5000, member="Voice/d.wav")
    e = recording("2019-01-06T10:00:00Z", sha256="", crc32=1234, size=5000, member="Voice/e.wav")
    f = recording("2019-01-07T10:00:00Z", sha256="", crc32=1234, size=5001, member="Voice/f.wav")
    clean = recording("2019-01-08T10:00:00Z", member="Voice/g.wav")
    findings = duplicate_audio(build([c, b, a, d, e, f, clean]), ReviewContext())
    assert ids(findings) == {b["id"], c["id"], e["id"]}
    by = {x.subject: x for x in findings}
    assert "Voice/a.wav" in by[b["id"]].explanation and "2019-01-01 10:00 UTC" in by[b["id"]].explanation
    assert by[b["id"]].evidence["basis"] == "sha256" and by[b["id"]].evidence["copies"] == 3
    assert by[e["id"]].evidence["basis"] == "crc32+size" and "CRC-32" in by[e["id"]].explanation
    assert all(x.severity == "medium" for x in findings)


def test_false_wake_only_when_the_export_has_transcripts() -> None:
    talk = recording("2019-01-01T10:00:00Z", transcript="wie wird das wetter")
    empty = recording("2019-01-02T10:00:00Z", transcript="  ")
    none = recording("2019-01-03T10:00:00Z", transcript=None)
    marker = recording("2019-01-04T10:00:00Z", transcript="Audio was not intended for Alexa")
    findings = recording_false_wake(build([talk, empty, none, marker]), ReviewContext())
    assert ids(findings) == {empty["id"], none["id"], marker["id"]}
    assert all(f.severity == "low" for f in findings)
    assert recording_false_wake(build([none, recording("2019-01-05T10:00:00Z")]), ReviewContext()) == []


def test_a_clip_the_index_does_not_list_is_no_false_wake() -> None:
    """No transcript because no index row mentions the clip says nothing about why it was recorded."""
    talk = recording("2019-01-01T10:00:00Z", transcript="wie wird das wetter")
    unlisted = recording("2019-01-02T10:00:00Z", transcript=None, time_source="filename")
    listed_empty = recording("2019-01-03T10:00:00Z", transcript="")
    findings = recording_false_wake(build([talk, unlisted, listed_empty]), ReviewContext())
    assert ids(findings) == {listed_empty["id"]}
    assert "index lists it without a transcript" in findings[0].explanation


def test_retention_needs_a_stated_period() -> None:
    old = recording("2018-01-01T10:00:00Z")
    new = recording("2020-06-01T10:00:00Z")
    export = build([old, new])
    assert retention_age(export, ReviewContext()) == []
    findings = retention_age(export, ReviewContext(retention_days=365))
    assert ids(findings) == {old["id"]}
    assert "2020-06-01" in findings[0].explanation and "365-day" in findings[0].explanation


def test_summary_quotes_counts_for_an_account_without_devices() -> None:
    recs = [recording(f"2018-06-{d:02d}T18:00:00Z") for d in range(1, 29)]
    recs += [recording(f"2018-07-{d:02d}T18:00:00Z") for d in range(1, 13)]
    findings = export_summary(build(recs), ReviewContext())
    assert len(findings) == 1
    s = findings[0]
    assert s.subject == "export" and s.severity == "high"
    assert s.explanation.startswith("40 of 40 recordings in this export between 2018-06-01 and 2018-07-12 come from "
                                    "devices this account never had")


def test_no_summary_when_most_recordings_are_clean() -> None:
    recs = [recording(f"2019-06-{d:02d}T18:00:00Z", serial="S1") for d in range(1, 11)]
    recs.append(recording("2019-06-11T18:00:00Z", serial="OTHER"))
    assert export_summary(build(recs, devices=[device("S1", "Echo", "2019-01-01T00:00:00Z")]), ReviewContext()) == []


def test_registry_runs_every_rule_deterministically() -> None:
    recs = [recording(f"2018-06-{d:02d}T18:00:00Z", transcript="wetter" if d % 2 else "") for d in range(1, 9)]
    export = build(recs)
    first = run_rules(export)
    assert [f.to_json() for f in first] == [f.to_json() for f in run_rules(export)]
    assert first[0].rule == "export-summary"
    assert {f.rule for f in first} >= {"recording-without-device", "recording-false-wake"}
    assert len(METADATA_RULES) >= 7


def test_summary_with_owner_declaration_and_cache_follows_edits() -> None:
    from core.rules.unknown_device import recording_unknown_device

    recs = [recording(f"2019-06-{d:02d}T18:00:00Z", serial="S1") for d in range(1, 5)]
    export = build(recs, devices=[device("S1", "Echo", "2019-01-01T00:00:00Z")])
    assert export_summary(export, ReviewContext()) == []
    declared = export_summary(export, ReviewContext(owner_has_no_device=True))
    assert declared and "declares never having owned one" in declared[0].explanation
    assert recording_unknown_device(export, ReviewContext()) == []
    export.recordings["device_serial"] = "OTHER"  # the shared view must not be served stale
    assert len(recording_unknown_device(export, ReviewContext())) == 4


def test_every_finding_is_plain_json_with_a_sentence() -> None:
    import json

    from core.model import Account
    from tests.core.rules.factory import purchase, search

    recs = [recording(f"2019-0{1 + d % 9}-{1 + d % 27:02d}T0{d % 10}:00:00Z", serial="S9" if d % 3 else "S1",
                      transcript=["wetter in hamburg", "ruf sabine an", "", "licht an"][d % 4],
                      sha256="ab" * 32 if d % 7 == 0 else None) for d in range(40)]
    export = build(recs, devices=[device("S1", "Küche", "2019-03-01T00:00:00Z")],
                   purchases=[purchase(f"2019-02-{d + 1:02d}T1{d % 9}:00:00Z", f"Buch {d}") for d in range(20)],
                   searches=[search(f"2019-03-{d + 1:02d}T1{d % 9}:30:00Z", "suche") for d in range(20)],
                   account=Account(names=["Max Mustermann"], addresses=["Marienplatz 1, 80331 München"]))
    findings = run_rules(export, ReviewContext(retention_days=90))
    rules = {f.rule for f in findings}
    assert rules >= {"recording-unknown-device", "recording-outside-device-period", "recording-without-device",
                     "recording-place-mismatch", "recording-unfamiliar-name", "duplicate-audio",
                     "recording-false-wake", "retention-age", "recording-outside-active-hours", "export-summary"}
    text = json.dumps([f.to_json() for f in findings], allow_nan=False)
    assert json.loads(text)
    for f in findings:
        assert f.explanation.endswith((".", ".)")) and len(f.explanation) < 700, f.explanation
        assert f.severity in ("high", "medium", "low")
