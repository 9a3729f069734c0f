"""Render a letter context with the Jinja2 templates in ``resources/letters/<lang>/<kind>.html.j2``.

HTML output is autoescaped (every value; the templates write the only markup); plain text is derived from
that HTML and passed through the sanitiser. Each template defines ``subject`` and ``body`` blocks and, for
complaints, one block per online-form field (``summary``, ``timeline`` …) so the text can be split for
authorities' web forms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import jinja2
from markupsafe import Markup, escape

from core.letters import phrasebook
from core.letters.plaintext import html_to_text
from core.letters.render_lines import attention
from core.letters.sanitise import clean
from core.platform.paths import resources_dir

FORM_FIELDS = ("summary", "timeline", "prior_contact", "competence", "timeliness", "legal", "requests", "evidence",
               "procedure")
LABELS = {
    "en": {"your_name": "[your name and address]",
           "reference": "My reference", "name": "Name", "phone": "Phone", "email": "E-mail", "date": "Date",
           "page": "Page {n} of {total}", "about_you": "About you", "organisation": "Organisation",
           "cc": "Copy by e-mail to", "summary": "What happened (summary)", "timeline": "Timeline",
           "prior_contact": "Contact with the organisation", "competence": "Competence",
           "legal": "Legal assessment", "requests": "What I ask you to do", "evidence": "Documents",
           "procedure": "Further procedure"},
    "de": {"your_name": "[Ihr Name und Ihre Anschrift]",
           "reference": "Mein Zeichen", "name": "Name", "phone": "Telefon", "email": "E-Mail", "date": "Datum",
           "page": "Seite {n} von {total}", "about_you": "Angaben zur Person", "organisation": "Gegen wen",
           "cc": "Kopie per E-Mail an", "summary": "Sachverhalt (Kurzfassung)", "timeline": "Zeitlicher Ablauf",
           "prior_contact": "Bisherige Schritte", "competence": "Zuständigkeit", "legal": "Rechtliche Würdigung",
           "requests": "Anträge", "evidence": "Anlagen", "procedure": "Weiterer Ablauf"},
    "fr": {"your_name": "[vos nom et adresse]",
           "reference": "Ma référence", "name": "Nom", "phone": "Téléphone", "email": "Courriel", "date": "Date",
           "page": "Page {n} sur {total}", "about_you": "Vos coordonnées", "organisation": "Organisme mis en cause",
           "cc": "Copie par courriel à", "summary": "Description (résumé)", "timeline": "Chronologie",
           "prior_contact": "Démarches préalables", "competence": "Compétence", "legal": "Analyse juridique",
           "requests": "Demandes", "evidence": "Pièces jointes", "procedure": "Suite de la procédure"},
}


@dataclass
class RenderedLetter:
    """A rendered letter: header parts for the layout, the body as HTML and as text, and form fields."""

    kind: str
    lang: str
    subject: str
    body_html: str
    sender: list[str]
    recipient: list[str]
    info: list[tuple[str, str]]
    date: str
    cc: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def return_line(self) -> str:
        """The one-line sender address above the address window (DIN 5008)."""
        return " · ".join(self.sender)

    def text(self) -> str:
        """The whole letter as plain text (sender, recipient, date, subject, body)."""
        head = [*self.sender, "", *self.recipient, ""]
        head += [f"{label}: {value}" for label, value in self.info if value]
        if self.cc:
            head.append(f"{self.labels.get('cc', 'cc')}: {self.cc}")
        head += ["", self.subject, ""]
        return clean("\n".join(head) + "\n" + html_to_text(self.body_html))

    def html(self) -> str:
        """A self-contained HTML document of the letter (preview, PDF body for non-DIN layouts)."""
        esc = escape
        sender = "<br>".join(str(esc(x)) for x in self.sender)
        recipient = "<br>".join(str(esc(x)) for x in self.recipient)
        info = "<br>".join(f"{esc(k)}: {esc(v)}" for k, v in self.info if v)
        return (f'<html><body><p class="sender">{sender}</p><p class="recipient">{recipient}</p>'
                f'<p class="info">{info}</p><p><b>{esc(self.subject)}</b></p>{self.body_html}</body></html>')


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    return clean(value)


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources_dir() / "letters")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def warm_templates() -> None:
    """Compile the complaint templates of every language now (~25 ms each): the app does it on a background
    thread once an export is shown, so the user's first letter opens without that pause."""
    for name in [*(f"{lang}/complaint.html.j2" for lang in LABELS), "phrasebook/complaint.html.j2"]:
        _environment().get_template(name)


