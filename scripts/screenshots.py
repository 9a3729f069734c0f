"""Take the README's screenshots of the real window on the demo export.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--all] [--language de] [--sizes 1280x720]
    QT_SCALE_FACTOR=2 .venv/bin/python scripts/screenshots.py --all --language de --sizes 1280x720

Other languages than English are saved as ``<language>-<page>-<size>[@2x]-<theme>.png`` (``@2x`` when
Qt scales the window, e.g. ``QT_SCALE_FACTOR=2``: 1280×720 logical pixels of a 1080p laptop at 150 %
look like this at 2×); ``--all`` takes every page, the letter window included.

Runs under Xvfb when ``DISPLAY`` is set (``xvfb-run -a .venv/bin/python scripts/screenshots.py``),
otherwise on Qt's offscreen platform. Uses a throw-away app-data folder, so the user's own cases and
settings are never touched. Light uses the platform look; dark uses Fusion with Dossier's dark palette
when the system offers none.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080), "1280x720": (1280, 720)}
# (page, size, theme) triples in the README set: the main views, light and dark, at both sizes;
# --all adds the welcome page
MAIN_VIEWS = ("overview", "review", "recordings", "timeline")
README_SIZES = ("1280x800", "1920x1080")
DEFAULT_SET = [(p, s, t) for t in ("light", "dark") for s in README_SIZES for p in MAIN_VIEWS]
ALL_PAGES = ("welcome", "overview", "review", "recordings", "timeline", "letter", "import-report")
DIALOGS = {"letter": ("LetterDialog", "draft_letter"), "import-report": ("ImportReportDialog", "show_import_report")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--all", action="store_true", help="every page × size × theme")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--sizes", nargs="+", choices=tuple(SIZES), default=list(README_SIZES))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DOSSIER_DATA_DIR"] = tempfile.mkdtemp(prefix="dossier-shots-")
    os.environ.setdefault("TZ", "Europe/Berlin")
    time.tzset()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.i18n import install_translators
    from gui.look.theme import apply_theme
    from gui.main_window import MainWindow
    from gui.start.app import configure_settings_location, create_application
    from gui.start.settings import Settings

    app = create_application()
    configure_settings_location()
    install_translators(app, args.language)
    settings = Settings(QSettings(str(Path(os.environ["DOSSIER_DATA_DIR"]) / "shots.ini"), QSettings.Format.IniFormat))
    settings.add_recent_export(["/home/erika/Downloads/Amazon-Datenexport-2018"])
    from core.case.profile import update_profile

    update_profile(residence="DE-BY")  # the demo's user lives in Bavaria: the letter is not preceded by the question
    window = MainWindow(settings)
    window.show()

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    shots = [(p, s, t) for t in ("light", "dark") for s in args.sizes for p in ALL_PAGES] if args.all else \
        [(p, s, t) for p, s, t in DEFAULT_SET if s in args.sizes]
    scale = "@2x" if window.devicePixelRatio() >= 2 else ""
    prefix = "" if args.language == "en" else f"{args.language}-"

    def name(page: str, size: str, theme: str) -> Path:
        return out / f"{prefix}{page}-{size}{scale}-{theme}.png"

    for theme in ("light", "dark"):
        apply_theme(theme)
        for size in SIZES:
            wanted = [p for p, s, t in shots if s == size and t == theme]
            if not wanted:
                continue
            window.resize(*SIZES[size])
            window.close_export()
            settle()
            if "welcome" in wanted:
                save(window, name("welcome", size, theme), settle)
            window.open_demo()
            deadline = time.monotonic() + 60
            while not window.export_ready() and time.monotonic() < deadline:
                settle(0.05)
            if window.result is None:
                print("the demo export did not open:", window.welcome.error.text(), file=sys.stderr)
                return 1
            window.tasks.wait()
            settle(0.5)
            for page in wanted:
                if page == "overview":
                    window.pages.setCurrentWidget(window.overview)
                elif page == "review":
                    window.pages.setCurrentWidget(window.review)
                    window.review.next()
                    window.review.next()
                elif page == "recordings":
                    window.show_table("recordings")
                elif page == "timeline":
                    window.pages.setCurrentWidget(window.explore)
                    window.explore.setCurrentIndex(0)
                    built = time.monotonic() + 20  # built in its own steps once shown: not half-drawn
                    while window.timeline is not None and window.timeline.drawing_deferred() \
                            and time.monotonic() < built:
                        settle(0.05)
                elif page in DIALOGS:
                    save_dialog(window, *DIALOGS[page], name(page, size, theme), settle)
                    continue
                else:
                    continue
                save(window, name(page, size, theme), settle)
    window.close()
    QApplication.processEvents()
    return 0


def save_dialog(window, kind: str, opener: str, path: Path, settle) -> None:  # type: ignore[no-untyped-def]
    """A dialog as the window's action opens it (the letter window fitted to the screen), then closed again."""
    from PySide6.QtWidgets import QApplication

    getattr(window, opener)()
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == kind and w.isVisible())
    save(dialog, path, settle)
    dialog.close()


def save(window, path: Path, settle) -> None:  # type: ignore[no-untyped-def]
    settle(0.6)
    window.grab().save(str(path), "PNG", 0)
    print(path)


if __name__ == "__main__":
    sys.exit(main())
