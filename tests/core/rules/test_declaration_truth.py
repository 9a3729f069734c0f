"""The user's declaration ("I never had a voice device") flags every recording, but what the export itself shows is
kept apart: the export summary and a letter say "no voice device was registered" only where the export's device
lists show that, never on the declaration alone."""

from __future__ import annotations

from core.rules.finding import ReviewContext
from core.rules.summary import export_summary
from core.rules.without_device import recording_without_device
from tests.core.rules.factory import build, ids, one_echo_account, recording

DECLARED = ReviewContext(owner_has_no_device=True)
NO_DEVICE_THEN = "made while no voice device was registered"


def test_a_declared_finding_records_whether_the_export_itself_shows_no_voice_device_then() -> None:
    export, own, unknown, before = one_echo_account()
    findings = recording_without_device(export, DECLARED)
    assert ids(findings) == own | unknown | before  # the declaration flags every recording
    shown = {f.subject for f in findings if f.evidence["export_shows_no_device_then"]}
    assert shown == before  # only before the Echo's registration do the lists show no voice device
    assert shown == ids(recording_without_device(export, ReviewContext()))  # what the rule finds undeclared


def test_the_summary_counts_as_made_without_a_device_only_what_the_export_shows() -> None:
    export, _own, _unknown, before = one_echo_account()
    (summary,) = export_summary(export, DECLARED)
    assert summary.evidence["anomalous"] == len(export.recordings)
    assert summary.evidence["by_rule"]["recording-without-device"] == len(before)
    assert f"{len(before)} {NO_DEVICE_THEN}" in summary.explanation
    assert f"{len(export.recordings)} {NO_DEVICE_THEN}" not in summary.explanation


def test_without_a_device_list_the_declared_summary_claims_nothing_about_registrations() -> None:
    recs = [recording(f"2023-01-0{d}T08:00:00Z", name="Pixel-Telefon") for d in range(1, 6)]
    export = build(recs)
    export.vendor, export.layouts = "google", ["google-takeout"]
    (summary,) = export_summary(export, DECLARED)
    assert "declares never having owned one" in summary.explanation
    assert NO_DEVICE_THEN not in summary.explanation and "(" not in summary.explanation
    assert not any(f.evidence["export_shows_no_device_then"] for f in recording_without_device(export, DECLARED))


def test_lists_without_any_voice_device_show_it_for_every_recording_declared_or_not() -> None:
    recs = [recording(f"2018-06-{d:02d}T18:00:00Z", time_source="filename") for d in range(1, 5)]
    export = build(recs)
    findings = recording_without_device(export, DECLARED)
    assert all(f.evidence["export_shows_no_device_then"] for f in findings)
    (summary,) = export_summary(export, DECLARED)
    assert f"4 {NO_DEVICE_THEN}" in summary.explanation



def test_a_time_taken_only_from_the_archive_is_said_to_be_weak_where_a_finding_names_it() -> None:
    recs = [recording("2026-05-07T07:00:00Z", time_source="index"),
            recording("2026-12-07T08:11:32Z", time_source="archive"),
            recording(None, member="Alexa/undated.wav", time_source="none")]
    note = "comes only from the"
    for context in (DECLARED, ReviewContext()):  # declared, and an account without any voice device
        by_time = {f.time: f.explanation for f in recording_without_device(build(recs), context)}
        assert note not in by_time["2026-05-07T07:00:00.000Z"]
        assert note in by_time["2026-12-07T08:11:32.000Z"] and "archive" in by_time["2026-12-07T08:11:32.000Z"]
        assert note not in by_time[None] and "an unknown time" in by_time[None]


def test_the_summary_period_leaves_out_a_date_that_is_only_the_archive_entrys() -> None:
    """An archive entry's date (often the day the export was packed) is no recording time: the summary's
    "between … and …" ends with the last time the export records."""
    recs = [recording(f"2018-05-0{d}T08:00:00Z", serial="G090XX") for d in range(1, 5)]
    recs.append(recording("2018-08-14T09:00:00Z", serial="G090XX", time_source="archive"))
    (summary,) = export_summary(build(recs), ReviewContext())
    assert "between 2018-05-01 and 2018-05-04" in summary.explanation
    (declared,) = export_summary(build(recs), DECLARED)
    assert "between 2018-05-01 and 2018-05-04" in declared.explanation
