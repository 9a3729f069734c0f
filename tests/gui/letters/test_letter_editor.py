"""The "Act" step (pytest-qt, offscreen): routing shown, details saved once, edits kept, export written."""

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.case.store import CaseStore
from gui.letters.editor import LetterDialog, open_letter_flow
from tests.core.letters.factory import confirm_all_facts, make_export, make_findings

pytestmark = pytest.mark.gui
# README screenshots are refreshed with DOSSIER_SCREENSHOTS=1; otherwise they go to a temporary folder.
SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def screenshots_dir(tmp_path: Path) -> Path:
    import os

    folder = SHOTS if os.environ.get("DOSSIER_SCREENSHOTS") else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def flow(qtbot, tmp_path):
    export = make_export(n=9)
    findings = make_findings(export)
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    case.set_verdict(findings[0].id, "not-mine")
    case.set_verdict(findings[1].id, "mine")
    case.set_declaration("residence", "DE-SN")
    confirm_all_facts(case)
    dialog = LetterDialog(None, export, findings, case)
    qtbot.addWidget(dialog)
    yield dialog, case, findings
    case.close()


def test_authority_is_suggested_from_residence_with_the_reason(flow):
    dialog, case, _ = flow
    assert dialog.authority.currentData() == "desaechsdsb"
    assert "BfDI" in dialog.reason.text()
    assert dialog.language.currentData() == "de"
    dialog.residence.setCurrentIndex(dialog.residence.findData("AT"))
    assert dialog.authority.currentData() == "atdsb"
    assert case.declarations()["residence"] == "AT"
    dialog.authority.setCurrentIndex(dialog.authority.findData("lucnpd"))  # override
    assert "instead of the suggested" in dialog.reason.text()
    assert "belvaux" in dialog.preview.toPlainText().lower()


def test_details_are_saved_in_the_case_and_shown_escaped(flow, qtbot):
    dialog, case, _ = flow
    dialog.details.edits["name"].setText('<img src=http://evil.example/x.png> Erika')
    dialog.details.edits["name"].textEdited.emit("x")
    qtbot.waitUntil(lambda: case.complainant().get("name", "").endswith("Erika"), timeout=3000)
    preview = dialog.preview.toPlainText()
    assert "<img src=http://evil.example/x.png> Erika" in preview
    assert "<img" not in dialog.preview.toHtml().replace("&lt;img", "")
    # Only the not-mine finding is reviewed; mine is out; unreviewed high ones are not included by default.
    assert dialog.context["rec"]["n"] == 1


def test_edits_are_saved_and_kept_on_regenerate_unless_confirmed(flow, monkeypatch):
    dialog, case, _ = flow
    assert dialog.letter_warnings() == []  # every fact confirmed: nothing to warn about
    dialog.editor.append("MY OWN SENTENCE")
    key = dialog._draft_key()
    assert "MY OWN SENTENCE" in case.draft(key)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.regenerate(ask=True)
    assert "MY OWN SENTENCE" in dialog.editor.toPlainText()
    dialog.options.include_unreviewed.setChecked(True)  # automatic regeneration keeps edits too
    assert "MY OWN SENTENCE" in dialog.editor.toPlainText()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.regenerate(ask=True)
    assert "MY OWN SENTENCE" not in dialog.editor.toPlainText()
    assert dialog.context["rec"]["n"] == 8


def test_export_pdf_text_fields_and_bundle(flow, tmp_path, monkeypatch, qtbot):
    dialog, _case, _ = flow
    dialog.editor.append("EDITED LINE")
    target = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target["path"], ""))
    monkeypatch.setattr("gui.letters.output.verify_export", lambda *a: None)  # the synthetic export's files are fake
    target["path"] = str(tmp_path / "out" / "letter.pdf")
    dialog.save_pdf()  # checked and written off the window's thread
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=10000)
    assert (tmp_path / "out" / "letter.pdf").read_bytes().startswith(b"%PDF")
    target["path"] = str(tmp_path / "out" / "letter.txt")
    dialog.save_text()
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=10000)
    text = (tmp_path / "out" / "letter.txt").read_text(encoding="utf-8")
    assert "EDITED LINE" in text and "Sächsische" in text
    target["path"] = str(tmp_path / "out" / "bundle.zip")
    dialog.save_bundle()
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=10000)
    assert (tmp_path / "out" / "bundle.zip").stat().st_size > 1000
    assert dialog.fields_button.isEnabled()
    dialog.copy_form_fields()
    fields = dialog.fields_dialog
    fields.copy_buttons["facts"].click()  # Saxony: the German Land form (3 Sachverhalt)
    from PySide6.QtGui import QGuiApplication

    assert "Art. 15" in QGuiApplication.clipboard().text()
    fields.close()


