"""Plot colours from the Qt palette (Okabe–Ito, colour-blind safe) and export text made safe for matplotlib.

Every string that comes from an export goes through :func:`mpl_text` (``$`` is escaped, so a product called
``$5 and $10`` never turns into mathtext).
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.axes import Axes
from PySide6.QtGui import QColor, QPalette

# Okabe–Ito, the colour-blind-safe palette; dark-mode variants are lighter for contrast on dark grey.
OKABE_ITO = {
    "blue": ("#0072B2", "#56B4E9"), "green": ("#009E73", "#3CCFA5"), "purple": ("#CC79A7", "#E6A2C8"),
    "yellow": ("#E69F00", "#F0B840"), "vermillion": ("#D55E00", "#FF7F2A"), "grey": ("#6B6B6B", "#A9A9A9"),
}


def mpl_text(text: object, limit: int = 80) -> str:
    """Export text made safe for matplotlib: never mathtext, control characters dropped, elided."""
    value = "" if text is None else str(text)
    value = "".join(ch if ch.isprintable() else " " for ch in value)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return value.replace("$", r"\$")


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved ``amount`` of the way towards ``b``."""
    mixed = QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                            a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount)
    return _hex(mixed)


@dataclass(frozen=True)
class Theme:
    """Colours for a plot, derived from a Qt palette."""

    dark: bool
    background: str
    face: str
    text: str
    muted: str
    grid: str
    highlight: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        window = palette.color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < 0.5
        return cls(dark=dark, background=_hex(window), face=_hex(base), text=_hex(text),
                   muted=_mix(text, window, 0.45), grid=_mix(text, base, 0.85),
                   highlight=_hex(palette.color(QPalette.ColorRole.Highlight)))

    def colour(self, name: str) -> str:
        """An Okabe–Ito colour, in the variant that reads on this theme's background."""
        light, dark = OKABE_ITO[name]
        return dark if self.dark else light

    def style_axes(self, ax: Axes, grid: bool = True) -> None:
        ax.set_facecolor(self.face)
        for spine in ax.spines.values():
            spine.set_color(self.muted)
        ax.tick_params(colors=self.text, labelcolor=self.text, which="both")
        ax.xaxis.label.set_color(self.text)
        ax.yaxis.label.set_color(self.text)
        ax.title.set_color(self.text)
        if grid:
            ax.grid(True, axis="x", color=self.grid, linewidth=0.8)
            ax.set_axisbelow(True)
