"""Following up in the app: the deadline banner (welcome page and the opened export) and the correspondence
dialog (mark a letter as sent, attach an answer, draft the next step).

The clock is the window's (``MainWindow.today``), so a test can let a month pass. Answers are kept in the
case byte for byte (never opened here); drafts go through :func:`core.letters.followup_output.write_followup`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DossierError
from gui.look.labels import plain_label, scaled_font
from gui.look.panel import Panel

if TYPE_CHECKING:  # the letters package (Jinja2) loads after the first window is shown
    from core.letters.followup_deadlines import Deadline

FOLLOWUPS = ("reminder", "nonanswer", "followup")
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def step_name(step: str) -> str:
    """The next step in the UI language."""
    return {"reminder": translate("FollowUp", "a reminder to the company"),
            "nonanswer": translate("FollowUp", "a complaint for non-answer"),
            "followup": translate("FollowUp", "a follow-up to the authority"),
            "complaint": translate("FollowUp", "your complaint")}.get(step, step)


def kind_name(kind: str) -> str:
    """A letter's kind in the UI language."""
    return {"complaint": translate("FollowUp", "Complaint"), "access": translate("FollowUp", "Access follow-up"),
            "erasure": translate("FollowUp", "Erasure or restriction"),
            "breach": translate("FollowUp", "Breach inquiry"), "reminder": translate("FollowUp", "Reminder"),
            "nonanswer": translate("FollowUp", "Complaint for non-answer"),
            "followup": translate("FollowUp", "Follow-up")}.get(kind, kind)


def deadline_sentence(d: Deadline) -> str:
    """:meth:`Deadline.sentence` (core's words, in the UI language the app gave core) with the date in the
    locale's long format."""
    return d.sentence(day=lambda due: QLocale().toString(QDate(due.year, due.month, due.day),
                                                         QLocale.FormatType.LongFormat))


