"""The window shows a big export in steps (``gui.work.staged``) and leaves hidden timelines for later.

Counted, not timed: how many event-loop turns the showing takes and what a hidden timeline has built.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from gui.work.staged import Staged, in_background
from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def test_steps_run_one_per_event_loop_turn_and_can_be_cancelled(qtbot) -> None:
    staged = Staged()
    calls: list[int] = []
    staged.run([lambda i=i: calls.append(i) for i in range(3)])
    assert calls == [] and staged.busy()  # nothing runs inside run()
    qtbot.waitUntil(lambda: calls == [0, 1, 2], timeout=2000)
    assert not staged.busy()
    staged.run([lambda: calls.append(9), lambda: calls.append(10)])
    staged.cancel()
    qtbot.wait(50)
    assert calls == [0, 1, 2] and not staged.busy()


def test_a_step_can_wait_for_background_work_or_hand_back_more_steps(qtbot) -> None:
    staged = Staged()
    calls: list[str] = []
    release = threading.Event()
    staged.run([lambda: in_background(release.wait), lambda: calls.append("after the work"),
                lambda: [lambda: calls.append("handed back")], lambda: calls.append("last")])
    qtbot.wait(50)
    assert calls == [] and staged.busy()  # the event loop turns while the work runs elsewhere
    release.set()
    qtbot.waitUntil(lambda: calls == ["after the work", "handed back", "last"], timeout=2000)
    assert not staged.busy()


@pytest.mark.full_window
def test_the_overview_comes_first_and_a_hidden_timeline_waits_until_shown(qtbot, window, tmp_path: Path) -> None:
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])
    qtbot.waitUntil(lambda: window.result is not None, timeout=15000)
    assert window.stack.currentWidget() is window.pages and window.pages.currentWidget() is window.overview
    assert window.showing.busy()  # the overview is up; tables, player, timelines and findings follow
    qtbot.waitUntil(window.export_ready, timeout=15000)
    assert window.explore.tables["recordings"].model.rowCount() == 40
    assert window.overview_timeline.lanes  # on screen: drawn
    explore = window.timeline
    assert not explore.isVisible() and not explore.lanes and explore._pending is not None
    window.review.next()  # selecting a finding asks every timeline to show its clip
    subject = window.review.current.subject
    assert not explore.lanes  # still hidden: remembered, not built
    window.pages.setCurrentWidget(window.explore)
    window.explore.setCurrentWidget(explore)
    assert not explore.lanes and explore._building.busy()  # switching tabs returns; the figure follows in steps
    # the clip fingerprints may finish meanwhile: their findings rebuild it in the window's steps, which then
    # select the event (the view's own build, cancelled by them, no longer says when it is done)
    qtbot.waitUntil(lambda: bool(explore.lanes) and not explore._building.busy() and not window.showing.busy(),
                    timeout=5000)
    assert explore.selected is not None and explore.selected[0] == "recording"
    rid = window.result.export.recordings["id"].iloc[explore.selected[1]]
    assert rid == subject


@pytest.mark.full_window
def test_once_the_export_is_shown_the_letter_window_is_prepared_off_the_gui_thread(qtbot, window, tmp_path: Path,
                                                                                   monkeypatch) -> None:
    """Its modules and templates took ~70 ms of the click that opened the first letter."""
    import core.letters.render
    from gui.work.staged import in_background

    in_background(lambda: None).result(timeout=60)  # one thread, in order: an earlier test's warming has ended
    threads: list[str] = []
    busy: list[list[str]] = []  # the window's background tasks when the warming began
    warm = core.letters.render.warm_templates
    monkeypatch.setattr(core.letters.render, "warm_templates",
                        lambda: (threads.append(threading.current_thread().name), warm())[1])
    begin = window.letters_warming.run
    monkeypatch.setattr(window.letters_warming, "run", lambda steps: (busy.append(
        [t.name for t in window.tasks.active()] + (["showing"] if window.showing.busy() else [])), begin(steps))[1])
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=10))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    qtbot.waitUntil(lambda: bool(threads), timeout=20000)  # slow under a loaded machine
    assert threads[0] != threading.main_thread().name
    assert busy == [[]]  # after the clip fingerprints and the showing of their findings, not beside them


@pytest.mark.full_window
def test_the_letter_window_modules_wait_for_the_core_ones(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """A widget module imported on the window's thread while the showing thread still loaded the letters' core
    modules waited for them and loaded some itself: ~160 ms of one turn on the benchmark export."""
    import time

    from gui.window import showing

    events: list[str] = []
    warm = showing._warm_letters

    def slow_warm() -> None:
        time.sleep(0.3)  # the core modules load slowly: the widget modules must still come after them
        warm()
        events.append("core loaded")

    class Importing:
        @staticmethod
        def import_module(name: str) -> object:
            if name.startswith("gui."):
                events.append(name)
            return __import__(name, fromlist=["_"])

    monkeypatch.setattr(showing, "_warm_letters", slow_warm)
    monkeypatch.setattr(showing, "importlib", Importing)
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=10))])
    qtbot.waitUntil(lambda: len(events) == 1 + len(showing.LETTER_WIDGET_MODULES), timeout=15000)
    assert events == ["core loaded", *showing.LETTER_WIDGET_MODULES]


def test_the_letters_are_warmed_without_importing_qt_off_the_gui_thread(monkeypatch) -> None:
    """Importing the letter window's widget module on the showing thread crashed the process now and then: PySide6
    makes its classes on first use, and the window was running Qt code at the same time."""
    import sys

    from gui.window import showing

    for name in [m for m in sys.modules if m.startswith("gui.letters")]:
        monkeypatch.delitem(sys.modules, name)
    worker = threading.Thread(target=showing._warm_letters)
    worker.start()
    worker.join()
    assert not [m for m in sys.modules if m.startswith("gui.letters")]


def _run(step: Any) -> None:
    """A step and the steps it hands back (a timeline's figure is built over several)."""
    for more in step() or []:
        _run(more)


@pytest.mark.full_window
def test_widgets_cut_short_by_a_close_are_built_by_the_next_export(window) -> None:
    steps = window._embed_steps()
    _run(steps[0])  # the explore timeline; then the export was closed, the rest dropped
    first = window.timeline
    assert first is not None and window.player is None
    again = window._embed_steps()  # the next export: what is missing, nothing twice
    for step in again:
        _run(step)
    assert window.timeline is first and window.overview_timeline is not None and window.player is not None
    assert window._embed_steps() == []


@pytest.mark.full_window
def test_the_players_media_backend_starts_in_a_turn_before_its_panel(window, monkeypatch) -> None:
    """Qt Multimedia's first start (~18 ms) and the panel's first build shared one turn of up to 45 ms."""
    from gui.player import service as player_service

    made: list[object] = []
    real = player_service.PlayerService.__init__

    def counted(self: object, *args: object) -> None:
        real(self, *args)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(player_service.PlayerService, "__init__", counted)
    *_timelines, media, player = window._embed_steps()
    media()
    assert len(made) == 1 and window.player is None
    player()
    assert window.player is not None and window.player.service is made[0] and len(made) == 1


@pytest.mark.full_window
def test_a_timeline_built_in_steps_draws_nothing_until_its_figure_is_whole(qtbot, window, tmp_path: Path,
                                                                           monkeypatch) -> None:
    """The tab being shown resizes the canvas and asks for a frame: drawn then, the half-built figure's new axes
    (every tick made on a first draw) held the window 40-70 ms between the steps, and the drawing was wasted."""
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    explore = window.timeline
    draws: list[bool] = []  # per full draw of the figure: was it still being built?
    draw = explore.canvas.draw
    monkeypatch.setattr(explore.canvas, "draw", lambda: (draws.append(explore._building.busy()), draw())[1])
    window.pages.setCurrentWidget(window.explore)
    window.explore.setCurrentWidget(explore)
    qtbot.waitUntil(lambda: bool(explore.lanes) and not explore._building.busy(), timeout=5000)
    qtbot.waitUntil(lambda: explore._background is not None, timeout=5000)  # then the whole figure is drawn
    assert draws and not any(draws), draws
    assert explore.ax.figure is explore.figure and explore.lane_texts  # the figure drawn is the built one


@pytest.mark.full_window
def test_the_findings_list_is_laid_out_off_the_gui_thread(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """Grouping and ordering 20k findings (~50-100 ms of plain Python) held the window in one step; the lookup of
    the recordings' transcripts for the list's labels was made when the list was first painted (the review page's
    first showing: 53-76 -> 49-65 ms at 20k findings)."""
    import gui.review.page

    threads: list[str] = []
    layout = gui.review.page.findings_layout
    monkeypatch.setattr(gui.review.page, "findings_layout",
                        lambda *a: (threads.append(threading.current_thread().name), layout(*a))[1])
    built: list[str] = []  # the threads that made the list's label lookup (~10 ms at 20k recordings)
    label_parts = window._label_parts

    def spy() -> dict[str, tuple[str, bool]]:
        if window._label_parts_of is None or window._label_parts_of[0] is not window.result:
            built.append(threading.current_thread().name)
        return label_parts()

    window._label_parts = spy
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    assert threads and threading.main_thread().name not in threads
    qtbot.waitUntil(lambda: bool(built), timeout=5000)
    assert threading.main_thread().name not in built, built
    assert window.review.model.order and window.review.current is not None  # shown and the first one selected


def test_the_recordings_with_a_clip_and_their_row_lookup_are_made_off_the_gui_thread(qtbot, window, tmp_path: Path,
                                                                                    monkeypatch) -> None:
    """Which recordings have a clip (the own-voice marks) and the recordings' id -> row lookup (the first
    selection's) were made on the window's thread in one step: at 80,000 recordings ~40 and ~20 ms of plain
    Python, a 67-74 ms gap while the findings list was shown."""
    import gui.window.showing

    made: list[str] = []
    with_clips = gui.window.showing.recordings_with_clips
    monkeypatch.setattr(gui.window.showing, "recordings_with_clips",
                        lambda rec: (made.append(threading.current_thread().name), with_clips(rec))[1])
    built: list[str] = []
    refs = window._recording_refs

    def spy() -> dict[str, int]:
        if window._refs_of is None or window._refs_of[0] is not window.result.export.recordings:
            built.append(threading.current_thread().name)
        return refs()

    window._recording_refs = spy
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    assert made and threading.main_thread().name not in made, made
    assert built and threading.main_thread().name not in built, built
    rec = window.result.export.recordings
    clips = {str(i) for i, m in zip(rec["id"], rec["audio_member"], strict=True) if isinstance(m, str) and m}
    assert clips and window.review.own_voice.with_audio == clips
    first = str(rec["id"].iloc[0])
    assert window._recording_ref(first) == int(rec.index[0])
    import pandas as pd

    export = window.result.export
    export.recordings = pd.concat([rec, rec.iloc[[0]].set_axis([len(rec) + 1000])])  # the first id again, last
    try:
        assert window._recording_ref(first) == int(rec.index[0])  # the table's first row of that id
    finally:
        export.recordings = rec


@pytest.mark.full_window
def test_new_findings_are_not_frozen_out_of_the_collector(qtbot, window, tmp_path: Path) -> None:
    """Objects frozen while alive and dropped later in a cycle are never collected: freezing after each rules
    run kept ~3,000 objects of every run alive. The shown export's tables are frozen once; findings are not."""
    import gc

    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])

    def settled() -> bool:
        return window.export_ready() and not window.tasks.active() and not any(
            panel.indexing.busy() for panel in window.explore.tables.values())

    qtbot.waitUntil(settled, timeout=15000)
    frozen = gc.get_freeze_count()
    for owner_has_no_device in (True, False, True, False):
        window.set_owner_has_no_device(owner_has_no_device)
        qtbot.waitUntil(settled, timeout=15000)
    assert gc.get_freeze_count() <= frozen


