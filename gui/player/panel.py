"""The clip player panel: waveform, transport, transcript, device, time, findings and verdict buttons.

Playback lives in :class:`gui.player.service.PlayerService`; this panel is a view over it, and its part
:class:`~gui.player.playback.Playback` loads, plays and steps through the clips. Clips are read from the
export into memory (``ExportSource.read_bytes``) and decoded in a worker thread for the waveform and
loudness (:func:`core.audio.waveform.analyse`); nothing is written to disk.

Signals:
    verdictChosen(str finding_id, str verdict): once per finding of the clip; verdict is
        "mine" | "not-mine" | "unsure".
    recordingShown(str recording_id): the panel moved to another clip by itself (next/previous
        flagged), so the main window can follow in the tables, timeline and findings list.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QBoxLayout, QFrame, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from core.audio.waveform import ClipAnalysis
from core.rules.finding import Finding
from core.source.archive import ExportSource
from gui.look.labels import plain_label, scaled_font
from gui.look.when import when
from gui.player import parts
from gui.player.clip_analyser import ClipAnalyser
from gui.player.playback import Playback
from gui.player.playlist import Playlist
from gui.player.service import PlayerService, audio_output_available
from gui.player.transport import Transport
from gui.player.waveform_view import WaveformView, mm_ss
from gui.start.settings import OPTIONS, Option, Settings

log = logging.getLogger("dossier.player")

for _option in (Option("player/normalise", bool, False), Option("player/rate", float, 1.0),
                Option("player/loop", bool, False), Option("player/stranger_notice_dismissed", bool, False)):
    OPTIONS.setdefault(_option.key, _option)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
WIDE_LAYOUT_PX = 820  # at least this wide: details beside the waveform, else below it
COMPACT_WAVEFORM_PX = 200  # in the review page the waveform need not fill a tall window


class PlayerPanel(Playback, QWidget):
    """Play one recording at a time; step through the flagged ones; give a verdict."""

    verdictChosen = Signal(str, str)
    recordingShown = Signal(str)

    def __init__(self, parent: QWidget | None = None, service: PlayerService | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Player", "Clip player"))
        self.settings = settings or Settings()
        self.service = service or PlayerService(self)
        if self.service.parent() is None:  # made ahead of the panel (a turn of its own): the panel owns it now
            self.service.setParent(self)
        self.source: ExportSource | None = None
        self.recording: dict[str, Any] | None = None
        self.findings: list[Finding] = []
        self.playlist: Sequence[dict[str, Any]] | Playlist = []
        self._ungrouped: list[Finding] = []
        self._by_subject: dict[str, list[Finding]] | None = None
        self._shown_with: dict[str, list[Finding]] = {}  # recording id → findings it was last shown with
        self.analysis: ClipAnalysis | None = None
        self.notice_acknowledged = False
        self._playing_normalised = False
        self._awaiting_decode: str | None = None  # key of a compressed clip the worker is decoding
        self._play_when_decoded = False
        self.analyser = ClipAnalyser(self)
        self.analyser.analysed.connect(self._on_decoded)
        self._build()
        self._connect()
        self._show_availability(self.service.available)
        self._clear(translate("Player", "Select a voice recording to play it."))
        # embedded in a page with its own verdict buttons (the review page): don't repeat them
        self.set_compact(hasattr(parent, "verdict_buttons"))

    def __repr__(self) -> str:
        rid = self.recording.get("id") if self.recording else None
        return f"<PlayerPanel {rid or 'empty'} {self.service.state}>"

    # ---- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = parts.StrangerNotice(self)
        self.no_audio = plain_label(translate("Player", "No audio output available — you can still read the "
                                              "transcript, see the waveform and give your verdict."), self)
        self.message = plain_label("", self)
        self.title = plain_label("", self)
        self.title.setFont(scaled_font(self, 1.1, bold=True))
        self.waveform = WaveformView(self)
        self.transport = Transport(self, self.settings)
        self.details = parts.Details(self)
        self.transcript = QPlainTextEdit(self)
        self.transcript.setReadOnly(True)
        self.transcript.setAccessibleName(translate("Player", "Transcript"))
        self.transcript.setMaximumHeight(84)
        self.findings_box = parts.FindingList(self)
        self.findings_scroll = QScrollArea(self)
        self.findings_scroll.setWidget(self.findings_box)
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_scroll.setMinimumHeight(60)
        self.verdicts = parts.VerdictButtons(self)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.waveform, 1)
        left.addWidget(self.transport)
        right = QVBoxLayout()
        self.captions: dict[str, QWidget] = {}
        for caption, shown, widget in (
                ("Transcript", translate("Player", "Transcript"), self.transcript),
                ("Details", translate("Player", "Details"), self.details),
                ("Findings for this clip", translate("Player", "Findings for this clip"), self.findings_scroll)):
            label = plain_label(shown, self)
            label.setFont(scaled_font(self, 0.95, bold=True))
            self.captions[caption] = label
            right.addWidget(label)
            right.addWidget(widget, 1 if widget is self.findings_scroll else 0)
        right.addWidget(self.verdicts)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addLayout(left, 3)
        self.body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for banner in (self.notice, self.no_audio, self.message):
            layout.addWidget(banner)
        layout.addLayout(self.body, 1)
        self.message.setVisible(False)

    def _connect(self) -> None:
        t, s = self.transport, self.service
        t.play.clicked.connect(self.toggle_play)
        t.stop.clicked.connect(self.stop)
        t.next.clicked.connect(self.next_flagged)
        t.previous.clicked.connect(self.previous_flagged)
        t.loop.toggled.connect(self._on_loop)
        t.rateChanged.connect(s.set_rate)
        t.volumeChanged.connect(s.set_volume)
        t.normalise.toggled.connect(self._on_normalise)
        self.waveform.seekRequested.connect(s.seek)
        s.positionChanged.connect(self._on_position)
        s.durationChanged.connect(self._on_duration)
        s.stateChanged.connect(t.show_state)
        s.errorOccurred.connect(self._show_message)
        s.availabilityChanged.connect(self._show_availability)
        self.notice.playRequested.connect(self._acknowledge_and_play)
        self.verdicts.chosen.connect(self._on_verdict)
        s.set_volume(t.volume.value() / 100)
        s.set_rate(t.current_rate())
        s.set_loop(t.loop.isChecked())
        for keys, slot in (("Space", self.toggle_play), ("Shift+J", self.next_flagged),
                           ("Shift+K", self.previous_flagged)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out(event.size().width())
        super().resizeEvent(event)

    def _lay_out(self, width: int) -> None:
        """Details beside the waveform when there is room; compact (only the transcript): always below."""
        wide = width >= WIDE_LAYOUT_PX and not getattr(self, "compact", False)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    # ---- public API ---------------------------------------------------------------------------------
    def set_source(self, source: ExportSource | None) -> None:
        """The opened export the clips are read from (``None`` when the export is closed)."""
        self.service.unload()
        self.source = source
        self.recording = None
        self._clear(translate("Player", "Select a voice recording to play it."))

    def set_findings(self, findings: list[Finding]) -> None:
        """All findings, so next/previous flagged can show each clip's findings (grouped on first step)."""
        self._ungrouped = findings
        self._by_subject = None
        self._shown_with = {}

    def findings_of(self, recording_id: str) -> list[Finding]:
        """The findings about a clip: as last shown with it, else from :meth:`set_findings`."""
        if recording_id in self._shown_with:
            return self._shown_with[recording_id]
        if self._by_subject is None:
            grouped: dict[str, list[Finding]] = {}
            for finding in self._ungrouped:
                grouped.setdefault(finding.subject, []).append(finding)
            self._by_subject = grouped
        return self._by_subject.get(recording_id, [])

    def set_playlist(self, recording_rows: Sequence[dict[str, Any]] | Playlist,
                     findings: list[Finding] | None = None) -> None:
        """The flagged recordings (rows of the recordings table, in order) that next/previous step through."""
        self.playlist = recording_rows if isinstance(recording_rows, Playlist) else list(recording_rows)
        if findings is not None:
            self.set_findings(findings)
        self._update_navigation()

    def show_recording(self, recording: dict[str, Any], findings: list[Finding]) -> None:
        """Load ``recording`` (a row of the recordings table as a dict) and show its details.

        The clip that is already loaded keeps playing (another finding about the same clip)."""
        rid = str(recording.get("id") or "")
        if rid and self.recording is not None and rid == str(self.recording.get("id")) \
                and self.service.key == rid and recording.get("audio_member") == self.recording.get("audio_member"):
            self.findings = list(findings)
            self._shown_with[rid] = list(findings)
            self.findings_box.set_findings(self.findings)
            self.verdicts.setEnabled(bool(self.findings))
            return
        self.service.unload()
        self._awaiting_decode, self._play_when_decoded = None, False
        self.recording = dict(recording)
        self.findings = list(findings)
        if findings and rid:
            self._shown_with[rid] = list(findings)
        self._show_details()
        self._update_navigation()
        self._load_clip(recording, rid)

    def set_verdicts_visible(self, visible: bool) -> None:
        """Hide the verdict buttons where the surrounding page already offers them."""
        self.verdicts.setVisible(visible)

    def set_compact(self, compact: bool) -> None:
        """Inside a page that already shows the finding, its evidence and verdict buttons (the review
        page), show only waveform, transport and transcript."""
        self.compact = compact
        self.waveform.setMaximumHeight(COMPACT_WAVEFORM_PX if compact else 16777215)
        self._lay_out(self.width())
        for widget in (self.details, self.findings_scroll, self.captions["Details"],
                       self.captions["Findings for this clip"]):
            widget.setVisible(not compact)
        self.set_verdicts_visible(not compact)

    # ---- showing ------------------------------------------------------------------------------------
    def _on_verdict(self, verdict: str) -> None:
        for finding in self.findings:
            self.verdictChosen.emit(finding.id, verdict)

    def _show_availability(self, available: bool) -> None:
        self.no_audio.setVisible(not available)
        self.transport.set_audio_available(available)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _clear(self, message: str) -> None:
        self.analyser.invalidate()
        self.analysis = None
        self._awaiting_decode, self._play_when_decoded = None, False
        self._playing_normalised = False
        self.title.setText("")
        self.transcript.setPlainText("")
        self.details.clear()
        self.findings_box.set_findings([])
        self.waveform.clear(message)
        self.transport.show_time(0, 0)
        self.verdicts.setEnabled(False)
        self._update_navigation()

    def _show_details(self) -> None:
        rec = self.recording or {}
        self._playing_normalised = False
        device = parts.device_text(rec)
        moment = when(rec.get("time"))
        when_local, when_utc = (moment.full, moment.utc_full) if moment else ("", "")
        if when_local and str(rec.get("time_source")) == "archive":  # the ZIP entry's date, not when anyone spoke
            when_local += " " + translate("Player", "(archive entry date)")
        self.title.setText(translate("Player", "Voice recording · %1").replace("%1", device)
                           + (f" · {when_local}" if when_local else ""))
        self.title.setToolTip(parts.escaped_tooltip(when_utc))
        transcript = rec.get("transcript")
        self.transcript.setPlainText(transcript if isinstance(transcript, str) and transcript.strip()
                                     else translate("Player", "(The export has no transcript for this recording.)"))
        self.details.show_recording(rec, device, when_local, when_utc)
        self.findings_box.set_findings(self.findings)
        self.verdicts.setEnabled(bool(self.findings))
        self.transport.show_time(0, int(parts.seconds(rec.get("duration_s")) * 1000))


__all__ = ["PlayerPanel", "PlayerService", "audio_output_available", "mm_ss"]
