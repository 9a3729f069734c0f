"""The benchmark's Google Takeout figures: the same Takeout as ``.zip`` and as ``.tgz``, side by side.

The Takeout (``make_takeout_bench.write``: MPEG-framed clips named by ``My Activity/Assistant/MyActivity.json``) is
cached in /tmp/dossier-benchmark/. For each archive: its reference test (``unzip -t``, ``gzip -t``), the time to a
model (``core.pipeline.open_export(paths, hashes="later")`` in a fresh child, ``child_model``), a full ``dossier
scan --json`` (process start to exit, peak RSS, with its workers) and whole clips read at random once the archive is
open (``child_clip_reads``: the player's first read of a clip; a ``.tgz`` restarts at the seek point before it). The
goal: the ``.tgz`` within 1.5× of the ``.zip``.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = ("zip", "tgz")
GOAL_RATIO = 1.5
READS = 60  # clips read at random per run
Timed = Callable[[list[str]], dict[str, Any]]


def ensure_takeout(cache: Path, clips: int, clip_bytes: int) -> dict[str, Path]:
    """The cached ``.zip`` and ``.tgz`` of one Takeout, written on first use (``complete.json`` marks it done)."""
    folder = cache / f"takeout-c{clips}-b{clip_bytes}"
    if not (folder / "complete.json").exists():
        from make_takeout_bench import write

        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating a Takeout of {clips:,} clips of {clip_bytes:,} bytes in {folder} …", flush=True)
        t = time.perf_counter()
        tgz, zipped = write(folder, clips, clip_bytes)
        (folder / "complete.json").write_text(json.dumps({"tgz": tgz.name, "zip": zipped.name,
                                                          "seconds": time.perf_counter() - t}))
    names = json.loads((folder / "complete.json").read_text())
    return {kind: folder / names[kind] for kind in KINDS}


def reference(path: Path) -> float:
    """Wall seconds to decompress and check the archive once with the system tool."""
    command = ["gzip", "-t", str(path)] if path.suffix == ".tgz" else ["unzip", "-tqq", str(path)]
    t = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - t


#: The app's gzip decoder's one pass over a gzip file in a fresh interpreter (zlib-ng, as ``core.source.gzip_index``
#: reads): what listing a ``.tgz`` cannot do without (a tar has no index), in 1 MiB pieces.
ZLIB_PASS = """import sys, time
from zlib_ng import zlib_ng
t = time.perf_counter(); inflate = zlib_ng.decompressobj(31)
with open(sys.argv[1], "rb") as packed:
    while piece := packed.read(1 << 20):
        inflate.decompress(piece)
print(time.perf_counter() - t)"""


def zlib_pass(path: Path) -> float:
    """Seconds for the app's decoder alone to decompress ``path`` once."""
    done = subprocess.run([sys.executable, "-c", ZLIB_PASS, str(path)], check=True, capture_output=True, text=True)
    return float(done.stdout.strip())


def measure_takeout(archives: dict[str, Path], runs: int, run_child: Callable[..., dict[str, Any]], timed: Timed,
                    scan: list[str], skip: set[str]) -> dict[str, Any]:
    """Per archive kind, ``runs`` interleaved rounds of the reference, the model child and the full scan."""
    raw: dict[str, Any] = {kind: {"reference_s": [], "model": [], "scan": []} for kind in KINDS}
    raw["mib"] = {kind: round(path.stat().st_size / 2**20, 1) for kind, path in archives.items()}
    for run in range(runs):
        for kind in KINDS:
            path = str(archives[kind])
            raw[kind]["reference_s"].append(reference(archives[kind]))
            if kind == "tgz":
                raw[kind].setdefault("zlib_s", []).append(zlib_pass(archives[kind]))
            if "model" not in skip:
                raw[kind]["model"].append(run_child("model", [path]))
            if "scan" not in skip:
                raw[kind]["scan"].append(timed([*scan, path]))
            if "reads" not in skip:
                raw[kind].setdefault("reads", []).append(run_child("clip_reads", [path], run))
        print(f"  Takeout run {run + 1}: " + ", ".join(
            f".{kind} scan {_last(raw[kind]['scan'], 'wall_s')} s" for kind in KINDS), flush=True)
    return raw


