"""The Review page's right pane: the selected finding, its evidence, the verdict bar and the note.

Mixed into :class:`gui.review.page.ReviewPage`; its texts keep the page's translation context. The clip
player is embedded in the pane's ``player_slot``, right under the finding's sentence.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.rules.evidence_words import evidence_label, evidence_value
from core.rules.finding import Finding
from gui.look.icons import VERDICT_ICONS, icon, severity_icon, severity_word, verdict_word
from gui.look.labels import plain_label, scaled_font
from gui.look.theme import severity_text
from gui.look.when import when
from gui.review.findings_model import FINDING_ROLE, rule_title
from gui.review.voice import OwnVoiceButton

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from gui.review.findings_model import FindingsModel

    _PageBase = QWidget  # type-checked as the page it is mixed into
else:
    _PageBase = object

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for; the page's own context

HIDDEN_EVIDENCE = {"recording_id", "time", "member", "audio_member"}  # shown above already
VERDICT_KEYS = (("mine", "1"), ("not-mine", "2"), ("unsure", "3"))


class FindingDetail(_PageBase):
    """The selected finding shown on the right, with the verdict bar under it (mixed into the Review page)."""

    # what the page this is mixed into holds and does
    if TYPE_CHECKING:
        model: FindingsModel
        current: Finding | None
        findingSelected: SignalInstance
        _loading_note: bool
        _emitted: str | None

        def set_verdict(self, verdict: str | None, finding_id: str | None = None) -> None: ...
        def next(self) -> None: ...
        def previous(self) -> None: ...
        def _on_note(self) -> None: ...

    def _build_detail(self) -> QWidget:
        """The right pane: the finding (scrolling, with the player) above the verdict bar (always in view)."""
        self.severity_icon = QLabel(self)
        self.severity_word = plain_label("", self, wrap=False)
        self.severity_word.setFont(scaled_font(self, 1.0, bold=True))
        self.rule = plain_label("", self)
        self.rule.setFont(scaled_font(self, 1.4, bold=True))
        self.explanation = plain_label("", self)
        self.explanation.setFont(scaled_font(self, 1.1))
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence_box = QFrame(self)
        self.evidence = QFormLayout(self.evidence_box)
        self.evidence.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.player_slot = QVBoxLayout()
        self.verdict_buttons: dict[str, QPushButton] = {}
        self.verdict_group = QButtonGroup(self)
        self.verdict_group.setExclusive(False)
        buttons = QHBoxLayout()
        for verdict, key in VERDICT_KEYS:
            button = QPushButton(icon(VERDICT_ICONS[verdict]), f"{verdict_word(verdict)}   {key}", self)
            button.setCheckable(True)
            button.setMinimumHeight(44)
            button.setIconSize(QSize(20, 20))
            button.setFont(scaled_font(self, 1.1, bold=True))
            button.setAccessibleName(verdict_word(verdict))
            button.setToolTip(translate("ReviewPage", "Press %1").replace("%1", key))
            button.clicked.connect(lambda _checked=False, v=verdict: self.set_verdict(v))
            self.verdict_buttons[verdict] = button
            buttons.addWidget(button)
        self.own_voice = OwnVoiceButton(self)  # its ownVoiceChanged asks the window for the voice check
        buttons.addSpacing(12)
        buttons.addWidget(self.own_voice)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(translate("ReviewPage", "Your note (for example: “that is my neighbour’s voice”)"))
        self.note.setMaximumHeight(60)
        self.note.setAccessibleName(translate("ReviewPage", "Note"))
        self.note.setTabChangesFocus(True)  # Tab and Shift+Tab leave the note; Escape returns to the list
        self.note.setAccessibleDescription(translate("ReviewPage", "Saved as you type. Tab leaves the note, Escape "
                                                                   "returns to the findings list."))
        self.note.installEventFilter(self)
        self.note.textChanged.connect(self._on_note)
        self.nav_prev = QPushButton(translate("ReviewPage", "Previous  K"), self)
        self.nav_next = QPushButton(translate("ReviewPage", "Next  J"), self)
        self.nav_prev.setAccessibleDescription(translate("ReviewPage", "Shows the previous finding (K)"))
        self.nav_next.setAccessibleDescription(translate("ReviewPage", "Shows the next finding (J)"))
        self.nav_prev.clicked.connect(self.previous)
        self.nav_next.clicked.connect(self.next)
        self.read_only = plain_label(translate("ReviewPage", "This export is open in another Dossier window: your "
                                                             "verdicts are shown but cannot be changed here."), self)
        self.read_only.setVisible(False)
        self.empty = plain_label(translate("ReviewPage", "No findings. Dossier checked this export and found nothing "
                                                         "out of place — nothing to review."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = QWidget(self)
        head = QHBoxLayout()
        head.addWidget(self.severity_icon)
        head.addWidget(self.severity_word)
        head.addStretch()
        nav = QHBoxLayout()
        nav.addWidget(self.nav_prev)
        nav.addWidget(self.nav_next)
        nav.addStretch()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(18, 14, 18, 14)
        detail.setSpacing(10)
        detail.addLayout(head)
        detail.addWidget(self.rule)
        detail.addWidget(self.explanation)
        detail.addLayout(self.player_slot)  # the clip's controls right under the sentence, visible at 1280×720
        detail.addWidget(self.evidence_box)
        detail.addStretch(1)  # spare height goes below the player, not between its parts
        # the verdict bar stays in view while the explanation and the player scroll
        self.verdict_bar = QWidget(self)
        bar = QVBoxLayout(self.verdict_bar)
        bar.setContentsMargins(18, 6, 18, 12)
        verdict_title = plain_label(translate("ReviewPage", "Is this yours?"), self)
        verdict_title.setFont(scaled_font(self, 1.05, bold=True))
        bar.addWidget(verdict_title)
        bar.addLayout(buttons)
        bar.addWidget(self.note)
        bar.addWidget(self.read_only)
        bar.addLayout(nav)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        self.detail_scroll = scroll
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.verdict_bar)
        right_layout.addWidget(self.empty)
        return right

    # ---- showing one finding -------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        fid = current.siblingAtColumn(0).data(FINDING_ROLE) if current.isValid() else None
        self._show(self.model.findings.get(fid) if fid else None)

    def _show(self, finding: Finding | None) -> None:
        self.current = finding
        self.own_voice.show_recording(finding.subject if finding is not None else None)
        enabled = finding is not None
        self.note.setEnabled(enabled)
        while self.evidence.rowCount():
            self.evidence.removeRow(0)
        if finding is None:
            self.severity_icon.clear()
            self.severity_word.setText("")
            self.rule.setText(translate("ReviewPage", "Choose a finding on the left"))
            self.explanation.setText(translate("ReviewPage", "Select a group's entry to see why Dossier flagged it."))
            self._paint_buttons(None)
            self._set_note("")
            if self._emitted is not None:
                self._emitted = None
                self.findingSelected.emit(None)
            return
        self.severity_icon.setPixmap(severity_icon(finding.severity).pixmap(QSize(20, 20)))
        self.severity_word.setText(severity_word(finding.severity))
        severity_text(self.severity_word, finding.severity)
        self.rule.setText(rule_title(finding.rule))
        self.explanation.setText(finding.explanation)
        moment = when(finding.time)
        rows: list[tuple[str, str, str]] = []
        if moment is not None:
            rows.append((translate("ReviewPage", "When"), moment.full, moment.utc_full))
        if finding.member:
            rows.append((translate("ReviewPage", "File in the export"), finding.member, ""))
        for key, value in finding.evidence.items():
            if key in HIDDEN_EVIDENCE:
                continue
            rows.append((evidence_label(key), _evidence_text(value, key), ""))
        for label, value, tip in rows:
            field = plain_label(value, self.evidence_box)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if tip:
                field.setToolTip(html.escape(tip))
            self.evidence.addRow(plain_label(label + ":", self.evidence_box, wrap=False), field)
        self._paint_buttons(self.model.verdict(finding.id))
        stored = self.model.note(finding.id)
        if self.note.toPlainText() != stored:  # a refresh of the same finding keeps the cursor where it is
            self._set_note(stored)
        if self._emitted != finding.id:  # a refresh that keeps the selection does not re-announce it
            self._emitted = finding.id
            self.findingSelected.emit(finding)

    def _set_note(self, text: str) -> None:
        self._loading_note = True
        try:
            self.note.setPlainText(text)
        finally:
            self._loading_note = False

    def _paint_buttons(self, verdict: str | None) -> None:
        for name, button in self.verdict_buttons.items():
            button.setChecked(name == verdict)


def _evidence_text(value: Any, key: str = "") -> str:
    """Evidence values as words in the user's language (core.rules.evidence_words), at most 400 characters."""
    text = evidence_value(value, key)
    return text if len(text) <= 400 else text[:399] + "…"
