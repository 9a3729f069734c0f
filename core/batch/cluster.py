"""The Dask side of a batch: a local cluster of worker processes, or a running cluster the user names.

The only module that imports Dask. A local cluster listens on the loopback address only and has one
single-threaded worker process per core (one export at a time each), with a hard memory limit per worker.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from core.errors import DossierError
from core.i18n import N_, _
from core.platform import netguard

LOOPBACK = "127.0.0.1"
#: A worker process holds ~200 MiB before its first export (Python, pandas, Dask); its hard limit is the
#: per-export limit plus this.
WORKER_BASELINE = 768 << 20


class BatchUnavailable(DossierError):
    category = "batch-unavailable"
    default_message = N_("dossier batch needs Dask: install it with: pip install 'dossier[batch]'.")


class SchedulerUnreachable(DossierError):
    category = "scheduler-unreachable"
    default_message = N_("Dossier cannot reach the Dask scheduler.")


@dataclass
class Connection:
    client: Any  # distributed.Client
    dashboard: str  # one line for the terminal: where the dashboard is, or why there is none
    local: bool


def require_dask() -> Any:
    """The ``distributed`` module, configured for a batch; :class:`BatchUnavailable` without the extra."""
    try:
        import dask
        import distributed
    except ImportError:
        raise BatchUnavailable() from None
    dask.config.set({
        "distributed.scheduler.allowed-failures": 1,  # a worker that died twice on an export: that row fails
        "distributed.worker.memory.target": False,  # results are small rows: nothing to spill to disk
        "distributed.worker.memory.spill": False,
    })
    return distributed


def bokeh_available() -> bool:
    return importlib.util.find_spec("bokeh") is not None


def _host_of(address: str) -> str:
    """``tcp://host:8786`` -> ``host`` (IPv6 in brackets too)."""
    rest = address.split("://", 1)[-1]
    if rest.startswith("["):
        return rest[1:].split("]", 1)[0]
    return rest.rsplit(":", 1)[0] if ":" in rest else rest


@contextmanager
def connect(scheduler: str | None, workers: int, memory_limit: int) -> Iterator[Connection]:
    """A Dask client: on ``scheduler`` (``tcp://host:8786``) or on a new local cluster of ``workers`` processes."""
    distributed = require_dask()
    netguard.install()  # this process reaches the scheduler it was given, or the loopback address: nothing else
    if scheduler:
        address = scheduler if "://" in scheduler else f"tcp://{scheduler}"
        netguard.allow_hosts(_host_of(address))
        try:
            client = distributed.Client(address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise SchedulerUnreachable(_("Dossier cannot reach the Dask scheduler at {address}.").format(
                address=address),
                                       detail=str(exc)) from None
        try:
            yield Connection(client, _dashboard_line(client, local=False), local=False)
        finally:
            client.close()
        return
    netguard.allow_hosts(*netguard.LOOPBACK)
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host=LOOPBACK,
                                       dashboard_address=f"{LOOPBACK}:0", memory_limit=memory_limit + WORKER_BASELINE,
                                       silence_logs=logging.CRITICAL)  # each export's row says what failed;
    #                                      Dask's own lines (a worker's heartbeat as the cluster closes) are noise
    try:
        client = distributed.Client(cluster, set_as_default=False)
        from core.batch.worker_guard import CtrlCIsTheBatchs, LoopbackOnly

        client.register_plugin(LoopbackOnly())
        client.register_plugin(CtrlCIsTheBatchs())
        try:
            yield Connection(client, _dashboard_line(client, local=True), local=True)
        finally:
            client.close()
    finally:
        cluster.close()


def _dashboard_line(client: Any, *, local: bool) -> str:
    """Where the dashboard is. Without bokeh a scheduler serves only plain status pages (on the loopback
    address, for a local cluster), so the line says that the dashboard is missing and why."""
    has_bokeh: bool | None = bokeh_available() if local else None
    if not local:
        try:  # a lambda travels by value: the scheduler needs no Dossier for this check
            has_bokeh = bool(client.run_on_scheduler(lambda: __import__("importlib.util").util.find_spec("bokeh")
                                                     is not None))
        except Exception:  # a locked-down scheduler: say what is known
            has_bokeh = None
    services = client.scheduler_info().get("services", {})
    if has_bokeh is None and "dashboard" in services:
        return f"Dask dashboard (if the scheduler has bokeh): {client.dashboard_link}"
    if has_bokeh and "dashboard" in services:
        return f"Dask dashboard: {client.dashboard_link}"
    where = "this computer" if local else "the scheduler"
    return f"Dask dashboard: not available (bokeh is not installed on {where}; pip install bokeh to see one)."


def failure_sentence(exc: BaseException) -> tuple[str, str]:
    """One sentence and a kind for a task that Dask could not finish (the worker died, or could not run it)."""
    name = type(exc).__name__
    if name == "KilledWorker":
        return ("The worker screening this export stopped twice (most likely it ran out of memory).",
                "worker-lost")
    if isinstance(exc, ImportError):
        return ("A Dask worker could not run Dossier: install the same Dossier version on every worker.",
                "worker-setup")
    return f"Dask could not run the task for this export ({name}).", "task-error"
