"""The follow-up letters, drafted from what the case holds: a reminder to the company (``reminder``), a
complaint for non-answer to the authority (``nonanswer``) and a follow-up to the authority (``followup``).

Each states only dates, names and hashes from the case (the letters the user marked as sent, the answers
they attached, their declarations) and lists the whole correspondence with SHA-256 hashes, so the
addressee can check every copy attached. An answer's content is never quoted. English, German and French;
other letter languages get the English text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from markupsafe import escape

from core.case.correspondence import LetterRecord, ReplyRecord
from core.errors import DossierError
from core.i18n import N_, _
from core.letters import i18n
from core.letters.authorities import Authority, Controller
from core.letters.facts import add_months, to_date
from core.letters.followup_deadlines import Deadline
from core.letters.render import LABELS, RenderedLetter
from core.letters.render_lines import attention
from core.letters.sanitise import clean_line, clean_lines

FOLLOWUP_KINDS = ("reminder", "nonanswer", "followup")
ALL_KINDS = ("complaint", "access", "erasure", "breach", *FOLLOWUP_KINDS)
REPLY_WITHIN = timedelta(days=14)  # what a reminder asks for: the month has already passed
KIND_PARTY = {"reminder": "company", "nonanswer": "authority", "followup": "authority"}
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "reminder.subject": "Reminder: my request of {first} under the GDPR has not been answered",
        "nonanswer.subject": "Complaint: {company} has not answered my request under the GDPR",
        "followup.subject": "My complaint of {complaint}: follow-up",
        "hello": "Dear Sir or Madam,", "bye": "Yours faithfully,",
        "wrote": "On {first} I wrote to you about my personal data (my request and the letters since are listed "
                 "below).",
        "due": "Under Art. 12(3) GDPR you had to answer within one month, by {due}{ext}. I have not received an "
               "answer.",
        "ext": " (extended by two months, as you told me on {on})",
        "ask_reply": "Please answer by {reply_by}. If I receive no answer by then, I will lodge a complaint with "
                     "{authority}.",
        "lodge": "I lodge a complaint under Art. 77 GDPR against {company}, {address}.",
        "asked": "On {first} I asked the company about my personal data. Under Art. 12(3) GDPR it had to answer "
                 "by {due}{ext}.{reminded} To this day ({today}) I have not received an answer.",
        "reminded": " On {on} I reminded it.",
        "order": "I ask you to examine my complaint, to order the company to answer my request (Art. 58(2)(c) "
                 "GDPR) and to inform me of the progress and outcome (Art. 77(2) GDPR).",
        "complained": "On {complaint} I lodged a complaint with you against {company}.",
        "no_news": "I have not heard from you since. Under Art. 78(2) GDPR you are to inform me within three "
                   "months of where the complaint stands; that period ended on {due}.",
        "no_news_yet": "I have not heard from you since.",
        "news": "Your last news reached me on {on}.",
        "replies": "Since then I received the answers listed below from the company; copies are attached.",
        "no_replies": "I have received no answer from the company since.",
        "ask_status": "Please tell me where my complaint stands and what the next steps are.",
        "trail": "Correspondence so far (SHA-256 of each copy, so every attachment can be checked):",
        "letter": "{on}: my {kind} letter {label} to {to}{sent}",
        "sent": ", sent on {on}", "not_sent": ", not sent",
        "reply": "{on}: answer from the {party} — file “{name}”, {size}, SHA-256 {sha}",
        "request": "{on}: my access request{channel}", "delivered": "{on}: export received",
        "company": "company", "authority": "authority",
        "kinds": "complaint|access follow-up|erasure/restriction|breach inquiry|reminder|complaint for non-answer|"
                 "follow-up",
    },
    "de": {
        "reminder.subject": "Erinnerung: Mein Antrag nach der DSGVO vom {first} ist unbeantwortet",
        "nonanswer.subject": "Beschwerde: {company} hat meinen Antrag nach der DSGVO nicht beantwortet",
        "followup.subject": "Meine Beschwerde vom {complaint}: Nachfrage",
        "hello": "Sehr geehrte Damen und Herren,", "bye": "Mit freundlichen Grüßen",
        "wrote": "Am {first} habe ich mich wegen meiner personenbezogenen Daten an Sie gewandt (mein Antrag und "
                 "die Schreiben seither sind unten aufgeführt).",
        "due": "Nach Art. 12 Abs. 3 DSGVO hatten Sie innerhalb eines Monats zu antworten, bis zum {due}{ext}. "
               "Eine Antwort habe ich nicht erhalten.",
        "ext": " (um zwei Monate verlängert, wie Sie mir am {on} mitteilten)",
        "ask_reply": "Bitte antworten Sie bis zum {reply_by}. Erhalte ich bis dahin keine Antwort, werde ich "
                     "Beschwerde bei {authority} einlegen.",
        "lodge": "Hiermit lege ich nach Art. 77 DSGVO Beschwerde gegen {company}, {address}, ein.",
        "asked": "Am {first} habe ich das Unternehmen wegen meiner personenbezogenen Daten angeschrieben. Nach "
                 "Art. 12 Abs. 3 DSGVO hatte es bis zum {due}{ext} zu antworten.{reminded} Bis heute ({today}) "
                 "habe ich keine Antwort erhalten.",
        "reminded": " Am {on} habe ich es daran erinnert.",
        "order": "Ich bitte Sie, meine Beschwerde zu prüfen, das Unternehmen anzuweisen, meinen Antrag zu "
                 "beantworten (Art. 58 Abs. 2 lit. c DSGVO), und mich über den Stand und das Ergebnis zu "
                 "unterrichten (Art. 77 Abs. 2 DSGVO).",
        "complained": "Am {complaint} habe ich bei Ihnen Beschwerde gegen {company} eingelegt.",
        "no_news": "Seither habe ich nichts von Ihnen gehört. Nach Art. 78 Abs. 2 DSGVO unterrichten Sie mich "
                   "innerhalb von drei Monaten über den Stand; diese Frist endete am {due}.",
        "no_news_yet": "Seither habe ich nichts von Ihnen gehört.",
        "news": "Ihre letzte Nachricht erhielt ich am {on}.",
        "replies": "Seither habe ich die unten aufgeführten Antworten des Unternehmens erhalten; Kopien liegen bei.",
        "no_replies": "Eine Antwort des Unternehmens habe ich seither nicht erhalten.",
        "ask_status": "Bitte teilen Sie mir mit, wie der Stand meiner Beschwerde ist und welche Schritte folgen.",
        "trail": "Bisheriger Schriftverkehr (SHA-256 jeder Kopie, so lässt sich jede Anlage prüfen):",
        "letter": "{on}: mein Schreiben {label} ({kind}) an {to}{sent}",
        "sent": ", versandt am {on}", "not_sent": ", nicht versandt",
        "reply": "{on}: Antwort {party} — Datei „{name}“, {size}, SHA-256 {sha}",
        "request": "{on}: mein Auskunftsantrag{channel}", "delivered": "{on}: Export erhalten",
        "company": "des Unternehmens", "authority": "der Behörde",
        "kinds": "Beschwerde|Auskunft (Nachfrage)|Löschung/Einschränkung|Anfrage zur Datenpanne|Erinnerung|"
                 "Beschwerde wegen Nichtbeantwortung|Nachfrage",
    },
    "fr": {
        "reminder.subject": "Relance : ma demande du {first} au titre du RGPD est restée sans réponse",
        "nonanswer.subject": "Plainte : {company} n'a pas répondu à ma demande au titre du RGPD",
        "followup.subject": "Ma plainte du {complaint} : demande d'information",
        "hello": "Madame, Monsieur,",
        "bye": "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "wrote": "Le {first}, je me suis adressé(e) à vous au sujet de mes données personnelles (ma demande et les "
                 "courriers suivants sont énumérés ci-dessous).",
        "due": "En vertu de l'article 12, paragraphe 3, du RGPD, vous deviez répondre dans un délai d'un mois, au "
               "plus tard le {due}{ext}. Je n'ai reçu aucune réponse.",
        "ext": " (délai prolongé de deux mois, comme vous me l'avez indiqué le {on})",
        "ask_reply": "Je vous prie de répondre au plus tard le {reply_by}. À défaut de réponse d'ici là, je "
                     "déposerai une plainte auprès de {authority}.",
        "lodge": "Je dépose une plainte au titre de l'article 77 du RGPD contre {company}, {address}.",
        "asked": "Le {first}, j'ai adressé une demande à l'entreprise au sujet de mes données personnelles. En "
                 "vertu de l'article 12, paragraphe 3, du RGPD, elle devait répondre au plus tard le {due}{ext}."
                 "{reminded} À ce jour ({today}), je n'ai reçu aucune réponse.",
        "reminded": " Le {on}, je l'ai relancée.",
        "order": "Je vous prie d'examiner ma plainte, d'ordonner à l'entreprise de répondre à ma demande (article "
                 "58, paragraphe 2, point c), du RGPD) et de m'informer de l'état d'avancement et de l'issue de la "
                 "plainte (article 77, paragraphe 2, du RGPD).",
        "complained": "Le {complaint}, j'ai déposé auprès de vous une plainte contre {company}.",
        "no_news": "Je n'ai pas eu de nouvelles depuis. En vertu de l'article 78, paragraphe 2, du RGPD, vous deviez "
                   "m'informer dans un délai de trois mois de l'état d'avancement de ma plainte ; ce délai a expiré "
                   "le {due}.",
        "no_news_yet": "Je n'ai pas eu de nouvelles depuis.",
        "news": "Votre dernier courrier m'est parvenu le {on}.",
        "replies": "Depuis, j'ai reçu de l'entreprise les réponses énumérées ci-dessous ; elles sont jointes en "
                   "copie.",
        "no_replies": "Je n'ai reçu depuis aucune réponse de l'entreprise.",
        "ask_status": "Je vous prie de m'indiquer où en est ma plainte et quelles sont les prochaines étapes.",
        "trail": "Correspondance à ce jour (SHA-256 de chaque copie, pour que chaque pièce jointe puisse être "
                 "vérifiée) :",
        "letter": "{on} : mon courrier {label} ({kind}) à {to}{sent}",
        "sent": ", envoyé le {on}", "not_sent": ", non envoyé",
        "reply": "{on} : réponse {party} — fichier « {name} », {size}, SHA-256 {sha}",
        "request": "{on} : ma demande d'accès{channel}", "delivered": "{on} : export reçu",
        "company": "de l'entreprise", "authority": "de l'autorité",
        "kinds": "plainte|accès (relance)|effacement/limitation|demande sur une violation de données|relance|"
                 "plainte pour absence de réponse|demande d'information",
    },
}


class FollowupNotDue(DossierError):
    category = "followup-not-due"
    default_message = N_("This letter would state a missed deadline that the case does not show — record the "
                         "request or the letter you sent (and when), or wait until its period has passed.")


@dataclass(frozen=True)
class Trail:
    """What the case holds about the correspondence, for one letter."""

    letters: Sequence[LetterRecord]
    replies: Sequence[ReplyRecord]
    declarations: Mapping[str, Any]


def trail_lines(trail: Trail, lang: str, names: Mapping[str, str]) -> list[str]:
    """The correspondence in date order, one line each, with the files' hashes (``names``: addressee -> name)."""
    t = TEXTS.get(lang, TEXTS["en"])
    fmt = i18n.format_date
    dated: list[tuple[date, str]] = []
    request, delivered = to_date(trail.declarations.get("request_date")), to_date(
        trail.declarations.get("delivery_date"))
    channel = clean_line(str(trail.declarations.get("request_channel") or ""), max_length=80)
    if request:
        dated.append((request, t["request"].format(on=fmt(request, lang), channel=f" ({channel})" if channel else "")))
    if delivered:
        dated.append((delivered, t["delivered"].format(on=fmt(delivered, lang))))
    kinds = dict(zip(ALL_KINDS, t["kinds"].split("|"), strict=True))
    for x in trail.letters:
        sent = t["sent"].format(on=fmt(x.sent, lang)) if x.sent else t["not_sent"]
        files = "; ".join(f"{f.name} SHA-256 {f.sha256}" for f in x.files)
        line = t["letter"].format(on=fmt(x.sent or x.drafted, lang), kind=kinds.get(x.kind, x.kind), label=x.label,
                                  to=names.get(x.addressee, x.addressee), sent=sent)
        dated.append((x.sent or x.drafted, line + (f" — {files}" if files else "")))
    for r in trail.replies:
        dated.append((r.received, t["reply"].format(on=fmt(r.received, lang), party=t[r.party], name=r.name,
                                                    size=i18n.format_size(r.size, lang), sha=r.sha256)))
    return [line for _day, line in sorted(dated, key=lambda pair: pair[0])]


