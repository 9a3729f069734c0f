"""Batch benchmark (issue 21): ``dossier batch`` over N small generated exports with 1 and with 2 workers.

Usage: ``.venv/bin/python scripts/bench_batch.py [--exports 200] [--workers 1 2] [--out DIR] [--keep]``

Generates the exports with the test suite's generator (``tests/core/batch/exports.py``: Amazon exports of three
layout generations, two Google Takeouts, an export with canary strings, a zip bomb, a damaged ZIP), then runs
``dossier batch EXPORTS --out OUT --workers N --force`` through the real entry point for each N and prints
exports/minute (wall clock of the whole command, cluster start included), the peak resident memory of each
worker process (``worker_peak_mib``: each worker's own VmHWM, ``core.platform.peak_memory``) and of the command itself
(``/usr/bin/time -v``, when present), as a table and JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def run(exports: Path, out: Path, workers: int) -> dict[str, object]:
    import pandas as pd

    cmd = [sys.executable, "-m", "gui.start.launcher", "batch", str(exports), "--out", str(out),
           "--workers", str(workers),
           "--force"]
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if timer:
        cmd = [timer, "-v", *cmd]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    summary = pd.read_parquet(out / "summary.parquet")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    cpu = re.search(r"Percent of CPU this job got: (\d+)%", done.stderr)
    return {
        "workers": workers, "exports": len(summary), "seconds": round(wall, 1),
        "exports_per_minute": round(len(summary) / wall * 60, 1),
        "statuses": summary["status"].value_counts().to_dict(),
        "worker_peak_mib": round(float(summary["worker_peak_mib"].max()), 1),
        "task_growth_mib_max": round(float(summary["memory_mib"].max()), 1),
        "largest_process_mib": round(int(peak[1]) / 1024, 1) if peak else None,
        "cpu_percent": int(cpu[1]) if cpu else None,  # of one core, all processes of the command together
        "task_seconds_median": round(float(summary["seconds"].median()), 3),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    from tests.core.batch.exports import make_batch

    base = args.out or Path(tempfile.mkdtemp(prefix="dossier-bench-batch-"))
    try:
        exports = base / "exports"
        if not exports.exists():
            make_batch(exports, args.exports)
        results = [run(exports, base / f"out-{n}", n) for n in args.workers]
    finally:
        if not args.keep and args.out is None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"{'workers':>7} {'exports':>7} {'seconds':>8} {'exports/min':>11} {'worker peak MiB':>15} "
          f"{'task growth MiB':>15} {'largest process MiB':>19} {'CPU %':>6}")
    for r in results:
        print(f"{r['workers']:>7} {r['exports']:>7} {r['seconds']:>8} {r['exports_per_minute']:>11} "
              f"{r['worker_peak_mib']:>15} {r['task_growth_mib_max']:>15} {r['largest_process_mib']!s:>19} "
              f"{r['cpu_percent']!s:>6}")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
