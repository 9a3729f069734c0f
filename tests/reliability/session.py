"""A whole Dossier session in a child process, watched from inside (audit hooks) for the privacy tests.

    python -m tests.reliability.session gui EXPORT OUT      # open, review, play, draft, save letter + bundle
    python -m tests.reliability.session cli EXPORT OUT      # dossier scan --json, then dossier letter

A recording audit hook is installed first; then the app's own network guard (``core.platform.netguard``,
installed by the launcher / ``run_app`` path). The last stdout line is ``@@SESSION@@{json}`` with:
network attempts seen, files opened for writing, programs started, and what the session achieved.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

NET: list[str] = []
WRITES: list[str] = []
PROGRAMS: list[str] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_NET_EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo"}


def _recorder(event: str, args: tuple[Any, ...]) -> None:
    if event == "open":
        path, mode, flags = args
        if isinstance(path, int) or path is None:
            return
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (mode is None and flags & _WRITE_FLAGS):
            WRITES.append(os.path.abspath(os.fsdecode(path)))
    elif event in _NET_EVENTS:
        if getattr(args[0], "family", None) != getattr(socket, "AF_UNIX", None):
            NET.append(f"{event} {args[1:]!r}"[:200])
    elif event in _LOOKUPS:
        NET.append(f"{event} {args!r}"[:200])
    elif event == "subprocess.Popen":
        PROGRAMS.append(os.fsdecode(args[0]) if args[0] is not None else os.fsdecode(args[1][0]))


def _report(extra: dict[str, Any]) -> None:
    print("@@SESSION@@" + json.dumps({"net": NET, "writes": sorted(set(WRITES)), "programs": PROGRAMS, **extra}),
          flush=True)


def run_cli(export: str, out: str) -> dict[str, Any]:
    from gui.start.launcher import main

    with open(os.devnull, "w") as sink:
        stdout, sys.stdout = sys.stdout, sink
        try:
            scan = main(["scan", export, "--json"])
            letter = main(["letter", export, "--residence", "DE-SN", "--out", out, "--owner-has-no-device",
                           "--include-clips"])
        finally:
            sys.stdout = stdout
    from core.platform import netguard

    return {"scan": scan, "letter": letter, "guarded": netguard.installed()}


def _wait(app: Any, condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return bool(condition())


def run_gui(export: str, out: str) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.platform import netguard

    netguard.install()  # as gui.start.app.run_app does
    from PySide6.QtWidgets import QApplication

    from gui.dialogs import messages
    from gui.letters.editor import LetterDialog
    from gui.main_window import MainWindow
    from gui.start.app import configure_settings_location, create_application
    from gui.start.crash import CrashHandler
    from gui.start.settings import Settings

    app = create_application(["dossier"])
    configure_settings_location()
    messages.DIALOGS_ENABLED = False
    crash = CrashHandler(show_dialogs=False)
    crash.install()
    achieved: dict[str, Any] = {"guarded": netguard.installed()}
    window = MainWindow(Settings())
    window.show()
    window.open_paths([export])
    achieved["imported"] = _wait(app, lambda: window.export_ready() and bool(window.result.findings), 60)
    result = window.result
    assert result is not None, f"import failed: {window.last_error}"
    # A bug whose message quotes export content: the crash report must leave the message out.
    quoted = f"{result.export.purchases['title'].iloc[0]} / {result.export.account.names or ''}"

    def bug() -> None:
        raise ValueError(f"cannot show {quoted}")

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, bug)
    achieved["crash_reports"] = int(_wait(app, lambda: bool(crash.reports), 10))
    finding = next(f for f in result.findings if f.subject != "export")
    result.case.set_verdict(finding.id, "not-mine", note="not my household")
    window.pages.setCurrentWidget(window.review)
    window._on_finding_selected(finding)
    player = window.player
    if player is not None and hasattr(player, "service"):
        player.notice_acknowledged = True
        achieved["decoded"] = _wait(app, lambda: getattr(player, "analysis", None) is not None, 20)
        player.play()
        achieved["played"] = _wait(app, lambda: player.service.state == "playing" and
                                   player.service.position() > 0, 8)
        player.stop()
    window.show_table("recordings")
    window.draft_letter()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog) and w.isVisible())
    dialog.options.include_unreviewed.setChecked(True)
    dialog.editor.append("I never owned an Echo.")
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    dialog._ask_path = lambda _t, name, _p: target / name  # no file dialog; the export is checked before writing
    for save in (dialog.save_pdf, dialog.save_text, dialog.save_bundle):
        save()
        _wait(app, lambda: not dialog.saving(), 60)
    achieved["saved"] = sorted(p.name for p in target.iterdir())
    dialog.close()
    window.close_export()
    window.tasks.wait()
    window.close()
    app.processEvents()
    crash.uninstall()
    return achieved


def main() -> None:
    sys.addaudithook(_recorder)  # before anything else: sees every event the app's guard would refuse
    mode, export, out = sys.argv[1:4]
    achieved = run_gui(export, out) if mode == "gui" else run_cli(export, out)
    _report(achieved)
    sys.stdout.flush()
    os._exit(0)  # no interpreter teardown: Qt objects owned by C++ are gone already


if __name__ == "__main__":
    main()
