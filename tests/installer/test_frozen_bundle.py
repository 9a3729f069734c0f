"""The full PyInstaller build and smoke test, 3–5 minutes: `bash scripts/test.sh -m slow tests/installer`.

installer/smoke_test.py installs PyInstaller into the venv first if it is missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(1800)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built and tested here")
def test_frozen_bundle_builds_and_passes_the_smoke_test():
    # builds into build/smoke/ (git-ignored, ~1 GB, replaced on every run) rather than a pytest tmp dir
    done = subprocess.run([sys.executable, str(ROOT / "installer" / "smoke_test.py")],
                          capture_output=True, text=True, timeout=1700, check=False)
    print(done.stdout[-4000:], done.stderr[-4000:])
    assert done.returncode == 0, done.stdout[-4000:]
    assert "RESULT: PASS" in done.stdout
