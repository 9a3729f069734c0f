"""What goes into the frozen Dossier bundle: read by ``dossier.spec`` and checked by tests/installer.

Everything is listed explicitly (PyInstaller's hooks add the Qt plugins of the Qt modules we import;
this file adds our own data, the ffmpeg program, licence metadata and the exclusions that keep the
bundle small). Importable without PyInstaller.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import plistlib
import re
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
APP_NAME = "Dossier"
APP_ID = "io.github.dossier.Dossier"
ENTRY_SCRIPT = ROOT / "gui" / "start" / "launcher.py"

# The Qt modules Dossier imports (listed as hidden imports so the multimedia plugins are collected
# even though the player imports QtMultimedia lazily). PyInstaller's PySide6 hooks collect each one's
# libraries, plugins (platforms, imageformats, iconengines, multimedia …) and Qt translations. PDF
# letters are drawn with QPdfWriter (QtGui); add "PySide6.QtPrintSupport" here if gui/ ever prints.
QT_MODULES_USED = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtMultimedia")

# Qt for Python modules Dossier never uses: excluded so a stray import cannot drag in WebEngine
# (~200 MB), QML/Quick, 3D, charts, and so on.
QT_MODULES_EXCLUDED = tuple(f"PySide6.{name}" for name in (
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView",
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D", "QtQuickTest",
    "Qt3DCore", "Qt3DAnimation", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtCanvasPainter",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus",
    "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools", "QtRemoteObjects", "QtScxml", "QtStateMachine",
    "QtTextToSpeech", "QtSpatialAudio", "QtPdf", "QtPdfWidgets", "QtHttpServer", "QtNetworkAuth",
    "QtOpenGL", "QtOpenGLWidgets", "QtAxContainer", "QtConcurrent", "QtMultimediaWidgets",
))

# Python packages that must never be in the bundle (test and build tools, other GUI toolkits).
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "pytest", "_pytest", "pytestqt", "hypothesis",
    "IPython", "jedi", "mypy", "ruff", "PyInstaller", "pandas.tests", "numpy.tests", "matplotlib.tests",
    "psutil.tests",
    "dask", "distributed", "fastparquet", "pyarrow",  # dossier batch: the pip extra dossier[batch]
)

# Imports PyInstaller cannot see: the Deflate64 C extension (zipfile_deflate64 patches zipfile
# through it), imageio-ffmpeg's binaries package (found through importlib.resources).
HIDDEN_IMPORTS = ("zipfile_deflate64.deflate64", "imageio_ffmpeg.binaries")

# Qt plugins (and the libraries only they need) that PyInstaller's hooks collect but Dossier never
# uses: the QML virtual keyboard, network plugins (Dossier makes no network connection; the VNC
# platform would even open a server port), embedded-display platforms, and the GTK 3 platform theme
# (it would drag the build machine's GLib/Cairo/Pango into the bundle, to be mixed with the user's
# GTK at run time; Dossier paints its own palette). fnmatch patterns on the destination path.
EXCLUDED_BINARIES = (
    "*/plugins/platformthemes/*gtk3*",
    "*/plugins/platforminputcontexts/*virtualkeyboard*", "*/libQt6VirtualKeyboard*",
    "*/plugins/networkinformation/*", "*/plugins/tls/*", "*/plugins/generic/*tuiotouch*",
    "*/plugins/platforms/*qvnc*", "*/plugins/platforms/*qeglfs*", "*/plugins/platforms/*qminimalegl*",
    "*/plugins/platforms/*qlinuxfb*", "*/plugins/egldeviceintegrations/*", "*/libQt6EglFS*",
)

# Only the matplotlib backends Dossier draws with (the Qt canvas, PNG/PDF/SVG export).
MATPLOTLIB_BACKENDS = ("QtAgg", "Agg", "pdf", "svg")


def keep_binary(dest: str) -> bool:
    """False for a collected binary matched by :data:`EXCLUDED_BINARIES`."""
    path = "/" + dest.replace("\\", "/")
    return not any(fnmatch.fnmatch(path, pattern) for pattern in EXCLUDED_BINARIES)


def ui_languages() -> tuple[str, ...]:
    """``gui.i18n.LANGUAGES``, read without importing Qt."""
    tree = ast.parse((ROOT / "gui" / "i18n" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LANGUAGES" for t in node.targets):
            value = ast.literal_eval(node.value)
            return tuple(value)
    raise ValueError("gui/i18n/__init__.py defines no LANGUAGES")


_QT_TRANSLATION = re.compile(r"(^|/)PySide6/Qt/translations/[a-z_]+?_([a-z]{2})(_[A-Z]{2})?\.qm$")


def keep_data(dest: str) -> bool:
    """False for Qt's own translations into languages Dossier's UI does not offer (about 7 MB)."""
    match = _QT_TRANSLATION.search(dest.replace("\\", "/"))
    return match is None or match.group(2) in ui_languages()


def resource_datas() -> list[tuple[str, str]]:
    """Data files (source, destination folder): ``resources/`` (demo export, icons, translations,
    templates, licence notices, desktop files) and the project's LICENSE."""
    return [(str(ROOT / "resources"), "resources"), (str(ROOT / "LICENSE"), ".")]


def translations_dir() -> Path:
    """Dossier's own ``.qm`` files (inside ``resources/``, so already collected by :func:`resource_datas`)."""
    return ROOT / "resources" / "translations"


def ffmpeg_binary() -> Path:
    """The ffmpeg program inside the installed imageio-ffmpeg wheel (GPL-3.0, see resources/licenses)."""
    import imageio_ffmpeg

    binaries = Path(imageio_ffmpeg.__file__).resolve().parent / "binaries"
    found = sorted(p for p in binaries.iterdir() if p.name.startswith("ffmpeg") and p.suffix not in (".py", ".md"))
    if not found:
        raise FileNotFoundError(f"no ffmpeg program in {binaries}; reinstall imageio-ffmpeg from a wheel")
    return found[0]


def binaries() -> list[tuple[str, str]]:
    """Native programs collected as binaries (so macOS signs them, Linux checks their libraries)."""
    return [(str(ffmpeg_binary()), "imageio_ffmpeg/binaries")]


def python_licence_toc() -> list[tuple[str, str, str]]:
    """The interpreter's PSF licence, renamed into resources/licenses (a TOC entry: dest, source, type)."""
    src = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    return [("resources/licenses/Python-LICENSE.txt", str(src), "DATA")] if src.is_file() else []


def metadata_distributions() -> list[str]:
    """Distributions whose metadata (version, licence files) the About box reads at run time."""
    sys.path.insert(0, str(ROOT))
    try:
        from core.platform.licenses import COMPONENTS
    finally:
        sys.path.remove(str(ROOT))
    names: list[str] = []
    for component in COMPONENTS:
        if component.distribution is None:
            continue
        try:
            importlib.metadata.distribution(component.distribution)
        except importlib.metadata.PackageNotFoundError:
            continue  # e.g. audioop-lts below Python 3.13
        names.append(component.distribution)
    return names


def macos_info_plist() -> dict[str, object]:
    """Info.plist keys for Dossier.app (document types for ZIPs and folders), from installer/macos."""
    with (INSTALLER / "macos" / "Info.plist").open("rb") as handle:
        data: dict[str, object] = plistlib.load(handle)
    return data


def windows_version_tuple(text: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)`` for the Windows version resource (non-numeric parts dropped)."""
    numbers = [int(part) for part in re.findall(r"\d+", text.split("+")[0])[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    try:
        from core import __version__
    finally:
        sys.path.remove(str(ROOT))
    return __version__
