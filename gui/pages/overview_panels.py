"""The Overview page's panels: the count cards, the banner with the most important finding, the findings summary."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.rules.finding import Finding, severity_rank
from gui.look.icons import icon, severity_colour, severity_icon, severity_word
from gui.look.labels import plain_label, scaled_font
from gui.look.panel import Panel
from gui.look.theme import secondary_text, severity_text


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
