"""Saving what the letter dialog drafted: PDF, text, web-form fields, the evidence bundle.

A mixin for :class:`gui.letters.editor.LetterDialog`. Before anything is written the export is re-hashed
(:class:`~core.errors.ExportChanged` asks first); files are written atomically where the user chooses,
never into or next to the export.
"""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from core.errors import DossierError, ExportChanged
from core.i18n import _ as core_text
from core.letters import RenderedLetter
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
from gui.letters.panels import FormFieldsDialog, translate
from gui.look.labels import escaped

if TYPE_CHECKING:
    from core.letters import LetterOptions

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
    if TYPE_CHECKING:
        def current_letter(self) -> RenderedLetter: ...
        def _options(self) -> LetterOptions: ...
        def _writable(self) -> bool: ...
        def letter_warnings(self) -> list[str]: ...

    def _check_export(self) -> bool:
        try:
            verify_export(self.export)
        except ExportChanged as exc:
            answer = QMessageBox.warning(self, translate("LetterDialog", "The export has changed"),
                                         escaped(str(exc) + "\n\n" + translate("LetterDialog", "Save anyway?")),
                                         QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                                         QMessageBox.StandardButton.Cancel)
            return answer == QMessageBox.StandardButton.Save
        return True

    def _confirm_warnings(self, title: str) -> bool:
        """Placeholders, contradictions or a passed deadline: the user sees them and chooses before saving."""
        warnings = self.letter_warnings()
        if not warnings:
            return True
        question = translate("LetterDialog", "Save anyway?")
        answer = QMessageBox.warning(self, title, escaped("\n\n".join(warnings) + "\n\n" + question),
                                     QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

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
        return Path(path) if self._check_export() else None

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            QMessageBox.warning(self, translate("LetterDialog", "Not saved"), escaped(_write_error(exc)))
            return False
        self.status.setText(translate("LetterDialog", "Saved {name}.").format(name=path.name))
        if self._writable():
            self.case.log(f"letter saved: {self.kind.currentData()}/{self.language.currentData()}")
        return True

    def _stem(self) -> str:
        return f"letter-{self.kind.currentData()}-{self.language.currentData()}"

    def pdf_bytes(self) -> bytes:
        from gui.letters.pdf import render_pdf

        return render_pdf(self.current_letter())

    def save_pdf(self) -> None:
        path = self._ask_path(translate("LetterDialog", "Save PDF"), self._stem() + ".pdf", "PDF (*.pdf)")
        if not path:
            return
        data = self.pdf_bytes()
        if self._write(path, data):
            self._warn_limits({path.name: len(data)})

    def save_text(self) -> None:
        path = self._ask_path(translate("LetterDialog", "Save text"), self._stem() + ".txt", "Text (*.txt)")
        if path:
            self._write(path, self.current_letter().text().encode("utf-8"))

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
        name = f"dossier-evidence-{self.export.export_id[:12]}.zip"
        include = self.include_clips.isChecked()
        if include and QMessageBox.warning(self, translate("LetterDialog", "Include clips?"), core_text(CLIPS_WARNING),
                                           QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                                           ) != QMessageBox.StandardButton.Ok:
            return
        path = self._ask_path(translate("LetterDialog", "Save evidence bundle"), name, "ZIP (*.zip)")
        if not path:
            return
        letter = self.current_letter()
        files = {f"{self._stem()}.pdf": self.pdf_bytes(), f"{self._stem()}.txt": letter.text().encode("utf-8")}
        selection = select_findings(self.findings, self.case.verdicts(), self._options())
        manifest = build_manifest(self.export, selection, processing_log=self.case.processing_log(),
                                  members=getattr(self.source, "members", ()),
                                  attachments=[attachment_entry(n, d) for n, d in files.items()],
                                  correspondence=correspondence_manifest(self.case))
        try:
            write_bundle(path, manifest, files, source=self.source, include_clips=include)
        except (OSError, DossierError) as exc:
            QMessageBox.warning(self, translate("LetterDialog", "Not saved"),
                                escaped(str(exc) if isinstance(exc, DossierError) else _write_error(exc)))
            return
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