@pytest.mark.full_window
def test_a_hidden_timeline_shows_the_chosen_clip_when_it_is_shown(qtbot, window, tmp_path: Path) -> None:
    """Each finding chosen in the review moved the overview's timeline too, hidden behind the review page (~4 ms
    of every step at 20k findings); it now remembers the clip and shows it when its page comes up."""
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    overview = window.overview_timeline
    assert overview is not None and overview.lanes  # built while its page was on screen
    window.pages.setCurrentWidget(window.review)
    before = overview.selected
    for _ in range(3):
        window.review.next()
    subject = window.review.current.subject
    assert not overview.isVisible() and overview.selected == before and overview._pending_event is not None
    window.pages.setCurrentWidget(window.overview)
    assert overview.selected is not None and overview.selected[0] == "recording"
    assert window.result.export.recordings["id"].loc[overview.selected[1]] == subject


@pytest.mark.full_window
def test_new_findings_read_the_case_verdicts_off_the_gui_thread(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """Each new set of findings (a declaration ticked) read every verdict of the case on the window's thread
    to lay out the list: 20,000 rows after a group verdict, ~15 ms."""
    from core.case.store import CaseStore

    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=40))])

    def settled() -> bool:
        return window.export_ready() and not window.tasks.active()

    qtbot.waitUntil(settled, timeout=15000)
    threads: list[str] = []
    verdicts = CaseStore.verdicts
    monkeypatch.setattr(CaseStore, "verdicts",
                        lambda self: (threads.append(threading.current_thread().name), verdicts(self))[1])
    window.set_owner_has_no_device(True)
    qtbot.waitUntil(lambda: settled() and len(window.review.model.order) >= 40, timeout=15000)
    assert threads and threading.main_thread().name not in threads, threads