class DeadlineBanner(Panel):
    """Due or passed deadlines with the next step. Signals: draftRequested(str kind), correspondenceRequested()."""

    draftRequested = Signal(str)
    correspondenceRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, actions: bool = True) -> None:
        super().__init__(parent, accent=QColor("#c77700"))
        self.title = plain_label(self.tr("A deadline in your case is due or has passed"), self)
        self.title.setFont(scaled_font(self, 1.0, bold=True))
        self.text = plain_label("", self)
        self.draft_button = QPushButton(self)
        self.draft_button.clicked.connect(lambda: self.draftRequested.emit(self.next_step or ""))
        self.open_button = QPushButton(self.tr("Correspondence…"), self)
        self.open_button.clicked.connect(self.correspondenceRequested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.draft_button.setVisible(actions)
        self.open_button.setVisible(actions)
        self.with_actions = actions
        self.next_step: str | None = None
        self.show_deadlines([])

    def show_deadlines(self, items: list[tuple[str, Deadline]], *, following: bool = False) -> None:
        """``(export name or "", deadline)`` pairs; ``following``: the case has correspondence, so the banner
        stays (with its Correspondence button) even when no deadline runs. Hidden otherwise when empty."""
        urgent = [d for _, d in items if d.state != "open"]
        self.title.setText(self.tr("A deadline in your case is due or has passed") if urgent
                           else self.tr("Following up on your request"))
        lines = [(f"{name}: " if name else "") + deadline_sentence(d) for name, d in items]
        if following and not items:
            lines = [self.tr("No deadline is running.")]
        if items and not self.with_actions:
            lines.append(self.tr("Open the export to draft the next step."))
        self.text.setText("\n".join(lines))
        steps = [d.next_step for d in urgent if d.next_step in FOLLOWUPS]
        self.next_step = steps[0] if steps else None
        self.draft_button.setText(self.tr("Draft %1…").replace("%1", step_name(self.next_step or "")))
        self.draft_button.setVisible(self.with_actions and self.next_step is not None)
        self.setVisible(bool(items) or following)


class CorrespondenceDialog(QDialog):
    """The case's letters and answers; mark as sent, attach an answer, draft a follow-up."""

    def __init__(self, case: Any, export: Any, members: Any, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correspondence"))
        self.case, self.export, self.members, self.today = case, export, members, today
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Letters and answers"))
        self.when = QDateEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.party = QComboBox(self)
        self.party.addItem(self.tr("from the company"), "company")
        self.party.addItem(self.tr("from the authority"), "authority")
        self.status = plain_label("", self)
        self.sent_button = sent = QPushButton(self.tr("Mark as sent on this day"), self)
        sent.clicked.connect(lambda: self.mark_sent())
        self.attach_button = attach = QPushButton(self.tr("Attach an answer…"), self)
        attach.clicked.connect(lambda: self.attach_answer())
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Day:"), self, wrap=False))
        row.addWidget(self.when)
        row.addWidget(sent)
        row.addWidget(self.party)
        row.addWidget(attach)
        drafts = QHBoxLayout()
        self.draft_buttons: dict[str, QPushButton] = {}
        for kind in FOLLOWUPS:
            button = QPushButton(self.tr("Draft %1…").replace("%1", step_name(kind)), self)
            button.clicked.connect(lambda _c=False, k=kind: self.draft(k))
            drafts.addWidget(button)
            self.draft_buttons[kind] = button
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Answers you attach stay in your case on this computer; Dossier never "
                                             "opens or sends them."), self))
        layout.addWidget(self.items)
        layout.addLayout(row)
        layout.addLayout(drafts)
        layout.addWidget(self.status)
        self.resize(760, 460)
        self.refresh()

    def refresh(self) -> None:
        day = self.today()
        self.when.setDate(QDate(day.year, day.month, day.day))
        self.items.clear()
        self.letter_ids: list[int | None] = []
        parties = {"company": self.tr("to the company"), "authority": self.tr("to the authority")}
        for x in self.case.letters():
            sent = self.tr("sent %1").replace("%1", x.sent.isoformat()) if x.sent else self.tr("not marked as sent")
            drafted = self.tr("drafted %1").replace("%1", x.drafted.isoformat())
            self.items.addItem(f"{x.label}  {kind_name(x.kind)} ({x.lang}) {parties.get(x.party, x.party)} "
                               f"({x.addressee}) — {drafted}, {sent}")
            self.letter_ids.append(x.id)
        senders = {"company": self.tr("Answer from the company"), "authority": self.tr("Answer from the authority")}
        for r in self.case.replies():
            received = self.tr("received %1").replace("%1", r.received.isoformat())
            self.items.addItem(f"R{r.id}  {senders.get(r.party, r.party)} — {received}: {r.name}, "
                               f"SHA-256 {r.sha256[:16]}…")
            self.letter_ids.append(None)

    def _day(self) -> date:
        picked = self.when.date()
        return date(picked.year(), picked.month(), picked.day())

    def mark_sent(self, letter_id: int | None = None) -> None:
        """The selected letter (or ``letter_id``) was sent on the chosen day."""
        if letter_id is None:
            row = self.items.currentRow()
            letter_id = self.letter_ids[row] if 0 <= row < len(self.letter_ids) else None
        if letter_id is None:
            self.status.setText(self.tr("Choose a letter first."))
            return
        try:
            self.case.mark_sent(letter_id, self._day())
        except DossierError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Marked L%1 as sent.").replace("%1", str(letter_id)))
        self.refresh()

    def attach_answer(self, path: str | None = None) -> None:
        """Keep an answer (PDF, e-mail file, text) in the case with its hash."""
        from core.case.correspondence import read_reply

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach an answer"), str(Path.home()),
                                                  self.tr("Answers (*.pdf *.eml *.txt *.msg);;All files (*)"))
        if not path:
            return
        try:
            name, data = read_reply(Path(path))
            reply = self.case.add_reply(name, data, self.party.currentData(), self._day())
        except DossierError as exc:
            self.status.setText(str(exc))
            return
        self.case.log(f"answer R{reply.id} attached: {reply.size} bytes, SHA-256 {reply.sha256}")
        self.status.setText(self.tr("Kept the answer as R%1.").replace("%1", str(reply.id)))
        self.refresh()

    def draft(self, kind: str, folder: str | None = None) -> list[Path]:
        """Write the follow-up ``kind`` (PDF, text, bundle with the answers) into a folder the user chooses."""
        from core.letters.followup_output import write_followup
        from gui.letters.pdf import render_pdf

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letter"), str(Path.home()))
        if not folder:
            return []
        try:
            written = write_followup(kind, self.case, self.export, Path(folder), render_pdf=render_pdf,
                                     today=self.today(), members=self.members)
        except (DossierError, OSError) as exc:
            self.status.setText(str(exc) if isinstance(exc, DossierError) else self.tr("Not saved: %1")
                                .replace("%1", exc.strerror or ""))
            return []
        self.status.setText(self.tr("Saved L%1: %2. Mark it as sent once you have sent it.")
                            .replace("%1", str(written.letter_id))
                            .replace("%2", ", ".join(p.name for p in [*written.files, written.bundle])))
        self.refresh()
        return [*written.files, written.bundle]
