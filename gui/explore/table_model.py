"""A thin Qt model over one of the export's pandas tables, filtered and sorted by its own row order.

Display strings are computed lazily, a block of view rows at a time, and kept per column and frame row
(not per view row), so a table of 200,000 rows opens at once, scrolls smoothly, and a new sort or
filter (a key typed in the search box) formats only rows never shown before. Sorting is done by
pandas/numpy in the model (:mod:`gui.explore.sort_keys`: no Python work per row), once per column;
filtering is a boolean mask applied to that order. The view shows this model itself: a pass-through
``QSortFilterProxyModel`` in between rebuilt its row mapping on every narrowing key (~10 ms at 200k rows).
pandas and numpy are imported on first use (an empty table needs neither), so building the window at
start-up does not load them. The cells' texts are
made by :class:`~gui.explore.cell_text.CellText`, mixed into the model; a column's look is a
:class:`~gui.explore.cell_text.Column`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QIcon

from gui.explore.cell_text import CellText, Column, time_format
from gui.explore.sort_keys import sorted_positions
from gui.look.item_roles import role_slots

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

BACKGROUND_SORT_ROWS = 20_000  # a table this long orders a new column off the GUI thread (times: always on it)
BLOCK = 32  # view rows formatted together (a screenful is ~25-60: 64 made twice the rows a filtered view shows first)
POSITION_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's position in the frame
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw cell value
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_KINDS = frozenset({"money", "int", "duration"})
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.TextAlignmentRole, POSITION_ROLE, RAW_ROLE})


def _empty_until_set(name: str) -> Any:
    """A model attribute that is an empty frame / empty order until assigned (built on first read)."""

    def read(model: DataFrameModel) -> Any:
        if getattr(model, name) is None:
            model._make_empty()
        return getattr(model, name)

    return property(read, lambda model, value: setattr(model, name, value))


class DataFrameModel(CellText, QAbstractTableModel):
    """Read-only table model over a DataFrame; rows are shown in ``_order`` (a permutation)."""

    _sorted = Signal(object)  # (frame, column, future): emitted by the ordering's thread

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._frame: pd.DataFrame | None = None  # None until first use: see _empty_until_set
        self._order: np.ndarray | None = None
        self._sorted_order: np.ndarray | None = None
        self.mask: np.ndarray | None = None
        self.flags_by_position: dict[int, str] = {}
        self.severity_icons: dict[str, QIcon] = {}
        self.locale = QLocale()
        self._fmt = time_format(self.locale)
        self._zone = QTimeZone.systemTimeZone()
        self._texts: dict[int, np.ndarray] = {}  # column → display string per frame row (None: not yet)
        self._ascending: dict[int, np.ndarray] = {}  # column → frame positions sorted by it (made on first sort)
        self._sorts = 0  # sorts asked for: only the last one's order is shown …
        self._wanted: tuple[int, int, Qt.SortOrder] = (0, -1, Qt.SortOrder.AscendingOrder)  # … (number, column, order)
        self._ordering: set[tuple[int, int]] = set()  # (frame id, column) being ordered off the GUI thread
        self._sorted.connect(self._take_sorted, Qt.ConnectionType.QueuedConnection)  # in a later GUI-thread turn
        self.rows_formatted = 0  # display strings made so far (the complexity tests read it)
        self._currency = None

    def __repr__(self) -> str:
        return f"<DataFrameModel {len(self.frame)} rows × {len(self.columns)} columns>"

    # ---- the frame and the row order: an empty table until set_frame (pandas imported on first use)
    def _make_empty(self) -> None:
        import numpy as np
        import pandas as pd

        self._frame = pd.DataFrame({c.key: [] for c in self.columns})
        self._order = self._sorted_order = np.arange(0, dtype=np.int64)

    frame = _empty_until_set("_frame")  # the table shown (positions 0..n-1)
    order = _empty_until_set("_order")  # frame positions in view order (sorted, then masked)
    sorted_order = _empty_until_set("_sorted_order")  # every frame position, in the current sort order

    # ---- data in -------------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame, flags_by_position: dict[int, str] | None = None) -> None:
        import numpy as np

        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.order = self.sorted_order = np.arange(len(frame), dtype=np.int64)
        self.mask = None
        self.flags_by_position = dict(flags_by_position or {})
        self._texts.clear()
        self._ascending.clear()
        self.endResetModel()

    def set_flags(self, flags_by_position: dict[int, str]) -> None:
        self.flags_by_position = dict(flags_by_position)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    # ---- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._order is None else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:  # a time says which clock it is on
            return self.tr("%1 (local time)").replace("%1", column.title) if column.kind == "time" else column.title
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "time":
            zone = self._zone.id().toStdString() if self._zone.isValid() else "UTC"
            return self.tr("Times in this computer's time zone (%1); the export itself gives them in UTC, shown "
                           "beside each moment in the review and the player.").replace("%1", zone)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # the view asks for ~8 roles per cell; answer the unused ones at once
        row, col = index.row(), index.column()
        if role in _PAINTED:
            return _PAINTED[role](self, row, col)
        pos = int(self.order[row])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(col, pos)
        if role == POSITION_ROLE:
            return pos
        return self.frame.iat[pos, self.frame.columns.get_loc(self.columns[col].key)]  # RAW_ROLE

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData, /) -> None:
        """Every role a view's delegate asks of a cell, in one call: Qt's default asks :meth:`data` once per role
        (~12 calls per cell on screen, ~15 ms per repaint of a 200k-row table's view). The three a paint asks for
        (text, alignment, icon) skip :meth:`data` (~1,400 of them per repaint of a screenful: ``_PAINTED``)."""
        valid = index.isValid()
        row, col = index.row(), index.column()
        for slot in role_slots(roleDataSpan):
            role = slot.role()
            painted = _PAINTED.get(role) if valid else None
            if painted is not None:
                slot.setData(painted(self, row, col))
            elif valid and role in _ROLES:
                slot.setData(self.data(index, role))
            else:
                slot.clearData()

    def _cell_text(self, row: int, col: int) -> str:
        texts = self._texts.get(col)
        text = None if texts is None else texts[self.order[row]]
        return self._format_block(col, row // BLOCK)[row % BLOCK] if text is None else text

    def _alignment(self, _row: int, col: int) -> int | None:
        return _RIGHT if self.columns[col].kind in _RIGHT_KINDS else None

    def _icon(self, row: int, col: int) -> QIcon | None:
        severity = self.flags_by_position.get(int(self.order[row])) if col == 0 else None
        return self.severity_icons.get(severity) if severity else None

    # ---- formatting ----------------------------------------------------------------------------
    def format_first_rows(self) -> None:
        """Make the texts of the first rows in view now (in a turn of their own after the table is filled):
        the first look at a 200k-row table made them while it was painted, ~15 ms of a ~50-80 ms pause."""
        if len(self.order):
            for col in range(len(self.columns)):
                self._format_block(col, 0)

    def _format_block(self, col: int, block: int) -> list[str]:
        """Display strings for view rows ``block*BLOCK …`` of one column; rows formatted before (in any
        sort or filter) are taken as they are."""
        import numpy as np

        texts = self._texts.get(col)
        if texts is None:
            texts = self._texts[col] = np.full(len(self.frame), None, dtype=object)
        block_positions = self.order[block * BLOCK:(block + 1) * BLOCK]
        positions = block_positions[[text is None for text in texts[block_positions]]]
        if len(positions):
            texts[positions] = self._format(self.columns[col], positions)
            self.rows_formatted += len(positions)
        return list(texts[block_positions])

    # ---- sorting -------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows in ``column``'s order. A long table orders a column it has not ordered before on the
        showing thread, in slices that let the window run (200k texts in no order: ~150 ms of one C call held
        the window though it ran there), and takes the result in a later turn; a newer sort, or a new frame,
        drops an older one's result."""
        if self._frame is None:
            return  # nothing to sort yet (set_frame starts a new table in its own order anyway)
        if not 0 <= column < len(self.columns) or self.columns[column].key not in self.frame:
            return
        self._sorts += 1
        self._wanted = (self._sorts, column, order)
        permutation = self._ascending.get(column)
        spec = self.columns[column]
        if permutation is None and len(self.frame) >= BACKGROUND_SORT_ROWS and spec.kind != "time":
            frame = self.frame
            if (id(frame), column) not in self._ordering:  # Qt asks twice per click: one ordering is enough
                from gui.work.staged import in_background

                self._ordering.add((id(frame), column))
                work = in_background(sorted_positions, frame[spec.key], spec.kind, True)  # sliced: the window runs
                work.add_done_callback(lambda done: self._announce((frame, column, done)))
            return
        if permutation is None:
            permutation = self._ascending[column] = sorted_positions(self.frame[spec.key], spec.kind)
        self._show_sorted(permutation, order)

    def _announce(self, result: tuple[pd.DataFrame, int, Future[np.ndarray]]) -> None:
        with contextlib.suppress(RuntimeError):  # the table was closed meanwhile
            self._sorted.emit(result)

    def _take_sorted(self, result: tuple[pd.DataFrame, int, Future[np.ndarray]]) -> None:
        frame, column, done = result
        self._ordering.discard((id(frame), column))
        if frame is not self._frame or done.exception() is not None:
            return  # a new table came meanwhile (or the ordering failed: the rows stay as they are)
        self._ascending[column] = done.result()
        sort, wanted, order = self._wanted
        if sort == self._sorts and wanted == column:  # the last sort asked for is this column's
            self._show_sorted(self._ascending[column], order)

    def sorting(self) -> bool:
        """A column is being ordered off the GUI thread: the rows follow when it is done."""
        return bool(self._ordering)

    def _show_sorted(self, permutation: np.ndarray, order: Qt.SortOrder) -> None:
        import numpy as np

        if order == Qt.SortOrder.DescendingOrder:
            permutation = permutation[::-1]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        positions = [int(self.order[i.row()]) for i in persistent]
        self.sorted_order = permutation.astype(np.int64)
        self.order = self._visible(self.sorted_order)
        new_rows = np.full(len(self.frame), -1, dtype=np.int64)
        new_rows[self.order] = np.arange(len(self.order))
        self.changePersistentIndexList(
            persistent, [self.index(int(new_rows[p]), i.column()) if new_rows[p] >= 0 else QModelIndex()
                         for p, i in zip(positions, persistent, strict=True)])
        self.layoutChanged.emit()

    def set_mask(self, mask: np.ndarray | None) -> bool:
        """Show only the rows whose frame position is ``True`` (``None``: all rows), keeping the sort; whether
        the rows changed (the view is not reset when the same rows stay: a key that narrows nothing costs no
        repaint)."""
        import numpy as np

        self.mask = mask
        visible = self._visible(self.sorted_order)
        if self._order is not None and np.array_equal(visible, self._order):
            return False
        self.beginResetModel()
        self.order = visible
        self.endResetModel()
        return True

    def _visible(self, order: np.ndarray) -> np.ndarray:
        return order if self.mask is None else order[self.mask[order]]

    def view_row_of(self, position: int) -> int:
        """The model row that shows frame row ``position``."""
        import numpy as np

        found = np.flatnonzero(self.order == position)
        return int(found[0]) if len(found) else -1


# the roles a repaint asks of every cell on screen, by their ``int`` (no enum lookups), and the model's answer to each
_PAINTED: dict[int, Callable[[DataFrameModel, int, int], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): DataFrameModel._cell_text,
    int(Qt.ItemDataRole.TextAlignmentRole): DataFrameModel._alignment,
    int(Qt.ItemDataRole.DecorationRole): DataFrameModel._icon}
