"""The letter as the dialog shows it: the preview page, the editor's body, the residence choices.

Every string is escaped here; the body is the template's autoescaped HTML (or the user's edit of it).
"""

from __future__ import annotations

import re
from html import escape

from core.letters import RenderedLetter
from core.letters.authorities import COUNTRIES, GERMAN_LAENDER
from core.letters.i18n import country_name, residence_name

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)


def residence_choices() -> list[tuple[str, str]]:
    """(code, label) for every country, Germany by federal state."""
    out = [(code, f"{country_name(code, 'en')} ({code})") for code in COUNTRIES if code != "DE"]
    out += [(code, f"Germany – {residence_name('DE', code, 'en').split(' (')[0]} ({code})") for code in GERMAN_LAENDER]
    return sorted(out, key=lambda x: x[1].lower().removeprefix("the "))


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
