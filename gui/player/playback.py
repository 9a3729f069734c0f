"""The player panel's playback: the clip read and decoded, play/pause/stop, next/previous flagged, the boost.

Mixed into :class:`gui.player.panel.PlayerPanel`. A WAV clip is handed to the service at once; other audio
once :class:`~gui.player.clip_analyser.ClipAnalyser` has decoded it (which also gives the waveform and the
loudness); a quiet clip is played louder, re-wrapped in memory, when the user asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot

from core.audio.wav_header import is_wav
from core.audio.waveform import ClipAnalysis, analyse, normalised_wav, plain_wav
from core.errors import DossierError
from gui.player.playlist import playlist_step

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import SignalInstance

    from core.rules.finding import Finding
    from core.source.archive import ExportSource
    from gui.player.clip_analyser import ClipAnalyser
    from gui.player.parts import Details, StrangerNotice
    from gui.player.playlist import Playlist
    from gui.player.service import PlayerService
    from gui.player.transport import Transport
    from gui.player.waveform_view import WaveformView
    from gui.start.settings import Settings


class Playback:
    """Playing the panel's clip and stepping to the next flagged one (mixed into the player panel)."""

    # what the panel this is mixed into holds and does
    if TYPE_CHECKING:
        settings: Settings
        service: PlayerService
        source: ExportSource | None
        recording: dict[str, Any] | None
        findings: list[Finding]
        playlist: Sequence[dict[str, Any]] | Playlist
        analysis: ClipAnalysis | None
        analyser: ClipAnalyser
        notice_acknowledged: bool
        _playing_normalised: bool
        _awaiting_decode: str | None
        _play_when_decoded: bool
        notice: StrangerNotice
        waveform: WaveformView
        transport: Transport
        details: Details
        recordingShown: SignalInstance

        def show_recording(self, recording: dict[str, Any], findings: list[Finding]) -> None: ...
        def findings_of(self, recording_id: str) -> list[Finding]: ...
        def _show_message(self, text: str) -> None: ...

    # ---- transport slots (the main window may forward its own shortcuts here) -----------------------
    @Slot()
    def toggle_play(self) -> None:
        if self.service.state == "playing":
            self.service.pause()
        else:
            self.play()

    @Slot()
    def play(self) -> None:
        if self.recording is None:
            return
        if self.service.key is None:
            self._play_when_decoded = self._awaiting_decode is not None
            return
        if self.findings and not self.notice_acknowledged \
                and not self.settings.get("player/stranger_notice_dismissed"):
            self.notice.setVisible(True)
            self.notice.play_button.setFocus()
            return
        self.service.play()

    @Slot()
    def stop(self) -> None:
        self.service.stop()
        self.waveform.set_position(0)

    @Slot()
    def next_flagged(self) -> None:
        self._step(+1)

    @Slot()
    def previous_flagged(self) -> None:
        self._step(-1)

    # ---- internals ----------------------------------------------------------------------------------
    def _load_clip(self, recording: dict[str, Any], rid: str) -> None:
        """Read the clip from the export: WAV is handed to the service at once, other audio once decoded."""
        self.analysis = None
        self.analyser.invalidate()
        self.waveform.clear(translate("Player", "Reading the clip…"))
        member = recording.get("audio_member")
        if self.source is None or not isinstance(member, str) or not member:
            self.waveform.clear(translate("Player", "No audio for this recording"))
            self._show_message(translate("Player", "This recording has no audio in the export.") if self.source
                               else translate("Player", "Open the export to play its clips."))
            return
        try:
            data = self.source.read_bytes(member)
        except DossierError as exc:
            self.waveform.clear(translate("Player", "The clip cannot be read"))
            self._show_message(str(exc))
            return
        self._show_message("")
        if is_wav(data):  # PCM is re-wrapped in-process; other audio is loaded once the worker decoded it
            self.service.load(data, rid or member, "wav", fallback=self._fallback_wav)
        else:
            self._awaiting_decode = rid or member
        self.analyser.start(data)

    def _step(self, delta: int) -> None:
        index = self._playlist_index(delta)
        if index is None:
            return
        was_playing = self.service.state == "playing"
        row = self.playlist[index]
        rid = str(row.get("id") or "")
        self.show_recording(row, self.findings_of(rid))
        self.recordingShown.emit(rid)
        if was_playing:
            self.play()

    def _playlist_index(self, delta: int) -> int | None:
        return playlist_step(self.playlist, self.recording, delta)

    def _update_navigation(self) -> None:
        self.transport.previous.setEnabled(self._playlist_index(-1) is not None)
        self.transport.next.setEnabled(self._playlist_index(+1) is not None)

    def _on_decoded(self, generation: int, result: object) -> None:
        if generation != self.analyser.generation:
            return  # the user has moved on to another clip
        key, self._awaiting_decode = self._awaiting_decode, None
        if not isinstance(result, ClipAnalysis):
            reason = str(result) if isinstance(result, DossierError) else \
                translate("Player", "the clip cannot be decoded")
            self.waveform.clear(translate("Player", "No waveform: %1").replace("%1", reason))
            if key is not None:
                self._show_message(reason)
            return
        self.analysis = result
        if key is not None:  # a compressed clip: Qt gets the decoded samples as WAV
            self.service.load(plain_wav(result), key, "wav")
            if self._play_when_decoded:
                self.play()
        self.waveform.set_peaks(result.peaks)
        self.details.set_level(result.speech_dbfs, result.quiet)
        if self.transport.normalise.isChecked() and result.quiet:
            self._use_normalised(True)

    def _fallback_wav(self) -> bytes:
        analysis = self.analysis
        if analysis is None:
            return plain_wav(analyse(self.service_data()))
        return normalised_wav(analysis) if self._playing_normalised else plain_wav(analysis)

    def service_data(self) -> bytes:
        """The current clip's bytes, read again from the export (only for the rare fallback path)."""
        assert self.source is not None and self.recording is not None
        return self.source.read_bytes(str(self.recording["audio_member"]))

    def _use_normalised(self, on: bool) -> None:
        if self.analysis is None or self.service.key is None or on == self._playing_normalised:
            return
        state, position, key = self.service.state, self.service.position(), self.service.key
        data = normalised_wav(self.analysis) if on else plain_wav(self.analysis)
        self._playing_normalised = on
        self.service.load(data, key, "wav", fallback=None)
        if position:
            self.service.seek(position)
        if state == "playing":
            self.service.play()

    def _on_normalise(self, on: bool) -> None:
        self.settings.set("player/normalise", on)
        if self.analysis is not None and (self.analysis.quiet or not on):
            self._use_normalised(on)

    def _on_loop(self, on: bool) -> None:
        self.settings.set("player/loop", on)
        self.service.set_loop(on)

    def _on_position(self, ms: int) -> None:
        self.waveform.set_position(ms)
        self.transport.show_time(ms, max(self.service.duration(), self.waveform.duration_ms))

    def _on_duration(self, ms: int) -> None:
        self.waveform.set_duration(ms)
        if ms > 0:
            self.details.set_length(ms)
        self.transport.show_time(self.service.position(), ms)

    def _acknowledge_and_play(self, never_again: bool) -> None:
        self.notice_acknowledged = True
        if never_again:
            self.settings.set("player/stranger_notice_dismissed", True)
        self.notice.setVisible(False)
        self.play()
