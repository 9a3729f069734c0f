"""The deadlines a case's correspondence sets running, as calendar dates, each with the next step.

Computed from what the case holds — the access request and the day the export arrived (declarations),
the letters the user marked as sent and the answers they attached — against ``today``, which the caller
passes in (the clock is injected, so tests and ``dossier case --today`` can look ahead):

- Art. 12(3) GDPR: a company answers a request within one month of receiving it; extendable by two further
  months when it says so within the first month. Passed without an answer: a reminder; passed after a
  reminder: a complaint for non-answer.
- Art. 78(2) GDPR (for the ICO: s. 166 Data Protection Act 2018): an authority tells the complainant within
  three months where the complaint stands. Passed without news: a follow-up to the authority.
- § 24(4) DSG (Austria): a complaint within one year of learning of the infringement.
- The ICO: a complaint within three months of the company's last answer.

The period is counted from the day the user sent the letter (the day it arrived is not known).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from core.case.correspondence import LetterRecord, ReplyRecord
from core.i18n import N_, _
from core.letters.facts import add_months, to_date

State = Literal["open", "due", "passed"]
SOON = timedelta(days=7)  # a deadline this close is shown as due
COMPANY_KINDS = ("access", "erasure", "breach", "reminder")
COMPLAINT_KINDS = ("complaint", "nonanswer")
# the next step, the period's legal basis and what runs: catalog texts (English, the source language), each
# translated where the sentence is written
NEXT_STEP_TEXT = {"reminder": N_("a reminder to the company"), "nonanswer": N_("a complaint for non-answer"),
                  "followup": N_("a follow-up to the authority"), "complaint": N_("your complaint")}
ART12, ART12_EXTENDED = N_("Art. 12(3) GDPR"), N_("Art. 12(3) GDPR (extended by two months)")
ART78, DPA166 = N_("Art. 78(2) GDPR"), N_("s. 166 Data Protection Act 2018")
DSG24, ICO_MONTHS = N_("§ 24(4) DSG"), N_("the ICO's three months")
REQUEST_TO_COMPANY = N_("Your access request to the company")
LETTER_TO_COMPANY = N_("Your letter {label} to the company")
COMPLAINT_TO_AUTHORITY = N_("Your complaint {label} to the authority")
COMPLAINT_SINCE_NEWS = N_("Your complaint {label} to the authority (since its last news)")
TIME_TO_COMPLAIN = N_("The time to complain")


@dataclass(frozen=True)
class Deadline:
    """One running period: what it is, its legal basis, its date, its state today and the next step."""

    key: str
    basis: str  # one of the texts above, in English (the catalog's msgid)
    what: str  # one of the texts above, in English; ``{label}``: the letter's label (L2)
    due: date
    state: State
    next_step: str | None  # "reminder" | "nonanswer" | "followup" | "complaint" | None
    letter_id: int | None = None
    since: date | None = None  # the day the period started (the request, the letter sent, the last news)

    def sentence(self, day: Callable[[date], str] = date.isoformat) -> str:
        """One plain sentence in the current language (the welcome page, the export's page, ``dossier case
        --status``); ``day`` writes the date (ISO by default; the app passes its locale's long format)."""
        what = _(self.what).format(label=f"L{self.letter_id}" if self.letter_id else "")
        values = {"what": what, "basis": _(self.basis), "day": day(self.due)}
        if self.state == "open":
            text = _("{what} — {basis} runs until {day}.").format(**values)
        elif self.state == "due":
            text = _("{what} — {basis} ends on {day}.").format(**values)
        else:
            text = _("{what} — {basis} passed on {day}.").format(**values)
        if self.next_step in NEXT_STEP_TEXT and self.state != "open":
            text += " " + _("Next step: {step}.").format(step=_(NEXT_STEP_TEXT[self.next_step or ""]))
        return text


def _state(due: date, today: date) -> State:
    if today > due:
        return "passed"
    return "due" if today >= due - SOON else "open"


def _answered(replies: Sequence[ReplyRecord], party: str, since: date) -> list[ReplyRecord]:
    return [r for r in replies if r.party == party and r.received >= since]


def deadlines(letters: Sequence[LetterRecord], replies: Sequence[ReplyRecord], declarations: Mapping[str, Any], *,
              authority_country: str, today: date) -> list[Deadline]:
    """Every deadline the case's correspondence sets running that has not been met, earliest first."""
    out: list[Deadline] = []
    sent = [x for x in letters if x.sent is not None]
    request, delivered = to_date(declarations.get("request_date")), to_date(declarations.get("delivery_date"))
    reminders = [x for x in sent if x.kind == "reminder"]
    complaints = [x for x in sent if x.party == "authority" and x.kind in COMPLAINT_KINDS]
    # the access request and each letter to the company: Art. 12(3)
    to_company: list[tuple[str, date, int | None, str]] = []
    if request is not None and delivered is None:
        to_company.append(("request", request, None, REQUEST_TO_COMPANY))
    to_company += [(x.kind, x.sent, x.id, LETTER_TO_COMPANY) for x in sent
                   if x.party == "company" and x.kind in COMPANY_KINDS and x.sent is not None]
    for kind, since, letter_id, what in to_company:
        answers = _answered(replies, "company", since)
        if any(not a.extension for a in answers):
            continue
        later_reminder = any(r.sent and r.sent > since and r.id != letter_id for r in reminders)
        if later_reminder and kind != "reminder":
            continue  # the reminder carries the deadline on
        if kind == "reminder" and complaints and any(c.sent and c.sent >= since for c in complaints):
            continue
        months = 3 if answers else 1
        basis = ART12_EXTENDED if answers else ART12
        due = add_months(since, months)
        step = "nonanswer" if kind == "reminder" or months == 3 else "reminder"
        out.append(Deadline(f"art12-{letter_id or 'request'}", basis, what,
                            due, _state(due, today), step, letter_id, since))
    # each complaint: Art. 78(2) (s. 166 DPA 2018 for the ICO); none for a report to the FDPIC
    if authority_country != "CH":
        basis = DPA166 if authority_country == "GB" else ART78
        for complaint in complaints:
            assert complaint.sent is not None
            news = [r.received for r in _answered(replies, "authority", complaint.sent)]
            news += [x.sent for x in sent if x.kind == "followup" and x.sent and x.sent >= complaint.sent]
            since = max([complaint.sent, *news])
            due = add_months(since, 3)
            what = COMPLAINT_SINCE_NEWS if news else COMPLAINT_TO_AUTHORITY
            out.append(Deadline(f"art78-{complaint.id}", basis, what, due, _state(due, today), "followup",
                                complaint.id, complaint.sent))
    # the time left to complain at all (Austria, the ICO)
    if not complaints and authority_country in ("AT", "GB"):
        start = delivered
        if authority_country == "GB":
            start = max([d for d in [delivered, *(r.received for r in replies if r.party == "company")] if d],
                        default=None)
        if start is not None:
            months, basis = (12, DSG24) if authority_country == "AT" else (3, ICO_MONTHS)
            due = add_months(start, months)
            out.append(Deadline(f"limit-{authority_country.lower()}", basis, TIME_TO_COMPLAIN,
                                due, _state(due, today), None if today > due else "complaint", None, start))
    return sorted(out, key=lambda d: (d.due, d.key))


def pressing(found: Sequence[Deadline]) -> list[Deadline]:
    """The deadlines to show on opening: due within a week or passed."""
    return [d for d in found if d.state != "open"]
