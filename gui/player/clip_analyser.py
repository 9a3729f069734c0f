"""Decoding a clip for its waveform and loudness off the GUI thread.

:meth:`ClipAnalyser.start` runs :func:`core.audio.waveform.analyse` in a worker thread and delivers the
result (a :class:`~core.audio.waveform.ClipAnalysis`, or the exception) on the GUI thread through
``analysed(int generation, object result)``. Each start returns a new generation number, so a result
for a clip the user has already left can be recognised and dropped.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from core.audio.waveform import analyse
from core.errors import DossierError

log = logging.getLogger("dossier.player")


class ClipAnalyser(QObject):
    """One analysis per clip; only the newest generation matters to the caller."""

    analysed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0

    def invalidate(self) -> None:
        """Forget any analysis still running (its result will carry an old generation)."""
        self.generation += 1

    def start(self, data: bytes) -> int:
        self.generation += 1
        generation = self.generation

        def work() -> None:
            try:
                result: object = analyse(data)
            except DossierError as exc:
                result = exc
            except Exception as exc:  # a decoder bug must not take the app down
                log.warning("clip analysis failed: %s", type(exc).__name__)  # never the clip's content
                result = exc
            self.analysed.emit(generation, result)

        threading.Thread(target=work, name="clip-analysis", daemon=True).start()
        return generation
