"""``dossier batch`` end to end on a real Dask LocalCluster with two worker processes (the fast batch: six
exports of both vendors, the canary export, a zip bomb and a damaged download), watched by strace."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.batch.exports import make_batch
from tests.core.batch.helpers import ROOT, STRACE, Run, check_rows, comparable, run_batch
from tests.reliability.privacy_session import CANARIES, files_containing
from tests.synth.audio import tools_available

pytestmark = pytest.mark.skipif(not tools_available(), reason="espeak-ng/sox needed for the clips")
LOOPBACK = {"127.0.0.1", "::1"}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Run]:
    base = tmp_path_factory.mktemp("batch")
    expected = make_batch(base / "exports", 6)
    run = run_batch(base / "exports", "--workers", "2", out=base / "out", strace=True)
    assert run.returncode == 0, run.stderr[-3000:]
    return base, expected, run


def test_every_export_has_its_row_and_refused_ones_their_sentence(batch) -> None:
    _base, expected, run = batch
    check_rows(run, expected)
    assert {"ok", "refused"} == set(run.summary["status"])
    assert "Summary:" in run.stderr and "4 ok, 2 refused" in run.stderr
    assert "0 remaining" in run.stderr and "exports/min" in run.stderr
    assert "Dask dashboard:" in run.stderr and "Traceback" not in run.stderr


def test_the_export_json_is_what_dossier_scan_prints(batch) -> None:
    base, _expected, run = batch
    row = run.rows()["canary"]
    canary = str(base / "exports" / "canary")
    scan = subprocess.run([sys.executable, "-m", "gui.start.launcher", "scan", "--json", canary],
                          capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    assert json.loads(scan.stdout) == json.loads((run.out / "exports" / f"{row['export_id']}.json").read_text())


def test_no_third_party_content_in_the_summary(batch) -> None:
    _base, _expected, run = batch
    found = files_containing(run.out)
    assert found and all(path.startswith("exports/") for path in found)  # the scan JSON holds them (control)
    assert "summary.csv" not in found and "summary.parquet" not in found
    text = run.summary.drop(columns=["path"]).to_csv()
    assert not [c for c in CANARIES if c.lower() in text.lower()]


@pytest.mark.skipif(STRACE is None, reason="strace not installed")
def test_the_batch_connects_only_to_its_loopback_cluster(batch) -> None:
    _base, _expected, run = batch
    seen = run.inet()
    assert seen, "strace saw no Internet socket: the control failed (the cluster talks over TCP on loopback)"
    assert all(address in LOOPBACK and port != 53 for _call, address, port in seen), seen


def test_a_rerun_skips_what_is_done_and_force_redoes_it(batch) -> None:
    base, expected, first = batch
    out = base / "rerun"
    shutil.copytree(first.out, out)
    documents = {p.name: p.stat().st_mtime_ns for p in (out / "exports").iterdir()}
    listing = base / "exports.txt"  # the same exports named in a list this time
    listing.write_text("".join(f"exports/{name}\n" for name in sorted(expected)), encoding="utf-8")
    again = run_batch(listing, "--workers", "2", out=out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "4 done, 2 failed, 0 remaining (6 screened before)" in again.stderr
    assert comparable(again.summary).equals(comparable(first.summary))
    assert {p.name: p.stat().st_mtime_ns for p in (out / "exports").iterdir()} == documents
    forced = run_batch(base / "exports", "--workers", "2", "--force", out=out)
    assert forced.returncode == 0 and "screened before" not in forced.stderr
    assert comparable(forced.summary).equals(comparable(first.summary))
    assert all(p.stat().st_mtime_ns != documents[p.name] for p in (out / "exports").iterdir())
    check_rows(forced, expected)


def test_the_local_workers_reach_nothing_but_the_loopback_address() -> None:
    """The network guard runs in every worker process: 127.0.0.2 (loopback, but not the cluster's) is refused
    before any packet, 127.0.0.1 is let through (nothing listens on port 9 there: an OS error)."""
    code = ("from core.batch.cluster import connect\n"
            "from tests.core.batch.helpers import try_connect\n"
            "with connect(None, 1, 256 << 20) as c:\n"
            "    print(c.client.submit(try_connect, '127.0.0.2', 9).result(),"
            " c.client.submit(try_connect, '127.0.0.1', 9).result())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["NetworkRefused", "oserror"]
