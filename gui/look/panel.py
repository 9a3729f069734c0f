"""A rounded panel painted from the current palette (so light/dark switches need no style sheets)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QWidget


class Panel(QFrame):
    """Base-coloured rounded rectangle with a thin border; ``accent`` draws a coloured edge on the left,
    ``dashed`` a dashed border (drop zones), ``active`` uses the highlight colour for the border."""

    def __init__(self, parent: QWidget | None = None, *, accent: QColor | None = None, dashed: bool = False,
                 fill: bool = True, radius: float = 8.0) -> None:
        super().__init__(parent)
        self.accent = accent
        self.dashed = dashed
        self.fill = fill
        self.active = False
        self.radius = radius

    def set_accent(self, colour: QColor | None) -> None:
        self.accent = colour
        self.update()

    def set_active(self, active: bool) -> None:
        self.active = active
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        border = palette.color(QPalette.ColorRole.Highlight) if self.active else \
            (self.accent or palette.color(QPalette.ColorRole.Mid))
        pen = QPen(border, 2 if (self.dashed or self.active) else 1)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self.fill:
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, self.radius, self.radius)
        if self.accent is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.setClipRect(QRectF(rect.left(), rect.top(), 6, rect.height()))
            painter.drawRoundedRect(rect, self.radius, self.radius)
        painter.end()
