"""The Qt binding must not leak references to None: the player repaints its waveform many times a
second, and PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call until the
interpreter aborted ("none_dealloc"). pyproject pins PySide6 < 6.12 on Python < 3.12."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage, QPainter


def test_void_calls_keep_none_alive(qapp):
    obj = QObject()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        painter.save()
        painter.restore()
    painter.end()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 6000 Qt calls"
