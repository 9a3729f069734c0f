"""Work on the GUI thread cut into steps, each in its own turn of the event loop.

Showing a big export (200k-row tables, two timelines over 420k events, 20k findings) took about a second
in one call, and the window froze for that second after the import had finished in the background. Run
as steps, the overview is on screen at once and the window repaints and takes input between the steps.
A step may hand work to another thread (:func:`in_background`) and return its future: the next step
then runs once that work is done, and the event loop turns freely meanwhile. A step may also return a
list of steps: they run next, before the rest (a part that only knows its steps once the ones before ran).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.work.turns import turns

_pool: ThreadPoolExecutor | None = None


def in_background(function: Callable[..., Any], *args: Any) -> Future[Any]:
    """Run ``function(*args)`` on the showing thread (pure computation: numpy, pandas; never widgets)."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-showing")
    return _pool.submit(function, *args)


def run_now(steps: list[Callable[[], object]]) -> None:
    """``steps`` at once, as :class:`Staged` runs them over turns: a list a step returns runs next, a future
    it returns is waited for."""
    queue = deque(steps)
    while queue:
        outcome = queue.popleft()()
        if isinstance(outcome, list):
            queue.extendleft(reversed(outcome))
        elif isinstance(outcome, Future):
            outcome.result()


class Staged(QObject):
    """Runs queued steps one per event-loop turn (the window's shared :func:`~gui.work.turns.turns`);
    :meth:`cancel` drops the rest."""

    _resume = Signal(int)  # emitted from the thread that finished a step's work
    idle = Signal()  # the last step ran (not after cancel)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], object]] = deque()
        self._run = 0  # which run() a finished background step belongs to
        self._waiting = False
        self._resume.connect(self._on_resume)

    def run(self, steps: list[Callable[[], object]]) -> None:
        """Replace any pending steps with ``steps`` and start them (the first in the next turn)."""
        self._steps = deque(steps)
        self._run += 1
        self._waiting = False
        turns().ask(self, self._next)

    def busy(self) -> bool:
        return bool(self._steps) or self._waiting

    def cancel(self) -> None:
        self._steps.clear()
        self._run += 1
        self._waiting = False
        turns().withdraw(self._next)

    def _next(self) -> None:
        if not self._steps:
            return
        step = self._steps.popleft()
        outcome: object = None
        try:
            outcome = step()
        finally:
            if isinstance(outcome, list):
                self._steps.extendleft(reversed(outcome))
            if isinstance(outcome, Future) and not outcome.done():
                self._waiting = True
                run = self._run
                outcome.add_done_callback(lambda _done: self._resume.emit(run))
            elif self._steps:
                turns().ask(self, self._next)
            else:
                self.idle.emit()

    def _on_resume(self, run: int) -> None:
        if run == self._run and self._waiting:
            self._waiting = False
            if self._steps:
                turns().ask(self, self._next)
            else:
                self.idle.emit()
