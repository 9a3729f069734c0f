"""The import report: every file of the export — recognised, skipped (why) or unreadable (why)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTreeView, QVBoxLayout, QWidget

from core.model import FileEntry, ImportReport, Problem
from core.value_words import value_word
from gui.look.labels import escaped, plain_label

Index = QModelIndex | QPersistentModelIndex
STATUS_RANK = {"recognised": 0, "skipped": 1, "unreadable": 2}  # sorted descending: unreadable and skipped first


class ReportRows(QAbstractTableModel):
    """Report entries as table rows whose text is made when the view shows them: a widget item per file took
    ~0.3 s of the window's thread to open the report of a 20k-clip export. Sorting orders row numbers by a key
    per column (``keys``; a column's text otherwise), in Python, never asking the view for every cell."""

    def __init__(self, headers: list[str], items: Sequence[Any], cell: Callable[[Any, int], str],
                 tips: tuple[int, ...] = (), keys: dict[int, Callable[[Any], Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers, self.items, self.cell, self.tips, self.keys = headers, list(items), cell, tips, keys or {}
        self.order = list(range(len(self.items)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.items[self.order[index.row()]], column)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.tips:  # the whole text where a column cuts it;
            return escaped(self.cell(self.items[self.order[index.row()]], column))  # export text: never markup
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.keys.get(column) or (lambda item: self.cell(item, column).casefold())
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        rows = [self.order[index.row()] for index in kept]
        self.order.sort(key=lambda n: key(self.items[n]), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {n: row for row, n in enumerate(self.order)}
        moved = [self.index(where[n], index.column()) for n, index in zip(rows, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()


def _table(parent: QWidget, rows: ReportRows, width: int) -> QTreeView:
    view = QTreeView(parent)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)  # rows are measured once, not each of thousands
    view.setModel(rows)
    view.setColumnWidth(0, width)
    return view


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(900, 560)
        loc = QLocale()
        status_words = {"recognised": self.tr("Recognised"), "skipped": self.tr("Skipped"),
                        "unreadable": self.tr("Unreadable")}

        def file_cell(entry: FileEntry, column: int) -> str:
            if column == 0:
                return entry.member
            if column == 1:
                return status_words.get(entry.status, entry.status)
            if column == 2:
                return loc.toString(entry.rows) + (f" (−{loc.toString(entry.rejected)})" if entry.rejected else "")
            return entry.reason or value_word("dataset", entry.dataset)

        def problem_cell(problem: Problem, column: int) -> str:
            return (problem.member, "" if problem.line is None else str(problem.line), problem.message)[column]

        self.files = _table(self, ReportRows(
            [self.tr("File"), self.tr("Status"), self.tr("Rows"), self.tr("What Dossier read, or why not")],
            report.files, file_cell, tips=(0, 3),
            keys={0: lambda e: e.member.casefold(), 1: lambda e: STATUS_RANK.get(e.status, 3),
                  2: lambda e: (e.rows, e.rejected)}, parent=self), 380)
        self.files.setSortingEnabled(True)
        self.files.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # unreadable and skipped files first
        self.problems = _table(self, ReportRows([self.tr("File"), self.tr("Line"), self.tr("Problem")],
                                                [*report.problems, *report.notes], problem_cell, tips=(0, 2),
                                                parent=self), 380)
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
