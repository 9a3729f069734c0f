"""Qt warnings fail every test: a Qt message of level warning or above logged during a test fails it,
unless it matches the commented allow-list below (keep it short, and say why each entry is harmless).

The fixture is autouse for the whole suite (``tests/conftest.py``), so a Qt-using test anywhere — not only
under ``tests/gui`` — is guarded. A test that provokes a warning on purpose says which with
``@pytest.mark.qt_warning_expected(REGEX)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

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
