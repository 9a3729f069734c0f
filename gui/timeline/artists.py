"""The timeline's matplotlib artists: a fixed set per lane, refilled from numpy on every view change."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import numpy as np
from dateutil.tz import tzlocal
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, StepPatch
from PySide6.QtCore import QLocale

from gui.look.plot_theme import Theme
from gui.look.when import localise_months
from gui.timeline.data import MAJOR, MINOR, NORMAL, Lane, bin_edges, choose_step, counts, translate

# (marker, size in pt², colour name or None for the lane's own colour) per anomaly level
TOP_PX = 30.0  # the margin above the lanes, where the legend is (gui.timeline.legend)
STYLE = {NORMAL: ("o", 18.0, None), MINOR: ("D", 34.0, "yellow"), MAJOR: ("^", 52.0, "vermillion")}
BAR_HEIGHT = 0.8


def date_axis(ax: Axes, maxticks: int = 9) -> None:
    """Ticks that adapt from years to hours, in the local time zone."""
    tz = tzlocal()
    locator = mdates.AutoDateLocator(tz=tz, minticks=3, maxticks=maxticks)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(LocalDateFormatter(locator, tz=tz, show_offset=True))


class LocalDateFormatter(mdates.ConciseDateFormatter):
    """Matplotlib's concise date ticks with the UI language's month names ("Okt", "Apr. 2018")."""

    def format_ticks(self, values: Any) -> list[str]:
        return [localise_months(text) for text in super().format_ticks(values)]

    def get_offset(self) -> str:
        return localise_months(super().get_offset())


def stairs(ax: Axes, values: np.ndarray, edges: np.ndarray, **style: Any) -> StepPatch:
    """``ax.stairs`` without its data-limit update (a walk over every curve of the outline, ~3 ms per
    patch): the timeline sets its limits itself."""
    patch = StepPatch(values, edges, **style)
    ax.add_artist(patch)
    return patch


def clear_figure(figure: Figure) -> None:
    """``figure.clear()`` without first clearing each axes it then drops (~20 ms per axes, in vain)."""
    for axes in tuple(figure.axes):
        figure.delaxes(axes)
    figure.clear()


def main_axes(figure: Figure, theme: Theme, lanes: int) -> Axes:
    """The lanes' axes, a line between lanes (~15-20 ms: a turn of its own, as :func:`overview_axes`)."""
    ax = _date_axes(figure, theme, (0.1, 0.3, 0.85, 0.6), grid=True, maxticks=9)
    ax.tick_params(axis="y", length=0)
    for edge in range(lanes + 1):
        ax.axhline(edge - 0.5, color=theme.grid, linewidth=0.8)
    return ax


def overview_axes(figure: Figure, theme: Theme) -> Axes:
    """The strip under the lanes: the whole range, where a span is chosen."""
    overview = _date_axes(figure, theme, (0.1, 0.05, 0.85, 0.1), grid=False, maxticks=6)
    overview.set_yticks([])
    overview.set_navigate(False)
    return overview


def _date_axes(figure: Figure, theme: Theme, box: tuple[float, float, float, float], *, grid: bool,
               maxticks: int) -> Axes:
    axes = figure.add_axes(box)
    theme.style_axes(axes, grid)
    date_axis(axes, maxticks)
    axes.xaxis.get_offset_text().set_color(theme.muted)
    # the axes have no axis titles: placed, not left to matplotlib, which measured every tick label's box at each
    # full draw to move them clear (~6-20 ms of a 45-65 ms draw with 20,000 findings)
    axes.xaxis.set_label_coords(0.5, 0.0)
    axes.yaxis.set_label_coords(0.0, 0.5)
    return axes


def place_axes(ax: Axes, overview: Axes, left: float, width: float, height: float) -> None:
    """Pixel-based margins: legend above, date labels under each axes, overview strip at the bottom."""
    top, gap, strip, bottom = TOP_PX, 44.0, 34.0, 36.0
    right = 1 - 12.0 / width
    main_h = max(height - top - gap - strip - bottom, 40.0)
    overview.set_position((left, bottom / height, right - left, strip / height))
    ax.set_position((left, (bottom + strip + gap) / height, right - left, main_h / height))



