"""gui.work.tasks: results, failures and cancellation come back on the GUI thread; the dialog waits 500 ms."""

from __future__ import annotations

import threading
import time

import pytest

from core.errors import ExportDamaged, ImportCancelled
from gui.work.tasks import DelayedProgressDialog, TaskRunner

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, object]] = []
    main = threading.get_ident()

    def work(progress, cancelled):
        progress(0.5, "half")
        return threading.get_ident()

    task = runner.start("t", work, on_success=lambda r: seen.append(("ok", r)))
    task.progressed.connect(lambda f, m: seen.append(("progress", (f, m, threading.get_ident() == main))))
    with qtbot.waitSignal(task.done, timeout=3000):
        pass
    assert ("progress", (0.5, "half", True)) in seen
    worker_thread = next(v for k, v in seen if k == "ok")
    assert worker_thread != main
    assert runner.wait(1000)


def test_a_failure_is_delivered_not_raised(qtbot) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def work(progress, cancelled):
        raise ExportDamaged()

    task = runner.start("t", work, on_failure=failures.append)
    with qtbot.waitSignal(task.done, timeout=3000):
        pass
    assert isinstance(failures[0], ExportDamaged)
    runner.wait(1000)


def test_cancel_stops_the_work(qtbot) -> None:
    runner = TaskRunner()
    cancelled: list[bool] = []

    def work(progress, is_cancelled):
        for _ in range(500):
            if is_cancelled():
                raise ImportCancelled()
            time.sleep(0.01)
        return "finished"

    task = runner.start("t", work, on_success=lambda r: cancelled.append(False),
                        on_cancel=lambda: cancelled.append(True))
    task.cancel()
    with qtbot.waitSignal(task.done, timeout=3000):
        pass
    assert cancelled == [True]
    runner.wait(1000)


def test_quick_work_never_shows_the_progress_dialog_slow_work_does(qtbot) -> None:
    runner = TaskRunner()
    quick = runner.start("quick", lambda p, c: 1)
    quick_dialog = DelayedProgressDialog(quick, "Quick", delay_ms=500)
    shown = []
    with qtbot.waitSignal(quick.done, timeout=3000):
        pass
    shown.append(quick_dialog.dialog.isVisible())
    assert shown == [False]

    stop = threading.Event()

    def slow(progress, cancelled):
        while not cancelled() and not stop.is_set():
            progress(0.3, "Working…")
            time.sleep(0.02)
        raise ImportCancelled()

    task = runner.start("slow", slow)
    dialog = DelayedProgressDialog(task, "Slow", delay_ms=100)
    qtbot.waitUntil(lambda: dialog.dialog.isVisible(), timeout=3000)
    assert dialog.dialog.labelText() == "Working…"
    from PySide6.QtWidgets import QPushButton

    dialog.dialog.findChild(QPushButton).click()  # the Cancel button asks the work to stop
    with qtbot.waitSignal(task.done, timeout=3000):
        pass
    stop.set()
    runner.wait(1000)
