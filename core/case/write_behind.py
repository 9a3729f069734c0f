"""Big review changes written behind the window, in order, and waited for by everything after them.

Marking a whole group of 20,000 findings (or undoing it) is one SQLite transaction of ~50-110 ms on this
project's benchmark machine, and the window could not take input meanwhile. Such a change goes to one writer
thread instead. Nothing can overtake it: every later read or write of the case waits until the writer is idle
(:meth:`WriteBehind.wait`, called before the case's mutex is taken), and closing the case waits for it too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


class WriteBehind:
    """One writer thread for one case: jobs run in the order they were handed over."""

    def __init__(self) -> None:
        self._pool: ThreadPoolExecutor | None = None
        self._count = 0
        self._count_lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._writer: int | None = None  # the writer thread's ident, once it has run a job

    def submit(self, job: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``job(*args)`` on the writer thread after the jobs handed over before it."""
        with self._count_lock:
            self._count += 1
            self._idle.clear()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-case-writer")
        return self._pool.submit(self._run, job, args)

    def wait(self) -> None:
        """Return once every job handed over so far has run (at once on the writer thread itself)."""
        if threading.get_ident() != self._writer:
            self._idle.wait()

    def busy(self) -> bool:
        return not self._idle.is_set()

    def close(self) -> None:
        """Wait for the jobs, then end the writer thread."""
        self.wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _run(self, job: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        self._writer = threading.get_ident()
        try:
            return job(*args)
        finally:
            with self._count_lock:
                self._count -= 1
                if not self._count:
                    self._idle.set()
