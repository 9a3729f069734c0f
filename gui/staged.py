"""Work on the GUI thread cut into steps, each in its own turn of the event loop.

Showing a big export (200k-row tables, two timelines over 420k events, 20k findings) took about a second
in one call, and the window froze for that second after the import had finished in the background. Run
as steps, the overview is on screen at once and the window repaints and takes input between the steps.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Staged(QObject):
    """Runs queued steps one per event-loop turn; :meth:`cancel` drops the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], object]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def run(self, steps: list[Callable[[], object]]) -> None:
        """Replace any pending steps with ``steps`` and start them (the first in the next turn)."""
        self._steps = deque(steps)
        self._timer.start()

    def busy(self) -> bool:
        return bool(self._steps)

    def cancel(self) -> None:
        self._steps.clear()
        self._timer.stop()

    def _next(self) -> None:
        if not self._steps:
            return
        step = self._steps.popleft()
        try:
            step()
        finally:
            if self._steps:
                self._timer.start()
