"""The player panel's parts: details, findings, verdict buttons and the privacy notice (the transport bar
is :mod:`gui.player.transport`).

All export text is shown as plain text (``plain_label``, ``setPlainText``; tooltips escaped).
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.audio.waveform import SILENCE_DBFS
from core.rules.finding import Finding
from gui.look.icons import VERDICT_ICONS, icon, severity_icon, severity_word, verdict_word
from gui.look.labels import plain_label, scaled_font
from gui.look.panel import Panel
from gui.player.transport import tinted_for_palette
from gui.player.waveform_view import mm_ss

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def escaped_tooltip(text: str) -> str:
    return "<p style='white-space:pre'>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


def device_text(rec: dict[str, Any]) -> str:
    for key in ("device_name", "device_serial"):
        value = rec.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return translate("Player", "unknown device")


def seconds(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) and number > 0 else 0.0


class StrangerNotice(Panel):
    """Shown before the first playback of a flagged clip: these may be a stranger's recordings."""

    playRequested = Signal(bool)  # True: don't show again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, accent=None)
        text = plain_label(translate("Player", "These may be a stranger’s private recordings. Listen only as far as "
                                     "you need to judge whether they are yours, and do not share them."), self)
        text.setFont(scaled_font(self, 1.0, bold=True))
        self.never_again = QCheckBox(translate("Player", "Don’t show this again"), self)
        self.play_button = QPushButton(tinted_for_palette(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                                                          self.palette()),
                                       translate("Player", "Play the clip"), self)
        self.cancel_button = cancel = QPushButton(translate("Player", "Not now"), self)
        self.play_button.clicked.connect(lambda: self.playRequested.emit(self.never_again.isChecked()))
        cancel.clicked.connect(lambda: self.setVisible(False))
        row = QHBoxLayout()
        row.addWidget(self.never_again)
        row.addStretch()
        row.addWidget(cancel)
        row.addWidget(self.play_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addWidget(text)
        layout.addLayout(row)
        # confirmable by keyboard: every control in the tab order, Enter plays, Escape is "Not now"
        for widget in (self.never_again, cancel, self.play_button):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QWidget.setTabOrder(self.never_again, cancel)
        QWidget.setTabOrder(cancel, self.play_button)
        self.play_button.setAutoDefault(True)
        self.play_button.setAccessibleDescription(translate("Player", "Plays the clip now (Enter)"))
        cancel.setAccessibleDescription(translate("Player", "Closes this notice without playing (Escape)"))
        self.setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.play_button.click()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel_button.click()
        else:
            super().keyPressEvent(event)


class Details(QWidget):
    """Device, time (local; UTC in the tooltip), duration, level and where the clip lives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        captions = {"Device": translate("Player", "Device"), "Recorded": translate("Player", "Recorded"),
                    "Length": translate("Player", "Length"), "Level": translate("Player", "Level"),
                    "File": translate("Player", "File")}
        for key, caption in captions.items():
            value = plain_label("", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(plain_label(caption, self, wrap=False), value)

    def clear(self) -> None:
        for value in self.values.values():
            value.setText("")
            value.setToolTip("")

    def show_recording(self, rec: dict[str, Any], device: str, when_local: str, when_utc: str) -> None:
        serial = rec.get("device_serial")
        extra = " " + translate("Player", "(serial %1)").replace("%1", serial) \
            if isinstance(serial, str) and serial and serial != device else ""
        self.values["Device"].setText(device + extra)
        self.values["Recorded"].setText(when_local or translate("Player", "unknown"))
        self.values["Recorded"].setToolTip(escaped_tooltip(when_utc))
        length = seconds(rec.get("duration_s"))
        self.values["Length"].setText(mm_ss(int(length * 1000)) if length else translate("Player", "unknown"))
        self.values["Level"].setText("…")
        member = str(rec.get("audio_member") or "")
        self.values["File"].setText(member.rsplit("/", 1)[-1] if member else translate("Player", "none"))
        self.values["File"].setToolTip(escaped_tooltip(member))

    def set_length(self, ms: int) -> None:
        self.values["Length"].setText(mm_ss(ms))

    def set_level(self, dbfs: float, quiet: bool) -> None:
        text = translate("Player", "silence") if dbfs <= SILENCE_DBFS else \
            f"{dbfs:.0f} dBFS" + (" — " + translate("Player", "very quiet") if quiet else "")
        self.values["Level"].setText(text)


class FindingList(QFrame):
    """The clip's findings: severity icon + word + explanation, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.labels: list[QWidget] = []

    def set_findings(self, findings: list[Finding]) -> None:
        for widget in self.labels:
            widget.deleteLater()
        self.labels = []
        if not findings:
            none = translate("Player", "None — nothing unusual was found about this clip.")
            self.labels.append(plain_label(none, self))
        for finding in findings:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            badge = QLabel(row)
            badge.setPixmap(severity_icon(finding.severity).pixmap(16, 16))
            word = plain_label(severity_word(finding.severity), row, wrap=False)
            word.setFont(scaled_font(row, 1.0, bold=True))
            text = plain_label(finding.explanation, row)
            line.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(word, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.labels.append(row)
        for widget in self.labels:
            self.rows.addWidget(widget)


class VerdictButtons(QWidget):
    """Mine / Not mine / Unsure for the whole clip."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for verdict in ("mine", "not-mine", "unsure"):
            button = QPushButton(icon(VERDICT_ICONS[verdict]), verdict_word(verdict), self)
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.setAccessibleName(verdict_word(verdict))
            button.clicked.connect(lambda _c=False, v=verdict: self.chosen.emit(v))
            self.group.addButton(button)
            self.buttons[verdict] = button
            row.addWidget(button)
