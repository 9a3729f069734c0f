"""The whole Act step from the app: open the demo export, mark a verdict, Draft letter (pytest-qt, offscreen)."""


import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.platform.paths import demo_export_dir

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    from gui.dialogs import messages
    from gui.start.settings import Settings

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    from gui.main_window import MainWindow

    win = MainWindow(Settings(QSettings(str(tmp_path / "dossier.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close_export()
    win.tasks.wait()


def test_draft_letter_from_the_app_on_the_demo(window, qtbot, tmp_path):
    from gui.letters.editor import LetterDialog

    window.open_paths([str(demo_export_dir())])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=30000)
    qtbot.waitUntil(lambda: bool(window.result.findings), timeout=30000)
    case = window.result.case
    case.set_declaration("residence", "DE-SN")
    first = next(f for f in window.result.findings if f.subject != "export")
    case.set_verdict(first.id, "not-mine")
    window.draft_letter()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.authority.currentData() == "desaechsdsb"
    assert dialog.include_clips.isEnabled()  # the app hands over the open export for the optional clips
    dialog.options.include_unreviewed.setChecked(True)
    assert dialog.context["rec"]["n"] == len(window.result.export.recordings)
    assert window.result.export.files[0].sha256 in dialog.preview.toPlainText()
    from tests.gui.letters.test_letter_editor import screenshots_dir

    dialog.grab().save(str(screenshots_dir(tmp_path) / "letter-demo.png"))
    dialog.close()
