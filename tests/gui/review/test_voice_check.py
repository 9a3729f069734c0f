"""The voice check in the real window: marking clips as "my voice" runs the background pass, whose
voice-mismatch findings join the review list (and so the letter); the marks survive reopening; Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.synth.audio import tools_available
from tests.synth.two_voices import write_two_voice_export

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not tools_available(), reason="espeak-ng and sox speak the clips")]


@pytest.fixture(scope="module")
def two_voices(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[str], list[str]]:
    return write_two_voice_export(tmp_path_factory.mktemp("two-voices"))


def _open(qtbot, window, paths: list[Path]) -> dict[str, str]:
    """Open the export, wait until it is shown and fingerprinted; member path -> recording id."""
    window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=20000)
    assert window.result is not None, window.welcome.error.text()
    qtbot.waitUntil(lambda: window.voice_check.waiting_for is None, timeout=20000)
    rec = window.result.export.recordings
    return dict(zip(rec["audio_member"], rec["id"].astype(str), strict=True))


def _voice_subjects(window) -> set[str]:
    return {f.subject for f in window.review.model.findings.values() if f.rule == "voice-mismatch"}


def _mark_my_voice(qtbot, review, recording_id: str) -> None:
    fid = next(fid for fid in review.model.order if review.model.findings[fid].subject == recording_id)
    review.select(fid)
    assert review.own_voice.isEnabled() and not review.own_voice.isChecked()
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_4)
    assert review.own_voice.isChecked()


def test_marking_three_clips_as_my_voice_flags_the_other_voice(qtbot, window, two_voices) -> None:
    paths, own, other = two_voices
    ids = _open(qtbot, window, paths)
    review = window.review
    window.pages.setCurrentWidget(review)
    assert _voice_subjects(window) == set()
    for member in own[:3]:
        _mark_my_voice(qtbot, review, ids[member])
        if window.voice_check.task is not None:
            assert review.voice_bar.isVisible()  # progress and Cancel while the pass runs
    qtbot.waitUntil(lambda: window.voice_check.task is None and len(_voice_subjects(window)) == len(other),
                    timeout=30000)
    assert not review.voice_bar.isVisible()
    assert _voice_subjects(window) == {ids[m] for m in other}  # every clip of the other voice, no own clip
    assert window.result.case.own_voice() == {ids[m] for m in own[:3]}
    assert {f.rule for f in window.result.findings} >= {"voice-mismatch"}  # what "Draft letter" is given

    window.close_export()  # the marks are in the case: reopening runs the check again by itself
    _open(qtbot, window, paths)
    qtbot.waitUntil(lambda: window.voice_check.task is None and len(_voice_subjects(window)) == len(other),
                    timeout=30000)
    window.pages.setCurrentWidget(window.review)
    fid = next(fid for fid in review.model.order if review.model.findings[fid].subject == ids[own[0]])
    review.select(fid)
    assert review.own_voice.isChecked()
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_4)  # unmark one: two own clips still make a profile
    qtbot.waitUntil(lambda: window.voice_check.task is None, timeout=30000)
    assert window.result.case.own_voice() == {ids[m] for m in own[1:3]}


def test_the_voice_pass_can_be_cancelled(qtbot, window, two_voices) -> None:
    paths, own, _other = two_voices
    ids = _open(qtbot, window, paths)
    window.pages.setCurrentWidget(window.review)
    window.result.case.set_own_voice([ids[own[0]]], True)
    task = window.voice_check.start()
    assert task is not None and window.review.voice_bar.isVisible()
    window.review.voice_bar.cancel.click()
    qtbot.waitUntil(lambda: window.voice_check.task is None, timeout=30000)
    assert task.is_cancelled() and not window.review.voice_bar.isVisible()
    assert window.result.voice is None and _voice_subjects(window) == set()
    assert "cancelled" in window.statusBar().currentMessage()


def test_clips_without_a_finding_are_marked_in_the_recordings_table(qtbot, window, two_voices) -> None:
    paths, own, other = two_voices
    ids = _open(qtbot, window, paths)
    window.show_table("recordings")
    panel = window.explore.tables["recordings"]
    rec = window.result.export.recordings
    assert panel.select_labels(rec.index[rec["audio_member"].isin(own[:3])].tolist()) == 3
    menu = window.voice_check.recordings_menu(panel.view.visualRect(panel.view.currentIndex()).center())
    assert menu is not None
    mark, _unmark = menu.actions()
    mark.trigger()
    menu.close()
    assert window.result.case.own_voice() == {ids[m] for m in own[:3]}
    qtbot.waitUntil(lambda: window.voice_check.task is None and len(_voice_subjects(window)) == len(other),
                    timeout=30000)
    assert _voice_subjects(window) == {ids[m] for m in other}
    assert window.review.own_voice.marked == {ids[m] for m in own[:3]}  # the Review page's button agrees


def test_the_voice_findings_the_user_confirms_go_into_the_letter(qtbot, window, two_voices) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.letters.editor import LetterDialog

    paths, own, other = two_voices
    ids = _open(qtbot, window, paths)
    window.voice_check.mark([ids[m] for m in own[:3]], True)
    qtbot.waitUntil(lambda: window.voice_check.task is None and len(_voice_subjects(window)) == len(other),
                    timeout=30000)
    window.result.case.set_declaration("residence", "DE-SN")
    mismatch = f"voice-mismatch:{ids[other[0]]}"
    window.review.set_verdict("not-mine", mismatch)
    window.draft_letter()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog) and w.isVisible()]
    try:
        assert "voice-mismatch" in {rule["id"] for rule in dialog.context["rec"]["rules"]}
    finally:
        dialog.close()


def test_my_voice_marks_are_undone_and_redone_like_verdicts(qtbot, window, two_voices) -> None:
    """Edit ▸ Undo takes back a "my voice" mark (the button's, or the table menu's for several clips at once)
    and compares again; undo gives back exactly the marks before the step, redo the marks after it."""
    paths, own, other = two_voices
    ids = _open(qtbot, window, paths)
    review, case = window.review, window.result.case
    window.pages.setCurrentWidget(review)
    undo, redo = window.actions_["undo"], window.actions_["redo"]
    _mark_my_voice(qtbot, review, ids[own[0]])
    assert case.own_voice() == {ids[own[0]]} and undo.isEnabled()
    window.voice_check.mark([ids[m] for m in own[:3]], True)  # own[0] is marked already: not part of this step
    assert case.own_voice() == {ids[m] for m in own[:3]} and review.undo_stack.undoText() == "Mark as my voice"
    undo.trigger()
    assert case.own_voice() == {ids[own[0]]} and review.own_voice.isChecked()
    undo.trigger()
    assert case.own_voice() == set() and not review.own_voice.isChecked()
    qtbot.waitUntil(lambda: window.voice_check.task is None, timeout=30000)
    assert _voice_subjects(window) == set()  # nothing marked: the comparison's findings are gone
    redo.trigger()
    redo.trigger()
    assert case.own_voice() == {ids[m] for m in own[:3]} and review.own_voice.isChecked()
    qtbot.waitUntil(lambda: window.voice_check.task is None and len(_voice_subjects(window)) == len(other),
                    timeout=30000)
    assert _voice_subjects(window) == {ids[m] for m in other}
