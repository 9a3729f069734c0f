"""The timeline: purchases, searches and voice recordings in lanes over the export's whole time range.

Zoomed out it shows counts per hour/day/week/month/year (one step outline per lane); zoomed in it
shows single events (one scatter collection per lane and anomaly level). Either way the number of
artists is fixed by the number of lanes, not by the number of events, so a redraw stays fast at
250k events. Anomalies are drawn in vermillion/amber *and* as triangles/diamonds (hatched bars
when counted). Wheel zooms around the cursor, drag pans, +/- zoom, 0 fits all; the strip below is
a range selector. Hover shows a plain-text tooltip; click selects (``eventSelected``).

Signals: ``eventSelected(str kind, int ref)`` — kind is purchase/search/recording, ref the row label
in that table.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.widgets import SpanSelector
from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from core.model import Export
from core.rules.finding import Finding
from gui.look.labels import scaled_font
from gui.look.plot_base import PlotWidget
from gui.look.plot_theme import mpl_text
from gui.look.theme import secondary_text
from gui.timeline import artists as art
from gui.timeline.data import Lane, bin_word, build_lanes, padded_range, translate, untimed_note
from gui.timeline.interaction import TimelineInput
from gui.timeline.legend import TimelineLegend
from gui.work.staged import Staged, run_now

Data = tuple[Export, list[Finding], list[Lane] | None]  # what set_data takes
SCATTER_LIMIT = 3000  # at most this many single events in view, else counts
MIN_SPAN_DAYS = 2 / 1440  # two minutes


class TimelineView(TimelineInput, PlotWidget):
    """Lanes of events over time with zoom, pan, range selection, hover and click selection (made with
    ``build=False``, its figure is left to :meth:`build_steps`: run them before showing the view)."""

    eventSelected = Signal(str, int)

    def __init__(self, parent: QWidget | None = None, *, build: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Timeline", "Timeline"))
        self.setMinimumHeight(220)
        # what the view shows, as a Qt label under the plot (cheaper than re-rendering text per frame)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status.setContentsMargins(0, 0, 12, 2)
        self.status.setFont(scaled_font(self, 0.85))
        secondary_text(self.status)
        layout = self.layout()
        assert layout is not None  # PlotWidget lays out its canvas
        layout.addWidget(self.status)
        self.legend = TimelineLegend(self.canvas)  # painted by Qt over the plot's top margin
        self.export: Export | None = None
        self.lanes: list[Lane] = []
        self.full_range = (0.0, 1.0)
        self.mode = "empty"
        self.bin_name = ""
        self.selected: tuple[str, int] | None = None
        self._drag: tuple[float, float, float] | None = None  # pixel x, xlim
        self._press: tuple[float, float] | None = None
        self._overview_press: float | None = None
        self._updating = False
        self._pending: Data | None = None  # data for when shown
        self._pending_event: tuple[str, int] | None = None  # and the event to select then
        self._building = Staged(self)  # that data put on screen over a few event-loop turns once shown
        self._label_px: tuple[float, float] | None = None  # (renderer dpi, widest lane label in pixels)
        self.canvas.setFocusPolicy(self.canvas.focusPolicy().StrongFocus)
        self.canvas.on_pinch = self._pinch
        connect = self.canvas.mpl_connect
        connect("scroll_event", self._on_scroll)
        connect("button_press_event", self._on_press)
        connect("button_release_event", self._on_release)
        connect("motion_notify_event", self._on_motion)
        connect("key_press_event", self._on_key)
        connect("resize_event", lambda _e: self._layout())
        self.canvas.setAccessibleName(translate("Timeline", "Timeline"))
        if build:
            self.build()
        self.announce_selection()

    # ---- public API ---------------------------------------------------------------------------------
    def set_data(self, export: Export, findings: list[Finding], lanes: list[Lane] | None = None) -> None:
        """Show ``export``; recordings with findings are drawn as anomalies. Called again for the same export
        (new findings or verdicts), the view and selection stay. ``lanes``: ``build_lanes(export, findings)``
        when the caller made them already (read only here)."""
        self._building.cancel()  # the data it was building once shown is outdated
        run_now(self.set_data_steps(lambda: (export, findings, lanes)))

    def set_data_steps(self, data: Callable[[], Data]) -> list[Callable[[], object]]:
        """:meth:`set_data` as steps for separate event-loop turns (the data, the axes, the lane artists,
        labels and strip: ~15-30 ms each at 420k events instead of ~100 ms); ``data`` is asked in the first."""
        keep: list[tuple[float, float] | None] = [None]

        def take() -> None:
            export, findings, lanes = data()
            keep[0] = self.view() if export is self.export and self.lanes else None
            self.selected, self.export = self.selected if export is self.export else None, export
            self.lanes = build_lanes(export, findings) if lanes is None else lanes
            self.full_range = padded_range(self.lanes)
            if self.selected is not None and not self._event_time(*self.selected):
                self.selected = None

        def finish() -> None:
            if keep[0] is not None:
                self.set_view(*keep[0])
            self.redraw()
            if self._pending_event is not None:  # asked for meanwhile (kept again if hidden or its build goes on)
                self.show_event(*self._pending_event)

        return [take, *self.build_steps(), finish]

    def data_steps_when_shown(self, export: Export, findings: list[Finding], lanes: list[Lane] | None = None, *,
                              now: bool = False) -> list[Callable[[], object]]:
        """The steps of :meth:`set_data_steps` if the view is on screen (or ``now``), else none: the data is kept
        for when the view is shown or asked to show an event (a hidden timeline of 420k events costs ~0.1 s of the
        GUI thread that nobody sees)."""
        if now or self.isVisible():
            self._pending = None
            self._building.cancel()
            return self.set_data_steps(lambda: (export, findings, lanes))
        self._pending = (export, findings, lanes)
        return []

    def _apply_pending(self) -> None:
        """The data kept while hidden, built in steps over the next event-loop turns (in one go, switching to
        the tab held the window 40-70 ms on the demo and the benchmark export), then the event asked for."""
        if self._pending is not None:
            export, findings, lanes = self._pending
            self._pending = None
            self._building.run([*self.set_data_steps(lambda: (export, findings, lanes)), self._apply_pending])
        elif self._pending_event is not None and not self._building.busy():
            kind, ref = self._pending_event
            self._pending_event = None
            self.show_event(kind, ref)
        if not self._building.busy():
            self.draw_deferred_frame()

    def drawing_deferred(self) -> bool:
        return self._building.busy()

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_pending()
        super().showEvent(event)

    @Slot(str, int)
    def show_event(self, kind: str, ref: int) -> None:
        """Select the event and move (and if needed zoom) the view so it shows as a single event; a hidden view
        does it when it is shown (the overview's timeline, hidden while findings are reviewed: ~4 ms a step)."""
        if not self.isVisible() or self._building.busy():
            self._pending_event = (kind, ref)  # shown (with the data, if it waits too) when the view is
            return
        self._pending_event = None
        found = self._event_time(kind, ref)
        if found is None:
            return
        x, _lane_index = found
        self.selected = (kind, ref)
        self.announce_selection()
        x0, x1 = self.view()
        span = x1 - x0
        if self.mode == "events" and x0 <= x <= x1:
            self.refresh()  # already visible as a single event: only mark it
            return
        while span > MIN_SPAN_DAYS * 2 and self._visible_count(x - span / 2, x + span / 2) > SCATTER_LIMIT:
            span /= 2
        self.set_view(x - span / 2, x + span / 2)

    def set_view(self, x0: float, x1: float) -> None:
        """Show [x0, x1] (date numbers), clamped to sensible limits, and refresh the artists."""
        lo, hi = self.full_range
        total = hi - lo
        span = min(max(x1 - x0, MIN_SPAN_DAYS), total * 1.5)
        centre = min(max((x0 + x1) / 2, lo), hi)
        self._updating = True
        try:
            self.ax.set_xlim(centre - span / 2, centre + span / 2)
        finally:
            self._updating = False
        self.refresh()

    def view(self) -> tuple[float, float]:
        x0, x1 = self.ax.get_xlim()
        return float(x0), float(x1)

    def artist_count(self) -> int:
        """Artists in the figure (bounded by the number of lanes, whatever the number of events)."""
        return sum(len(ax.get_children()) for ax in self.figure.axes) + len(self.figure.texts)

    # ---- building and refreshing -------------------------------------------------------------------
    def build(self) -> None:
        run_now(self.build_steps())

    def build_steps(self) -> list[Callable[[], object]]:
        """The figure for ``self.lanes``: axes, strip, each lane's artists, labels, selector, view (≤ ~20 ms each)."""

        def clear() -> None:
            self.invalidate_background()
            art.clear_figure(self.figure)
            self.figure.set_facecolor(self.theme.background)

        def axes() -> None:
            self.ax = art.main_axes(self.figure, self.theme, len(self.lanes))

        def lanes() -> list[Callable[[], None]]:
            self.overview = art.overview_axes(self.figure, self.theme)
            self.layers = art.LaneArtists(self.ax, self.theme, self.lanes)
            self.ax.set_yticks([])
            self.ax.set_ylim(max(len(self.lanes), 1) - 0.5, -0.5)
            return [self.layers.add_lane for _lane in self.lanes]

        return [clear, axes, lanes, self._build_rest, self._build_view]

    def _build_rest(self) -> None:
        # lane labels belong to the figure (drawn once into the blitted background), placed in lane rows
        rows = self.ax.get_yaxis_transform()
        self._label_px = None
        self.lane_texts = [
            self.figure.text(-0.012, index, mpl_text(f"{lane.label} ({QLocale().toString(len(lane))})", 40),
                             transform=rows, ha="right", va="center", fontsize=9, color=self.theme.colour(lane.colour))
            for index, lane in enumerate(self.lanes)]
        self.overview_art = art.OverviewArtists(self.overview, self.theme, self.lanes, self.full_range)
        if not self.lanes:
            self.ax.text(0.5, 0.5, translate("Timeline", "No dated purchases, searches or recordings in this export"),
                         transform=self.ax.transAxes, ha="center", va="center", color=self.theme.muted)
        self.legend_mode = ""
        self.span = SpanSelector(self.overview, self._on_span, "horizontal", useblit=True, minspan=1e-4,
                                 props={"facecolor": self.theme.highlight, "alpha": 0.25}, interactive=False)
        self.ax.callbacks.connect("xlim_changed", self._on_xlim_changed)

    def _build_view(self) -> None:
        self._layout()
        self._updating = True
        self.ax.set_xlim(*self.full_range)
        self._updating = False
        self.refresh()

    def fast_artists(self) -> list:
        return [self.ax, self.overview_art.box]

    def background_layers(self) -> list:
        """The lane labels, in a turn of their own after the rest of the background (10-15 ms)."""
        return list(self.lane_texts)

    def _layout(self) -> None:
        width, height = max(self.canvas.width(), 200), max(self.canvas.height(), 150)
        left = min(0.45, (self._label_width() + 22) / width)
        art.place_axes(self.ax, self.overview, left, width, height)
        self.legend.place(round(left * width), round(art.TOP_PX))
        self.invalidate_background()

    def _label_width(self) -> float:
        """The widest lane label in pixels, measured once per build and resolution: a resize does not change it,
        and measuring the labels again on each of the resizes a window gets while it fills its pages (18 in one
        event-loop turn on the demo, ~3.5 ms each) held the window ~60 ms."""
        renderer = self.canvas.get_renderer()
        if self._label_px is None or self._label_px[0] != renderer.dpi:
            self._label_px = (renderer.dpi, max((t.get_window_extent(renderer).width for t in self.lane_texts),
                                                default=40.0))
        return self._label_px[1]

    def refresh(self) -> None:
        """Recompute the visible artists for the current view (numpy only) and schedule a draw."""
        x0, x1 = self.view()
        width_px = max(self.ax.bbox.width, 100.0)
        visible = self._visible_count(x0, x1)
        if visible <= SCATTER_LIMIT:
            self.mode, self.bin_name = "events", ""
            self.layers.show_events(x0, x1)
            status = translate("Timeline", "%1 events in view").replace("%1", QLocale().toString(visible))
        else:
            self.mode = "counts"
            self.bin_name = self.layers.show_counts(x0, x1, max_bins=int(width_px / 5))
            status = translate("Timeline", "%1 events · counts per %2 · zoom in for single events") \
                .replace("%1", QLocale().toString(visible)).replace("%2", bin_word(self.bin_name))
        self.status.setText(status + untimed_note(self.lanes) if self.lanes else "")
        if self.legend_mode != self.mode:
            self.legend.show_entries(self.theme, self.mode)
            self.legend_mode = self.mode
        self.layers.show_selection(self._selected_point())
        self.overview_art.show_view(x0, x1)
        self.redraw()

    def _visible_count(self, x0: float, x1: float) -> int:
        total = 0
        for lane in self.lanes:
            i0, i1 = lane.span(x0, x1)
            total += i1 - i0
        return total

    def _on_xlim_changed(self, _ax: object) -> None:
        if not self._updating:
            self.refresh()
