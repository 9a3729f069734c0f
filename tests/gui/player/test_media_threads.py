"""Qt's media threads never wait for the interpreter lock (the hung-playback deadlock).

The FFmpeg backend destroys its audio renderer on its own thread, holding a Qt mutex; its first
``disconnectNotify`` on a Python-made audio output asked PySide for a Python override, under the interpreter
lock. With the window thread holding that lock and wanting the same mutex, the app froze for good — seen as a
privacy session that hung in CI. Before the fix the child below froze in 9 of 10 tries, after 3–39 rounds (one
try got through 40); it runs 100 (about 12 s).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import shiboken6

from tests.reliability.helpers import ROOT, child_env

pytestmark = pytest.mark.gui


def test_the_player_reads_a_buffer_qt_made_not_a_python_wrapper(qtbot) -> None:
    from gui.player.service import PlayerService
    from tests.gui.player.stop_while_busy import tone

    service = PlayerService()
    service.load(tone(), "tone")
    device = service._player.sourceDevice()
    assert device is not None and device.isOpen() and device.size() > 44
    assert not shiboken6.createdByPython(device)  # the demuxer thread's reads never enter Python
    service.unload()
    assert service._player.sourceDevice() is None


@pytest.mark.audio
def test_stopping_while_the_window_is_busy_does_not_deadlock() -> None:
    rounds = 100  # the unfixed player froze after 3–39 rounds in 9 of 10 tries
    try:
        done = subprocess.run([sys.executable, "-m", "tests.gui.player.stop_while_busy", str(rounds)], cwd=ROOT,
                              env=child_env(), capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired as hung:
        shown = hung.stdout.decode() if isinstance(hung.stdout, bytes) else (hung.stdout or "")
        pytest.fail(f"playback froze after {shown.count('round')} of {rounds} rounds (deadlock)")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("round") == rounds and done.stdout.strip().endswith("done")
