"""numpy loads with one BLAS thread in Dossier's processes (its spare worker only spins: Dossier makes no BLAS call
a second thread would speed up), unless the user chose otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
THREADS_AFTER_NUMPY = "import core, numpy, os; print(len(os.listdir('/proc/self/task')))"

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads through /proc")


def _threads(**env: str) -> int:
    clean = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    done = subprocess.run([sys.executable, "-c", THREADS_AFTER_NUMPY], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, check=True, timeout=60)
    return int(done.stdout.strip())


def test_numpy_starts_no_blas_worker_once_core_is_imported() -> None:
    assert _threads() == 1


def test_a_thread_count_the_user_set_is_kept() -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: OpenBLAS starts no worker anyway")
    assert _threads(OPENBLAS_NUM_THREADS="2") == 2
