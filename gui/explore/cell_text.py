"""The text of the Explore tables' cells: each kind of value (time, money, word, …) in the user's locale, and
a column's look (:class:`Column`).

Mixed into :class:`gui.explore.table_model.DataFrameModel`, which asks for a column's texts a block of rows
at a time and keeps them. Every text is plain (a tooltip is escaped); a missing value is an empty cell.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from core.value_words import value_word
from gui.look.when import when_text

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    from PySide6.QtCore import QTimeZone


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for; the model's own context
MAX_TOOLTIP = 2000
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF", "CAD": "CA$",
                    "AUD": "A$"}


@dataclass(frozen=True)
class Column:
    """How one frame column is shown: ``kind`` is time, text, word (core.value_words), money, int, duration or bool."""

    key: str
    title: str
    kind: str = "text"
    width: int = 120


def time_format(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd HH:mm:ss"
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in time:
        time = time.replace("mm", "mm:ss")
    return f"{date} {time}"


class CellText:
    """Display texts and tooltips of a frame's values (mixed into the table model)."""

    # what the model this is mixed into holds
    if TYPE_CHECKING:
        columns: list[Column]
        frame: pd.DataFrame
        locale: QLocale
        _zone: QTimeZone
        _fmt: str

    def _format(self, spec: Column, positions: np.ndarray) -> list[str]:
        values = list(self.frame[spec.key].iloc[positions]) if spec.key in self.frame else [""] * len(positions)
        if spec.kind == "money" and "currency" in self.frame:
            currencies = list(self.frame["currency"].iloc[positions])
            return [self._money(v, c) for v, c in zip(values, currencies, strict=False)]
        if spec.kind == "word":
            return [value_word(spec.key, v) for v in values]
        formatter = self._formatter(spec.kind)
        return [formatter(v) for v in values]

    def _formatter(self, kind: str) -> Callable[[Any], str]:
        return {"time": self._time, "int": self._int, "duration": self._duration, "bool": self._bool,
                "money": lambda v: self._money(v, None)}.get(kind, self._text)

    @staticmethod
    def _missing(value: Any) -> bool:
        import pandas as pd

        return value is None or (not isinstance(value, str | Decimal) and bool(pd.isna(value)))

    def _text(self, value: Any) -> str:
        if self._missing(value):
            return ""
        text = str(value).replace("\n", " ")
        return text if len(text) <= 300 else text[:299] + "…"

    def _time(self, value: Any) -> str:
        if self._missing(value):
            return ""
        import pandas as pd

        ms = int(pd.Timestamp(value).value // 1_000_000)
        return self.locale.toString(QDateTime.fromMSecsSinceEpoch(ms, self._zone), self._fmt)

    def _int(self, value: Any) -> str:
        return "" if self._missing(value) else self.locale.toString(int(value))

    def _bool(self, value: Any) -> str:
        if self._missing(value):
            return ""
        return translate("DataFrameModel", "yes") if bool(value) else translate("DataFrameModel", "no")

    def _duration(self, value: Any) -> str:
        if self._missing(value):
            return ""
        seconds = round(float(value))
        return f"{seconds // 60}:{seconds % 60:02d}"

    def _money(self, value: Any, currency: Any) -> str:
        if self._missing(value):
            return ""
        try:
            amount = float(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return self._text(value)
        code = "" if self._missing(currency) else str(currency)
        return self.locale.toCurrencyString(amount, CURRENCY_SYMBOLS.get(code, code))

    def _tooltip(self, col: int, pos: int) -> str | None:
        spec = self.columns[col]
        if spec.key not in self.frame:
            return None
        value = self.frame[spec.key].iat[pos]
        if self._missing(value):
            return None
        if spec.kind == "time":
            return html.escape(when_text(value, self.locale))
        if spec.kind == "text":
            text = str(value)
            return html.escape(text if len(text) <= MAX_TOOLTIP else text[:MAX_TOOLTIP] + "…")
        return None