def test_open_letter_flow_and_screenshots(qtbot, tmp_path):
    export = make_export(n=40)
    findings = make_findings(export)
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    try:
        case.set_declaration("residence", "DE-SN")
        case.set_complainant({"name": "Erika Muster", "address": "Hauptstraße 1\n01067 Dresden",
                              "email": "erika@example.org", "site": "amazon.de"})
        case.set_declaration("request_date", "2018-10-01")
        case.set_declaration("delivery_date", "2018-12-03")
        case.set_declaration("owner_has_no_device", True)
        dialog = open_letter_flow(None, export, findings, case)
        qtbot.addWidget(dialog)
        dialog.options.include_unreviewed.setChecked(True)
        qtbot.waitExposed(dialog)
        shots = screenshots_dir(tmp_path)
        dialog.grab().save(str(shots / "letter-preview.png"))
        dialog.tabs.setCurrentIndex(1)
        dialog.grab().save(str(shots / "letter-edit.png"))
        dialog.copy_form_fields()
        dialog.fields_dialog.grab().save(str(shots / "letter-form-fields.png"))
        assert (shots / "letter-preview.png").stat().st_size > 10_000
        dialog.fields_dialog.close()
        dialog.close()
    finally:
        case.close()


def test_changed_export_is_reported_before_saving(qtbot, tmp_path, monkeypatch):
    import hashlib

    from core.model import ExportFile

    data = b"PK original"
    path = tmp_path / "downloads" / "Alexa.zip"  # the letter goes elsewhere: never next to the export
    path.parent.mkdir()
    path.write_bytes(data)
    export = make_export(n=3, files=[ExportFile("Alexa.zip", str(path), len(data), hashlib.sha256(data).hexdigest(),
                                                0.0)])
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    try:
        confirm_all_facts(case)
        dialog = LetterDialog(None, export, make_findings(export), case)
        qtbot.addWidget(dialog)
        monkeypatch.setattr(dialog, "_confirm_warnings", lambda _title: True)  # the letter's own warnings: elsewhere
        seen = []
        answer = [QMessageBox.StandardButton.Cancel]
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen.append(text) or answer[0])
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "o" / "l.pdf"), ""))
        dialog.save_pdf()
        qtbot.waitUntil(lambda: not dialog.saving(), timeout=10000)
        assert (tmp_path / "o" / "l.pdf").exists() and not seen  # unchanged: saved without a question
        (tmp_path / "o" / "l.pdf").unlink()
        path.write_bytes(b"PK changed")
        dialog.save_pdf()
        qtbot.waitUntil(lambda: bool(seen) and not dialog.saving(), timeout=10000)
        assert "has changed" in seen[0]
        assert not (tmp_path / "o" / "l.pdf").exists()
        answer[0] = QMessageBox.StandardButton.Save  # the user saves anyway: written without the check
        dialog.save_pdf()
        qtbot.waitUntil(lambda: (tmp_path / "o" / "l.pdf").exists() and not dialog.saving(), timeout=10000)
        assert len(seen) == 2
    finally:
        case.close()


def test_without_a_residence_the_lead_authority_is_shown_and_nothing_is_guessed_for_germany(qtbot, tmp_path):
    export = make_export(n=4)
    findings = make_findings(export, severity="medium")  # nothing included without a verdict
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    try:
        dialog = LetterDialog(None, export, findings, case)
        qtbot.addWidget(dialog)
        assert dialog.residence.currentData() == ""
        assert dialog.authority.currentData() == "lucnpd"
        assert "Choose where you live" in dialog.reason.text()
        assert dialog.context["rec"]["n"] == 0
        assert not dialog.pdf_button.isEnabled() and not dialog.bundle_button.isEnabled()
        case.set_verdict(findings[0].id, "not-mine")
        dialog.regenerate()
        assert dialog.pdf_button.isEnabled()
        export.account.countries = ["AT"]
        other = LetterDialog(None, export, findings, case)
        qtbot.addWidget(other)
        assert other.residence.currentData() == "AT" and other.authority.currentData() == "atdsb"
    finally:
        case.close()


