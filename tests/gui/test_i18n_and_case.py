"""German UI through the committed .qm; a second window on the same export is read-only."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.platform.paths import resources_dir
from tests.gui.synthetic import write_export_zip

pytestmark = pytest.mark.gui


def test_the_german_catalogue_is_complete_and_compiled() -> None:
    ts = (resources_dir() / "translations" / "dossier_de.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    # a text lupdate files under no context (self.tr in a mixin it cannot place) is never shown translated
    assert "<name></name>" not in ts and "<name/>" not in ts
    assert (resources_dir() / "translations" / "dossier_de.qm").stat().st_size > 1000


def test_every_text_the_sources_show_is_in_the_german_catalogue(tmp_path: Path) -> None:
    """lupdate over today's sources (the files ``scripts/update_translations.sh`` reads) finds no text the committed
    catalogue lacks: a new string shown in English to a German user fails here, not on a user's screen."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    from scripts.translation_sources import translation_sources

    sources = [str(p) for p in translation_sources(resources_dir().parent)]
    catalogue = tmp_path / "dossier_de.ts"
    shutil.copy(resources_dir() / "translations" / "dossier_de.ts", catalogue)
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(catalogue)], check=True, capture_output=True)
    ts = catalogue.read_text(encoding="utf-8")
    missing = [block.split("<source>")[1].split("</source>")[0] for block in ts.split("<message")
               if 'type="unfinished"' in block]
    assert missing == []


def test_switching_to_german_translates_the_window(qtbot, settings) -> None:
    from gui.i18n import install_translators
    from gui.main_window import MainWindow

    app = QApplication.instance()
    assert install_translators(app, "de") == "de"
    try:
        window = MainWindow(settings, embed_optional=False)
        qtbot.addWidget(window)
        assert window.pages.tabText(0) == "Übersicht"
        assert window.welcome.open_button.text() == "Ihren Datenexport öffnen…"
        model = window.explore.tables["recordings"].model
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Was gehört wurde"
        # the timeline, the player and the letter editor are translated too
        import gui.player.panel  # noqa: F401  (registers the player settings)
        from gui.letters.panels import OptionsPanel, checklist_widget
        from gui.player.parts import StrangerNotice
        from gui.player.transport import Transport
        from gui.timeline.view import TimelineView

        timeline = TimelineView()
        qtbot.addWidget(timeline)
        assert timeline.accessibleName() == "Zeitleiste"
        notice = StrangerNotice()
        qtbot.addWidget(notice)
        assert notice.play_button.text() == "Clip abspielen"
        transport = Transport(notice, settings)
        assert transport.normalise.text() == "Leise Clips verstärken"
        options = OptionsPanel(())
        qtbot.addWidget(options)
        assert options.title() == "Was der Brief enthält"
        checklist = checklist_widget()
        qtbot.addWidget(checklist)
        assert checklist.title() == "Was beizufügen ist und wie es weitergeht"
        # the letter dialog's saving texts (they were filed under no context and stayed English)
        from gui.letters.output import translate
        assert translate("LetterDialog", "Save anyway?") == "Trotzdem speichern?"
    finally:
        install_translators(app, "en")
    window2 = MainWindow(settings, embed_optional=False)
    qtbot.addWidget(window2)
    assert window2.pages.tabText(0) == "Overview"


def test_a_second_window_on_the_same_export_is_read_only(qtbot, window, settings, tmp_path: Path) -> None:
    from gui.main_window import MainWindow

    export = write_export_zip(tmp_path / "a.zip", recordings=5)
    window.open_paths([str(export)])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=10000)
    second = MainWindow(settings, embed_optional=False)
    qtbot.addWidget(second)
    second.open_paths([str(export)])
    qtbot.waitUntil(lambda: second.export_ready(), timeout=10000)
    try:
        assert not window.result.case.read_only
        assert second.result.case.read_only
        assert not second.review.read_only.isHidden()
        assert not second.review.verdict_buttons["mine"].isEnabled()
        second.review.set_verdict("mine")  # ignored, no crash
        assert second.result.case.verdicts() == {}
    finally:
        second.close_export()
