"""The tables as a user meets them: dates typed their way, the export's own date range, "nothing
matches", and clips played straight from the recordings table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from gui.explore.day_edit import day_format, parse_day
from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def open_table(qtbot, window, tmp_path: Path, name: str = "recordings"):
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=60))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    window.show_table(name)
    return window.explore.tables[name], window.result.export.table(name)


def test_german_dates_are_read_as_germans_write_them() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    fmt = day_format(german)
    assert fmt == "dd.MM.yyyy"
    assert parse_day("01.09.2018", fmt) == QDate(2018, 9, 1)
    assert parse_day("1.9.2018", fmt) == QDate(2018, 9, 1)
    assert parse_day("2018-09-01", fmt) == QDate(2018, 9, 1)
    assert parse_day("31.02.2018", fmt) is None and parse_day("soon", fmt) is None


def test_the_date_filter_opens_at_the_exports_range(qtbot, window, tmp_path: Path) -> None:
    panel, frame = open_table(qtbot, window, tmp_path)
    first = frame["time"].min()
    assert panel.date_from.minimumDate() == QDate(first.year, first.month, first.day).addDays(-1)
    assert panel.date_from.date() == panel.date_from.minimumDate()  # "any date", next to the export's days
    assert panel.date_from.text() == panel.date_from.specialValueText()
    assert panel.date_from.minimumDate().year() > 1970


def test_a_typed_date_is_taken_or_refused_with_a_message(qtbot, window, tmp_path: Path) -> None:
    panel, frame = open_table(qtbot, window, tmp_path)
    edit, fmt = panel.date_from, panel.date_from.displayFormat()
    middle = frame["time"].sort_values().iloc[len(frame) // 2]
    wanted = QDate(middle.year, middle.month, middle.day)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, wanted.toString("yyyy-MM-dd"))  # ISO, whatever the field's own format
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == wanted and not panel.date_message.isVisible()
    panel.apply_filters()
    assert 0 < panel.model.rowCount() < len(frame)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "31.02.20x8")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == wanted  # unchanged, and said so
    assert panel.date_message.isVisible() and "31.02.20x8" in panel.date_message.text()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, QDate(1999, 1, 2).toString(fmt))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == wanted and "outside" in panel.date_message.text()


def test_an_empty_search_says_nothing_matches(qtbot, window, tmp_path: Path) -> None:
    panel, _frame = open_table(qtbot, window, tmp_path)
    panel.search.setText("no such words anywhere")
    panel.apply_filters()
    assert panel.model.rowCount() == 0 and panel.stack.currentWidget() is panel.no_match
    panel.search.clear()
    panel.apply_filters()
    assert panel.stack.currentWidget() is panel.view


@pytest.mark.full_window
def test_enter_space_and_double_click_play_a_recording(qtbot, window, tmp_path: Path) -> None:
    panel, frame = open_table(qtbot, window, tmp_path)
    window.settings.set("player/stranger_notice_dismissed", True)
    asked: list[int] = []
    panel.playRequested.connect(asked.append)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    rect = panel.view.visualRect(panel.model.index(4, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # no button left down
    assert len(asked) == 3 and asked[0] == asked[1] != asked[2]
    rid = str(frame.loc[asked[2], "id"])
    assert str(window.player.recording["id"]) == rid  # the player holds the double-clicked clip


def test_time_columns_say_which_clock_they_show(qtbot, window, tmp_path: Path) -> None:
    panel, _frame = open_table(qtbot, window, tmp_path)
    header = panel.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Date (local time)"
    assert "UTC" in panel.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Device"  # other columns as they were


def test_a_german_user_types_01_09_2018(qtbot) -> None:
    from gui.explore.day_edit import DayEdit

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        edit = DayEdit()
        qtbot.addWidget(edit)
        edit.setDateRange(QDate(2018, 1, 1), QDate(2018, 12, 31))
        edit.setDate(edit.minimumDate())
        edit.show()
        refused: list[str] = []
        edit.refused.connect(refused.append)
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "01.09.2018")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.displayFormat() == "dd.MM.yyyy"
        assert edit.date() == QDate(2018, 9, 1) and edit.text() == "01.09.2018" and not refused
    finally:
        QLocale.setDefault(previous)


def test_a_search_key_paints_the_rows_it_leaves_once_laid_out(qtbot, window, tmp_path: Path) -> None:
    """Left to Qt's delayed layout, the table painted the rows a key left once with the old scroll range and
    again after it: two full paints per key (15-35 ms each at 200k rows)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    panel, _frame = open_table(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: not window.tasks.active() and not window.showing.busy(), timeout=15000)
    assert panel.view.verticalScrollBar().maximum() > 0  # more rows than the view shows
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, _watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                paints.append(panel.view.verticalScrollBar().maximum())
            return False

    counter = Count()
    panel.view.viewport().installEventFilter(counter)
    panel.search.setFocus()
    narrowed = 0
    for key in "kitchen":
        paints.clear()
        before = panel.model.rowCount()
        qtbot.keyClicks(panel.search, key)
        for _ in range(5):
            QApplication.processEvents()
        if panel.model.rowCount() != before:
            narrowed += 1
            assert paints and set(paints) == {panel.view.verticalScrollBar().maximum()}, (key, paints)
    assert narrowed


@pytest.mark.full_window
def test_typing_in_a_tables_search_box_keeps_the_box_still(qtbot, window) -> None:
    """The demo in the real window at 1280×720: the row count beside the search box changes with each key ("40
    rows", "9 of 40 rows" …) without moving the box being typed in."""
    window.resize(1280, 720)
    window.open_demo()
    qtbot.waitUntil(window.export_ready, timeout=30000)
    window.show_table("recordings")
    panel = window.explore.tables["recordings"]
    qtbot.waitUntil(lambda: not panel.indexing.busy(), timeout=10000)
    panel.search.setFocus()
    boxes, counts = {panel.search.geometry().getRect()}, {panel.count.text()}
    for key in "wie sp":
        qtbot.keyClicks(panel.search, key)
        qtbot.wait(1)
        boxes.add(panel.search.geometry().getRect())
        counts.add(panel.count.text())
    assert len(counts) >= 3, counts  # the count did change
    assert 0 < panel.model.rowCount() < len(window.result.export.table("recordings"))
    assert len(boxes) == 1, boxes
