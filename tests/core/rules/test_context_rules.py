"""Active hours, place mismatch (offline gazetteer), unfamiliar names."""

from __future__ import annotations

import pytest

from core.model import Account
from core.rules.active_hours import quiet_window, recording_outside_active_hours
from core.rules.finding import ReviewContext
from core.rules.gazetteer import default_gazetteer, distance_km, normalise
from core.rules.place_mismatch import named_places, recording_place_mismatch
from core.rules.unfamiliar_name import names_in, recording_unfamiliar_name
from tests.core.rules.factory import build, device, ids, purchase, recording, search

MUNICH = Account(names=["Max Mustermann"], addresses=["Leopoldstraße 1, 80802 München, Germany"])


def _daytime_activity() -> tuple[list, list]:
    purchases = [purchase(f"2019-0{1 + d % 9}-{1 + d % 27:02d}T{8 + d % 13:02d}:15:00Z", f"Buch {d}")
                 for d in range(40)]
    searches = [search(f"2019-05-{1 + d % 28:02d}T{7 + d % 15:02d}:40:00Z", f"suche {d}") for d in range(30)]
    return purchases, searches


def test_quiet_window_is_the_longest_circular_run() -> None:
    hist = [0] * 24
    for h in range(7, 23):
        hist[h] = 10
    assert quiet_window(__import__("numpy").array(hist)) == (23, 8)
    assert quiet_window(__import__("numpy").array([5] * 24)) is None


def test_outside_active_hours_learns_from_purchases_searches_and_own_recordings() -> None:
    purchases, searches = _daytime_activity()
    night = [recording(f"2019-06-0{d}T03:{d:02d}:00Z", serial="S1") for d in range(1, 4)]
    edge = recording("2019-06-05T22:30:00Z", serial="S1")  # first quiet hour: margin, not flagged
    day = [recording(f"2019-06-1{d}T1{d}:00:00Z", serial="S1") for d in range(0, 5)]
    export = build([*night, edge, *day], purchases=purchases, searches=searches)
    findings = recording_outside_active_hours(export, ReviewContext())
    assert ids(findings) == {r["id"] for r in night}
    assert all(f.severity == "low" for f in findings)
    f = findings[0]
    assert "03:01 UTC" in f.explanation and "0 fall between 22:00 and 07:00 UTC" in f.explanation
    # the user marks one night recording as theirs: night becomes usual, nothing else is flagged at 3 am
    own = {night[0]["id"]}
    more = [recording(f"2019-07-{d:02d}T03:10:00Z", serial="S1") for d in range(1, 5)]
    export = build(night + more + day, purchases=purchases, searches=searches)
    ctx = ReviewContext(own_recordings=own | {r["id"] for r in more})
    assert recording_outside_active_hours(export, ctx) == []


def test_too_little_activity_gives_no_findings() -> None:
    export = build([recording("2019-06-01T03:00:00Z")], purchases=[purchase("2019-01-01T10:00:00Z", "x")])
    assert recording_outside_active_hours(export, ReviewContext()) == []


def test_gazetteer_names_and_distances() -> None:
    g = default_gazetteer()
    assert g.lookup("Munich") == g.lookup("München") == g.lookup("muenchen")
    assert g.lookup("Cologne").name == "Köln" and g.lookup("The Hague").country == "NL"
    assert 500 < distance_km(g.lookup("München"), g.lookup("Hamburg")) < 650
    assert distance_km(g.lookup("Berlin"), g.lookup("Potsdam")) < 40
    assert normalise("Saint-Étienne") == "saint etienne"
    countries = {p.country for p in g.places.values()}
    assert {"DE", "AT", "CH", "LU", "FR", "IT", "ES", "NL", "UK"} <= countries
    assert len({p for p in g.places.values() if p.population_k >= 50}) > 450


@pytest.mark.parametrize(("text", "places"), [
    ("wie wird das wetter in hamburg", ["Hamburg"]),
    ("what's the weather like in cologne tomorrow", ["Köln"]),
    ("wie ist der verkehr nach frankfurt am main", ["Frankfurt am Main"]),
    ("wie hat bayern münchen gespielt", []),
    ("what time is it in new york", []),
    ("i am reading a book", []),
    ("play radio hamburg", []),
    ("how did manchester united play", []),
    ("hamburg wetter", ["Hamburg"]),
])
def test_places_need_a_cue(text: str, places: list[str]) -> None:
    assert [p.name for p, _ in named_places(text, default_gazetteer())] == places


@pytest.mark.parametrize("text", ["Alexa, regnet es morgen in Hamburg?", "is it raining in Hamburg",
                                  "est-ce qu'il pleut à Hamburg"])
def test_weather_verbs_make_a_weather_question(text: str) -> None:
    rec = recording("2019-06-01T08:00:00Z", transcript=text)
    findings = recording_place_mismatch(build([rec], account=MUNICH), ReviewContext())
    assert [(f.severity, "weather or traffic question" in f.explanation) for f in findings] == [("medium", True)]


def test_place_mismatch_far_and_near() -> None:
    far = recording("2019-06-01T08:00:00Z", transcript="Alexa, wie wird das Wetter in Hamburg?")
    near = recording("2019-06-02T08:00:00Z", transcript="wetter in augsburg")
    other = recording("2019-06-03T08:00:00Z", transcript="spiel musik von Berlin Tag und Nacht")
    export = build([far, near, other], account=MUNICH)
    findings = recording_place_mismatch(export, ReviewContext())
    assert ids(findings) == {far["id"]}
    f = findings[0]
    assert f.severity == "medium" and "Hamburg (DE)" in f.explanation and "München (DE)" in f.explanation
    assert 550 < f.evidence["distance_km"] < 650
    # an address that cannot be located weakens the finding
    export.account = Account(names=["Max"],
                             addresses=["Leopoldstraße 1, München", "Dorfweg 2, 12345 Kleinkleckersdorf"])
    assert [f.severity for f in recording_place_mismatch(export, ReviewContext())] == ["low"]
    export.account = Account(names=["Max"], addresses=["Dorfweg 2, Kleinkleckersdorf"])
    assert recording_place_mismatch(export, ReviewContext()) == []


@pytest.mark.parametrize(("text", "names"), [
    ("alexa ruf sabine an", ["sabine"]),
    ("call mom", []),
    ("set volume to max", []),
    ("call max", ["max"]),
    ("remind frank to buy milk", ["frank"]),
    ("play will's playlist", ["will"]),
    ("wie wird das wetter in san diego", []),
    ("erinnere Jürgen an den Termin", ["jurgen"]),
])
def test_names_in(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_unfamiliar_names_exclude_holder_devices_and_own_recordings() -> None:
    recs = [recording("2019-06-01T08:00:00Z", transcript="ruf Sabine an"),
            recording("2019-06-02T08:00:00Z", transcript="call Max"),
            recording("2019-06-03T08:00:00Z", transcript="text Julia i am late"),
            recording("2019-06-04T08:00:00Z", transcript="erinnere Thomas an den Müll"),
            recording("2019-06-05T08:00:00Z", transcript="call Thomas")]
    export = build(recs, devices=[device("S1", "Julia's Echo", "2019-01-01T00:00:00Z")], account=MUNICH)
    ctx = ReviewContext(own_recordings={recs[3]["id"]})  # Thomas is named in the user's own recording
    findings = recording_unfamiliar_name(export, ctx)
    assert ids(findings) == {recs[0]["id"]}
    assert '"Sabine"' in findings[0].explanation and "Max Mustermann" in findings[0].explanation
    export.account = Account()
    assert recording_unfamiliar_name(export, ReviewContext()) == []
