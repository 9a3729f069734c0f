"""The benchmark's report (``scripts/bench_report.py``) states each goal and its ratio from the raw figures.

The benchmark itself is run by hand (minutes, a 1.3 GB export); these tests give its report a small raw result of
the shape ``scripts/benchmark.py`` writes, so a change that mislabels a goal or miscomputes a ratio or floor fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture()
def report(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(SCRIPTS))  # the scripts import each other by plain name
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    import bench_report

    return bench_report


def _raw(scan_s: float, scan_cpu: float) -> dict[str, Any]:
    model = {"model_s": 3.0, "parse_s": 2.5, "peak_rss_mib": 300.0, "rules_s": 0.3, "rules_cpu_s": 0.3}
    scan = {"wall_s": scan_s, "cpu_s": scan_cpu, "peak_rss_mib": 340.0, "tree_peak_rss_mib": 700.0}
    return {"reference_s": [9.0, 10.0, 11.0], "model": [model] * 3, "scan": [scan] * 3}


def _row(rows: list[dict[str, Any]], start: str) -> dict[str, Any]:
    found = [r for r in rows if r["measure"].startswith(start)]
    assert len(found) == 1, [r["measure"] for r in rows]
    return found[0]


def test_unzip_goals_ratios_and_the_scans_cpu_floor(report: Any) -> None:
    rows = report.table(_raw(6.5, 14.0), "unzip -t")
    assert _row(rows, "reference")["value"] == 10.0
    model = _row(rows, "time to a ready model")
    assert (model["goal"], model["ratio"], model["met"]) == (0.35, 0.3, True)
    scan = _row(rows, "full `dossier scan")
    assert (scan["goal"], scan["ratio"], scan["met"]) == (0.7, 0.65, True)
    floor = _row(rows, "  its CPU, all processes (14.0 CPU-s) / 2 cores")
    assert floor["value"] == 7.0 and floor["ratio"] == 0.7 and "met" not in floor  # a fact, not a goal
    workers = _row(rows, "peak memory of the full scan with its hashing workers")
    assert workers["met"] is False  # 700 MiB is over 600 MB


def test_deflate64_goals_are_against_7z_and_a_miss_is_reported(report: Any) -> None:
    rows = report.table(_raw(10.6, 19.8), "7z t")
    assert _row(rows, "time to a ready model")["goal"] == 0.8
    scan = _row(rows, "full `dossier scan")
    assert scan["goal"] == 1.0 and scan["ratio"] == pytest.approx(1.06) and scan["met"] is False


def test_takeout_rows_give_the_tgz_ratio_and_its_floor(report: Any) -> None:
    def kind(model_s: float, parse_s: float, scan_s: float) -> dict[str, Any]:
        return {"reference_s": [1.0], "model": [{"model_s": model_s, "parse_s": parse_s, "peak_rss_mib": 130.0}],
                "scan": [{"wall_s": scan_s, "peak_rss_mib": 140.0, "tree_peak_rss_mib": 210.0}]}

    raw = {"reference_s": [10.0], "model": [], "scan": [],
           "takeout": {"zip": kind(0.6, 0.3, 1.5), "tgz": {**kind(1.5, 0.3, 2.1), "zlib_s": [0.8]},
                       "mib": {"zip": 192.0, "tgz": 191.0}}}
    rows = report.table(raw, "unzip -t")
    tgz_model = _row(rows, "Takeout .tgz (191 MiB): time to a model")
    assert tgz_model["ratio"] == pytest.approx(2.5) and tgz_model["met"] is False
    tgz_scan = _row(rows, "Takeout .tgz (191 MiB): full")
    assert tgz_scan["ratio"] == pytest.approx(1.4) and tgz_scan["met"] is True
    floor = _row(rows, "  .tgz floor")
    assert floor["value"] == pytest.approx(1.1) and floor["ratio"] == pytest.approx(1.1 / 0.6)


def test_takeout_rows_give_random_clip_reads_with_the_longest(report: Any) -> None:
    def kind(*reads: tuple[float, float]) -> dict[str, Any]:
        return {"reference_s": [1.0], "model": [], "scan": [],
                "reads": [{"median_ms": median, "max_ms": longest, "reads": 60} for median, longest in reads]}

    raw = {"reference_s": [10.0], "model": [], "scan": [],
           "takeout": {"zip": kind((0.5, 0.9)), "tgz": kind((9.0, 21.0), (11.0, 24.0), (10.0, 19.0)),
                       "mib": {"zip": 192.0, "tgz": 191.0}}}
    rows = report.table(raw, "unzip -t")
    tgz = _row(rows, "Takeout .tgz: a clip read at random")
    assert tgz["value"] == pytest.approx(10.0) and "longest 24.0 ms" in tgz["measure"]
    assert _row(rows, "Takeout .zip: a clip read at random")["value"] == pytest.approx(0.5)


def test_the_printed_table_marks_a_miss(report: Any, capsys: pytest.CaptureFixture[str]) -> None:
    machine = {"cpus": 2, "load_average_before": [1.0, 1.0, 1.0], "load_average_after": [1.2, 1.0, 1.0],
               "platform": "test"}
    report.print_table(report.table(_raw(10.6, 19.8), "7z t"), machine)
    printed = capsys.readouterr().out
    assert "| full `dossier scan --json`" in printed and "1.06×" in printed and "NO" in printed
    assert "the floor" in printed and "0.99×" in printed


def test_deflate64_decoder_rows_set_each_decoder_beside_7z(report: Any) -> None:
    raw = _raw(10.6, 19.8)
    raw["decoders"] = {"entries": 20_002, "output_mib": 1_700.0,
                       "worker": {"cpu_s": 10.0, "mib_per_cpu_s": 170.0, "complete": True},
                       "bare": {"cpu_s": 9.0, "mib_per_cpu_s": 1_700 / 9, "complete": True},
                       "inflate64": {"cpu_s": 9.5, "mib_per_cpu_s": 1_700 / 9.5, "complete": False},
                       "sha256": {"cpu_s": 1.0, "mib_per_cpu_s": 1_700.0, "complete": True}}
    rows = report.table(raw, "7z t")
    seven = _row(rows, "Deflate64 floor: `7z t`, 20,002 entries' 1,700 MiB")
    assert seven["value"] == 170.0 and seven["unit"] == "MiB/s"  # 1,700 MiB over the 10 s median of `7z t`
    assert _row(rows, "  the scan's worker path")["value"] == 170.0
    assert _row(rows, "  zipfile-deflate64")["value"] == pytest.approx(188.9, abs=0.1)
    assert "(output incomplete)" in _row(rows, "  inflate64")["measure"]  # a decoder that fell short is marked
    assert not any("goal" in row for row in rows if row["unit"] == "MiB/s")  # facts beside the goal, not goals
    assert not any(row["unit"] == "MiB/s" for row in report.table(_raw(10.6, 19.8), "7z t"))  # only when measured


def test_the_actions_after_opening_are_reported_as_facts(report: Any) -> None:
    raw = _raw(6.5, 14.0)
    raw["actions"] = {"actions": [["the review page", 44.4, 30.1, 12.0], ["undo it", 76.6, 70.2, 76.0]]}
    rows = report.table(raw, "unzip -t")
    assert _row(rows, "  the review page (30 ms CPU)")["value"] == 44.4
    assert _row(rows, "  undo it (70 ms CPU)")["value"] == 76.6 and "goal" not in _row(rows, "  undo it")
    raw["actions"] = {"error": "the export did not open"}
    assert _row(report.table(raw, "unzip -t"), "actions: not measured")["value"] is None


def test_the_search_row_is_the_worst_key_with_each_typings_worst_beside_it(report: Any) -> None:
    raw = _raw(6.5, 14.0)
    raw["search"] = {"rows": 200_000, "table": "purchases", "key_max_ms": 52.4, "typing_max_ms": [52.4, 45.1, 33.8],
                     "key_cpu_median_ms": 12.0, "key_cpu_max_ms": 51.0, "filter_median_ms": 11.0,
                     "filter_max_ms": 20.0}
    row = _row(report.table(raw, "unzip -t"), "search box, 200k purchases")
    assert row["value"] == 52.4 and "(each typing's: 52 / 45 / 34 ms)" in row["measure"]
