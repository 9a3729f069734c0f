"""PlayerPanel and PlayerService: real playback through the PulseAudio null sink, and everything
that must keep working without any audio output."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from core.rules.finding import Finding
from gui.player import service as player_service
from gui.player.panel import PlayerPanel
from gui.start.settings import Settings
from tests.gui.player.conftest import row_for

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot):
    widget = PlayerPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.show()
    yield widget
    widget.service.unload()


@pytest.fixture
def no_output(monkeypatch):
    monkeypatch.setattr(player_service, "audio_output_available", lambda: False)


def wait_decoded(qtbot, panel):
    qtbot.waitUntil(lambda: panel.analysis is not None or panel.waveform.message.startswith("No waveform"),
                    timeout=10_000)


@pytest.mark.audio
def test_plays_a_clip_to_the_end(panel, qtbot, clip_export):
    source, rows, _findings = clip_export
    panel.set_source(source)
    panel.show_recording(rows[1], [])  # not flagged: no notice
    assert panel.service.available
    positions: list[int] = []
    panel.service.positionChanged.connect(positions.append)
    with qtbot.waitSignal(panel.service.finished, timeout=15_000):
        panel.toggle_play()
    duration = panel.service.duration()
    assert duration > 500
    assert positions and positions == sorted(positions)
    assert max(positions) >= duration - 100
    assert panel.waveform.position_ms >= duration - 100
    assert panel.transport.time.text().endswith(f"/ 0:0{round(duration / 1000)}")


@pytest.mark.audio
def test_next_flagged_moves_to_the_right_clip_and_keeps_playing(panel, qtbot, clip_export):
    source, rows, findings = clip_export
    Settings().set("player/stranger_notice_dismissed", True)
    flagged = [r for r in rows if r["id"] in {f.subject for f in findings}]
    panel.set_source(source)
    panel.set_playlist(flagged, findings)
    panel.show_recording(flagged[0], [f for f in findings if f.subject == flagged[0]["id"]])
    assert not panel.transport.previous.isEnabled() and panel.transport.next.isEnabled()
    panel.play()
    qtbot.waitUntil(lambda: panel.service.state == "playing", timeout=5000)
    with qtbot.waitSignal(panel.recordingShown, timeout=5000) as shown:
        panel.next_flagged()
    assert shown.args == [rows[2]["id"]]  # rows[1] is not flagged: skipped
    assert panel.recording["id"] == rows[2]["id"]
    assert [f.subject for f in panel.findings] == [rows[2]["id"]]
    assert "clip 2" in panel.findings_box.labels[0].findChildren(type(panel.title))[-1].text()
    qtbot.waitUntil(lambda: panel.service.state == "playing" and panel.service.position() > 0, timeout=8000)
    panel.next_flagged()
    assert panel.recording["id"] == rows[3]["id"] and not panel.transport.next.isEnabled()
    panel.previous_flagged()
    panel.previous_flagged()
    assert panel.recording["id"] == rows[0]["id"]
    panel.stop()


@pytest.mark.audio
def test_rapid_switching_does_not_hang(panel, qtbot, clip_export):
    source, rows, _ = clip_export
    panel.set_source(source)
    start = time.monotonic()
    for i in range(8):
        panel.show_recording(rows[1 + i % 2], [])
        panel.play()
        qtbot.wait(60)
    assert time.monotonic() - start < 5
    qtbot.waitUntil(lambda: panel.service.position() > 0, timeout=8000)


@pytest.mark.audio
def test_fallback_decodes_what_is_not_a_pcm_wav(qtbot, clip_dir):
    service = player_service.PlayerService()
    wav = (clip_dir / "clip0.wav").read_bytes()
    asked: list[int] = []

    def fallback() -> bytes:
        asked.append(1)
        return wav

    service.load(b"\x00garbage that no demuxer accepts" * 50, "k", "wav", fallback=fallback)
    service.play()
    qtbot.waitUntil(lambda: bool(asked) and service.position() > 0, timeout=10_000)
    service.unload()


def test_stranger_notice_before_first_flagged_playback(panel, qtbot, clip_export, no_output):
    source, rows, findings = clip_export
    panel.set_source(source)
    panel.show_recording(rows[0], [findings[0]])
    assert not panel.notice.isVisible()
    panel.toggle_play()
    assert panel.notice.isVisible() and panel.service.state == "stopped"
    panel.notice.never_again.setChecked(True)
    qtbot.mouseClick(panel.notice.play_button, Qt.MouseButton.LeftButton)
    assert not panel.notice.isVisible()
    assert Settings().get("player/stranger_notice_dismissed") is True
    other = PlayerPanel()
    qtbot.addWidget(other)
    other.set_source(source)
    other.show_recording(rows[2], [findings[1]])
    other.play()
    assert not other.notice.isVisible()


def test_notice_not_now_does_not_play_or_persist(panel, clip_export, no_output):
    source, rows, findings = clip_export
    panel.set_source(source)
    panel.show_recording(rows[0], [findings[0]])
    panel.play()
    assert panel.notice.isVisible()
    panel.notice.cancel_button.click()  # "Not now"
    assert not panel.notice.isVisible()
    assert Settings().get("player/stranger_notice_dismissed") is False
    panel.play()
    assert panel.notice.isVisible()  # still asks: only "Play the clip" acknowledges


def test_without_audio_output_everything_else_works(panel, qtbot, clip_export, no_output):
    source, rows, findings = clip_export
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.service.available
    assert panel.no_audio.isVisible() and "No audio output available" in panel.no_audio.text()
    assert not panel.transport.play.isEnabled()
    panel.set_source(source)
    panel.show_recording(rows[0], [findings[0]])
    wait_decoded(qtbot, panel)
    assert panel.waveform.peaks is not None and len(panel.waveform.peaks) > 100
    assert panel.transcript.toPlainText() == "alexa, stop"
    with qtbot.waitSignal(panel.verdictChosen) as chosen:
        panel.verdicts.buttons["not-mine"].click()
    assert chosen.args == [findings[0].id, "not-mine"]
    panel.toggle_play()  # does nothing harmful
    assert panel.service.state == "stopped"


def test_waveform_click_seeks_and_shows_playhead(panel, qtbot, clip_export, no_output):
    source, rows, _ = clip_export
    panel.set_source(source)
    panel.show_recording(rows[1], [])
    wait_decoded(qtbot, panel)
    duration = panel.waveform.duration_ms
    assert duration > 500
    area = panel.waveform._area()
    with qtbot.waitSignal(panel.waveform.seekRequested) as seek:
        qtbot.mouseClick(panel.waveform, Qt.MouseButton.LeftButton,
                         pos=QPoint(round(area.center().x()), round(area.center().y())))
    assert seek.args[0] == pytest.approx(duration / 2, abs=duration * 0.02)
    panel.waveform.set_position(duration // 4)
    image = panel.waveform.grab().toImage()
    assert not image.isNull()


def test_quiet_clip_is_measured_and_normalised(panel, qtbot, clip_export, no_output):
    source, _rows, _ = clip_export
    panel.set_source(source)
    panel.transport.normalise.setChecked(True)
    panel.show_recording(row_for("Alexa.zip/Voice/quiet.wav"), [])
    wait_decoded(qtbot, panel)
    assert panel.analysis.quiet and panel.analysis.gain > 10
    assert "very quiet" in panel.details.values["Level"].text()
    assert panel._playing_normalised
    panel.transport.normalise.setChecked(False)
    assert not panel._playing_normalised
    assert Settings().get("player/normalise") is False


def test_volume_speed_and_loop_are_persisted(panel, qtbot, no_output):
    panel.transport.volume.setValue(35)
    panel.transport.rate.setCurrentIndex(panel.transport.rate.findData(1.5))
    panel.transport.loop.setChecked(True)
    assert panel.service.rate() == 1.5 and panel.service.loop
    again = PlayerPanel()
    qtbot.addWidget(again)
    assert again.transport.volume.value() == 35
    assert again.transport.current_rate() == 1.5 and again.transport.loop.isChecked()
    assert again.service.volume() == pytest.approx(player_service.perceptual_to_linear(0.35), abs=1e-3)


def test_export_text_is_plain(panel, qtbot, clip_export, no_output):
    source, rows, _ = clip_export
    panel.set_source(source)
    evil = dict(rows[1], transcript="<b>bold</b> <img src=http://127.0.0.1:1/x.png>",
                device_name="<i>Echo</i>")
    panel.show_recording(evil, [])
    assert panel.transcript.toPlainText() == evil["transcript"]
    assert panel.title.textFormat() == Qt.TextFormat.PlainText and "<i>Echo</i>" in panel.title.text()


@pytest.mark.qt_warning_expected(r"^Could not open media")
def test_unreadable_and_undecodable_clips_explain_themselves(panel, qtbot, clip_export, no_output):
    source, _rows, _ = clip_export
    panel.set_source(source)
    panel.show_recording(row_for("Alexa.zip/Voice/missing.wav"), [])
    assert panel.message.isVisible() and panel.message.text()
    panel.show_recording(row_for("Alexa.zip/Voice/broken.wav"), [])
    wait_decoded(qtbot, panel)
    assert panel.waveform.peaks is None and panel.waveform.message.startswith("No waveform")
    panel.set_source(None)
    panel.show_recording(row_for("Alexa.zip/Voice/clip0.wav"), [])
    assert "Open the export" in panel.message.text()


def test_waveform_peaks_drawn_per_column():
    from core.audio.waveform import peaks
    from gui.player.waveform_view import WaveformView, mm_ss

    view = WaveformView()
    view.resize(300, 80)
    samples = np.sin(np.linspace(0, 200, 48_000)).astype(np.float32) * np.linspace(0, 1, 48_000, dtype=np.float32)
    view.set_peaks(peaks(samples, 16_000, 1200))
    low, high = view._columns(288)
    assert len(low) == len(high) == 288
    assert high[-30:].max() > 5 * high[:30].max() and low[-30:].min() < 5 * low[:30].min()
    assert mm_ss(0) == "0:00" and mm_ss(61_400) == "1:01" and mm_ss(3_599_000) == "59:59"


def test_compact_inside_a_page_with_its_own_verdicts(qtbot, no_output):
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    page.verdict_buttons = {}
    qtbot.addWidget(page)
    panel = PlayerPanel(page)
    page.show()
    assert panel.compact and not panel.verdicts.isVisible() and not panel.details.isVisible()
    assert panel.transcript.isVisible() and panel.waveform.isVisible()
    panel.set_compact(False)
    assert panel.verdicts.isVisible() and panel.findings_scroll.isVisible()


def test_playlist_step_by_id_and_by_time():
    import pandas as pd

    from gui.player.playlist import playlist_step

    rows = [{"id": str(i), "time": pd.Timestamp(f"2018-05-0{i + 1}T08:00:00Z")} for i in range(4)]
    assert playlist_step(rows, rows[1], +1) == 2 and playlist_step(rows, rows[1], -1) == 0
    assert playlist_step(rows, rows[3], +1) is None and playlist_step(rows, rows[0], -1) is None
    outsider = {"id": "x", "time": pd.Timestamp("2018-05-02T12:00:00Z")}  # between rows 1 and 2
    assert playlist_step(rows, outsider, +1) == 2 and playlist_step(rows, outsider, -1) == 1
    assert playlist_step(rows, None, +1) == 0 and playlist_step(rows, None, -1) == 3
    assert playlist_step([], rows[0], +1) is None


@pytest.mark.audio
def test_same_clip_again_keeps_playing(panel, qtbot, clip_export):
    source, rows, findings = clip_export
    panel.set_source(source)
    panel.notice_acknowledged = True
    panel.show_recording(rows[0], [findings[0]])
    panel.play()
    qtbot.waitUntil(lambda: panel.service.state == "playing", timeout=5000)
    other = Finding("duplicate-audio", "medium", rows[0]["id"], "Same audio as another clip.")
    panel.show_recording(rows[0], [findings[0], other])
    assert panel.service.state == "playing"
    assert len(panel.findings_box.labels) == 2
    panel.stop()


@pytest.mark.audio
def test_loop_starts_the_clip_again(panel, qtbot, clip_export):
    source, rows, _ = clip_export
    panel.set_source(source)
    panel.transport.loop.setChecked(True)
    panel.show_recording(rows[0], [])
    finished: list[int] = []
    panel.service.finished.connect(lambda: finished.append(1))
    positions: list[int] = []
    panel.service.positionChanged.connect(positions.append)
    panel.play()
    # the position passes the middle, then wraps round to the start while still playing
    qtbot.waitUntil(lambda: any(p > 500 for p in positions), timeout=10_000)
    top = max(positions)
    qtbot.waitUntil(lambda: positions[-1] < top - 300, timeout=10_000)
    assert panel.service.state == "playing" and not finished
    panel.stop()


def test_the_notice_is_answered_by_keyboard(panel, qtbot, clip_export, no_output):
    source, rows, findings = clip_export
    panel.set_source(source)
    panel.show_recording(rows[0], [findings[0]])
    panel.activateWindow()
    panel.play()
    notice = panel.notice
    assert notice.play_button.hasFocus()
    notice.never_again.setFocus()
    chain = [panel.focusWidget()]  # Tab walks through the notice's three controls
    for _ in range(2):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        chain.append(panel.focusWidget())
    assert chain == [notice.never_again, notice.cancel_button, notice.play_button]
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Escape)  # "Not now"
    assert not notice.isVisible()
    panel.play()
    qtbot.keyClick(notice.play_button, Qt.Key.Key_Return)  # Enter plays
    assert not notice.isVisible() and panel.notice_acknowledged
