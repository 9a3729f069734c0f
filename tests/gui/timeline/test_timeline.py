"""TimelineView driven like a user: zoom, pan, fit, range selection, hover, click, show_event."""

from __future__ import annotations

import itertools
import time

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt

from core.model import empty_export
from gui.timeline.data import MAJOR, NORMAL, bin_edges, build_lanes, choose_step, counts
from gui.timeline.view import SCATTER_LIMIT, TimelineView
from tests.gui.synthetic import make_export, synthetic_rule
from tests.gui.timeline.big import big_export

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def small():
    export = make_export(recordings=40, purchases=25, searches=60)
    from core.rules.finding import ReviewContext

    return export, synthetic_rule(export, ReviewContext(owner_has_no_device=True))


def pixel(view: TimelineView, kind: str, ref: int) -> tuple[float, float]:
    x, lane = view._event_time(kind, ref)
    jitter = view.lanes[lane].jitter[np.flatnonzero(view.lanes[lane].refs == ref)[0]]
    return tuple(view.ax.transData.transform((x, lane + jitter)))


def test_lanes_per_kind_and_device_with_anomaly_levels():
    export, findings = small()
    lanes = build_lanes(export, findings)
    assert [lane.kind for lane in lanes[:2]] == ["purchase", "search"]
    devices = [lane.label for lane in lanes if lane.kind == "recording"]
    assert len(devices) == 4 and any("Unknown device" in d for d in devices)
    assert sum(len(lane) for lane in lanes) == 125
    recording_levels = np.concatenate([lane.levels for lane in lanes if lane.kind == "recording"])
    assert (recording_levels == MAJOR).all()  # every synthetic recording has a high finding
    assert all((lane.levels == NORMAL).all() for lane in lanes if lane.kind != "recording")


def test_binning_counts_every_event_once():
    export, findings = big_export(20_000)
    lanes = build_lanes(export, findings)
    times = np.concatenate([lane.times for lane in lanes])
    for span in (2000.0, 90.0, 3.0):
        name, unit, step = choose_step(span, 200)
        edges = bin_edges(times.min(), times.min() + span, unit, step)
        assert edges[0] <= times.min() and np.all(np.diff(edges) > 0)
        assert len(edges) - 1 <= 260, name
        inside = ((times >= edges[0]) & (times < edges[-1])).sum()
        assert sum(counts(lane.times, edges).sum() for lane in lanes) == inside


def test_zoom_pan_fit_and_modes(view, qtbot):
    export, findings = big_export(60_000)
    view.set_data(export, findings)
    assert view.mode == "counts" and view.bin_name in ("month", "quarter", "week")
    full = view.view()
    view.zoom_in()
    a, b = view.view()
    assert b - a == pytest.approx((full[1] - full[0]) * 0.8)
    # wheel around the cursor keeps the date under the cursor in place
    px = view.ax.bbox.x0 + view.ax.bbox.width * 0.25
    before = view.ax.transData.inverted().transform((px, view.ax.bbox.y0 + 5))[0]
    for _ in range(30):
        view._zoom(0.8, before)
    after = view.ax.transData.inverted().transform((px, view.ax.bbox.y0 + 5))[0]
    assert after == pytest.approx(before, abs=1e-6)
    assert view.mode == "events" and view._visible_count(*view.view()) <= SCATTER_LIMIT
    # drag to pan: moving right shows earlier times
    a, b = view.view()
    canvas = view.canvas
    y = int(canvas.height() * 0.4)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, y))
    qtbot.mouseMove(canvas, QPoint(700, y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(700, y))
    a2, b2 = view.view()
    assert a2 < a and b2 - a2 == pytest.approx(b - a)
    # keyboard: 0 fits all, + zooms in
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert view.view() == pytest.approx(full)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert view.view()[1] - view.view()[0] < full[1] - full[0]
    # the range selector sets the view
    view._on_span(full[0] + 10, full[0] + 12)
    assert view.view() == pytest.approx((full[0] + 10, full[0] + 12))


def test_click_selects_and_emits(view, qtbot):
    export, findings = small()
    view.set_data(export, findings)
    ref = int(export.recordings.index[5])
    view.show_event("recording", ref)
    view.selected = None
    x, y = pixel(view, "recording", ref)
    qpos = QPoint(round(x / view.canvas.device_pixel_ratio), round(view.canvas.height() - y))
    with qtbot.waitSignal(view.eventSelected, timeout=2000) as signal:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=qpos)
    kind, got = signal.args
    assert kind == "recording"
    assert export.recordings.loc[got, "time"] == export.recordings.loc[ref, "time"] or got == ref
    assert view.selected == (kind, got)


