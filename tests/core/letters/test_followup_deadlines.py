"""The deadlines a case's correspondence sets running, with an injected clock."""

from __future__ import annotations

from datetime import date

from core.case.correspondence import LetterRecord, ReplyRecord
from core.letters.followup_deadlines import deadlines, pressing

REQUEST = {"request_date": "2025-01-31", "request_channel": "web form"}


def letter(i: int, kind: str, party: str, sent: date | None) -> LetterRecord:
    return LetterRecord(i, kind, "en", party, "debaylda" if party == "authority" else "amazon", date(2025, 1, 1),
                        sent, ())


def reply(i: int, party: str, received: date, extension: bool = False) -> ReplyRecord:
    return ReplyRecord(i, party, received, "a.eml", 10, "00" * 32, extension)


def test_the_request_has_one_month_then_a_reminder_then_a_complaint_for_non_answer() -> None:
    (d,) = deadlines([], [], REQUEST, authority_country="DE", today=date(2025, 2, 20))
    assert (d.basis, d.due, d.state, d.next_step) == ("Art. 12(3) GDPR", date(2025, 2, 28), "open", "reminder")
    (d,) = deadlines([], [], REQUEST, authority_country="DE", today=date(2025, 2, 22))
    assert d.state == "due" and pressing([d]) == [d]  # a week before
    (d,) = deadlines([], [], REQUEST, authority_country="DE", today=date(2025, 3, 1))
    assert d.state == "passed" and "passed on 2025-02-28" in d.sentence() and "a reminder" in d.sentence()
    reminded = [letter(1, "reminder", "company", date(2025, 3, 3))]
    (d,) = deadlines(reminded, [], REQUEST, authority_country="DE", today=date(2025, 4, 4))
    assert (d.due, d.state, d.next_step, d.letter_id) == (date(2025, 4, 3), "passed", "nonanswer", 1)
    complained = [*reminded, letter(2, "nonanswer", "authority", date(2025, 4, 5))]
    (d,) = deadlines(complained, [], REQUEST, authority_country="DE", today=date(2025, 4, 6))
    assert (d.basis, d.due, d.next_step) == ("Art. 78(2) GDPR", date(2025, 7, 5), "followup")


def test_an_extension_gives_three_months_and_an_answer_or_the_export_ends_the_period() -> None:
    (d,) = deadlines([], [reply(1, "company", date(2025, 2, 10), extension=True)], REQUEST,
                     authority_country="DE", today=date(2025, 3, 1))
    assert (d.basis, d.due, d.state) == ("Art. 12(3) GDPR (extended by two months)", date(2025, 4, 30), "open")
    assert deadlines([], [reply(1, "company", date(2025, 2, 10))], REQUEST, authority_country="DE",
                     today=date(2025, 9, 1)) == []
    assert deadlines([], [], {**REQUEST, "delivery_date": "2025-02-20"}, authority_country="DE",
                     today=date(2025, 9, 1)) == []


def test_the_authority_has_three_months_from_the_complaint_or_its_last_news() -> None:
    complaint = [letter(1, "complaint", "authority", date(2025, 2, 1))]
    declared = {**REQUEST, "delivery_date": "2025-01-20"}
    (d,) = deadlines(complaint, [], declared, authority_country="FR", today=date(2025, 5, 2))
    assert (d.due, d.state, d.next_step) == (date(2025, 5, 1), "passed", "followup")
    (d,) = deadlines(complaint, [reply(1, "authority", date(2025, 4, 1))], declared, authority_country="FR",
                     today=date(2025, 5, 2))
    assert (d.due, d.state) == (date(2025, 7, 1), "open") and "since its last news" in d.what
    (d,) = deadlines(complaint, [], declared, authority_country="GB", today=date(2025, 5, 2))
    assert d.basis == "s. 166 Data Protection Act 2018"
    assert deadlines(complaint, [], declared, authority_country="CH", today=date(2025, 5, 2)) == []
    unsent = [letter(1, "complaint", "authority", None)]
    assert deadlines(unsent, [], declared, authority_country="FR", today=date(2026, 1, 1)) == []


def test_the_time_to_complain_in_austria_and_to_the_ico() -> None:
    declared = {**REQUEST, "delivery_date": "2025-02-15"}
    (d,) = deadlines([], [], declared, authority_country="AT", today=date(2026, 2, 10))
    assert (d.basis, d.due, d.state, d.next_step) == ("§ 24(4) DSG", date(2026, 2, 15), "due", "complaint")
    (d,) = deadlines([], [], declared, authority_country="AT", today=date(2026, 3, 1))
    assert d.state == "passed" and d.next_step is None  # too late: no next step is offered as if it were not
    (d,) = deadlines([], [reply(1, "company", date(2025, 3, 10))], declared, authority_country="GB",
                     today=date(2025, 6, 1))
    assert (d.basis, d.due) == ("the ICO's three months", date(2025, 6, 10))
    complained = [letter(1, "complaint", "authority", date(2025, 3, 1))]
    assert all(d.key.startswith("art78") for d in deadlines(complained, [], declared, authority_country="AT",
                                                            today=date(2026, 3, 1)))


def test_the_sentence_is_in_the_current_language_with_the_callers_date_format() -> None:
    from core.i18n import set_language

    (d,) = deadlines([], [], REQUEST, authority_country="DE", today=date(2025, 3, 1))
    assert d.sentence() == ("Your access request to the company — Art. 12(3) GDPR passed on 2025-02-28. Next step: "
                            "a reminder to the company.")
    assert d.sentence(day=lambda day: day.strftime("%d/%m/%Y")).startswith(
        "Your access request to the company — Art. 12(3) GDPR passed on 28/02/2025.")
    complaint = [letter(3, "complaint", "authority", date(2025, 2, 1))]
    (c,) = deadlines(complaint, [reply(1, "authority", date(2025, 4, 1))], {}, authority_country="AT",
                     today=date(2025, 5, 2))
    (limit,) = deadlines([], [], {"delivery_date": "2025-02-16"}, authority_country="AT", today=date(2026, 2, 10))
    set_language("de")
    try:
        assert d.sentence(day=lambda day: f"{day.day}. Februar {day.year}") == (
            "Ihr Auskunftsantrag an das Unternehmen — die Frist nach Art. 12 Abs. 3 DSGVO ist am 28. Februar 2025 "
            "abgelaufen. Nächster Schritt: eine Erinnerung an das Unternehmen.")
        assert c.sentence() == ("Ihre Beschwerde L3 bei der Behörde (seit ihrer letzten Nachricht) — die Frist nach "
                                "Art. 78 Abs. 2 DSGVO läuft bis 2025-07-01.")
        assert limit.sentence() == ("Die Frist für eine Beschwerde — die Frist nach § 24 Abs. 4 DSG endet am "
                                    "2026-02-16. Nächster Schritt: Ihre Beschwerde.")
        set_language("qps")
        assert d.sentence().startswith("⟦⟦Your access request to the company") and d.sentence().endswith("⟧")
    finally:
        set_language("en")
