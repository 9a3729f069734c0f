"""The built-in demo export, imported the way the app does it: a flagged clip plays to its end and
"next flagged" moves to the next flagged recording in time order."""

from __future__ import annotations

import pytest

from gui.player.panel import PlayerPanel
from gui.start.settings import Settings
from scripts.widget_demo import load_demo

pytestmark = [pytest.mark.gui, pytest.mark.audio]


@pytest.fixture(scope="module")
def demo():
    source, export, findings = load_demo("amazon-2018")
    yield source, export, findings
    source.close()


def test_demo_clip_plays_to_the_end_and_next_flagged_follows(qtbot, demo):
    source, export, findings = demo
    Settings().set("player/stranger_notice_dismissed", True)
    flagged_ids = {f.subject for f in findings}
    rows = [r for r in export.recordings.sort_values("time").to_dict("records") if r["id"] in flagged_ids]
    assert len(rows) >= 3
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_source(source)
    panel.set_playlist(rows, findings)
    first = rows[0]
    panel.show_recording(first, [f for f in findings if f.subject == first["id"]])
    positions: list[int] = []
    panel.service.positionChanged.connect(positions.append)
    with qtbot.waitSignal(panel.service.finished, timeout=20_000):
        panel.play()
    duration = panel.service.duration()
    assert abs(duration - first["duration_s"] * 1000) < 150
    assert positions == sorted(positions) and max(positions) >= duration - 100
    with qtbot.waitSignal(panel.recordingShown) as shown:
        panel.next_flagged()
    assert shown.args == [rows[1]["id"]]
    assert panel.recording["audio_member"] == rows[1]["audio_member"]
    assert {f.subject for f in panel.findings} == {rows[1]["id"]}
    panel.play()
    qtbot.waitUntil(lambda: panel.service.position() > 0, timeout=10_000)
    panel.service.unload()
