"""Every message box goes through here, so tests can switch dialogs off and read what was said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

DIALOGS_ENABLED = True
shown: list[tuple[str, str]] = []  # (title, text) of every message, newest last (for tests)


def inform(parent: QWidget | None, title: str, text: str, detail: str = "",
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    """A plain-text message with an optional "Show details" part."""
    shown.append((title, text))
    if not DIALOGS_ENABLED:
        return
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    inform(parent, title, text, detail, QMessageBox.Icon.Warning)


answers: list[bool] = []  # with dialogs off, :func:`ask` takes its answer from here (else: no)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A plain-text question with two named buttons; ``True`` for ``yes``."""
    shown.append((title, text))
    if not DIALOGS_ENABLED:
        return answers.pop(0) if answers else False
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept
