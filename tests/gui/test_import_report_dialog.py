"""The import report dialog at the size of a big export: rows are made as they are shown, sorting keeps meaning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.model import FileEntry, ImportReport, Problem
from gui.dialogs import report_dialog
from gui.dialogs.report_dialog import ImportReportDialog

pytestmark = pytest.mark.gui


def _report(clips: int) -> ImportReport:
    report = ImportReport()
    for n in range(clips):
        report.add(FileEntry(f"Alexa.zip/Voice/{n:05d}.wav", "recognised", "amazon.voice"))
    report.add(FileEntry("Alexa.zip/notes.txt", "skipped", None, "Not a data file."))
    report.add(FileEntry("Retail.OrderHistory.1.zip/Retail.OrderHistory.1.csv", "recognised", "amazon.orders",
                         rows=120_000, rejected=3))
    report.add(FileEntry("Alexa.zip/broken.wav", "unreadable", None, "The file is damaged."))
    report.problems.append(Problem("Retail.OrderHistory.1.zip/Retail.OrderHistory.1.csv", 17, "A bad date."))
    return report


def _column(dialog: ImportReportDialog, column: int) -> list[str]:
    rows = dialog.files.model()
    return [rows.index(r, column).data() for r in range(rows.rowCount())]


def test_a_report_of_20k_files_opens_without_making_a_row_for_each(qtbot, monkeypatch) -> None:
    made: list[str] = []
    words = report_dialog.value_word
    monkeypatch.setattr(report_dialog, "value_word", lambda kind, key: (made.append(key), words(kind, key))[1])
    dialog = ImportReportDialog(_report(20_000))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.files.model().rowCount() == 20_003
    assert len(made) < 200  # the rows on screen, not 20,000


def test_unreadable_and_skipped_files_come_first_and_each_column_sorts_by_its_meaning(qtbot) -> None:
    dialog = ImportReportDialog(_report(3))
    qtbot.addWidget(dialog)
    assert _column(dialog, 0)[:2] == ["Alexa.zip/broken.wav", "Alexa.zip/notes.txt"]
    assert _column(dialog, 3)[:2] == ["The file is damaged.", "Not a data file."]
    dialog.files.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # rows as numbers, not as text ("120,000" > "9")
    assert _column(dialog, 0)[0].endswith("Retail.OrderHistory.1.csv") and "3" in _column(dialog, 2)[0]
    dialog.files.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(dialog, 0) == sorted(_column(dialog, 0), key=str.casefold)
    problems = dialog.problems.model()
    assert [problems.index(0, c).data() for c in range(3)] == [
        "Retail.OrderHistory.1.zip/Retail.OrderHistory.1.csv", "17", "A bad date."]
