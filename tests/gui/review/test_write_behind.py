"""A group verdict is written behind the window (``core.case.write_behind``): the window shows it at once, nothing
written after it can overtake it, closing waits for it, and a failed write shows the case's own state again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import gui.review.verdicts as verdicts
from core.case.store import CaseNotSaved, CaseStore
from tests.gui.review.test_journey import open_review, stored

pytestmark = pytest.mark.gui

@pytest.fixture
def behind(monkeypatch):
    """Every change of 5 findings or more is written behind; the writer waits for ``gate`` before writing."""
    monkeypatch.setattr(verdicts, "WRITE_BEHIND", 5)
    gate = threading.Event()
    restore = CaseStore.restore_verdicts

    def gated(self, states):  # type: ignore[no-untyped-def]
        if threading.current_thread().name.startswith("dossier-case-writer"):
            assert gate.wait(10)
        restore(self, states)

    monkeypatch.setattr(CaseStore, "restore_verdicts", gated)
    return gate

def test_the_window_shows_a_group_verdict_before_it_is_written_and_nothing_overtakes_it(qtbot, window, behind,
                                                                                         tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    ids = review.model.group_ids(review.tree.currentIndex())
    case = window.result.case
    review.bulk_verdict("not-mine", confirm=False)
    assert all(review.model.verdict(fid) == "not-mine" for fid in ids)  # shown while the writer still waits
    assert case._behind.busy()
    threading.Timer(0.2, behind.set).start()
    review.set_verdict("mine", ids[0])  # written after the group: waits for it, so it is not overwritten
    assert stored(window, ids[0])[0] == "mine"
    assert all(stored(window, fid)[0] == "not-mine" for fid in ids[1:] if fid not in review.model.siblings(ids[0]))

def test_closing_the_export_waits_for_a_group_verdict_being_written(qtbot, window, behind, tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    ids = review.model.group_ids(review.tree.currentIndex())
    case = window.result.case
    review.bulk_verdict("unsure", confirm=False)
    threading.Timer(0.2, behind.set).start()
    window.close_export()
    again = CaseStore.open(case.export_id, case.path.parent)
    try:
        assert all(again.verdicts()[fid][0] == "unsure" for fid in ids)
    finally:
        again.close()

def test_a_failed_write_shows_what_the_case_holds_and_says_so(qtbot, window, behind, monkeypatch,
                                                              tmp_path: Path) -> None:
    review = open_review(qtbot, window, tmp_path / "a.zip")
    ids = review.model.group_ids(review.tree.currentIndex())
    review.set_verdict("mine", ids[2])  # one by one: written at once, and kept
    kept = set(review.model.siblings(ids[2]))
    told: list[str] = []
    monkeypatch.setattr(verdicts.messages, "warn", lambda _parent, _title, text: told.append(text))

    def full_disk(self, states):  # type: ignore[no-untyped-def]
        raise CaseNotSaved(detail="sqlite: database or disk is full")

    monkeypatch.setattr(CaseStore, "restore_verdicts", full_disk)
    review.bulk_verdict("not-mine", confirm=False, replace=True)
    assert review.model.verdict(ids[0]) == "not-mine"
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == [str(CaseNotSaved())]

    assert [review.model.verdict(fid) for fid in ids] == [("mine" if fid in kept else None) for fid in ids]
    assert review.undo_stack.count() == 0
    assert stored(window, ids[0])[0] is None and stored(window, ids[2])[0] == "mine"
