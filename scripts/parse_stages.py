"""Wall and CPU seconds of the parse's stages on the cached benchmark export (issue 22).

    .venv/bin/python -m scripts.parse_stages [--runs 3] [folder of the export's ZIPs]

Runs ``core.vendors.parse_export`` in a fresh interpreter per run (the export must exist: ``scripts/benchmark.py``
caches it in /tmp/dossier-benchmark/) and prints min/median/max per stage: vendor detection, order lines,
searches, clip headers, recordings, and the rest of the parse.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = Path("/tmp/dossier-benchmark/zip-o200000-s200000-c20000")
STAGES = (("core.vendors", "detect_vendor"), ("core.vendors.amazon.orders", "read_orders"),
          ("core.vendors.amazon.searches", "read_searches"), ("core.vendors.amazon.voice", "probe_audio"),
          ("core.vendors.amazon.voice", "recordings"))


def _timed(func: Callable[..., object], name: str, spent: dict[str, list[float]]) -> Callable[..., object]:
    """``func``, adding its wall and CPU seconds to ``spent[name]``."""

    @functools.wraps(func)
    def timed(*args: object, **kwargs: object) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            totals = spent.setdefault(name, [0.0, 0.0])
            totals[0] += time.perf_counter() - wall
            totals[1] += time.process_time() - cpu

    return timed


def child(folder: str) -> None:
    import core.vendors
    from core.source.archive import ExportSource

    spent: dict[str, list[float]] = {}
    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), name, spent))
    paths = sorted(str(p) for p in Path(folder).glob("*.zip"))
    with ExportSource.open(paths) as source:
        wall, cpu = time.perf_counter(), time.process_time()
        core.vendors.parse_export(source)
        spent["parse"] = [time.perf_counter() - wall, time.process_time() - cpu]
    spent["rest"] = [spent["parse"][i] - sum(v[i] for k, v in spent.items() if k != "parse") for i in (0, 1)]
    print(json.dumps(spent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.folder)
        return
    runs = [json.loads(subprocess.run([sys.executable, "-m", "scripts.parse_stages", "--child", args.folder],
                                      cwd=ROOT, check=True, capture_output=True, text=True).stdout)
            for _ in range(args.runs)]
    print(f"{'stage':15s} {'CPU s min/median/max':>24s} {'wall s min/median/max':>24s}")
    for stage in [name for _module, name in STAGES] + ["rest", "parse"]:
        cells = []
        for i in (1, 0):
            values = sorted(r[stage][i] for r in runs)
            cells.append(f"{values[0]:.2f}/{statistics.median(values):.2f}/{values[-1]:.2f}")
        print(f"{stage:15s} {cells[0]:>24s} {cells[1]:>24s}")


if __name__ == "__main__":
    main()