def test_show_event_moves_and_zooms_to_single_events(view):
    export, findings = big_export(100_000)
    view.set_data(export, findings)
    assert view.mode == "counts"
    ref = int(export.searches.index[37_000])
    view.show_event("search", ref)
    x, _lane = view._event_time("search", ref)
    a, b = view.view()
    assert a < x < b and view.mode == "events"
    assert view.selected == ("search", ref)
    assert view.layers.marker.get_xdata()[0] == pytest.approx(x)
    view.show_event("purchase", 10**9)  # unknown rows are ignored
    assert view.selected == ("search", ref)


def test_hover_tooltip_is_escaped_plain_text(view):
    export, findings = small()
    export.purchases.loc[export.purchases.index[3], "title"] = "<b>Echo</b> for $5 & <img src=x>"
    view.set_data(export, findings)
    ref = int(export.purchases.index[3])
    view.show_event("purchase", ref)
    tip = view.tooltip_at(*pixel(view, "purchase", ref))
    assert "&lt;b&gt;Echo&lt;/b&gt; for $5 &amp; &lt;img src=x&gt;" in tip
    assert "<b>" not in tip and "<img" not in tip
    assert "UTC" in tip and "Purchase" in tip


def test_artists_bounded_at_250k_events(view):
    small_export, small_findings = big_export(1_000)
    view.set_data(small_export, small_findings)
    baseline = view.artist_count()
    export, findings = big_export(250_000)
    view.set_data(export, findings)
    counts_mode = view.artist_count()
    x = float(np.median(view.lanes[0].times))
    view.set_view(x - 0.5, x + 0.5)
    assert view.mode == "events"
    assert view.artist_count() == counts_mode == baseline  # same lanes → same artists, whatever the size
    assert counts_mode < 80


def test_dollar_in_labels_renders_literally(view):
    export = empty_export("amazon")
    export.recordings = make_export(recordings=3).recordings.assign(device_name="Echo $5 and $10 \\foo{x}$")
    view.set_data(export, [])
    view.canvas.draw()  # would raise ValueError if mathtext parsed the label
    label = view.lane_texts[0]
    shown, is_math = label._preprocess_math(label.get_text())
    assert is_math is False
    assert shown.startswith("Voice · Echo $5 and $10 \\foo{x}$ (3)")


def test_empty_export_shows_a_message(view):
    view.set_data(empty_export("amazon"), [])
    view.canvas.draw()
    texts = [t.get_text() for t in view.ax.texts]
    assert any("No dated" in t for t in texts)
    view.zoom_in()
    view.fit_all()


def test_dark_palette_recolours(view, qtbot):
    from gui.look.theme import dark_palette

    export, findings = small()
    view.set_data(export, findings)
    light = view.theme
    view.setPalette(dark_palette())
    qtbot.waitUntil(lambda: view.theme.dark)
    assert view.theme != light
    assert view.ax.get_facecolor()[:3] != pytest.approx((1.0, 1.0, 1.0))
    assert len(view.lanes) == 6 and view.mode == "events"


def test_times_are_local(monkeypatch, view):
    export, _ = small()
    export.purchases = export.purchases.iloc[:1].assign(time=pd.to_datetime(["2018-06-01T12:00:00Z"], utc=True))
    view.set_data(export, [])
    text = view.describe(view.lanes[0], 0)
    assert "12:00:00 UTC" in text


def test_click_on_a_count_bar_zooms_into_it(view):
    export, findings = big_export(60_000)
    view.set_data(export, findings)
    assert view.mode == "counts"
    edges = view.layers.edges
    middle = len(edges) // 2
    x = (edges[middle] + edges[middle + 1]) / 2
    px, py = view.ax.transData.transform((x, 1.2))
    text = view.tooltip_at(px, py)
    assert "events" in text and "Click to zoom in" in text
    view.click(px, py)
    assert view.view() == pytest.approx((edges[middle], edges[middle + 1]))


def test_new_findings_for_the_same_export_keep_view_and_selection(view):
    export, findings = small()
    view.set_data(export, findings)
    ref = int(export.recordings.index[3])
    view.show_event("recording", ref)
    view.zoom_in()
    before = view.view()
    view.set_data(export, findings[:5])
    assert view.view() == pytest.approx(before)
    assert view.selected == ("recording", ref)
    other, other_findings = small()
    view.set_data(other, other_findings)
    assert view.selected is None


def test_hidden_timeline_draws_when_shown(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    export, findings = small()
    draws: list[int] = []
    view.canvas.mpl_connect("draw_event", lambda _e: draws.append(1))
    view.set_data(export, findings)
    view.render_now()
    assert not draws  # hidden: nothing rendered
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(draws), timeout=3000)


