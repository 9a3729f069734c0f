"""The first screen: open an export (button or drop), try the demo, or reopen a recent export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.look.icons import icon
from gui.look.labels import plain_label, scaled_font
from gui.look.panel import Panel


class DropZone(Panel):
    """A dashed area that lights up while files are dragged over the window."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, dashed=True, fill=False, radius=10)
        self.setMinimumHeight(110)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hint = plain_label(self.tr("or drop the ZIP files or the folder here"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)

    def mouseReleaseEvent(self, event: object) -> None:
        self.clicked.emit()


class WelcomePage(QWidget):
    """Signals: openRequested(), demoRequested(), recentRequested(list[str])."""

    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setMaximumWidth(620)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        logo = QLabel(column)
        logo.setPixmap(icon("dossier").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = plain_label(self.tr("See what a company knows about you"), column)
        title.setFont(scaled_font(self, 1.9, bold=True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = plain_label(self.tr("Open the data export you received under the GDPR. Dossier shows what is "
                                       "in it, points out what does not belong to you, and helps you complain."),
                               column)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setFont(scaled_font(self, 1.1))

        self.error_panel = Panel(column, accent=QColor("#D55E00"))
        self.error = plain_label("", self.error_panel)
        self.error.setAccessibleName(self.tr("Why the export could not be opened"))
        self.error.setFont(scaled_font(self, 1.05, bold=True))
        self.error_details = plain_label("", self.error_panel)
        self.error_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_details.setVisible(False)
        self.details_button = QPushButton(self.tr("Show details"), self.error_panel)
        self.details_button.setFlat(True)
        self.details_button.setAccessibleDescription(self.tr("Shows or hides the technical details of the problem"))
        self.details_button.clicked.connect(self._toggle_details)
        error_layout = QHBoxLayout(self.error_panel)
        error_layout.setContentsMargins(18, 10, 12, 10)
        error_icon = QLabel(self.error_panel)
        error_icon.setPixmap(icon("severity-high").pixmap(QSize(20, 20)))
        error_layout.addWidget(error_icon, 0, Qt.AlignmentFlag.AlignTop)
        error_text = QVBoxLayout()
        error_text.addWidget(self.error)
        error_text.addWidget(self.error_details)
        error_layout.addLayout(error_text, 1)
        error_layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error_panel.setVisible(False)

        self.open_button = QPushButton(self.tr("Open your data export…"), column)
        # not a "default" button: Fusion draws a default button with the focus outline always on, so the
        # focus would not show; outside a dialog "default" changes nothing else
        self.open_button.setFont(scaled_font(self, 1.25, bold=True))
        self.open_button.setMinimumHeight(52)
        self.open_button.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_DialogOpenButton))
        self.open_button.setAccessibleDescription(self.tr("Choose the ZIP files or the folder the company sent "
                                                          "you; Dossier only reads them"))
        self.open_button.clicked.connect(self.openRequested)
        self.drop_zone = DropZone(column)
        self.drop_zone.clicked.connect(self.openRequested)
        self.demo_button = QPushButton(self.tr("Try the demo"), column)
        self.demo_button.setFlat(True)
        self._style_demo_link()
        self.demo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.demo_button.setAccessibleDescription(self.tr("Opens a made-up export to show how Dossier works"))
        self.demo_button.clicked.connect(self.demoRequested)
        demo_row = QHBoxLayout()
        demo_row.addStretch()
        demo_row.addWidget(plain_label(self.tr("No export at hand?"), column, wrap=False))
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch()

        self.recent_title = plain_label(self.tr("Recent exports"), column)
        self.recent_title.setFont(scaled_font(self, 1.0, bold=True))
        self.recent = QListWidget(column)
        self.recent.setAccessibleName(self.tr("Recent exports"))
        self.recent.setAccessibleDescription(self.tr("Exports you opened before; Enter opens one again"))
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.itemClicked.connect(self._open_recent)

        privacy = QHBoxLayout()
        lock = QLabel(column)
        lock.setPixmap(icon("lock").pixmap(QSize(16, 16)))
        privacy.addStretch()
        privacy.addWidget(lock)
        note = plain_label(self.tr("Nothing leaves this computer: Dossier works offline and never changes "
                                   "your export."), column, wrap=False)
        privacy.addWidget(note)
        privacy.addStretch()

        layout = QVBoxLayout(column)
        layout.setSpacing(14)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.error_panel)
        self.followup_slot = QVBoxLayout()  # the due or passed deadlines of saved cases (gui.letters.followup_wiring)
        layout.addLayout(self.followup_slot)
        layout.addWidget(self.open_button)
        layout.addWidget(self.drop_zone)
        layout.addLayout(demo_row)
        layout.addSpacing(8)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent)
        layout.addSpacing(8)
        layout.addLayout(privacy)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_recent([])

    def _style_demo_link(self) -> None:
        """The demo button as a link in the current theme's link colour (``palette(link)`` in a style sheet
        kept the colour of the theme it was first drawn in: dark blue on dark grey after a switch)."""
        palette = self.palette()
        link, ring = palette.color(QPalette.ColorRole.Link).name(), palette.color(QPalette.ColorRole.Highlight).name()
        self.demo_button.setStyleSheet(
            f"QPushButton {{ color: {link}; text-decoration: underline; border: none; padding: 2px 4px; }} "
            f"QPushButton:focus {{ border: 2px solid {ring}; border-radius: 3px; padding: 0px 2px; }}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_demo_link()
        super().changeEvent(event)

    def show_error(self, text: str, details: str = "") -> None:
        """One sentence; technical details (no export content) behind "Show details"."""
        self.error.setText(text)
        self.error_details.setText(details)
        self.error_details.setVisible(False)
        self.details_button.setText(self.tr("Show details"))
        self.details_button.setVisible(bool(details))
        self.error_panel.setVisible(bool(text))

    def _toggle_details(self) -> None:
        showing = not self.error_details.isVisible()
        self.error_details.setVisible(showing)
        self.details_button.setText(self.tr("Hide details") if showing else self.tr("Show details"))

    def has_error(self) -> bool:
        return not self.error_panel.isHidden()

    def set_recent(self, entries: list[list[str]]) -> None:
        self.recent.clear()
        for paths in entries:
            names = ", ".join(Path(p).name for p in paths)
            item = QListWidgetItem(names)
            item.setToolTip("\n".join(paths).replace("&", "&amp;").replace("<", "&lt;"))
            item.setData(Qt.ItemDataRole.UserRole, list(paths))
            item.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
            self.recent.addItem(item)
        rows = max(1, min(len(entries), 5))
        self.recent.setFixedHeight(rows * (self.recent.sizeHintForRow(0) if entries else 24) + 8)
        self.recent_title.setVisible(bool(entries))
        self.recent.setVisible(bool(entries))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(list(item.data(Qt.ItemDataRole.UserRole)))
