"""Light and dark: follow the system; Fusion with a dark palette when dark is asked for but the
platform offers none (for example a bare X server)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

_default_style: str | None = None
_default_palette: QPalette | None = None


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(0x2B, 0x2D, 0x31), QColor(0x1F, 0x21, 0x24), QColor(0xE8, 0xE8, 0xE8)
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor(0x27, 0x29, 0x2D),
        QPalette.ColorRole.ToolTipBase: QColor(0x3A, 0x3D, 0x42), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: QColor(0x35, 0x38, 0x3D),
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor(0x3D, 0x7E, 0xD6), QPalette.ColorRole.HighlightedText: QColor("white"),
        QPalette.ColorRole.Link: QColor(0x6C, 0xA8, 0xF0), QPalette.ColorRole.PlaceholderText: QColor(0x8A, 0x8D, 0x92),
        QPalette.ColorRole.Light: QColor(0x45, 0x48, 0x4E), QPalette.ColorRole.Midlight: QColor(0x3A, 0x3D, 0x42),
        QPalette.ColorRole.Mid: QColor(0x4A, 0x4D, 0x53), QPalette.ColorRole.Dark: QColor(0x18, 0x19, 0x1B),
        QPalette.ColorRole.Shadow: QColor(0x0E, 0x0E, 0x10),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    disabled = QColor(0x80, 0x83, 0x88)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


class DarkFusion(QProxyStyle):
    """Fusion, with check-box and radio-button outlines that show on a dark background (Fusion draws
    them a shade darker than the window, which vanishes on dark grey)."""

    OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self.OUTLINED or option.palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


_dark_style: DarkFusion | None = None


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style else QPalette()


def apply_theme(theme: str) -> None:
    """``system`` (the platform's own look), ``light`` or ``dark``."""
    global _default_style, _default_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _default_style is None:
        _default_style = app.style().name()
        _default_palette = QPalette(app.palette())
    if theme == "dark":
        _use_dark(app)
        return
    if theme == "light" and system_is_dark():
        app.setStyle("Fusion")
        app.setPalette(light_palette())
        return
    if _default_style:
        app.setStyle(_default_style)
    if _default_palette is not None:
        app.setPalette(_default_palette)
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    if theme == "system" and system_is_dark() and window_colour.lightness() > 128:
        _use_dark(app)  # the platform says dark but its style paints light: use our dark palette


def _use_dark(app: QApplication) -> None:
    global _dark_style
    _dark_style = DarkFusion(QStyleFactory.create("Fusion"))  # the application owns (and later deletes) it
    app.setStyle(_dark_style)
    app.setPalette(dark_palette())


SECONDARY_MIX = 0.6  # share of the text colour in secondary text: ≥ 4.5:1 contrast in both themes


def secondary_colour(palette: QPalette) -> QColor:
    """Quieter than body text, still easy to read: the text colour blended towards the background."""
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mix = SECONDARY_MIX
    return QColor.fromRgbF(text.redF() * mix + back.redF() * (1 - mix), text.greenF() * mix + back.greenF() * (1 - mix),
                           text.blueF() * mix + back.blueF() * (1 - mix))


class _FollowPalette(QObject):
    """Repaints theme-dependent text colours when the palette changes (light ↔ dark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # top-level widgets hear of a new application palette directly, children through their parent
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange) \
                and isinstance(watched, QWidget):
            if watched.property("dossier_secondary"):
                _paint_secondary(watched)
            severity = watched.property("dossier_severity")
            if severity:
                _paint_severity(watched, str(severity))
        return False


_follow_filter: _FollowPalette | None = None


def _follow(widget: QWidget) -> None:
    global _follow_filter
    if _follow_filter is None:
        _follow_filter = _FollowPalette(QApplication.instance())
    widget.removeEventFilter(_follow_filter)
    widget.installEventFilter(_follow_filter)


def _paint_secondary(widget: QWidget) -> None:
    _set_text_colour(widget, secondary_colour(QApplication.palette()))


def _paint_severity(widget: QWidget, severity: str) -> None:
    from gui.look.icons import severity_text_colour

    _set_text_colour(widget, severity_text_colour(severity))


def _set_text_colour(widget: QWidget, colour: QColor) -> None:
    if widget.palette().color(QPalette.ColorRole.WindowText) == colour:
        return  # already right (and no PaletteChange loop)
    palette = QPalette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, colour)
    widget.setPalette(palette)


def secondary_text(widget: QWidget) -> QWidget:
    """Show ``widget``'s text as secondary (file lists, date ranges, notes) — never as a disabled grey."""
    widget.setProperty("dossier_secondary", True)
    _paint_secondary(widget)
    _follow(widget)
    return widget


def severity_text(widget: QWidget, severity: str) -> QWidget:
    """Colour ``widget``'s text (a severity word) in its severity's tint for the current theme."""
    widget.setProperty("dossier_severity", severity)
    _paint_severity(widget, severity)
    _follow(widget)
    return widget


def follow_system(current_setting: Callable[[], str]) -> None:
    """Re-apply the chosen theme whenever the system switches between light and dark."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(current_setting()))
