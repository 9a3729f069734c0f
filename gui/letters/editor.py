"""The "Act" step: draft a complaint or a letter to the company, edit it, export it, save the evidence bundle.

``open_letter_flow(parent, export, findings, case)`` opens the dialog. The authority is pre-selected from the
user's residence with the reason shown and can be overridden; complainant details are filled once and saved
in the case; edits are saved to the case as the user types; "Regenerate" asks before replacing edits.
Routing and the kept details are :class:`~gui.letters.routing.LetterRouting`, saving the results
:class:`~gui.letters.output.LetterOutputMixin` (both mixed in).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import DossierError
from core.i18n import _ as core_text
from core.letters.authorities import authorities
from core.letters.authorities import authority as authority_by_slug
from core.letters.context import DEFAULT_REQUESTS, KINDS, LetterOptions
from core.letters.draft import draft_letter
from core.letters.evidence import (
    CLIPS_WARNING,
)
from core.letters.i18n import country_name
from core.letters.render import RenderedLetter
from core.translatable import QT_TRANSLATE_NOOP  # typed str (PySide6's is typed object)
from gui.letters.languages import SideBySide, reading_copy, sending_text
from gui.letters.output import LetterOutputMixin
from gui.letters.panels import ComplainantForm, OptionsPanel, checklist_widget
from gui.letters.preview import body_of, preview_html, residence_choices, ui_language
from gui.letters.routing import LetterRouting
from gui.look.labels import plain_label
from gui.look.theme import severity_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
KIND_LABELS = {"complaint": QT_TRANSLATE_NOOP("Letter", "Complaint to the data-protection authority"),
               "access": QT_TRANSLATE_NOOP("Letter", "To the company: access request follow-up (Art. 15)"),
               "erasure": QT_TRANSLATE_NOOP("Letter", "To the company: restriction now, erasure later (Art. 18/17)"),
               "breach": QT_TRANSLATE_NOOP("Letter", "To the company: data-breach questions (Art. 33/34)")}


class LetterDialog(LetterOutputMixin, LetterRouting, QDialog):
    def __init__(self, parent: QWidget | None, export: Any, findings: list[Any], case: Any, source: Any = None):
        super().__init__(parent)
        self.export, self.findings, self.case, self.source = export, list(findings), case, source
        self.letter: RenderedLetter | None = None
        self.context: dict[str, Any] = {}
        self.edits_kept = False
        self._generated_html = ""  # the editor's HTML of the drafted body: unedited, the drafted body is used
        self.setWindowTitle(self.tr("Draft letter"))
        self.resize(1280, 840)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self._save_details)
        self._loading = True  # the case's values set while loading would each draft the letter again
        self._build()
        self._load_case()
        self._loading = False
        self.regenerate(ask=False)

    # ---- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget(self)
        form = QFormLayout(left)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox(left)
        for kind in KINDS:
            self.kind.addItem(translate("Letter", KIND_LABELS[kind]), kind)
        self.residence = QComboBox(left)
        self.residence.addItem(self.tr("— choose where you live —"), "")
        for code, label in residence_choices():
            self.residence.addItem(label, code)
        self.authority = QComboBox(left)
        lang = ui_language()
        for a in sorted(authorities().values(), key=lambda a: (a.country, a.region or "", a.name_en)):
            self.authority.addItem(f"{a.display_name(lang)} — {country_name(a.country, lang)}", a.slug)
        for combo, name in ((self.kind, self.tr("Letter kind")), (self.residence, self.tr("Where you live")),
                            (self.authority, self.tr("Authority to send the complaint to"))):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.reason = plain_label("", left)
        self.language = QComboBox(left)
        self.language.setAccessibleName(self.tr("Letter language"))
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.tr("You live in"), self.residence)
        form.addRow(self.tr("Send to"), self.authority)
        form.addRow(self.reason)
        form.addRow(self.tr("Language"), self.language)
        self.details = ComplainantForm(left)
        form.addRow(self.details)
        self.options = OptionsPanel(DEFAULT_REQUESTS, left)
        form.addRow(self.options)
        form.addRow(checklist_widget(left))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(420)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)

        self.tabs = QTabWidget(self)
        self.preview = QTextBrowser(self.tabs)
        self.preview.setAccessibleName(self.tr("Letter preview"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.editor = QTextEdit(self.tabs)
        self.editor.setAcceptRichText(True)
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.editor, self.tr("Edit"))
        self.side_by_side = SideBySide(self.tabs)
        self.tabs.addTab(self.side_by_side, self.tr("Side by side"))
        right = QWidget(self)
        rlayout = QVBoxLayout(right)
        rlayout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.regenerate_button = QPushButton(self.tr("Regenerate"), right)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), right)
        self.text_button = QPushButton(self.tr("Save text…"), right)
        self.fields_button = QPushButton(self.tr("Copy form fields…"), right)
        self.bundle_button = QPushButton(self.tr("Save evidence bundle…"), right)
        self.include_clips = QCheckBox(self.tr("Include the flagged clips"), right)
        self.include_clips.setToolTip(escape(core_text(CLIPS_WARNING)))
        self.include_clips.setEnabled(self.source is not None)
        for b in (self.regenerate_button, self.pdf_button, self.text_button, self.fields_button):
            buttons.addWidget(b)
        buttons.addStretch()
        bundle_row = QHBoxLayout()  # a row of its own: in German one row was wider than a 1280-pixel screen
        bundle_row.addWidget(self.bundle_button)
        bundle_row.addWidget(self.include_clips)
        bundle_row.addStretch()
        rlayout.addLayout(buttons)
        rlayout.addLayout(bundle_row)
        self.status = plain_label("", right)
        rlayout.addWidget(self.status)
        self.warnings = plain_label("", right)  # contradictions and placeholders, shown before anything is saved
        self.warnings.setAccessibleName(self.tr("Before you send this letter"))
        severity_text(self.warnings, "medium")  # the theme's readable amber (a fixed brown vanished on dark grey)
        rlayout.addWidget(self.warnings)
        self.sending = plain_label("", right)  # how to send the complaint through the authority's channel
        self.sending.setAccessibleName(self.tr("How to send it"))
        rlayout.addWidget(self.sending)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([560, 720])
        splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.kind.currentIndexChanged.connect(lambda _i: self._languages_changed())
        self.residence.currentIndexChanged.connect(self._residence_changed)
        self.authority.currentIndexChanged.connect(self._authority_changed)
        self.language.currentIndexChanged.connect(lambda _i: self.regenerate())
        self.details.changed.connect(self._details_changed)
        self.options.changed.connect(lambda: self.regenerate())
        self.editor.textChanged.connect(self._edited)
        self.regenerate_button.clicked.connect(lambda: self.regenerate(ask=True))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.text_button.clicked.connect(self.save_text)
        self.fields_button.clicked.connect(self.copy_form_fields)
        self.bundle_button.clicked.connect(self.save_bundle)

    def _draft_key(self) -> str:
        return f"letter:{self.kind.currentData()}:{self.language.currentData()}"

    # ---- drafting ----------------------------------------------------------------------------------
    def _options(self) -> LetterOptions:
        details = self.details.details()
        return LetterOptions(include_unsure=self.options.include_unsure.isChecked(),
                             include_unreviewed_high=self.options.include_unreviewed.isChecked(),
                             requests=self.options.chosen_requests(), evidence_items=self.options.chosen_evidence(),
                             contact_by="email" if details.get("email") else "post", site=details.get("site"))

    def regenerate(self, ask: bool = False) -> None:
        """Draft the letter again; a body the user edited is kept unless they agree to replace it."""
        if self._loading:
            return
        declarations = {**self.case.declarations(), **{k: v for k, v in self.details.dates().items() if v},
                        "owner_has_no_device": self.details.no_device.isChecked()}
        try:
            self.context, self.letter = draft_letter(
                self.export, self.findings, residence=self._residence_code(), verdicts=self.case.verdicts(),
                complainant=self.details.details(), declarations=declarations, lang=self.language.currentData(),
                kind=self.kind.currentData(), authority_slug=self.authority.currentData(), options=self._options())
        except DossierError as exc:
            self.status.setText(str(exc))
            return
        key = self._draft_key()
        saved, generated = self.case.draft(key), self.case.draft(key + ":generated")
        edited = saved is not None and saved != generated
        replace = not edited
        if edited and ask:
            answer = QMessageBox.question(self, self.tr("Regenerate"),
                                          self.tr("Replace your edits with a freshly drafted letter?"),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            replace = answer == QMessageBox.StandardButton.Yes
        self.editor.blockSignals(True)
        self.editor.setHtml(self.letter.body_html if replace else (saved or ""))
        self.editor.blockSignals(False)
        unsaved = ""
        if replace:
            self._generated_html = body_of(self.editor.toHtml())
        if replace and self._writable():
            normalised = self._generated_html
            try:
                self.case.save_draft(key, normalised)
                self.case.save_draft(key + ":generated", normalised)
            except DossierError as exc:  # the drafted letter is still shown and can be saved as a file
                unsaved = " " + str(exc)
        self.edits_kept = not replace
        self._refresh_preview()
        webform = bool(self.context["authority"]["webform"]) and self.kind.currentData() == "complaint"
        n = self.context["rec"]["n"]
        for button in (self.pdf_button, self.text_button, self.bundle_button, self.fields_button):
            button.setEnabled(bool(n) and (button is not self.fields_button or webform))
        text = (self.tr("The letter names {n} recordings.").format(n=n) if n else
                self.tr("No finding is included yet — review findings or include unreviewed ones."))
        if self.edits_kept:
            text += " " + self.tr("Your edits are kept; press Regenerate to draft the letter afresh.")
        form = self.context["controller"]["contact_form"]
        if form and self.kind.currentData() != "complaint":
            text += " " + self.tr("{company} takes privacy requests through its web form: {url}").format(
                company=self.context["controller"]["display_name"], url=form)
        self.status.setText(text + unsaved)
        self.warnings.setText("\n".join("⚠ " + w for w in self.letter_warnings()))
        chosen = authority_by_slug(self.context["authority"]["slug"])
        self.sending.setText(sending_text(chosen, self.context["authority"]["name"], self._stem(),
                                          self.kind.currentData()))
        copy, own = reading_copy(self.export, self.findings, self.letter.lang, residence=self._residence_code(),
                                 verdicts=self.case.verdicts(), complainant=self.details.details(),
                                 declarations=declarations, kind=self.kind.currentData(),
                                 authority_slug=self.authority.currentData(), options=self._options())
        self.side_by_side.show_letters(self.current_letter(), copy, own)

    def letter_warnings(self) -> list[str]:
        """What the user must know before sending this letter (see :func:`core.letters.warnings.letter_warnings`)."""
        from core.letters.warnings import letter_warnings

        return letter_warnings(self.context) if self.context else []

    def _edited(self) -> None:
        if self._writable():
            try:
                self.case.save_draft(self._draft_key(), body_of(self.editor.toHtml()))
            except DossierError as exc:  # e.g. disk full: the draft stays in the editor, saved on the next edit
                self._refresh_preview()
                self.status.setText(str(exc))
                return
        self._refresh_preview()

    def current_letter(self) -> RenderedLetter:
        """The letter with the (possibly edited) body from the editor."""
        assert self.letter is not None
        body = body_of(self.editor.toHtml())
        if body == self._generated_html:  # not edited: the PDF, the preview and the CLI set the same HTML
            body = self.letter.body_html
        return RenderedLetter(**{**self.letter.__dict__, "body_html": body})

    def _refresh_preview(self) -> None:
        if self.letter is None:
            return
        letter = self.current_letter()
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(preview_html(letter))
        self.preview.verticalScrollBar().setValue(scroll)


def open_letter_flow(parent: QWidget | None, export: Any, findings: list[Any], case: Any) -> LetterDialog:
    """Open the letter dialog (non-modal) for an opened export; returns it."""
    source = getattr(getattr(parent, "result", None), "source", None)
    dialog = LetterDialog(parent, export, findings, case, source=source)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


__all__ = ["LetterDialog", "open_letter_flow"]
