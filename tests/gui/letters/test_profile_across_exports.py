"""Name, address and residence are entered once: the next export's letter starts from them."""

from __future__ import annotations

import pytest

from core.case.profile import load_profile
from core.case.store import CaseStore
from gui.letters.editor import LetterDialog
from tests.core.letters.factory import make_export, make_findings

pytestmark = pytest.mark.gui


def dialog_for(qtbot, tmp_path, n: int, sha: str):
    from core.model import ExportFile

    export = make_export(n=n, files=[ExportFile("Alexa.zip", "/nonexistent/Alexa.zip", 123456, sha * 32, 0.0)])
    case = CaseStore.open(export.export_id, folder=tmp_path / "cases")
    dialog = LetterDialog(None, export, make_findings(export), case)
    qtbot.addWidget(dialog)
    return dialog, case


def test_the_second_export_starts_from_the_first_ones_details(qtbot, tmp_path) -> None:
    first, first_case = dialog_for(qtbot, tmp_path, 9, "ab")
    first.residence.setCurrentIndex(first.residence.findData("DE-SN"))
    name = first.details.edits["name"]
    name.setText("Erika Mustermann")
    first.details.address.setPlainText("Hauptstr. 1\n01067 Dresden")
    first._save_details()  # what the form's save timer does after typing
    first._save_timer.stop()
    assert load_profile().residence == "DE-SN"
    first_case.close()

    second, second_case = dialog_for(qtbot, tmp_path, 7, "cd")
    assert second.case.export_id != first_case.export_id
    assert second.residence.currentData() == "DE-SN"  # not asked again
    assert second.details.edits["name"].text() == "Erika Mustermann"
    assert second.details.address.toPlainText() == "Hauptstr. 1\n01067 Dresden"
    assert second.authority.currentData() == "desaechsdsb"
    second_case.close()


def test_forgetting_the_details_from_the_menu(qtbot, settings, no_dialogs) -> None:
    from gui.main_window import MainWindow

    window = MainWindow(settings, embed_optional=False)
    qtbot.addWidget(window)
    from core.case.profile import update_profile

    update_profile(residence="AT", complainant={"name": "Max"})
    window.actions_["forget_profile"].trigger()
    assert load_profile().is_empty()
    assert no_dialogs[-1][0] == "Your details"


def test_the_letter_flow_starts_by_asking_where_the_user_lives_once(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QInputDialog

    from gui.dialogs import messages
    from tests.gui.synthetic import write_export_zip

    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=10))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    monkeypatch.setattr(messages, "DIALOGS_ENABLED", True)
    asked: list[list[str]] = []

    def answer(_parent, _title, _text, labels, _current, _editable):
        asked.append(labels)
        return next(label for label in labels if "(DE-SN)" in label), True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    window.draft_letter()
    assert len(asked) == 1 and load_profile().residence == "DE-SN"
    assert window.result.case.declarations()["residence"] == "DE-SN"
    letters = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "LetterDialog" and w.isVisible()]
    assert letters and letters[0].residence.currentData() == "DE-SN"
    for letter in letters:
        letter.close()
    window.draft_letter()  # asked once
    assert len(asked) == 1
    for letter in [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "LetterDialog"]:
        letter.close()


def test_pressing_enter_on_the_residence_question_picks_no_country(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QInputDialog

    from gui.dialogs import messages
    from tests.gui.synthetic import write_export_zip

    window.open_paths([str(write_export_zip(tmp_path / "a.zip", recordings=10))])
    qtbot.waitUntil(window.export_ready, timeout=15000)
    monkeypatch.setattr(messages, "DIALOGS_ENABLED", True)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _x, labels, current, _e: (labels[current], True))
    window.draft_letter()
    assert load_profile().residence == "" and "residence" not in window.result.case.declarations()
    for letter in [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "LetterDialog"]:
        assert letter.residence.currentData() == ""
        letter.close()
