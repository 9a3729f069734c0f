"""The player's transport bar: previous/play/stop/next, position, speed, loop, loudness boost and volume.

Its icons are the style's own, redrawn in the text colour on a dark palette (:func:`tinted_for_palette`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from gui.look.labels import plain_label
from gui.player.waveform_view import mm_ss
from gui.start.settings import Settings

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def tinted_for_palette(icon: QIcon, palette: QPalette, size: int = 32) -> QIcon:
    """``icon`` as is on a light palette; on a dark one, its shape filled with the button text colour."""
    if palette.color(QPalette.ColorRole.Window).lightness() >= 128:
        return icon
    result = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        source = icon.pixmap(QSize(size, size))
        shape = QPixmap(source.size())
        shape.setDevicePixelRatio(source.devicePixelRatio())
        shape.fill(Qt.GlobalColor.transparent)
        painter = QPainter(shape)
        painter.drawPixmap(0, 0, source)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(shape.rect(), palette.color(group, QPalette.ColorRole.ButtonText))
        painter.end()
        result.addPixmap(shape, mode)
    return result

class Transport(QWidget):
    """Previous/play/stop/next, position, speed, loop, loudness normalisation and volume."""

    rateChanged = Signal(float)
    volumeChanged = Signal(float)

    def __init__(self, parent: QWidget, settings: Settings) -> None:
        super().__init__(parent)
        self.settings = settings
        self._state = "stopped"
        sp = QStyle.StandardPixmap
        self.play_icon, self.pause_icon = self._icon(sp.SP_MediaPlay), self._icon(sp.SP_MediaPause)
        self.previous = self._button(sp.SP_MediaSkipBackward, translate("Player", "Previous flagged clip"), "Shift+K")
        self.play = self._button(sp.SP_MediaPlay, translate("Player", "Play"), "Space")
        self.play.setIconSize(QSize(26, 26))
        self.stop = self._button(sp.SP_MediaStop, translate("Player", "Stop"))
        self.next = self._button(sp.SP_MediaSkipForward, translate("Player", "Next flagged clip"), "Shift+J")
        self.time = plain_label("0:00 / 0:00", self, wrap=False)
        self.time.setAccessibleName(translate("Player", "Position"))
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("00:00 / 00:00"))
        self.rate = QComboBox(self)
        self.rate.setAccessibleName(translate("Player", "Playback speed"))
        self.rate.setToolTip(translate("Player", "Playback speed"))
        for rate in RATES:
            self.rate.addItem(QLocale().toString(rate, "g", 3) + "×", rate)
        saved = float(settings.get("player/rate"))
        self.rate.setCurrentIndex(RATES.index(saved) if saved in RATES else RATES.index(1.0))
        self.rate.currentIndexChanged.connect(self._on_rate)
        self.loop = QToolButton(self)
        self.loop.setText(translate("Player", "Loop"))
        self.loop.setCheckable(True)
        self.loop.setChecked(bool(settings.get("player/loop")))
        self.loop.setAccessibleName(translate("Player", "Loop"))
        self.normalise = QCheckBox(translate("Player", "Boost quiet clips"), self)
        self.normalise.setToolTip(translate("Player", "Raise the level of very quiet recordings "
                                            "(the clip itself is not changed)"))
        self.normalise.setChecked(bool(settings.get("player/normalise")))
        self.volume_icon = volume_icon = QLabel(self)
        volume_icon.setPixmap(self._icon(sp.SP_MediaVolume).pixmap(18, 18))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(float(settings.get("player/volume")) * 100))
        self.volume.setMaximumWidth(110)
        self.volume.setAccessibleName(translate("Player", "Volume"))
        self.volume.valueChanged.connect(self._on_volume)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.play, self.stop, self.next, self.time):
            row.addWidget(widget)
        row.addStretch()
        for control in (self.rate, self.loop, self.normalise, volume_icon, self.volume):
            row.addWidget(control)

    def _button(self, pixmap: QStyle.StandardPixmap, name: str, key: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self._icon(pixmap))
        button.setProperty("standard_pixmap", pixmap)
        button.setIconSize(QSize(20, 20))
        button.setToolTip(f"{name} ({key})" if key else name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        return button

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        """The style's icon; on a dark palette redrawn in the text colour (the stock ones are dark grey)."""
        return tinted_for_palette(self.style().standardIcon(pixmap), self.palette())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "volume_icon"):
            sp = QStyle.StandardPixmap
            self.play_icon, self.pause_icon = self._icon(sp.SP_MediaPlay), self._icon(sp.SP_MediaPause)
            for button in (self.previous, self.play, self.stop, self.next):
                pixmap = button.property("standard_pixmap")
                if pixmap is not None and button is not self.play:
                    button.setIcon(self._icon(pixmap))
            self.show_state(self._state)
            self.volume_icon.setPixmap(self._icon(sp.SP_MediaVolume).pixmap(18, 18))
        super().changeEvent(event)

    def current_rate(self) -> float:
        return float(self.rate.currentData())

    def _on_rate(self, _index: int) -> None:
        self.settings.set("player/rate", self.current_rate())
        self.rateChanged.emit(self.current_rate())

    def _on_volume(self, value: int) -> None:
        self.settings.set("player/volume", value / 100)
        self.volumeChanged.emit(value / 100)

    def show_state(self, state: str) -> None:
        self._state = state
        playing = state == "playing"
        self.play.setIcon(self.pause_icon if playing else self.play_icon)
        name = translate("Player", "Pause") if playing else translate("Player", "Play")
        self.play.setToolTip(f"{name} (Space)")
        self.play.setAccessibleName(name)

    def show_time(self, position_ms: int, duration_ms: int) -> None:
        self.time.setText(f"{mm_ss(position_ms)} / {mm_ss(duration_ms)}")

    def set_audio_available(self, available: bool) -> None:
        for widget in (self.play, self.stop, self.rate, self.loop, self.volume):
            widget.setEnabled(available)
