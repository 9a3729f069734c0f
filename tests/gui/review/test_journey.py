"""The review without traps: verdicts belong to the recording, bulk verdicts keep the user's own, every
change can be undone (and the case follows), the keyboard works from the first moment, a bad file leaves
the open export alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from core.case.store import CaseStore
from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def open_review(qtbot, window, path: Path, recordings: int = 30):
    window.open_paths([str(write_export_zip(path, recordings=recordings))])
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=15000)
    assert window.result is not None, window.welcome.error.text()
    # the clip fingerprints and the rules after them run in the background once the window shows the export:
    # done too, so what a test counts is the review's own work
    qtbot.waitUntil(lambda: not window.tasks.active() and window.export_ready(), timeout=15000)
    window.pages.setCurrentWidget(window.review)
    return window.review


def shared_finding(review) -> str:
    """A finding whose recording is listed in two groups."""
    return next(fid for fid in review.model.order if len(review.model.siblings(fid)) == 2)


def stored(window, fid: str) -> tuple[str | None, str]:
    return window.result.case.verdicts().get(fid, (None, ""))


def test_one_verdict_answers_the_recording_in_every_group(qtbot, window, tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    fid = shared_finding(review)
    other = next(s for s in review.model.siblings(fid) if s != fid)
    assert review.model.findings[fid].rule != review.model.findings[other].rule
    review.select(fid)
    qtbot.keyClick(review.tree, Qt.Key.Key_2)
    assert review.model.verdict(other) == "not-mine" and stored(window, other)[0] == "not-mine"
    review.select(other)
    assert review.verdict_buttons["not-mine"].isChecked()


def test_a_group_verdict_keeps_the_verdicts_given_one_by_one(qtbot, window, tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    ids = review.model.group_ids(review.tree.currentIndex())
    review.set_verdict("mine", ids[3])
    review.bulk_verdict("not-mine", confirm=False)  # without asking: the user's own verdicts are skipped
    assert stored(window, ids[3])[0] == "mine"
    assert all(stored(window, fid)[0] == "not-mine" for fid in ids if fid != ids[3])
    review.bulk_verdict("unsure", confirm=False, replace=True)  # only when the user chose to replace them
    assert all(stored(window, fid)[0] == "unsure" for fid in ids)


def test_undo_and_redo_cover_verdicts_group_verdicts_and_notes(qtbot, window, tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    undo, redo = window.actions_["undo"], window.actions_["redo"]
    assert not undo.isEnabled()
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    window.activateWindow()  # the menu's shortcuts answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    first = review.current.id
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_1)
    review.select(first)
    review.note.setFocus()
    qtbot.keyClicks(review.note, "my kitchen")
    assert stored(window, first) == ("mine", "my kitchen")
    ids = review.model.group_ids(review.tree.currentIndex())
    review.bulk_verdict("unsure", confirm=False)
    assert stored(window, ids[1])[0] == "unsure"

    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the group verdict
    assert stored(window, ids[1]) == (None, "") and stored(window, first) == ("mine", "my kitchen")
    undo.trigger()  # the whole note, typed key by key, is one step
    assert stored(window, first) == ("mine", "") and review.note.toPlainText() == ""
    undo.trigger()  # the verdict, in both groups
    assert all(stored(window, fid)[0] is None for fid in review.model.siblings(first))
    assert review.progress_label.text().startswith("0 of ")
    qtbot.keyClick(review.tree, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    redo.trigger()
    assert stored(window, first) == ("mine", "my kitchen")
    # the case is the truth: a fresh read of the file shows what the window shows
    with CaseStore.peek(window.result.case.path) as case:
        assert case.verdicts()[first] == ("mine", "my kitchen")
        assert ids[1] not in case.verdicts()


def test_the_keyboard_works_from_the_first_moment_and_leaves_the_note(qtbot, window, tmp_path: Path) -> None:
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=20))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    window.activateWindow()
    window.actions_["review"].trigger()  # Ctrl+2
    review = window.review
    assert review.isAncestorOf(QApplication.focusWidget())
    first = review.current.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert review.model.verdict(first) == "unsure"
    review.note.setFocus()
    qtbot.keyClick(review.note, Qt.Key.Key_Tab)  # Tab moves on, it types no tab
    assert "\t" not in review.note.toPlainText() and not review.note.hasFocus()
    review.note.setFocus()
    qtbot.keyClick(review.note, Qt.Key.Key_Escape)
    assert review.tree.hasFocus()


def test_a_bad_file_leaves_the_open_export_untouched(qtbot, window, tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "good.zip")
    result = window.result
    review.set_verdict("mine")
    bad = tmp_path / "broken.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    window.open_paths([str(bad)])
    qtbot.waitUntil(lambda: window.import_task is None, timeout=10000)
    assert window.result is result and window.stack.currentWidget() is window.pages
    assert window.windowTitle().startswith("good.zip")
    assert not result.case.read_only and review.model.reviewed() > 0


def test_opening_the_open_export_again_keeps_it_writable(qtbot, window, tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "good.zip")
    window.open_paths(window.last_paths)
    qtbot.waitUntil(lambda: window.import_task is None and window.export_ready(), timeout=15000)
    assert not window.result.case.read_only
    review.set_verdict("mine")
    assert review.model.reviewed() > 0


def test_ctrl_e_drafts_the_letter_from_any_field(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    drafted: list[bool] = []
    monkeypatch.setattr(window, "draft_letter", lambda: drafted.append(True))
    window.actions_["draft"].triggered.disconnect()
    window.actions_["draft"].triggered.connect(window.draft_letter)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_table("recordings")
    fields = [window.explore.tables["recordings"].search, window.explore.tables["recordings"].date_from]
    for field in fields:
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    window.pages.setCurrentWidget(window.review)
    review.note.setFocus()
    qtbot.keyClick(review.note, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(drafted) == len(fields) + 1


def test_a_group_verdict_repaints_each_group_once_and_measures_only_rows_on_screen(qtbot, window,
                                                                                 tmp_path: Path) -> None:
    """At 20k findings a group verdict told the view of every row on its own (20k signals) and the verdict
    column measured 1,000 rows (~8,500 calls into the model) after each change: ~300 ms for one click."""
    review = open_review(qtbot, window, tmp_path / "a.zip", recordings=300)
    assert review.tree.header().resizeContentsPrecision() == 0
    ids = review.model.group_ids(review.tree.currentIndex())
    assert len(ids) >= 300
    changes: list[object] = []
    review.model.dataChanged.connect(lambda *_a: changes.append(_a))
    looked_up: list[str] = []
    index_of = review.model.index_of
    review.model.index_of = lambda fid: (looked_up.append(fid), index_of(fid))[1]  # type: ignore[method-assign]
    review.bulk_verdict("not-mine", confirm=False)
    assert len(looked_up) <= 2, len(looked_up)  # no row looked up one by one
    touched = {review.model._group_of[s] for fid in ids for s in review.model.siblings(fid)}
    assert 0 < len(changes) <= 2 * len(touched), len(changes)  # per group: its title and its rows, not per row
    assert all(stored(window, fid)[0] == "not-mine" for fid in ids)
    assert review.model.reviewed() == sum(1 for fid in review.model.order if review.model.verdict(fid))
    changes.clear()
    review.undo_stack.undo()
    assert 0 < len(changes) <= 2 * len(touched) and all(stored(window, fid)[0] is None for fid in ids)
    assert review.model.reviewed() == 0


@pytest.mark.full_window
def test_moving_through_findings_does_not_walk_every_finding_or_recording(qtbot, window, tmp_path: Path) -> None:
    """J/K and a verdict each scanned all findings (the player's related ones) and all recordings (the row of a
    recording id): ~10 ms of the ~50 ms a step took at 20k findings."""
    review = open_review(qtbot, window, tmp_path / "a.zip", recordings=60)

    class Counted(list):
        walks = 0

        def __iter__(self):  # type: ignore[no-untyped-def]
            Counted.walks += 1
            return super().__iter__()

    window.result.findings = Counted(window.result.findings)
    compared: list[object] = []
    recordings = window.result.export.recordings
    ids = recordings["id"]
    original_eq = type(ids).__eq__
    try:
        type(ids).__eq__ = lambda self, other: (compared.append(other), original_eq(self, other))[1]
        for _ in range(5):
            review.next()
    finally:
        type(ids).__eq__ = original_eq
    assert Counted.walks <= 1 and not compared  # the findings by recording once per list; no column scan
    shown = window.player.recording
    assert shown is not None and str(shown["id"]) == review.current.subject  # the player followed
    assert {f.subject for f in window.player.findings} == {review.current.subject}


VIEW_ASKS = ("data", "multiData")  # the view asking the model for its cells


def python_calls(action) -> int:  # type: ignore[no-untyped-def]
    """How many Python functions ``action`` called on this thread, besides the view asking the model for its
    cells (``data``: the rows on screen, guarded above)."""
    calls, asking = 0, 0

    def count(frame, event, _arg):  # type: ignore[no-untyped-def]
        nonlocal calls, asking
        view_asks = frame.f_code.co_name in VIEW_ASKS and frame.f_code.co_filename.endswith("findings_model.py")
        if event == "call":
            asking += view_asks
            calls += not asking
        elif event == "return":
            asking -= view_asks

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_a_group_verdict_and_its_undo_make_no_python_call_per_finding(qtbot, window, tmp_path: Path) -> None:
    """The whole group (20,000 findings when the user never owned a device) as "not mine": four Python calls
    per finding (its state, its siblings, the count of its group) were ~50 ms of the ~100 ms outside SQLite."""
    review = open_review(qtbot, window, tmp_path / "a.zip", recordings=300)
    ids = review.model.group_ids(review.tree.currentIndex())
    assert len(ids) >= 300
    verdict_calls = python_calls(lambda: review.bulk_verdict("not-mine", confirm=False))
    assert all(stored(window, fid)[0] == "not-mine" for fid in ids)
    undo_calls = python_calls(review.undo_stack.undo)
    assert all(stored(window, fid)[0] is None for fid in ids) and review.model.reviewed() == 0
    assert verdict_calls < len(ids) / 3 and undo_calls < len(ids) / 3, (verdict_calls, undo_calls)


def test_the_list_shows_a_findings_text_and_its_verdict_as_a_view_asks_for_them(qtbot, window, tmp_path: Path) -> None:
    """The view's delegate asks a cell for all its roles at once (``multiData``): the finding's text, and the
    verdict's word and icon in the second column."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    review = open_review(qtbot, window, tmp_path / "a.zip")
    fid = review.model.order[0]
    review.set_verdict("not-mine", fid)
    index = review.model.index_of(fid)

    def shown(cell) -> QStyleOptionViewItem:  # type: ignore[no-untyped-def]
        option = QStyleOptionViewItem()
        QStyledItemDelegate().initStyleOption(option, cell)
        return option

    text, verdict = shown(index.siblingAtColumn(0)), shown(index.siblingAtColumn(1))
    assert text.text and text.text == review.model.data(index.siblingAtColumn(0))
    assert verdict.text and verdict.text == review.model.data(index.siblingAtColumn(1))
    assert not verdict.icon.isNull()
    group = review.model.index(0, 0)  # a group row's cells come from the standard items
    assert shown(group).text == review.model.item(0, 0).text() != ""
