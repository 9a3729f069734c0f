"""The main window: composes the pages, menus, drag-and-drop, recent exports and the window's parts.

Pages: welcome → import progress → the export (Overview · Review · Explore). Feature code lives in
its own module (tables, findings, overview, welcome, import panel); the window's own behaviour in its parts
(``gui/window/``: opening an export, showing it, selection across the pages); this module wires them.
The timeline (matplotlib) and the clip player (Qt Multimedia) are built when the first export is
shown, not at start-up, so the welcome window appears without loading them (gui/start/preload.py loads
the modules in the background meanwhile).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMenu, QStackedWidget, QTabWidget, QWidget

from core.errors import DossierError
from core.rules.finding import Finding
from gui.explore.page import ExplorePage
from gui.letters.followup_wiring import FollowUpWiring
from gui.look.icons import icon
from gui.pages.import_panel import ImportPanel
from gui.pages.overview import OverviewPage
from gui.pages.welcome import WelcomePage
from gui.review.page import ReviewPage
from gui.review.voice import VoiceCheck
from gui.start.settings import Settings
from gui.window.base import WindowBase
from gui.window.embedding import Embedding
from gui.window.menus import build_menus
from gui.window.opening import Opening
from gui.window.selection import Selection
from gui.window.showing import Showing
from gui.work.importer import ImportResult, rules_work
from gui.work.staged import Staged
from gui.work.tasks import Task, TaskRunner

log = logging.getLogger("dossier.window")


class MainWindow(Opening, Showing, Embedding, Selection, WindowBase):
    """Attributes: ``result`` (the open :class:`ImportResult` or ``None``), ``tasks`` (the runner)."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 embed_optional: bool = True) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.tasks = TaskRunner(self)
        self.showing = Staged(self)  # an export (or its new findings) being put on screen, step by step
        self.letters_warming = Staged(self)  # the letter window's modules, loaded while the user looks around
        self._showing_export = False
        self._findings_pending = False
        self.result: ImportResult | None = None
        self._label_parts_of: tuple[ImportResult, dict[str, tuple[str, bool]]] | None = None  # see _label_parts
        self._refs_of: tuple[Any, dict[str, int]] | None = None  # per recordings table: id -> row label
        self._about_of: tuple[list[Finding], dict[str, list[Finding]]] | None = None  # per findings: by subject
        self.import_task: Task | None = None
        self._remember = True
        self.last_error: DossierError | BaseException | None = None
        self.last_paths: list[str] = []
        self.setWindowTitle("Dossier")
        self.setWindowIcon(icon("dossier"))
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 640)

        self.welcome = WelcomePage(self)
        self.importing = ImportPanel(self)
        self.overview = OverviewPage(self)
        self.review = ReviewPage(self)
        self.explore = ExplorePage(self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.overview, self.tr("Overview"))
        self.pages.addTab(self.review, self.tr("Review"))
        self.pages.addTab(self.explore, self.tr("Explore"))
        self.stack = QStackedWidget(self)
        for page in (self.welcome, self.importing, self.pages):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.error = self.welcome.error

        self.privacy = QLabel(self.tr("Offline — nothing leaves this computer"), self)
        self.privacy.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.privacy)
        self.actions_: dict[str, QAction] = build_menus(self)

        self.welcome.openRequested.connect(self.choose_files)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentRequested.connect(self.open_paths)
        self.importing.cancelRequested.connect(self.cancel_import)
        self.overview.reviewRequested.connect(lambda: self.pages.setCurrentWidget(self.review))
        self.overview.reviewGroup.connect(self.review_group)
        self.overview.showTable.connect(self.show_table)
        self.overview.reportRequested.connect(self.show_import_report)
        self.overview.ownerHasNoDeviceChanged.connect(self.set_owner_has_no_device)
        self.review.findingSelected.connect(self._on_finding_selected)
        self.voice_check = VoiceCheck(self.tasks, self.review.own_voice, self.review.voice_bar,
                                      self.explore.tables["recordings"].view, lambda: self.result,
                                      self._findings_updated, self._background_failed,
                                      lambda text: self.statusBar().showMessage(text, 8000),
                                      undo=self.review.undo_stack)
        self.explore.rowActivated.connect(self._on_row_activated)
        self.explore.tables["recordings"].playRequested.connect(self.play_recording)

        self._embed_pending = embed_optional  # the timeline and the player: built with the first export shown
        self.timeline: Any = None
        self.overview_timeline: Any = None
        self.player: Any = None
        self.today: Callable[[], date] = date.today  # the follow-through's clock (a test lets a month pass)
        self.followup = FollowUpWiring(self)
        self._refresh_recent()
        self._set_export_actions(False)
        self.stack.setCurrentWidget(self.welcome)
        QTimer.singleShot(0, self, self.followup.show_welcome)  # after the first paint: it reads every saved case
        self._restore_geometry()

    def __repr__(self) -> str:
        return f"<MainWindow {'export open' if self.result else 'no export'}>"








































    # ---- declarations and actions --------------------------------------------------------------
    def set_owner_has_no_device(self, value: bool) -> None:
        if self.result is None or self.result.case.read_only:
            return
        self.result.case.set_declaration("owner_has_no_device", bool(value))
        self.tasks.start("rules", rules_work(self.result), on_success=self._findings_updated,
                         on_failure=self._background_failed)

    def draft_letter(self) -> None:
        if self.result is None:
            return
        from gui.letters.editor import open_letter_flow
        from gui.letters.residence import ask_residence
        from gui.look.accessibility import describe_letter_dialog
        from gui.look.screen_fit import fit_on_screen

        if not ask_residence(self, self.result.export, self.result.case):
            return
        dialog = open_letter_flow(self, self.result.export, self.result.findings, self.result.case)
        dialog.finished.connect(lambda _code: self.followup.show_export())  # a saved letter joins the case
        describe_letter_dialog(dialog)
        fit_on_screen(dialog)  # its Save buttons stay on screen at 1280×720

    def show_import_report(self) -> None:
        if self.result is None:
            return
        from gui.dialogs.report_dialog import ImportReportDialog
        from gui.look.accessibility import describe_import_report

        dialog = ImportReportDialog(self.result.export.report, self)
        describe_import_report(dialog)
        dialog.open()

    def create_problem_report(self) -> None:
        from gui.dialogs.problem_report import ProblemReportDialog
        from gui.look.accessibility import describe_problem_report

        dialog = ProblemReportDialog(self.last_paths, self.result, self.last_error, self)
        describe_problem_report(dialog)
        dialog.open()

    # ---- recent files, geometry, drag and drop -------------------------------------------------
    def _refresh_recent(self) -> None:
        entries = self.settings.recent_exports()
        self.welcome.set_recent(entries)
        menu = cast(QMenu, self.actions_["recent_menu"].menu())
        menu.clear()
        for paths in entries:
            action = menu.addAction(", ".join(Path(p).name for p in paths).replace("&", "&&"))  # no mnemonics
            action.triggered.connect(lambda _c=False, p=paths: self.open_paths(p))
        if entries:
            menu.addSeparator()
            menu.addAction(self.tr("Clear recent exports"), self._clear_recent)
        menu.setEnabled(bool(entries))

    def _clear_recent(self) -> None:
        self.settings.clear_recent_exports()
        self._refresh_recent()

    def _set_export_actions(self, enabled: bool) -> None:
        for key in ("close", "find", "draft", "report", "overview", "review", "explore"):
            self.actions_[key].setEnabled(enabled)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.get("window/state")
        if state and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get("window/review_splitter")
        if splitter and not splitter.isEmpty():
            self.review.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/review_splitter", self.review.splitter.saveState())
        self.settings.sync()
        if self.import_task is not None:
            self.import_task.cancel()
        self.close_export()
        super().closeEvent(event)

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        urls: list[QUrl] = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_paths(event) and self.import_task is None:
            event.acceptProposedAction()
            self.welcome.drop_zone.set_active(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.welcome.drop_zone.set_active(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.welcome.drop_zone.set_active(False)
        paths = self._local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def shown_counts(self) -> dict[str, str]:
        """What the overview cards say (for tests and the problem report)."""
        return {name: card.count.text() for name, card in self.overview.cards.items()}

