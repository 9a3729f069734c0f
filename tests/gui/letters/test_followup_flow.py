"""The follow-through in the app window (pytest-qt, offscreen): request and export received → the complaint
and the access follow-up saved from the letter dialog → marked as sent under Correspondence → a month passes
(the window's clock) → the welcome page and the export show the passed deadline with the reminder as next
step → the reminder is drafted → the company's answer is attached → the follow-up to the authority is
drafted with the answer in its bundle."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from core.platform.paths import demo_export_dir
from tests.core.letters.factory import confirm_all_facts

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


def _open_demo(window, qtbot) -> None:
    window.open_paths([str(demo_export_dir())])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=30000)
    qtbot.waitUntil(lambda: bool(window.result.findings), timeout=30000)


def _correspondence(window, qtbot):
    window.followup.export_banner.open_button.click()
    dialog = window.followup.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _mark_sent(dialog, label: str) -> None:
    row = next(i for i in range(dialog.items.count()) if dialog.items.item(i).text().startswith(label + " "))
    dialog.items.setCurrentRow(row)
    dialog.sent_button.click()


def test_a_case_walks_from_request_to_follow_up_in_the_app(window, qtbot, tmp_path, monkeypatch):
    from gui.letters.editor import LetterDialog

    start = date.today()
    window.today = lambda: start
    _open_demo(window, qtbot)
    case = window.result.case
    case.set_declaration("residence", "DE-BY")
    confirm_all_facts(case)  # the request (2018-10-01, web form) and the export received (2018-12-03)
    window.draft_letter()
    (letters,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog) and w.isVisible()]
    letters.options.include_unreviewed.setChecked(True)
    for kind in ("complaint", "access"):
        letters.kind.setCurrentIndex(letters.kind.findData(kind))
        target = tmp_path / kind / "bundle.zip"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), ""))
        letters.save_bundle()
        qtbot.waitUntil(lambda: not letters.saving(), timeout=15000)
        assert target.exists(), letters.status.text()
    assert "Kept in your case as L2" in letters.status.text()
    letters.close()
    banner = window.followup.export_banner
    qtbot.waitUntil(banner.isVisible)
    assert "No deadline is running" in banner.text.text() and banner.draft_button.isHidden()

    dialog = _correspondence(window, qtbot)
    _mark_sent(dialog, "L1")
    _mark_sent(dialog, "L2")
    dialog.close()
    assert "Art. 78(2) GDPR runs until" in banner.text.text() and banner.draft_button.isHidden()

    later = start + timedelta(days=35)  # a month passes
    window.today = lambda: later
    window.close_export()
    welcome = window.followup.welcome_banner
    assert welcome.isVisible() and "L2 to the company" in welcome.text.text()
    assert "a reminder to the company" in welcome.text.text() and "Open the export" in welcome.text.text()
    _open_demo(window, qtbot)
    assert "due or has passed" in banner.title.text() and "reminder" in banner.draft_button.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "reminder"))
    banner.draft_button.click()
    dialog = window.followup.dialog
    assert (tmp_path / "reminder" / "letter-reminder-de.pdf").exists(), dialog.status.text()
    _mark_sent(dialog, "L3")

    answer = tmp_path / "answer.pdf"
    answer.write_bytes(b"%PDF-1.4\n% the company's answer\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer), ""))
    dialog.party.setCurrentIndex(dialog.party.findData("company"))
    dialog.attach_button.click()
    assert "Kept the answer as R1" in dialog.status.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "followup"))
    dialog.draft_buttons["followup"].click()
    bundle = next((tmp_path / "followup").glob("dossier-evidence-*-followup.zip"))
    digest = hashlib.sha256(answer.read_bytes()).hexdigest()
    with zipfile.ZipFile(bundle) as zf:
        assert zf.read("replies/R1-answer.pdf") == answer.read_bytes()
        manifest = json.loads(zf.read("evidence-manifest.json"))
    assert manifest["correspondence"]["replies"][0]["sha256"] == digest
    assert [x["kind"] for x in manifest["correspondence"]["letters"]] == ["complaint", "access", "reminder"]
    assert digest in (tmp_path / "followup" / "letter-followup-de.txt").read_text(encoding="utf-8")
    dialog.close()
    assert "No deadline" not in banner.text.text()


def test_a_new_window_shows_a_passed_deadline_on_its_welcome_page(qtbot, tmp_path, monkeypatch):
    from core.case.store import CaseStore
    from gui.main_window import MainWindow
    from gui.start.settings import Settings

    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    with CaseStore.open("ef" * 32) as case:  # a case saved earlier: the request, never answered
        case.set_export_label("amazon", ["my-export.zip"])
        case.set_declaration("residence", "FR")
        case.set_declaration("request_date", "2025-01-31")
    window = MainWindow(Settings(QSettings(str(tmp_path / "dossier.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.today = lambda: date(2025, 3, 3)  # before the first paint: the welcome page asks after it
    window.show()
    banner = window.followup.welcome_banner
    qtbot.waitUntil(banner.isVisible)
    assert banner.text.text().startswith("my-export.zip: Your access request to the company")
    assert "Art. 12(3) GDPR passed on" in banner.text.text() and "a reminder to the company" in banner.text.text()
    assert banner.draft_button.isHidden()  # drafting needs the export: the banner says to open it
    window.close_export()
    window.tasks.wait()
