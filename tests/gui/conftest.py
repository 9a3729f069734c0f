"""GUI test set-up: offscreen Qt, private app data and settings, no dialogs.

Qt warnings fail every test of the suite (``tests/qt_guard.py``, made autouse in ``tests/conftest.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real app-data folder or settings."""
    folder = tmp_path / "appdata"
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(folder))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return folder


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    from gui.dialogs import messages

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "shown", shown)
    return shown


@pytest.fixture
def synthetic_vendor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the import path recognise the synthetic ZIPs of tests/gui/synthetic.py."""
    import core.vendors as vendors
    from tests.gui import synthetic_vendor as vendor

    original = vendors.available_vendors
    monkeypatch.setattr(vendors, "available_vendors", lambda: [vendor, *original()])


@pytest.fixture
def settings(tmp_path: Path):
    from gui.start.settings import Settings

    return Settings(QSettings(str(tmp_path / "dossier.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings, synthetic_vendor, request):
    """The real main window; the timeline and player (matplotlib, Qt Multimedia) only for tests marked
    ``full_window`` — they cost ~2 s per window and have their own tests."""
    from gui.main_window import MainWindow

    win = MainWindow(settings, embed_optional=request.node.get_closest_marker("full_window") is not None)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close_export()
    assert win.tasks.wait(5000), "a background task outlived its test"
    assert not win.tasks.active()

