"""What the user must see before a letter is saved: placeholders, contradictions, deadlines that may have passed."""

from __future__ import annotations

from typing import Any

from core.i18n import _
from core.letters.facts import missing_warning
from core.letters.i18n import language_label
from core.letters.verification import verification_warning


def letter_warnings(context: dict[str, Any], *, command_line: bool = False) -> list[str]:
    """One sentence per problem with the drafted letter (empty when it can be sent as it is). ``command_line``:
    for ``dossier letter``, which names the options that give a missing fact (the app names its fields)."""
    out = list(context.get("contradictions", []))
    lang = str(context.get("lang", "en"))
    unverified = verification_warning(lang, language_label(lang))
    if unverified:
        out.append(unverified)
    slug = (context.get("authority") or {}).get("slug")
    if context.get("kind") == "complaint" and slug:
        from core.letters.authorities import authority, sending_languages

        accepted = sending_languages(authority(slug))
        if accepted and lang not in accepted:
            out.append(_("{authority} does not list {language} among the languages it takes complaints in ({accepted})"
                         ": it may ask for a translation or reject the complaint.").format(
                authority=authority(slug).name_en, language=language_label(lang),
                accepted=", ".join(language_label(x) for x in accepted)))
    text = missing_warning(list(context.get("missing", [])), options=command_line)
    if text:
        out.append(text)
    facts = context.get("f", {})
    if context.get("kind") == "complaint" and context.get("is_at") and facts.get("at_limit_passed"):
        out.append(_("More than a year has passed since you received the export ({date}): the Austrian authority may "
                     "reject the complaint as late (§ 24(4) DSG: one year from knowledge, three years at most). The "
                     "letter does not claim that it is in time.").format(date=facts.get("delivery_date")))
    if context.get("kind") == "complaint" and context.get("regime") == "uk" and (
            facts.get("prior_contact_none") or "prior_contact" in context.get("missing", [])):
        out.append(_("The ICO expects you to raise the problem with the company first and to complain within three "
                     "months of its last answer: send the company letter first, or say in --prior-contact what you "
                     "did.") if command_line else
                   _("The ICO expects you to raise the problem with the company first and to complain within three "
                     "months of its last answer: send the company letter first, or say under “Contact with the "
                     "company since” what you did."))
    if context.get("kind") == "complaint" and context.get("report"):
        out.append(_("This is a report to the FDPIC under the Swiss FADP: you will be informed but are not a party. "
                     "An Art. 77 GDPR complaint to the EU lead authority (the default) gives you party rights."))
    return out
