"""Every control on every page and dialog has an accessible name and description (what a screen reader says)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.accessibility_walk import controls, unnamed
from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def test_the_walk_finds_an_unnamed_control(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLineEdit(root))
    named = QPushButton("Open", root)
    named.setToolTip("Opens an export")
    layout.addWidget(named)
    root.show()
    assert len(controls(root)) == 2
    assert len(unnamed(root)) == 1 and "QLineEdit" in unnamed(root)[0]


@pytest.mark.full_window
def test_every_page_and_dialog_names_its_controls(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from gui.window import menus

    problems: dict[str, list[str]] = {"welcome": unnamed(window.welcome)}
    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=30))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    for page in (window.overview, window.review):
        window.pages.setCurrentWidget(page)
        problems[type(page).__name__] = unnamed(window)
    window.pages.setCurrentWidget(window.explore)
    for index in range(window.explore.count()):
        window.explore.setCurrentIndex(index)
        problems[f"explore {index}"] = unnamed(window)
    for name in ("_about", "_first_run"):
        getattr(menus, name)(window)
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        problems[type(dialog).__name__] = unnamed(dialog)
        dialog.close()
    window.draft_letter()
    letter = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "LetterDialog" and w.isVisible())
    problems["letter"] = unnamed(letter)
    letter.close()
    window.show_import_report()
    report = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ImportReportDialog"
                  and w.isVisible())
    problems["import report"] = unnamed(report)
    report.close()
    window.create_problem_report()
    report = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ProblemReportDialog"
                  and w.isVisible())
    problems["problem report"] = unnamed(report)
    report.close()
    problems = {where: missing for where, missing in problems.items() if missing}
    assert not problems, "\n".join(f"{where}: {m}" for where, ms in problems.items() for m in ms)


def test_every_control_of_the_welcome_page_shows_its_focus(qtbot, window) -> None:
    """The keyboard user sees where they are: tabbing onto a control changes how it looks."""
    from PySide6.QtWidgets import QApplication

    window.settings.add_recent_export(["/nowhere/Amazon.zip"])
    window._refresh_recent()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    focusable = [w for w in controls(window.welcome) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert {window.welcome.open_button, window.welcome.demo_button} <= set(focusable)
    unfocused = {w: w.grab().toImage() for w in focusable}
    window.welcome.open_button.setFocus()
    seen = []
    for _ in range(2 * len(focusable) + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget in unfocused and widget not in seen:
            seen.append(widget)
            assert widget.grab().toImage() != unfocused[widget], type(widget).__name__
    assert set(seen) == set(focusable)


@pytest.mark.full_window
def test_every_control_of_the_pages_shows_its_focus(qtbot, window, tmp_path: Path) -> None:
    """Tabbing through the overview, the review and a table: each control the focus lands on looks
    different from how it looked unfocused."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=30))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    unseen, visited = [], 0
    for page, setup in ((window.overview, None), (window.review, None),
                        (window.explore, lambda: window.show_table("recordings"))):
        window.pages.setCurrentWidget(page)
        if setup:
            setup()
        QApplication.processEvents()
        reachable = [w for w in controls(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                     and not isinstance(w, QAbstractItemView)]  # a list shows its focus on its current row
        window.pages.tabBar().setFocus()
        unfocused = {w: w.grab().toImage() for w in reachable}
        seen = set()
        for _ in range(3 * len(reachable) + 5):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget in unfocused and widget not in seen:
                seen.add(widget)
                visited += 1
                if widget.grab().toImage() == unfocused[widget]:
                    unseen.append(f"{type(widget).__name__} {widget.accessibleName()}")
    assert visited > 10
    assert not unseen, unseen
