"""The search box stays cheap per key at 200k rows: counted work, not timings (issue 22)."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from gui.explore import search_index
from gui.explore.search_index import SearchIndex
from gui.explore.table_model import BLOCK, DataFrameModel
from gui.explore.tables import TablePanel

pytestmark = pytest.mark.gui


def _searches(n: int, rare_every: int = 100) -> pd.DataFrame:
    return pd.DataFrame({
        "time": pd.to_datetime(1_500_000_000 + pd.RangeIndex(n) * 60, unit="s", utc=True),
        "query": [f"zebra crossing {i}" if i % rare_every == 0 else f"Suche {i % 5000}" for i in range(n)],
        "store": "DE", "device": "Echo"})


def _shown_panel(qtbot, width: int = 1000) -> TablePanel:
    """A searches table on screen, 500 pixels high."""
    panel = TablePanel("searches", "none")
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _paint(panel: TablePanel) -> None:
    QApplication.processEvents()  # the layout after the table was filled
    panel.view.viewport().repaint()


def test_a_longer_query_looks_only_at_the_rows_the_shorter_one_matched() -> None:
    for n in (20_000, 200_000):
        index = SearchIndex(_searches(n), ("query", "device"))
        assert len(index.positions("z")) == n // 100
        assert index.rows_scanned == n  # the first key: every row once
        for query in ("ze", "zeb", "zebr", "zebra"):
            index.positions(query)
        assert index.rows_scanned == n + 4 * (n // 100)  # then only the 1 % that still can match
        assert len(index.positions("su")) == n - n // 100  # not an extension: every row again
        assert index.rows_scanned == 2 * n + 4 * (n // 100)


def test_each_query_matches_what_a_search_of_every_row_matches() -> None:
    """Narrowing from the previous key (and backspacing, and typing on after a key that matched every row) finds
    exactly the rows a plain search of every row's text finds."""
    frame = _searches(3_000, rare_every=7)
    index = SearchIndex(frame, ("query", "device"))
    texts = (frame["query"].str.casefold() + "\x1f" + frame["device"].str.casefold()).tolist()
    for query in ("e", "ec", "ech", "echo", "ec", "s", "su", "such", "suche 1", "suche 12", "suche 1", "z", "zebra 7",
                  "zebra 77", "zebra 770", "q", "qq", "x1f", "7"):
        expected = [i for i, text in enumerate(texts) if query in text]
        assert index.positions(query).tolist() == expected, query


