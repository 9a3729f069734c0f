"""Dossier's performance benchmark (issue 10): one command, every goal, side by side on the same archive.

    .venv/bin/python -m scripts.benchmark [--quick] [--deflate64] [--runs N] [--orders N --searches N --clips N]
        [--clip-scale K] [--layout 2018|2025|transcripts] [--takeout-clips N] [--skip …]

Generates (or reuses, cached in /tmp/dossier-benchmark/) a synthetic Amazon export in a real layout (``--layout``:
2018 per-dataset ZIPs, the 2025–26 "All Data Categories" download, the amazon.de 2021–23 transcript index; same
rows and clips in each) — default 200k order lines, 200k searches, 20k spoken clips of 1–3 s (≈1.3 GB; ``--clips
40000 --clip-scale 2``: ≈5 GB), optionally re-packed as Deflate64 with 7z — and a Google Takeout as ``.zip`` and
``.tgz`` (8,000 clips of 25 kB, ≈190 MiB), and measures, each figure in a fresh child process, the median over
``--runs`` runs:

* the reference: ``unzip -t`` (``7z t`` for Deflate64) over the same archive files;
* time to a ready model (open + list + export SHA-256 + parse, as the app does it: for Deflate64 the clips are
  fingerprinted meanwhile, and the time until every SHA-256 is there is reported too), its peak memory
  (VmHWM), and all metadata rules on it;
* a full ``dossier scan --json`` including every clip's SHA-256 (process start to exit), its peak memory and
  that of its process tree (with the hashing workers, psutil);
* with ``--deflate64``, the decoders' own rates on the export's entries beside ``7z t``'s (``bench_decoders``):
  whether the decoder is the floor;
* timeline redraw at 10k / 100k / 250k events, full view and zoomed (a small pan, as when dragging);
* click-to-sound for the last clips of the archive (until Qt reports buffered playback);
* cold start of the app to its first shown window (``DOSSIER_STARTUP_PROBE=1``, offscreen);
* voice-feature extraction throughput on the archive's clips (2 worker threads);
* the Takeout, ``.zip`` and ``.tgz`` (``scripts/bench_takeout.py``): time to a model and full scan, the ``.tgz``
  within 1.5× of the ``.zip``; peaks; ``unzip -t`` / ``gzip -t``;
* the longest event-loop stall of the real window while it imports the export, and while it then fills its
  pages (tables, timelines, player, findings list) until ``export_ready()``;
* the same heartbeat around what a user does next (``bench_actions``): a first look at the big tables, sorting
  them, the Timeline tab, "I never owned a voice device" (every recording a finding), verdicts one by one and for
  a whole group, undo, closing the export.

Prints a table (median, goal, ratio to the reference) and writes ``bench-out/benchmark.json``. The children's
measurements live in ``scripts/bench_children.py``, the table in ``scripts/bench_report.py``.
``--quick`` uses a small export (20k/20k/1k) and fewer runs (about a minute).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # the bench_* modules, for `python -m scripts.benchmark` too
from bench_children import CHILDREN  # noqa: E402
from bench_report import print_table, table  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "dossier-benchmark"
PY = sys.executable


# ---- the export -----------------------------------------------------------------------------------
def ensure_export(orders: int, searches: int, clips: int, deflate64: bool, clip_scale: int = 1,
                  layout: str = "2018") -> list[Path]:
    """The cached export's files, generated on first use (a ``complete.json`` marks a finished folder)."""
    tail = (f"-x{clip_scale}" if clip_scale != 1 else "") + (f"-{layout}" if layout != "2018" else "")
    plain = CACHE / f"zip-o{orders}-s{searches}-c{clips}{tail}"
    if not (plain / "complete.json").exists():
        from bench_layouts import generate

        shutil.rmtree(plain, ignore_errors=True)
        t = time.perf_counter()
        print(f"generating {orders:,} order lines, {searches:,} searches, {clips:,} clips (× {clip_scale} long), "
              f"layout {layout}, in {plain} …", flush=True)
        names = [p.name for p in generate(plain, orders, searches, clips, clip_scale, layout)]
        (plain / "complete.json").write_text(json.dumps({"files": names, "seconds": time.perf_counter() - t}))
    names = json.loads((plain / "complete.json").read_text())["files"]
    if not deflate64:
        return [plain / n for n in names]
    packed = CACHE / f"d64-o{orders}-s{searches}-c{clips}{tail}"
    if not (packed / "complete.json").exists():
        print(f"re-packing as Deflate64 with 7z in {packed} …", flush=True)
        shutil.rmtree(packed, ignore_errors=True)
        packed.mkdir(parents=True)
        for name in names:
            if not name.endswith(".zip"):  # a loose file of the download (FileDescriptions.csv)
                shutil.copy(plain / name, packed / name)
                continue
            with tempfile.TemporaryDirectory(dir=CACHE) as tmp:  # synthetic data only
                subprocess.run(["unzip", "-qq", str(plain / name), "-d", tmp], check=True)
                subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(packed / name), "."], cwd=tmp,
                               check=True, capture_output=True)
        (packed / "complete.json").write_text(json.dumps({"files": names}))
    return [packed / n for n in names]


