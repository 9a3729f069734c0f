"""Pieces of the "Act" step: the complainant form, the options, the checklist and the form-fields dialog.

Every string from the export or the user is shown as plain text (setPlainText / PlainText labels).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.letters.context import EVIDENCE_ITEMS, REQUESTS
from core.translatable import QT_TRANSLATE_NOOP  # typed str (PySide6's is typed object)
from gui.look.labels import plain_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
COMPLAINANT_FIELDS = (("name", QT_TRANSLATE_NOOP("Letter", "Your name")),
                      ("email", QT_TRANSLATE_NOOP("Letter", "Your e-mail")),
                      ("phone", QT_TRANSLATE_NOOP("Letter", "Phone (optional)")),
                      ("account_email", QT_TRANSLATE_NOOP("Letter", "E-mail of the account")),
                      ("site", QT_TRANSLATE_NOOP("Letter", "Site (e.g. amazon.de)")))


class ComplainantForm(QGroupBox):
    """Name, address, e-mail … filled once and saved in the case; dates of the request and the delivery."""

    changed = Signal()
    DECLARED = ("request_date", "delivery_date", "notice_date", "request_channel", "notice_reply",
                "company_reference", "prior_contact", "other_proceedings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About you (name and address kept for all your exports)"), parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.edits: dict[str, QLineEdit] = {}
        for key, label in COMPLAINANT_FIELDS:
            edit = QLineEdit(self)
            edit.setAccessibleName(translate("Letter", label))
            edit.textEdited.connect(self.changed)
            self.edits[key] = edit
            form.addRow(translate("Letter", label), edit)
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Postal address"))
        self.address.setFixedHeight(64)
        self.address.textChanged.connect(self.changed)
        form.insertRow(1, self.tr("Postal address"), self.address)
        self.request_date = QLineEdit(self)
        self.delivery_date = QLineEdit(self)
        self.notice_date = QLineEdit(self)
        for edit, name in ((self.request_date, self.tr("Date of your access request")),
                           (self.delivery_date, self.tr("Date you received the export")),
                           (self.notice_date, self.tr("Date you told the company"))):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD (leave empty if not yet)"))
            edit.setAccessibleName(name)
            edit.textEdited.connect(self.changed)
            form.addRow(name, edit)
        self.request_channel = QLineEdit(self)
        self.request_channel.setPlaceholderText(self.tr("e.g. the “Request Your Data” page, e-mail, letter"))
        self.notice_reply = QLineEdit(self)
        self.notice_reply.setPlaceholderText(self.tr("their answer in one sentence, or leave empty if none"))
        self.company_reference = QLineEdit(self)
        self.company_reference.setPlaceholderText(self.tr("their case or ticket number, or “none”"))
        self.prior_contact = QLineEdit(self)
        self.prior_contact.setPlaceholderText(self.tr("what you asked the company since, and its answer; or “none”"))
        self.other_proceedings = QLineEdit(self)
        self.other_proceedings.setPlaceholderText(self.tr("“none”, or which other authority or court"))
        for edit, name in ((self.request_channel, self.tr("How you asked")),
                           (self.notice_reply, self.tr("The company's reply")),
                           (self.company_reference, self.tr("The company's reference")),
                           (self.prior_contact, self.tr("Contact with the company since")),
                           (self.other_proceedings, self.tr("Another authority or court involved?"))):
            edit.setAccessibleName(name)
            edit.textEdited.connect(self.changed)
            form.addRow(name, edit)
        self.consent = QComboBox(self)
        self.consent.setAccessibleName(self.tr("May the authority disclose your identity to the company?"))
        for label, value in ((self.tr("— please answer —"), None), (self.tr("Yes"), "yes"), (self.tr("No"), "no")):
            self.consent.addItem(label, value)
        self.consent.currentIndexChanged.connect(lambda _i: self.changed.emit())
        form.addRow(self.tr("May the authority disclose your identity to the company?"), self.consent)
        self.no_device = QCheckBox(self.tr("I never had a voice-controlled device on this account"), self)
        self.no_device.toggled.connect(self.changed)
        form.addRow(self.no_device)

    def set_values(self, details: dict[str, str], declarations: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(details.get(key, "")))
        self.address.blockSignals(True)
        self.address.setPlainText(str(details.get("address", "")))
        self.address.blockSignals(False)
        for key in self.DECLARED:
            getattr(self, key).setText(str(declarations.get(key) or ""))
        self.consent.blockSignals(True)
        self.consent.setCurrentIndex(max(0, self.consent.findData(declarations.get("consent_disclose"))))
        self.consent.blockSignals(False)
        self.no_device.blockSignals(True)
        self.no_device.setChecked(bool(declarations.get("owner_has_no_device")))
        self.no_device.blockSignals(False)

    def details(self) -> dict[str, str]:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["address"] = self.address.toPlainText().strip()
        return {k: v for k, v in values.items() if v}

    def dates(self) -> dict[str, str | None]:
        """The user's confirmed facts about the request and the contact with the company (declarations)."""
        values = {key: getattr(self, key).text().strip() or None for key in self.DECLARED}
        values["consent_disclose"] = self.consent.currentData()
        return values


