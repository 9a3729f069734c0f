"""The Explore page: the timeline and one table per dataset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.explore.tables import TablePanel
from gui.look.icons import severity_icons
from gui.look.labels import plain_label

TABLE_FOR_KIND = {"purchase": "purchases", "search": "searches", "recording": "recordings"}
KIND_FOR_TABLE = {v: k for k, v in TABLE_FOR_KIND.items()}


class ExplorePage(QTabWidget):
    """Signals: rowActivated(str kind, int ref) — a row was clicked in a table."""

    rowActivated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.timeline: QWidget = plain_label(self.tr("The timeline will appear here."), self)
        self.timeline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addTab(self.timeline, self.tr("Timeline"))
        icons = severity_icons()
        self.tables = {
            "purchases": TablePanel("purchases", self.tr("No orders in this export."), icons, self),
            "searches": TablePanel("searches", self.tr("No search history in this export."), icons, self),
            "recordings": TablePanel("recordings", self.tr("No voice recordings in this export."), icons, self),
            "devices": TablePanel("devices", self.tr("No devices are listed in this export."), icons, self),
        }
        titles = {"purchases": self.tr("Orders"), "searches": self.tr("Searches"),
                  "recordings": self.tr("Voice recordings"), "devices": self.tr("Devices")}
        for name, panel in self.tables.items():
            self.addTab(panel, titles[name])
            panel.rowActivated.connect(self._on_row)

    def set_timeline(self, widget: QWidget) -> None:
        index = self.indexOf(self.timeline)
        self.removeTab(index)
        self.timeline.deleteLater()
        self.timeline = widget
        self.insertTab(index, widget, self.tr("Timeline"))

    def show_table(self, name: str) -> TablePanel:
        panel = self.tables[name]
        self.setCurrentWidget(panel)
        return panel

    def current_table(self) -> TablePanel | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, TablePanel) else None

    def _on_row(self, table: str, ref: int) -> None:
        kind = KIND_FOR_TABLE.get(table)
        if kind:
            self.rowActivated.emit(kind, ref)