def _last(items: list[dict[str, Any]], key: str) -> str:
    value = items[-1].get(key) if items else None
    return "—" if value is None else f"{value:.1f}"


def takeout_rows(raw: dict[str, Any], median: Callable[[list[float | None]], float | None]) -> list[dict[str, Any]]:
    """Table rows: per kind the reference, model time, scan time and peaks; the .tgz rows with their ratio to .zip."""
    rows: list[dict[str, Any]] = []

    def values(kind: str, part: str, key: str) -> float | None:
        return median([item.get(key) for item in raw[kind][part] if isinstance(item, dict)])

    for part, key, label in (("model", "model_s", "time to a model"), ("scan", "wall_s", "full `dossier scan --json`")):
        if not raw["zip"][part]:
            continue
        for kind in KINDS:
            value = values(kind, part, key)
            row: dict[str, Any] = {"measure": f"Takeout .{kind} ({raw['mib'][kind]:,.0f} MiB): {label}",
                                   "value": value, "unit": "s"}
            zip_value = values("zip", part, key)
            if kind == "tgz" and value is not None and zip_value:
                ratio = value / zip_value
                row.update(goal=GOAL_RATIO, ratio=ratio, relative_goal=True, relative_to=".zip",
                           met=ratio <= GOAL_RATIO)
            rows.append(row)
        if part == "model":
            rows += _model_floor(median(raw["tgz"].get("zlib_s", [])), values)
    for kind in KINDS:
        reads = [item for item in raw[kind].get("reads", []) if isinstance(item, dict) and item.get("median_ms")]
        if reads:
            longest = max(item["max_ms"] for item in reads)
            rows.append({"measure": f"Takeout .{kind}: a clip read at random once open, median of {READS} "
                                    f"(longest {longest:.1f} ms)",
                         "value": median([item["median_ms"] for item in reads]), "unit": "ms"})
    for kind in KINDS:
        ref = median(raw[kind]["reference_s"])
        tool = "gzip -t" if kind == "tgz" else "unzip -t"
        rows.append({"measure": f"Takeout .{kind}: reference {tool}", "value": ref, "unit": "s"})
        if raw[kind]["model"]:
            rows.append({"measure": f"Takeout .{kind}: peak memory of the import (RSS)",
                         "value": values(kind, "model", "peak_rss_mib"), "unit": "MiB"})
        if raw[kind]["scan"]:
            rows.append({"measure": f"Takeout .{kind}: peak memory of the full scan (RSS)",
                         "value": values(kind, "scan", "peak_rss_mib"), "unit": "MiB"})
            rows.append({"measure": f"Takeout .{kind}: peak memory of the full scan, with workers (sum)",
                         "value": values(kind, "scan", "tree_peak_rss_mib"), "unit": "MiB"})
    return rows


def _model_floor(zlib_s: float | None, values: Callable[[str, str, str], float | None]) -> list[dict[str, Any]]:
    """The ``.tgz`` model's floor as Dossier is built — the whole listing first, then the parse: zlib-ng's pass over
    the file (``zlib_s``) plus the parse the ``.zip`` needs too."""
    zip_parse, zip_model = values("zip", "model", "parse_s"), values("zip", "model", "model_s")
    if zlib_s is None or zip_parse is None or not zip_model:
        return []
    return [{"measure": f"  .tgz floor: zlib-ng's pass ({zlib_s:.2f} s), then the parse ({zip_parse:.2f} s)",
             "value": zlib_s + zip_parse, "unit": "s", "ratio": (zlib_s + zip_parse) / zip_model}]


def child_clip_reads(paths: list[str], seed: int = 0) -> dict[str, Any]:
    """Milliseconds to read each of ``READS`` whole clips, picked at random (``seed``), from the opened archive."""
    from core.source.archive import ExportSource

    times: list[float] = []
    with ExportSource.open(paths, hash_files=False) as source:
        clips = [member for member in source.members if member.path.endswith(".mp3")]
        for member in random.Random(seed).sample(clips, min(READS, len(clips))):
            t = time.perf_counter()
            source.read_bytes(member)
            times.append((time.perf_counter() - t) * 1000)
    return {"median_ms": statistics.median(times), "max_ms": max(times), "reads": len(times)} if times else {}
