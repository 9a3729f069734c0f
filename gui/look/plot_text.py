"""The plots' text drawn as one bitmap per string, kept for the next frame.

matplotlib 3.11's Agg renderer shapes each string (libraqm) and then renders it glyph by glyph in Python: a
transform made with numpy and a FreeType rasterisation per glyph, again on every draw. The timeline's tick and
lane labels took ~25 of a full draw's ~45 ms that way (250k events, 1200×460). Here a string in a script that
needs no shaping (Latin, with its accents) is laid out and rasterised in one FreeType call, as matplotlib 3.10
did, and its bitmap is kept: the next draw of the same label only composites it (full draw ~19 ms). Anything
else (Greek, Arabic, Devanagari…, mathtext, font features) keeps matplotlib's own path.

The difference on screen is the glyphs' sub-pixel placement within a label: a string is placed on whole pixels,
not each glyph on a 1/64 pixel (``tests/gui/test_plot_text.py`` bounds it).
"""

from __future__ import annotations

import math
from typing import Any

from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag

KEPT = 512  # bitmaps kept per renderer (a timeline shows ~20 distinct labels; zooming makes new ones)
#: Characters that need no shaping: Latin (Latin-1, Extended A and B, IPA: below the combining marks), dashes,
#: quotes and other punctuation (not the direction marks around them), currency signs and the minus sign.
SIMPLE_RANGES = ((0, 0x0300), (0x2010, 0x2028), (0x2030, 0x205F), (0x20A0, 0x20C1), (0x2212, 0x2213))


def simple_script(text: str) -> bool:
    """Whether ``text`` needs no shaping: every character in :data:`SIMPLE_RANGES`."""
    return text.isascii() or all(any(low <= ord(ch) < high for low, high in SIMPLE_RANGES) for ch in text)


class TextBitmapRenderer(RendererAgg):
    """An Agg renderer that keeps each plain string's rendered bitmap (see the module's docstring)."""

    _bitmaps: dict[tuple[Any, ...], tuple[Any, float, float, float]]

    def draw_text(self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
                  ismath: Any = False, mtext: Any = None) -> None:
        if ismath or not simple_script(s) or _features(mtext):
            super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
            return
        antialiased = bool(gc.get_antialiased())
        flags = get_hinting_flag()
        bitmaps = self.__dict__.setdefault("_bitmaps", {})
        key = (s, hash(prop), self.dpi, antialiased, flags)
        kept = bitmaps.get(key)
        if kept is None:
            font = self._prepare_font(prop)
            font.set_text(s, 0, flags=flags)  # the angle is applied by draw_text_image, in raster space
            font.draw_glyphs_to_bitmap(antialiased=antialiased)
            x_offset, y_offset = font.get_bitmap_offset()
            if len(bitmaps) >= KEPT:
                bitmaps.clear()
            kept = bitmaps[key] = (font.get_image().copy(), x_offset / 64, y_offset / 64, font.get_descent() / 64)
        image, x_offset, y_offset, descent = kept
        radians = math.radians(angle)
        x = round(x + x_offset + descent * math.sin(radians))
        y = round(y + y_offset + descent * math.cos(radians))
        self._renderer.draw_text_image(image, x, y + 1, angle, gc)


def _features(mtext: Any) -> bool:
    """Whether the text asks for font features or a language (matplotlib ≥ 3.11 shapes those)."""
    if mtext is None:
        return False
    features = getattr(mtext, "get_fontfeatures", None)
    language = getattr(mtext, "get_language", None)
    return bool((features and features()) or (language and language()))


def keep_text_bitmaps(renderer: RendererAgg) -> RendererAgg:
    """``renderer`` drawing text as :class:`TextBitmapRenderer` does, if it is matplotlib's plain Agg renderer."""
    if type(renderer) is RendererAgg:
        renderer.__class__ = TextBitmapRenderer
    return renderer
