"""The plots' text as one kept bitmap per string (gui.look.plot_text): the same ink, drawn once per label."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure

from gui.look.plot_text import KEPT, TextBitmapRenderer, keep_text_bitmaps, simple_script

LABELS = ["Voice · Echo A (20834)", "März 2024", "Dez. 2019", "Żółć – 12:30"]


@pytest.mark.parametrize("text", ["2019", *LABELS, "Ÿ€", ""])
def test_latin_text_takes_the_one_bitmap_path(text: str) -> None:
    assert simple_script(text)


@pytest.mark.parametrize("text", ["Ελλάδα", "Москва", "مرحبا", "नमस्ते", "e\u0301", "שלום", "a\u202eb", "x\u200fy"])
def test_text_that_needs_shaping_keeps_matplotlibs_path(text: str) -> None:
    assert not simple_script(text)


def _ink(text: str, angle: float, kept: bool) -> np.ndarray:
    figure = Figure(figsize=(4, 1.6), dpi=100)
    figure.text(0.05, 0.4, text, fontsize=12, rotation=angle, color="black")
    canvas = FigureCanvasAgg(figure)
    if kept:
        keep_text_bitmaps(canvas.get_renderer())
    canvas.draw()
    assert (type(canvas.get_renderer()) is TextBitmapRenderer) == kept
    return 255 - np.asarray(canvas.buffer_rgba())[:, :, 0].astype(int)  # black on white: ink is the red's lack


def _box(ink: np.ndarray) -> tuple[int, int, int, int]:
    rows, cols = np.nonzero(ink > 64)
    return int(rows.min()), int(rows.max()), int(cols.min()), int(cols.max())


@pytest.mark.parametrize("angle", [0, 90])
@pytest.mark.parametrize("text", LABELS)
def test_a_kept_bitmap_puts_the_same_ink_where_matplotlib_does(text: str, angle: float) -> None:
    stock, kept = _ink(text, angle, kept=False), _ink(text, angle, kept=True)
    assert stock.sum() > 0
    assert all(abs(a - b) <= 1 for a, b in zip(_box(stock), _box(kept), strict=True))  # placed within a pixel
    assert abs(int(kept.sum()) - int(stock.sum())) / stock.sum() < 0.05  # the same amount of ink


def test_each_label_is_rasterised_once_across_draws(monkeypatch: pytest.MonkeyPatch) -> None:
    figure = Figure(figsize=(4, 2), dpi=100)
    for n, text in enumerate([*LABELS, "Ελλάδα"]):
        figure.text(0.05, 0.1 + n * 0.15, text)
    canvas = FigureCanvasAgg(figure)
    keep_text_bitmaps(canvas.get_renderer())
    shaped: list[str] = []
    stock = RendererAgg.draw_text

    def spy(self: RendererAgg, gc: object, x: float, y: float, s: str, *args: object, **kwargs: object) -> None:
        shaped.append(s)
        stock(self, gc, x, y, s, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RendererAgg, "draw_text", spy)
    canvas.draw()
    kept = dict(canvas.get_renderer().__dict__["_bitmaps"])
    canvas.draw()
    assert shaped == ["Ελλάδα", "Ελλάδα"]  # only the Greek label goes through matplotlib's shaping, every draw
    assert sorted(key[0] for key in kept) == sorted(LABELS)
    assert canvas.get_renderer().__dict__["_bitmaps"].keys() == kept.keys()  # the second draw made none


def test_the_kept_bitmaps_stay_bounded() -> None:
    figure = Figure(figsize=(2, 1), dpi=100)
    label = figure.text(0.1, 0.5, "")
    canvas = FigureCanvasAgg(figure)
    keep_text_bitmaps(canvas.get_renderer())
    for n in range(KEPT + 40):
        label.set_text(f"{n:05d}")
        canvas.draw()
    assert 0 < len(canvas.get_renderer().__dict__["_bitmaps"]) <= KEPT


def test_the_apps_plot_canvas_draws_with_kept_bitmaps(qapp: object) -> None:
    from gui.look.plot_base import PlotWidget

    widget = PlotWidget()
    widget.figure.text(0.1, 0.5, "März 2024")
    widget.canvas.draw()
    assert type(widget.canvas.get_renderer()) is TextBitmapRenderer
