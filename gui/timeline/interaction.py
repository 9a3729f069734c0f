"""Finding events under the mouse, tooltips, and the timeline's mouse and keyboard handling.

A mixin for :class:`gui.timeline.view.TimelineView` (which owns the axes, lanes and view); kept apart so
each module stays small.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.backend_bases import KeyEvent, MouseEvent
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from gui.look.when import when_text
from gui.timeline.data import MAJOR, TABLE_OF_KIND, TITLE_COLUMN, Lane, kind_word, translate, voice_lane_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from PySide6.QtCore import SignalInstance

    from core.model import Export
    from gui.look.plot_base import PlotCanvas
    from gui.timeline.artists import LaneArtists

HIT_PIXELS = 7
WHEEL_FACTOR = 0.8


class TimelineInput:
    """Hit-testing, tooltips, zoom/pan/selection handlers (mixed into TimelineView)."""

    # what the view this is mixed into holds and does
    export: Export | None
    lanes: list[Lane]
    mode: str
    ax: Axes
    overview: Axes
    layers: LaneArtists
    selected: tuple[str, int] | None
    full_range: tuple[float, float]
    _drag: tuple[float, float, float] | None  # pixel x, xlim
    _press: tuple[float, float] | None
    _overview_press: float | None
    if TYPE_CHECKING:
        canvas: PlotCanvas
        eventSelected: SignalInstance

        def view(self) -> tuple[float, float]: ...
        def set_view(self, x0: float, x1: float) -> None: ...
        def refresh(self) -> None: ...
        def setAccessibleDescription(self, description: str) -> None: ...

    # ---- finding events -----------------------------------------------------------------------------
    def _event_time(self, kind: str, ref: int) -> tuple[float, int] | None:
        for index, lane in enumerate(self.lanes):
            if lane.kind != kind:
                continue
            hits = np.flatnonzero(lane.refs == ref)
            if len(hits):
                return float(lane.times[hits[0]]), index
        return None

    def _selected_point(self) -> tuple[float, float] | None:
        if self.selected is None:
            return None
        found = self._event_time(*self.selected)
        if found is None:
            return None
        x, index = found
        lane = self.lanes[index]
        hit = np.flatnonzero(lane.refs == self.selected[1])[0]
        return x, index + float(lane.jitter[hit])

    def hit(self, px: float, py: float) -> tuple[Lane, int] | None:
        """The event nearest to the pixel (px, py) within ``HIT_PIXELS``, as (lane, index)."""
        if self.mode != "events" or not self.lanes:
            return None
        to_px = self.ax.transData
        inv = to_px.inverted()
        y = inv.transform((px, py))[1]
        x_lo = inv.transform((px - HIT_PIXELS, py))[0]
        x_hi = inv.transform((px + HIT_PIXELS, py))[0]
        index = round(y)
        best: tuple[float, Lane, int] | None = None
        for lane_index in (index - 1, index, index + 1):
            if not 0 <= lane_index < len(self.lanes):
                continue
            lane = self.lanes[lane_index]
            i0, i1 = lane.span(x_lo, x_hi)
            if i1 == i0:
                continue
            pts = np.column_stack([lane.times[i0:i1], lane_index + lane.jitter[i0:i1]])
            dist = np.hypot(*(to_px.transform(pts) - (px, py)).T)
            k = int(np.argmin(dist))
            if dist[k] <= HIT_PIXELS and (best is None or dist[k] < best[0]):
                best = (float(dist[k]), lane, i0 + k)
        return None if best is None else (best[1], best[2])

    def announce_selection(self) -> str:
        """The selected event as text for a screen reader (the plot itself is only pixels): the canvas's
        accessible description, which Qt announces when it changes."""
        text = ""
        found = self._event_time(*self.selected) if self.selected is not None else None
        if found is not None and self.selected is not None:
            lane = self.lanes[found[1]]
            text = self.describe(lane, int(np.flatnonzero(lane.refs == self.selected[1])[0])).replace("\n", ", ")
        description = translate("Timeline", "Selected: %1").replace("%1", text) if text else \
            translate("Timeline", "Nothing selected. Choose an event in a table, or click a dot.")
        self.canvas.setAccessibleDescription(description)
        self.setAccessibleDescription(description)
        return text

    def describe(self, lane: Lane, index: int) -> str:
        """Plain text for the tooltip: what, when (local and UTC), device, anomaly."""
        ref = int(lane.refs[index])
        when = datetime.fromtimestamp(float(lane.times[index]) * 86400.0, tz=UTC)
        lines = [kind_word(lane.kind)]
        if self.export is not None:
            row = self.export.table(TABLE_OF_KIND[lane.kind]).loc[ref]
            title = row.get(TITLE_COLUMN[lane.kind])
            if isinstance(title, str) and title.strip():
                lines.append(f"“{title[:120]}”")
            elif lane.kind == "recording":
                lines.append(translate("Timeline", "(no transcript)"))
            device = row.get("device") if lane.kind == "search" else None
            if lane.kind == "recording":
                device = lane.label.removeprefix(voice_lane_label(""))
            if isinstance(device, str) and device:
                lines.append(translate("Timeline", "Device: %1").replace("%1", device))
        lines.append(when_text(when))
        level = int(lane.levels[index])
        if level:
            lines.append(translate("Timeline", "Flagged: high — see Findings") if level == MAJOR
                         else translate("Timeline", "Flagged: medium or low — see Findings"))
        return "\n".join(lines)

    # ---- interaction --------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self._zoom(WHEEL_FACTOR, None)

    def zoom_out(self) -> None:
        self._zoom(1 / WHEEL_FACTOR, None)

    def fit_all(self) -> None:
        self.set_view(*self.full_range)

    def _zoom(self, factor: float, x: float | None) -> None:
        x0, x1 = self.view()
        x = (x0 + x1) / 2 if x is None else x
        self.set_view(x - (x - x0) * factor, x + (x1 - x) * factor)

    def _pinch(self, delta: float, x_px: float) -> None:
        x = self.ax.transData.inverted().transform((x_px, 0))[0]
        self._zoom(1.0 / (1.0 + delta), x)

    def _on_scroll(self, event: MouseEvent) -> None:
        if event.inaxes is self.ax and event.xdata is not None:
            self._zoom(WHEEL_FACTOR ** float(event.step), float(event.xdata))

    def _on_key(self, event: KeyEvent) -> None:
        x0, x1 = self.view()
        if event.key in ("+", "="):
            self.zoom_in()
        elif event.key in ("-", "_"):
            self.zoom_out()
        elif event.key == "0":
            self.fit_all()
        elif event.key in ("left", "right"):
            step = (x1 - x0) * 0.2 * (-1 if event.key == "left" else 1)
            self.set_view(x0 + step, x1 + step)

    def _on_press(self, event: MouseEvent) -> None:
        if event.inaxes is self.overview and event.button == 1:
            self._overview_press = float(event.x)
        if event.inaxes is self.ax and event.button == 1:
            x0, x1 = self.view()
            self._drag = (float(event.x), x0, x1)
            self._press = (float(event.x), float(event.y))
            QToolTip.hideText()

    def _on_release(self, event: MouseEvent) -> None:
        overview_press, self._overview_press = self._overview_press, None
        if overview_press is not None and abs(event.x - overview_press) <= 4 and event.xdata is not None \
                and event.inaxes is self.overview:
            a, b = self.view()  # a click in the range strip centres the view there
            self.set_view(float(event.xdata) - (b - a) / 2, float(event.xdata) + (b - a) / 2)
            return
        press, self._press, self._drag = self._press, None, None
        if press is None or abs(event.x - press[0]) > 4 or abs(event.y - press[1]) > 4:
            return
        self.click(float(event.x), float(event.y))

    def click(self, px: float, py: float) -> None:
        """Select the event under the pixel; on a count bar, zoom into that bar."""
        hit = self.hit(px, py)
        if hit is not None:
            lane, index = hit
            self.selected = (lane.kind, int(lane.refs[index]))
            self.announce_selection()
            self.refresh()
            self.eventSelected.emit(lane.kind, int(lane.refs[index]))
            return
        if self.mode == "counts":
            x = self.ax.transData.inverted().transform((px, py))[0]
            bar = self.layers.bar_at(x)
            if bar is not None:
                self.set_view(*bar)

    def _on_motion(self, event: MouseEvent) -> None:
        if self._drag is not None and event.x is not None:
            start_px, x0, x1 = self._drag
            days_per_px = (x1 - x0) / max(self.ax.bbox.width, 1.0)
            shift = (event.x - start_px) * days_per_px
            self.set_view(x0 - shift, x1 - shift)
            return
        if event.inaxes is not self.ax:
            QToolTip.hideText()
            return
        text = self.tooltip_at(float(event.x), float(event.y))
        if text:
            QToolTip.showText(QCursor.pos() + QPoint(12, 12), text, self.canvas)
        else:
            QToolTip.hideText()

    def tooltip_at(self, px: float, py: float) -> str:
        """The tooltip (rich text built from escaped plain text) for the pixel, or ``""``."""
        hit = self.hit(px, py)
        if hit is not None:
            plain = self.describe(*hit)
        elif self.mode == "counts":
            x, y = self.ax.transData.inverted().transform((px, py))
            plain = self.layers.count_text(x, round(y))
        else:
            return ""
        if not plain:
            return ""
        return "<p style='white-space:pre'>" + html.escape(plain).replace("\n", "<br>") + "</p>"

    def _on_span(self, x0: float, x1: float) -> None:
        if x1 - x0 > 1e-6:
            self.set_view(x0, x1)
