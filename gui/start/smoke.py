"""Smoke-test hook for the frozen app (installer/smoke_test.py).

With ``DOSSIER_SMOKE_TEST=1`` in the environment, the main window's "import finished" handler calls
:func:`import_finished`; it checks that the bundle is complete (Qt plugins, the multimedia backend,
the icon, ffmpeg, matplotlib's Qt backend, the Deflate64 extension, licence notices), writes one line
to stderr and quits the app. Without the variable every function here does nothing, so the calls can
stay in production code.

Lines written (stderr, counts only — never export content):
    ``dossier: import finished (purchases=25 searches=60 ...)``  → success, exit code 0
    ``dossier: smoke check failed: <what is missing>``            → one per problem, exit code 3
    ``dossier: import failed: <the user-facing sentence>``        → exit code 4
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader

from core.platform.paths import resources_dir

ENV = "DOSSIER_SMOKE_TEST"
MARKER = "dossier: import finished"
CHECK_FAILED = "dossier: smoke check failed"
IMPORT_FAILED = "dossier: import failed"


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def _emit(line: str) -> None:
    stream = sys.stderr
    if stream is None:  # Windows GUI build (Dossier.exe) has no console: smoke-test dossier-cli.exe instead
        return
    stream.write(line + "\n")
    stream.flush()


def _check_icon() -> str | None:
    if b"svg" not in [bytes(fmt.data()) for fmt in QImageReader.supportedImageFormats()]:
        return "the Qt SVG image plugin is missing (imageformats/qsvg)"
    icon = QIcon(str(resources_dir() / "icons" / "dossier.svg"))
    if icon.pixmap(64, 64).isNull():
        return "the application icon resources/icons/dossier.svg cannot be drawn"
    if QGuiApplication.windowIcon().isNull():
        return "no window icon is set (QApplication.setWindowIcon with resources/icons/dossier.svg)"
    return None


def _check_multimedia() -> str | None:
    from PySide6.QtMultimedia import QMediaFormat, QMediaPlayer

    if not QMediaPlayer().isAvailable():
        return "Qt Multimedia has no backend (plugins/multimedia is missing)"
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        return "Qt Multimedia cannot decode any format"
    return None


def _check_ffmpeg() -> str | None:
    from core.audio.decode import ffmpeg_path
    from core.errors import DossierError

    try:
        path = ffmpeg_path()
    except DossierError as exc:
        return f"ffmpeg: {exc}"
    try:
        done = subprocess.run([path, "-hide_banner", "-version"], capture_output=True, timeout=20,
                              stdin=subprocess.DEVNULL, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"ffmpeg at {path} does not run: {exc}"
    return None if done.returncode == 0 else f"ffmpeg at {path} exited with {done.returncode}"


def _check_imports() -> str | None:
    try:
        import deflate  # noqa: F401  (compiled: libdeflate, whole clips inflated; optional in core, not here)
        import inflate64  # noqa: F401  (compiled: Deflate64 clip headers)
        import matplotlib.backends.backend_qtagg  # noqa: F401
        import zipfile_deflate64.deflate64  # noqa: F401  (the compiled extension)
        from isal import isal_zlib  # noqa: F401  (compiled: fast inflate of clips; optional in core, not here)
        from zlib_ng import zlib_ng  # noqa: F401  (compiled: a .tgz's gzip stream)
    except ImportError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def _check_licences() -> str | None:
    from core.platform.licenses import bundled_components

    entries = bundled_components()
    names = {str(entry["name"]) for entry in entries}
    for needed in ("Dossier", "FFmpeg (ffmpeg program)", "Qt for Python (PySide6, Qt 6)", "zipfile-deflate64"):
        if needed not in names:
            return f"licence notice for {needed} is not bundled"
    without = [str(entry["name"]) for entry in entries if not entry["notice_file"]]
    return f"no licence text for: {', '.join(without)}" if without else None


CHECKS: tuple[Callable[[], str | None], ...] = (
    _check_icon, _check_multimedia, _check_ffmpeg, _check_imports, _check_licences,
)


def bundle_problems() -> list[str]:
    """Everything that is missing from this installation (empty when it is complete)."""
    problems: list[str] = []
    if not QGuiApplication.platformName():
        problems.append("no Qt platform plugin")
    for check in CHECKS:
        try:
            problem = check()
        except Exception as exc:  # a crashing check is itself a finding of the smoke test
            problem = f"{check.__name__}: {type(exc).__name__}: {exc}"
        if problem:
            problems.append(problem)
    return problems


def _quit(code: int) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        QTimer.singleShot(0, lambda: app.exit(code))


def import_finished(export: object | None = None) -> None:
    """Call when an import completed and its tables are shown; in smoke mode: check, report, quit."""
    if not enabled():
        return
    problems = bundle_problems()
    for problem in problems:
        _emit(f"{CHECK_FAILED}: {problem}")
    if problems:
        _quit(3)
        return
    counts = getattr(export, "counts", None)
    detail = " ".join(f"{name}={n}" for name, n in counts().items()) if callable(counts) else ""
    _emit(f"{MARKER} ({detail})" if detail else MARKER)
    _quit(0)


def import_failed(message: str) -> None:
    """Call when an import was refused or crashed; in smoke mode: report and quit."""
    if not enabled():
        return
    _emit(f"{IMPORT_FAILED}: {message}")
    _quit(4)
