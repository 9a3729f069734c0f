"""The one way the GUI runs background work.

Core functions take ``progress(fraction, message)`` and ``cancelled()``; :class:`TaskRunner` runs
them on a single-worker ``QThreadPool`` (so nothing touching the loaded export races another job)
and delivers progress, the result, or the exception back on the GUI thread as signals. A
:class:`DelayedProgressDialog` appears only when a task runs longer than ~500 ms, so quick work
never flashes a window; its Cancel button asks the task to stop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import ImportCancelled

log = logging.getLogger("dossier.tasks")

Work = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]
SHOW_PROGRESS_AFTER_MS = 500
PROGRESS_INTERVAL_S = 0.05


class Task(QObject):
    """A piece of background work and its outcome.

    Signals:
        progressed(float, str): fraction 0..1 and a plain-words message, on the GUI thread.
        succeeded(object): the work's return value.
        failed(object): the exception the work raised (never :class:`ImportCancelled`).
        was_cancelled(): the work stopped because :meth:`cancel` was called.
        done(): after any of the three outcomes.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    done = Signal()

    def __init__(self, name: str, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._work = work
        self._cancel = threading.Event()
        self.finished = False

    def __repr__(self) -> str:
        state = "finished" if self.finished else ("cancelling" if self._cancel.is_set() else "running")
        return f"<Task {self.name} {state}>"

    def cancel(self) -> None:
        """Ask the work to stop at its next ``cancelled()`` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:  # on the worker thread
        last = [0.0]

        def progress(fraction: float, message: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL_S or fraction >= 1.0:  # never flood the GUI thread
                last[0] = now
                self._progress.emit(float(fraction), str(message))

        try:
            result = self._work(progress, self._cancel.is_set)
        except ImportCancelled:
            outcome: tuple[str, Any] = ("cancelled", None)
        except BaseException as exc:
            outcome = ("cancelled", None) if self._cancel.is_set() else ("failed", exc)
        else:
            outcome = ("cancelled", None) if self._cancel.is_set() else ("succeeded", result)
        self._deliver.emit(outcome)

    _deliver = Signal(object)
    _progress = Signal(float, str)

    def _finish(self, outcome: tuple[str, Any]) -> None:  # on the GUI thread
        kind, value = outcome
        self.finished = True
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.was_cancelled.emit()
        self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task._run()


class TaskRunner(QObject):
    """Runs :class:`Task` objects one after another on a private single-thread pool."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._active: list[Task] = []

    def __repr__(self) -> str:
        return f"<TaskRunner {len(self._active)} active>"

    def start(self, name: str, work: Work, *, on_success: Callable[[Any], None] | None = None,
              on_failure: Callable[[BaseException], None] | None = None,
              on_cancel: Callable[[], None] | None = None) -> Task:
        """Queue ``work(progress, cancelled)``; callbacks run on the GUI thread."""
        task = Task(name, work, self)
        task._deliver.connect(task._finish, Qt.ConnectionType.QueuedConnection)
        task._progress.connect(task.progressed, Qt.ConnectionType.QueuedConnection)
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        if on_cancel is not None:
            task.was_cancelled.connect(on_cancel)
        task.done.connect(self._forget_sender)
        self._active.append(task)
        self._pool.start(_Runnable(task))
        log.debug("started %s", name)
        return task

    def _forget_sender(self) -> None:
        task = self.sender()
        if isinstance(task, Task) and task in self._active:
            self._active.remove(task)
            task.setParent(None)  # Python owns it now; freed with its last reference (no cycles)

    def active(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self) -> None:
        for task in self._active:
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (shutdown and tests); ``False`` on timeout."""
        return bool(self._pool.waitForDone(msecs))


class DelayedProgressDialog(QObject):
    """A modal-less progress dialog for ``task`` that appears only after ~500 ms."""

    def __init__(self, task: Task, title: str, parent: QWidget | None = None,
                 delay_ms: int = SHOW_PROGRESS_AFTER_MS) -> None:
        super().__init__(parent)
        self._task = task
        self._dialog = QProgressDialog(parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setRange(0, 1000)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.setMinimumDuration(0)
        self._dialog.setWindowModality(Qt.WindowModality.NonModal)
        self._dialog.canceled.connect(task.cancel)
        self._dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(delay_ms)
        task.progressed.connect(self._on_progress)
        task.done.connect(self._close)

    @property
    def dialog(self) -> QProgressDialog:
        return self._dialog

    def _show(self) -> None:
        if not self._task.finished:
            self._dialog.show()

    def _on_progress(self, fraction: float, message: str) -> None:
        self._dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self._dialog.setLabelText(message)

    def _close(self) -> None:
        self._timer.stop()
        self._dialog.hide()
        self._dialog.deleteLater()
        self.deleteLater()
