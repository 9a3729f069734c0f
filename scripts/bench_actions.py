"""What a user does after opening an export, each under the window's heartbeat (``benchmark.py --child actions``).

The stall probe of the benchmark watches the window from opening an export until its pages are filled. This child
goes on from there, as a user would, in the real window with its timeline and player: each action runs in one
event-loop turn, then the window gets 1.5 s to settle, and a 10 ms timer measures the longest time the window went
without a turn (the action and what it set off included) and the window thread's own CPU in that gap (the rest is
waiting for the interpreter or the CPU). The export's clips are fingerprinted first, as a user who has looked around
for a few seconds would find them. Then "I never owned a voice device" is ticked: every recording becomes a
finding (20,001 on the benchmark export), and the review is worked through at that size.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

SETTLE_S = 1.5


def child_actions(paths: list[str], settle_s: float = SETTLE_S) -> dict[str, Any]:
    """Per action: ``[name, longest gap ms, the window thread's CPU ms in it, the call's own ms]``; ``settle_s``
    after each (shorter only for the test that checks this child still runs)."""
    from bench_children import qt_app
    from PySide6.QtCore import Qt, QTimer

    from gui.main_window import MainWindow
    from gui.start import preload

    app = qt_app()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    preload.start()
    window.open_paths(paths, remember=False)

    def turn_until(done: Callable[[], bool], limit: float) -> None:
        started = time.perf_counter()
        while not done() and time.perf_counter() - started < limit:
            app.processEvents()
            time.sleep(0.002)

    def settled() -> bool:
        return window.result is not None and window.export_ready() and not window.tasks.active() \
            and not window.letters_warming.busy()  # begins once the fingerprints are done

    turn_until(settled, 600)
    if window.result is None:
        return {"error": str(window.last_error or "the export did not open")}
    beats: list[tuple[float, float]] = []  # (gap s, window thread CPU s)
    last = [time.perf_counter(), time.thread_time()]

    def beat() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        beats.append((now - last[0], cpu - last[1]))
        last[:] = [now, cpu]

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    timer.start()
    results: list[list[Any]] = []

    def measure(name: str, action: Callable[[], object], wait: Callable[[], bool] | None = None) -> None:
        turn_until(lambda: False, 0.3)
        beats.clear()
        last[:] = [time.perf_counter(), time.thread_time()]
        started = time.perf_counter()
        action()
        took = time.perf_counter() - started
        if wait is not None:
            turn_until(wait, 120)
        turn_until(lambda: False, settle_s)
        gap, cpu = max(beats, default=(0.0, 0.0))
        results.append([name, round(gap * 1000, 1), round(cpu * 1000, 1), round(took * 1000, 1)])

    tables, review = window.explore.tables, window.review

    def show(page: Any, tab: Any = None) -> Callable[[], None]:
        def go() -> None:
            window.pages.setCurrentWidget(page)
            if tab is not None:
                window.explore.setCurrentWidget(tab)
        return go

    def first_group_verdict() -> None:
        review.tree.setCurrentIndex(review.model.index(0, 0))
        review.bulk_verdict("not-mine", confirm=False)

    def sort(panel: Any, key: str | None = None) -> Callable[[], None]:
        column = 1 if key is None else [c.key for c in panel.model.columns].index(key)
        return lambda: panel.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def sorted_(panel: Any) -> Callable[[], bool]:
        busy = getattr(panel.model, "sorting", lambda: False)  # (a revision that sorts on the GUI thread: never)
        return lambda: not busy()

    for name in ("purchases", "searches"):
        panel = tables[name]
        measure(f"first look at the {name} table ({panel.model.rowCount():,} rows)", show(window.explore, panel))
        measure(f"  sort the {name} by their second column", sort(panel), sorted_(panel))
        if name == "purchases":  # the generated texts come in row order; the amounts do not
            measure("  sort the purchases by amount", sort(panel, "amount"), sorted_(panel))
    measure("the Timeline tab", show(window.explore, window.timeline))
    measure("tick 'I never owned a voice device' (every recording a finding)",
            lambda: window.set_owner_has_no_device(True), settled)
    measure("the review page", show(window.review))
    measure("  next finding", review.next)
    measure("  a verdict (not mine)", lambda: review.set_verdict("not-mine"))
    measure("  the whole first group: not mine", first_group_verdict)
    measure("  undo it", review.undo_stack.undo)
    measure("the overview page", show(window.overview))
    measure("untick 'I never owned a voice device'", lambda: window.set_owner_has_no_device(False), settled)
    measure("close the export", window.close_export)
    timer.stop()
    return {"actions": results}


def action_rows(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows: each action's longest heartbeat gap (facts beside the goal's probe, which ends at a filled window)."""
    if not raw or raw.get("error") or not raw.get("actions"):
        return []
    rows = [{"measure": "after opening (actions, 1.5 s each): longest UI stall, the window's own CPU in it",
             "value": None, "unit": ""}]
    for name, gap, cpu, _took in raw["actions"]:
        rows.append({"measure": f"  {name} ({cpu:.0f} ms CPU)", "value": gap, "unit": "ms"})
    return rows
