"""Undo and redo of the review: verdicts, bulk verdicts, notes and "my voice" marks as :class:`QUndoCommand` s.

The case store stays the truth: a change is written to the case *before* its command is pushed (a full
disk refuses the change and nothing enters the stack), and undo/redo write the saved "before" or "after"
state back in one transaction (:meth:`CaseStore.restore_verdicts`) — so a crash after an undo keeps
exactly what the window showed. A change of a thousand findings or more (a group verdict) is handed to the
case's writer thread instead and written within a fraction of a second; if that write fails, the page shows
the case's state again and clears this stack (:meth:`gui.review.verdicts.VerdictActions.apply_states`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from core.errors import DossierError

State = tuple[str | None, str]  # (verdict or None, note)
_NOTE_ID = 1810  # consecutive keystrokes in one finding's note merge into one undo step


class Reviewing(Protocol):
    """What a review change needs from the page: apply states, and say when the case refused them."""

    def apply_states(self, states: dict[str, State]) -> None: ...

    def change_failed(self, exc: DossierError) -> None: ...


class AppliedChange(QUndoCommand):
    """A step whose change was written before it was pushed: the first redo (``QUndoStack.push`` calls it) does
    nothing; later ones apply the change again (``_apply(forward=True)``), undo takes it back (``forward=False``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply(forward=True)

    def undo(self) -> None:
        self._apply(forward=False)

    def _apply(self, forward: bool) -> None:
        raise NotImplementedError


class ReviewChange(AppliedChange):
    """The states of some findings before and after one user action (already applied when pushed)."""

    def __init__(self, page: Reviewing, text: str, before: dict[str, State], after: dict[str, State],
                 note_of: str | None = None) -> None:
        super().__init__(text)
        self.page, self.before, self.after, self.note_of = page, before, after, note_of

    def id(self) -> int:
        return _NOTE_ID if self.note_of is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same note extends the step (its "before" stays the note before typing)."""
        if not isinstance(other, ReviewChange) or other.note_of is None or other.note_of != self.note_of:
            return False
        self.after.update(other.after)
        return True

    def _apply(self, forward: bool) -> None:
        try:
            self.page.apply_states(self.after if forward else self.before)
        except DossierError as exc:  # a full disk or a case opened elsewhere: the window says so
            self.setObsolete(True)
            self.page.change_failed(exc)


class Marking(Protocol):
    """What a "my voice" change needs: mark or unmark clips (and compare again), and say when the case refused."""

    def apply_marks(self, recording_ids: list[str], mine: bool) -> None: ...

    def change_failed(self, exc: DossierError) -> None: ...


class OwnVoiceChange(AppliedChange):
    """Clips marked, or unmarked, as the user's own voice in one action (already applied when pushed): only
    the clips whose mark the action changed, so undo gives back exactly the marks before it."""

    def __init__(self, marking: Marking, text: str, recording_ids: list[str], mine: bool) -> None:
        super().__init__(text)
        self.marking, self.recording_ids, self.mine = marking, list(recording_ids), mine

    def _apply(self, forward: bool) -> None:
        try:
            self.marking.apply_marks(self.recording_ids, self.mine if forward else not self.mine)
        except DossierError as exc:
            self.setObsolete(True)
            self.marking.change_failed(exc)
