"""The main window: composes the pages, menus, drag-and-drop, recent exports and the import flow.

Pages: welcome → import progress → the export (Overview · Review · Explore). Feature code lives in
its own module (tables, findings, overview, welcome, import panel); this module only wires them.
The timeline (matplotlib) and the clip player (Qt Multimedia) are built when the first export is
shown, not at start-up, so the welcome window appears without loading them (gui/preload.py loads
the modules in the background meanwhile).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QStackedWidget, QTabWidget, QWidget

from core.case.store import CaseStore
from core.errors import DossierError
from core.platform.paths import demo_export_dir
from core.rules.finding import Finding, severity_rank
from gui import messages, smoke
from gui.crash import describe_failure, failure_details
from gui.explore.page import TABLE_FOR_KIND, ExplorePage
from gui.icons import icon
from gui.importer import ImportResult, close_quietly, hashes_work, import_work, rules_work
from gui.labels import plain_label
from gui.letters.followup_wiring import FollowUpWiring
from gui.menus import build_menus
from gui.pages.import_panel import ImportPanel
from gui.pages.overview import OverviewPage
from gui.pages.welcome import WelcomePage
from gui.review.page import ReviewPage
from gui.review.voice import VoiceCheck
from gui.settings import Settings
from gui.staged import Staged, in_background
from gui.tasks import Task, TaskRunner

log = logging.getLogger("dossier.window")


class MainWindow(QMainWindow):
    """Attributes: ``result`` (the open :class:`ImportResult` or ``None``), ``tasks`` (the runner)."""

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, *,
                 embed_optional: bool = True) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.tasks = TaskRunner(self)
        self.showing = Staged(self)  # an export (or its new findings) being put on screen, step by step
        self._showing_export = False
        self._findings_pending = False
        self.result: ImportResult | None = None
        self._transcripts_of: tuple[ImportResult, dict[str, str]] | None = None  # recording id -> transcript
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
                                      lambda text: self.statusBar().showMessage(text, 8000))
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

    # ---- optional widgets from other modules -----------------------------------------------------
    def _embed_steps(self) -> list[Any]:
        """Build the timeline and the player, one widget per step (once: only pages showing an export
        need them); none once they are built."""
        if not self._embed_pending:
            return []

        def timeline() -> Any:
            return self._new_timeline(self, self._embed_timeline) if self.timeline is None else None

        def overview_timeline() -> Any:
            if self.overview_timeline is None and self.timeline is not None:
                return self._new_timeline(self.overview, self._embed_overview_timeline)
            return None

        def player() -> None:  # the last one: if the showing is cut short, the next export builds the rest
            if self.player is None:
                self.player = self._embed_player()
            self._embed_pending = False

        return [timeline, overview_timeline, player]

    def _new_timeline(self, parent: QWidget, attach: Callable[[Any], None]) -> list[Any]:
        """Steps building a timeline's empty figure (~30 ms, cut in three), then ``attach(view)``; none when
        matplotlib cannot load."""
        try:
            from gui.timeline.view import TimelineView  # matplotlib: loaded with the first export, not at start

            view = TimelineView(parent, build=False)
        except Exception:  # a broken optional view must not stop the app
            log.exception("timeline unavailable")
            return []
        return [*view.build_steps(), lambda: attach(view)]

    def _embed_timeline(self, view: Any) -> None:
        self.explore.set_timeline(view)
        view.eventSelected.connect(self._on_timeline_event)
        self.timeline = view

    def _embed_overview_timeline(self, small: Any) -> None:
        self.overview.set_timeline(small)
        small.setVisible(False)  # shown with its first data: no full draws of an empty plot meanwhile
        small.eventSelected.connect(self._on_timeline_event)
        small.eventSelected.connect(lambda _k, _r: self.pages.setCurrentWidget(self.explore))
        small.eventSelected.connect(lambda _k, _r: self.explore.setCurrentIndex(0))
        self.overview_timeline = small

    def _embed_player(self) -> Any:
        try:
            from gui.player.panel import PlayerPanel  # Qt Multimedia: loaded with the first export, not at start

            player = PlayerPanel(self.review)
        except Exception:  # a broken player must not stop the app: the review works without it
            log.exception("player unavailable")
            placeholder = plain_label(self.tr("The clip player will appear here."), self.review)
            placeholder.setEnabled(False)
            self.review.set_player(placeholder)
            return None
        from gui.accessibility import describe_player

        describe_player(player)
        player.set_compact(True)  # the review page shows the finding, its evidence and the verdict buttons
        self.review.set_player(player)
        toggle = getattr(player, "toggle_play", None)
        if callable(toggle):
            self.review.space_handler = toggle
        player.verdictChosen.connect(lambda fid, verdict: self.review.set_verdict(verdict or None, fid))
        player.recordingShown.connect(self._on_player_recording)
        # Shift+J / Shift+K step through the flagged clips from the findings list too (the player's own
        # shortcuts only work while the focus is inside the player)
        for keys, slot in (("Shift+J", player.next_flagged), ("Shift+K", player.previous_flagged)):
            shortcut = QShortcut(QKeySequence(keys), self.review.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        return player

    def _feed_player(self, findings: list[Finding]) -> None:
        """Give the player the flagged recordings in time order, for its next/previous flagged clip."""
        if self.player is None or self.result is None:
            return
        from gui.player.playlist import Playlist

        rec = self.result.export.recordings
        flagged = rec[rec["id"].isin({f.subject for f in findings})] if len(rec) else rec
        rows: Playlist | list[dict[str, Any]] = \
            Playlist(flagged.sort_values("time", kind="stable", na_position="last")) if len(flagged) else []
        self.player.set_playlist(rows, findings)

    def _on_player_recording(self, recording_id: str) -> None:
        """The player moved to another flagged clip: the findings list (and so tables and timeline) follow."""
        current = self.review.current
        if self.result is None or (current is not None and current.subject == recording_id):
            return
        for fid in self.review.model.order:
            if self.review.model.findings[fid].subject == recording_id:
                self.review.select(fid)
                return

    # ---- opening -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Open your data export"), str(Path.home()),
            self.tr("Data exports (*.zip *.ZIP *.tgz *.tar.gz *.csv);;All files (*)"))
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open an unpacked export folder"), str(Path.home()))
        if folder:
            self.open_paths([folder])

    def open_demo(self) -> None:
        folder = demo_export_dir()
        if not folder.is_dir():
            messages.inform(self, self.tr("Demo"), self.tr("The demo export is not part of this installation."))
            return
        self.open_paths([str(folder)], remember=False)

    def open_paths(self, paths: list[str], remember: bool = True) -> Task | None:
        """Start importing ``paths`` as one export (the path every way of opening takes)."""
        paths = [str(p) for p in paths]
        if not paths:
            return None
        if self.import_task is not None:
            self.import_task.cancel()
        # the open export stays open (and is shown again) until the new one has opened: a bad file
        # leaves it untouched
        self.welcome.show_error("")
        self.last_paths = paths
        self.last_error = None
        self.importing.start([Path(p).name for p in paths])
        self.stack.setCurrentWidget(self.importing)
        task = self.tasks.start("import", import_work(paths))
        task.progressed.connect(self.importing.set_progress)
        task.succeeded.connect(self._import_succeeded)
        task.failed.connect(self._import_failed)
        task.was_cancelled.connect(self._import_cancelled)
        self.import_task = task
        self._remember = remember
        return task

    def _is_current_import(self) -> bool:
        """Whether the signal being handled comes from the import still wanted (not a superseded one)."""
        return self.sender() is self.import_task

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()

    def _import_succeeded(self, result: ImportResult) -> None:
        if not self._is_current_import():
            close_quietly(result)  # a newer import replaced this one
            return
        self.import_task = None
        remember = self._remember
        self._replace_open_export(result)
        self.result = result
        if remember:
            self.settings.add_recent_export(result.paths)
            self._refresh_recent()
        self._show_result(result)  # its last step starts the clip fingerprints (_start_hashes)

    def _start_hashes(self, result: ImportResult) -> None:
        """The clip fingerprints, once the window shows the export: their worker processes start on both cores,
        and the window's filling (on one of them) went three times slower beside them."""
        hashes = self.tasks.start("hashes", hashes_work(result), on_success=self._hashes_done,
                                  on_failure=self._background_failed)
        hashes.progressed.connect(lambda f, m: self.statusBar().showMessage(m))
        hashes.done.connect(self.statusBar().clearMessage)
        self.voice_check.after(hashes, result)  # the voice check follows if the case holds "my voice" marks

    def _replace_open_export(self, result: ImportResult) -> None:
        """Close the export that was open; when it was the same export, its case (locked by it until
        now) is opened again for writing."""
        same = self.result is not None and self.result.export.export_id == result.export.export_id
        self.close_export()
        if same and result.case.read_only and result.case.path.exists():
            result.case.close()
            result.case = CaseStore.open(result.export.export_id, result.case.path.parent)

    def _back_to_open_export(self) -> None:
        """After a failed or cancelled import: the export that was open, else the welcome page."""
        self.stack.setCurrentWidget(self.pages if self.result is not None else self.welcome)

    def _import_failed(self, exc: BaseException) -> None:
        if not self._is_current_import():
            return
        self.import_task = None
        self.last_error = exc
        if not isinstance(exc, DossierError):
            log.error("import failed with %s", type(exc).__qualname__)
            from gui.crash import CrashHandler

            CrashHandler.write_log(f"import failed: {type(exc).__module__}.{type(exc).__qualname__}")
        self.welcome.show_error(describe_failure(exc), failure_details(exc))
        if self.result is not None:  # the open export stays; the refusal is said over it
            messages.warn(self, self.tr("Could not open"), describe_failure(exc), failure_details(exc))
        self._back_to_open_export()
        smoke.import_failed(describe_failure(exc))

    def _import_cancelled(self) -> None:
        if not self._is_current_import():
            return
        self.import_task = None
        self._back_to_open_export()
        self.statusBar().showMessage(self.tr("Import cancelled — nothing was changed."), 5000)

    def _background_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(describe_failure(exc), 10000)

    # ---- showing -------------------------------------------------------------------------------
    def _show_result(self, result: ImportResult) -> None:
        """The overview at once; tables, player, timelines and findings list in later event-loop turns
        (``gui.staged``: one call froze the window for a second on a big export)."""
        export = result.export
        names = [f.name for f in export.files] or [Path(p).name for p in result.paths]
        self.setWindowTitle(f"{', '.join(names)} — Dossier")
        owner = bool(result.case.declarations().get("owner_has_no_device", False))
        self.overview.show_export(export, result.findings, names, owner)
        self.overview.verticalScrollBar().setValue(0)  # a new export starts at the top, wherever the last one was
        self.followup.show_export()
        self.pages.setCurrentWidget(self.overview)
        self.stack.setCurrentWidget(self.pages)
        self._findings_pending = False

        def table(name: str) -> list[Any]:
            panel = self.explore.tables[name]
            return [panel.clear_filters,
                    *panel.fill_steps(export.table(name), lambda: self._flags(name, result.findings))]

        def player() -> None:
            if self.player is not None:  # before the review list selects its first finding, which loads a clip
                self.player.set_source(result.source)
            self._feed_player(result.findings)

        def done() -> None:
            self._set_export_actions(True)
            self._showing_export = False
            self._start_hashes(result)
            if self._findings_pending:
                self._findings_updated(result.findings)
            if result.case.notice:  # the saved review was damaged: moved aside, backup restored
                messages.warn(self, self.tr("Your review was recovered"), result.case.notice)

        def review() -> None:
            rec = export.recordings
            with_audio = {str(i) for i, m in zip(rec["id"], rec["audio_member"], strict=True)
                          if isinstance(m, str) and m} if len(rec) else set()
            self.review.set_data(result.findings, result.case, self._describe, with_audio)

        steps = [*self._embed_steps(), *(step for name in self.explore.tables for step in table(name)), player,
                 *self._timeline_steps(result, result.findings), review, done]
        self._showing_export = True
        self.showing.run([self._if_current(result, step) for step in steps])

    def _timeline_steps(self, result: ImportResult, findings: list[Finding]) -> list[Any]:
        """Steps giving both timelines ``findings``: the lanes they share; the overview timeline's axes; its
        first paint (it stays hidden until it has data); the explore timeline (built when first shown)."""
        lanes: list[Any] = []  # the future of the lanes, built on another thread

        def shared() -> Any:
            if self.timeline is not None:
                from gui.timeline.data import build_lanes

                lanes[:] = [in_background(build_lanes, result.export, findings)]
                return lanes[0]  # the next step runs once they are built
            return None

        def give(view: Any) -> Any:
            if view is None:
                return None
            data = (result.export, findings, lanes[0].result() if lanes else None)
            # the overview's before its first data: axes now (in steps), paint once shown
            return view.data_steps_when_shown(*data, now=view is self.overview_timeline and view.isHidden())

        def show_overview() -> None:
            if self.overview_timeline is not None and self.overview_timeline.isHidden():
                self.overview_timeline.setVisible(True)

        return [shared, lambda: give(self.overview_timeline), show_overview, lambda: give(self.timeline)]

    def _if_current(self, result: ImportResult, step: Any) -> Any:
        """``step``, skipped once another export (or none) is open."""
        def guarded() -> Any:
            return step() if self.result is result else None  # a future: the next step waits for it
        return guarded

    def export_ready(self) -> bool:
        """An export is open and every part of the window shows it."""
        return self.result is not None and not self.showing.busy()

    def _hashes_done(self, findings: list[Finding]) -> None:
        self._findings_updated(findings)
        result = self.result
        if result is None or result.earlier is None:
            return
        earlier, result.earlier = result.earlier, None
        if not messages.ask(self, self.tr("An earlier review of this export"), self.tr(
                "This export is not the same as one you reviewed before, but %1 of its recordings are the same "
                "(matched by their fingerprints). Carry your earlier review over — %2 verdicts and notes, your "
                "declarations and letter drafts?").replace("%1", f"{earlier.shared:,}")
                .replace("%2", f"{earlier.verdicts:,}"), self.tr("Carry it over"), self.tr("Start afresh")):
            return
        from core.case.carry_over import carry_over

        carried = carry_over(result.case, earlier, result.fingerprints)
        self.statusBar().showMessage(self.tr("%1 verdicts and notes carried over.").replace("%1", str(carried)), 8000)
        self.tasks.start("rules", rules_work(result), on_success=self._findings_updated,
                         on_failure=self._background_failed)

    def _findings_updated(self, findings: list[Finding]) -> None:
        """New findings (clip fingerprints done, a verdict or declaration changed): every part in turn."""
        result = self.result
        if result is None:
            return
        result.findings = findings
        if self.showing.busy() and self._showing_export:  # still being filled: its last step applies these
            self._findings_pending = True
            return

        def flags() -> None:
            for name, panel in self.explore.tables.items():
                panel.set_flags(self._flags(name, findings))

        steps = [lambda: self.overview.show_findings(findings), lambda: self._feed_player(findings),
                 lambda: self.review.set_data(findings, result.case, self._describe), flags,
                 *self._timeline_steps(result, findings),
                 lambda: smoke.import_finished(result.export)]  # the frozen app's smoke test (no-op unless on)
        self._showing_export = False
        self.showing.run([self._if_current(result, step) for step in steps])

    def _flags(self, table: str, findings: list[Finding]) -> dict[int, str]:
        """Frame position → worst severity, for the recordings a finding is about."""
        if table != "recordings" or self.result is None:
            return {}
        ids = self.result.export.recordings["id"].tolist()
        where = {rid: pos for pos, rid in enumerate(ids)}
        flags: dict[int, str] = {}
        for finding in findings:
            pos = where.get(finding.subject)
            if pos is not None and severity_rank(finding.severity) < severity_rank(flags.get(pos, "")):
                flags[pos] = finding.severity
        return flags

    def _describe(self, finding: Finding) -> str:
        """The one-line label of a finding in the review list: local time and what was heard."""
        from gui.when import local_time

        shown, _utc = local_time(finding.time)
        detail = ""
        transcripts = self._transcripts()
        if finding.subject in transcripts:
            transcript = transcripts[finding.subject]
            detail = f"“{transcript}”" if transcript else self.tr("(no transcript)")
        if not detail and not shown:
            detail = finding.explanation
        text = " · ".join(part for part in (shown, detail) if part) or finding.subject
        return text if len(text) <= 120 else text[:119] + "…"

    def _transcripts(self) -> dict[str, str]:
        """Recording id → transcript ('' when none), built once per opened export."""
        if self.result is None:
            return {}
        if self._transcripts_of is None or self._transcripts_of[0] is not self.result:
            rec = self.result.export.recordings
            cached = {str(rid): (t if isinstance(t, str) else "")
                      for rid, t in zip(rec["id"], rec["transcript"], strict=True)} if len(rec) else {}
            self._transcripts_of = (self.result, cached)
        return self._transcripts_of[1]

    def close_export(self) -> None:
        """Forget the open export (its case is saved already) and go back to the welcome page."""
        self.showing.cancel()
        self.tasks.cancel_all()
        self.tasks.wait()
        self.voice_check.forget()
        if self.result is not None:
            close_quietly(self.result)
            self.result = None
        self._transcripts_of = None
        self.setWindowTitle("Dossier")
        self._set_export_actions(False)
        self.stack.setCurrentWidget(self.welcome)
        self.followup.show_welcome()

    # ---- cross-selection -----------------------------------------------------------------------
    def _recording_ref(self, recording_id: str) -> int | None:
        if self.result is None:
            return None
        rec = self.result.export.recordings
        if not len(rec):
            return None
        hits = rec.index[rec["id"] == recording_id]
        return int(hits[0]) if len(hits) else None

    def _on_finding_selected(self, finding: Finding | None) -> None:
        if finding is None or self.result is None:
            return
        ref = self._recording_ref(finding.subject)
        if ref is None:
            return
        self.explore.tables["recordings"].select_labels([ref])
        for view in self._timelines():
            view.show_event("recording", ref)
        if self.player is not None:
            row = self.result.export.recordings.loc[ref].to_dict()
            related = [f for f in self.result.findings if f.subject == finding.subject]
            self.player.show_recording(row, related)

    def play_recording(self, ref: int) -> None:
        """Play (or pause) a recording's clip from the recordings table; the stranger notice, when it is
        due, is shown on the Review page where the player lives."""
        if self.player is None or self.result is None or ref not in self.result.export.recordings.index:
            return
        row = self.result.export.recordings.loc[ref].to_dict()
        rid = str(row.get("id"))
        shown = self.player.recording
        if shown is not None and str(shown.get("id")) == rid and self.player.service.key == rid:
            self.player.toggle_play()
        else:
            self.player.show_recording(row, [f for f in self.result.findings if f.subject == rid])
            self.player.play()
        if self.player.notice.isVisible():
            self.pages.setCurrentWidget(self.review)
            self.player.notice.play_button.setFocus()

    def _timelines(self) -> list[Any]:
        return [v for v in (self.timeline, self.overview_timeline) if v is not None]

    def _on_row_activated(self, kind: str, ref: int) -> None:
        for view in self._timelines():
            view.show_event(kind, ref)
        self._select_finding_for(kind, ref)

    def _select_finding_for(self, kind: str, ref: int) -> None:
        """Make the review list follow a recording chosen elsewhere (its first finding, if any)."""
        if kind != "recording" or self.result is None or ref not in self.result.export.recordings.index:
            return
        rid = str(self.result.export.recordings.loc[ref, "id"])
        for finding in self.result.findings:
            if finding.subject == rid:
                self.review.select(finding.id)
                break

    def _on_timeline_event(self, kind: str, ref: int) -> None:
        table = TABLE_FOR_KIND.get(kind)
        if table:
            self.explore.tables[table].select_labels([ref])
        self._select_finding_for(kind, ref)

    def review_group(self, rule: str, severity: str) -> None:
        """Open the Review page on the first finding of one group."""
        self.pages.setCurrentWidget(self.review)
        for fid in self.review.model.order:
            finding = self.review.model.findings[fid]
            if finding.rule == rule and finding.severity == severity:
                self.review.select(fid)
                break

    def show_table(self, name: str) -> None:
        self.pages.setCurrentWidget(self.explore)
        self.explore.show_table(name)

    # ---- declarations and actions --------------------------------------------------------------
    def set_owner_has_no_device(self, value: bool) -> None:
        if self.result is None or self.result.case.read_only:
            return
        self.result.case.set_declaration("owner_has_no_device", bool(value))
        self.tasks.start("rules", rules_work(self.result), on_success=self._findings_updated,
                         on_failure=self._background_failed)

    def focus_search(self) -> None:
        if self.result is None:
            return
        if self.explore.current_table() is None:
            self.explore.show_table("recordings")
        self.pages.setCurrentWidget(self.explore)
        table = self.explore.current_table()
        if table is not None:
            table.search.setFocus()
            table.search.selectAll()

    def draft_letter(self) -> None:
        if self.result is None:
            return
        from gui.accessibility import describe_letter_dialog
        from gui.letters.editor import open_letter_flow
        from gui.letters.residence import ask_residence
        from gui.screen_fit import fit_on_screen

        if not ask_residence(self, self.result.export, self.result.case):
            return
        dialog = open_letter_flow(self, self.result.export, self.result.findings, self.result.case)
        dialog.finished.connect(lambda _code: self.followup.show_export())  # a saved letter joins the case
        describe_letter_dialog(dialog)
        fit_on_screen(dialog)  # its Save buttons stay on screen at 1280×720

    def show_import_report(self) -> None:
        if self.result is None:
            return
        from gui.accessibility import describe_import_report
        from gui.report_dialog import ImportReportDialog

        dialog = ImportReportDialog(self.result.export.report, self)
        describe_import_report(dialog)
        dialog.open()

    def create_problem_report(self) -> None:
        from gui.accessibility import describe_problem_report
        from gui.problem_report import ProblemReportDialog

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

