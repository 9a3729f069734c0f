"""The Overview page: what the export contains, and the most important finding."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.model import Export
from core.rules.finding import Finding, severity_rank
from gui.icons import icon, severity_colour, severity_icon, severity_word
from gui.labels import plain_label, scaled_font
from gui.panel import Panel
from gui.theme import secondary_text, severity_text
from gui.when import month_name

if TYPE_CHECKING:
    import pandas as pd

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def date_range(series: pd.Series, locale: QLocale) -> str:
    """"June 2017 – October 2018" (local month names), or '' when there are no dates."""
    import pandas as pd  # here, not at the top: the app starts without pandas

    times = pd.to_datetime(series, utc=True).dropna()
    if times.empty:
        return ""
    first, last = times.min().tz_convert(None), times.max().tz_convert(None)
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


class Card(Panel):
    """A count with its title, date range and a "Show" link."""

    showRequested = Signal(str)

    def __init__(self, table: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.title = plain_label(title, self)
        self.title.setFont(scaled_font(self, 1.05, bold=True))
        self.count = plain_label("0", self)
        self.count.setFont(scaled_font(self, 2.4, bold=True))
        self.count.setAccessibleName(title)
        self.detail = plain_label("", self)
        secondary_text(self.detail)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setAccessibleName(self.tr("Show %1").replace("%1", title))
        self.show_button.setAccessibleDescription(self.tr("Opens this table on the Explore page"))
        self.show_button.clicked.connect(lambda: self.showRequested.emit(self.table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.detail)
        layout.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.show_button)
        layout.addLayout(row)
        self.setMinimumHeight(128)


class Banner(Panel):
    """The most important finding: severity icon + colour + word, one sentence, "Review findings"."""

    reviewRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.word = plain_label("", self, wrap=False)
        self.word.setFont(scaled_font(self, 1.0, bold=True))
        self.text = plain_label("", self)
        self.text.setFont(scaled_font(self, 1.3, bold=True))
        self.sub = plain_label("", self)
        self.button = QPushButton(self.tr("Review findings"), self)
        self.button.setMinimumHeight(38)
        self.button.setFont(scaled_font(self, 1.1, bold=True))
        self.button.setAccessibleDescription(self.tr("Opens the Review page to say which findings are yours"))
        self.button.clicked.connect(self.reviewRequested)
        left = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.icon)
        head.addWidget(self.word)
        head.addStretch()
        left.addLayout(head)
        left.addWidget(self.text)
        left.addWidget(self.sub)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(left, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_headline(self, head: tuple[str, str] | None, total: int, locale: QLocale) -> None:
        if head is None:
            colour = "#009E73"
            self.icon.setPixmap(icon("verdict-mine").pixmap(QSize(22, 22)))
            self.word.setText(self.tr("Nothing unusual"))
            self.text.setText(self.tr("Dossier found nothing that looks out of place in this export."))
            self.sub.setText(self.tr("You can still look through everything under Explore."))
            self.button.setVisible(False)
        else:
            severity, sentence = head
            colour = severity_colour(severity).name()
            self.icon.setPixmap(severity_icon(severity).pixmap(QSize(22, 22)))
            self.word.setText(severity_word(severity))
            self.text.setText(sentence)
            self.sub.setText(self.tr("One finding. Look at it and say whether it is yours.") if total == 1 else
                             self.tr("%1 findings in total. Look at each one and say whether it is yours.")
                             .replace("%1", locale.toString(total)))
            self.button.setVisible(True)
        self.set_accent(QColor(colour))


class FindingsSummary(Panel):
    """One line per group of findings: shape + colour + word, title, count, and a "Review" button."""

    reviewGroup = Signal(str, str)  # rule, severity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(2, 1)

    def show_findings(self, findings: list[Finding], locale: QLocale) -> None:
        from gui.review.findings_model import rule_title

        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        groups = Counter((f.rule, f.severity) for f in findings)
        ordered = sorted(groups.items(), key=lambda kv: (severity_rank(kv[0][1]), -kv[1]))
        for row, ((rule, severity), count) in enumerate(ordered):
            shape = QLabel(self)
            shape.setPixmap(severity_icon(severity).pixmap(QSize(16, 16)))
            word = plain_label(severity_word(severity), self, wrap=False)
            word.setFont(scaled_font(self, 1.0, bold=True))
            severity_text(word, severity)
            title = plain_label(rule_title(rule), self, wrap=False)
            number = plain_label(locale.toString(count), self, wrap=False)
            number.setFont(scaled_font(self, 1.0, bold=True))
            button = QPushButton(self.tr("Review"), self)
            button.setAccessibleName(self.tr("Review: %1").replace("%1", rule_title(rule)))
            button.setAccessibleDescription(self.tr("Opens this group of findings on the Review page"))
            button.clicked.connect(lambda _c=False, r=rule, sv=severity: self.reviewGroup.emit(r, sv))
            for column, widget in enumerate((shape, word, title, number, button)):
                self.grid.addWidget(widget, row, column)
        self.setVisible(bool(ordered))


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
                    owner_has_no_device: bool) -> None:
        from core.letters.export_facts import device_list_present

        loc = QLocale()
        self.title.setText(self.tr("What is in your export"))
        self.subtitle.setText(", ".join(names))
        self.show_findings(findings)
        for name, card in self.cards.items():
            table = export.table(name)
            card.count.setText(loc.toString(len(table)))
            card.show_button.setEnabled(len(table) > 0)
            if name == "devices" and not len(table) and not device_list_present(export):
                card.count.setText("—")  # missing is not empty: no list, not a list of none
                card.detail.setText(self.tr("This export contains no device list"))
            elif name == "devices":
                voice = int(table["voice_capable"].fillna(False).astype(bool).sum()) if len(table) else 0
                names_list = ", ".join(sorted({str(n) for n in table["name"].dropna()})[:3])
                card.detail.setText(self.tr("%1 with voice").replace("%1", loc.toString(voice))
                                    + (f"\n{names_list}" if names_list else ""))
            else:
                text = date_range(table["time"], loc) if len(table) else ""
                card.detail.setText(text or self.tr("None in this export"))
        from core.vendors import vendor_wording

        self.no_device.setText(translate("OverviewPage", vendor_wording(export.vendor).no_device))
        self.no_device.blockSignals(True)
        self.no_device.setChecked(owner_has_no_device)
        self.no_device.blockSignals(False)
        report = export.report
        self.report_summary.setText(
            self.tr("Import: %1 files recognised, %2 skipped, %3 unreadable, %4 rows could not be used.")
            .replace("%1", loc.toString(len(report.by_status("recognised"))))
            .replace("%2", loc.toString(len(report.by_status("skipped"))))
            .replace("%3", loc.toString(len(report.by_status("unreadable"))))
            .replace("%4", loc.toString(len(report.problems))))

    def show_findings(self, findings: list[Finding]) -> None:
        loc = QLocale()
        self.banner.show_headline(headline(findings, loc), len(findings), loc)
        self.summary.show_findings(findings, loc)
        self.found_title.setVisible(bool(findings))

    def set_timeline(self, widget: QWidget) -> None:
        widget.setMinimumHeight(260)
        self.timeline_title.setVisible(True)
        self.timeline_slot.addWidget(widget)
