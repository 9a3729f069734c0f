"""Windows that fit the screen they open on (a 1080p laptop at 150 % has 1280×720 logical pixels)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # the window manager's title bar sits outside the widget's own height


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (else the primary one) that windows may use."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink ``window`` to ``area`` (default: its screen's free area) and move it inside, title bar included."""
    area = area or available_area(window)
    width = min(window.width(), area.width())
    height = min(window.height(), area.height() - TITLE_BAR)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), area.left()), area.right() - window.width() + 1)
    y = min(max(window.y(), area.top() + TITLE_BAR), area.bottom() - window.height() + 1)
    window.move(max(x, area.left()), max(y, area.top()))
