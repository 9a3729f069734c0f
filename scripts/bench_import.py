"""Import benchmark (issue 3): a generated Amazon export of 200k order lines, 200k searches and 20k clips.

Usage: ``.venv/bin/python scripts/bench_import.py [--orders N] [--searches N] [--clips N] [--clip-scale K]
[--layout 2018|2025|transcripts] [--out DIR] [--keep] [--reuse]``

Writes an export (default the 2018 layout, per-dataset ZIPs; ``scripts/bench_layouts.py`` for the others) to
``--out`` (default: a fresh folder in /tmp), then measures, each in a fresh child process so peak memory is the
import's own (and the peak at the end of each stage):

* ``unzip -t`` over the same archives (the floor: decompress and CRC-check every byte once);
* time to model: ``core.pipeline.open_export`` without clip hashes (listing incl. the export files' SHA-256,
  parse, rules);
* full scan: the same with the two-worker clip hash pass, as ``dossier scan`` runs it (``hashes="wait"``);
and prints the figures (seconds, peak RSS in MiB) as a table and JSON. The export's generators:
``scripts/bench_export.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from bench_layouts import generate  # noqa: E402

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from core.pipeline import open_export
paths, hashes = json.loads(sys.argv[1]), sys.argv[2] == "1"
def peak_mib():  # VmHWM: ru_maxrss of a child starts at its parent's RSS when it was spawned (Linux)
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
t1 = time.perf_counter()
marks = []
def mark(fraction, message):
    if not marks or marks[-1][0] != message.split("…")[0]:
        marks.append((message.split("…")[0], time.perf_counter(), cpu(), peak_mib()))
opened = open_export(paths, progress=mark, hashes="wait" if hashes else "skip")
marks.append(("done", time.perf_counter(), cpu(), peak_mib()))
t = opened.timings
stages = {a[0]: {"wall_s": b[1] - a[1], "cpu_s": b[2] - a[2], "peak_mib": b[3]} for a, b in zip(marks, marks[1:])}
export = opened.export
print(json.dumps({"import_s": t1 - t0, "open_s": t["open"], "parse_s": t["parse"], "hash_s": t.get("hashes", 0.0),
                  "open_cpu_s": t["open_cpu"], "parse_cpu_s": t["parse_cpu"], "hash_cpu_s": t.get("hashes_cpu", 0.0),
                  "rules_s": t["rules"], "stages": stages, "counts": export.counts(), "peak_rss_mib": peak_mib(),
                  "hashed": int(export.recordings["sha256"].notna().sum())}))
opened.close()
"""


def measure(paths: list[Path], hashes: bool) -> dict[str, object]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps([str(p) for p in paths]), "1" if hashes else "0"],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - started
    return result


def unzip_test(paths: list[Path]) -> tuple[float, float] | None:
    """Wall and CPU seconds of ``unzip -t`` over every archive."""
    if shutil.which("unzip") is None:
        return None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    for path in [p for p in paths if p.suffix == ".zip"]:
        subprocess.run(["unzip", "-tqq", str(path)], check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return time.perf_counter() - started, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=200_000)
    parser.add_argument("--searches", type=int, default=200_000)
    parser.add_argument("--clips", type=int, default=20_000)
    parser.add_argument("--clip-scale", type=int, default=1,
                        help="clip length multiplier (e.g. --clips 40000 --clip-scale 2 writes a ~5 GB export)")
    parser.add_argument("--layout", choices=("2018", "2025", "transcripts"), default="2018",
                        help="Amazon layout (2025: 'All Data Categories'; transcripts: amazon.de 2021–23 index)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the generated export")
    parser.add_argument("--reuse", action="store_true", help="measure the export already in --out")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    t = time.perf_counter()
    if args.reuse and args.out is not None:
        paths = sorted([*out.glob("*.zip"), *out.glob("FileDescriptions.csv")])
    else:
        paths = generate(out, args.orders, args.searches, args.clips, args.clip_scale, args.layout)
    generated = time.perf_counter() - t
    size = sum(p.stat().st_size for p in paths)
    print(f"generated {len(paths)} files, {size / 2**20:,.0f} MiB in {generated:.1f} s → {out}")
    try:
        results = {
            "archive_mib": round(size / 2**20, 1),
            "load_average_before": os.getloadavg(),
            "unzip_t": unzip_test(paths),
            "time_to_model": measure(paths, hashes=False),
            "full_scan": measure(paths, hashes=True),
        }
    finally:
        if not args.keep and args.out is None:
            shutil.rmtree(out, ignore_errors=True)
    model, full = results["time_to_model"], results["full_scan"]
    assert isinstance(model, dict) and isinstance(full, dict)
    unzip = results["unzip_t"]
    if isinstance(unzip, tuple):
        print(f"unzip -t:        {unzip[0]:.1f} s wall, {unzip[1]:.1f} s CPU")
    print(f"time to model:   {model['open_s'] + model['parse_s']:.1f} s wall (open incl. export SHA-256 "
          f"{model['open_s']:.1f} s, parse {model['parse_s']:.1f} s / {model['parse_cpu_s']:.1f} s CPU), "
          f"peak RSS {model['peak_rss_mib']:.0f} MiB")
    print(f"full scan:       {full['open_s'] + full['parse_s'] + full['hash_s']:.1f} s wall (clip hashes "
          f"{full['hash_s']:.1f} s wall / {full['hash_cpu_s']:.1f} s CPU on 2 workers), "
          f"peak RSS {full['peak_rss_mib']:.0f} MiB")
    stages = model.get("stages", {})
    if isinstance(stages, dict):
        for stage, figures in stages.items():
            print(f"  {stage:<28} {figures['wall_s']:5.1f} s wall, {figures['cpu_s']:5.1f} s CPU, "
                  f"peak RSS at its end {figures.get('peak_mib', 0):.0f} MiB")
    print(f"load average before: {results['load_average_before']}")
    print(f"counts:          {full['counts']}")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
