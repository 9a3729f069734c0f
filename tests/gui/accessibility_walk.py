"""Walk a widget tree the way a screen reader does: every visible control, what it is called, what it does."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit, QTabBar)


def controls(root: QWidget) -> list[QWidget]:
    """The controls a user can reach in ``root`` right now (visible; parts of composite controls aside)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QAbstractItemView):
            continue  # the line edit inside a spin box or combo box, a view's own scroll buttons
        if type(widget).__name__ in ("QToolBarExtension", "QScrollBar") or widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name or without a description."""
    missing = []
    for widget in controls(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        description = interface.text(QAccessible.Text.Description).strip() if interface else ""
        if not name or not description:
            label = widget.objectName() or getattr(widget, "text", lambda: "")() or type(widget).__name__
            missing.append(f"{type(widget).__name__} {label!r} in {type(widget.parent()).__name__}"
                           f"{'' if name else ' (no name)'}{'' if description else ' (no description)'}")
    return missing
