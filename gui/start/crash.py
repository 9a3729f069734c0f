"""The one crash handler: unexpected exceptions are logged to the app-data folder and shown once.

Installed for ``sys.excepthook`` and ``threading.excepthook``. The log holds the exception type,
the traceback (file names, line numbers, function names) and the platform — never local variables,
exception messages that may quote export content, or paths inside the export. Exceptions from worker
threads are re-posted to the GUI thread before a dialog is shown.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import DossierError
from core.platform.crash_log import redacted_report as core_redacted_report
from core.platform.crash_log import write_crash_log

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

log = logging.getLogger("dossier.crash")


def redacted_report(exc_type: type[BaseException], exc: BaseException | None,
                    tb: TracebackType | None) -> str:
    """Type + stack (no message text, no variables) + versions, with Qt's: safe to share."""
    return core_redacted_report(exc_type, exc, tb, extra=[f"Qt {_qt_version()}"])


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version

    return pyside_version


class CrashHandler(QObject):
    """Logs and shows unexpected exceptions; disables its dialog against recursion.

    Signals:
        crashed(str): the redacted report, emitted on the GUI thread.
    """

    crashed = Signal(str)
    _post = Signal(str)

    def __init__(self, show_dialogs: bool = True) -> None:
        super().__init__()
        self.show_dialogs = show_dialogs
        self.reports: list[str] = []
        self._showing = False
        self._post.connect(self._on_gui_thread, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, DossierError) and threading.current_thread() is threading.main_thread():
            # Not a bug: a known failure (disk full, case open elsewhere …) raised in a slot — say it plainly.
            log.warning("%s [%s] in an event handler", type(exc).__name__, exc.category)
            from gui.dialogs.messages import warn

            warn(QApplication.activeWindow(), translate("Crash", "Not done"), str(exc), failure_details(exc))
            return
        report = redacted_report(exc_type, exc, tb)
        path = self.write_log(report)
        log.error("unexpected %s, logged to %s", exc_type.__qualname__, path)
        if threading.current_thread() is threading.main_thread():
            self._on_gui_thread(report)
        else:
            self._post.emit(report)

    @staticmethod
    def write_log(report: str) -> Path | None:
        return write_crash_log(report)

    def _on_gui_thread(self, report: str) -> None:
        self.reports.append(report)
        self.crashed.emit(report)
        if not self.show_dialogs or self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            show_crash_dialog(report)
        finally:
            self._showing = False


def show_crash_dialog(report: str) -> None:
    """A calm message with the redacted details behind "Show details" and a "Copy details" button."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Crash", "Dossier ran into a problem"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("Crash", "Something went wrong inside Dossier. Your review is saved; you can keep working "
                            "or restart Dossier."))
    box.setInformativeText(translate("Crash", "The details below contain no personal data. Copying them helps "
                                       "the developers fix the problem."))
    box.setDetailedText(report)
    copy = box.addButton(translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    box.exec()


def describe_failure(exc: BaseException) -> str:
    """The one plain sentence for a failed operation (the DossierError's own, else a generic one)."""
    if isinstance(exc, DossierError):
        return str(exc)
    return translate(
        "Crash", "Dossier could not finish this because of a problem in Dossier itself. "
                 "Help → Create a problem report helps the developers fix it.")


def failure_details(exc: BaseException) -> str:
    """What "Show details" reveals: the error's kind and its technical cause (never export content)."""
    if isinstance(exc, DossierError):
        parts = [f"{type(exc).__name__} ({exc.category})"]
        if exc.detail:
            parts.append(exc.detail[:500])
        return "\n".join(parts)
    return type(exc).__qualname__
