"""The benchmark's measurements (``scripts/bench_children.py``, its timers) still measure, on a small export.

``scripts/benchmark.py`` runs each measurement in a fresh interpreter and turns a failure into ``{"error": ...}``,
which after a run of many minutes shows only as a gap in the report. Here every child runs as the benchmark runs it
— a fresh interpreter, the real window or pipeline, the real ``dossier scan`` — on the Amazon demo and a small
Google Takeout, and must return the figures the report reads (``tests/perf/test_bench_report.py`` checks the report).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = sorted(str(p) for p in (ROOT / "resources" / "demo" / "amazon-2018").glob("*.zip"))


@pytest.fixture()
def bench(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # the scripts import each other by plain name
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "data"))  # no case or settings of the user's
    import benchmark

    return benchmark


def _numbers(result: dict[str, Any], *keys: str) -> None:
    assert "error" not in result or result["error"] is None, result.get("error")
    for key in keys:
        assert isinstance(result.get(key), int | float) and result[key] >= 0, (key, result)


CHILDREN = [
    ("model", (DEMO,), False, ("open_s", "parse_s", "model_s", "rules_s", "peak_rss_mib")),
    ("rules_mixed", (500,), False, ("rules_s", "rules_cpu_s", "findings")),
    ("click", (DEMO, 1), True, ("read_s", "playing_s")),
    ("voice", (DEMO, 5), False, ("clips_per_s", "clips")),
    ("responsive", (DEMO,), False, ("max_stall_s", "max_stall_showing_s", "to_overview_s", "to_ready_s")),
    ("search", (DEMO, 1), False, ("rows", "key_median_ms", "key_max_ms", "filter_max_ms")),
    ("actions", (DEMO, 0.1), False, ()),
]


@pytest.mark.parametrize(("name", "args", "audio", "keys"), CHILDREN, ids=[c[0] for c in CHILDREN])
def test_each_child_returns_the_figures_the_report_reads(bench: Any, name: str, args: tuple[Any, ...],
                                                          audio: bool, keys: tuple[str, ...]) -> None:
    result = bench.run_child(name, *args, audio=audio)
    _numbers(result, *keys)
    if name == "model":
        assert result["counts"] == {"purchases": 25, "searches": 60, "recordings": 40, "devices": 2}
    if name == "search":
        assert result["shown"][0] == result["rows"] > result["shown"][-1]  # typing narrowed the table
        assert result["typing_max_ms"] == [result["key_max_ms"]]  # one typing: its worst key is the worst
    if name == "actions":  # every action measured, the declaration's findings included
        assert len(result["actions"]) == 15 and all(gap > 0 for _name, gap, _cpu, _took in result["actions"])


def test_the_timeline_child_times_each_size(bench: Any) -> None:
    result = bench.run_child("timeline", [1_000], 1)
    assert "error" not in result, result["error"]
    _numbers(result["1000"], "first_draw_s", "full_s", "zoomed_s")


def test_the_scan_timer_runs_the_real_command_with_its_workers(bench: Any) -> None:
    result = bench.timed([*_scan_command(bench), *DEMO])
    assert result["exit"] == 0
    _numbers(result, "wall_s", "cpu_s", "peak_rss_mib")


def test_the_takeout_pair_is_measured_side_by_side(bench: Any, tmp_path: Path) -> None:
    from bench_takeout import ensure_takeout, measure_takeout, takeout_rows

    archives = ensure_takeout(tmp_path, 40, 4_000)
    raw = measure_takeout(archives, 1, bench.run_child, bench.timed, _scan_command(bench), set())
    for kind in ("zip", "tgz"):
        _numbers(raw[kind]["model"][0], "model_s", "parse_s")
        assert raw[kind]["scan"][0]["exit"] == 0
        assert raw[kind]["model"][0]["counts"]["recordings"] == 40
    rows = takeout_rows(raw, lambda values: sorted(v for v in values if v is not None)[0] if values else None)
    ratios = [row for row in rows if row.get("relative_to") == ".zip"]
    assert len(ratios) == 2 and all(row["ratio"] > 0 for row in ratios)  # time to a model and full scan


def _scan_command(bench: Any) -> list[str]:
    return [bench.PY, "-c", "import sys; from gui.start.launcher import main; sys.exit(main())", "scan", "--json"]


@pytest.mark.skipif(shutil.which("7z") is None, reason="7z makes the Deflate64 archive")
def test_the_decoder_child_decodes_every_deflate64_entry_each_way(bench: Any, tmp_path: Path) -> None:
    """The Deflate64 floor rows: each decoder gets every entry ``7z t`` decodes, and all give all the bytes."""
    import zipfile

    source = tmp_path / "in"
    source.mkdir()
    with zipfile.ZipFile(DEMO[0]) as demo:
        names = [n for n in demo.namelist() if not n.endswith("/")][:12]
        for name in names:
            (source / Path(name).name).write_bytes(demo.read(name))
    packed = tmp_path / "d64.zip"
    subprocess.run(["7z", "a", "-tzip", "-mm=Deflate64", "-mx=1", str(packed), "."], cwd=source, check=True,
                   capture_output=True)
    result = bench.run_child("decoders", [str(packed)])
    assert "error" not in result, result["error"]
    assert result["entries"] == len(names) > 0
    for kind in ("worker", "bare", "inflate64"):
        assert result[kind]["complete"] is True, (kind, result)
        _numbers(result[kind], "cpu_s", "mib_per_cpu_s")
