"""A Deflate64 export in the window: clips are fingerprinted on worker processes while it is parsed."""

from __future__ import annotations

import multiprocessing
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

import core.audio.clip_hashes
from tests.gui.test_main_window import open_and_wait
from tests.perf.test_complexity import _clip_zip

pytestmark = [pytest.mark.gui, pytest.mark.skipif(shutil.which("7z") is None, reason="7z missing")]


def test_deflate64_clips_are_hashed_by_the_import_prefetch(qtbot, window, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.audio.clip_hashes, "MIN_CLIPS", 2)  # real worker processes for a few clips
    _clip_zip(tmp_path / "Alexa.zip", 12)
    with zipfile.ZipFile(tmp_path / "Alexa.zip") as zf:
        zf.extractall(tmp_path / "unpacked")
    packed = tmp_path / "d64" / "Alexa.zip"
    packed.parent.mkdir()
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(packed), "."], cwd=tmp_path / "unpacked",
                   check=True, capture_output=True)
    open_and_wait(qtbot, window, [packed])
    assert window.result is not None, window.welcome.error.text()
    frame = window.result.export.recordings
    assert len(frame) == 12 and frame["duration_s"].notna().all()  # headers came from the workers' reads
    qtbot.waitUntil(lambda: window.result.export.recordings["sha256"].notna().all(), timeout=20000)
    assert window.result.prefetch is None  # handed over to the hash task, which collected it
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=5000)