def test_unconfirmed_facts_are_placeholders_and_warned_about_before_saving(qtbot, tmp_path, monkeypatch):
    export = make_export(n=3)
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    try:
        case.set_declaration("residence", "DE-SN")
        dialog = LetterDialog(None, export, make_findings(export), case)
        qtbot.addWidget(dialog)
        preview = dialog.preview.toPlainText()
        assert "[Datum Ihres Antrags]" in preview and "[E-Mail-Adresse des Kundenkontos]" in preview
        assert "offengelegt werden darf: ja oder nein]" in preview  # consent is asked, never preset
        assert "placeholders" in dialog.warnings.text()
        seen: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _p, _t, text, *a: seen.append(text) or QMessageBox.StandardButton.Cancel)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "o" / "l.pdf"), ""))
        dialog.save_pdf()
        # the app names the fact (its field has the same name), not the command line's option
        assert seen and "the date of your access request" in seen[0] and "--request-date" not in seen[0]
        assert not (tmp_path / "o" / "l.pdf").exists()
        # The user answers in the form: the placeholder becomes the fact, with the deadline as a date.
        dialog.details.request_date.setText("2018-10-01")
        dialog.details.consent.setCurrentIndex(dialog.details.consent.findData("no"))
        dialog._save_timer.stop()  # save now rather than after the typing pause
        dialog._save_details()
        preview = dialog.preview.toPlainText()
        assert "01.10.2018" in preview and "endete am 01.11.2018" in preview
        assert "nicht ohne vorherige Rücksprache einverstanden" in preview
        assert case.declarations()["consent_disclose"] == "no"
    finally:
        case.close()


def test_opening_the_window_drafts_the_letter_once(qtbot, tmp_path, monkeypatch):
    """Loading the case's choices into the form drafted it again for each one that changed (a second draft of
    ~20 ms, and its case writes, on the click that opened the window)."""
    import gui.letters.editor as editor

    export = make_export(n=9)
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    case.set_declaration("residence", "DE-SN")
    drafts: list[str] = []
    draft = editor.draft_letter
    monkeypatch.setattr(editor, "draft_letter", lambda *a, **k: (drafts.append(k["lang"]), draft(*a, **k))[1])
    dialog = LetterDialog(None, export, make_findings(export), case)  # no verdicts yet: "include unreviewed" set
    qtbot.addWidget(dialog)
    assert drafts == ["de"] and dialog.options.include_unreviewed.isChecked()
    dialog.options.include_unreviewed.setChecked(False)  # the user's own change still drafts it again
    assert drafts == ["de", "de"]
    case.close()


def test_the_export_is_checked_and_the_file_written_off_the_window_thread(flow, tmp_path, monkeypatch, qtbot):
    """Re-hashing a 50 GB export, or writing a bundle of thousands of clips, held the window for minutes."""
    import threading

    import gui.letters.output as output

    dialog, _case, _ = flow
    threads: list[str] = []
    write = output.atomic_write_bytes
    monkeypatch.setattr(output, "verify_export", lambda *a: threads.append(threading.current_thread().name))
    monkeypatch.setattr(output, "atomic_write_bytes",
                        lambda *a: (threads.append(threading.current_thread().name), write(*a))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out" / "l.txt"), ""))
    dialog.save_text()
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=10000)
    assert (tmp_path / "out" / "l.txt").exists() and "Saved l.txt." in dialog.status.text()
    assert len(threads) == 2 and threading.main_thread().name not in threads


def test_a_long_save_shows_its_progress_and_cancel_stops_it_without_a_file(flow, tmp_path, monkeypatch, qtbot):
    """What the README promises for a big export: the check runs in the background, a progress window appears,
    and Cancel leaves nothing behind."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    import gui.letters.output as output
    from core.errors import ImportCancelled

    dialog, _case, _ = flow

    def slow_check(_export, progress, cancelled):  # a big export being re-hashed
        while not cancelled():
            progress(0.3, "checking")
            time.sleep(0.01)
        raise ImportCancelled()

    monkeypatch.setattr(output, "verify_export", slow_check)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out" / "l.pdf"), ""))
    dialog.save_pdf()
    assert dialog.saving()  # the click returned while the export is checked
    qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(QProgressDialog)), timeout=5000)
    progress = next(p for p in dialog.findChildren(QProgressDialog) if p.isVisible())
    progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: not dialog.saving(), timeout=5000)
    assert dialog.status.text() == "Cancelled." and not (tmp_path / "out" / "l.pdf").exists()
