"""The letter as the dialog shows it: the preview page, the editor's body, the residence choices.

Every string is escaped here; the body is the template's autoescaped HTML (or the user's edit of it).
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from core.i18n import current_language
from core.letters.authorities import COUNTRIES, GERMAN_LAENDER
from core.letters.i18n import LAND_NAMES, LANGUAGES, country_name, lang_index
from core.letters.render import RenderedLetter

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)


def residence_choices() -> list[tuple[str, str]]:
    """(code, label) for every country, Germany by federal state, in the UI language ("Deutschland – Sachsen")."""
    lang = ui_language()
    out = [(code, f"{country_name(code, lang)} ({code})") for code in COUNTRIES if code != "DE"]
    germany = country_name("DE", lang)
    out += [(code, f"{germany} – {LAND_NAMES[code][lang_index(lang)]} ({code})") for code in GERMAN_LAENDER]
    return sorted(out, key=lambda x: _sort_key(x[1]))


def ui_language() -> str:
    """The UI language if Dossier has letters and place names in it, else English."""
    lang = current_language()
    return lang if lang in LANGUAGES else "en"


def _sort_key(label: str) -> str:
    """Alphabetical as people expect it: "Österreich" among the O's, "the Netherlands" among the N's."""
    plain = unicodedata.normalize("NFKD", label.lower().removeprefix("the "))
    return "".join(c for c in plain if not unicodedata.combining(c))


def body_of(qt_html: str) -> str:
    """The inside of <body> of QTextEdit.toHtml() (drops Qt's <head> and style sheet)."""
    match = _BODY.search(qt_html)
    return match.group(1) if match else qt_html


def preview_html(letter: RenderedLetter) -> str:
    """The whole letter as one HTML page for the preview: header block, subject, body."""
    info = "<br>".join(f"{escape(k)}: {escape(v)}" for k, v in letter.info if v)
    if letter.cc:
        info += f"<br>{escape(letter.labels.get('cc', 'cc'))}: {escape(letter.cc)}"
    head = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="55%" valign="top"><span style="font-size:7pt">{escape(letter.return_line)}</span><br><br>'
        + "<br>".join(escape(x) for x in letter.recipient) +
        f'</td><td valign="top" style="font-size:8pt">{info}</td></tr></table><br><br>'
        f"<p><b>{escape(letter.subject)}</b></p><br>"
    )
    return f'<div style="margin:24px">{head}{letter.body_html}</div>'