def test_range_strip_drag_selects_and_click_centres(view, qtbot):
    export, findings = big_export(20_000)
    view.set_data(export, findings)
    lo, _hi = view.full_range
    view.set_view(lo + 10, lo + 20)
    box = view.overview.bbox
    height, ratio = view.canvas.height(), view.canvas.device_pixel_ratio
    y = round(height - (box.y0 + box.y1) / 2 / ratio)
    x_mid = round((box.x0 + box.x1) / 2 / ratio)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x_mid, y))
    a, b = view.view()
    centre = view.overview.transData.inverted().transform(((box.x0 + box.x1) / 2, 0))[0]
    days_per_px = (view.full_range[1] - view.full_range[0]) / box.width * ratio
    assert b - a == pytest.approx(10) and (a + b) / 2 == pytest.approx(centre, abs=2 * days_per_px)
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x_mid, y))
    qtbot.mouseMove(view.canvas, QPoint(x_mid + 120, y))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x_mid + 120, y))
    a, b = view.view()
    assert b - a == pytest.approx(120 * days_per_px, rel=0.1)


def test_pinch_zooms_around_the_fingers(view):
    export, findings = small()
    view.set_data(export, findings)
    a, b = view.view()
    px = view.ax.bbox.x0 + view.ax.bbox.width * 0.3
    x = view.ax.transData.inverted().transform((px, 0))[0]
    view._pinch(0.25, px)
    a2, b2 = view.view()
    assert b2 - a2 == pytest.approx((b - a) / 1.25)
    assert view.ax.transData.inverted().transform((px, 0))[0] == pytest.approx(x, abs=1e-6)


def test_the_selected_event_is_offered_as_text_to_a_screen_reader(view, qtbot):
    from PySide6.QtGui import QAccessible

    export, findings = small()
    view.set_data(export, findings)
    interface = QAccessible.queryAccessibleInterface(view.canvas)
    assert interface.text(QAccessible.Text.Name) == "Timeline"
    assert "Nothing selected" in interface.text(QAccessible.Text.Description)
    ref = int(export.recordings.index[5])
    view.show_event("recording", ref)
    said = interface.text(QAccessible.Text.Description)
    transcript = str(export.recordings.loc[ref, "transcript"])[:40]
    assert said.startswith("Selected: ") and transcript in said and "\n" not in said
    other = int(export.recordings.index[9])
    x, y = pixel(view, "recording", other)
    view.click(x, y)
    assert interface.text(QAccessible.Text.Description) != said


def test_a_resize_places_the_axes_without_measuring_the_lane_labels_again(view, qtbot, monkeypatch):
    """A window that fills its pages resizes the timeline many times in one event-loop turn (18 on the demo):
    the labels are measured once per build, so each resize only places the axes."""
    from matplotlib.text import Text

    export, findings = small()
    view.set_data(export, findings)
    measured: list[str] = []
    extent = Text.get_window_extent

    def counting(self, *args, **kwargs):
        if self in view.lane_texts:
            measured.append(self.get_text())
        return extent(self, *args, **kwargs)

    monkeypatch.setattr(Text, "get_window_extent", counting)
    lefts = []
    for width in (1000, 700, 1200, 640):
        view.resize(width, 420)
        qtbot.waitUntil(lambda w=width: view.canvas.width() == w)
        view._layout()
        lefts.append(view.ax.get_position().x0 * view.canvas.width())
    assert not measured
    assert max(lefts) - min(lefts) < 2  # the label column keeps its width in pixels while the window resizes
    view.set_data(*small())  # a new build (other lanes or labels) measures them again
    view.build()
    assert measured


def test_a_first_draw_lets_due_timers_run_between_its_turns(qtbot, monkeypatch):
    """A first draw takes three turns (background, lane labels, events). Chained as posted calls they ran
    back to back, and the window went ~45 ms without a turn for anything else; as timers, a timer that is due
    runs between them."""
    from PySide6.QtCore import QTimer

    events: list[str] = []
    render = TimelineView._render_scheduled
    def slow_turn(self):  # each turn as long as a big export's (~20 ms), longer than the beat's interval
        events.append("turn")
        # the work comes first, as in a real turn, which asks for its next turn at its end: slept after the
        # render instead, a quick render (a small export, a fast machine) asked for the next turn before the
        # beat was due, so the two turns ran back to back by their timers' order, not by the view's design
        time.sleep(0.015)
        render(self)

    monkeypatch.setattr(TimelineView, "_render_scheduled", slow_turn)
    view = TimelineView()
    qtbot.addWidget(view)
    export, findings = small()
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_data(export, findings)
    qtbot.waitUntil(lambda: view._background is not None and not view._frame_pending, timeout=3000)
    events.clear()
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: events.append("beat"))
    beat.start()
    view.invalidate_background()
    view.redraw()
    qtbot.waitUntil(lambda: events.count("turn") >= 3, timeout=3000)
    beat.stop()
    turns = [i for i, event in enumerate(events) if event == "turn"]
    assert all(b - a > 1 for a, b in itertools.pairwise(turns)), events  # something else ran between two turns


