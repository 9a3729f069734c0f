"""The follow-up letters say only what the case shows: no missed deadline before it has passed, no
follow-up without a complaint sent, answers named by file and hash, never quoted."""

from __future__ import annotations

from datetime import date

import pytest

from core.case.correspondence import FileHash, LetterRecord, ReplyRecord
from core.letters.authorities import authority, controller_for
from core.letters.followup import TEXTS, FollowupNotDue, Trail, draft_followup
from core.letters.followup_deadlines import deadlines

DECLARED = {"request_date": "2025-01-10", "request_channel": "web form", "residence": "DE-BY"}
PDF = FileHash("letter-access-de.pdf", 100, "ab" * 32)


def _draft(kind: str, trail: Trail, today: date, lang: str = "en", key: str = "art12"):
    found = [d for d in deadlines(trail.letters, trail.replies, trail.declarations, authority_country="DE",
                                  today=today) if d.key.startswith(key)]
    return draft_followup(kind, trail, authority=authority("debaylda"), controller=controller_for("amazon", "DE"),
                          complainant={"name": "Erika Muster", "address": "Weg 1;80331 München"},
                          deadline=found[0] if found else None, lang=lang, today=today, home="DE")


def test_a_reminder_only_after_the_month_and_it_names_the_dates() -> None:
    trail = Trail([], [], DECLARED)
    with pytest.raises(FollowupNotDue, match="runs until 2025-02-10"):
        _draft("reminder", trail, date(2025, 2, 5))
    letter = _draft("reminder", trail, date(2025, 2, 12))
    text = letter.text()
    assert "On 10 January 2025 I wrote to you" in text and "by 10 February 2025" in text
    assert "Please answer by 26 February 2025" in text and "Bavarian State Office" in text
    assert letter.recipient[0].startswith("Amazon") and letter.kind == "reminder"
    german = _draft("reminder", trail, date(2025, 2, 12), lang="de").text()
    assert "Nach Art. 12 Abs. 3 DSGVO" in german and "10.02.2025" in german
    french = _draft("reminder", trail, date(2025, 2, 12), lang="fr")
    assert french.subject.startswith("Relance") and "article 12, paragraphe 3, du RGPD" in french.text()
    assert set(TEXTS["fr"]) == set(TEXTS["en"]) == set(TEXTS["de"])  # every text in every language


def test_a_complaint_for_non_answer_names_the_reminder() -> None:
    reminder = LetterRecord(1, "reminder", "de", "company", "amazon", date(2025, 2, 12), date(2025, 2, 12), (PDF,))
    trail = Trail([reminder], [], DECLARED)
    text = _draft("nonanswer", trail, date(2025, 3, 13), lang="de").text()
    assert "Beschwerde gegen Amazon" in text and "Am 12.02.2025 habe ich es daran erinnert." in text
    assert "Art. 58 Abs. 2 lit. c DSGVO" in text and PDF.sha256 in text  # the trail lists the reminder's hash


def test_a_follow_up_needs_a_sent_complaint_and_claims_a_missed_period_only_once_passed() -> None:
    complaint = LetterRecord(1, "complaint", "en", "authority", "debaylda", date(2025, 3, 1), None, (PDF,))
    with pytest.raises(FollowupNotDue, match="complaint you sent"):
        _draft("followup", Trail([complaint], [], DECLARED), date(2025, 7, 1), key="art78")
    sent = LetterRecord(1, "complaint", "en", "authority", "debaylda", date(2025, 3, 1), date(2025, 3, 2), (PDF,))
    answer = ReplyRecord(1, "company", date(2025, 4, 1), "<b>answer</b>\u202e.pdf", 2048, "cd" * 32, False)
    early = _draft("followup", Trail([sent], [answer], DECLARED), date(2025, 4, 5), key="art78")
    assert "I have not heard from you since." in early.text() and "ended on" not in early.text()
    late = _draft("followup", Trail([sent], [answer], DECLARED), date(2025, 6, 5), key="art78")
    assert "that period ended on 2 June 2025" in late.text()
    assert late.recipient[-1] == "91504 Ansbach"  # a domestic address has no country line
    assert _draft("reminder", Trail([], [], DECLARED), date(2025, 2, 12)).recipient[-1] == "Luxembourg"
    assert "answers listed below from the company" in late.text() and "cd" * 32 in late.text()
    assert "<b>" not in late.body_html and "&lt;b&gt;answer" in late.body_html  # a file name is text, not markup
