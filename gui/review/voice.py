"""The voice check in the Review page: the "My voice" mark of a clip, and the background pass's progress bar.

Marking a clip as "my voice" is saved in the case at once (like a verdict) and asks the window to run the
voice pass (:func:`gui.importer.voice_work`), which compares every clip with the marked ones; its
``voice-mismatch`` findings then join the review list. :class:`VoicePassBar` shows that pass, with Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from core.case.store import CaseStore
from gui.icons import VERDICT_ICONS, icon
from gui.pages.welcome import plain_label, scaled_font

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
VOICE_KEY = "4"


class OwnVoiceButton(QPushButton):
    """A checkable "My voice" button for the clip of the selected finding.

    Signals:
        ownVoiceChanged(str, bool): recording id, and whether it is now marked as the user's own voice.
    """

    ownVoiceChanged = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon(VERDICT_ICONS["mine"]), f"{translate('Review', 'My voice')}   {VOICE_KEY}", parent)
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