# ---- the parent -----------------------------------------------------------------------------------
def run_child(name: str, *args: Any, audio: bool = False) -> dict[str, Any]:
    command = [PY, str(Path(__file__).resolve()), "--child", name, json.dumps(args)]
    if audio:
        command = ["bash", "-c", 'source "$0/scripts/audio_env.sh"; exec "$@"', str(ROOT), *command]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=_env())
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:300]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.setdefault("DOSSIER_DATA_DIR", tempfile.mkdtemp(prefix="dossier-bench-data-"))
    return env


#: The memory sampler's rhythm. It runs beside the measured command on the same 2 cores: at every 20 ms with the
#: process tree listed each time it took ~4% of a core (0.2 CPU-s in 5 s), which the command's wall time paid.
SAMPLE_EVERY, TREE_EVERY = 0.05, 0.5


def timed(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """A child process's wall seconds (``wall_s``), peak RSS in MiB (``peak_rss_mib``), exit code (``exit``), the
    peak of its whole process tree (``tree_peak_rss_mib``: with its clip-hashing workers; sampled every
    ``SAMPLE_EVERY``, ``None`` without psutil) and the CPU seconds of the child and the workers it waited for
    (``cpu_s``). The child's own peak is its ``VmHWM`` as last read before it exits: its ``ru_maxrss`` would
    start at this process's RSS (Linux counts the parent's pages it was forked from), which generating an export
    in-process makes large."""
    t = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or _env())
    tree_peak, own_peak = _tree_peak_rss(proc)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": time.perf_counter() - t, "peak_rss_mib": own_peak or usage.ru_maxrss / 1024,
            "exit": proc.returncode, "tree_peak_rss_mib": tree_peak, "cpu_s": usage.ru_utime + usage.ru_stime}


def _tree_peak_rss(proc: subprocess.Popen[bytes]) -> tuple[float | None, float | None]:
    """Sum of the RSS of ``proc`` and its descendants, at its highest, until it exits, and the last ``VmHWM`` of
    ``proc`` itself (MiB)."""
    own: float | None = None
    try:
        import psutil
    except ImportError:
        return None, None
    peak, tree, listed = 0, [], 0.0
    try:
        root = psutil.Process(proc.pid)
        while root.status() != psutil.STATUS_ZOMBIE:
            if time.perf_counter() - listed > TREE_EVERY:  # finding the children reads all of /proc: not each time
                tree, listed = [root, *root.children(recursive=True)], time.perf_counter()
            total = 0
            for p in tree:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
            peak = max(peak, total)
            own = _vm_hwm_mib(proc.pid) or own
            time.sleep(SAMPLE_EVERY)
    except psutil.Error:
        pass
    return peak / 2**20, own


