"""The facts a letter states that only the user can confirm, their placeholders, and the deadlines as dates.

A letter never invents a date, a channel, a reference or a consent: each of these comes from the user's
declarations (the app asks; ``dossier letter`` takes ``--request-date`` …). What is missing is written as a
visible placeholder in brackets and listed in :attr:`ConfirmedFacts.missing`, so both front ends can warn
before a letter is saved. Deadlines are calendar dates: Art. 12(3) GDPR (one month, extendable by two),
Art. 78(2) GDPR (three months), § 24(4) DSG (one year from knowledge, three years at most).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.i18n import N_, _
from core.letters import i18n
from core.letters.sanitise import clean_line

# fact key -> placeholder per language (the letter shows it in brackets until the user confirms the fact)
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "name": {"en": "[your name]", "de": "[Ihr Name]", "fr": "[vos nom et prénom]"},
    "request_date": {"en": "[date of your request]", "de": "[Datum Ihres Antrags]",
                     "fr": "[date de votre demande]"},
    "request_channel": {"en": "[how you made the request]", "de": "[Weg Ihres Antrags]",
                        "fr": "[moyen de votre demande]"},
    "delivery_date": {"en": "[date you received the export]", "de": "[Datum des Erhalts des Exports]",
                      "fr": "[date de réception de l'export]"},
    "company_reference": {"en": "[the company's reference, or “none”]",
                          "de": "[Zeichen des Unternehmens oder „keines“]",
                          "fr": "[référence de l'entreprise, ou « aucune »]"},
    "account_email": {"en": "[e-mail address of the account]", "de": "[E-Mail-Adresse des Kundenkontos]",
                      "fr": "[adresse électronique du compte]"},
    "prior_contact": {"en": "[what you asked of the company since, and its answer]",
                      "de": "[was Sie das Unternehmen seither gefragt haben und seine Antwort]",
                      "fr": "[vos démarches auprès de l'entreprise depuis, et sa réponse]"},
    "other_proceedings": {"en": "[whether another authority or a court deals with the same matter]",
                          "de": "[ob eine andere Aufsichtsbehörde oder ein Gericht befasst ist]",
                          "fr": "[si une autre autorité ou une juridiction est saisie]"},
    "consent": {"en": "[whether your identity may be disclosed to the company: yes or no]",
                "de": "[ob Ihre Identität dem Unternehmen offengelegt werden darf: ja oder nein]",
                "fr": "[si votre identité peut être communiquée à l'entreprise : oui ou non]"},
}
# what each fact is called in a warning (English; the app translates its own sentence around it) and, on the
# command line, the option that gives it (the app's letter window has a field of the same name instead)
FACT_NAMES = {"name": N_("your name"), "request_date": N_("the date of your access request"),
              "request_channel": N_("how you made the request"),
              "delivery_date": N_("the date you received the export"),
              "company_reference": N_("the company's reference"),
              "account_email": N_("the e-mail address of the account"),
              "prior_contact": N_("your contact with the company since the request"),
              "other_proceedings": N_("whether another authority or a court is seized"),
              "consent": N_("whether your identity may be disclosed")}
FACT_OPTIONS = {"name": "--name", "request_date": "--request-date", "request_channel": "--request-channel",
                "delivery_date": "--received-date", "company_reference": "--reference",
                "account_email": "--account-email", "prior_contact": "--prior-contact",
                "other_proceedings": "--other-proceedings", "consent": "--consent-to-disclose"}
NONE_WORDS = frozenset({"none", "no", "keine", "keines", "keiner", "nein", "aucune", "aucun", "non", "-"})


def add_months(day: date, months: int) -> date:
    """``day`` plus calendar months; the 31st becomes the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def to_date(value: Any) -> date | None:
    """A user's date: ``date``/``datetime`` or ISO ``YYYY-MM-DD`` text; anything else is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def is_none_word(value: str) -> bool:
    return value.strip().lower().rstrip(".") in NONE_WORDS


def consent_value(value: Any) -> bool | None:
    """``yes``/``no`` (or booleans) as the user's consent to disclosure; anything else is unanswered."""
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("yes", "ja", "oui", "true", "1"):
        return True
    if text in ("no", "nein", "non", "false", "0"):
        return False
    return None


