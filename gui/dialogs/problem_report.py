"""Help → Create a problem report: the export's redacted structure, shown before it is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSaveFile
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPlainTextEdit, QVBoxLayout, QWidget

from core.platform.problem_report import build_problem_report, render_problem_report
from gui.dialogs import messages
from gui.look.labels import plain_label
from gui.work.tasks import DelayedProgressDialog, TaskRunner


def report_work(paths: list[str], result: Any, error: BaseException | None) -> Callable[..., str]:
    """Background work: reuse the open export, or re-open the files to read their structure."""

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> str:
        if result is not None:
            return render_problem_report(build_problem_report(result.paths, result.source, result.export))
        source = None
        try:
            from core.source.archive import ExportSource

            source = ExportSource.open(list(paths), progress, cancelled) if paths else None
        except Exception:  # the structure we can still describe is the file list
            source = None
        try:
            return render_problem_report(build_problem_report(paths, source, None, error))
        finally:
            if source is not None:
                source.close()

    return work


class ProblemReportDialog(QDialog):
    def __init__(self, paths: list[str], result: Any, error: BaseException | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a problem report"))
        self.resize(820, 600)
        intro = plain_label(self.tr("This report describes how your export is organised — file names, sizes, "
                                    "column names and counts — so the developers can teach Dossier new "
                                    "layouts. It contains no values from your files and no audio. Read it, "
                                    "then save it and send it if you are happy with it."), self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Collecting the structure of your export…"))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button = self.buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.disconnect()
        self.save_button.clicked.connect(self.save)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        if not paths and result is None:
            self.text.setPlainText(render_problem_report(build_problem_report([], None, None, error)))
            self._ready()
            return
        self.runner = TaskRunner(self)
        self.task = self.runner.start("problem-report", report_work(paths, result, error),
                                      on_success=self._show, on_failure=self._failed)
        DelayedProgressDialog(self.task, self.tr("Create a problem report"), self)

    def _show(self, text: str) -> None:
        self.text.setPlainText(text)
        self._ready()

    def _failed(self, exc: BaseException) -> None:
        self.text.setPlainText(self.tr("The report could not be created."))

    def _ready(self) -> None:
        for button in (self.save_button, self.copy_button):
            button.setEnabled(True)

    def save(self, path: str | None = None) -> bool:
        """Write the report atomically (QSaveFile) where the user chooses."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save problem report"),
                                                        str(Path.home() / "dossier-problem-report.txt"),
                                                        self.tr("Text files (*.txt)"))
        if not path:
            return False
        out = QSaveFile(path)
        ok = out.open(QSaveFile.OpenModeFlag.WriteOnly)
        if ok:
            out.write(self.text.toPlainText().encode("utf-8"))
            ok = out.commit()
        if not ok:
            messages.warn(self, self.tr("Save problem report"), self.tr("The report could not be saved there."))
        return ok

    def done(self, result: int) -> None:
        runner = getattr(self, "runner", None)
        if runner is not None:
            runner.cancel_all()
            runner.wait()
        super().done(result)
