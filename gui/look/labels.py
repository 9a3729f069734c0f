"""Text on screen: the label that never reads export text as HTML, and fonts scaled from a widget's own."""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A QLabel that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """``widget``'s font, ``factor`` times its size (and bold if asked)."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def escaped(text: str) -> str:
    """``text`` for the Qt calls that guess rich text (the static ``QMessageBox`` helpers): unchanged when Qt would
    show it as plain text anyway; escaped and marked up when it looks like markup (a tag in a device or file name),
    so the tag shows as written instead of being rendered."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"
