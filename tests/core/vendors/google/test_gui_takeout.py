"""The desktop app opens a Takeout exactly as it opens an Amazon export (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import (  # noqa: F401 - the GUI test set-up: offscreen, private data, no dialogs
    no_dialogs,
    private_app_data,
    settings,
    synthetic_vendor,
    window,
)

DEMO = Path(__file__).resolve().parents[4] / "resources" / "demo" / "google-takeout"
pytestmark = pytest.mark.gui


def test_the_google_demo_opens_in_the_window(qtbot, window) -> None:  # noqa: F811 - fixture
    window.open_paths([str(p) for p in sorted(DEMO.glob("*.zip"))])
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=20000)
    assert window.result is not None, window.welcome.error.text()
    assert window.shown_counts() == {"purchases": "6", "searches": "40", "recordings": "23", "devices": "0"}
    assert window.explore.tables["recordings"].proxy.rowCount() == 23
    assert "Google Assistant" in window.overview.no_device.text()
    assert "Alexa" not in window.overview.no_device.text()