def _vm_hwm_mib(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            return next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:")), None)
    except (OSError, ValueError, IndexError):
        return None


def reference(paths: list[Path], deflate64: bool) -> float:
    t = time.perf_counter()
    for path in [p for p in paths if p.suffix == ".zip"]:  # not a loose file of the download
        command = ["7z", "t", str(path)] if deflate64 else ["unzip", "-tqq", str(path)]
        subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - t


def cold_start() -> float | None:
    env = dict(_env(), DOSSIER_STARTUP_PROBE="1", DOSSIER_DATA_DIR=tempfile.mkdtemp(prefix="dossier-bench-data-"))
    started = time.time()
    done = subprocess.run([PY, "-c", "import sys; from gui.start.launcher import main; sys.exit(main(['open']))"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stderr.splitlines() + done.stdout.splitlines():
        if line.startswith("dossier: window shown at "):
            return float(line.rsplit(" ", 1)[1]) - started
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small export, fewer runs (about a minute)")
    parser.add_argument("--deflate64", action="store_true", help="re-pack the export as Deflate64 (7z)")
    parser.add_argument("--orders", type=int)
    parser.add_argument("--searches", type=int)
    parser.add_argument("--clips", type=int)
    parser.add_argument("--clip-scale", type=int, default=1, help="clip length multiplier (2: a ~5 GB export with "
                                                                   "--clips 40000)")
    parser.add_argument("--layout", choices=("2018", "2025", "transcripts"), default="2018",
                        help="Amazon layout of the export: 2018 per-dataset ZIPs, 2025–26 'All Data Categories', "
                             "amazon.de 2021–23 transcript index")
    parser.add_argument("--takeout-clips", type=int, help="clips in the Google Takeout (default 8,000; quick 500)")
    parser.add_argument("--takeout-clip-bytes", type=int, default=25_000)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--skip", default="", help="comma-separated: scan,model,rules,timeline,click,start,voice,"
                                                   "responsive,search,actions,takeout,reads,decoders")
    parser.add_argument("--json-out", type=Path, default=ROOT / "bench-out" / "benchmark.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("child_args", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](*json.loads(args.child_args))), flush=True)
        return 0
    compileall.compile_dir(ROOT / "core", quiet=1)  # measured as users run it: from bytecode, never compiling on
    compileall.compile_dir(ROOT / "gui", quiet=1)   # the way (PYTHONDONTWRITEBYTECODE would make every child compile)
    quick = args.quick
    orders = args.orders or (20_000 if quick else 200_000)
    searches = args.searches or (20_000 if quick else 200_000)
    clips = args.clips or (1_000 if quick else 20_000)
    runs = args.runs or (2 if quick else 3)
    skip = set(filter(None, args.skip.split(",")))
    paths = ensure_export(orders, searches, clips, args.deflate64, args.clip_scale, args.layout)
    names = [str(p) for p in paths]
    size = sum(p.stat().st_size for p in paths)
    ref_name = "7z t" if args.deflate64 else "unzip -t"
    print(f"export ({args.layout} layout): {len(paths)} files, {size / 2**20:,.0f} MiB "
          f"({'Deflate64' if args.deflate64 else 'Deflate'}), "
          f"{orders:,} order lines, {searches:,} searches, {clips:,} clips; {runs} run(s) each", flush=True)
    load_before = os.getloadavg()
    raw: dict[str, Any] = {"reference_s": [], "model": [], "scan": []}
    scan_command = [PY, "-c", "import sys; from gui.start.launcher import main; sys.exit(main())", "scan", "--json"]
    scan = [*scan_command, *names]
    for run in range(runs):  # interleaved, so a change in machine load hits every figure alike
        raw["reference_s"].append(reference(paths, args.deflate64))
        if "model" not in skip:
            raw["model"].append(run_child("model", names))
        if "scan" not in skip:
            raw["scan"].append(timed(scan))
        print(f"  run {run + 1}: {ref_name} {raw['reference_s'][-1]:.1f} s", flush=True)
    if args.deflate64 and "decoders" not in skip:  # the decoder's own rate beside 7z's: is it the floor?
        raw["decoders"] = run_child("decoders", names)
    if "takeout" not in skip:
        from bench_takeout import ensure_takeout, measure_takeout

        takeout = ensure_takeout(CACHE, args.takeout_clips or (500 if quick else 8_000), args.takeout_clip_bytes)
        raw["takeout"] = measure_takeout(takeout, runs, run_child, timed, scan_command, skip)
    if "rules" not in skip:
        raw["rules_mixed"] = [run_child("rules_mixed", 20_000) for _ in range(runs)]
    if "timeline" not in skip:
        raw["timeline"] = run_child("timeline", [10_000, 100_000, 250_000], 7 if quick else 15)
    if "click" not in skip:
        raw["click"] = run_child("click", names, 5 if quick else 8, audio=True)
    if "start" not in skip:
        raw["cold_start_s"] = [cold_start() for _ in range(3 if quick else 5)]
    if "voice" not in skip:
        raw["voice"] = run_child("voice", names, 60 if quick else 200)
    if "responsive" not in skip:
        raw["responsive"] = run_child("responsive", names)
    if "search" not in skip:
        raw["search"] = run_child("search", names, 3)
    if "actions" not in skip:
        raw["actions"] = run_child("actions", names)
    rows = table(raw, ref_name)
    machine = {"cpus": os.cpu_count(), "load_average_before": load_before, "load_average_after": os.getloadavg(),
               "platform": platform.platform(), "python": platform.python_version()}
    print_table(rows, machine)
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps({
        "machine": machine, "export": {"files": [p.name for p in paths], "mib": round(size / 2**20, 1),
                                       "orders": orders, "searches": searches, "clips": clips,
                                       "clip_scale": args.clip_scale, "layout": args.layout,
                                       "deflate64": args.deflate64},
        "runs": runs, "table": rows, "raw": raw}, indent=2, default=str))
    print(f"written to {args.json_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