REQUEST_LABELS = {
    "investigate": QT_TRANSLATE_NOOP("Letter", "Investigate the processing and the export process"),
    "breach": QT_TRANSLATE_NOOP("Letter", "Establish whether a breach occurred and was notified"),
    "order_access": QT_TRANSLATE_NOOP("Letter", "Order a proper answer to my access request"),
    "rectify": QT_TRANSLATE_NOOP("Letter", "Order correction or removal of wrongly attached data"),
    "own_data": QT_TRANSLATE_NOOP("Letter", "Find out whether my data went to someone else"),
    "fine": QT_TRANSLATE_NOOP("Letter", "Consider corrective measures and a fine"),
    "handover": QT_TRANSLATE_NOOP("Letter", "Say how to hand over or delete others' recordings"),
    "inform": QT_TRANSLATE_NOOP("Letter", "Keep me informed (Art. 77(2))"),
}
EVIDENCE_LABELS = {"request": QT_TRANSLATE_NOOP("Letter", "I attach my access request"),
                   "delivery": QT_TRANSLATE_NOOP("Letter", "I attach the delivery notice"),
                   "devices": QT_TRANSLATE_NOOP("Letter", "I attach screenshots of my device list"),
                   "orders": QT_TRANSLATE_NOOP("Letter", "I attach my order history"),
                   "correspondence": QT_TRANSLATE_NOOP("Letter", "I attach my correspondence with the company")}


class OptionsPanel(QGroupBox):
    """What goes into the letter: unsure findings, unreviewed ones, requests, enclosures, consent."""

    changed = Signal()

    def __init__(self, defaults: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What the letter says"), parent)
        layout = QVBoxLayout(self)
        self.include_unsure = QCheckBox(self.tr("Include findings I marked “unsure”"), self)
        self.include_unreviewed = QCheckBox(self.tr("Include unreviewed high-severity findings"), self)
        self.include_unreviewed.setToolTip(escape(self.tr("The letter then says that these were identified "
                                                          "automatically and not yet reviewed one by one.")))
        for box in (self.include_unsure, self.include_unreviewed):
            box.toggled.connect(self.changed)
            layout.addWidget(box)
        layout.addWidget(plain_label(self.tr("Ask the authority to:"), self))
        self.requests: dict[str, QCheckBox] = {}
        for key in REQUESTS:
            box = QCheckBox(translate("Letter", REQUEST_LABELS[key]), self)
            box.setChecked(key in defaults)
            box.toggled.connect(self.changed)
            self.requests[key] = box
            layout.addWidget(box)
        layout.addWidget(plain_label(self.tr("Enclosures besides the evidence manifest:"), self))
        self.evidence: dict[str, QCheckBox] = {}
        for key in EVIDENCE_ITEMS:
            box = QCheckBox(translate("Letter", EVIDENCE_LABELS[key]), self)
            box.toggled.connect(self.changed)
            self.evidence[key] = box
            layout.addWidget(box)

    def chosen_requests(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.requests.items() if box.isChecked())

    def chosen_evidence(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.evidence.items() if box.isChecked())


CHECKLIST = (
    QT_TRANSLATE_NOOP("Letter", "Attach: the evidence manifest (in the bundle), your access request, the delivery "
                                "notice, screenshots of your device list."),
    QT_TRANSLATE_NOOP("Letter", "Send: by post to the address in the letter, or through the authority's web form "
                                "(use “Copy form fields”), or by e-mail where the authority takes e-mail."),
    QT_TRANSLATE_NOOP("Letter", "Send the letter to the company's data protection officer as well, or before."),
    QT_TRANSLATE_NOOP("Letter", "Keep the export exactly as you downloaded it — its SHA-256 hash is quoted in the "
                                "letter."),
    QT_TRANSLATE_NOOP("Letter", "Do not share or publish other people's recordings; give them to the authority "
                                "only if it asks."),
    QT_TRANSLATE_NOOP("Letter", "If the authority gives you no news within three months, you may go to court "
                                "(Art. 78(2) GDPR)."),
)


def checklist_widget(parent: QWidget | None = None) -> QWidget:
    box = QGroupBox(parent)
    box.setTitle(translate("Letter", "What to attach and what to do next"))
    layout = QVBoxLayout(box)
    for line in CHECKLIST:
        layout.addWidget(plain_label("☐ " + translate("Letter", line), box))
    return box


class FormFieldsDialog(QDialog):
    """The letter split into the authority's web-form fields, each with a Copy button and its length."""

    def __init__(self, fields: list[Any], webform: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy form fields"))
        self.resize(680, 600)
        outer = QVBoxLayout(self)
        link = QLabel(self)
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setOpenExternalLinks(True)
        link.setText(self.tr("Web form: ") + f'<a href="{escape(webform, quote=True)}">{escape(webform)}</a>')
        outer.addWidget(link)
        outer.addWidget(plain_label(self.tr("Paste each part into the matching field of the form. Upload the PDF "
                                            "and the evidence manifest as attachments."), self))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        layout = QVBoxLayout(inner)
        self.copy_buttons: dict[str, QPushButton] = {}
        for field in fields:
            row = QHBoxLayout()
            row.addWidget(plain_label(field.label, inner), 1)
            limit = f" / {field.limit:,}" if field.limit else ""
            length = f"{len(field.text):,}{limit} " + self.tr("characters")
            count = plain_label(("⚠ " if field.too_long else "") + length, inner)
            row.addWidget(count)
            button = QPushButton(self.tr("Copy"), inner)
            button.setAccessibleName(f"Copy {field.label}")
            button.clicked.connect(lambda _=False, t=field.text: QGuiApplication.clipboard().setText(t))
            self.copy_buttons[field.key] = button
            row.addWidget(button)
            layout.addLayout(row)
            view = QPlainTextEdit(inner)
            view.setReadOnly(True)
            view.setPlainText(field.text)
            view.setFixedHeight(96)
            layout.addWidget(view)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