def drawn_view(qtbot) -> TimelineView:
    """A shown timeline of :func:`small` whose first frame is drawn."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_data(*small())
    qtbot.waitUntil(lambda: view._background is not None and not view._frame_pending, timeout=3000)
    return view


def test_the_legend_follows_the_view_without_a_new_background(qtbot, monkeypatch):
    """Single events or counts: the legend's entries change, painted by Qt over the plot, and the plot's
    background (a full matplotlib draw) is not captured again for it; a screen reader reads the entries."""
    import gui.timeline.view as timeline_view

    view = drawn_view(qtbot)
    assert view.mode == "events" and "Event" in view.legend.words()
    assert all(word in view.legend.accessibleName() for word in view.legend.words())
    left = view.ax.get_position().x0 * view.canvas.width()
    assert abs(view.legend.x() - left) <= 1 and view.legend.geometry().bottom() < view.canvas.height() * 0.2
    monkeypatch.setattr(timeline_view, "SCATTER_LIMIT", 10)
    background = view._background
    view.refresh()
    assert view.mode == "counts" and view.legend.words()[:2] == ["Number of events", "Flagged recordings"]
    assert view._background is background  # the legend's change needed no new background


def test_a_staged_rebuild_gives_each_lane_a_turn_and_never_clears_axes_it_drops(view, qtbot, monkeypatch):
    """Built in turns (as the window does), each lane's artists are made in a step of their own, and the old
    figure's axes are dropped without first being cleared (matplotlib's ``Figure.clear`` cleared each: ~20 ms of
    a turn per axes, for axes thrown away)."""
    from matplotlib.axes import Axes

    from gui.work.staged import Staged

    view.set_data(*small())
    lanes = len(view.lanes)
    assert lanes >= 3
    cleared: list[object] = []
    added: list[int] = []
    before = list(view.figure.axes)
    clear = Axes.clear
    monkeypatch.setattr(Axes, "clear", lambda self: (cleared.append(self), clear(self))[1])
    add_lane = type(view.layers).add_lane
    monkeypatch.setattr(type(view.layers), "add_lane", lambda self: (added.append(len(self.bars)), add_lane(self)))
    ran: list[str] = []
    steps = [lambda step=step: (ran.append(getattr(step, "__name__", "?")), step())[1]
             for step in view.set_data_steps(lambda: (*small(), None))]
    staged = Staged()
    staged.run(steps)
    qtbot.waitUntil(lambda: not staged.busy(), timeout=5000)
    assert len(before) == 2 and not [axes for axes in before if any(axes is c for c in cleared)]
    assert added == list(range(lanes))
    assert ran == ["take", "clear", "axes", "lanes", "_build_rest", "_build_view", "finish"]
    assert len(view.layers.bars) == len(view.layers.scatters) == lanes


def test_an_event_asked_for_while_hidden_is_shown_when_newer_data_replaces_the_build(qtbot):
    """Shown, a hidden timeline builds its kept data in steps and then selects the event asked for meanwhile. New
    findings arriving then (the window's own steps, which cancel that build) must not lose the event: CI once
    found the explore timeline built with nothing selected."""
    from gui.work.staged import Staged

    export, findings = small()
    view = TimelineView()  # its empty figure built, as the window's embedding does before it is shown
    qtbot.addWidget(view)
    view.resize(900, 400)
    assert view.data_steps_when_shown(export, findings) == []  # hidden: kept
    ref = int(export.recordings.index[3])
    view.show_event("recording", ref)  # hidden: remembered
    view.show()
    qtbot.waitExposed(view)
    assert view._building.busy()
    window_steps = Staged()
    window_steps.run(view.data_steps_when_shown(export, findings))  # newer findings, while it builds
    qtbot.waitUntil(lambda: not window_steps.busy() and not view._building.busy(), timeout=5000)
    assert view.lanes and view.selected == ("recording", ref)


def test_a_full_draw_measures_no_tick_labels_to_place_axis_titles_it_has_none_of(view, monkeypatch):
    """The timeline's axes have no axis titles; left to place them itself, matplotlib measured every tick label's
    box at each full draw to move a title clear of them (~6-20 ms of a 45-65 ms draw with 20,000 findings)."""
    from matplotlib.axis import Axis

    view.set_data(*small())
    view.build()
    measured: list[Axis] = []
    siblings = Axis._get_tick_boxes_siblings

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        measured.append(self)
        return siblings(self, *args, **kwargs)

    monkeypatch.setattr(Axis, "_get_tick_boxes_siblings", counting)
    view.canvas.draw()
    assert not measured
    assert all(not ax.get_xlabel() and not ax.get_ylabel() for ax in view.figure.axes)  # nothing to place
    assert len(view.figure.axes) == 2 and all(ax.xaxis.get_ticklabels() for ax in view.figure.axes)