@dataclass
class ConfirmedFacts:
    """The user's facts for one letter, formatted for its language, with placeholders where absent."""

    values: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def as_context(self) -> dict[str, Any]:
        return {**self.values, "missing": list(self.missing)}


def confirmed_facts(declarations: Mapping[str, Any], complainant: Mapping[str, Any], *, lang: str, today: date,
                    kind: str, consent: bool | None) -> ConfirmedFacts:
    """Everything the letter may state from the user's word, with dates and deadlines computed from it."""
    facts = ConfirmedFacts()
    from core.letters.phrasebook import phrases

    own = phrases(lang).get("placeholders", {}) if lang not in PLACEHOLDERS["name"] else {}
    holder = {k: own.get(k) or v.get(lang, v["en"]) for k, v in PLACEHOLDERS.items()}

    def text(key: str, raw: Any, limit: int = 200) -> str:
        value = clean_line(str(raw or ""), max_length=limit)
        if not value:
            facts.missing.append(key)
        return value

    fmt = i18n.format_date
    request, delivery = to_date(declarations.get("request_date")), to_date(declarations.get("delivery_date"))
    for key, value in (("request_date", request), ("delivery_date", delivery)):
        if value is None:
            facts.missing.append(key)
    channel = text("request_channel", declarations.get("request_channel"), 80)
    reference = text("company_reference", declarations.get("company_reference"), 80)
    account = text("account_email", complainant.get("account_email"), 120)
    prior = text("prior_contact", declarations.get("prior_contact"), 500) if kind == "complaint" else ""
    others = text("other_proceedings", declarations.get("other_proceedings"), 300) if kind == "complaint" else ""
    if kind == "complaint" and consent is None:
        facts.missing.append("consent")
    if not clean_line(str(complainant.get("name") or ""), max_length=120):
        facts.missing.append("name")
    due = add_months(request, 1) if request else None
    due_extended = add_months(request, 3) if request else None
    notice = to_date(declarations.get("notice_date"))
    facts.values = {
        "request_date": fmt(request, lang) or holder["request_date"], "has_request_date": request is not None,
        "delivery_date": fmt(delivery, lang) or holder["delivery_date"], "has_delivery_date": delivery is not None,
        "request_channel": channel or holder["request_channel"],
        "company_reference": "" if reference and is_none_word(reference) else (reference or
                                                                              holder["company_reference"]),
        "account_email": account or holder["account_email"],
        "days": (delivery - request).days if request and delivery else None,
        "due": fmt(due, lang), "due_extended": fmt(due_extended, lang),
        "late": bool(due and delivery and delivery > due),
        "late_extended": bool(due_extended and delivery and delivery > due_extended),
        "period_over": bool(due and today > due and delivery is None),
        "prior_contact": "" if prior and is_none_word(prior) else (prior or holder["prior_contact"]),
        "prior_contact_none": bool(prior) and is_none_word(prior),
        "other_proceedings": "" if others and is_none_word(others) else (others or holder["other_proceedings"]),
        "other_proceedings_none": bool(others) and is_none_word(others),
        "consent": consent, "consent_placeholder": holder["consent"],
        "reply_by": fmt(add_months(today, 1), lang),  # what a company letter asks for, as a date
        "court_after": fmt(add_months(today, 3), lang),  # Art. 78(2): no news within three months
        "notice_date": fmt(notice, lang),
        "notice_reply": clean_line(str(declarations.get("notice_reply") or ""), max_length=500),
        "knowledge_limit": fmt(add_months(delivery, 12), lang) if delivery else "",
        "event_limit": fmt(add_months(delivery, 36), lang) if delivery else "",
        "at_limit_passed": bool(delivery and today > add_months(delivery, 12)),
    }
    return facts


def missing_warning(missing: list[str], *, options: bool = False) -> str:
    """One sentence for the user before a letter with placeholders is saved; empty if nothing is missing.
    ``options``: name each fact's command-line option too (``dossier letter``)."""
    if not missing:
        return ""
    names = [_(FACT_NAMES[k]) + (f" ({FACT_OPTIONS[k]})" if options and k in FACT_OPTIONS else "")
             for k in missing if k in FACT_NAMES]
    return _("The letter still has placeholders in brackets for facts only you can confirm: {facts}. Fill them in "
             "(or edit the letter) before you send it.").format(facts="; ".join(names))
