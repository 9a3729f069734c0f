"""``dossier batch``: submit one task per export, collect the rows, keep the summary on disk as it grows, and
show the progress — done / failed / remaining, the rate and the time left. On a terminal the line is redrawn
in place; into a file or pipe one line is written at most every few seconds and at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from core.batch.inputs import BadBatchInput, ExportInput, collect_inputs
from core.batch.summary import FAILED, OK, PARQUET, SKIPPED, error_row, settled_rows, write_summary
from core.i18n import _

SAVE_EVERY = 10.0  # seconds between rewrites of the summary while the batch runs
LOG_EVERY = 5.0  # seconds between progress lines when the output is not a terminal
DEFAULT_MEMORY_LIMIT = "2GiB"


@dataclass
class BatchOptions:
    inputs: list[str]
    out: Path
    scheduler: str | None = None
    workers: int | None = None  # local cluster: worker processes (default: the cores)
    memory_limit: str = DEFAULT_MEMORY_LIMIT  # per export
    force: bool = False


def parse_memory(text: str) -> int:
    from dask.utils import parse_bytes

    try:
        value = int(parse_bytes(text))
    except (ValueError, TypeError):
        raise BadBatchInput(_('“{text}” is not a memory size (write e.g. 2GiB or 512MiB).').format(text=text)) from None
    if value < 64 << 20:
        raise BadBatchInput(_("The memory limit per export must be at least 64MiB."))
    return value


def run_batch(options: BatchOptions, stream: TextIO | None = None) -> int:
    """Screen every export; returns the exit code (0 when every export has its row, refused ones included)."""
    from core.batch.cluster import connect, require_dask

    require_dask()
    say = stream or sys.stderr
    out = options.out.absolute()
    exports = collect_inputs(options.inputs, exclude=out)
    limit = parse_memory(options.memory_limit)
    workers = max(1, options.workers or os.cpu_count() or 1)
    out.mkdir(parents=True, exist_ok=True)
    previous = {} if options.force else settled_rows(out)
    say.write(f"Screening {len(exports):,} export(s) into {out}"
              + (f"; {len(previous):,} screened before are skipped unless they changed" if previous else "")
              + ".\n")
    if options.scheduler and options.workers:
        say.write("--workers applies to a local cluster; the scheduler's cluster keeps its own workers.\n")
    with connect(options.scheduler, workers, limit) as connection:
        say.write(connection.dashboard + "\n")
        rows = _collect(connection.client, exports, out, previous, limit, ProgressLine(len(exports), say))
    frame = write_summary(out, [rows[e.path] for e in exports])
    counts = frame["status"].value_counts().to_dict()
    say.write(f"Summary: {out / PARQUET} — " + ", ".join(f"{n:,} {status}" for status, n in sorted(counts.items()))
              + ".\n")
    return 0


def _collect(client: Any, exports: list[ExportInput], out: Path, previous: dict[str, dict[str, Any]], limit: int,
             progress: ProgressLine) -> dict[str, dict[str, Any]]:
    """Run the tasks; every export gets a row, the summary is rewritten every few seconds and when stopped."""
    from distributed import as_completed

    from core.batch.cluster import failure_sentence
    from core.batch.task import screen_export

    # the ids travel to each worker once, not with every task (10,000 exports would be 640 kB a task)
    settled = client.scatter([frozenset(previous)], broadcast=True, hash=False)[0]
    futures = {client.submit(screen_export, e.path, str(out), settled, limit, pure=False): e for e in exports}
    rows: dict[str, dict[str, Any]] = {}
    saved = time.monotonic()

    def save() -> None:
        write_summary(out, [rows[e.path] for e in exports if e.path in rows])

    progress.show()
    try:
        for future in as_completed(futures, loop=client.loop):
            path = futures[future].path
            row = _result(future, path, failure_sentence)
            before = row["status"] == SKIPPED
            if before:
                row = {**previous[row["export_id"]], "path": path}
            progress.add(row["status"], before=before)
            rows[path] = row
            if time.monotonic() - saved >= SAVE_EVERY:
                save()
                saved = time.monotonic()
    except BaseException as exc:
        save()  # an interrupted batch keeps what it finished: the next run resumes from there
        client.cancel(list(futures))
        if isinstance(exc, KeyboardInterrupt):
            progress.stopped(out / PARQUET)
        raise
    progress.show(final=True)
    return rows


def _result(future: Any, path: str, failure: Callable[[BaseException], tuple[str, str]]) -> dict[str, Any]:
    try:
        row: dict[str, Any] = future.result()
    except Exception as exc:  # the task did not run to its own end (worker died, Dossier missing there)
        sentence, kind = failure(exc)
        return error_row(path, None, FAILED, sentence, kind, 0.0)
    return row


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

    def stopped(self, summary: Path) -> None:
        """The last line of a batch stopped with Ctrl+C."""
        self.stream.write(("\n" if self._tty else "")
                          + f"Stopped: {self.done:,} done, {self.failed:,} failed, {self.remaining:,} not screened. "
                          f"The rows so far are kept in {summary}; the same command goes on from there.\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds / 3600:,.1f} h"
