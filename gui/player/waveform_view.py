"""A light waveform widget: min/max peaks from :mod:`core.audio.waveform`, a moving play-head, click-to-seek.

Painted with QPainter from the palette (played part in the highlight colour), so it follows light
and dark themes and costs nothing to repaint 30 times a second.

Signals: ``seekRequested(int ms)`` — the user clicked, dragged or pressed an arrow key.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.audio.waveform import Peaks

SEEK_STEP_MS = 5000
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def mm_ss(ms: int) -> str:
    """Milliseconds as m:ss (durations are always shown this way)."""
    seconds = max(0, round(ms / 1000))
    return f"{seconds // 60}:{seconds % 60:02d}"


class WaveformView(QWidget):
    """Peaks of one clip, the play-head, and seeking by mouse or keyboard."""

    seekRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peaks: Peaks | None = None
        self.position_ms = 0
        self.duration_ms = 0
        self.message = translate("Player", "No clip selected")
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(translate("Player", "Waveform"))
        self.setAccessibleDescription(translate("Player", "Click to seek; left and right arrow keys skip 5 seconds"))

    def sizeHint(self) -> QSize:
        return QSize(480, 96)

    # ---- data -------------------------------------------------------------------------------------
    def set_peaks(self, peaks: Peaks | None, message: str = "") -> None:
        """Show ``peaks`` (``None`` shows ``message`` instead, e.g. while decoding or on failure)."""
        self.peaks = peaks
        self.message = message
        if peaks is not None and not self.duration_ms:
            self.duration_ms = int(peaks.duration_s * 1000)
        self.update()

    def set_duration(self, ms: int) -> None:
        if ms > 0:
            self.duration_ms = ms
            self.update()

    def set_position(self, ms: int) -> None:
        if ms != self.position_ms:
            self.position_ms = ms
            self.update()

    def clear(self, message: str = "") -> None:
        self.peaks, self.position_ms, self.duration_ms = None, 0, 0
        self.message = message or translate("Player", "No clip selected")
        self.update()

    # ---- geometry ---------------------------------------------------------------------------------
    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(6, 6, -6, -6)

    def ms_at(self, x: float) -> int:
        area = self._area()
        fraction = min(max((x - area.left()) / max(area.width(), 1.0), 0.0), 1.0)
        return round(fraction * self.duration_ms)

    # ---- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        area = self._area()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        mid_y = area.center().y()
        if self.peaks is None or len(self.peaks) == 0:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.message)
            painter.end()
            return
        columns = max(int(area.width()), 1)
        low, high = self._columns(columns)
        half = area.height() / 2 * 0.95
        played_x = area.left() + area.width() * (self.position_ms / self.duration_ms if self.duration_ms else 0.0)
        played = palette.color(QPalette.ColorRole.Highlight)
        rest = QColor(palette.color(QPalette.ColorRole.WindowText))
        rest.setAlphaF(0.45)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        split = min(max(int(played_x - area.left()), 0), columns)
        xs = area.left() + np.arange(columns) + 0.5
        tops = mid_y - np.maximum(high * half, 0.5)
        bottoms = mid_y - np.minimum(low * half, -0.5)
        # one drawLines call per colour: a repaint costs a handful of Qt calls, not one per pixel column
        for colour, part in ((played, slice(0, split)), (rest, slice(split, columns))):
            lines = [QLineF(x, top, x, bottom) for x, top, bottom in
                     zip(xs[part].tolist(), tops[part].tolist(), bottoms[part].tolist(), strict=True)]
            if lines:
                painter.setPen(QPen(colour, 1))
                painter.drawLines(lines)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
        painter.drawLine(QPointF(played_x, area.top()), QPointF(played_x, area.bottom()))
        painter.end()

    def _columns(self, columns: int) -> tuple[np.ndarray, np.ndarray]:
        """The peaks resampled to one (min, max) per pixel column."""
        assert self.peaks is not None
        low, high = self.peaks.low, self.peaks.high
        edges = np.linspace(0, len(low), columns + 1).astype(np.int64)
        edges[1:] = np.maximum(edges[1:], edges[:-1] + 1)
        edges = np.minimum(edges, len(low))
        starts = np.minimum(edges[:-1], len(low) - 1)
        return np.minimum.reduceat(low, starts), np.maximum.reduceat(high, starts)

    # ---- input ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.duration_ms:
            self.seekRequested.emit(self.ms_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.duration_ms:
            self.seekRequested.emit(self.ms_at(event.position().x()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -SEEK_STEP_MS, Qt.Key.Key_Right: SEEK_STEP_MS}.get(Qt.Key(event.key()))
        if step is not None and self.duration_ms:
            self.seekRequested.emit(min(max(self.position_ms + step, 0), self.duration_ms))
            return
        if event.key() == Qt.Key.Key_Home:
            self.seekRequested.emit(0)
            return
        super().keyPressEvent(event)
