"""The Explore tables' filter bar: search, date range, device and "only flagged", and the row mask they make.

Mixed into :class:`gui.explore.tables.TablePanel`. The mask is computed by pandas in one go whenever a
criterion changes (the search through :class:`~gui.explore.search_index.SearchIndex`); a typed date that
is not a date is refused out loud under the bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from gui.explore.day_edit import DayEdit, refusal, span_days
from gui.explore.search_index import SearchIndex

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    from PySide6.QtWidgets import QStackedWidget, QTableView

    from gui.explore.table_model import DataFrameModel

    _PanelBase = QWidget  # type-checked as the panel it is mixed into
else:
    _PanelBase = object

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
TIME_COLUMN = {"purchases": "time", "searches": "time", "recordings": "time", "devices": "registered"}
DEVICE_COLUMN = {"searches": "device", "recordings": "device_name"}
SEARCH_COLUMNS = {"purchases": ("title", "order_id", "asin"), "searches": ("query", "device"),
                  "recordings": ("transcript", "device_name", "device_serial", "audio_member", "id"),
                  "devices": ("name", "serial", "family")}


class TableFilters(_PanelBase):
    """The filter widgets of one table and the rows they let through (mixed into the table panel)."""

    _count_held_for = ""  # the widest count text (and font) the count's width is held for; none before the filters

    # what the panel this is mixed into holds
    if TYPE_CHECKING:
        name: str
        model: DataFrameModel
        search_index: SearchIndex | None
        view: QTableView
        empty: QLabel
        no_match: QLabel
        stack: QStackedWidget

    def _build_filters(self) -> QHBoxLayout:
        """The filter widgets and the bar that holds them (the date message goes under it)."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Tables", "Search this table…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("Tables", "Search"))
        self.search.setAccessibleDescription(translate("Tables", "Shows only the rows that contain these words"))
        self.date_from = self._date_edit(translate("Tables", "From"))
        self.date_to = self._date_edit(translate("Tables", "To"))
        self.device = QComboBox(self)
        self.device.setAccessibleName(translate("Tables", "Device"))
        self.device.setAccessibleDescription(translate("Tables", "Shows only the rows of one device"))
        self.device.setMinimumContentsLength(14)
        self.device.setVisible(self.name in DEVICE_COLUMN)
        self.only_flagged = QCheckBox(translate("Tables", "Only flagged"), self)
        self.only_flagged.setVisible(self.name == "recordings")
        self.only_flagged.setAccessibleDescription(translate("Tables", "Shows only the recordings with a finding"))
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.date_message = QLabel(self)  # a typed date that is not a date is refused out loud
        self.date_message.setTextFormat(Qt.TextFormat.PlainText)
        self.date_message.setVisible(False)
        self.date_message.setAccessibleName(translate("Tables", "Date not accepted"))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for label, widget in ((translate("Tables", "From"), self.date_from), (translate("Tables", "to"), self.date_to)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addWidget(self.device, 1)
        bar.addWidget(self.only_flagged)
        bar.addStretch(0)
        bar.addWidget(self.count)
        return bar

    def _connect_filters(self) -> None:
        """A key in the search box, another device or "only flagged" filters at once; a date after a pause."""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)  # each key filters at once (search_index)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._debounce.start)
        self.device.currentIndexChanged.connect(self.apply_filters)
        self.only_flagged.toggled.connect(self.apply_filters)

    def _date_edit(self, name: str) -> DayEdit:
        edit = DayEdit(self)
        edit.setSpecialValueText(translate("Tables", "any date"))
        edit.setMinimumDate(QDate(1970, 1, 1))
        edit.setDate(edit.minimumDate())
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(translate("Tables", "Type a date the way you write it, or choose one from "
                                                          "the calendar"))
        edit.refused.connect(self._refuse_date)
        edit.dateChanged.connect(lambda _d: self.date_message.setVisible(False))
        return edit

    def _refuse_date(self, text: str) -> None:
        self.date_message.setText(refusal(text, self.date_from))
        self.date_message.setVisible(True)

    def _set_date_range(self, frame: pd.DataFrame) -> None:
        """The date filters span the export's own days (the calendar opens there, not in 1970)."""
        column = TIME_COLUMN[self.name]
        span_days((self.date_from, self.date_to), frame.get(column))

    def _fill_devices(self) -> None:
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItem(translate("Tables", "All devices"), None)
        column = DEVICE_COLUMN.get(self.name)
        if column and column in self.model.frame:
            import pandas as pd

            # a set of the column's values, then the missing ones left out: 2-3 ms for 200k rows, against 12-14 ms
            # for pd.unique of the column without its missing values
            values = set(self.model.frame[column].tolist())
            names = sorted(v for v in {str(u) for u in values if not pd.isna(u)} if v)
            for value in names:
                self.device.addItem(value, value)
        self.device.blockSignals(False)

    # ---- filters -------------------------------------------------------------------------------
    def filter_mask(self) -> np.ndarray | None:
        import numpy as np

        frame = self.model.frame
        mask = np.ones(len(frame), dtype=bool)
        active = False
        text = self.search.text().strip().casefold()
        if text:
            if self.search_index is None or len(self.search_index) != len(frame):
                self.search_index = SearchIndex(frame, SEARCH_COLUMNS[self.name])
            mask &= self.search_index.mask(text)
            active = True
        dated = [(edit, edit is self.date_from) for edit in (self.date_from, self.date_to)
                 if edit.date() != edit.minimumDate()]
        time_column = TIME_COLUMN[self.name]
        if dated and time_column in frame:
            import pandas as pd

            times = pd.to_datetime(frame[time_column], utc=True)
            for edit, is_start in dated:
                day = pd.Timestamp(edit.date().toString("yyyy-MM-dd")).tz_localize("UTC")
                mask &= (times >= day).to_numpy(dtype=bool) if is_start else \
                    (times < day + pd.Timedelta(days=1)).to_numpy(dtype=bool)
            active = True
        device = self.device.currentData()
        if device is not None and DEVICE_COLUMN.get(self.name) in frame:
            mask &= (frame[DEVICE_COLUMN[self.name]].astype("string") == device).fillna(False).to_numpy(dtype=bool)
            active = True
        if self.only_flagged.isChecked():
            flagged = np.zeros(len(frame), dtype=bool)
            flagged[list(self.model.flags_by_position)] = True
            mask &= flagged
            active = True
        return mask if active else None

    def apply_filters(self) -> None:
        if self.model.set_mask(self.filter_mask()):
            # lay the rows out now: left to Qt's delayed layout, the view painted once with the old scroll range
            # and again after it (two full paints per search key, 15-35 ms each at 200k rows)
            self.view.doItemsLayout()
        total = len(self.model.frame)
        shown = self.model.rowCount()
        self._hold_count_width(total)
        self.count.setText(self._count_text(shown, total))
        self.stack.setCurrentWidget(self.empty if not total else self.view if shown else self.no_match)

    def _count_text(self, shown: int, total: int, *, part: bool | None = None) -> str:
        """"200,000 rows", or "1,234 of 200,000 rows" when filters hide some (``part``: that form either way)."""
        loc = self.model.locale
        partial = shown < total if part is None else part
        if not partial:
            return translate("Tables", "1 row") if total == 1 else \
                translate("Tables", "%1 rows").replace("%1", loc.toString(total))
        return translate("Tables", "%1 of %2 rows").replace("%1", loc.toString(shown)).replace(
            "%2", loc.toString(total))

    def _hold_count_width(self, total: int) -> None:
        """Keep the row count as wide as its widest text for this table ("200,000 of 200,000 rows"): a count that
        changed width at each search key moved the search box and laid out and repainted the whole window."""
        widest = self._count_text(total, total, part=True)
        held_for = f"{widest}\n{self.count.font().key()}"  # a new language or font measures again
        if held_for == self._count_held_for:
            return
        self._count_held_for = held_for
        metrics = self.count.fontMetrics()
        slack = metrics.horizontalAdvance("0")  # digits of another width in a proportional font
        self.count.setFixedSize(max(metrics.horizontalAdvance(text) for text in
                                    (widest, self._count_text(total, total, part=False))) + slack,
                                self.count.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        """Another font (the desktop's text size, say) measures the row count's fixed size again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._count_held_for:  # once a table was shown
            self._hold_count_width(len(self.model.frame))

    def clear_filters(self) -> None:
        for widget in (self.search, self.date_from, self.date_to, self.device, self.only_flagged):
            widget.blockSignals(True)
        self.search.clear()
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())
        self.device.setCurrentIndex(0)
        self.only_flagged.setChecked(False)
        for widget in (self.search, self.date_from, self.date_to, self.device, self.only_flagged):
            widget.blockSignals(False)
        self.apply_filters()
