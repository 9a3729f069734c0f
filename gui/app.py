"""QApplication bootstrap and the app's ``run_app`` entry point."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from core import __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Dossier")
    app.setOrganizationName("Dossier")
    app.setApplicationVersion(__version__)
    return app


def run_app(paths: list[str], demo: bool = False) -> int:
    app = create_application()
    window = QMainWindow()
    window.setWindowTitle("Dossier")
    label = QLabel("Open your data export")
    label.setTextFormat(label.textFormat().PlainText)
    window.setCentralWidget(label)
    window.resize(1280, 800)
    window.show()
    return app.exec()
