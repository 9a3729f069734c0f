"""The import benchmark script runs end to end on a small export (slow: spawns child processes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.vendors.amazon.conftest import ROOT


@pytest.mark.slow
def test_bench_script_small(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_import.py"), "--orders", "2000",
                          "--searches", "2000", "--clips", "50", "--out", str(tmp_path / "bench")],
                         cwd=ROOT, check=True, capture_output=True, text=True, timeout=600)
    results = json.loads(out.stdout[out.stdout.index("\n{") + 1:])
    assert results["full_scan"]["counts"] == {"purchases": 2000, "searches": 2000, "recordings": 50, "devices": 0}
    assert results["full_scan"]["hashed"] == 50
    assert results["time_to_model"]["peak_rss_mib"] > 0
