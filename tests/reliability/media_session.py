"""The app, offscreen, opening an export and playing every clip in it (for the strace media test).

    python -m tests.reliability.media_session EXPORT

The last stdout line is ``@@MEDIA@@{json}``: how many recordings the import listed, and per clip whether
it played (Qt reached a position > 0) or which sentence the player showed instead.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any


def _wait(app: Any, condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return bool(condition())


def run(export: str) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.dialogs import messages
    from gui.main_window import MainWindow
    from gui.start.app import configure_settings_location, create_application
    from gui.start.settings import Settings

    app = create_application(["dossier"])
    configure_settings_location()
    messages.DIALOGS_ENABLED = False
    window = MainWindow(Settings())
    window.show()
    window.open_paths([export])
    imported = _wait(app, lambda: window.export_ready() and window.player is not None, 60)
    assert imported and window.result is not None, f"import failed: {window.last_error}"
    player = window.player
    player.notice_acknowledged = True
    errors: list[str] = []
    player.service.errorOccurred.connect(errors.append)
    clips: dict[str, str] = {}
    recordings = window.result.export.recordings
    for _label, row in recordings.iterrows():
        member = row.get("audio_member")
        if not isinstance(member, str) or not member:
            continue
        errors.clear()
        player.show_recording(row.to_dict(), [])
        player.play()
        played = _wait(app, lambda: player.service.position() > 0 or bool(errors)
                       or player.message.text() != "" or player.waveform.message.startswith("No waveform"), 8)
        _wait(app, lambda: False, 0.3)  # give a decoder that would follow a reference time to try
        clips[member.rsplit("/", 1)[-1]] = ("played" if player.service.position() > 0 else
                                            (errors[-1] if errors else player.message.text()
                                             or player.waveform.message) if played else "nothing happened")
        player.stop()
    window.close_export()
    window.tasks.wait()
    window.close()
    app.processEvents()
    return {"recordings": len(recordings), "clips": clips}


def main() -> None:
    result = run(sys.argv[1])
    print("@@MEDIA@@" + json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
