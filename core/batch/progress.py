"""The batch's progress on the terminal: done / failed / remaining, the rate and an ETA.

On a terminal the line is redrawn in place; into a file or pipe one line is written at most every few seconds
and at the end, so logs stay short.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from core.batch.row import OK

LOG_EVERY = 5.0  # seconds between lines when the output is not a terminal


class ProgressLine:
    def __init__(self, total: int, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self._clock = clock
        self.started = self._clock()
        self.done = self.failed = self.skipped = 0
        self._last = float("-inf")
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    @property
    def remaining(self) -> int:
        return self.total - self.done - self.failed

    def add(self, status: str, *, before: bool = False) -> None:
        """Count one finished export; ``before``: its row is from an earlier run (it does not enter the rate)."""
        if before:
            self.skipped += 1
        if status == OK:
            self.done += 1
        else:
            self.failed += 1
        self.show()

    def text(self) -> str:
        worked = self.done + self.failed - self.skipped
        minutes = max(self._clock() - self.started, 1e-9) / 60
        rate = worked / minutes
        line = f"{self.done:,} done, {self.failed:,} failed, {self.remaining:,} remaining"
        if self.skipped:
            line += f" ({self.skipped:,} screened before)"
        if worked:
            line += f" — {rate:,.1f} exports/min"
            if self.remaining:
                line += f", about {_duration(self.remaining / rate * 60)} left"
        return line

    def show(self, *, final: bool = False) -> None:
        now = self._clock()
        if self._tty:
            self.stream.write("\r\x1b[K" + self.text() + ("\n" if final else ""))
        elif final or now - self._last >= LOG_EVERY:
            self.stream.write(self.text() + "\n")
            self._last = now
        self.stream.flush()


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:,.1f} h"
