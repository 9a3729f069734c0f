"""The issue's batch: 20 generated exports (both vendors, a canary export, a zip bomb, a damaged download) on a
LocalCluster with two worker processes, then the same batch through ``--scheduler`` on a real ``dask scheduler``
with two ``dask worker`` processes on 127.0.0.1 — identical results, and strace sees the command connect to that
scheduler only; the per-export memory limit; an interrupted batch resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from tests.core.batch.exports import amazon_spec, make_batch
from tests.core.batch.helpers import ROOT, STRACE, Run, check_rows, comparable, run_batch
from tests.perf.test_flat_memory import _order_file
from tests.synth.audio import tools_available
from tests.synth.docs import write_zip
from tests.synth.layouts import gen_a

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not tools_available(), reason="espeak-ng/sox needed")]
DASK = Path(sys.executable).with_name("dask")


@pytest.fixture(scope="module")
def twenty(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Run]:
    base = tmp_path_factory.mktemp("twenty")
    expected = make_batch(base / "exports", 20)
    run = run_batch(base / "exports", "--workers", "2", out=base / "local")
    assert run.returncode == 0, run.stderr[-3000:]
    return base, expected, run


def test_twenty_exports_on_a_local_cluster_of_two_workers(twenty) -> None:
    _base, expected, run = twenty
    check_rows(run, expected)
    statuses = run.summary["status"].value_counts().to_dict()
    assert statuses == {"ok": 18, "refused": 2}
    assert set(run.summary["vendor"].dropna()) == {"amazon", "google"}
    assert "18 done, 2 failed, 0 remaining" in run.stderr


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1; yields the scheduler's address."""
    from distributed import Client

    address_file = tmp_path / "scheduler.json"
    common = {"cwd": ROOT, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                   "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(address_file)],
                                  **common)]
    try:
        for _ in range(300):
            if address_file.exists() and address_file.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(address_file.read_text())["address"]
        for _ in range(2):
            processes.append(subprocess.Popen(
                [str(DASK), "worker", address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1",
                 "--memory-limit", "3GiB", "--no-dashboard"], **common))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_the_same_batch_through_a_running_scheduler_gives_identical_results(twenty, dask_cluster: str) -> None:
    base, expected, local = twenty
    remote = run_batch(base / "exports", "--scheduler", dask_cluster, out=base / "remote", strace=True)
    assert remote.returncode == 0, remote.stderr[-3000:]
    if STRACE:  # the command talks to the scheduler it was given and to nothing else
        port = int(dask_cluster.rsplit(":", 1)[1])
        assert remote.inet() and set(remote.inet()) == {("connect", "127.0.0.1", port)}, remote.inet()
    check_rows(remote, expected)
    assert comparable(remote.summary).equals(comparable(local.summary))
    documents = sorted(p.name for p in (local.out / "exports").iterdir())
    assert documents == sorted(p.name for p in (remote.out / "exports").iterdir())
    for name in documents:
        assert (local.out / "exports" / name).read_bytes() == (remote.out / "exports" / name).read_bytes()
    assert "Dask dashboard: not available" in remote.stderr or "Dask dashboard: http" in remote.stderr


def test_an_export_over_the_memory_limit_is_a_failed_row_and_is_tried_again(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    (exports / "big").mkdir(parents=True)
    write_zip(exports / "big" / "Retail.OrderHistory.1.zip", [("Retail.OrderHistory.1.csv", _order_file(200_000))])
    (exports / "small").mkdir()
    gen_a(amazon_spec(3), exports / "small")
    out = tmp_path / "out"
    tight = run_batch(exports, "--workers", "1", "--memory-limit", "64MiB", out=out)
    assert tight.returncode == 0, tight.stderr[-3000:]
    rows = tight.rows()
    assert rows["small"]["status"] == "ok", rows["small"]
    assert rows["big"]["status"] == "failed" and rows["big"]["error_kind"] == "memory-limit"
    assert "64 MiB" in rows["big"]["error"] and rows["big"]["memory_mib"] > 64
    roomy = run_batch(exports, "--workers", "1", "--memory-limit", "2GiB", out=out)
    rows = roomy.rows()
    assert rows["big"]["status"] == "ok" and rows["big"]["purchases"] == 200_000
    assert "(1 screened before)" in roomy.stderr


def test_a_batch_stopped_with_ctrl_c_keeps_its_rows_says_so_and_the_next_run_resumes(twenty, tmp_path: Path) -> None:
    """Ctrl+C as a terminal sends it: SIGINT to the batch's whole process group, its Dask workers too (they
    printed asyncio's tracebacks, and a worker's failed heartbeat was logged as the cluster closed)."""
    base, expected, local = twenty
    out = tmp_path / "out"
    collected = tmp_path / "collected"  # touched once the batch has taken a row in (a worker's JSON on disk
    #                                      came first, and an interrupt between the two kept no row)
    code = ("import pathlib, sys, core.batch.run as run\n"
            "add = run.ProgressLine.add\n"
            "def counted(self, *args, **kwargs):\n"
            "    add(self, *args, **kwargs)\n"
            f"    pathlib.Path({str(collected)!r}).touch()\n"
            "run.ProgressLine.add = counted\n"
            "from gui.start.launcher import main\n"
            f"sys.exit(main(['batch', {str(base / 'exports')!r}, '--out', {str(out)!r}, '--workers', '2']))\n")
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    for _ in range(1200):
        if collected.exists():
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr[-2000:]
    kept = pd.read_parquet(out / "summary.parquet")
    assert 1 <= len(kept) < len(expected)
    assert "Traceback" not in stderr and " - ERROR - " not in stderr, stderr[-2000:]
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("Stopped: ") and f"{len(expected) - len(kept)} not screened" in last, last
    assert last.endswith(f"kept in {out / 'summary.parquet'}; the same command goes on from there.")
    resumed = run_batch(base / "exports", "--workers", "2", out=out)
    assert resumed.returncode == 0 and f"({len(kept)} screened before)" in resumed.stderr
    check_rows(resumed, expected)
    assert comparable(resumed.summary).equals(comparable(local.summary))


def test_an_unreachable_scheduler_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    gen_a(amazon_spec(1), tmp_path / "exports")
    run = run_batch(tmp_path / "exports", "--scheduler", "tcp://127.0.0.1:1", out=tmp_path / "out")
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == "dossier: Dossier cannot reach the Dask scheduler at tcp://127.0.0.1:1."
    assert "Traceback" not in run.stderr


def test_a_killed_batch_resumes_from_the_summary_it_saved_while_running(twenty, tmp_path: Path) -> None:
    """SIGKILL leaves no chance to save: what the next run skips is what the running batch saved (every
    SAVE_EVERY seconds; 0 here, so after each export)."""
    base, expected, local = twenty
    out = tmp_path / "out"
    code = ("import sys, core.batch.run as run; run.SAVE_EVERY = 0.0\n"
            "from gui.start.launcher import main\n"
            f"sys.exit(main(['batch', {str(base / 'exports')!r}, '--out', {str(out)!r}, '--workers', '2']))\n")
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for _ in range(1200):
            if (out / "summary.parquet").exists():
                break
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the command and its cluster's workers, at once
        process.wait(timeout=60)
    kept = pd.read_parquet(out / "summary.parquet")
    assert 1 <= len(kept) <= len(expected)  # all, if the batch outran the kill
    resumed = run_batch(base / "exports", "--workers", "2", out=out)
    assert resumed.returncode == 0 and f"({len(kept)} screened before)" in resumed.stderr
    assert comparable(resumed.summary).equals(comparable(local.summary))
