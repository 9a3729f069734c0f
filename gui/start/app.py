"""QApplication bootstrap, the crash handler and the app's ``run_app`` entry point."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from core import __version__
from core.platform.handover import QUICK_S
from core.platform.paths import data_dir, matplotlib_config_dir

log = logging.getLogger("dossier")
PRELOAD_AFTER_MS = 250  # the first frames are painted before the background imports compete for the GIL


def _prepare_environment() -> None:
    """Private matplotlib cache; matplotlib's Qt backend bound to PySide6."""
    os.environ.setdefault("MPLCONFIGDIR", str(matplotlib_config_dir()))
    os.environ.setdefault("QT_API", "pyside6")


# The window thread shares the interpreter with the import, hashing and showing threads. Handed over every 1 ms
# instead of Python's 5 ms, the window's longest wait while a big export imports fell from 35–47 to 21–37 ms
# (the benchmark's stall probe, 4 interleaved runs each), for about 1 % more import time.
SWITCH_INTERVAL_S = QUICK_S


def lighten_pyside_module_check() -> None:
    """Let PySide6 ask its question of each newly imported module without keeping the module's text.

    After each import PySide6 looks for the word "PySide6" in the new module's source (for its ``__feature__``
    switches) through ``inspect.getsource``, which keeps every file's lines in ``linecache`` for the life of the
    process: ~590 files once pandas and matplotlib are loaded, the app's peak after its background imports 184
    instead of 138 MiB. The same question is asked here of the file's bytes, read once and dropped; anything but a
    ``.py`` file, or a file that cannot be read, still goes to PySide6's own check. Dossier selects no feature. A
    PySide6 without this check is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    pyside_check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(pyside_check) or getattr(pyside_check, "reads_bytes", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(pyside_check(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(pyside_check(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (reused if it exists, as in tests)."""
    _prepare_environment()
    lighten_pyside_module_check()  # before the window's, pandas' and matplotlib's modules are imported
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv or [sys.argv[0]])
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app.setApplicationName("Dossier")
    app.setApplicationDisplayName("Dossier")
    app.setOrganizationName("Dossier")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.dossier.Dossier")  # matches resources/desktop/*.desktop
    return app


def configure_settings_location() -> None:
    """Settings live in the app-data folder as an INI file (so DOSSIER_DATA_DIR moves them too)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir() / "settings"))


def _enable_fault_log() -> None:
    """Hard crashes (segfaults in Qt or a library) leave a Python stack in the logs folder."""
    import faulthandler

    from core.platform.paths import logs_dir

    try:
        handle = open(logs_dir() / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 - open for the process
    except OSError:
        return
    faulthandler.enable(handle)


def run_app(paths: list[str], demo: bool = False) -> int:
    """Start the desktop app, optionally opening ``paths`` or the demo export."""
    from core.platform import netguard

    netguard.install()  # no network for the app's lifetime (also when started without the launcher)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = create_application()
    configure_settings_location()
    from gui.i18n import install_translators
    from gui.look.icons import icon
    from gui.look.theme import apply_theme, follow_system
    from gui.main_window import MainWindow
    from gui.start.crash import CrashHandler
    from gui.start.settings import Settings

    handler = CrashHandler()
    handler.install()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in a terminal quits (every change is saved already)
    settings = Settings()
    install_translators(app, settings.get("ui/language"))
    apply_theme(settings.get("ui/theme"))
    follow_system(lambda: str(settings.get("ui/theme")))
    _enable_fault_log()
    app.setWindowIcon(icon("dossier"))
    window = MainWindow(settings)
    window.show()
    if os.environ.get("DOSSIER_STARTUP_PROBE"):  # scripts/benchmark.py: time to the first shown window, then quit
        QTimer.singleShot(0, lambda: (print(f"dossier: window shown at {time.time():.6f}", file=sys.stderr,
                                            flush=True), app.quit()))
    else:  # the export pages' modules (pandas, matplotlib, Qt Multimedia), once the window is on screen
        from gui.start import preload

        # an export opened now waits for the preload (gui.start.preload.finish): it starts first, not beside the import
        QTimer.singleShot(0 if demo or paths else PRELOAD_AFTER_MS, preload.start)
    if demo:
        QTimer.singleShot(0, window.open_demo)
    elif paths:
        QTimer.singleShot(0, lambda: window.open_paths([str(Path(p)) for p in paths]))
    if not settings.get("ui/first_run_done"):
        from gui.dialogs.about import FirstRunDialog

        settings.set("ui/first_run_done", True)
        QTimer.singleShot(300, lambda: FirstRunDialog(window).open())
    try:
        return app.exec()
    finally:
        handler.uninstall()
