"""The crash handler logs without personal data; the problem report holds structure, not values."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qWarning

from core.platform.problem_report import build_problem_report, redact, render_problem_report
from gui.start.crash import CrashHandler

pytestmark = pytest.mark.gui


def test_the_crash_log_has_the_stack_but_not_the_message(qtbot, private_app_data: Path) -> None:
    handler = CrashHandler(show_dialogs=False)
    try:
        raise ValueError("Erika Mustermann, Hauptstraße 1 <b>secret</b>")
    except ValueError:
        handler.handle(*sys.exc_info())
    logs = list((private_app_data / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "test_the_crash_log_has_the_stack" in text
    assert "Erika" not in text and "secret" not in text
    assert handler.reports and "Erika" not in handler.reports[0]


def test_the_hooks_are_installed_and_removed(qtbot) -> None:
    import threading

    handler = CrashHandler(show_dialogs=False)
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(handler.reports) == 1, timeout=2000)  # posted to the GUI thread
        assert "ZeroDivisionError" in handler.reports[0]
    finally:
        handler.uninstall()
    assert sys.excepthook is sys.__excepthook__


def test_problem_report_lists_headers_and_counts_but_no_values(tmp_path: Path) -> None:
    path = tmp_path / "Amazon.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
                    "Order ID,Title,Shipping Address\n123-4567,Secret Book,Erika Mustermann Hauptstr 1\n")
        zf.writestr("Unknown/notes.txt", "private note erika@example.org")
        for i in range(3):
            zf.writestr(f"Alexa/Voice/{i}.wav", b"RIFF" + b"\0" * 100)
    from core.source.archive import ExportSource

    with ExportSource.open([path]) as source:
        text = render_problem_report(build_problem_report([str(path)], source))
    assert "Order ID | Title | Shipping Address" in text
    assert "Unknown/notes.txt" in text
    assert "Alexa.zip" not in text and "Amazon.zip/Alexa/Voice/*.wav: 3 files" in text
    for secret in ("Secret Book", "Erika", "123-4567", "private note", "erika@example.org"):
        assert secret not in text


def test_redact_removes_quoted_values_and_addresses() -> None:
    assert redact('Bad date “31.02.2018” in row 4 from erika@example.org') == \
        "Bad date “…” in row 4 from <e-mail>"


def test_a_qt_warning_is_caught_by_the_guard(qt_warnings_fail) -> None:
    qWarning("a deliberate warning")
    assert (QtMsgType.QtWarningMsg, "a deliberate warning") in qt_warnings_fail.records
    assert qt_warnings_fail.failures() == ["QtWarningMsg: a deliberate warning"]
    qt_warnings_fail.records.clear()  # this test expects it; any other warning fails its test


def test_problem_report_dialog_saves_atomically(qtbot, window, tmp_path: Path) -> None:
    from tests.gui.synthetic import write_export_zip

    export = write_export_zip(tmp_path / "a.zip", recordings=5)
    window.open_paths([str(export)])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=10000)
    from gui.dialogs.problem_report import ProblemReportDialog

    dialog = ProblemReportDialog(window.last_paths, window.result, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert "synthetic-export.json" in dialog.text.toPlainText()
    assert "Col A | Col B" in dialog.text.toPlainText() and "secret value" not in dialog.text.toPlainText()
    out = tmp_path / "report.txt"
    assert dialog.save(str(out))
    assert out.read_text(encoding="utf-8") == dialog.text.toPlainText()
    dialog.reject()


def test_problem_report_after_a_refused_import_names_the_files_and_the_error(qtbot, window, tmp_path: Path) -> None:
    bad = tmp_path / "Erika-Amazon.zip"
    bad.write_bytes(b"this is not a zip at all")
    window.open_paths([str(bad)])
    qtbot.waitUntil(window.welcome.has_error, timeout=5000)
    from gui.dialogs.problem_report import ProblemReportDialog

    dialog = ProblemReportDialog(window.last_paths, window.result, window.last_error)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    text = dialog.text.toPlainText()
    assert "Erika-Amazon.zip (file, 24 bytes)" in text
    assert "Import stopped:" in text and "this is not a zip" not in text
    dialog.reject()


def test_the_crash_dialog_copies_the_redacted_details(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from gui.start.crash import show_crash_dialog

    report = "Dossier 0.1.0 crash report\nTraceback (most recent call last):\nValueError"
    QApplication.clipboard().clear()

    def drive() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        assert box.isVisible()  # copying does not close the dialog
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(100, drive)
    show_crash_dialog(report)
    assert QApplication.clipboard().text() == report
