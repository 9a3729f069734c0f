"""The main window's menus and keyboard shortcuts (see ux.md "Keyboard")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from gui.window.base import WindowBase

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def build_menus(window: WindowBase) -> dict[str, QAction]:
    """Create the menu bar; returns the actions other code enables/disables, by key."""
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    def add(menu: QMenu, key: str, text: str, slot: object,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        actions[key] = action
        return action

    file = bar.addMenu(translate("Menus", "&File"))
    add(file, "open", translate("Menus", "&Open export…"), window.choose_files, QKeySequence.StandardKey.Open)
    add(file, "open_folder", translate("Menus", "Open &folder…"), window.choose_folder, "Ctrl+Shift+O")
    recent = file.addMenu(translate("Menus", "Open &recent"))
    actions["recent_menu"] = recent.menuAction()
    add(file, "demo", translate("Menus", "Try the &demo"), window.open_demo)
    file.addSeparator()
    add(file, "close", translate("Menus", "&Close export"), window.close_export, QKeySequence.StandardKey.Close)
    file.addSeparator()
    add(file, "quit", translate("Menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(translate("Menus", "&Edit"))
    stack = window.review.undo_stack  # verdicts, bulk verdicts, notes and "my voice" marks
    undo = stack.createUndoAction(edit, translate("Menus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(edit, translate("Menus", "&Redo"))
    redo_keys = [QKeySequence("Ctrl+Shift+Z")]
    redo.setShortcuts(redo_keys + [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                                   if k not in redo_keys])
    edit.addActions([undo, redo])
    actions["undo"], actions["redo"] = undo, redo
    edit.addSeparator()
    add(edit, "find", translate("Menus", "&Find in tables"), window.focus_search, QKeySequence.StandardKey.Find)
    edit.addSeparator()
    add(edit, "forget_profile", translate("Menus", "Forget my name and address…"), lambda: _forget_profile(window))

    view = bar.addMenu(translate("Menus", "&View"))
    pages = window.pages
    add(view, "overview", translate("Menus", "&Overview"), lambda: pages.setCurrentWidget(window.overview), "Ctrl+1")
    add(view, "review", translate("Menus", "&Review findings"), lambda: pages.setCurrentWidget(window.review), "Ctrl+2")
    add(view, "explore", translate("Menus", "&Explore"), lambda: pages.setCurrentWidget(window.explore), "Ctrl+3")
    view.addSeparator()
    _choice_menu(window, view, translate("Menus", "&Language"), "ui/language",
                 (("system", translate("Menus", "Same as the system")), ("en", "English"), ("de", "Deutsch")))
    _choice_menu(window, view, translate("Menus", "&Theme"), "ui/theme",
                 (("system", translate("Menus", "Same as the system")), ("light", translate("Menus", "Light")),
                  ("dark", translate("Menus", "Dark"))))

    review = bar.addMenu(translate("Menus", "&Review"))
    # The keys themselves are page shortcuts (so typing in the note field is never captured);
    # the menu shows them after a tab.
    for text, slot in ((translate("Menus", "Next finding") + "\tJ", window.review.next),
                       (translate("Menus", "Previous finding") + "\tK", window.review.previous),
                       (translate("Menus", "Mine") + "\t1", lambda: window.review.set_verdict("mine")),
                       (translate("Menus", "Not mine") + "\t2", lambda: window.review.set_verdict("not-mine")),
                       (translate("Menus", "Unsure") + "\t3", lambda: window.review.set_verdict("unsure"))):
        review.addAction(text).triggered.connect(slot)
    review.addSeparator()
    add(review, "draft", translate("Menus", "&Draft letter…"), window.draft_letter, "Ctrl+E")

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    add(help_menu, "welcome_help", translate("Menus", "What Dossier does"), lambda: _first_run(window))
    add(help_menu, "report", translate("Menus", "Show &import report"), window.show_import_report)
    add(help_menu, "problem", translate("Menus", "Create a &problem report…"), window.create_problem_report)
    help_menu.addSeparator()
    add(help_menu, "about", translate("Menus", "&About Dossier"), lambda: _about(window))
    return actions


def _choice_menu(window: WindowBase, parent: QMenu, title: str, key: str,
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


def _apply_choice(window: WindowBase, key: str, value: str) -> None:
    window.settings.set(key, value)
    if key == "ui/theme":
        from gui.look.theme import apply_theme

        apply_theme(value)
    else:
        from gui.dialogs import messages

        messages.inform(window, translate("Menus", "Language"),
                        translate("Menus", "Dossier will use the new language the next time it starts."))


def _forget_profile(window: WindowBase) -> None:
    """Delete the name, address and residence kept for all exports (each export's own case keeps its copy)."""
    from core.case.profile import forget_profile
    from gui.dialogs import messages

    had = forget_profile()
    messages.inform(window, translate("Menus", "Your details"),
                    translate("Menus", "Dossier no longer keeps your name, address and where you live for new "
                                       "letters. Letters you already drafted keep theirs in their export's review.")
                    if had else translate("Menus", "Dossier keeps no name, address or residence of yours."))


def _about(window: WindowBase) -> None:
    from gui.dialogs.about import AboutDialog
    from gui.look.accessibility import describe_about

    dialog = AboutDialog(window)
    describe_about(dialog)
    dialog.open()


def _first_run(window: WindowBase) -> None:
    from gui.dialogs.about import FirstRunDialog
    from gui.look.accessibility import describe_first_run

    dialog = FirstRunDialog(window)
    describe_first_run(dialog)
    dialog.open()
