"""The About box (version, bundled components and their licences) and the first-run explanation."""

from __future__ import annotations

import platform

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from gui.look.icons import icon
from gui.look.labels import plain_label, scaled_font


def _components() -> list[dict[str, object]]:
    try:
        from core.platform.licenses import bundled_components
    except ImportError:
        return []
    return [dict(entry) for entry in bundled_components()]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Dossier"))
        self.resize(760, 560)
        logo = QLabel(self)
        logo.setPixmap(icon("dossier").pixmap(QSize(64, 64)))
        title = plain_label(self.tr("Dossier %1").replace("%1", __version__), self)
        title.setFont(scaled_font(self, 1.6, bold=True))
        blurb = plain_label(self.tr("Review the personal data a company sent you under the GDPR right of access, "
                                    "find what does not belong to you, and draft a complaint. Offline: nothing "
                                    "leaves this computer.\nLicence: GPL-3.0-or-later."), self)
        system = plain_label(f"Python {platform.python_version()} · {platform.system()} {platform.release()}", self)
        system.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addWidget(system)
        head.addLayout(text, 1)

        self.components = QTreeWidget(self)
        self.components.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.components.setRootIsDecorated(False)
        self.notice = QPlainTextEdit(self)
        self.notice.setReadOnly(True)
        self.notice.setPlaceholderText(self.tr("Choose a component to read its licence notice."))
        self._entries = _components()
        for entry in self._entries:
            item = QTreeWidgetItem([str(entry.get("name") or ""), str(entry.get("version") or "—"),
                                    str(entry.get("licence") or "")])
            self.components.addTopLevelItem(item)
        for column in range(3):
            self.components.resizeColumnToContents(column)
        self.components.currentItemChanged.connect(self._show_notice)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.components)
        split.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(plain_label(self.tr("Bundled components"), self))
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def _show_notice(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        entry = self._entries[self.components.indexOfTopLevelItem(item)]
        try:
            from core.platform.licenses import notice_text

            text = notice_text(entry)  # type: ignore[arg-type]
        except (ImportError, OSError):
            text = ""
        self.notice.setPlainText(text or self.tr("No separate notice file; see the project's home page: %1")
                                 .replace("%1", str(entry.get("url") or "—")))


class FirstRunDialog(QDialog):
    """What Dossier does, in four sentences, shown once at the first start (and from Help)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Dossier"))
        self.setMinimumWidth(560)
        title = plain_label(self.tr("What Dossier does"), self)
        title.setFont(scaled_font(self, 1.5, bold=True))
        points = [
            self.tr("1. Open the data export a company sent you (the ZIP files exactly as you downloaded them, "
                    "or their folder)."),
            self.tr("2. Dossier shows what is in it — orders, searches, voice recordings, devices — and points out "
                    "what looks wrong, such as voice recordings from a device you never had."),
            self.tr("3. You decide for each finding whether it is yours. Your review is saved automatically on "
                    "this computer."),
            self.tr("4. Dossier drafts a complaint to the right data-protection authority, with the evidence."),
        ]
        privacy = plain_label(self.tr("Nothing leaves this computer. Dossier makes no network connection, never "
                                      "changes or unpacks your export, and keeps your review in your own user "
                                      "folder."), self)
        privacy.setFont(scaled_font(self, 1.0, bold=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Get started"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        for point in points:
            layout.addWidget(plain_label(point, self))
        layout.addWidget(privacy)
        layout.addWidget(buttons)
