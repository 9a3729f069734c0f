"""The app's letter dialog on real exports on disk: the same truthful letters as `dossier letter`, the same PDF.

Exports: the demo, the demo without a device file, the demo whose device label is a person's name. The dialog
is given the opened export, its findings and a real case store, as the main window does (pytest-qt, offscreen).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from core.case.store import CaseStore
from gui.letters.editor import LetterDialog, body_of
from gui.start.launcher import main
from tests.core.letters.exports import DEMO, with_name_label, without_device_file
from tests.core.letters.factory import confirm_all_facts

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is needed")]
CLI_FACTS = ["--request-date", "2018-10-01", "--received-date", "2018-12-03", "--request-channel",
             "the company's web form", "--reference", "none", "--account-email", "erika@example.org",
             "--prior-contact", "none", "--other-proceedings", "none", "--consent-to-disclose", "yes",
             "--name", "Erika Muster"]


@pytest.fixture
def open_dialog(qtbot, tmp_path):
    opened: list[tuple[object, CaseStore, LetterDialog]] = []

    def make(path: Path, residence: str, *, no_device: bool = False) -> LetterDialog:
        from core.pipeline import open_export
        from core.rules.finding import ReviewContext
        from core.rules.registry import run_rules

        opened_export = open_export([str(path)])
        source, export = opened_export.source, opened_export.export
        case = CaseStore.open(export.export_id, folder=tmp_path / f"cases{len(opened)}")
        case.set_declaration("residence", residence)
        confirm_all_facts(case)
        if no_device:
            case.set_declaration("owner_has_no_device", True)
        findings = run_rules(export, ReviewContext(owner_has_no_device=no_device))
        dialog = LetterDialog(None, export, findings, case, source=source)
        qtbot.addWidget(dialog)
        dialog.options.include_unreviewed.setChecked(True)
        opened.append((source, case, dialog))
        return dialog

    yield make
    for source, case, dialog in opened:
        dialog._save_timer.stop()
        case.close()
        source.close()  # type: ignore[attr-defined]


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def _wait_saved(dialog: LetterDialog) -> None:
    """The export is checked and the file written on a worker thread; its outcome arrives as events."""
    deadline = time.monotonic() + 30
    while dialog.saving() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def _save(dialog: LetterDialog, method: str, target: Path, monkeypatch) -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    getattr(dialog, method)()
    _wait_saved(dialog)
    assert target.exists(), dialog.status.text()
    return target


def test_without_a_device_file_and_a_declaration_that_contradicts_the_export(open_dialog, tmp_path):
    dialog = open_dialog(without_device_file(tmp_path / "export"), "DE-SN", no_device=True)
    preview = dialog.preview.toPlainText()
    assert "Der Export enthält keine Geräteliste." in preview and "Geräteeinträge" not in preview
    assert "Meine eigene Erklärung (nicht aus dem Export)" in preview
    assert "named devices" in dialog.warnings.text()  # shown before anything is drafted or saved


def test_gb_ch_and_at_in_the_dialog(open_dialog):
    dialog = open_dialog(DEMO, "GB")
    assert dialog.authority.currentData() == "gbico"
    preview = dialog.preview.toPlainText()
    assert "UK GDPR and the Data Protection Act 2018" in preview and "Art. 56" not in preview
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    assert "Amazon UK Services Ltd." in dialog.current_letter().recipient

    dialog = open_dialog(DEMO, "CH")
    assert dialog.authority.currentData() == "lucnpd" and "not a GDPR authority" in dialog.reason.text()
    dialog.authority.setCurrentIndex(dialog.authority.findData("chedoeb"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.letter is not None and dialog.letter.subject.startswith("Anzeige nach Art. 49 DSG")
    assert "Art. 77" not in dialog.preview.toPlainText()

    dialog = open_dialog(DEMO, "AT")
    preview = dialog.preview.toPlainText()
    assert "festzustellen, dass die Beschwerdegegnerin" in preview and "Beilagen" in preview
    assert "§ 24(4) DSG" in dialog.warnings.text()  # received in 2018: more than a year ago


def test_a_name_label_stays_out_of_letter_and_bundle(open_dialog, tmp_path, monkeypatch):
    dialog = open_dialog(with_name_label(tmp_path / "export"), "DE-SN")
    assert "Gerät A (Bezeichnung enthält vermutlich einen Namen)" in dialog.preview.toPlainText()
    assert "Müller" not in dialog.preview.toPlainText()
    bundle = _save(dialog, "save_bundle", tmp_path / "out" / "bundle.zip", monkeypatch)
    with zipfile.ZipFile(bundle) as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist() if not n.endswith(".pdf")).decode()
        manifest = json.loads(zf.read("evidence-manifest.json"))
    assert "Müller" not in everything
    assert {x["device"] for x in manifest["flagged"]} >= {"Device A (label probably contains a name)"}


def test_the_app_saves_the_same_pdf_as_the_command_line_and_edited_headings_do_not_turn_the_body_bold(
        open_dialog, tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter

    from gui.letters.pdf import body_document, render_pdf

    dialog = open_dialog(DEMO, "DE-SN")
    app_pdf = _save(dialog, "save_pdf", tmp_path / "app" / "letter.pdf", monkeypatch)
    assert main(["letter", str(DEMO), "--residence", "DE-SN", "--lang", "de", "--out", str(tmp_path / "cli"),
                 *CLI_FACTS]) == 0
    cli_pdf = tmp_path / "cli" / "letter-complaint-de.pdf"
    assert _pages(app_pdf) == _pages(cli_pdf)
    text = subprocess.run(["pdftotext", str(cli_pdf), "-"], capture_output=True, check=True, text=True).stdout
    assert "eu-privacy@amazon.de" in text and "euprivacy" not in text  # no line break at an address's hyphen
    assert "Deutschland" not in text.split("Mein Zeichen")[0]  # a domestic address has no country line
    # The editor writes headings as <h3 style=…><span …>: the PDF must close them like the drafted ones.
    drafted = dialog.current_letter()
    edited_html = body_of(dialog.editor.toHtml())
    assert "<h3 style=" in edited_html or "<h3 " in edited_html
    edited = type(drafted)(**{**drafted.__dict__, "body_html": edited_html})
    (tmp_path / "edited.pdf").write_bytes(render_pdf(edited))
    assert _pages(tmp_path / "edited.pdf") == _pages(app_pdf)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    doc = body_document(edited.body_html, writer, 4000)
    weights: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            weights.setdefault(block.text()[:40], max(weights.get(block.text()[:40], 0),
                                                       fragment.charFormat().fontWeight()))
            fragments += 1
        block = block.next()
    body_start = next(k for k in weights if k.startswith("Ich habe Amazon Europe am"))
    assert weights[body_start] <= QFont.Weight.Normal.value  # the summary after "2. Kurzfassung" is not bold
    assert weights[next(k for k in weights if k.startswith("2. Kurzfassung"))] >= QFont.Weight.Bold.value


@pytest.mark.parametrize(("residence", "lang"), [("AT", "de"), ("CH", "fr"), ("GB", "en"), ("DE-BW", "de")])
def test_the_subject_fits_two_lines(qapp, residence, lang):
    from PySide6.QtGui import QPdfWriter

    from core.letters.draft import draft_letter
    from gui.letters import pdf
    from tests.core.letters.factory import make_export, make_findings

    export = make_export(n=1694)
    _, letter = draft_letter(export, make_findings(export), residence=residence, verdicts={}, complainant={},
                             declarations={}, lang=lang)
    writer = QPdfWriter("/dev/null")
    writer.setResolution(300)
    mm = writer.resolution() / 25.4
    doc = pdf._plain_doc(letter.subject, (pdf.MM_A4[0] - pdf.LEFT - pdf.RIGHT) * mm, 11, writer, bold=True)
    lines, block = 0, doc.begin()
    while block.isValid():
        lines += block.layout().lineCount()
        block = block.next()
    assert 1 <= lines <= 2, letter.subject
