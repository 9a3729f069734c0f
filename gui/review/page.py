"""The Review page: triage findings like mail — list on the left, the selected finding on the right.

The right pane is :class:`~gui.review.detail.FindingDetail`, the verdicts :class:`~gui.review.verdicts.VerdictActions`
(both mixed in).

Keyboard: J next, K previous, 1 mine, 2 not mine, 3 unsure, 4 my voice (the note field keeps its own
typing). Every verdict, "my voice" mark and keystroke of a note is written to the case at once (a change of
a thousand findings or more on the case's writer thread, while the window shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.case.store import CaseStore
from core.rules.finding import Finding
from gui.look.icons import VERDICT_ICONS, icon, verdict_word
from gui.look.labels import plain_label, scaled_font
from gui.review.detail import VERDICT_KEYS, FindingDetail
from gui.review.findings_model import FindingsLayout, FindingsModel, findings_layout
from gui.review.verdicts import VerdictActions
from gui.review.voice import VOICE_KEY, VoicePassBar


class ReviewPage(VerdictActions, FindingDetail, QWidget):
    """Signals:
        findingSelected(object): the selected :class:`Finding` (or ``None``).
    """

    findingSelected = Signal(object)
    written = Signal(object, object, object)  # a change written behind the window: case, finding ids, error

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseStore | None = None
        self.model = FindingsModel(self)
        self.current: Finding | None = None
        self.auto_advance = True
        self.undo_stack = QUndoStack(self)  # verdicts, bulk verdicts, notes, "my voice" marks (Edit ▸ Undo/Redo)
        # queued even when the write was done before its callback was attached: after the change is shown and pushed
        self.written.connect(self._on_written, Qt.ConnectionType.QueuedConnection)

        # ---- left: progress + list ----
        self.progress_label = plain_label("", self, wrap=False)
        self.progress_label.setFont(scaled_font(self, 1.0, bold=True))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        # nothing in the list is editable (the model's lazy finding rows are bare slots that Qt counts as editable)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setAccessibleDescription(self.tr("Findings grouped by what Dossier noticed. J next, K previous, "
                                                   "1 mine, 2 not mine, 3 unsure, Space plays the clip"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # sized by the rows on screen: by default Qt measures 1,000 rows (~8,500 calls into the model, ~40 ms)
        # whenever a verdict changes
        self.tree.header().setResizeContentsPrecision(0)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.bulk = QPushButton(self.tr("Mark this whole group as…"), self)  # draws its menu arrow beside the text
        bulk_menu = QMenu(self.bulk)
        for verdict, _key in VERDICT_KEYS:
            bulk_menu.addAction(icon(VERDICT_ICONS[verdict]), verdict_word(verdict),
                                lambda v=verdict: self.bulk_verdict(v))
        self.bulk.setMenu(bulk_menu)
        self.bulk.setAccessibleDescription(self.tr("Gives every finding of the selected group the same verdict; "
                                                   "asks before replacing verdicts you gave one by one"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(self.progress_label)
        left_layout.addWidget(self.progress_bar)
        self.voice_bar = VoicePassBar(left)  # the background voice check, while it runs
        left_layout.addWidget(self.voice_bar)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.bulk, 0, Qt.AlignmentFlag.AlignLeft)

        # ---- right: the finding ----
        right = self._build_detail()

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([540, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for sequence, slot in (("J", self.next), ("K", self.previous),
                               *((key, (lambda v=v: self.set_verdict(v))) for v, key in VERDICT_KEYS),
                               (VOICE_KEY, self.own_voice.toggle)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._describe: Callable[[Finding], str] = lambda f: f.subject
        self.space_handler: Callable[[], object] | None = None  # play/pause of the embedded player
        self.tree.installEventFilter(self)
        self._show(None)

    def __repr__(self) -> str:
        return f"<ReviewPage {self.model.reviewed()}/{len(self.model.findings)} reviewed>"

    # ---- data ----------------------------------------------------------------------------------
    def data_steps(self, findings: list[Finding], case: CaseStore, describe: Callable[[Finding], str],
                   with_audio: set[str] | None = None) -> list[Callable[[], object]]:
        """:meth:`set_data` as steps for :class:`gui.work.staged.Staged`: the list's layout is worked out on
        the showing thread, then shown (at 20k findings one ~135 ms step before)."""
        from gui.work.staged import in_background

        work: list[Future[FindingsLayout]] = []

        def plan() -> object:  # the case's verdicts are read there too (20k rows: ~15 ms)
            work.append(in_background(lambda: findings_layout(findings, case.verdicts())))
            return work[0]

        return [plan, lambda: self.set_data(findings, case, describe, with_audio, layout=work[0].result())]

    def set_data(self, findings: list[Finding], case: CaseStore, describe: Callable[[Finding], str],
                 with_audio: set[str] | None = None, layout: FindingsLayout | None = None) -> None:
        """Show ``findings`` with the verdicts stored in ``case`` (keeps the selection if it still exists);
        ``with_audio``: the recordings with a clip, which can be marked as the user's own voice; ``layout``:
        :func:`~gui.review.findings_model.findings_layout` of them, made elsewhere."""
        keep = self.current.id if self.current else None
        if case is not self.case:  # another export: announce the selection again; forget the old steps
            self._emitted = None
            keep = None
            self.undo_stack.clear()
        self.case = case
        self._describe = describe
        self.own_voice.set_case(case, self.own_voice.with_audio if with_audio is None else with_audio)
        self.model.set_findings(findings, {} if layout is not None else case.verdicts(), describe, layout)
        shared = self.model.shared_verdicts()  # a finding that appeared after its recording was answered
        if shared and not case.read_only:
            case.restore_verdicts(shared)
            self.model.set_states(shared)
        self.tree.expandToDepth(0)  # groups open; expandAll also visits every finding row (~40 ms at 20k)
        self.read_only.setVisible(case.read_only)
        for button in self.verdict_buttons.values():
            button.setEnabled(not case.read_only)
        self.note.setReadOnly(case.read_only)
        self.bulk.setEnabled(not case.read_only and bool(findings))
        self.detail_scroll.setVisible(bool(findings))
        self.verdict_bar.setVisible(bool(findings))
        self.empty.setVisible(not findings)
        self._update_progress()
        if keep and keep in self.model.findings:
            self.select(keep)
        elif self.model.order:
            self.select(self.model.order[0])
        else:
            self._show(None)

    def select(self, finding_id: str) -> None:
        index = self.model.index_of(finding_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            if index.row() == 0:
                self.tree.scrollTo(index.parent(), QAbstractItemView.ScrollHint.EnsureVisible)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.recolour()  # light ↔ dark
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """J/K/1/2/3/Space work as soon as the page shows: the findings list takes the focus."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space in the findings list plays or pauses the clip (the list has the focus while triaging);
        Escape in the note returns to the list."""
        if (watched is self.note and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress and self.space_handler is not None
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.space_handler()
            return True
        return super().eventFilter(watched, event)

    def set_player(self, widget: QWidget) -> None:
        """Embed the clip player; it keeps at least its preferred height (the pane scrolls instead)."""
        widget.setMinimumHeight(max(widget.minimumSizeHint().height(), min(widget.sizeHint().height(), 420)))
        self.player_slot.addWidget(widget)

    # ---- navigation ----------------------------------------------------------------------------
    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        order = self.model.order
        if not order:
            return
        position = self.model.position.get(self.current.id, -delta) if self.current else -delta
        self.select(order[max(0, min(len(order) - 1, position + delta))])

    _loading_note = False
    _emitted: str | None = None

    def _update_progress(self) -> None:
        loc = QLocale()
        total, done = len(self.model.findings), self.model.reviewed()
        self.progress_label.setText(self.tr("%1 of %2 reviewed").replace("%1", loc.toString(done))
                                    .replace("%2", loc.toString(total)))
        bar = self.progress_bar
        bar.setUpdatesEnabled(False)  # setValue repaints at once (a flush of its own): the next frame paints it
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        bar.setUpdatesEnabled(True)
