"""The voice check in the app: the "My voice" mark of a clip, the background pass and its progress bar.

Marking a clip as "my voice" (the Review page's button, key 4, or the recordings table's context menu) is
saved in the case at once, like a verdict, is one step of the Review page's undo stack, and starts the voice
pass (:func:`gui.work.importer.voice_work`),
which compares every clip with the marked ones; its ``voice-mismatch`` findings then join the review list
and what "Draft letter" is given. :class:`VoiceCheck` runs the passes, :class:`VoicePassBar` shows them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QMenu, QProgressBar, QPushButton, QTableView, QWidget

from core.case.store import CaseStore
from core.errors import DossierError
from core.rules.finding import Finding
from gui.explore.table_model import POSITION_ROLE
from gui.look.icons import icon
from gui.pages.welcome import plain_label, scaled_font
from gui.review.undo import OwnVoiceChange
from gui.work.importer import ImportResult, rules_work, voice_work
from gui.work.tasks import Task, TaskRunner

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
VOICE_KEY = "4"


class OwnVoiceButton(QPushButton):
    """A checkable "My voice" button for the clip of the selected finding.

    Signals:
        ownVoiceChanged(str, bool): recording id, and whether it is now marked as the user's own voice.
    """

    ownVoiceChanged = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon("my-voice"), f"{translate('Review', 'My voice')}   {VOICE_KEY}", parent)
        self.setCheckable(True)
        self.setMinimumHeight(44)
        self.setIconSize(QSize(20, 20))
        self.setFont(scaled_font(self, 1.1, bold=True))
        self.setAccessibleName(translate("Review", "My voice"))
        self.setToolTip(translate("Review", "This clip is in your own voice: Dossier compares every other clip "
                                            "with the clips you mark (press %1)").replace("%1", VOICE_KEY))
        self.case: CaseStore | None = None
        self.marked: set[str] = set()  # recording ids marked as the user's own voice
        self.with_audio: set[str] = set()  # recording ids that have a clip
        self.recording: str | None = None
        self.clicked.connect(lambda _checked=False: self.toggle())

    def set_case(self, case: CaseStore, with_audio: set[str]) -> None:
        self.case, self.with_audio = case, with_audio
        self.marked = case.own_voice()
        self.show_recording(self.recording)

    def reload(self) -> None:
        """Read the marks again (they were changed elsewhere, e.g. in the recordings table)."""
        if self.case is not None:
            self.marked = self.case.own_voice()
        self.show_recording(self.recording)

    def show_recording(self, recording_id: str | None) -> None:
        """Follow the selected finding: enabled for a recording with a clip, checked if it is marked."""
        self.recording = recording_id
        usable = (recording_id is not None and recording_id in self.with_audio and self.case is not None
                  and not self.case.read_only)
        self.setEnabled(usable)
        self.setChecked(recording_id in self.marked if recording_id else False)

    def toggle(self) -> None:
        """Mark or unmark the shown clip (saved in the case at once)."""
        rid = self.recording
        if rid is None or self.case is None or self.case.read_only or rid not in self.with_audio:
            self.setChecked(False)
            return
        mine = rid not in self.marked
        self.case.set_own_voice([rid], mine)
        if mine:
            self.marked.add(rid)
        else:
            self.marked.discard(rid)
        self.setChecked(mine)
        self.ownVoiceChanged.emit(rid, mine)


class VoicePassBar(QWidget):
    """What the voice pass is doing and how far it got, with Cancel; hidden while no pass runs.

    Signals:
        cancelRequested(): the user pressed Cancel.
    """

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label("", self, wrap=False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        self.cancel = QPushButton(translate("Review", "Cancel"), self)
        self.cancel.setAccessibleName(translate("Review", "Cancel the voice comparison"))
        self.cancel.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.setVisible(False)

    def start(self) -> None:
        self.label.setText(translate("Review", "Comparing voices…"))
        self.bar.setValue(0)
        self.setVisible(True)

    def set_progress(self, fraction: float, _message: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def finish(self) -> None:
        self.setVisible(False)


class VoiceCheck(QObject):
    """Runs the voice pass for the window: after the clip fingerprints, one pass at a time, and once more
    when the marks changed meanwhile. The clips are decoded once per export (``ImportResult.voice``)."""

    def __init__(self, tasks: TaskRunner, button: OwnVoiceButton, bar: VoicePassBar, recordings: QTableView,
                 current: Callable[[], ImportResult | None], show_findings: Callable[[list[Finding]], None],
                 failed: Callable[[BaseException], None], say: Callable[[str], None],
                 undo: QUndoStack | None = None) -> None:
        super().__init__(button)
        self.tasks, self.button, self.bar, self.recordings = tasks, button, bar, recordings
        self.current, self.show_findings, self.failed, self.say = current, show_findings, failed, say
        self.undo = undo  # the Review page's: a change of marks is one step, like a verdict
        self.task: Task | None = None  # the voice pass, while it runs
        self.waiting_for: Task | None = None  # the clip fingerprints of the open export, while they run
        self.again = False  # the marks changed while a pass ran (or before the fingerprints were in)
        button.ownVoiceChanged.connect(self._marked_by_button)
        bar.cancelRequested.connect(self.cancel)
        recordings.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # clips without a finding
        recordings.customContextMenuRequested.connect(self.recordings_menu)

    def after(self, hashes: Task, result: ImportResult) -> None:
        """Start once ``hashes`` is done if the export's case already holds "my voice" marks."""
        self.waiting_for = hashes

        def done() -> None:
            if self.waiting_for is hashes and self.current() is result:
                self.waiting_for = None
                if self.again or result.voice_marked():
                    self.again = False
                    self.start()

        hashes.done.connect(done)

    def start(self) -> Task | None:
        """Compare every clip with the ones marked as "my voice" (or drop the comparison's findings when
        nothing is marked any more)."""
        result = self.current()
        if result is None:
            return None
        if self.task is not None or self.waiting_for is not None:
            self.again = True
            return None
        if result.voice is None and not result.voice_marked():
            return self.tasks.start("rules", rules_work(result), on_success=self.show_findings, on_failure=self.failed)
        task = self.tasks.start("voice", voice_work(result), on_success=self.show_findings, on_failure=self.failed,
                                on_cancel=lambda: self.say(translate(
                                    "Review", "Voice comparison cancelled — your marks are saved; mark or unmark "
                                              "a clip to compare again.")))
        self.bar.start()
        task.progressed.connect(self.bar.set_progress)
        task.done.connect(lambda: self._done(task))
        self.task = task
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.again = False
            self.task.cancel()

    def forget(self) -> None:
        """The export was closed (its tasks are cancelled and waited for by the window)."""
        self.task = self.waiting_for = None
        self.again = False
        self.bar.finish()

    def _done(self, task: Task) -> None:
        if self.task is not task:
            return
        self.task = None
        self.bar.finish()
        if self.again:
            self.again = False
            self.start()

    def mark(self, recording_ids: list[str], mine: bool) -> None:
        """Mark or unmark recordings as the user's own voice (saved at once, one undo step), then compare again."""
        result = self.current()
        if result is None or result.case.read_only or not recording_ids:
            return
        before = result.case.own_voice()
        changed = [rid for rid in dict.fromkeys(recording_ids) if (rid in before) != mine]
        result.case.set_own_voice(recording_ids, mine)
        self.button.reload()
        self._remember(changed, mine)
        self.start()

    def apply_marks(self, recording_ids: list[str], mine: bool) -> None:
        """Undo or redo of a change of marks: write them back and compare again."""
        result = self.current()
        if result is None or result.case.read_only:
            return
        result.case.set_own_voice(recording_ids, mine)
        self.button.reload()
        self.start()

    def change_failed(self, exc: DossierError) -> None:
        self.say(str(exc))

    def _marked_by_button(self, recording_id: str, mine: bool) -> None:
        self._remember([recording_id], mine)
        self.start()

    def _remember(self, recording_ids: list[str], mine: bool) -> None:
        if self.undo is not None and recording_ids:
            text = translate("Review", "Mark as my voice") if mine else \
                translate("Review", "Remove the “my voice” mark")
            self.undo.push(OwnVoiceChange(self, text, recording_ids, mine))

    def recordings_menu(self, pos: QPoint) -> QMenu | None:
        """The recordings table's context menu: mark the selected clips as "my voice", or unmark them."""
        result = self.current()
        if result is None or result.case.read_only:
            return None
        view = self.recordings
        rows = {i.row(): i for i in view.selectionModel().selectedIndexes()} or \
            ({0: view.indexAt(pos)} if view.indexAt(pos).isValid() else {})
        rec = result.export.recordings
        ids = []
        for index in rows.values():
            position = index.data(POSITION_ROLE)
            if isinstance(position, int) and 0 <= position < len(rec) and isinstance(rec["audio_member"].iat[position],
                                                                                      str):
                ids.append(str(rec["id"].iat[position]))
        if not ids:
            return None
        menu = QMenu(view)
        menu.addAction(translate("Review", "Mark as my voice"), lambda: self.mark(ids, True))
        menu.addAction(translate("Review", "Remove the “my voice” mark"), lambda: self.mark(ids, False))
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu
