"""The timeline's legend, painted by Qt in the plot's top margin.

It was a matplotlib legend, and matplotlib lays a legend out again each time it draws it: 13-28 ms on every
draw of the plot's background (the first, each resize, each switch between single events and counts), the
longest turn of the window's showing. Painted here it costs well under a millisecond, uses the window's own
font, and a screen reader reads it (its accessible name lists the entries).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from gui.look.labels import scaled_font
from gui.look.plot_theme import Theme
from gui.timeline.artists import STYLE
from gui.timeline.data import MAJOR, MINOR, NORMAL, translate

Swatch = Callable[[QPainter, QRectF], None]
SWATCH = 16  # px: the box each entry's mark is drawn in
GAP, SPACING = 5, 16  # px between a mark and its words, and between two entries
PX_PER_PT = 100 / 72  # the plot's figure is drawn at 100 dpi


def _colour(value: str, alpha: float = 1.0) -> QColor:
    colour = QColor(value)
    colour.setAlphaF(alpha)
    return colour


def _marker(shape: str, size_pt: float, face: str | None, edge: str, width_pt: float) -> Swatch:
    """A scatter marker as the plot draws it (``size_pt`` across, in points at the figure's 100 dpi)."""
    def draw(painter: QPainter, box: QRectF) -> None:
        size, centre = size_pt * PX_PER_PT, box.center()
        painter.setPen(QPen(_colour(edge), width_pt * PX_PER_PT))
        painter.setBrush(QBrush(_colour(face)) if face else Qt.BrushStyle.NoBrush)
        half = size / 2
        if shape == "o":
            painter.drawEllipse(centre, half, half)
        elif shape == "D":
            painter.drawPolygon(QPolygonF([centre + QPointF(0, -half), centre + QPointF(half, 0),
                                           centre + QPointF(0, half), centre + QPointF(-half, 0)]))
        else:  # "^"
            painter.drawPolygon(QPolygonF([centre + QPointF(0, -half), centre + QPointF(half, half * 0.8),
                                           centre + QPointF(-half, half * 0.8)]))
    return draw


def _bar(face: str, alpha: float, hatched: bool = False) -> Swatch:
    def draw(painter: QPainter, box: QRectF) -> None:
        bar = box.adjusted(1, 4, -1, -4)
        painter.setPen(QPen(_colour(face), 1) if hatched else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_colour(face, alpha)))
        painter.drawRect(bar)
        if hatched:
            painter.setBrush(QBrush(_colour(face), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(bar)
    return draw


def entries(theme: Theme, mode: str) -> list[tuple[Swatch, str]]:
    """The legend's entries for single events (``"events"``) or counts (``"counts"``)."""
    words = {NORMAL: translate("Timeline", "Event"), MINOR: translate("Timeline", "Flagged (medium/low)"),
             MAJOR: translate("Timeline", "Flagged (high)")}
    marks: list[tuple[Swatch, str]] = []
    for level in (NORMAL, MINOR, MAJOR):
        shape, size, colour = STYLE[level]
        face = theme.colour(colour) if colour else theme.muted
        marks.append((_marker(shape, size ** 0.5, face, theme.text if level else face, 0.6), words[level]))
    if mode == "counts":
        marks = [(_bar(theme.muted, 0.45), translate("Timeline", "Number of events")),
                 (_bar(theme.colour("vermillion"), 0.5, hatched=True), translate("Timeline", "Flagged recordings")),
                 *marks[1:]]
    marks.append((_marker("o", 11, None, theme.text, 1.8), translate("Timeline", "Selected")))
    return marks


class TimelineLegend(QWidget):
    """One row of marks and words, over the plot's top margin; clicks and hovering go through to the plot."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFont(scaled_font(self, 0.9))
        self._entries: list[tuple[Swatch, str]] = []
        self._text = QColor()
        self._anchor = (0, 0)

    def show_entries(self, theme: Theme, mode: str) -> None:
        self._entries, self._text = entries(theme, mode), QColor(theme.text)
        self.setAccessibleName(translate("Timeline", "Legend") + ": " + ", ".join(word for _s, word in self._entries))
        self.resize(self.sizeHint())
        self.place(*self._anchor)
        self.update()

    def place(self, left: int, top_margin: int) -> None:
        """Sit just above the lanes, from ``left`` (px), in a top margin ``top_margin`` px high."""
        self._anchor = (left, top_margin)
        self.move(left, max(0, top_margin - self.height() - 1))

    def words(self) -> list[str]:
        return [word for _swatch, word in self._entries]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(SWATCH + GAP + metrics.horizontalAdvance(word) for _s, word in self._entries)
        return QSize(width + SPACING * max(len(self._entries) - 1, 0), max(SWATCH, metrics.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics, x, height = self.fontMetrics(), 0.0, self.height()
        for swatch, word in self._entries:
            painter.save()
            swatch(painter, QRectF(x, (height - SWATCH) / 2, SWATCH, SWATCH))
            painter.restore()
            x += SWATCH + GAP
            painter.setPen(self._text)
            advance = metrics.horizontalAdvance(word)
            painter.drawText(QRectF(x, 0, advance + 1, height), Qt.AlignmentFlag.AlignVCenter, word)
            x += advance + SPACING
        painter.end()
