"""Menu actions and shortcuts: Ctrl+F, Ctrl+E, recent exports, import report, about, first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def _open(qtbot, window, tmp_path: Path) -> Path:
    export = write_export_zip(tmp_path / "a.zip", recordings=8)
    window.open_paths([str(export)])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=10000)
    return export


def test_ctrl_f_goes_to_the_search_box(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, tmp_path)
    window.activateWindow()
    window.actions_["find"].trigger()
    assert window.pages.currentWidget() is window.explore
    table = window.explore.current_table()
    assert table is not None
    assert QApplication.focusWidget() is table.search or table.search.hasFocus()
    assert window.actions_["find"].shortcut().toString() == "Ctrl+F"
    assert window.actions_["draft"].shortcut().toString() == "Ctrl+E"
    assert window.actions_["open"].shortcut().toString() == "Ctrl+O"


def test_draft_letter_opens_the_letter_flow(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, tmp_path)
    window.actions_["draft"].trigger()
    opened = [w for w in window.findChildren(QDialog) if w.isVisible()]
    assert opened  # the letter editor is part of every build
    for dialog in opened:
        dialog.close()


def test_recent_exports_reopen_from_the_welcome_page(qtbot, window, tmp_path: Path) -> None:
    export = _open(qtbot, window, tmp_path)
    window.close_export()
    assert window.welcome.recent.count() == 1
    item = window.welcome.recent.item(0)
    assert item.text() == "a.zip"
    window.welcome.recent.itemClicked.emit(item)
    qtbot.waitUntil(lambda: window.export_ready(), timeout=10000)
    assert window.result.paths == [str(export)]
    assert window.actions_["recent_menu"].menu().actions()[0].text() == "a.zip"


def test_dialogs_open_and_close(qtbot, window, tmp_path: Path) -> None:
    from gui.dialogs.about import AboutDialog, FirstRunDialog
    from gui.dialogs.report_dialog import ImportReportDialog

    _open(qtbot, window, tmp_path)
    report = ImportReportDialog(window.result.export.report)
    qtbot.addWidget(report)
    rows = report.files.model()
    assert rows.rowCount() == len(window.result.export.report.files)
    # what was read from each recognised file is said in words, not the dataset's key ("amazon.orders")
    whys = {rows.index(i, 3).data() for i in range(rows.rowCount())}
    assert "order history" in whys and not any(why.startswith(("amazon.", "google.")) for why in whys), whys
    about = AboutDialog()
    qtbot.addWidget(about)
    assert about.components.topLevelItemCount() >= 1
    about.components.setCurrentItem(about.components.topLevelItem(0))
    first = FirstRunDialog()
    qtbot.addWidget(first)
    assert "Nothing leaves this computer" in " ".join(
        label.text() for label in first.findChildren(type(window.privacy)))
    for dialog in (report, about, first):
        dialog.close()


def test_verdict_keys_do_nothing_outside_the_review_page(qtbot, window, tmp_path: Path) -> None:
    _open(qtbot, window, tmp_path)
    window.show_table("recordings")
    panel = window.explore.tables["recordings"]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_1)
    assert window.result.case.verdicts() == {}


def test_the_import_report_shows_a_file_name_with_markup_as_written(qtbot, window, tmp_path: Path) -> None:
    """Its tooltips give the whole path and reason; Qt renders a tooltip that looks like markup, so export text
    there is escaped (a file named like an image tag shows as written and loads nothing)."""
    import shutil
    import zipfile

    from gui.dialogs.report_dialog import ImportReportDialog

    export = tmp_path / "export"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources" / "demo" / "amazon-2018", export)
    odd = '<img src="http://127.0.0.1:9/pixel.png"><b>Bestellungen</b>.txt'
    with zipfile.ZipFile(export / "Retail.OrderHistory.1.zip", "a") as zf:
        zf.writestr(odd, "not a data file")
    window.open_paths([str(export)])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=10000)
    report = ImportReportDialog(window.result.export.report)
    qtbot.addWidget(report)
    rows = report.files.model()
    tip = Qt.ItemDataRole.ToolTipRole
    cells = [(rows.index(r, 0).data(), rows.index(r, 0).data(tip), rows.index(r, 3).data(tip))
             for r in range(rows.rowCount())]
    tip0 = next(c for c in cells if c[0].endswith(odd))[1]
    assert "<img" not in tip0 and "&lt;img" in tip0
    assert all("<img" not in c[2] for c in cells)
