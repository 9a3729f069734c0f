"""The overview's banner never says "1 findings": one finding is told in its own sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from core.rules.finding import Finding
from gui.pages.overview import headline

pytestmark = pytest.mark.gui

ONE = Finding(rule="duplicate-audio", severity="medium", subject="r1",
              explanation="The recording of 2023-02-02 is a copy of the one of 2023-01-05.")


def test_one_finding_is_its_own_sentence() -> None:
    assert headline([ONE], QLocale(QLocale.Language.English)) == ("medium", ONE.explanation)


def test_several_findings_are_counted() -> None:
    two = [ONE, Finding(rule="duplicate-audio", severity="medium", subject="r2", explanation="Another copy.")]
    severity, sentence = headline(two, QLocale(QLocale.Language.English))  # type: ignore[misc]
    assert severity == "medium" and sentence.startswith("2 ") and "1 " not in sentence[:2]


def test_the_banner_says_one_finding(qtbot, window) -> None:
    banner = window.overview.banner
    banner.show_headline(("medium", ONE.explanation), 1, QLocale(QLocale.Language.English))
    assert banner.sub.text() == "One finding. Look at it and say whether it is yours."
    banner.show_headline(("medium", ONE.explanation), 3, QLocale(QLocale.Language.English))
    assert banner.sub.text().startswith("3 findings in total.")
