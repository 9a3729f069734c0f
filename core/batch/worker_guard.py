"""What the local cluster's worker processes are told when they start (Dask worker plugins; imports Dask)."""

from __future__ import annotations

import signal
import threading
from typing import Any

from distributed import WorkerPlugin

from core.platform import netguard


class LoopbackOnly(WorkerPlugin):
    """Each worker process reaches the loopback address (its scheduler and nanny) and nothing else."""

    name = "dossier-loopback-only"

    def setup(self, worker: Any) -> None:
        netguard.install()
        netguard.allow_hosts(*netguard.LOOPBACK)


class CtrlCIsTheBatchs(WorkerPlugin):
    """A terminal's Ctrl+C reaches every process of its group. The batch's own process answers it (it saves the
    summary and closes the cluster); a worker process that took it too printed asyncio's traceback, twice."""

    name = "dossier-ctrl-c-is-the-batchs"

    def setup(self, worker: Any) -> None:
        if threading.current_thread() is threading.main_thread():  # only there can a handler be set
            signal.signal(signal.SIGINT, signal.SIG_IGN)
