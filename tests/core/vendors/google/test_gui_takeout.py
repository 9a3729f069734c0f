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
    assert window.shown_counts() == {"purchases": "6", "searches": "40", "recordings": "23", "devices": "—"}
    assert window.explore.tables["recordings"].model.rowCount() == 23
    assert window.overview.cards["devices"].detail.text() == "This export contains no device list"  # not "0"
    assert "Google Assistant" in window.overview.no_device.text()
    assert "Alexa" not in window.overview.no_device.text()


@pytest.mark.audio
@pytest.mark.full_window
def test_a_tgz_takeout_opens_in_the_window_and_its_clips_play(qtbot, window, tmp_path: Path) -> None:  # noqa: F811
    """The README's promise for `.tgz`: opened in place like the `.zip`, and a clip plays from it (read through
    the seek points kept while it was listed). The archive is made by GNU tar where installed."""
    import shutil
    import subprocess
    import tarfile
    import zipfile

    import gui.player.panel  # noqa: F401 - declares the player's settings

    unpacked = tmp_path / "unpacked"
    for part in sorted(DEMO.glob("*.zip")):
        with zipfile.ZipFile(part) as zf:
            zf.extractall(unpacked)
    tgz = tmp_path / "takeout-20240301T101500Z-1-001.tgz"
    if shutil.which("tar"):
        subprocess.run(["tar", "czf", str(tgz), "Takeout"], cwd=unpacked, check=True)
    else:
        with tarfile.open(tgz, "w:gz") as tar:
            tar.add(unpacked / "Takeout", arcname="Takeout")
    window.settings.set("player/stranger_notice_dismissed", True)
    window.open_paths([str(tgz)])
    qtbot.waitUntil(lambda: window.export_ready() or window.welcome.has_error(), timeout=20000)
    assert window.result is not None, window.welcome.error.text()
    assert window.shown_counts() == {"purchases": "6", "searches": "40", "recordings": "23", "devices": "—"}
    recordings = window.result.export.recordings
    row = recordings[recordings["audio_member"].notna()].sort_values("time").iloc[-1].to_dict()
    player = window.player
    player.show_recording(row, [])
    with qtbot.waitSignal(player.service.finished, timeout=20_000):
        player.play()
    assert player.service.duration() > 500
    player.service.unload()
