"""Saving what the letter dialog drafted: PDF, text, web-form fields, the evidence bundle.

A mixin for :class:`gui.letters.editor.LetterDialog`. Before anything is written the export is re-hashed
(:class:`~core.errors.ExportChanged` asks first); files are written atomically where the user chooses,
never into or next to the export. The re-hash and the writing run off the window's thread (:meth:`_save`), with a
progress window and Cancel when they take longer than half a second: hashing a big export, or a bundle of
thousands of clips, held the window for seconds to minutes.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from core.errors import DossierError, ExportChanged
from core.i18n import _ as core_text
from core.letters.authorities import authority as authority_by_slug
from core.letters.context import select_findings
from core.letters.evidence import (
    CLIPS_WARNING,
    atomic_write_bytes,
    attachment_entry,
    build_manifest,
    check_destination,
    verify_export,
    write_bundle,
)
from core.letters.followup_output import correspondence_manifest, record_drafted
from core.letters.forms import FormField, attachment_warnings, form_fields
from core.letters.plaintext import html_to_text
from core.letters.render import RenderedLetter
from gui.letters.panels import FormFieldsDialog, translate
from gui.look.labels import escaped
from gui.work.tasks import DelayedProgressDialog, TaskRunner, Work

if TYPE_CHECKING:
    from core.letters.context import LetterOptions

    _DialogBase = QDialog  # type-checked as the dialog it is mixed into
else:
    _DialogBase = object


def _write_error(exc: OSError) -> str:
    """One sentence for a failed save (the old file, if any, is untouched: writes are atomic)."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return translate("Letter", "The disk is full — nothing was changed; free some space and save again.")
    return translate("Letter", "Dossier cannot write to this folder.")


