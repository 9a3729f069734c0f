"""The letter dialog in the authority's language (pytest-qt, offscreen): the languages offered are the ones the
authority accepts, a copy in the user's language sits beside the letter as sent, an unverified language is
warned about before saving, and the dialog says how to send the complaint."""

import pytest
from PySide6.QtWidgets import QMessageBox

from core.case.store import CaseStore
from gui.letters.editor import LetterDialog
from tests.core.letters.factory import confirm_all_facts, make_export, make_findings

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog_for(qtbot, tmp_path):
    cases = []

    def make(residence: str) -> LetterDialog:
        export = make_export(n=9)
        findings = make_findings(export)
        case = CaseStore.open(export.export_id, folder=tmp_path / f"cases-{residence}")
        case.set_declaration("residence", residence)
        confirm_all_facts(case)
        cases.append(case)
        dialog = LetterDialog(None, export, findings, case)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    for case in cases:
        case.close()


def _languages(dialog: LetterDialog) -> list[str]:
    return [dialog.language.itemData(i) for i in range(dialog.language.count())]


def test_belgium_offers_its_three_languages_and_the_letter_switches(dialog_for):
    dialog = dialog_for("BE")
    assert dialog.authority.currentData() == "beapd"
    assert _languages(dialog) == ["fr", "nl", "de"]
    assert dialog.language.currentData() == "fr"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert "Klacht op grond van artikel 77, lid 1, AVG" in dialog.preview.toPlainText()
    assert "not verified" in dialog.language.currentText()


def test_poland_gets_polish_with_the_english_copy_beside_it_and_the_epuap_route(dialog_for, monkeypatch):
    dialog = dialog_for("PL")
    assert _languages(dialog) == ["pl"]
    sent, copy = dialog.side_by_side.sent.toPlainText(), dialog.side_by_side.copy.toPlainText()
    assert "Skarga na podstawie art. 77 ust. 1 RODO" in sent
    assert "Complaint under Art. 77(1) GDPR" in copy and "Skarga" not in copy
    assert "Polish text of this letter is not verified" in dialog.warnings.text()
    assert "ePUAP" in dialog.sending.text() and "Not accepted as a complaint: a plain e-mail" in dialog.sending.text()
    asked = []
    cancel = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or cancel)
    dialog.save_pdf()
    assert asked and "not verified" in asked[0]


def test_a_company_letter_offers_the_company_languages_and_no_sending_steps(dialog_for):
    dialog = dialog_for("PL")
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    assert _languages(dialog) == ["en", "de", "fr"]
    assert dialog.sending.text() == ""


def test_germany_is_reviewed_german_with_no_language_warning(dialog_for):
    dialog = dialog_for("DE-SN")
    assert _languages(dialog) == ["de"] and "not verified" not in dialog.language.currentText()
    assert "not verified" not in dialog.warnings.text()
    assert "Beschwerde nach Art. 77 Abs. 1 DSGVO" in dialog.side_by_side.sent.toPlainText()
    assert "Complaint under Art. 77(1) GDPR" in dialog.side_by_side.copy.toPlainText()  # the app runs in English
