"""The Overview page: what the export contains, and the most important finding.

Its cards, banner and findings summary are in :mod:`gui.pages.overview_panels`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.model import Export
from core.rules.finding import Finding, severity_rank
from gui.look.labels import plain_label, scaled_font
from gui.look.theme import secondary_text
from gui.look.when import month_name
from gui.pages.overview_facts import OverviewFacts, overview_facts
from gui.pages.overview_panels import Banner, Card, FindingsSummary

if TYPE_CHECKING:
    import pandas as pd

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def date_range(span: tuple[pd.Timestamp, pd.Timestamp] | None, locale: QLocale) -> str:
    """"June 2017 – October 2018" (local month names) for a first and last time, or '' without them."""
    if span is None:
        return ""
    first, last = span
    a = f"{month_name(first.month, False, locale)} {first.year}"
    b = f"{month_name(last.month, False, locale)} {last.year}"
    return a if a == b else f"{a} – {b}"


def headline(findings: list[Finding], locale: QLocale) -> tuple[str, str] | None:
    """The most important finding group as (severity, one sentence), or ``None``."""
    if not findings:
        return None
    groups = Counter((f.severity, f.rule) for f in findings if f.subject != "export")
    if not groups:
        groups = Counter((f.severity, f.rule) for f in findings)
    (severity, rule), count = min(groups.items(), key=lambda kv: (severity_rank(kv[0][0]), -kv[1]))
    n = locale.toString(count)
    from core.rules.registry import rule_texts  # the rules load with the export, not at start-up

    texts = rule_texts(rule)
    example = next(f for f in findings if f.rule == rule and f.severity == severity)
    if count == 1:  # one finding says it in its own sentence (never "1 findings: …")
        return severity, example.explanation
    sentence = translate("Overview", texts.headline) if texts is not None and texts.headline else \
        translate("Overview", "%1 findings: %2").replace("%2", example.explanation)
    if (example.evidence or {}).get("basis") == "owner-declaration":  # the user's word, not the export's
        sentence = translate("Overview", "%1 voice recordings, although you declare never having had a voice device")
    return severity, sentence.replace("%1", n)


class OverviewPage(QScrollArea):
    """Signals: reviewRequested(), reviewGroup(str rule, str severity), showTable(str), reportRequested(),
    ownerHasNoDeviceChanged(bool)."""

    reviewRequested = Signal()
    reviewGroup = Signal(str, str)
    showTable = Signal(str)
    reportRequested = Signal()
    ownerHasNoDeviceChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.title = plain_label("", body)
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.subtitle = plain_label("", body)
        secondary_text(self.subtitle)
        self.parts = plain_label("", body)  # parts of a split export that were not opened
        self.parts.setWordWrap(True)
        self.parts.setVisible(False)
        self.banner = Banner(body)
        self.banner.reviewRequested.connect(self.reviewRequested)
        self.cards = {
            "purchases": Card("purchases", self.tr("Orders"), body),
            "searches": Card("searches", self.tr("Searches"), body),
            "recordings": Card("recordings", self.tr("Voice recordings"), body),
            "devices": Card("devices", self.tr("Devices"), body),
        }
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
            card.showRequested.connect(self.showTable)
        self.found_title = plain_label(self.tr("What Dossier found"), body)
        self.found_title.setFont(scaled_font(self, 1.05, bold=True))
        self.summary = FindingsSummary(body)
        self.summary.reviewGroup.connect(self.reviewGroup)
        self.no_device = QCheckBox(body)  # the vendor's words, set with the export
        self.no_device.setAccessibleDescription(self.tr("Your declaration; Dossier checks the export again with it"))
        self.no_device.toggled.connect(self.ownerHasNoDeviceChanged)
        self.report_summary = plain_label("", body)
        self.report_button = QPushButton(self.tr("Show import report"), body)
        self.report_button.setAccessibleDescription(self.tr("Lists every file of the export and what Dossier read "
                                                            "from it"))
        self.report_button.clicked.connect(self.reportRequested)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_summary, 1)
        report_row.addWidget(self.report_button)
        self.timeline_slot = QVBoxLayout()

        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.parts)
        self.followup_slot = QVBoxLayout()  # the case's due or passed deadlines (gui.letters.followup_wiring)
        layout.addLayout(self.followup_slot)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.found_title)
        layout.addWidget(self.summary)
        declarations = plain_label(self.tr("About you"), body)
        declarations.setFont(scaled_font(self, 1.05, bold=True))
        layout.addWidget(declarations)
        layout.addWidget(self.no_device)
        layout.addLayout(report_row)
        self.timeline_title = plain_label(self.tr("Everything on one timeline"), body)
        self.timeline_title.setFont(scaled_font(self, 1.05, bold=True))
        self.timeline_title.setVisible(False)
        layout.addWidget(self.timeline_title)
        layout.addLayout(self.timeline_slot, 1)
        layout.addStretch()
        self.setWidget(body)

    def show_export(self, export: Export, findings: list[Finding], names: list[str],
                    owner_has_no_device: bool, facts: OverviewFacts | None = None) -> None:
        """The page for ``export``; ``facts``: its figures as the import computed them (made here without)."""
        facts = facts if facts is not None else overview_facts(export)
        loc = QLocale()
        self.title.setText(self.tr("What is in your export"))
        self.subtitle.setText(", ".join(names))
        self.show_findings(findings)
        for name, card in self.cards.items():
            count = facts.counts[name]
            card.count.setText(loc.toString(count))
            card.show_button.setEnabled(count > 0)
            if name == "devices" and not facts.device_list:
                card.count.setText("—")  # missing is not empty: no list, not a list of none
                card.detail.setText(self.tr("This export contains no device list"))
            elif name == "devices":
                card.detail.setText(self.tr("%1 with voice").replace("%1", loc.toString(facts.voice_devices))
                                    + (f"\n{', '.join(facts.device_names)}" if facts.device_names else ""))
            elif facts.histories.get(name, "held") != "held":
                card.count.setText("—")  # no order or search file: not a history of none
                card.detail.setText(self.missing_history(name, facts.histories[name] == "unread"))
            else:
                text = date_range(facts.spans.get(name), loc)
                text = text or (self.tr("The export records no times") if count else self.tr("None in this export"))
                if name == "recordings":
                    text += self.recordings_lacking(facts, loc)
                card.detail.setText(text)
        self.parts.setVisible(bool(facts.parts_not_opened))
        self.parts.setText(facts.parts_not_opened)
        from core.vendors import vendor_wording

        self.no_device.setText(translate("OverviewPage", vendor_wording(export.vendor).no_device))
        self.no_device.blockSignals(True)
        self.no_device.setChecked(owner_has_no_device)
        self.no_device.blockSignals(False)
        self.report_summary.setText(self.import_line(facts, loc))

    def recordings_lacking(self, facts: OverviewFacts, loc: QLocale) -> str:
        """The recordings card's lines below its span: how many have no time of their own (the span is not
        theirs), and how many a table lists whose audio the export lacks."""
        lines = []
        if facts.untimed and facts.spans.get("recordings"):
            lines.append(self.tr("%1 without a time of their own").replace("%1", loc.toString(facts.untimed)))
        if facts.without_audio:
            lines.append(self.tr("%1 with no audio in the export").replace("%1", loc.toString(facts.without_audio)))
        return "".join("\n" + line for line in lines)

    def missing_history(self, name: str, unread: bool) -> str:
        """That the export holds no order (or search) history; ``unread``: none Dossier could read."""
        if name == "purchases":
            return self.tr("No order history Dossier could read") if unread else \
                self.tr("This export contains no order history")
        return self.tr("No search history Dossier could read") if unread else \
            self.tr("This export contains no search history")

    def import_line(self, facts: OverviewFacts, loc: QLocale) -> str:
        """``Import: 1 file recognised, 2 skipped, 0 unreadable, 1 problem.`` (one and many). A problem is what the
        import report's Problems tab lists: a row that could not be used, or a file's (an activity file naming 22
        audio files the export lacks is one; it was counted as "1 row could not be used")."""
        recognised, problems = facts.statuses["recognised"], facts.problems
        parts = (self.tr("1 file recognised") if recognised == 1 else
                 self.tr("%1 files recognised").replace("%1", loc.toString(recognised)),
                 self.tr("%1 skipped").replace("%1", loc.toString(facts.statuses["skipped"])),
                 self.tr("%1 unreadable").replace("%1", loc.toString(facts.statuses["unreadable"])),
                 self.tr("1 problem") if problems == 1 else
                 self.tr("%1 problems").replace("%1", loc.toString(problems)))
        return self.tr("Import: %1.").replace("%1", ", ".join(parts))

    def show_findings(self, findings: list[Finding]) -> None:
        loc = QLocale()
        self.banner.show_headline(headline(findings, loc), len(findings), loc)
        self.summary.show_findings(findings, loc)
        self.found_title.setVisible(bool(findings))

    def set_timeline(self, widget: QWidget) -> None:
        widget.setMinimumHeight(260)
        self.timeline_title.setVisible(True)
        self.timeline_slot.addWidget(widget)
