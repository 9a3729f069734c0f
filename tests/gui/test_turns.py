"""The window's shared turns (``gui.work.turns``): one job per event-loop pass, whoever asked for it.

Counted, not timed: which jobs ran between two beats of a timer that is due during each job.
"""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QObject, QTimer

from gui.timeline.view import TimelineView
from gui.work.staged import Staged
from gui.work.turns import turns
from tests.gui.timeline.test_timeline import drawn_view

pytestmark = pytest.mark.gui


def _with_beat(qtbot, events: list[str], start, until) -> None:
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: events.append("beat"))
    beat.start()
    start()
    qtbot.waitUntil(until, timeout=5000)
    beat.stop()


def _back_to_back(events: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in itertools.pairwise(events) if "beat" not in (a, b)]


def test_two_runners_steps_never_share_a_pass(qtbot) -> None:
    """Two runners each with steps longer than the beat's interval: with a 0 ms timer each, Qt ran a step of
    each in one pass (both due at once) and the window went two steps without a turn; shared, one per pass."""
    events: list[str] = []

    def step(name: str):
        def run() -> None:
            time.sleep(0.015)  # the work first, as a real step does; the next turn is asked for at its end
            events.append(name)
        return run

    first, second = Staged(), Staged()
    _with_beat(qtbot, events, lambda: (first.run([step(f"a{i}") for i in range(4)]),
                                       second.run([step(f"b{i}") for i in range(4)])),
               lambda: not first.busy() and not second.busy())
    assert [e for e in events if e != "beat"] == ["a0", "b0", "a1", "b1", "a2", "b2", "a3", "b3"]  # taking turns
    assert not _back_to_back(events), events


def test_a_first_draw_and_a_showing_step_never_share_a_pass(qtbot, monkeypatch) -> None:
    """The timeline's first draw (the background, the lane labels, the events) and the window's
    showing steps each run in a pass of their own: together they held the window 50-65 ms."""
    events: list[str] = []
    render = TimelineView._render_scheduled

    def drawing_turn(self) -> None:
        time.sleep(0.015)
        render(self)
        events.append("draw")

    monkeypatch.setattr(TimelineView, "_render_scheduled", drawing_turn)
    view = drawn_view(qtbot)
    events.clear()

    def step() -> None:
        time.sleep(0.015)
        events.append("step")

    staged = Staged()

    def start() -> None:
        view.invalidate_background()
        view.redraw()
        staged.run([step] * 4)

    _with_beat(qtbot, events, start, lambda: not staged.busy() and events.count("draw") >= 3)
    assert events.count("draw") >= 3  # background, lane labels, events
    assert not _back_to_back(events), events


def test_the_lane_labels_get_a_turn_of_their_own_and_the_legend_is_not_matplotlibs(qtbot, monkeypatch) -> None:
    """The legend is painted by Qt (a matplotlib legend cost 13-28 ms on each draw of the background), and the
    lane labels are drawn into the background in a turn of their own."""
    view = drawn_view(qtbot)
    drawn: list[list[object]] = []
    draw_artist = view.figure.draw_artist
    render = TimelineView._render_scheduled

    def turn(self) -> None:
        drawn.append([])
        render(self)

    monkeypatch.setattr(view.figure, "draw_artist", lambda artist: (drawn[-1].append(artist), draw_artist(artist)))
    monkeypatch.setattr(TimelineView, "_render_scheduled", turn)
    view.invalidate_background()
    view.redraw()
    qtbot.waitUntil(lambda: view._background is not None and not view._frame_pending and len(drawn) >= 3,
                    timeout=3000)
    assert not view.figure.legends and view.legend.words()
    labels = set(view.lane_texts)
    assert labels and [set(arts) for arts in drawn if set(arts) & labels] == [labels]  # one turn, nothing else


def test_a_deleted_owners_job_is_skipped_and_a_withdrawn_one_never_runs(qtbot) -> None:
    calls: list[str] = []
    gone, kept = QObject(), QObject()
    turns().ask(gone, lambda: calls.append("gone"))
    withdrawn = lambda: calls.append("withdrawn")  # noqa: E731
    turns().ask(kept, withdrawn)
    turns().ask(kept, lambda: calls.append("kept"))
    turns().ask(kept, withdrawn)  # asked twice before it runs: once (here not at all)
    turns().withdraw(withdrawn)
    import shiboken6
    shiboken6.delete(gone)
    qtbot.waitUntil(lambda: calls == ["kept"], timeout=2000)
    qtbot.wait(30)
    assert calls == ["kept"]


def test_work_the_loop_did_after_a_job_does_not_share_a_pass_with_the_next(qtbot) -> None:
    """A job leaves work behind (a layout, a repaint: posted, so done first in the next pass); the next job, due
    since the first ended, used to follow it in that pass, ahead of a timer that fell due meanwhile — a repaint
    and a drawing turn held the window 50-70 ms. Now that job waits a turn when the loop worked since the last."""
    from PySide6.QtCore import QCoreApplication, QEvent

    events: list[str] = []
    other = QTimer()
    other.setSingleShot(True)
    other.setInterval(0)
    other.timeout.connect(lambda: events.append("other"))

    class Repaint(QObject):
        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                time.sleep(0.02)  # the repaint
                other.start()  # falls due while it runs: after the next job's turn did
                events.append("repaint")
                return True
            return super().event(event)

    window = Repaint()

    def first() -> None:
        events.append("first")
        QCoreApplication.postEvent(window, QEvent(QEvent.Type.User))

    owner = QObject()
    turns().ask(owner, first)
    turns().ask(owner, lambda: events.append("second"))
    qtbot.waitUntil(lambda: "second" in events and "other" in events, timeout=3000)
    assert events == ["first", "repaint", "other", "second"]


def test_staged_steps_say_when_the_last_one_ran_and_not_when_cancelled(qtbot) -> None:
    from concurrent.futures import Future

    staged = Staged()
    idle: list[str] = []
    staged.idle.connect(lambda: idle.append("idle"))
    waited: Future[None] = Future()
    ran: list[int] = []
    staged.run([lambda: ran.append(1), lambda: waited, lambda: ran.append(3)])
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    qtbot.wait(30)
    assert idle == [] and staged.busy()  # waiting for the background step
    waited.set_result(None)
    qtbot.waitUntil(lambda: idle == ["idle"], timeout=2000)
    assert ran == [1, 3] and not staged.busy()
    staged.run([lambda: waited])  # a future that is already done: idle once the step ran
    qtbot.waitUntil(lambda: idle == ["idle", "idle"], timeout=2000)
    staged.run([lambda: ran.append(4), lambda: ran.append(5)])
    staged.cancel()
    qtbot.wait(50)
    assert idle == ["idle", "idle"] and ran == [1, 3]
