"""The one matplotlib widget base of the app: a Figure on a FigureCanvasQTAgg, coloured from the palette.

Subclasses build their artists in :meth:`PlotWidget.build` (called once and again after a theme
change) and refresh them in their own update methods, then call :meth:`PlotWidget.redraw`.
Colours and export text made safe for matplotlib: ``gui.look.plot_theme``.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QNativeGestureEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from gui.look.plot_text import keep_text_bitmaps
from gui.look.plot_theme import Theme
from gui.work.turns import turns


class PlotCanvas(FigureCanvasQTAgg):
    """The canvas; forwards trackpad pinches to ``on_pinch(delta, x_in_matplotlib_pixels)``."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.on_pinch: Callable[[float, float], None] | None = None
        self.on_draw_idle: Callable[[], None] | None = None

    def get_renderer(self) -> RendererAgg:
        """matplotlib's Agg renderer, its plain text drawn once per string and kept (:mod:`gui.look.plot_text`)."""
        return keep_text_bitmaps(super().get_renderer())

    def draw_idle(self) -> None:
        """A full redraw matplotlib asks for (after a resize, or from a widget): the owner's frame when it has
        one (``on_draw_idle``: a background capture and the fast artists, in two event-loop turns)."""
        owner = getattr(self, "on_draw_idle", None)  # not yet set while FigureCanvasQTAgg initialises
        if owner is not None:
            owner()
        else:
            super().draw_idle()

    def event(self, event: QEvent) -> bool:
        if (isinstance(event, QNativeGestureEvent) and self.on_pinch is not None
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.on_pinch(event.value(), event.position().x() * self.device_pixel_ratio)
            return True
        return super().event(event)


class PlotWidget(QWidget):
    """A QWidget holding one matplotlib figure that follows the application palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(8, 3), dpi=100, layout=None)
        self.canvas = PlotCanvas(self.figure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.theme = Theme.from_palette(self.palette())
        self._applying_theme = False
        self._background: object | None = None
        self._capturing = False
        self._frame_pending = False
        self._capture_pending = False
        self._hidden_changes = False
        self._layers_pending: list[Artist] = []  # background layers not yet drawn into the background
        self._frame_deferred = False  # a frame was asked for while the figure was being built
        # frames come in the window's shared turns (a timer, not a posted call like Qt's singleShot(0)): a first
        # draw's turns then let due timers and input run between them, and never share a pass with a step of the
        # window's showing (gui.work.turns)
        self.canvas.mpl_connect("draw_event", self._on_full_draw)
        self.canvas.on_draw_idle = self._full_redraw

    def _full_redraw(self) -> None:
        self.invalidate_background()
        self.redraw()

    # ---- the contract for subclasses ---------------------------------------------------------------
    def build(self) -> None:
        """Create the subclass's axes and artists (colours from ``self.theme``)."""

    def apply_theme(self) -> None:
        """Recolour after a palette change. The default rebuilds; subclasses may do less."""
        self.figure.set_facecolor(self.theme.background)
        self.build()
        self.redraw()

    def fast_artists(self) -> list[Artist]:
        """Artists that change on every view change; the rest of the figure is drawn once and blitted.

        Subclasses that return artists here get :meth:`render_now` redraws that only re-render them
        over a cached background (matplotlib blitting). The default, ``[]``, always draws everything.
        """
        return []

    def redraw(self) -> None:
        """Schedule a repaint; several requests before the event loop runs make one frame."""
        if not self._frame_pending:
            self._frame_pending = True
            turns().ask(self, self._render_scheduled)

    def drawing_deferred(self) -> bool:
        """Whether the subclass is building its figure in steps: frames asked for meanwhile (a resize, the tab
        being shown) wait for :meth:`draw_deferred_frame` instead of drawing a half-built figure — whose first
        draw of new axes, every tick made, held the window 40-70 ms between the timeline's steps."""
        return False

    def draw_deferred_frame(self) -> None:
        """Draw the frame asked for while the figure was being built, if one was."""
        if self._frame_deferred:
            self._frame_deferred = False
            self.invalidate_background()
            self.redraw()

    def _deferred(self) -> bool:
        if self.drawing_deferred():
            self._frame_pending, self._frame_deferred = False, True
            return True
        return False

    def background_layers(self) -> list[Artist]:
        """Static artists (labels) drawn into the background in an event-loop turn of their own."""
        return []

    def _render_scheduled(self) -> None:
        """:meth:`render_now` for a scheduled frame; a first draw (no background yet) takes three event-loop
        turns: the background, its :meth:`background_layers`, then the fast artists (~15-35 ms each instead of
        ~100 ms at once for the timeline)."""
        if self._deferred():
            return
        artists = self.fast_artists()
        if not artists or not self.canvas.isVisible():
            self.render_now()
            return
        self._frame_pending = False
        if self._background is None:
            layers = [a for a in self.background_layers() if a.get_visible()]
            for artist in layers:
                artist.set_visible(False)
            try:
                self._capture_background(artists)
            finally:
                for artist in layers:
                    artist.set_visible(True)
            self._layers_pending = layers
            self.redraw()
        elif self._layers_pending:
            layers, self._layers_pending = self._layers_pending, []
            self.canvas.restore_region(self._background)
            for artist in layers:
                self.figure.draw_artist(artist)
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
            self.redraw()
        else:
            self.render_now()

    def invalidate_background(self) -> None:
        """Call after changing anything that is not in :meth:`fast_artists` (labels, legend, layout)."""
        self._background = None

    def render_now(self, *, capture: bool = False) -> None:
        """Render the figure now: blit the fast artists over the cached background when possible.

        After a full draw with nothing changed since, the screen is current: the background (another full
        draw) is captured in a later event-loop turn of its own, so showing a plot is not two draws in one
        pause, and the next pan or zoom frame only blits."""
        if self._deferred():
            return
        self._frame_pending = False
        if not self.canvas.isVisible():
            self._hidden_changes = True  # drawn when shown (a hidden tab costs nothing)
            return
        artists = self.fast_artists()
        if not artists:
            self.canvas.draw()
            return
        if self._background is None and not self.figure.stale and not capture:
            if not self._capture_pending:
                self._capture_pending = True
                turns().ask(self, self._capture_later)
            return
        if self._background is None:
            self._capture_background(artists)
        self.canvas.restore_region(self._background)
        for artist in artists:
            if artist.get_visible():
                self.figure.draw_artist(artist)
        self.canvas.blit(self.figure.bbox)

    def _capture_later(self) -> None:
        self._capture_pending = False
        if self._background is None:
            self.render_now(capture=True)

    def _capture_background(self, artists: list[Artist]) -> None:
        self._layers_pending = []
        shown = [a for a in artists if a.get_visible()]
        self._capturing = True
        try:
            for artist in shown:
                artist.set_visible(False)
            self.canvas.draw()
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        finally:
            for artist in shown:
                artist.set_visible(True)
            self._capturing = False

    def _on_full_draw(self, _event: object) -> None:
        if not self._capturing:
            self._background = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._hidden_changes:
            self._hidden_changes = False
            self.invalidate_background()
            self.redraw()

    # ---- palette following -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and not self._applying_theme:
            theme = Theme.from_palette(self.palette())
            if theme != self.theme:
                self._applying_theme = True
                try:
                    self.theme = theme
                    self.apply_theme()
                finally:
                    self._applying_theme = False
        super().changeEvent(event)