class LaneArtists:
    """Per lane: three scatter collections (one per anomaly level) and two step outlines (all, flagged). Made
    empty; :meth:`add_lane` adds each lane's, in order (~10 ms each: a turn of its own)."""

    def __init__(self, ax: Axes, theme: Theme, lanes: list[Lane]) -> None:
        self.ax, self.theme, self.lanes = ax, theme, lanes
        self.edges = np.zeros(0)
        self.bin_counts: list[tuple[np.ndarray, np.ndarray]] = []
        self.scatters: list[list[Any]] = []
        self.bars: list[tuple[StepPatch, StepPatch]] = []
        self.marker = Line2D([], [], linestyle="none", marker="o", markersize=13, markerfacecolor="none",
                             markeredgecolor=theme.text, markeredgewidth=2.0, zorder=10)
        self.cursor = ax.axvline(0, color=theme.text, linewidth=1.0, alpha=0.5, zorder=9, visible=False)
        ax.add_line(self.marker)

    def add_lane(self) -> None:
        """The next lane's artists."""
        ax, theme, index = self.ax, self.theme, len(self.bars)
        lane, vermillion = self.lanes[index], theme.colour("vermillion")
        base = index + BAR_HEIGHT / 2
        dummy_edges, dummy = np.array([0.0, 1.0]), np.array([base])
        every = stairs(ax, dummy, dummy_edges, baseline=base, fill=True, facecolor=theme.colour(lane.colour),
                       alpha=0.55, linewidth=0, visible=False)
        flagged = stairs(ax, dummy, dummy_edges, baseline=base, fill=True, facecolor=vermillion, alpha=0.6,
                         edgecolor=vermillion, hatch="////", linewidth=0, visible=False)
        self.bars.append((every, flagged))
        row = []
        for level in (NORMAL, MINOR, MAJOR):
            marker, size, colour = STYLE[level]
            face = theme.colour(colour) if colour else theme.colour(lane.colour)
            row.append(ax.scatter([], [], s=size, marker=marker, c=face, zorder=3 + level,
                                  edgecolors=theme.text if level else "none", linewidths=0.6 if level else 0,
                                  alpha=0.9 if level else 0.75))
        self.scatters.append(row)

    def show_events(self, x0: float, x1: float) -> None:
        for index, lane in enumerate(self.lanes):
            for coll in self.bars[index]:
                coll.set_visible(False)
            for level, scatter in zip((NORMAL, MINOR, MAJOR), self.scatters[index], strict=True):
                pick = lane.by_level[level]
                times = lane.times[pick]
                i0, i1 = np.searchsorted(times, x0), np.searchsorted(times, x1, "right")
                rows = pick[i0:i1]
                scatter.set_offsets(np.column_stack([lane.times[rows], index + lane.jitter[rows]]))
                scatter.set_visible(True)
        self.edges = np.zeros(0)

    def show_counts(self, x0: float, x1: float, max_bins: int) -> str:
        name, unit, count = choose_step(x1 - x0, max(max_bins, 10))
        self.edges = edges = bin_edges(x0, x1, unit, count)
        self.bin_counts = []
        for index, lane in enumerate(self.lanes):
            for coll in self.scatters[index]:
                coll.set_visible(False)
            every = counts(lane.times, edges)
            flagged = counts(lane.level_times(MAJOR), edges) + counts(lane.level_times(MINOR), edges)
            self.bin_counts.append((every, flagged))
            scale = BAR_HEIGHT / max(int(every.max(initial=0)), 1)
            base = index + BAR_HEIGHT / 2
            # keep a sliver for bins with a few events, so they never vanish next to a busy bin
            heights = np.where(every > 0, np.maximum(every * scale, 0.06), 0.0)
            flagged_heights = np.where(flagged > 0, np.maximum(flagged * scale, 0.06), 0.0)
            bars, flagged_bars = self.bars[index]
            bars.set_data(base - heights, edges, base)
            flagged_bars.set_data(base - flagged_heights, edges, base)
            bars.set_visible(True)
            flagged_bars.set_visible(bool(flagged.any()))
        return name

    def bar_at(self, x: float) -> tuple[float, float] | None:
        i = int(np.searchsorted(self.edges, x, "right")) - 1
        if len(self.edges) < 2 or not 0 <= i < len(self.edges) - 1:
            return None
        return float(self.edges[i]), float(self.edges[i + 1])

    def count_text(self, x: float, lane_index: int) -> str:
        bar = self.bar_at(x)
        if bar is None or not 0 <= lane_index < len(self.bin_counts):
            return ""
        i = int(np.searchsorted(self.edges, x, "right")) - 1
        every, flagged = self.bin_counts[lane_index]
        start = datetime.fromtimestamp(bar[0] * 86400.0, tz=UTC).astimezone()
        end = datetime.fromtimestamp(bar[1] * 86400.0, tz=UTC).astimezone()
        loc = QLocale()
        text = (f"{self.lanes[lane_index].label}\n"
                + translate("Timeline", "%1 events").replace("%1", loc.toString(int(every[i])))
                + "\n" + localise_months(f"{start:%d %b %Y %H:%M} – {end:%d %b %Y %H:%M}"))
        if flagged[i]:
            text += "\n" + translate("Timeline", "%1 flagged").replace("%1", loc.toString(int(flagged[i])))
        return text + "\n" + translate("Timeline", "Click to zoom in")

    def show_selection(self, point: tuple[float, float] | None) -> None:
        if point is None:
            self.marker.set_data([], [])
            self.cursor.set_visible(False)
            return
        self.marker.set_data([point[0]], [point[1]])
        self.cursor.set_xdata([point[0], point[0]])
        self.cursor.set_visible(True)


class OverviewArtists:
    """The range selector strip: counts over the whole range and a box for the current view."""

    def __init__(self, ax: Axes, theme: Theme, lanes: list[Lane], full_range: tuple[float, float]) -> None:
        lo, hi = full_range
        edges = np.linspace(lo, hi, 241)
        total = np.zeros(240)
        flagged = np.zeros(240)
        for lane in lanes:
            total += counts(lane.times, edges)
            flagged += counts(lane.level_times(MAJOR), edges) + counts(lane.level_times(MINOR), edges)
        top = max(float(total.max(initial=0)), 1.0)
        stairs(ax, np.sqrt(total / top), edges, fill=True, facecolor=theme.muted, alpha=0.6, linewidth=0)
        if flagged.any():
            stairs(ax, np.sqrt(flagged / top), edges, fill=True, facecolor=theme.colour("vermillion"), alpha=0.8,
                      linewidth=0)
        ax.set_xlim(lo, hi)
        ax.set_ylim(0, 1.05)
        self.box = Rectangle((lo, 0), hi - lo, 1.05, facecolor=theme.highlight, alpha=0.18,
                             edgecolor=theme.highlight, linewidth=1.5)
        ax.add_patch(self.box)

    def show_view(self, x0: float, x1: float) -> None:
        self.box.set_x(x0)
        self.box.set_width(x1 - x0)
