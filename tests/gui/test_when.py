"""Times read the same everywhere: local time with its zone, and UTC beside it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pandas as pd
import pytest
from PySide6.QtCore import QLocale, Qt

from gui.look.when import when, when_text

pytestmark = pytest.mark.gui


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_summer_time_in_berlin(berlin) -> None:
    assert when_text("2018-05-06T18:49:09Z", ENGLISH) == "Sun 06 May 2018, 20:49:09 CEST (18:49:09 UTC)"
    assert when_text(pd.Timestamp("2018-01-06 18:49:09", tz="UTC"), ENGLISH) == \
        "Sat 06 Jan 2018, 19:49:09 CET (18:49:09 UTC)"


def test_the_utc_date_is_given_when_it_differs(berlin) -> None:
    assert when_text("2018-05-06T23:30:00+00:00", ENGLISH) == \
        "Mon 07 May 2018, 01:30:00 CEST (2018-05-06 23:30:00 UTC)"


def test_in_utc_nothing_is_repeated(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert when_text("2018-05-06T18:49:09Z", ENGLISH) == "Sun 06 May 2018, 18:49:09 UTC"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_zones_without_an_abbreviation_show_their_offset(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    try:
        assert when_text("2018-05-06T18:49:09Z", ENGLISH) == "Sun 06 May 2018, 15:49:09 UTC−03:00 (18:49:09 UTC)"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_german_day_and_month_names(berlin) -> None:
    text = when_text("2018-05-06T18:49:09Z", QLocale(QLocale.Language.German))
    assert text.startswith("So") and "06 Mai 2018, 20:49:09 CEST (18:49:09 UTC)" in text


@pytest.mark.parametrize("value", [None, float("nan"), "not a time", pd.NaT, ""])
def test_no_time(value) -> None:
    assert when(value) is None and when_text(value) == ""


def test_the_evidence_panel_the_player_and_the_tables_agree(qtbot, berlin) -> None:
    previous = QLocale()
    QLocale.setDefault(ENGLISH)
    try:
        _check_all_views(qtbot)
    finally:
        QLocale.setDefault(previous)


def _check_all_views(qtbot) -> None:
    from core.rules.finding import Finding
    from gui.explore.cell_text import Column
    from gui.explore.table_model import DataFrameModel
    from gui.player.parts import Details
    from gui.review.page import ReviewPage

    expected = "Sun 06 May 2018, 20:49:09 CEST (18:49:09 UTC)"

    def player_when(value: object) -> tuple[str, str]:  # what the player panel hands its details
        moment = when(value)
        assert moment is not None
        return moment.full, moment.utc_full

    page = ReviewPage()
    qtbot.addWidget(page)
    finding = Finding(rule="unknown-device", severity="high", subject="r1", explanation="At 18:49 UTC …",
                      time="2018-05-06T18:49:09+00:00", evidence={})
    page._show(finding)
    shown = [page.evidence.itemAt(i).widget().text() for i in range(page.evidence.count())]
    assert expected in shown
    assert player_when(pd.Timestamp("2018-05-06 18:49:09", tz="UTC"))[0] == expected
    details = Details()
    qtbot.addWidget(details)
    details.show_recording({"time": "x"}, "Echo", *player_when("2018-05-06T18:49:09Z"))
    assert details.values["Recorded"].text() == expected
    model = DataFrameModel([Column("time", "Time", "time")])
    model.set_frame(pd.DataFrame({"time": pd.to_datetime(["2018-05-06T18:49:09Z"], utc=True)}))
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == expected
    assert model.index(0, 0).data().startswith("06")  # the cell keeps the short local time
