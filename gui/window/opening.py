"""Opening an export: file and folder choosers, the demo, the import task and what follows it.

Every way of opening goes through :meth:`Opening.open_paths`. The export that was open stays open (and is
shown again) until the new one has opened, so a bad file leaves it untouched. Once the window shows an export,
the clip fingerprints start (``_start_hashes``), and with them the voice check when the case asks for it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from core.case.store import CaseStore
from core.errors import DossierError
from core.platform.paths import demo_export_dir
from core.rules.finding import Finding
from gui.dialogs import messages
from gui.start import smoke
from gui.start.crash import describe_failure, failure_details
from gui.window.base import WindowPart
from gui.work.importer import ImportResult, close_quietly, hashes_work, import_work, rules_work
from gui.work.tasks import Task

log = logging.getLogger("dossier.window")


class Opening(WindowPart):
    """Opening and closing exports (a part of :class:`gui.main_window.MainWindow`)."""

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

    def _start_hashes(self, result: ImportResult) -> Task:
        """The clip fingerprints, once the window shows the export: their worker processes start on both cores,
        and the window's filling (on one of them) went three times slower beside them."""
        hashes = self.tasks.start("hashes", hashes_work(result), on_success=self._hashes_done,
                                  on_failure=self._background_failed)
        hashes.progressed.connect(lambda f, m: self.statusBar().showMessage(m))
        hashes.done.connect(self.statusBar().clearMessage)
        self.voice_check.after(hashes, result)  # the voice check follows if the case holds "my voice" marks
        return hashes

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
            from gui.start.crash import CrashHandler

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

    def close_export(self) -> None:
        """Forget the open export (its case is saved already) and go back to the welcome page."""
        self.showing.cancel()
        self.letters_warming.cancel()
        self.tasks.cancel_all()
        self.tasks.wait()
        self.voice_check.forget()
        if self.result is not None:
            close_quietly(self.result)
            self.result = None
        self._label_parts_of = None
        self.setWindowTitle("Dossier")
        self._set_export_actions(False)
        self.stack.setCurrentWidget(self.welcome)
        self.followup.show_welcome()
