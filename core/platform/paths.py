"""Where Dossier keeps its own files (cases, logs, settings helpers), shared by the CLI and the GUI.

Linux: ``$XDG_DATA_HOME/Dossier`` or ``~/.local/share/Dossier``; macOS: ``~/Library/Application
Support/Dossier``; Windows: ``%APPDATA%/Dossier``. The environment variable ``DOSSIER_DATA_DIR``
overrides all of them (tests set it to a temporary folder so they never touch real user data).
Nothing here ever points into or next to an export.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Dossier"
ENV_OVERRIDE = "DOSSIER_DATA_DIR"


def _platform_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME


def data_dir(create: bool = True) -> Path:
    """The app-data folder (created with user-only permissions when ``create``)."""
    override = os.environ.get(ENV_OVERRIDE)
    path = Path(override).expanduser() if override else _platform_data_dir()
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _subdir(name: str, create: bool) -> Path:
    path = data_dir(create) / name
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cases_dir(create: bool = True) -> Path:
    """Where the case stores (one SQLite file per export) live."""
    return _subdir("cases", create)


def logs_dir(create: bool = True) -> Path:
    """Where crash logs live (structure and tracebacks only, never export content)."""
    return _subdir("logs", create)


def matplotlib_config_dir(create: bool = True) -> Path:
    """A private MPLCONFIGDIR so matplotlib's font cache never lands in a shared place."""
    return _subdir("matplotlib", create)


def resources_dir() -> Path:
    """Dossier's bundled resources (demo export, translations, icons, templates)."""
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def demo_export_dir() -> Path:
    """The built-in demo export (a folder of ZIPs, as Amazon delivers them)."""
    return resources_dir() / "demo" / "amazon-2018"
