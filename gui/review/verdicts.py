"""The Review page's verdicts: one per recording, group verdicts that keep the user's own, undoable.

Mixed into :class:`gui.review.page.ReviewPage`. A verdict given to one finding answers every finding about
the same recording (in every group); "Mark this whole group" keeps the verdicts given one by one unless
the user chooses to replace them; every change — verdict, group verdict, a note as it is typed — is
written to the case first and then becomes one step of the page's undo stack (:mod:`gui.review.undo`).
A change of :data:`WRITE_BEHIND` findings or more (a group verdict, its undo) is written on the case's writer
thread while the window shows it (:mod:`core.case.write_behind`); should that write fail, the page shows what the
case holds again, says so, and forgets its undo steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from core.case.store import CaseNotSaved, CaseReadOnly
from core.errors import DossierError
from gui.dialogs import messages
from gui.look.icons import verdict_word
from gui.review.findings_model import rule_title
from gui.review.undo import ReviewChange, State

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for; the page's own context
WRITE_BEHIND = 1000  # findings in one change from which it is written behind the window (20,000: 50-110 ms)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QPlainTextEdit, QTreeView, QWidget

    from core.case.store import CaseStore
    from core.rules.finding import Finding
    from gui.review.findings_model import FindingsModel


class VerdictActions:
    """Verdicts, group verdicts, notes and their undo steps (mixed into the Review page)."""

    # what the page this is mixed into holds and does
    if TYPE_CHECKING:
        case: CaseStore | None
        current: Finding | None
        model: FindingsModel
        tree: QTreeView
        note: QPlainTextEdit
        undo_stack: QUndoStack
        auto_advance: bool
        _loading_note: bool

        def next(self) -> None: ...
        def _update_progress(self) -> None: ...
        def _paint_buttons(self, verdict: str | None) -> None: ...
        def _set_note(self, text: str) -> None: ...

        written: SignalInstance

    def set_verdict(self, verdict: str | None, finding_id: str | None = None) -> None:
        """Give the current (or ``finding_id``'s) recording a verdict — in every group that lists it."""
        fid = finding_id or (self.current.id if self.current else None)
        if fid is None or self.case is None or self.case.read_only:
            return
        if finding_id is None and self.model.verdict(fid) == verdict:
            verdict = None  # pressing the chosen verdict again clears it
        ids = self.model.siblings(fid)
        text = translate("ReviewPage", "Verdict “%1”").replace("%1", verdict_word(verdict)) if verdict \
            else translate("ReviewPage", "Clear verdict")
        self._change(text, {i: (verdict, self.model.note(i)) for i in ids})
        if self.current and fid == self.current.id and verdict and self.auto_advance and finding_id is None:
            self.next()

    def bulk_verdict(self, verdict: str, confirm: bool = True, replace: bool = False) -> None:
        """One verdict for the selected group; verdicts given one by one are kept unless ``replace`` (or the
        user chooses so when asked)."""
        ids = self.model.group_ids(self.tree.currentIndex())
        if not ids or self.case is None or self.case.read_only:
            return
        model = self.model
        given = [fid for fid, (old, _note) in zip(ids, model.states_of(ids), strict=True)
                 if old is not None and old != verdict]
        if confirm:
            choice = self._ask_bulk(ids, verdict, len(given))
            if choice is None:
                return
            replace = choice
        if given and not replace:
            kept = set(given)
            ids = [fid for fid in ids if fid not in kept]
        members = model.siblings_of(ids)  # a verdict is its recording's: in every group
        states: dict[str, State] = {
            fid: (verdict, note) for fid, (old, note) in zip(members, model.states_of(members), strict=True)
            if replace or old is None or old == verdict}
        self._change(translate("ReviewPage", "Mark the whole group as “%1”").replace("%1", verdict_word(verdict)),
                     states)

    def _ask_bulk(self, ids: list[str], verdict: str, given: int) -> bool | None:
        """Ask before a bulk verdict: ``None`` cancelled, ``True`` replace the verdicts given one by one."""
        finding = self.model.findings[ids[0]]
        loc = QLocale()
        text = (translate("ReviewPage", "Mark all %1 findings in “%2” as “%3”?")
                .replace("%1", loc.toString(len(ids)))
                .replace("%2", rule_title(finding.rule)).replace("%3", verdict_word(verdict)))
        if given:
            text += "\n\n" + translate("ReviewPage", "You already gave %1 of them another verdict one by one.").replace(
                "%1", loc.toString(given))
        box = QMessageBox(QMessageBox.Icon.Question, translate("ReviewPage", "Mark the whole group"), text,
                          QMessageBox.StandardButton.Cancel, self._widget())
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton(translate("ReviewPage", "Keep my verdicts, mark the rest") if given
                             else translate("ReviewPage", "Mark all"),
                             QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(translate("ReviewPage", "Replace my verdicts too"),
                                QMessageBox.ButtonRole.DestructiveRole) \
            if given else None
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return False
        return True if replace is not None and box.clickedButton() is replace else None

    def _on_note(self) -> None:
        if self.current is None or self.case is None or self.case.read_only or self._loading_note:
            return
        fid = self.current.id
        self._change(translate("ReviewPage", "Note"), {fid: (self.model.verdict(fid), self.note.toPlainText())},
                     note_of=fid)

    def _change(self, text: str, after: dict[str, State], note_of: str | None = None) -> None:
        """Write ``after`` to the case, show it, and make it one undoable step."""
        before = dict(zip(after, self.model.states_of(after), strict=True))
        if before == after:
            return
        self.apply_states(after)
        self.undo_stack.push(ReviewChange(self, text, before, after, note_of))

    def apply_states(self, states: dict[str, State]) -> None:
        """Save verdicts and notes in the case (one transaction), then show them."""
        if self.case is None or self.case.read_only:
            raise CaseReadOnly()
        if len(states) >= WRITE_BEHIND:
            case, ids = self.case, list(states)
            self.case.restore_verdicts_behind(states).add_done_callback(  # on the writer thread: hop to ours
                lambda done: self.written.emit(case, ids, done.exception()))
        else:
            self.case.restore_verdicts(states)
        self._show_states(states)

    def _show_states(self, states: dict[str, State]) -> None:
        self.model.set_states(states)
        self._update_progress()
        if self.current is not None and self.current.id in states:
            verdict, note = states[self.current.id]
            self._paint_buttons(verdict)
            if self.note.toPlainText() != note:
                self._set_note(note)

    def _on_written(self, case: CaseStore, ids: list[str], error: BaseException | None) -> None:
        """A change written behind the window is in the case, or it failed: then show what the case holds."""
        if error is None:
            return
        if case is self.case and not case.read_only:
            held = case.verdicts()
            self._show_states({fid: held.get(fid, (None, "")) for fid in ids})
            self.undo_stack.clear()  # its steps assumed the change was saved
        self.change_failed(error if isinstance(error, DossierError) else CaseNotSaved(detail=repr(error)[:300]))

    def change_failed(self, exc: DossierError) -> None:
        messages.warn(self._widget(), translate("ReviewPage", "Not saved"), str(exc))

    def _widget(self) -> QWidget:
        return self  # type: ignore[return-value]  # mixed into a QWidget
