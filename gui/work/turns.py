"""One event-loop turn per piece of work, shared by everything in the window that works in turns.

The window fills its pages in steps (:class:`gui.work.staged.Staged`) while the timeline draws its first frame
in turns (:class:`gui.look.plot_base.PlotWidget`). Each used to ask for its next turn with a 0 ms timer of its
own, and Qt runs every timer that is due in one pass: a step and a drawing turn (20-40 ms each) ran back to
back, and the window went 50-65 ms without a turn for input. Here they wait in one queue and one job runs per
pass, so whatever else is due (input, a repaint, another timer) runs between two jobs.

What a job leaves behind (a layout, a repaint: 10-20 ms) runs first in the next pass, and the next job, due since
the last ended, followed it there, ahead of timers that fell due meanwhile (50-70 ms without a turn). So a job
whose turn comes when the loop has worked since the last one ended goes to the end of the queue of due timers
first (``BUSY_S``).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer

Job = Callable[[], object]
BUSY_S = 0.008  # the loop worked this long since the last job ended: the next job waits for the next pass


class Turns(QObject):
    """A queue of jobs run one per event-loop pass, in the order they were asked for."""

    def __init__(self) -> None:
        super().__init__()
        self._queue: deque[tuple[QObject, Job]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)
        self._last_end, self._held = 0.0, False

    def ask(self, owner: QObject, job: Job) -> None:
        """Run ``job`` in a coming pass: once, however often it is asked for before then; skipped if ``owner``
        is deleted meanwhile."""
        if not self.pending(job):
            self._queue.append((owner, job))
        if not self._timer.isActive():
            self._timer.start(0)

    def withdraw(self, job: Job) -> None:
        """Forget ``job`` if it has not run yet."""
        self._queue = deque(entry for entry in self._queue if entry[1] != job)

    def pending(self, job: Job) -> bool:
        return any(queued == job for _owner, queued in self._queue)

    def _run_one(self) -> None:
        if time.perf_counter() - self._last_end > BUSY_S and not self._held:
            self._held = True  # started now, the timer is due after every timer that fell due meanwhile
            self._timer.start(0)
            return
        self._held = False
        while self._queue:
            owner, job = self._queue.popleft()
            if shiboken6.isValid(owner):
                break
        else:
            return
        try:
            job()
        finally:
            self._last_end = time.perf_counter()
            if self._queue and not self._timer.isActive():
                self._timer.start(0)


_shared: Turns | None = None


def turns() -> Turns:
    """The window's one queue of turns (made on first use, on the GUI thread)."""
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = Turns()
    return _shared
