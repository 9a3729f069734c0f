"""A process's own peak memory (``core.platform.peak_memory``), as the benchmark and a batch worker's row report it."""

from __future__ import annotations

import multiprocessing
import sys

import pytest

from core.platform.peak_memory import peak_rss_mib

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux's")


def _child_peak(queue: multiprocessing.Queue) -> None:
    from core.batch.task import _worker_peak_mib

    queue.put(_worker_peak_mib())


def test_a_process_started_by_a_bigger_one_reports_its_own_peak_not_its_parents() -> None:
    """``ru_maxrss`` survives fork and exec: a batch worker started by a 400 MiB process read 414 MiB."""
    ballast = bytearray(300 << 20)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touched: resident
    parent = peak_rss_mib()
    assert parent is not None and parent > 300
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_child_peak, args=(queue,))
    child.start()
    reported = queue.get(timeout=60)
    child.join(60)
    del ballast
    assert reported is not None and 10 < reported < parent - 200
