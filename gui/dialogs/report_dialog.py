"""The import report: every file of the export — recognised, skipped (why) or unreadable (why)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from core.model import ImportReport
from core.value_words import value_word
from gui.look.labels import escaped, plain_label


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(900, 560)
        loc = QLocale()
        status_words = {"recognised": self.tr("Recognised"), "skipped": self.tr("Skipped"),
                        "unreadable": self.tr("Unreadable")}
        self.files = QTreeWidget(self)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Status"), self.tr("Rows"),
                                     self.tr("What Dossier read, or why not")])
        self.files.setRootIsDecorated(False)
        for entry in report.files:
            rows = loc.toString(entry.rows) + (f" (−{loc.toString(entry.rejected)})" if entry.rejected else "")
            why = entry.reason or value_word("dataset", entry.dataset)
            item = QTreeWidgetItem([entry.member, status_words.get(entry.status, entry.status), rows, why])
            for column, text in ((0, entry.member), (3, why)):  # the whole path and reason where a column cuts them
                item.setToolTip(column, escaped(text))  # export text: a tag in a file name shows as written
            self.files.addTopLevelItem(item)
        self.problems = QTreeWidget(self)
        self.problems.setHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Problem")])
        self.problems.setRootIsDecorated(False)
        for problem in [*report.problems, *report.notes]:
            item = QTreeWidgetItem([problem.member, "" if problem.line is None else str(problem.line),
                                    problem.message])
            item.setToolTip(0, escaped(problem.member))
            item.setToolTip(2, escaped(problem.message))
            self.problems.addTopLevelItem(item)
        for tree, width in ((self.files, 380), (self.problems, 380)):
            tree.setColumnWidth(0, width)
        self.files.setSortingEnabled(True)
        self.files.sortItems(1, Qt.SortOrder.DescendingOrder)  # unreadable and skipped files first
        tabs = QTabWidget(self)
        tabs.addTab(self.files, self.tr("Files (%1)").replace("%1", loc.toString(len(report.files))))
        tabs.addTab(self.problems, self.tr("Problems (%1)").replace(
            "%1", loc.toString(len(report.problems) + len(report.notes))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Every file of your export, and what Dossier did with it. No row is "
                                             "dropped silently: rows that could not be used are listed under "
                                             "Problems."), self))
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