class LetterOutputMixin(_DialogBase):
    """Needs ``export``, ``findings``, ``case``, ``source``, ``context``, ``letter``, ``kind``, ``language``,
    ``include_clips``, ``status``, ``current_letter()`` and ``_options()`` from the dialog."""

    export: Any
    findings: list[Any]
    case: Any
    source: Any
    context: dict[str, Any]
    letter: RenderedLetter | None
    kind: Any
    language: Any
    include_clips: Any
    status: Any
    fields_dialog: FormFieldsDialog
    _save_runner: TaskRunner | None = None  # made by the first save
    if TYPE_CHECKING:
        def current_letter(self) -> RenderedLetter: ...
        def _options(self) -> LetterOptions: ...
        def _writable(self) -> bool: ...
        def letter_warnings(self) -> list[str]: ...

    def _save_anyway(self, title: str, reasons: str) -> bool:
        """``reasons`` (plain text, shown as such) and the question whether to save all the same."""
        answer = QMessageBox.warning(self, title, escaped(reasons + "\n\n" + translate("LetterDialog", "Save anyway?")),
                                     QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def saving(self) -> bool:
        """Whether a save is still running (the export being checked, a file or bundle being written)."""
        return self._save_runner is not None and bool(self._save_runner.active())

    def _save(self, title: str, work: Work, done: Callable[[Any], None], *, check: bool = True) -> None:
        """``work(progress, cancelled)`` after re-hashing the export, both on a worker thread; ``done(result)`` on
        the window's thread. A changed export is named and the user chooses; then it is saved without the check."""
        if self._save_runner is None:
            self._save_runner = TaskRunner(self)

        def job(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Any:
            if check:
                verify_export(self.export, progress, cancelled)
            return work(progress, cancelled)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ExportChanged):
                if self._save_anyway(translate("LetterDialog", "The export has changed"), str(exc)):
                    self._save(title, work, done, check=False)
                return
            if not isinstance(exc, OSError | DossierError):
                raise exc  # a bug: the crash reporter's, not a sentence about the disk
            QMessageBox.warning(self, translate("LetterDialog", "Not saved"),
                                escaped(_write_error(exc) if isinstance(exc, OSError) else str(exc)))

        task = self._save_runner.start("letter-save", job, on_success=done, on_failure=failed,
                            on_cancel=lambda: self.status.setText(translate("LetterDialog", "Cancelled.")))
        DelayedProgressDialog(task, title, self)

    def done(self, result: int) -> None:
        """Closing the window stops a save that is still running (its file is not written: writes are atomic)."""
        if self._save_runner is not None:
            self._save_runner.cancel_all()
            self._save_runner.wait()
        super().done(result)

    def _confirm_warnings(self, title: str) -> bool:
        """Placeholders, contradictions or a passed deadline: the user sees them and chooses before saving."""
        warnings = self.letter_warnings()
        return not warnings or self._save_anyway(title, "\n\n".join(warnings))

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        if not self._confirm_warnings(title):
            return None
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if not path:
            return None
        try:
            check_destination(self.export, Path(path).parent)
        except DossierError as exc:
            QMessageBox.warning(self, title, escaped(str(exc)))
            return None
        return Path(path)

    def _write(self, title: str, path: Path, data: bytes, then: Callable[[], None] = lambda: None) -> None:
        def saved(_result: object) -> None:
            self.status.setText(translate("LetterDialog", "Saved {name}.").format(name=path.name))
            if self._writable():
                self.case.log(f"letter saved: {self.kind.currentData()}/{self.language.currentData()}")
            then()

        self._save(title, lambda _progress, _cancelled: atomic_write_bytes(path, data), saved)

    def _stem(self) -> str:
        return f"letter-{self.kind.currentData()}-{self.language.currentData()}"

    def pdf_bytes(self) -> bytes:
        from gui.letters.pdf import render_pdf

        return render_pdf(self.current_letter())

    def save_pdf(self) -> None:
        title = translate("LetterDialog", "Save PDF")
        path = None if self.saving() else self._ask_path(title, self._stem() + ".pdf", "PDF (*.pdf)")
        if path:
            data = self.pdf_bytes()
            self._write(title, path, data, lambda: self._warn_limits({path.name: len(data)}))

    def save_text(self) -> None:
        title = translate("LetterDialog", "Save text")
        path = None if self.saving() else self._ask_path(title, self._stem() + ".txt", "Text (*.txt)")
        if path:
            self._write(title, path, self.current_letter().text().encode("utf-8"))

    def copy_form_fields(self) -> None:
        letter = self.current_letter()
        fields = form_fields(letter, authority_by_slug(self.context["authority"]["slug"]))
        edited = html_to_text(letter.body_html)
        if self.letter is not None and edited.strip() != html_to_text(self.letter.body_html).strip():
            label = translate("LetterDialog", "Your edited letter (whole text)")
            fields.append(FormField("full_text", label, edited))
        self.fields_dialog = FormFieldsDialog(fields, self.context["authority"]["webform"], self)
        self.fields_dialog.open()

    def save_bundle(self) -> None:
        if self.saving():
            return
        title = translate("LetterDialog", "Save evidence bundle")
        name = f"dossier-evidence-{self.export.export_id[:12]}.zip"
        include = self.include_clips.isChecked()
        if include and QMessageBox.warning(self, translate("LetterDialog", "Include clips?"), core_text(CLIPS_WARNING),
                                           QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                                           ) != QMessageBox.StandardButton.Ok:
            return
        path = self._ask_path(title, name, "ZIP (*.zip)")
        if not path:
            return
        letter = self.current_letter()  # what the case's store gives is read here, on the window's thread
        files = {f"{self._stem()}.pdf": self.pdf_bytes(), f"{self._stem()}.txt": letter.text().encode("utf-8")}
        selection = select_findings(self.findings, self.case.verdicts(), self._options())
        log, trail = self.case.processing_log(), correspondence_manifest(self.case)
        members = list(getattr(self.source, "members", ()))

        def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> None:
            manifest = build_manifest(self.export, selection, processing_log=log, members=members,
                                      attachments=[attachment_entry(n, d) for n, d in files.items()],
                                      correspondence=trail)
            write_bundle(path, manifest, files, source=self.source, include_clips=include, progress=progress,
                         cancelled=cancelled)

        self._save(title, work, lambda _result: self._bundle_saved(path, files))

    def _bundle_saved(self, path: Path, files: dict[str, bytes]) -> None:
        self.status.setText(translate("LetterDialog", "Saved {name}.").format(name=path.name))
        kind = self.kind.currentData()
        party, addressee = (("authority", self.context["authority"]["slug"]) if kind == "complaint"
                            else ("company", self.context["controller"]["key"]))
        kept = record_drafted(self.case, kind=kind, lang=self.language.currentData(), party=party,
                              addressee=addressee, files=files, today=date.today())
        if kept is not None:
            self.status.setText(self.status.text() + " " + translate(
                "LetterDialog",
                "Kept in your case as L{n} — mark it as sent under Correspondence once you have sent it.")
                .format(n=kept))
        self._warn_limits({n: len(d) for n, d in files.items() if n.endswith(".pdf")})

    def _warn_limits(self, sizes: dict[str, int]) -> None:
        if self.kind.currentData() != "complaint":
            return
        warnings = attachment_warnings(authority_by_slug(self.context["authority"]["slug"]), sizes)
        if warnings:
            self.status.setText(self.status.text() + " " + " ".join(warnings))
