"""The app gives core its UI language: explanations, evidence values, places and month names in German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    from gui.i18n import install_translators

    assert install_translators(qapp, "de") == "de"
    yield qapp
    install_translators(qapp, "en")


def test_the_ui_language_reaches_core(german: QApplication) -> None:
    from core.i18n import current_language
    from core.rules.evidence_words import evidence_label, evidence_value

    assert current_language() == "de"
    assert evidence_label("local_intent") == "Wetter- oder Verkehrsfrage"
    assert evidence_value(True) == "ja" and evidence_value(None) == "—" and evidence_value(1694) == "1.694"
    assert evidence_value("no-voice-device-ever", "basis") == "nie ein Sprachgerät aufgeführt"
    assert evidence_value("archive", "time_source") == "Archiveintrag"
    assert evidence_value({"registration": 2}) == "Geräteregistrierungen: 2"


def test_places_and_authorities_in_german(german: QApplication) -> None:
    from core.letters.authorities import suggest_authority
    from gui.letters.preview import residence_choices

    labels = dict(residence_choices())
    assert labels["DE-SN"] == "Deutschland – Sachsen (DE-SN)"
    assert labels["AT"] == "Österreich (AT)"
    assert [code for code, _ in residence_choices()].index("AT") < [c for c, _ in residence_choices()].index("PL")
    reason = suggest_authority("DE-SN", "amazon").reason
    assert reason.startswith("Art. 77 Abs. 1 DSGVO: Sie leben in Sachsen;")


def test_month_names_on_the_timeline_axis_and_in_moments(german: QApplication) -> None:
    import matplotlib.dates as mdates
    from dateutil.tz import UTC as DATEUTIL_UTC

    from gui.look.when import localise_months, when
    from gui.timeline.artists import LocalDateFormatter

    locator = mdates.AutoDateLocator(tz=DATEUTIL_UTC)
    formatter = LocalDateFormatter(locator, tz=DATEUTIL_UTC)
    ticks = [mdates.date2num(datetime(2018, m, 1, tzinfo=UTC)) for m in (4, 7, 10)]
    labels = formatter.format_ticks(ticks)
    assert "Okt." in labels and "Oct" not in labels
    assert localise_months("Apr 2018") == "Apr. 2018"
    moment = when("2018-05-06T18:49:09Z")
    assert moment is not None and " Mai 2018, " in moment.local
