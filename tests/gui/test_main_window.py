"""Drive the real window the way a user does: open, look, filter, review, reopen, cancel, refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def open_and_wait(qtbot, window, paths: list[Path], timeout: int = 15000) -> None:
    window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=timeout)


def test_opening_an_export_shows_the_counts(qtbot, window, tmp_path: Path) -> None:
    export = write_export_zip(tmp_path / "Amazon.zip", recordings=40)
    open_and_wait(qtbot, window, [export])
    assert window.result is not None, window.welcome.error.text()
    assert window.stack.currentWidget() is window.pages
    assert window.pages.currentWidget() is window.overview
    assert window.shown_counts() == {"purchases": "25", "searches": "60", "recordings": "40", "devices": "2"}
    assert window.windowTitle() == "Amazon.zip — Dossier"
    assert window.explore.tables["recordings"].model.rowCount() == 40
    assert window.settings.recent_exports()[0] == [str(export)]
    assert window.overview.banner.button.isVisible()  # findings exist: "Review findings" is offered


def test_filtering_a_table(qtbot, window, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, [write_export_zip(tmp_path / "a.zip", recordings=120)])
    window.show_table("recordings")
    panel = window.explore.tables["recordings"]
    frame = window.result.export.recordings
    expected = int(frame["transcript"].fillna("").str.contains("hamburg", case=False).sum())
    assert 0 < expected < 120
    qtbot.keyClicks(panel.search, "HAMBURG")
    qtbot.waitUntil(lambda: panel.model.rowCount() == expected, timeout=2000)
    assert panel.count.text() == f"{expected} of 120 rows"
    panel.search.clear()
    panel.device.setCurrentIndex(panel.device.findData("Echo"))
    assert panel.model.rowCount() == int((frame["device_name"] == "Echo").sum())
    panel.clear_filters()
    panel.only_flagged.setChecked(True)
    assert panel.model.rowCount() == len(window._flags("recordings", window.result.findings))
    # sorting by length puts the shortest clip first
    panel.clear_filters()
    panel.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    first = panel.model.index(0, 3).data()
    shortest = round(float(frame["duration_s"].min()))
    assert first == f"{shortest // 60}:{shortest % 60:02d}"


def test_a_verdict_and_note_survive_reopening(qtbot, window, tmp_path: Path) -> None:
    export = write_export_zip(tmp_path / "Amazon.zip", recordings=30)
    open_and_wait(qtbot, window, [export])
    window.pages.setCurrentWidget(window.review)
    review = window.review
    assert review.current is not None
    first = review.current.id
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_2)  # "not mine", then the next finding is selected
    assert review.model.verdict(first) == "not-mine"
    assert review.current.id != first
    qtbot.keyClick(review.tree, Qt.Key.Key_K)  # back to the first
    assert review.current.id == first
    assert review.verdict_buttons["not-mine"].isChecked()
    qtbot.keyClicks(review.note, "Not my voice 2")  # the "2" is typed, not a verdict
    assert review.model.verdict(first) == "not-mine"
    # the verdict is the recording's: it answers every finding about that clip, in every group
    assert review.progress_label.text().startswith(f"{len(review.model.siblings(first))} of ")

    window.close_export()
    assert window.result is None
    open_and_wait(qtbot, window, [export])
    window.pages.setCurrentWidget(window.review)
    review.select(first)
    assert review.model.verdict(first) == "not-mine"
    assert review.note.toPlainText() == "Not my voice 2"
    assert review.verdict_buttons["not-mine"].isChecked()


def test_bulk_verdict_for_a_group(qtbot, window, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, [write_export_zip(tmp_path / "a.zip", recordings=25)])
    review = window.review
    ids = review.model.group_ids(review.tree.currentIndex())
    review.bulk_verdict("not-mine", confirm=False)
    verdicts = window.result.case.verdicts()
    assert all(verdicts[fid][0] == "not-mine" for fid in ids)
    loc_total = len(review.model.findings)
    answered = {sibling for fid in ids for sibling in review.model.siblings(fid)}  # in the other group too
    assert len(answered) > len(ids)
    assert review.progress_label.text() == f"{len(answered)} of {loc_total} reviewed"


@pytest.mark.full_window
def test_selecting_a_finding_selects_its_row(qtbot, window, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, [write_export_zip(tmp_path / "a.zip", recordings=50)])
    review = window.review
    review.next()
    review.next()
    panel = window.explore.tables["recordings"]
    rows = panel.view.selectionModel().selectedRows()
    assert len(rows) == 1
    position = rows[0].data(Qt.ItemDataRole.UserRole + 1)
    assert window.result.export.recordings["id"].iloc[position] == review.current.subject
    if window.timeline is not None:  # the timeline and the player are there and were told too
        assert window.overview_timeline is not None
    if window.player is not None:
        assert window.review.player_slot.count() == 1


def test_cancelling_an_import_midway(qtbot, window, tmp_path: Path) -> None:
    export = write_export_zip(tmp_path / "slow.zip", recordings=10, slow=5.0)
    window.open_paths([str(export)])
    assert window.stack.currentWidget() is window.importing
    qtbot.waitUntil(lambda: window.importing.bar.value() > 200, timeout=5000)
    assert "Reading your orders" in window.importing.status.text()
    qtbot.mouseClick(window.importing.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_task is None, timeout=3000)
    assert window.result is None
    assert window.stack.currentWidget() is window.welcome
    assert not window.welcome.has_error()
    assert not list((tmp_path / "appdata").rglob("*.lock"))


def test_opening_another_export_during_an_import_replaces_it(qtbot, window, tmp_path: Path) -> None:
    slow = write_export_zip(tmp_path / "slow.zip", recordings=10, slow=5.0)
    quick = write_export_zip(tmp_path / "quick.zip", recordings=7)
    window.open_paths([str(slow)])
    qtbot.waitUntil(lambda: window.importing.bar.value() > 100, timeout=5000)
    window.open_paths([str(quick)])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=10000)
    qtbot.wait(200)  # the superseded import's late signals must not undo anything
    assert window.result.paths == [str(quick)]
    assert window.stack.currentWidget() is window.pages
    assert window.shown_counts()["recordings"] == "7"


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_hostile_archive_shows_one_plain_sentence(qtbot, window, tmp_path: Path) -> None:
    hostile = tmp_path / "<b>refund<i>.zip"
    hostile.write_bytes(b"PK\x03\x04" + b"\x00" * 26 + b"<a href='x'>click</a>" * 20)
    _drop(window, [hostile])
    qtbot.waitUntil(lambda: window.welcome.has_error(), timeout=5000)
    text = window.welcome.error.text()
    assert window.welcome.error.textFormat() == Qt.TextFormat.PlainText
    assert "Traceback" not in text and text.endswith(".") and "\n" not in text
    from core.errors import DossierError

    assert isinstance(window.last_error, DossierError)
    assert text == str(window.last_error)
    assert window.result is None and window.stack.currentWidget() is window.welcome
    welcome = window.welcome
    assert welcome.error_details.isHidden()
    qtbot.mouseClick(welcome.details_button, Qt.MouseButton.LeftButton)
    assert not welcome.error_details.isHidden()
    assert welcome.error_details.textFormat() == Qt.TextFormat.PlainText
    assert window.last_error.category in welcome.error_details.text()


@pytest.mark.full_window
def test_the_demo_opens_with_its_findings(qtbot, window) -> None:
    window.open_demo()
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=30000)
    assert window.result is not None, window.welcome.error.text()
    counts = window.result.export.counts()
    assert window.shown_counts()["recordings"] == f"{counts['recordings']:,}"
    assert window.result.findings
    assert window.settings.recent_exports() == []  # the demo is not a "recent export"


def test_space_in_the_findings_list_plays_the_clip(qtbot, window, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, [write_export_zip(tmp_path / "a.zip", recordings=5)])
    window.pages.setCurrentWidget(window.review)
    pressed: list[bool] = []
    window.review.space_handler = lambda: pressed.append(True)
    window.review.tree.setFocus()
    qtbot.keyClick(window.review.tree, Qt.Key.Key_Space)
    assert pressed == [True]


def test_the_no_device_declaration_is_stored_and_restored(qtbot, window, tmp_path: Path) -> None:
    export = write_export_zip(tmp_path / "a.zip", recordings=6)
    open_and_wait(qtbot, window, [export])
    assert not window.overview.no_device.isChecked()
    window.overview.no_device.setChecked(True)  # re-runs the rules in the background
    assert window.result.case.declarations() == {"owner_has_no_device": True}
    assert window.tasks.wait(5000)
    window.close_export()
    open_and_wait(qtbot, window, [export])
    assert window.overview.no_device.isChecked()


def test_clicking_a_recording_row_selects_its_finding(qtbot, window, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, [write_export_zip(tmp_path / "a.zip", recordings=12)])
    window.show_table("recordings")
    panel = window.explore.tables["recordings"]
    index = panel.model.index(5, 1)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())
    position = index.data(Qt.ItemDataRole.UserRole + 1)
    rid = window.result.export.recordings["id"].iloc[position]
    assert window.review.current is not None and window.review.current.subject == rid


def test_a_background_refresh_keeps_the_note_being_typed(qtbot, window, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, [write_export_zip(tmp_path / "a.zip", recordings=6)])
    assert window.tasks.wait(5000)
    review = window.review
    current = review.current.id
    qtbot.keyClicks(review.note, "half a sent")
    cursor = review.note.textCursor().position()
    window._findings_updated(list(window.result.findings))  # as when fingerprints or a declaration change
    assert review.current.id == current
    assert review.note.toPlainText() == "half a sent"
    assert review.note.textCursor().position() == cursor
    assert window.result.case.verdicts()[current][1] == "half a sent"


@pytest.mark.full_window
def test_next_flagged_in_the_player_moves_the_findings_list(qtbot, window) -> None:
    window.open_demo()
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=30000)
    assert window.result is not None, window.welcome.error.text()
    window.pages.setCurrentWidget(window.review)
    player, review = window.player, window.review
    rec = window.result.export.recordings
    subjects = {f.subject for f in window.result.findings}
    in_time_order = rec[rec["id"].isin(subjects)].sort_values("time")["id"].tolist()
    assert len(in_time_order) >= 3
    start = review.current.subject
    assert player.recording is not None and player.recording["id"] == start  # the first finding's clip is loaded
    position = in_time_order.index(start)
    expected = in_time_order[position + 1] if position + 1 < len(in_time_order) else in_time_order[position - 1]
    step = player.next_flagged if position + 1 < len(in_time_order) else player.previous_flagged
    assert player.transport.next.isEnabled() or player.transport.previous.isEnabled()
    with qtbot.waitSignal(player.recordingShown) as shown:
        step()
    assert shown.args == [expected]
    assert review.current.subject == expected  # the findings list follows the player
    assert player.recording["id"] == expected
    table = window.explore.tables["recordings"]
    selected = table.view.selectionModel().selectedRows()
    assert selected and rec["id"].iloc[selected[0].data(Qt.ItemDataRole.UserRole + 1)] == expected
    # Shift+J / Shift+K work from the findings list as well
    review.tree.setFocus()
    here = in_time_order.index(expected)
    key, there = (Qt.Key.Key_K, here - 1) if here > 0 else (Qt.Key.Key_J, here + 1)
    qtbot.keyClick(review.tree, key, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: review.current.subject == in_time_order[there], timeout=3000)
    # a verdict given in the player is stored in the case for every finding about the clip
    clip = player.recording["id"]
    player.verdicts.chosen.emit("not-mine")
    ids = [f.id for f in window.result.findings if f.subject == clip]
    assert ids and all(window.result.case.verdicts()[fid][0] == "not-mine" for fid in ids)


def test_the_window_has_one_qt_base_and_paints_from_python(tmp_path: Path) -> None:
    """The window's parts are plain mixins: a Qt class reached by two paths (each part deriving from the window's
    base, as they once did) gave PySide a wrong pointer to the window's paint-device side, and
    ``window.devicePixelRatio()`` or ``QPainter(window)`` from Python crashed the process (the screenshot script
    did). Checked in a child process, so that a crash fails the test instead of ending the run."""
    import subprocess
    import sys

    from PySide6.QtCore import QObject

    from gui.main_window import MainWindow
    from gui.window.base import WindowBase

    assert [base for base in MainWindow.__bases__ if issubclass(base, QObject)] == [WindowBase]
    code = ("import sys; from PySide6.QtGui import QImage, QPainter; from gui.start.app import create_application;"
            "app = create_application(); from gui.start.settings import Settings; from gui.main_window import "
            "MainWindow; w = MainWindow(Settings(), embed_optional=False); w.resize(640, 480); w.show(); "
            "assert w.devicePixelRatio() >= 1; image = QImage(640, 480, QImage.Format.Format_ARGB32); "
            "w.render(image); p = QPainter(w); p.end(); print('painted')")
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "DOSSIER_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0 and "painted" in done.stdout, (done.returncode, done.stderr[-1500:])
