"""The letter dialog's language and channel parts: which languages the letter may be sent in, the copy in the
user's own language side by side with the letter as sent, and how to send it.

The sending language is one the chosen authority accepts (a letter to the company: English, German or
French); a language whose text nobody has reviewed is marked in the list and warned about before saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from core.errors import DossierError
from core.letters.authorities import Authority, default_language, sending_languages
from core.letters.channels import how_to_send
from core.letters.draft import draft_letter
from core.letters.i18n import LANGUAGES, language_name
from core.letters.render import RenderedLetter
from core.letters.verification import verification
from core.translatable import QT_TRANSLATE_NOOP
from gui.letters.preview import preview_html, ui_language
from gui.look.labels import plain_label

translate = QCoreApplication.translate
NOT_VERIFIED = QT_TRANSLATE_NOOP("Letter", "not verified")


def fill_languages(combo: QComboBox, kind: str, authority: Authority, keep: str | None) -> None:
    """The languages this letter may be sent in, the authority's preferred first; keeps ``keep`` if allowed."""
    langs = sending_languages(authority) if kind == "complaint" else list(LANGUAGES)
    if not langs:  # an authority whose languages Dossier does not write: English, said as such
        langs = ["en"]
    combo.blockSignals(True)
    combo.clear()
    for lang in langs:
        mark = "" if verification(lang).reviewed else f" ({translate('Letter', NOT_VERIFIED)})"
        combo.addItem(language_name(lang) + mark, lang)
    chosen = keep if keep in langs else (default_language(authority) if kind == "complaint" else langs[0])
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


class SideBySide(QWidget):
    """The letter as it is sent (left) and a copy in the user's own language (right), for reading only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.sent, self.copy = QTextBrowser(splitter), QTextBrowser(splitter)
        for view, name in ((self.sent, translate("Letter", "The letter as sent")),
                           (self.copy, translate("Letter", "Copy in your language (not sent)"))):
            view.setAccessibleName(name)
            view.setOpenLinks(False)
            view.setOpenExternalLinks(False)
        self.note = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def show_letters(self, sent: RenderedLetter, copy: RenderedLetter | None, copy_lang: str) -> None:
        self.sent.setHtml(preview_html(sent))
        if copy is None:
            self.copy.setHtml("")
            self.note.setText(translate("Letter", "The letter is already in your language."))
            return
        self.copy.setHtml(preview_html(copy))
        self.note.setText(translate("Letter", "Left: the letter as it is sent ({sent}). Right: the same letter in {own}"
                                              ", for you to read — it is not sent.").format(
            sent=language_name(sent.lang), own=language_name(copy_lang)))


def reading_copy(export: Any, findings: list[Any], sent_lang: str, **draft: Any) -> tuple[RenderedLetter | None, str]:
    """The same letter drafted in the user's own language (None when the letter already is in it)."""
    own = ui_language()
    if own == sent_lang:
        return None, own
    try:
        return draft_letter(export, findings, lang=own, **draft)[1], own
    except DossierError:
        return None, own


def sending_text(authority: Authority, authority_name: str, stem: str, kind: str) -> str:
    """How to send the complaint (empty for letters to the company)."""
    if kind != "complaint":
        return ""
    form = f"{stem}-form-fields.txt" if authority.webform else None
    return "\n".join(how_to_send(authority.sending, authority_name, [f"{stem}.pdf"], form_fields=form))
