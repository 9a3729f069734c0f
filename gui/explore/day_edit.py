"""A date field that takes dates as people type them, or says why it cannot.

``QDateEdit`` on its own drops keystrokes that do not fit its format (``2018-09-01`` typed into a German
``dd.MM.yyyy`` field leaves the old date) and quietly bends impossible dates (``31.02.2018`` becomes
``01.02.2018``). :class:`DayEdit` shows the date in the user's own short format with four-digit years,
keeps what was typed, and when typing ends (Enter or leaving the field) accepts it in that format or as
ISO ``yyyy-MM-dd`` — or emits :attr:`refused` with the text and restores the date it had before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

if TYPE_CHECKING:
    import pandas as pd

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def day_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy`` in German)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def parse_day(text: str, fmt: str) -> QDate | None:
    """``text`` as a date in ``fmt`` (also with one-digit day/month) or ISO; ``None`` if it is none."""
    text = text.strip()
    loose = fmt.replace("dd", "d").replace("MM", "M")
    for candidate in (fmt, loose, "yyyy-MM-dd", "yyyy-M-d"):
        day = QDate.fromString(text, candidate)
        if day.isValid():
            return day
    return None


class DayEdit(QDateEdit):
    """Signals: refused(str) — typed text that is not a date in the allowed range (the date is unchanged)."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_format())
        self._typed = ""
        self._before = self.date()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed, self._before = "", self.date()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.settle():  # judged here: Qt must not interpret its own bent reading of the text after us
                event.accept()
                self.editingFinished.emit()
                return
        elif key == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
        elif event.text() and event.text().isprintable():
            self._typed += event.text()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.settle()

    def settle(self) -> bool:
        """Judge what was typed since the field got the focus (a lone day or month number is Qt's);
        ``True`` when it was judged here."""
        typed, self._typed = self._typed, ""
        if not typed or (typed.isdigit() and len(typed) <= 4):
            return False
        day = parse_day(typed, self.displayFormat())
        if day is not None and self.minimumDate() < day <= self.maximumDate():
            self.setDate(day)
        else:
            self.setDate(self._before)
            self.refused.emit(typed)
        self._before = self.date()
        return True


def span_days(edits: Iterable[QDateEdit], times: pd.Series | None) -> None:
    """Let ``edits`` span the days of ``times`` (a day before the first stands for "any date", where they
    are set), so their calendars open at the data, not in 1970."""
    from gui.pages.overview_facts import time_span  # pandas: not at the window's start

    span = time_span(times) if times is not None else None
    for edit in edits:
        edit.blockSignals(True)
        if span is not None:
            first, last = span
            edit.setDateRange(QDate(first.year, first.month, first.day).addDays(-1),
                              QDate(last.year, last.month, last.day))
        else:
            edit.setDateRange(QDate(1970, 1, 1), QDate(9999, 12, 31))
        edit.setDate(edit.minimumDate())  # "any date"
        edit.blockSignals(False)


def refusal(text: str, edit: QDateEdit) -> str:
    """The sentence that refuses ``text`` typed into ``edit``: outside its days, or no date at all."""
    fmt = edit.displayFormat()
    if parse_day(text, fmt) is not None:
        first, last = edit.minimumDate().addDays(1), edit.maximumDate()
        message = translate("Tables", "%1 is outside this table's dates (%2 to %3). The filter is unchanged.") \
            .replace("%2", first.toString(fmt)).replace("%3", last.toString(fmt))
    else:
        message = translate("Tables", "“%1” is not a date this filter understands — type it like %2 or pick it "
                                      "in the calendar. The filter is unchanged.").replace(
            "%2", edit.maximumDate().toString(fmt))
    return message.replace("%1", text)