def draft_followup(kind: str, trail: Trail, *, authority: Authority, controller: Controller,
                   complainant: Mapping[str, Any], deadline: Deadline | None, lang: str, today: date,
                   home: str = "") -> RenderedLetter:
    """One follow-up letter as a :class:`RenderedLetter` (the PDF renderer and the text export take it);
    ``home``: the country the user lives in (a domestic address has no country line, DIN 5008)."""
    if kind not in FOLLOWUP_KINDS:
        raise ValueError(f"unknown follow-up kind {kind!r}")
    lang = lang if lang in TEXTS else "en"
    t, fmt = TEXTS[lang], i18n.format_date
    company = controller.entities[0]
    names = {authority.slug: authority.display_name(lang), controller.key: company}
    sent = sorted((x for x in trail.letters if x.sent), key=lambda x: x.sent or x.drafted)
    complaints = [x for x in sent if x.party == "authority" and x.kind in ("complaint", "nonanswer")]
    complaint = complaints[-1].sent if complaints else None
    if kind == "followup" and complaint is None:
        raise FollowupNotDue(_("A follow-up to the authority needs the complaint you sent — mark it as sent first."))
    if kind != "followup" and (deadline is None or deadline.since is None or today <= deadline.due):
        raise FollowupNotDue(None if deadline is None else _(
            "The company's time to answer runs until {day}; a reminder or a complaint for non-answer before then "
            "would say it was missed.").format(day=deadline.due.isoformat()))
    first = deadline.since if deadline and deadline.since else today
    ext_on = [r.received for r in trail.replies if r.party == "company" and r.extension and r.received >= first]
    ext = t["ext"].format(on=fmt(ext_on[-1], lang)) if ext_on else ""
    due = deadline.due if deadline else today
    paragraphs: list[str] = [t["hello"]]
    if kind == "reminder":
        subject = t["reminder.subject"].format(first=fmt(first, lang))
        paragraphs += [t["wrote"].format(first=fmt(first, lang)), t["due"].format(due=fmt(due, lang), ext=ext),
                       t["ask_reply"].format(reply_by=fmt(today + REPLY_WITHIN, lang),
                                             authority=authority.display_name(lang))]
    elif kind == "nonanswer":
        reminders = [x.sent for x in sent if x.kind == "reminder" and x.sent]
        address = ", ".join(clean_line(line, max_length=80) for line in controller.postal_address[1:])
        subject = t["nonanswer.subject"].format(company=company)
        paragraphs += [t["lodge"].format(company=company, address=address),
                       t["asked"].format(first=fmt(first, lang), due=fmt(due, lang), ext=ext, today=fmt(today, lang),
                                         reminded=t["reminded"].format(on=fmt(reminders[-1], lang))
                                         if reminders else ""),
                       t["order"]]
    else:
        since = complaint or today
        news = [r.received for r in trail.replies if r.party == "authority" and r.received >= since]
        from_company = [r for r in trail.replies if r.party == "company" and r.received >= since]
        subject = t["followup.subject"].format(complaint=fmt(since, lang))
        limit = add_months(since, 3)
        paragraphs += [t["complained"].format(complaint=fmt(since, lang), company=company),
                       t["news"].format(on=fmt(news[-1], lang)) if news
                       else t["no_news"].format(due=fmt(limit, lang)) if today > limit else t["no_news_yet"],
                       t["replies"] if from_company else t["no_replies"], t["ask_status"]]
    lines = trail_lines(trail, lang, names)
    body = "".join(f"<p>{escape(p[:-1] if p.endswith('..') else p)}</p>" for p in paragraphs)
    body += f"<p>{escape(t['trail'])}</p><ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>"
    who_name = clean_line(str(complainant.get("name") or ""), max_length=120)
    labels = LABELS.get(lang, LABELS["en"])
    body += f"<p>{escape(t['bye'])}</p><p>{escape(who_name or labels['your_name'])}</p>"
    sender = [x for x in [who_name, *clean_lines(str(complainant.get("address") or ""))] if x] or [labels["your_name"]]
    if KIND_PARTY[kind] == "company":
        recipient, country = attention(list(controller.postal_address), lang), controller.country
    else:
        recipient, country = [authority.display_name(lang), *authority.address], authority.country
    if home and country == home and len(recipient) > 2:
        recipient = recipient[:-1]
    info = [(labels["name"], who_name), (labels["email"], clean_line(str(complainant.get("email") or ""),
                                                                     max_length=120)),
            (labels["date"], fmt(today, lang))]
    return RenderedLetter(kind=kind, lang=lang, subject=clean_line(subject, max_length=300), body_html=body,
                          sender=sender, recipient=recipient, info=info, date=fmt(today, lang), labels=labels)
