"""Confirmed facts and their deadlines, and device labels that may hold a name (no Qt, no files)."""

from datetime import date

import pytest

from core.letters.facts import add_months, confirmed_facts, consent_value
from core.letters.labels import DeviceLabels, may_hold_a_name


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2018, 10, 1), 1, date(2018, 11, 1)), (date(2018, 10, 1), 3, date(2019, 1, 1)),
    (date(2019, 1, 31), 1, date(2019, 2, 28)), (date(2020, 1, 31), 1, date(2020, 2, 29)),
    (date(2018, 12, 3), 12, date(2019, 12, 3)), (date(2018, 11, 30), 3, date(2019, 2, 28))])
def test_calendar_months(start, months, expected):
    assert add_months(start, months) == expected


def test_absent_facts_are_placeholders_and_listed_never_defaults():
    facts = confirmed_facts({}, {}, lang="de", today=date(2026, 3, 8), kind="complaint", consent=None)
    assert set(facts.missing) == {"request_date", "delivery_date", "request_channel", "company_reference",
                                  "account_email", "prior_contact", "other_proceedings", "consent", "name"}
    values = facts.values
    assert values["request_date"] == "[Datum Ihres Antrags]" and values["due"] == ""
    assert values["consent"] is None and values["days"] is None
    company = confirmed_facts({}, {}, lang="en", today=date(2026, 3, 8), kind="access", consent=None)
    assert "consent" not in company.missing and "other_proceedings" not in company.missing


def test_confirmed_facts_give_dates_and_none_means_none():
    facts = confirmed_facts({"request_date": "2018-10-01", "delivery_date": "2018-12-03", "request_channel": "e-mail",
                             "company_reference": "keines", "prior_contact": "none", "other_proceedings": "None."},
                            {"name": "E", "account_email": "e@example.org"}, lang="en", today=date(2026, 3, 8),
                            kind="complaint", consent=True)
    assert facts.missing == []
    v = facts.values
    assert (v["due"], v["due_extended"], v["days"], v["late"]) == ("1 November 2018", "1 January 2019", 63, True)
    assert v["company_reference"] == "" and v["prior_contact_none"] and v["other_proceedings_none"]
    assert v["reply_by"] == "8 April 2026" and v["court_after"] == "8 June 2026"
    assert v["knowledge_limit"] == "3 December 2019" and v["at_limit_passed"]


def test_consent_is_only_what_the_user_said():
    assert [consent_value(x) for x in ("yes", "Nein", True, "", None, "maybe")] == [True, False, True, None, None,
                                                                                    None]


@pytest.mark.parametrize(("label", "named"), [
    ("Max Müllers Echo Dot", True), ("Anna's Echo", True), ("Echo Dot", False), ("Küche", False),
    ("Kitchen Echo Show 2nd Gen", False), ("Wohnzimmer", False), ("Echo von Jonas", True), ("Pixel phone", False)])
def test_labels_that_may_hold_a_name(label, named):
    assert may_hold_a_name(label) is named


def test_pseudonyms_are_stable_and_redact_longest_first():
    labels = DeviceLabels(["Max Müllers Echo Dot", "Küche", "Max Müllers Echo Dot", "Annas Echo"], "de")
    assert labels.shown("Max Müllers Echo Dot") == "Gerät A (Bezeichnung enthält vermutlich einen Namen)"
    assert labels.shown("Annas Echo").startswith("Gerät B ")
    assert labels.shown("Küche") == "Küche"
    text = labels.redact('Aufnahmen von "Max Müllers Echo Dot" und "Annas Echo"')
    assert "Müller" not in text and "Anna" not in text
