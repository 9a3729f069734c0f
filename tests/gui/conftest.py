"""GUI test set-up: offscreen Qt, private app data and settings, no dialogs, and Qt warnings fail.

Every Qt message of level warning or above logged during a GUI test fails that test, unless it
matches the commented allow-list below (keep it short, and say why each entry is harmless).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

ALLOWED_QT_WARNINGS = [
    # The offscreen platform plugin has no native window decorations and says so once per process.
    re.compile(r"^This plugin does not support propagateSizeHints\(\)"),
    # Fontconfig on minimal CI images may lack a configured fallback font; rendering still works.
    re.compile(r"^QFont::fromString|^Fontconfig"),
    # The offscreen platform cannot grab focus for popups/menus; harmless in headless tests.
    re.compile(r"^This plugin does not support (setParent|grabbing the keyboard|raise)"),
    # Qt Multimedia on a machine without a sound server (headless CI without scripts/audio_env.sh);
    # the player shows its "no audio output" state instead of playing.
    re.compile(r"^PulseAudioService: pa_context_connect\(\) failed"),
    # Qt Multimedia probes for PipeWire first and falls back to PulseAudio/ALSA when it is absent.
    re.compile(r"^Couldn't (load|resolve) pipewire-0\.3 (library|symbols)"),
]


class QtMessages:
    """Records Qt messages (type, text) while installed."""

    def __init__(self) -> None:
        self.records: list[tuple[QtMsgType, str]] = []
        self.previous = None

    def __call__(self, kind: QtMsgType, context: object, message: str) -> None:
        self.records.append((kind, message))

    def failures(self, expected: list[re.Pattern[str]] | None = None) -> list[str]:
        allowed = ALLOWED_QT_WARNINGS + (expected or [])
        bad = []
        for kind, message in self.records:
            if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
                continue
            if any(p.search(message) for p in allowed):
                continue
            bad.append(f"{kind.name}: {message}")
        return bad


@pytest.fixture(autouse=True)
def qt_warnings_fail(request: pytest.FixtureRequest) -> Iterator[QtMessages]:
    """Fail the test if Qt logged a warning (or worse) that is not on the allow-list.

    A test that provokes a warning on purpose says which with ``@pytest.mark.qt_warning_expected(REGEX)``.
    """
    expected = [re.compile(pattern) for marker in request.node.iter_markers("qt_warning_expected")
                for pattern in marker.args]
    recorder = QtMessages()
    previous = qInstallMessageHandler(recorder)
    try:
        yield recorder
    finally:
        qInstallMessageHandler(previous)
    failures = recorder.failures(expected)
    if failures:
        pytest.fail("Qt warnings were logged:\n" + "\n".join(failures), pytrace=False)


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
    from gui import messages

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
    from gui.settings import Settings

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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "full_window: build the main window with the timeline and the player")
