"""The real entry point starts: `dossier --demo` builds the window through run_app and quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]  # a whole app start: ~10 s
ROOT = Path(__file__).resolve().parents[2]


def test_dossier_demo_starts_through_run_app(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOSSIER_DATA_DIR=str(tmp_path / "data"),
               DOSSIER_STARTUP_PROBE="1", LANG="de_DE.UTF-8")
    proc = subprocess.run([sys.executable, "-m", "gui.start.launcher", "--demo"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "window shown" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "data" / "settings").is_dir()  # settings live in the app-data folder
    assert (tmp_path / "data" / "logs" / "faults.log").exists()
