"""The deadline banner writes core's :meth:`Deadline.sentence` with the locale's long date, and reads as it did
when the app had its own copy of the sentence: in English, in German and in the pseudo-language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from core.case.correspondence import LetterRecord
from core.letters.followup_deadlines import deadlines

pytestmark = pytest.mark.gui

REQUEST = {"request_date": "2025-01-31"}


def shown(qtbot) -> str:
    from gui.letters.followup_panel import DeadlineBanner

    passed = deadlines([], [], REQUEST, authority_country="FR", today=date(2025, 3, 3))
    letter = LetterRecord(2, "access", "de", "company", "amazon", date(2025, 2, 1), date(2025, 2, 3), ())
    due = deadlines([letter], [], {}, authority_country="FR", today=date(2025, 2, 27))
    banner = DeadlineBanner(actions=False)
    qtbot.addWidget(banner)
    banner.show_deadlines([("my-export.zip", passed[0]), ("", due[0])])
    return banner.text.text()


@pytest.mark.parametrize("language", ["en", "de", "qps"])
def test_the_banner_reads_as_before(qtbot, language: str) -> None:
    from gui.i18n import install_translators

    app = QApplication.instance()
    assert install_translators(app, language) == language
    try:
        text = shown(qtbot)
        if language == "de":
            assert text.splitlines()[:2] == [
                "my-export.zip: Ihr Auskunftsantrag an das Unternehmen — die Frist nach Art. 12 Abs. 3 DSGVO ist am "
                "Freitag, 28. Februar 2025 abgelaufen. Nächster Schritt: eine Erinnerung an das Unternehmen.",
                "Ihr Schreiben L2 an das Unternehmen — die Frist nach Art. 12 Abs. 3 DSGVO endet am Montag, "
                "3. März 2025. Nächster Schritt: eine Erinnerung an das Unternehmen."]
        elif language == "en":
            def long(day: QDate) -> str:
                return QLocale().toString(day, QLocale.FormatType.LongFormat)

            assert text.splitlines()[:2] == [
                f"my-export.zip: Your access request to the company — Art. 12(3) GDPR passed on "
                f"{long(QDate(2025, 2, 28))}. Next step: a reminder to the company.",
                f"Your letter L2 to the company — Art. 12(3) GDPR ends on {long(QDate(2025, 3, 3))}. Next step: a "
                "reminder to the company."]
        else:
            first, second = (line.removeprefix("my-export.zip: ") for line in text.splitlines()[:2])
            assert first.startswith("⟦⟦Your access request") and first.endswith("⟧")
            assert second.startswith("⟦⟦Your letter L2") and second.endswith("⟧")
    finally:
        install_translators(app, "en")
