"""At 1280×720 logical pixels (a 1080p laptop at 150 %): nothing the user needs is off screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui
SCREEN = QRect(0, 0, 1280, 720)
WINDOW_FRAME = 40  # a title bar and a task bar take at least this much of the 720


def visible_in(widget: QWidget, root: QWidget) -> bool:
    """``widget`` is shown and lies wholly inside ``root``'s visible area (no ancestor clips it)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(root, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    clip = QRect(0, 0, root.width(), root.height())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        clip = clip.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return clip.contains(rect)


@pytest.fixture
def opened(qtbot, window, tmp_path: Path):
    window.resize(1280, 720 - WINDOW_FRAME)
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=60))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    return window


@pytest.mark.full_window
def test_the_review_page_shows_the_player_controls_without_scrolling(qtbot, opened) -> None:
    window = opened
    window.pages.setCurrentWidget(window.review)
    QApplication.processEvents()
    transport = window.player.transport
    for control in (transport.play, transport.stop, window.review.verdict_buttons["mine"], window.review.nav_next):
        assert visible_in(control, window), control.accessibleName() or control.text()
    assert window.review.detail_scroll.verticalScrollBar().value() == 0


@pytest.mark.full_window
def test_the_letter_window_fits_with_its_save_buttons(qtbot, opened, monkeypatch) -> None:
    window = opened
    from gui.look import screen_fit

    laptop = QRect(0, 0, 1280, 720 - WINDOW_FRAME)  # 1280×720 less a task bar
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: laptop)
    window.draft_letter()
    letter = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "LetterDialog" and w.isVisible())
    QApplication.processEvents()
    assert letter.height() + screen_fit.TITLE_BAR <= laptop.height() and letter.width() <= laptop.width()
    for button in (letter.pdf_button, letter.text_button, letter.bundle_button):
        assert visible_in(button, letter), button.text()
    letter.close()


def test_a_newly_opened_export_starts_at_the_top_of_the_overview(qtbot, opened, tmp_path: Path) -> None:
    window = opened
    bar = window.overview.verticalScrollBar()
    assert bar.maximum() > 0, "the overview should need scrolling at this size for this test to mean anything"
    bar.setValue(bar.maximum())
    window.open_paths([str(write_export_zip(tmp_path / "b.zip", recordings=30))])
    qtbot.waitUntil(lambda: window.import_task is None and window.export_ready(), timeout=15000)
    assert window.pages.currentWidget() is window.overview
    assert bar.value() == 0
