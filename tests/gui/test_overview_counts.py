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


def test_each_summary_line_is_a_review_group(qtbot) -> None:
    """A rule whose findings have two severities gets two lines, on purpose: each line is one group of the
    Review page (same rule and severity, same count, same order) and its button opens that group."""
    from gui.pages.overview_panels import FindingsSummary
    from gui.review.findings_model import GROUP_ROLE, FindingsModel

    def finding(rule: str, severity: str, subject: str) -> Finding:
        return Finding(rule=rule, severity=severity, subject=subject, explanation=f"{rule} {subject}")

    findings = [*(finding("duplicate-audio", "low", f"a{i}") for i in range(3)),
                *(finding("duplicate-audio", "medium", f"b{i}") for i in range(2)),
                finding("unknown-device", "high", "c0")]
    summary = FindingsSummary()
    qtbot.addWidget(summary)
    summary.show_findings(findings, QLocale(QLocale.Language.English))
    model = FindingsModel()
    model.set_findings(findings, {}, lambda f: f.subject)
    groups = [(model.item(row, 0).data(GROUP_ROLE), model.item(row, 0).rowCount()) for row in range(model.rowCount())]
    assert groups == [(("unknown-device", "high"), 1), (("duplicate-audio", "medium"), 2),
                      (("duplicate-audio", "low"), 3)]
    lines = [summary.grid.itemAtPosition(row, 3).widget().text() for row in range(summary.grid.rowCount())]
    assert lines == [str(count) for _key, count in groups]
    asked: list[tuple[str, str]] = []
    summary.reviewGroup.connect(lambda rule, severity: asked.append((rule, severity)))
    for row in range(len(groups)):
        summary.grid.itemAtPosition(row, 4).widget().click()
    assert [tuple(key) for key, _count in groups] == asked
