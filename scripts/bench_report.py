"""The benchmark's report: the raw figures of ``scripts/benchmark.py`` as rows (median, unit, goal, ratio to the
reference, met), and those rows printed as a Markdown table with the machine's load.
"""

from __future__ import annotations

import os
import statistics
from typing import Any


def median(values: list[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return statistics.median(real) if real else None


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _values(items: list[dict[str, Any]], key: str) -> list[float | None]:
    return [item.get(key) for item in items if isinstance(item, dict)]


def table(raw: dict[str, Any], ref_name: str) -> list[dict[str, Any]]:
    """Rows of (measure, median, unit, goal, ratio): ratio is to the reference where the goal is one."""
    ref = median(raw["reference_s"])
    rows: list[dict[str, Any]] = [{"measure": f"reference: {ref_name} of the export", "value": ref, "unit": "s"}]

    def add(measure: str, value: float | None, unit: str, goal: float, relative: bool = False) -> None:
        ratio = value / ref if relative and value is not None and ref else None
        check = ratio if relative else value
        rows.append({"measure": measure, "value": value, "unit": unit, "goal": goal, "ratio": ratio,
                     "relative_goal": relative, "met": None if check is None else check <= goal})

    model = raw["model"]
    deflate64 = ref_name == "7z t"  # issue 22's goals: 0.35× / 0.7× of unzip -t; 0.8× / 1.0× of 7z t
    if model:
        add("time to a ready model (open, list, export SHA-256, parse)", median(_values(model, "model_s")), "s",
            0.8 if deflate64 else 0.35, relative=True)
    if raw["scan"]:
        add("full `dossier scan --json` incl. every clip's SHA-256", median(_values(raw["scan"], "wall_s")), "s",
            1.0 if deflate64 else 0.7, relative=True)
        cpu, cores = median(_values(raw["scan"], "cpu_s")), os.cpu_count() or 1
        if cpu is not None and ref:  # the best any overlap could do: all of the scan's CPU seconds on every core
            rows.append({"measure": f"  its CPU, all processes ({cpu:.1f} CPU-s) / {cores} cores: the floor",
                         "value": cpu / cores, "unit": "s", "ratio": cpu / cores / ref})
    if raw.get("decoders"):
        from bench_decoders import decoder_rows

        rows += decoder_rows(raw["decoders"], ref)
    if model:
        add("peak memory of the import (RSS)", median(_values(model, "peak_rss_mib")), "MiB", 600 / 1.048576)
        second = median(_values(model, "second_peak_rss_mib"))
        if second is not None:  # the process that read the order history meanwhile (core.reading.second_process)
            add("  its second process's peak (RSS), at the same time", second, "MiB", 600 / 1.048576)
    if raw["scan"]:
        add("peak memory of the full scan (RSS)", median(_values(raw["scan"], "peak_rss_mib")), "MiB",
            600 / 1.048576)
        tree = median(_values(raw["scan"], "tree_peak_rss_mib"))
        if tree is not None:
            add("peak memory of the full scan with its hashing workers (RSS sum)", tree, "MiB", 600 / 1.048576)
    if model and median(_values(model, "fingerprinted_s")) is not None:
        add("model plus every clip's SHA-256 (app, Deflate64: hashed during the parse)",
            median(_values(model, "fingerprinted_s")), "s", 1.0, relative=True)
    if model:
        add(f"all metadata rules on the imported model (CPU {_num(median(_values(model, 'rules_cpu_s')))} s)",
            median(_values(model, "rules_s")), "s", 1.0)
    if raw.get("rules_mixed"):
        mixed = raw["rules_mixed"]
        add(f"all metadata rules, 20k recordings, mixed account (CPU {_num(median(_values(mixed, 'rules_cpu_s')))} s)",
            median(_values(mixed, "rules_s")), "s", 1.0)
    for n, figures in (raw.get("timeline") or {}).items():
        if isinstance(figures, dict) and "full_s" in figures:
            cpu = figures["cpu"]
            zoom = figures["zoomed_view"]
            add(f"timeline redraw, {int(n) // 1000}k events, full view (CPU {cpu['full'] * 1000:.0f} ms)",
                figures["full_s"] * 1000, "ms", 50)
            add(f"timeline redraw, {int(n) // 1000}k events, zoomed to {zoom} (worst; CPU {cpu[zoom] * 1000:.0f} ms)",
                figures["zoomed_s"] * 1000, "ms", 50)
    click = raw.get("click") or {}
    if click.get("playing_s") is not None:
        add("click-to-sound, last clips of the archive (buffered + playing)", click["playing_s"] * 1000, "ms", 150)
    if raw.get("cold_start_s"):
        add("cold start to a shown window", median(raw["cold_start_s"]), "s", 1.5)
    voice = raw.get("voice") or {}
    if voice.get("clips_per_s") is not None:
        rows.append({"measure": f"voice features, 2 threads ({voice['cpu_per_wall']:.2f} CPU/wall)",
                     "value": voice["clips_per_s"], "unit": "clips/s"})
    responsive = raw.get("responsive") or {}
    if responsive.get("max_stall_s") is not None:
        add(f"longest UI stall while importing (overview after {responsive['to_overview_s']:.1f} s)",
            responsive["max_stall_s"] * 1000, "ms", 50)
        if responsive.get("max_stall_showing_s") is not None:
            add("longest UI stall while the window shows the imported export", responsive["max_stall_showing_s"] * 1000,
                "ms", 50)
        if responsive.get("max_busy_showing_s") is not None:
            add("  most GUI-thread CPU in one stall: importing", responsive["max_busy_s"] * 1000, "ms", 50)
            add("  most GUI-thread CPU in one stall: showing", responsive["max_busy_showing_s"] * 1000, "ms", 50)
    search = raw.get("search") or {}
    if search.get("key_max_ms") is not None:
        typings = search.get("typing_max_ms")  # each typing's worst key: the spread behind the one worst
        spread = f" (each typing's: {' / '.join(f'{v:.0f}' for v in typings)} ms)" if typings else ""
        add(f"search box, {search['rows'] // 1000}k {search['table']}: key to painted result, worst key{spread}",
            search["key_max_ms"], "ms", 50)
        add(f"  the same, GUI-thread CPU (median {search['key_cpu_median_ms']:.0f} ms)", search["key_cpu_max_ms"],
            "ms", 50)
        add(f"  the filter's work at one key (median {search['filter_median_ms']:.0f} ms)", search["filter_max_ms"],
            "ms", 50)
    if raw.get("actions"):
        from bench_actions import action_rows

        rows += action_rows(raw["actions"])
    if raw.get("takeout"):
        from bench_takeout import takeout_rows

        rows += takeout_rows(raw["takeout"], median)
    for key in ("click", "voice", "responsive", "timeline", "search", "actions"):
        if isinstance(raw.get(key), dict) and raw[key].get("error"):
            rows.append({"measure": f"{key}: not measured — {raw[key]['error']}", "value": None, "unit": ""})
    return rows


def print_table(rows: list[dict[str, Any]], machine: dict[str, Any]) -> None:
    load = machine["load_average_before"]
    print(f"\n{machine['cpus']} CPUs, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} before, "
          f"{machine['load_average_after'][0]:.1f} after; {machine['platform']}")
    print(f"| {'measure':<66} | {'median':>10} | {'goal':>12} | {'ratio':>6} | met |")
    print(f"|{'-' * 68}|{'-' * 12}:|{'-' * 13}:|{'-' * 7}:|:---:|")
    for row in rows:
        value = row.get("value")
        shown = "—" if value is None else f"{value:.2f} s" if row["unit"] == "s" \
            else f"{value:.2f} {row['unit']}" if abs(value) < 1 else f"{value:,.1f} {row['unit']}"
        goal = row.get("goal")
        of = row.get("relative_to", "ref")
        goal_text = "" if goal is None else (f"≤ {goal:g}× {of}" if row.get("relative_goal") else
                                             f"≤ {goal:,.0f} {row['unit']}" if row["unit"] != "s" else f"≤ {goal} s")
        ratio = "" if row.get("ratio") is None else f"{row['ratio']:.2f}×"
        met = {True: "yes", False: "NO", None: ""}[row.get("met")]
        print(f"| {row['measure']:<66} | {shown:>10} | {goal_text:>12} | {ratio:>6} | {met:^3} |")

