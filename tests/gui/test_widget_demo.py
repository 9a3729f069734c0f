"""The README's widget demos run: ``python -m scripts.widget_demo timeline|player --screenshot FILE``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, child_env

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("which", ["timeline", "player"])
def test_the_widget_demo_shows_the_widget_on_the_demo_export(which: str, tmp_path: Path) -> None:
    shot = tmp_path / f"{which}.png"
    done = subprocess.run([sys.executable, "-m", "scripts.widget_demo", which, "--screenshot", str(shot)], cwd=ROOT,
                          env=child_env(DOSSIER_DATA_DIR=str(tmp_path / "data")), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert "Input #0" not in done.stderr  # FFmpeg's dump of the clip the player opened stays out of the log
