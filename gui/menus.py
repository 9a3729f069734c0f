"""The main window's menus and keyboard shortcuts (see ux.md "Keyboard")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions other code enables/disables, by key."""
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    def add(menu: QMenu, key: str, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        actions[key] = action
        return action

    file = bar.addMenu(_tr("&File"))
    add(file, "open", _tr("&Open export…"), window.choose_files, QKeySequence.StandardKey.Open)
    add(file, "open_folder", _tr("Open &folder…"), window.choose_folder, "Ctrl+Shift+O")
    recent = file.addMenu(_tr("Open &recent"))
    actions["recent_menu"] = recent.menuAction()
    add(file, "demo", _tr("Try the &demo"), window.open_demo)
    file.addSeparator()
    add(file, "close", _tr("&Close export"), window.close_export, QKeySequence.StandardKey.Close)
    file.addSeparator()
    add(file, "quit", _tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(_tr("&Edit"))
    add(edit, "find", _tr("&Find in tables"), window.focus_search, QKeySequence.StandardKey.Find)

    view = bar.addMenu(_tr("&View"))
    add(view, "overview", _tr("&Overview"), lambda: window.pages.setCurrentWidget(window.overview), "Ctrl+1")
    add(view, "review", _tr("&Review findings"), lambda: window.pages.setCurrentWidget(window.review), "Ctrl+2")
    add(view, "explore", _tr("&Explore"), lambda: window.pages.setCurrentWidget(window.explore), "Ctrl+3")
    view.addSeparator()
    _choice_menu(window, view, _tr("&Language"), "ui/language",
                 (("system", _tr("Same as the system")), ("en", "English"), ("de", "Deutsch")))
    _choice_menu(window, view, _tr("&Theme"), "ui/theme",
                 (("system", _tr("Same as the system")), ("light", _tr("Light")), ("dark", _tr("Dark"))))

    review = bar.addMenu(_tr("&Review"))
    # The keys themselves are page shortcuts (so typing in the note field is never captured);
    # the menu shows them after a tab.
    for text, slot in ((_tr("Next finding") + "\tJ", window.review.next),
                       (_tr("Previous finding") + "\tK", window.review.previous),
                       (_tr("Mine") + "\t1", lambda: window.review.set_verdict("mine")),
                       (_tr("Not mine") + "\t2", lambda: window.review.set_verdict("not-mine")),
                       (_tr("Unsure") + "\t3", lambda: window.review.set_verdict("unsure"))):
        review.addAction(text).triggered.connect(slot)
    review.addSeparator()
    add(review, "draft", _tr("&Draft letter…"), window.draft_letter, "Ctrl+E")

    help_menu = bar.addMenu(_tr("&Help"))
    add(help_menu, "welcome_help", _tr("What Dossier does"), lambda: _first_run(window))
    add(help_menu, "report", _tr("Show &import report"), window.show_import_report)
    add(help_menu, "problem", _tr("Create a &problem report…"), window.create_problem_report)
    help_menu.addSeparator()
    add(help_menu, "about", _tr("&About Dossier"), lambda: _about(window))
    return actions


def _choice_menu(window: MainWindow, parent: QMenu, title: str, key: str,
                 choices: tuple[tuple[str, str], ...]) -> None:
    menu = parent.addMenu(title)
    group = QActionGroup(menu)
    current = window.settings.get(key)
    for value, text in choices:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(value == current)
        group.addAction(action)
        action.triggered.connect(lambda _c=False, v=value: _apply_choice(window, key, v))


def _apply_choice(window: MainWindow, key: str, value: str) -> None:
    window.settings.set(key, value)
    if key == "ui/theme":
        from gui.theme import apply_theme

        apply_theme(value)
    else:
        from gui import messages

        messages.inform(window, _tr("Language"), _tr("Dossier will use the new language the next time it starts."))


def _about(window: MainWindow) -> None:
    from gui.about import AboutDialog

    AboutDialog(window).open()


def _first_run(window: MainWindow) -> None:
    from gui.about import FirstRunDialog

    FirstRunDialog(window).open()
