"""Standalone demos of the timeline and the player on the built-in demo export (for screenshots).

``python -m scripts.widget_demo timeline`` / ``python -m scripts.widget_demo player``; ``--screenshot PATH`` saves a
grab and exits, ``--dark`` uses the dark palette, ``--demo`` picks the demo export.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def load_demo(name: str = "amazon-2018"):  # type: ignore[no-untyped-def]
    """A built-in demo export, its source and its findings (the Amazon owner declared no Alexa device)."""
    from core.pipeline import open_export
    from core.platform.paths import demo_export_dir

    folder = demo_export_dir().parent / name
    opened = open_export(sorted(folder.glob("*.zip")), hashes="skip",
                         declared={"owner_has_no_device": name.startswith("amazon")})
    return opened.source, opened.export, opened.findings


def build(which: str, demo: str | None = None) -> QWidget:
    source, export, findings = load_demo(demo or ("amazon-2018" if which == "timeline" else "google-takeout"))
    if which == "timeline":
        from gui.timeline.view import TimelineView

        view = TimelineView()
        view.set_data(export, findings)
        view.resize(1200, 460)
        flagged = [f for f in findings if f.rule == "duplicate-audio"] or findings
        rows = export.recordings.index[export.recordings["id"] == flagged[0].subject]
        if len(rows):
            QTimer.singleShot(0, lambda: view.show_event("recording", int(rows[0])))
        return view
    from gui.player.panel import PlayerPanel

    panel = PlayerPanel()
    panel.set_source(source)
    subjects = {f.subject for f in findings}
    rows = [r for r in export.recordings.to_dict("records") if r["id"] in subjects]
    panel.set_playlist(rows, findings)
    first = max(rows, key=lambda r: len(str(r.get("transcript") or "")))
    panel.show_recording(first, [f for f in findings if f.subject == first["id"]])
    panel.resize(1100, 500)

    def pose() -> None:  # the privacy notice, and the play-head a third of the way in
        panel.play()
        panel.service.seek(int(panel.service.duration() * 0.38))

    QTimer.singleShot(600, pose)
    return panel


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.widget_demo")
    parser.add_argument("which", choices=("timeline", "player"))
    parser.add_argument("--screenshot")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--demo", choices=("amazon-2018", "google-takeout"))
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    from gui.look.theme import apply_theme
    from gui.start.app import create_application

    app = create_application()
    if args.dark:
        apply_theme("dark")
    widget = build(args.which, args.demo)
    widget.setWindowTitle(f"Dossier — {args.which}")
    layout = widget.layout()
    if layout is not None:
        layout.setContentsMargins(14, 12, 14, 12)
    widget.show()
    if args.screenshot:
        def grab() -> None:
            widget.grab().save(args.screenshot)
            app.quit()

        QTimer.singleShot(1500, grab)
    app.exec()


if __name__ == "__main__":
    run()
