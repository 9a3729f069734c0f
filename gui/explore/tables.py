"""The Explore page's tables: purchases, searches, voice recordings and devices.

Each :class:`TablePanel` is a filter bar (search, date range, device, only flagged:
:class:`~gui.explore.table_filters.TableFilters`, mixed in) over a ``QTableView`` showing a
:class:`~gui.explore.table_model.DataFrameModel` (which filters and sorts by its own row order).
The mask is computed by pandas in one go whenever a criterion changes (pandas and numpy are imported then,
not when the empty panels are built).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.platform import collector
from gui.explore.cell_text import Column
from gui.explore.search_index import SearchIndex
from gui.explore.table_filters import SEARCH_COLUMNS, TableFilters
from gui.explore.table_model import POSITION_ROLE, DataFrameModel
from gui.look.theme import secondary_text
from gui.work.staged import Staged

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
Flags = dict[int, str] | Callable[[], dict[int, str]] | None  # frame position → worst severity


def table_columns(name: str) -> list[Column]:
    """The columns each table shows, in order, with translated titles."""
    specs: dict[str, list[Column]] = {
        "purchases": [Column("time", translate("Tables", "Date"), "time", 150),
                      Column("title", translate("Tables", "Item"), "text", 380),
                      Column("quantity", translate("Tables", "Qty"), "int", 50),
                      Column("amount", translate("Tables", "Amount"), "money", 100),
                      Column("kind", translate("Tables", "Kind"), "word", 80),
                      Column("status", translate("Tables", "Status"), "word", 100),
                      Column("order_id", translate("Tables", "Order"), "text", 160),
                      Column("website", translate("Tables", "Shop"), "text", 100)],
        "searches": [Column("time", translate("Tables", "Date"), "time", 150),
                     Column("query", translate("Tables", "Search"), "text", 380),
                     Column("store", translate("Tables", "Where"), "text", 120),
                     Column("device", translate("Tables", "Device"), "text", 160)],
        "recordings": [Column("time", translate("Tables", "Date"), "time", 170),
                       Column("device_name", translate("Tables", "Device"), "text", 150),
                       Column("transcript", translate("Tables", "What was heard"), "text", 340),
                       Column("duration_s", translate("Tables", "Length"), "duration", 60),
                       Column("time_source", translate("Tables", "Time from"), "word", 80),
                       Column("device_serial", translate("Tables", "Serial"), "text", 130),
                       Column("audio_member", translate("Tables", "File"), "text", 260)],
        "devices": [Column("name", translate("Tables", "Name"), "text", 200),
                    Column("family", translate("Tables", "Kind"), "text", 120),
                    Column("serial", translate("Tables", "Serial"), "text", 160),
                    Column("registered", translate("Tables", "Registered"), "time", 150),
                    Column("deregistered", translate("Tables", "Deregistered"), "time", 150),
                    Column("voice_capable", translate("Tables", "Voice"), "bool", 60),
                    Column("source", translate("Tables", "Known from"), "word", 110)],
    }
    return specs[name]


MAIN_COLUMN = {"purchases": "title", "searches": "query", "recordings": "transcript", "devices": "name"}


class TablePanel(TableFilters, QWidget):
    """One table with its filter bar and an empty state.

    Signals:
        rowActivated(str, int): table name and the row's index label (``ref`` in ``Export.events``).
    """

    rowActivated = Signal(str, int)
    playRequested = Signal(int)  # recordings: Enter, Space or a double click on a row plays its clip

    def __init__(self, name: str, empty_text: str, icons: dict[str, QIcon] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.model = DataFrameModel(table_columns(name), self)
        self.model.severity_icons = dict(icons or {})
        self._labels: Sequence[Any] | np.ndarray = ()  # row position → index label (``ref``)
        self.search_index: SearchIndex | None = None  # built in slices once the table is filled
        self.indexing = Staged(self)  # those slices, one per event-loop turn

        bar = self._build_filters()

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setAccessibleName(translate("Tables", "Table"))
        self.view.setAccessibleDescription(
            translate("Tables", "Enter, Space or a double click plays a recording's clip") if name == "recordings"
            else translate("Tables", "Choosing a row shows it on the timeline"))
        for i, column in enumerate(self.model.columns):
            self.view.setColumnWidth(i, column.width)
        self.view.activated.connect(self._on_activated)
        if name == "recordings":
            self.view.doubleClicked.connect(self._on_play)
            self.view.installEventFilter(self)
        self.view.clicked.connect(self._on_activated)
        self.view.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self._user_sized = False

        self.empty = QLabel(empty_text, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        secondary_text(self.empty)
        self.no_match = QLabel(translate("Tables", "Nothing matches — change or clear the search and filters."),
                               self)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        secondary_text(self.no_match)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.date_message)
        layout.addWidget(self.stack, 1)

        self._connect_filters()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_main_column)  # once the view has its new width (not once deleted)

    def _fit_main_column(self) -> None:
        """Spare width goes first to the column people read (what was heard, the item; up to twice its
        width), the rest to the last column."""
        keys = [c.key for c in self.model.columns]
        main = MAIN_COLUMN.get(self.name)
        if self._user_sized or main not in keys:
            return
        others = sum(c.width for c in self.model.columns if c.key != main)
        spec = self.model.columns[keys.index(main)]
        spare = self.view.viewport().width() - others - 2
        self._fitting = True
        try:
            self.view.setColumnWidth(keys.index(main), max(spec.width, min(spare, 2 * spec.width)))
        finally:
            self._fitting = False

    _fitting = False

    def _on_section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting and self.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._user_sized = True  # the user dragged a column edge: leave their widths alone

    def __repr__(self) -> str:
        return f"<TablePanel {self.name} {self.model.rowCount()}/{len(self.model.frame)}>"

    # ---- data ----------------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame, flags_by_position: dict[int, str] | None = None) -> None:
        """Show ``frame`` now (the search index is built when first searched)."""
        for step in self.fill_steps(frame, flags_by_position, index=False):
            step()

    def fill_steps(self, frame: pd.DataFrame, flags_by_position: Flags = None, *,
                   index: bool = True) -> list[Callable[[], None]]:
        """:meth:`set_frame` as steps of a few milliseconds each, for :class:`gui.work.staged.Staged`; with
        ``index``, the search index is built in further steps (the first search then finds it ready).
        ``flags_by_position`` may be a function giving them (asked in the first step)."""

        def rows() -> None:
            import numpy as np

            self.indexing.cancel()
            self._labels = np.asarray(frame.index)
            self.model.set_frame(frame, flags_by_position() if callable(flags_by_position) else flags_by_position)
            self.search_index = SearchIndex(self.model.frame, SEARCH_COLUMNS[self.name])

        def filters() -> None:
            self._fill_devices()
            self._set_date_range(frame)
            self.apply_filters()
            if index and self.search_index is not None:  # first the rows a first look shows, then the index
                self.indexing.run([self.model.format_first_rows,
                                   *[self.search_index.build_slice] * self.search_index.slices_left(),
                                   collector.freeze_survivors])  # the index: out of the collector's full passes

        return [rows, filters]

    def set_flags(self, flags_by_position: dict[int, str]) -> None:
        self.model.set_flags(flags_by_position)
        if self.only_flagged.isChecked():
            self.apply_filters()

    # ---- selection -----------------------------------------------------------------------------
    def select_labels(self, labels: list[Any]) -> int:
        """Select the rows with these index labels (rows hidden by the user's filters stay hidden)."""
        import numpy as np

        positions = np.flatnonzero(np.isin(np.asarray(self._labels), np.asarray(list(labels)))).tolist() \
            if len(labels) else []
        if not positions:
            return 0
        selection = QItemSelection()
        first: QModelIndex | None = None
        for position in positions:
            source_row = self.model.view_row_of(position)
            if source_row < 0:
                continue
            row = self.model.index(source_row, 0)
            if row.isValid():
                selection.select(row, row.siblingAtColumn(self.model.columnCount() - 1))
                first = first or row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().select(selection, flags)
        if first is not None:
            self.view.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        return len(selection.indexes()) // max(1, self.model.columnCount())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter, Return or Space on a recording plays its clip (Enter also selects it elsewhere)."""
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)):
            index = self.view.currentIndex()
            if index.isValid():
                if event.key() != Qt.Key.Key_Space:
                    self._on_activated(index)
                self._on_play(index)
                return True
        return super().eventFilter(watched, event)

    def _on_play(self, index: QModelIndex) -> None:
        position = index.data(POSITION_ROLE)
        if position is not None and 0 <= position < len(self._labels):
            self.playRequested.emit(int(self._labels[position]))

    def _on_activated(self, index: QModelIndex) -> None:
        position = index.data(POSITION_ROLE)
        if position is not None and 0 <= position < len(self._labels):
            self.rowActivated.emit(self.name, int(self._labels[position]))