def test_the_index_is_built_in_slices_as_steps_of_its_own(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(search_index, "SLICE", 1_000)
    panel = TablePanel("searches", "none")
    qtbot.addWidget(panel)
    frame = _searches(10_500)
    for step in panel.fill_steps(frame):
        step()
    assert panel.model.rowCount() == len(frame)
    index = panel.search_index
    assert index is not None and not index.complete()  # the table shows before its index exists
    slices = 0
    while panel.indexing.busy():
        panel.indexing._next()
        slices += 1
    assert slices == 1 + 11 + 1 and index.complete()  # first rows, the index in 11 slices, the freeze


def test_typing_formats_only_rows_never_shown_and_filters_without_a_timer(qtbot) -> None:
    panel = _shown_panel(qtbot)
    frame = _searches(200_000)
    panel.set_frame(frame)
    _paint(panel)
    shown_once = panel.model.rows_formatted
    assert 0 < shown_once <= 4 * 2 * BLOCK  # a screenful of rows × 4 columns, not 200k
    panel.search.setFocus()
    QTest.keyClicks(panel.search, "u")  # every "Suche" row and no "zebra" one: the rows shown do not change
    assert panel.model.rowCount() == len(frame) - len(frame) // 100  # filtered at the key, no debounce wait
    _paint(panel)
    QTest.keyClicks(panel.search, "che 42")
    _paint(panel)
    after_typing = panel.model.rows_formatted
    panel.search.clear()  # back to the rows formatted at first: nothing is formatted again
    _paint(panel)
    assert panel.model.rows_formatted == after_typing
    assert after_typing - shown_once <= 8 * 4 * 2 * BLOCK  # each key at most a screenful of new rows


def test_the_view_shows_the_table_model_itself(qtbot) -> None:
    """A pass-through proxy in between rebuilt its row mapping on every key that narrowed the rows (~10 ms of a
    ~45 ms key at 200k rows); the model filters and sorts by its own row order."""
    panel = TablePanel("searches", "none")
    qtbot.addWidget(panel)
    assert panel.view.model() is panel.model


def test_a_repaint_asks_the_model_once_per_cell_on_screen(qtbot, monkeypatch) -> None:
    """Qt's delegate asks ~8 roles of each cell; answered through ``multiData`` that is one Python call per
    cell, not one per role (~12 per cell before, ~15 ms of each repaint of a 200k-row table)."""
    calls = {"data": 0, "multiData": 0}
    for name in calls:  # counted from the start: the binding looks a model's Python methods up once
        original = getattr(DataFrameModel, name)

        def counted(self, *args, _original=original, _name=name):  # type: ignore[no-untyped-def]
            calls[_name] += 1
            return _original(self, *args)

        monkeypatch.setattr(DataFrameModel, name, counted)
    panel = _shown_panel(qtbot, 900)
    for step in panel.fill_steps(_searches(20_000)):
        step()
    _paint(panel)
    calls.update(data=0, multiData=0)
    panel.view.viewport().repaint()
    view = panel.view
    last = view.rowAt(view.viewport().height() - 1)
    rows = (last if last >= 0 else panel.model.rowCount() - 1) - view.rowAt(0) + 1
    cells = rows * panel.model.columnCount()
    assert 0 < calls["multiData"] <= cells, (calls, cells)  # one per cell on screen
    assert calls["data"] <= cells // 4, (calls, cells)  # text, alignment and icon answered in the same call

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    pixmap = QPixmap(8, 8)
    pixmap.fill(Qt.GlobalColor.red)
    panel.model.severity_icons = {"high": QIcon(pixmap)}
    panel.model.set_flags({int(panel.model.order[3]): "high"})
    for row in (3, 4):
        for column in range(panel.model.columnCount()):  # and the cells say what data() says
            cell, option = panel.model.index(row, column), QStyleOptionViewItem()
            QStyledItemDelegate().initStyleOption(option, cell)
            assert option.text == (panel.model.data(cell) or "")
            alignment = panel.model.data(cell, Qt.ItemDataRole.TextAlignmentRole)
            if alignment is not None:
                assert option.displayAlignment == Qt.AlignmentFlag(alignment)
            flagged = panel.model.data(cell, Qt.ItemDataRole.DecorationRole) is not None
            assert flagged == (row == 3 and column == 0)
            assert option.icon.isNull() != flagged


def test_a_painted_number_sits_right_and_a_word_left(qtbot) -> None:
    """The alignment a repaint gets in its one call per cell is the one data() gives."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    panel = TablePanel("purchases", "none")
    qtbot.addWidget(panel)
    panel.set_frame(pd.DataFrame({"time": pd.to_datetime([1_500_000_000], unit="s", utc=True), "title": ["Kabel"],
                                  "quantity": [2], "amount": ["9.99"], "currency": ["EUR"]}))
    right = {}
    for column, spec in enumerate(panel.model.columns):
        option = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(option, panel.model.index(0, column))
        right[spec.key] = bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight)
    assert right["quantity"] and right["amount"]
    assert not right["title"] and not right["time"]


class _LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def test_the_row_count_keeps_its_width_while_typing(qtbot) -> None:
    """"200,000 rows", "1,999 of 200,000 rows", "20 of …": a count that changed width at each key moved the
    search box under the typing and laid out the whole window again; a count whose size hint changed asked every
    layout up to the window's for a new one (two repaints of the whole window after each key)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    panel = TablePanel("searches", "none")
    QVBoxLayout(holder).addWidget(panel)
    holder.resize(1000, 500)
    holder.show()
    qtbot.waitExposed(holder)
    panel.set_frame(_searches(200_000))
    QApplication.processEvents()
    widths = {(panel.search.width(), panel.count.width())}
    texts = {panel.count.text()}
    panel.search.setFocus()
    requests = _LayoutRequests()
    for number, key in enumerate("zebra crossing 12340"):
        QTest.keyClicks(panel.search, key)
        QApplication.processEvents()
        widths.add((panel.search.width(), panel.count.width()))
        texts.add(panel.count.text())
        if not number:  # the first key shows the box's clear button: a new layout, once
            qtbot.wait(50)
            holder.installEventFilter(requests)
    assert len(texts) >= 6  # the count did change: all rows, 2,000, 1,111, 111, 11, 1 …
    assert len(widths) == 1, widths
    assert requests.count == 0  # the window around the table was not laid out again
    assert panel.count.text() == panel._count_text(1, 200_000)
    assert panel.count.sizeHint().width() <= panel.count.width()  # every text fits
    panel.search.clear()
    QApplication.processEvents()
    assert panel.count.text() == panel._count_text(200_000, 200_000)
    assert {(panel.search.width(), panel.count.width())} == widths


def test_the_row_count_is_measured_again_in_a_bigger_font(qtbot) -> None:
    """Its size is fixed at its widest text: another font (the desktop's text size) measures it again."""
    from PySide6.QtGui import QFont

    panel = _shown_panel(qtbot, 1400)
    panel.set_frame(_searches(2_000))
    QTest.keyClicks(panel.search, "zebra")
    QApplication.processEvents()
    small = panel.count.size()
    font = QFont(panel.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    QApplication.processEvents()
    assert panel.count.width() > small.width() and panel.count.height() > small.height()
    assert panel.count.sizeHint().width() <= panel.count.width()  # the text fits


def test_the_device_filter_offers_each_named_device_once_and_no_missing_one(qtbot) -> None:
    panel = TablePanel("searches", "none")
    qtbot.addWidget(panel)
    frame = _searches(12)
    frame["device"] = pd.Series(["Echo", None, "Kindle", float("nan"), pd.NA, "", "Echo", 7, "Kindle", "Aa", None,
                                 "Echo"], dtype=object)
    for step in panel.fill_steps(frame, index=False):
        step()
    offered = [panel.device.itemData(i) for i in range(panel.device.count())]
    assert offered == [None, "7", "Aa", "Echo", "Kindle"]  # "All devices" first; none for a missing or empty name
