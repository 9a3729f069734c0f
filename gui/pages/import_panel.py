"""The panel shown while an export is being read: what is happening, in plain words, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.look.labels import plain_label, scaled_font
from gui.look.theme import secondary_text


class ImportPanel(QWidget):
    """Signals: cancelRequested()."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(self.tr("Opening your export"), self)
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.files = plain_label("", self)
        self.files.setAlignment(Qt.AlignmentFlag.AlignCenter)
        secondary_text(self.files)
        self.status = plain_label(self.tr("Checking your files…"), self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(self.tr("Import status"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(420)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(self._on_cancel)
        note = plain_label(self.tr("Your export is only read, never changed or uploaded."), self)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        secondary_text(note)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.files)
        column.addSpacing(10)
        column.addWidget(self.bar)
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel)
        buttons.addStretch()
        column.addLayout(buttons)
        column.addSpacing(20)
        column.addWidget(note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def start(self, names: list[str]) -> None:
        self.files.setText(", ".join(names))
        self.status.setText(self.tr("Checking your files…"))
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.cancel.setText(self.tr("Cancel"))

    def set_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.status.setText(message)

    def _on_cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText(self.tr("Cancelling…"))
        self.status.setText(self.tr("Stopping — nothing has been changed."))
        self.cancelRequested.emit()
