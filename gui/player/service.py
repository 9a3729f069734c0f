"""Audio playback as a QObject service over QMediaPlayer + QAudioOutput, playing from memory.

Qt is given only PCM WAV that Dossier wrote itself (:func:`core.audio.decode.playable_wav`): never an
export's raw bytes, which Qt's FFmpeg backend would probe and could follow as a playlist, manifest or
stream description (to the network or to another file). The WAV goes into a ``QBuffer`` handed to
``QMediaPlayer.setSourceDevice`` — the voice never touches a temporary file. Other audio is decoded by the
service's ``fallback`` (the panel decodes with :mod:`core.audio.decode` to a 16-bit WAV in memory).
Without any audio output the service reports ``available = False`` instead of failing.

Qt's media threads must never need the interpreter lock: one that waited for it while holding a Qt mutex the
window thread wanted (the window thread holding the lock) froze the app for good. So the buffer is made by Qt
itself (a ``QDataStream`` over the bytes: no Python wrapper for the demuxer thread to call into), and the player
and audio output answer their connect/disconnect notifications without Python (:func:`answer_without_python`).

Qt's FFmpeg backend logs each clip it opens (FFmpeg's format dump: duration, bit rate) at "info" level, which
is on by default; a clip's details have no place in a log, so that one category is turned off
(:func:`quiet_media_logs`; ``QT_LOGGING_RULES`` still overrides it for debugging).

Signals:
    stateChanged(str): "stopped" | "playing" | "paused".
    positionChanged(int) / durationChanged(int): milliseconds.
    finished(): the clip played to its end (not emitted while looping).
    errorOccurred(str): one plain sentence for people.
    availabilityChanged(bool): an audio output appeared or disappeared.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDataStream,
    QLoggingCategory,
    QObject,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import QAudio, QAudioOutput, QMediaDevices, QMediaPlayer

from core.audio.decode import playable_wav
from core.audio.wav_header import is_wav
from core.errors import ClipUnplayable

log = logging.getLogger("dossier.player")
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

MEDIA_LOG_RULES = "qt.multimedia.ffmpeg.mediadataholder.info=false"
STATES = {QMediaPlayer.PlaybackState.StoppedState: "stopped", QMediaPlayer.PlaybackState.PlayingState: "playing",
          QMediaPlayer.PlaybackState.PausedState: "paused"}


def audio_output_available() -> bool:
    """True when the system offers at least one audio output device."""
    return bool(QMediaDevices.audioOutputs())


def perceptual_to_linear(volume: float) -> float:
    """Slider position (0..1, as people hear it) → linear gain for QAudioOutput."""
    return float(QAudio.convertVolume(max(0.0, min(1.0, volume)), QAudio.VolumeScale.LogarithmicVolumeScale,
                                      QAudio.VolumeScale.LinearVolumeScale))


def _nothing() -> None:
    """The slot :func:`answer_without_python` connects and disconnects at once."""


def answer_without_python(obj: QObject) -> None:
    """Make ``obj``'s ``connectNotify``/``disconnectNotify`` safe to call from any thread.

    PySide looks up a Python override of a virtual method the first time Qt calls it — under the interpreter
    lock — and remembers that there is none. The FFmpeg audio thread made that first call on the audio output
    while destroying its renderer, holding a Qt mutex; the window thread, holding the interpreter lock, waited
    for that mutex: a deadlock (seen as a hung playback test). Called here first, on the window thread, the
    answer is remembered and later calls from media threads no longer take the lock.
    """
    obj.objectNameChanged.connect(_nothing)
    obj.objectNameChanged.disconnect(_nothing)


class PlayerService(QObject):
    """One clip at a time: load bytes, play/pause/stop/seek, volume, speed and loop."""

    stateChanged = Signal(str)
    positionChanged = Signal(int)
    durationChanged = Signal(int)
    finished = Signal()
    errorOccurred = Signal(str)
    availabilityChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = audio_output_available()
        self.key: str | None = None
        self.loop = False
        self._stream: QDataStream | None = None  # owns the QBuffer the player reads
        self._retired: list[QDataStream] = []  # released clips, freed on the next turn of the event loop
        self._fallback: Callable[[], bytes] | None = None
        self._play_when_loaded = False
        quiet_media_logs()
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        for obj in (self._player, self._output):
            answer_without_python(obj)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._player.playbackStateChanged.connect(lambda s: self.stateChanged.emit(STATES.get(s, "stopped")))
        self._player.positionChanged.connect(lambda ms: self.positionChanged.emit(int(ms)))
        self._player.durationChanged.connect(lambda ms: self.durationChanged.emit(int(ms)))
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)

    def __repr__(self) -> str:
        return f"<PlayerService {self.key or 'empty'} {self.state} {'available' if self.available else 'no output'}>"

    # ---- state ------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return STATES.get(self._player.playbackState(), "stopped")

    def position(self) -> int:
        return int(self._player.position())

    def duration(self) -> int:
        return int(self._player.duration())

    # ---- loading ----------------------------------------------------------------------------------
    def load(self, data: bytes, key: str, fmt: str | None = None,
             fallback: Callable[[], bytes] | None = None) -> None:
        """Make ``data`` the current clip. ``fallback`` returns WAV bytes when ``data`` is not a PCM WAV
        (or Qt cannot play it); ``fmt`` is informational only: the bytes decide."""
        self._release()
        self.key = key
        self._fallback = fallback
        self._set_source(data)

    def unload(self) -> None:
        self._release()
        self.key = None

    def _release(self) -> None:
        # Stop and clear the source *before* dropping the old buffer: switching sources while the
        # FFmpeg backend is still starting the audio sink can otherwise dead-lock (Qt 6.12).
        self._play_when_loaded = False
        self._player.stop()
        self._player.setSource(QUrl())
        if self._stream is not None:
            self._stream.device().close()
            self._retired.append(self._stream)  # as deleteLater would: the backend may still hold it this turn
            QTimer.singleShot(0, self, self._retired.clear)
        self._stream = None

    def _set_source(self, data: bytes) -> None:
        try:
            wav = playable_wav(data) if is_wav(data) else None
        except ClipUnplayable:
            wav = None
        if wav is None:
            if not self._try_fallback():
                self.errorOccurred.emit(translate("Player", "This clip cannot be played."))
            return
        self._stream = QDataStream(QByteArray(wav))  # Qt makes (and owns) a read-only QBuffer over the bytes
        # The URL is only a format hint for the backend: an app-chosen name, never the export's.
        self._player.setSourceDevice(self._stream.device(), QUrl("clip.wav"))

    # ---- transport --------------------------------------------------------------------------------
    @Slot()
    def play(self) -> None:
        if self._stream is None:
            return
        if not self.available:
            self.errorOccurred.emit(translate("Player", "No audio output available."))
            return
        self._play_when_loaded = True
        self._player.play()

    @Slot()
    def pause(self) -> None:
        self._play_when_loaded = False
        self._player.pause()

    @Slot()
    def toggle(self) -> None:
        if self.state == "playing":
            self.pause()
        else:
            self.play()

    @Slot()
    def stop(self) -> None:
        self._play_when_loaded = False
        self._player.stop()

    @Slot(int)
    def seek(self, ms: int) -> None:
        self._player.setPosition(max(0, int(ms)))

    def set_volume(self, volume: float) -> None:
        """``volume`` 0..1 on a perceptual scale (as the slider shows it)."""
        self._output.setVolume(perceptual_to_linear(volume))

    def volume(self) -> float:
        return float(self._output.volume())

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(float(rate))

    def rate(self) -> float:
        return float(self._player.playbackRate())

    def set_loop(self, loop: bool) -> None:
        self.loop = loop
        self._player.setLoops(QMediaPlayer.Loops.Infinite if loop else QMediaPlayer.Loops.Once)

    # ---- events -----------------------------------------------------------------------------------
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and not self.loop:
            self.finished.emit()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._try_fallback()

    def _on_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        log.info("playback error %s", error.name)  # never the clip's name or content
        if error in (QMediaPlayer.Error.FormatError, QMediaPlayer.Error.ResourceError) and self._try_fallback():
            return
        self.errorOccurred.emit(translate("Player", "This clip cannot be played."))

    def _try_fallback(self) -> bool:
        fallback, self._fallback = self._fallback, None
        if fallback is None:
            return False
        wanted = self._play_when_loaded
        try:
            data = fallback()
        except Exception as exc:  # a DossierError sentence, or anything the decoder raised
            log.info("fallback decode failed: %s", type(exc).__name__)
            self.errorOccurred.emit(str(exc) if str(exc) else translate("Player", "This clip cannot be played."))
            return True
        key = self.key
        self._release()
        self.key = key
        self._set_source(data)
        if wanted:
            self.play()
        return True

    def _on_outputs_changed(self) -> None:
        available = audio_output_available()
        if available != self.available:
            self.available = available
            if available:
                self._output.setDevice(QMediaDevices.defaultAudioOutput())
            self.availabilityChanged.emit(available)


def quiet_media_logs() -> None:
    """No log line about the clips the player opens (FFmpeg's format dump comes at Qt's "info" level)."""
    QLoggingCategory.setFilterRules(MEDIA_LOG_RULES)