def _block(template: jinja2.Template, name: str, context: dict[str, Any]) -> str:
    render = template.blocks.get(name)
    if render is None:
        return ""
    return "".join(render(template.new_context(context)))


def _recipient_lines(lines: list[str], country: str, home: str, lang: str) -> list[str]:
    """No country line for a domestic address (DIN 5008); German letters abroad follow :func:`_din_abroad`."""
    if country and country == home and len(lines) > 2:
        return lines[:-1]
    return _din_abroad(attention(lines, lang), country, lang)


def _din_abroad(lines: list[str], country: str, lang: str) -> list[str]:
    """DIN 5008 for German letters abroad: town line in capitals, the country last, in German capitals."""
    if lang != "de" or country in ("", "DE") or len(lines) < 3:
        return lines
    from core.letters.i18n import country_name

    name = country_name(country, "de")
    name = name.removeprefix("der ").removeprefix("dem ").removeprefix("den ")
    return [*lines[:-2], lines[-2].upper(), name.upper()]


def render_letter(context: dict[str, Any]) -> RenderedLetter:
    """Render ``context`` (from :func:`core.letters.build_context`) into a :class:`RenderedLetter`."""
    lang, kind = context["lang"], context["kind"]
    context = {**context, "a": context["authority"], "c": context["controller"], "r": context["rec"],
               "t": context["f"]}
    if lang in LABELS:
        template = _environment().get_template(f"{lang}/{kind}.html.j2")
        labels = LABELS[lang]
    else:  # a phrasebook language (complaints only)
        template = _environment().get_template(f"phrasebook/{kind}.html.j2")
        labels = phrasebook.labels(lang)
        book = phrasebook.phrases(lang)
        context = {**context, "p": book["phrases"], "ph": book["placeholders"],
                   "say": lambda key, **slots: phrasebook.say(lang, key, **slots)}
    body = _block(template, "body", context)
    subject = " ".join(html_to_text(_block(template, "subject", context)).split())
    who = context["complainant"]
    sender = [x for x in [who["name"], *who["address"]] if x] or [labels["your_name"]]
    home = context["residence"]["country"]
    if kind == "complaint":
        recipient = _recipient_lines([context["authority"]["name"], *context["authority"]["address"]],
                                     context["authority"]["country"], home, lang)
        cc = ""
    else:
        recipient = _recipient_lines(list(context["controller"]["address"]), context["controller"]["country"], home,
                                     lang)
        cc = context["controller"]["dpo_email"] or context["controller"]["contact_form"]
    info = [(labels["reference"], context["reference"]), (labels["name"], who["name"]),
            (labels["phone"], who["phone"]), (labels["email"], who["email"]), (labels["date"], context["date"])]
    fields = {}
    for name in FORM_FIELDS:
        block = _block(template, name, context)
        if block.strip():
            fields[name] = html_to_text(block).strip()
    if kind == "complaint":
        fields["about_you"] = "\n".join(x for x in [who["name"], *who["address"], who["email"], who["phone"]] if x)
        ctrl = context["controller"]
        fields["organisation"] = "\n".join([*ctrl["entities"], *ctrl["address"][2:], ctrl["dpo_email"]]).strip()
    return RenderedLetter(kind=kind, lang=lang, subject=clean(subject), body_html=body, sender=sender,
                          recipient=recipient, info=info, date=context["date"], cc=cc, fields=fields, labels=labels)
