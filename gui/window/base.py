"""What the window's parts share: the attributes :class:`gui.main_window.MainWindow` sets up, declared for them.

The parts (:mod:`gui.window.opening`, :mod:`gui.window.showing`, :mod:`gui.window.selection`) are mixins of
the main window; this base gives them, the menus (:mod:`gui.window.menus`) and the type checker the window's
attributes and the methods one part calls in another. It holds no behaviour of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget

from core.errors import DossierError
from core.rules.finding import Finding

if TYPE_CHECKING:
    from gui.explore.page import ExplorePage
    from gui.letters.followup_wiring import FollowUpWiring
    from gui.pages.import_panel import ImportPanel
    from gui.pages.overview import OverviewPage
    from gui.pages.welcome import WelcomePage
    from gui.review.page import ReviewPage
    from gui.review.voice import VoiceCheck
    from gui.start.settings import Settings
    from gui.work.importer import ImportResult
    from gui.work.staged import Staged
    from gui.work.tasks import Task, TaskRunner


class WindowBase(QMainWindow):
    """The main window's state, as its parts see it (set in ``MainWindow.__init__``)."""

    settings: Settings
    tasks: TaskRunner
    showing: Staged  # an export (or its new findings) being put on screen, step by step
    letters_warming: Staged  # the letter window's modules, loaded once an export is shown
    _showing_export: bool
    _findings_pending: bool
    result: ImportResult | None
    _label_parts_of: tuple[ImportResult, dict[str, tuple[str, bool]]] | None  # id -> (transcript, dated by archive)
    _refs_of: tuple[Any, dict[str, int]] | None  # (recordings table, recording id -> its row label)
    _about_of: tuple[list[Finding], dict[str, list[Finding]]] | None  # (findings, subject -> its findings)
    import_task: Task | None
    _remember: bool
    last_error: DossierError | BaseException | None
    last_paths: list[str]
    welcome: WelcomePage
    importing: ImportPanel
    overview: OverviewPage
    review: ReviewPage
    explore: ExplorePage
    pages: QTabWidget
    stack: QStackedWidget
    actions_: dict[str, QAction]
    voice_check: VoiceCheck
    _embed_pending: bool  # the timeline and the player: built with the first export shown
    timeline: Any
    overview_timeline: Any
    player: Any
    today: Callable[[], date]
    followup: FollowUpWiring

    # ---- what one part calls in another (defined there; these only declare them) -----------------
    def _show_result(self, result: ImportResult) -> None:
        raise NotImplementedError

    def _findings_updated(self, findings: list[Finding]) -> None:
        raise NotImplementedError

    def _start_hashes(self, result: ImportResult) -> Task:
        raise NotImplementedError

    def _embed_steps(self) -> list[Any]:
        raise NotImplementedError

    def _feed_player(self, findings: list[Finding]) -> None:
        raise NotImplementedError

    def _background_failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _on_timeline_event(self, kind: str, ref: int) -> None:
        raise NotImplementedError

    def _refresh_recent(self) -> None:
        raise NotImplementedError

    def _set_export_actions(self, enabled: bool) -> None:
        raise NotImplementedError

    def _recording_refs(self) -> dict[str, int]:
        raise NotImplementedError

    # ---- what the menus call (defined in the parts and in MainWindow) --------------------------------
    def choose_files(self) -> None:
        raise NotImplementedError

    def choose_folder(self) -> None:
        raise NotImplementedError

    def open_demo(self) -> None:
        raise NotImplementedError

    def close_export(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        raise NotImplementedError

    def draft_letter(self) -> None:
        raise NotImplementedError

    def show_import_report(self) -> None:
        raise NotImplementedError

    def create_problem_report(self) -> None:
        raise NotImplementedError


# The parts derive from WindowBase for the type checker only. At run time they are plain mixins and MainWindow
# names WindowBase once: with two Qt classes among a class's direct bases PySide 6.11 hands over a wrong pointer
# for its QPaintDevice side, and window.devicePixelRatio() or QPainter(window) from Python segfaults
# (tests/gui/test_qt_class_lines.py).
if TYPE_CHECKING:
    WindowPart = WindowBase
else:
    WindowPart = object
