"""The overview's figures are worked out by the import, in its own thread, and say what the export holds."""

from __future__ import annotations

import threading

import pandas as pd
import pytest
from PySide6.QtCore import QLocale

from core.contents import device_list_present
from core.platform.paths import demo_export_dir
from gui.pages import overview
from gui.pages.overview_facts import KEY, OverviewFacts, time_span

pytestmark = pytest.mark.gui

DEMO = sorted(str(p) for p in demo_export_dir().glob("*.zip"))


def test_the_import_hands_the_overview_its_figures_made_in_the_imports_thread(qtbot, window, monkeypatch) -> None:
    made_in: list[str] = []
    import gui.pages.overview_facts as facts_module

    real = facts_module.overview_facts

    def counted(export):  # type: ignore[no-untyped-def]
        made_in.append(threading.current_thread().name)
        return real(export)

    monkeypatch.setattr(facts_module, "overview_facts", counted)
    monkeypatch.setattr(overview, "overview_facts", counted)  # the page's own fallback, counted alike
    window.open_paths(DEMO, remember=False)
    qtbot.waitUntil(window.export_ready, timeout=30000)
    assert made_in and threading.main_thread().name not in made_in  # never in the window's thread

    result = window.result
    facts = result.prepared[KEY]
    assert isinstance(facts, OverviewFacts)
    export = result.export
    assert facts.counts == {name: len(export.table(name)) for name in facts.counts}
    assert facts.device_list == (len(export.devices) > 0 or device_list_present(export))
    assert facts.statuses == export.report.status_counts()
    page, loc = window.overview, QLocale()
    for name in ("purchases", "searches", "recordings"):  # each card's count and span, from the export itself
        table = export.table(name)
        assert page.cards[name].count.text() == loc.toString(len(table))
        times = pd.to_datetime(table["time"], utc=True).dropna()
        first, last = times.min().tz_convert(None), times.max().tz_convert(None)
        assert page.cards[name].detail.text().splitlines()[0] == overview.date_range((first, last), loc)
    assert loc.toString(facts.statuses["recognised"]) in page.report_summary.text()


def test_a_time_span_skips_missing_times_and_reads_any_zone_as_utc() -> None:
    times = pd.Series(pd.to_datetime(["2019-03-01T10:00:00Z", None, "2018-01-05T23:30:00Z"], utc=True))
    assert time_span(times) == (pd.Timestamp("2018-01-05 23:30"), pd.Timestamp("2019-03-01 10:00"))
    berlin = times.dt.tz_convert("Europe/Berlin")  # the same moments on another clock: the same span
    assert time_span(berlin) == time_span(times)
    assert time_span(pd.Series(["2020-02-02T00:00:00Z", "2020-01-01T00:00:00Z"])) == (
        pd.Timestamp("2020-01-01"), pd.Timestamp("2020-02-02"))
    assert time_span(pd.Series(pd.to_datetime([None, None], utc=True))) is None
    assert time_span(pd.Series([], dtype="datetime64[ns, UTC]")) is None


def test_missing_is_not_empty_on_the_devices_card(qtbot) -> None:
    from core.model import empty_export

    page = overview.OverviewPage()
    qtbot.addWidget(page)
    export = empty_export("amazon")
    facts = OverviewFacts(counts={"purchases": 0, "searches": 0, "recordings": 3, "devices": 0}, spans={},
                          device_list=False, voice_devices=0, device_names=(), statuses=export.report.status_counts(),
                          problems=0)
    page.show_export(export, [], ["a.zip"], False, facts)  # the figures given are the ones shown
    assert page.cards["devices"].count.text() == "—"
    assert page.cards["recordings"].count.text() == QLocale().toString(3)
    assert page.cards["purchases"].detail.text() == page.tr("None in this export")
    page.show_export(export, [], ["a.zip"], False)  # none given: worked out here, from the export
    assert page.cards["recordings"].count.text() == "0"


def test_the_import_line_says_one_file_and_one_row_in_the_singular(qtbot) -> None:
    from collections import Counter

    from PySide6.QtWidgets import QApplication

    from core.model import empty_export
    from gui.i18n import install_translators

    page = overview.OverviewPage()
    qtbot.addWidget(page)
    export = empty_export("amazon")

    def line(recognised: int, problems: int) -> str:
        facts = OverviewFacts(counts={"purchases": 0, "searches": 0, "recordings": 0, "devices": 0}, spans={},
                              device_list=False, voice_devices=0, device_names=(),
                              statuses=Counter(recognised=recognised, skipped=6), problems=problems)
        page.show_export(export, [], ["a.zip"], False, facts)
        return page.report_summary.text()

    assert line(1, 1) == "Import: 1 file recognised, 6 skipped, 0 unreadable, 1 problem."
    assert line(8, 2) == "Import: 8 files recognised, 6 skipped, 0 unreadable, 2 problems."
    app = QApplication.instance()
    assert install_translators(app, "de") == "de"
    try:
        assert line(1, 1) == "Import: 1 Datei erkannt, 6 übersprungen, 0 unlesbar, 1 Problem."
        assert line(8, 2) == "Import: 8 Dateien erkannt, 6 übersprungen, 0 unlesbar, 2 Probleme."
    finally:
        install_translators(app, "en")
