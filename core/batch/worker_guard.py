"""The network guard inside the local cluster's worker processes (a Dask worker plugin; imports Dask)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

from core.platform import netguard


class LoopbackOnly(WorkerPlugin):
    """Each worker process reaches the loopback address (its scheduler and nanny) and nothing else."""

    name = "dossier-loopback-only"

    def setup(self, worker: Any) -> None:
        netguard.install()
        netguard.allow_hosts(*netguard.LOOPBACK)
