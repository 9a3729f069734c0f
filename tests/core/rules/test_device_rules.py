"""Device rules: every planted anomaly found, no clean recording flagged (precision and recall asserted)."""

from __future__ import annotations

import pytest

from core.model import Account
from core.rules.device_period import recording_outside_device_period
from core.rules.devices import is_voice_product
from core.rules.finding import ReviewContext
from core.rules.unknown_device import recording_unknown_device
from core.rules.without_device import recording_without_device
from tests.core.rules.factory import build, device, ids, one_echo_account, purchase, recording

DEVICE_RULES = (recording_without_device, recording_unknown_device, recording_outside_device_period)


def test_one_echo_unknown_device_and_before_registration() -> None:
    export, own, unknown, before = one_echo_account()
    ctx = ReviewContext()
    without = recording_without_device(export, ctx)
    foreign = recording_unknown_device(export, ctx)
    period = recording_outside_device_period(export, ctx)
    assert ids(foreign) == unknown
    assert ids(period) == before
    assert ids(without) == before  # no voice device was registered then; the Kindle does not count
    flagged = ids(without) | ids(foreign) | ids(period)
    assert not flagged & own, "a recording from the registered Echo within its period was flagged"
    assert all(f.severity == "high" for f in foreign + period + without)
    sample = next(f for f in period)
    assert "2019-05-01 10:00 UTC" in sample.explanation and "G0A1B2" in sample.explanation
    assert "registration.csv" in sample.explanation and "before" in sample.explanation
    u = foreign[0]
    assert "G0ZZ99" in u.explanation and '"Küche" (serial G0A1B2)' in u.explanation
    assert u.evidence["device_serial"] == "G0ZZ99" and u.member and u.time


def test_same_default_name_with_other_serial_is_another_device() -> None:
    export = build([recording("2020-01-05T10:00:00Z", serial="STRANGER1", name="Echo Dot")],
                   devices=[device("MINE1", "Echo Dot", "2019-01-01T00:00:00Z")])
    assert len(recording_unknown_device(export, ReviewContext())) == 1


def test_2018_account_without_any_device() -> None:
    recs = [recording(f"2018-06-{d:02d}T18:00:00Z", time_source="filename") for d in range(1, 29)]
    recs.append(recording(None, member="Alexa/undated.wav", time_source="none"))
    export = build(recs, purchases=[purchase("2018-05-01T10:00:00Z", "Kaffeebohnen 1kg"),
                                    purchase("2018-05-02T10:00:00Z", "Case for Echo Dot", quantity=1)])
    findings = recording_without_device(export, ReviewContext())
    assert ids(findings) == {r["id"] for r in recs}
    assert all(f.severity == "high" for f in findings)
    assert "no voice device" in findings[0].explanation and "no purchase of a voice device" in findings[0].explanation
    assert findings[-1].time is None  # undated sorted last
    assert recording_unknown_device(export, ReviewContext()) == []


def test_purchased_but_never_registered_echo_weakens_later_recordings() -> None:
    recs = [recording("2018-10-01T10:00:00Z"), recording("2018-12-24T10:00:00Z")]
    export = build(recs, purchases=[purchase("2018-11-20T09:00:00Z", "Echo Dot (3rd Gen) - Smart speaker with Alexa")])
    findings = {f.time[:10]: f for f in recording_without_device(export, ReviewContext())}
    assert findings["2018-10-01"].severity == "high"
    assert findings["2018-12-24"].severity == "medium"
    assert "never registered" in findings["2018-12-24"].explanation
    assert "2018-11-20" in findings["2018-12-24"].explanation


def test_owner_declaration_flags_everything_and_notes_contradiction() -> None:
    export, own, unknown, before = one_echo_account()
    findings = recording_without_device(export, ReviewContext(owner_has_no_device=True))
    assert ids(findings) == own | unknown | before
    assert "You declared" in findings[0].explanation and "check that" in findings[0].explanation


def test_deregistered_device_and_reregistration() -> None:
    recs = [recording("2020-03-01T10:00:00Z", serial="S1"),  # inside first period
            recording("2020-08-01T10:00:00Z", serial="S1"),  # gap between periods
            recording("2021-03-01T10:00:00Z", serial="S1")]  # inside second period
    export = build(recs, devices=[device("S1", "Wohnzimmer", "2020-01-01T00:00:00Z", "2020-06-01T00:00:00Z"),
                                  device("S1", "Wohnzimmer", "2021-01-01T00:00:00Z", source="alexa-list")])
    period = recording_outside_device_period(export, ReviewContext())
    assert ids(period) == {recs[1]["id"]}
    assert period[0].evidence["position"] == "outside-period"
    assert ids(recording_without_device(export, ReviewContext())) == {recs[1]["id"]}


def test_weak_archive_time_is_low() -> None:
    recs = [recording("2019-01-01T10:00:00Z", serial="S1", time_source="archive")]
    export = build(recs, devices=[device("S1", "Echo", "2020-01-01T00:00:00Z")])
    assert [f.severity for f in recording_outside_device_period(export, ReviewContext())] == ["low"]


def test_empty_export_has_no_findings() -> None:
    export = build([])
    for rule in DEVICE_RULES:
        assert rule(export, ReviewContext()) == []


@pytest.mark.parametrize(("title", "voice"), [
    ("Echo Dot (3. Gen.) Intelligenter Lautsprecher mit Alexa", True),
    ("Amazon Echo Show 8 | HD-Display", True),
    ("Fire TV Stick mit Alexa-Sprachfernbedienung", True),
    ("Sonos One (Gen 2) Smart Speaker", True),
    ("Wandhalterung für Echo Dot", False),
    ("Amazon Smart Plug, works with Alexa", False),
    ("Echo: Roman (Taschenbuch)", False),
    ("Kindle Paperwhite", False),
])
def test_voice_product_titles(title: str, voice: bool) -> None:
    assert is_voice_product(title) is voice


def test_account_object_unused_by_device_rules() -> None:
    export = build([recording("2020-01-01T00:00:00Z")], account=Account())
    assert len(recording_without_device(export, ReviewContext())) == 1


def test_export_without_a_device_list_says_so_instead_of_flagging_everything() -> None:
    """Google Takeout lists no devices: one export-level note, per-recording findings only on declaration."""
    recs = [recording(f"2023-01-0{d}T08:00:00Z", name="Pixel-Telefon", transcript="wie spät ist es")
            for d in range(1, 6)]
    export = build(recs)
    export.vendor, export.layouts = "google", ["google-takeout"]
    assert not export.has_device_list
    findings = [f for rule in DEVICE_RULES for f in rule(export, ReviewContext())]
    assert [(f.rule, f.subject, f.severity) for f in findings] == [("recording-without-device", "export", "low")]
    assert "no list of the account's devices" in findings[0].explanation and "5 recordings" in findings[0].explanation
    declared = recording_without_device(export, ReviewContext(owner_has_no_device=True))
    assert ids(declared) == {r["id"] for r in recs}
    assert all("rests on your declaration" in f.explanation for f in declared)
