"""Dossier's icons (SVGs under ``resources/icons``) and the severity look: icon + colour + word."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from core.platform.paths import resources_dir

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# Okabe–Ito colours: distinguishable with colour-blindness, readable on light and dark; always paired
# with a shape (triangle / diamond / circle) and a word.
SEVERITY_COLOURS = {"high": "#D55E00", "medium": "#E69F00", "low": "#0072B2"}
# the same hues as text: darker on light backgrounds, lighter on dark ones (contrast at least 4.5:1)
SEVERITY_TEXT_COLOURS = {"high": ("#B34700", "#FF8A4C"), "medium": ("#8A5A00", "#F0B840"),
                         "low": ("#00649C", "#56B4E9")}
VERDICT_ICONS = {"mine": "verdict-mine", "not-mine": "verdict-not-mine", "unsure": "verdict-unsure"}


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` (or the app icon's PNG sizes for ``dossier``)."""
    if name == "dossier":
        result = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            path = resources_dir() / "icons" / "png" / f"dossier-{size}.png"
            if path.exists():
                result.addFile(str(path))
        return result
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def severity_icon(severity: str) -> QIcon:
    return icon(f"severity-{severity}")


def severity_icons() -> dict[str, QIcon]:
    return {s: severity_icon(s) for s in SEVERITY_COLOURS}


def severity_colour(severity: str) -> QColor:
    return QColor(SEVERITY_COLOURS.get(severity, "#888888"))


def severity_text_colour(severity: str) -> QColor:
    """The severity's colour for text (words), readable on the current light or dark background."""
    from PySide6.QtGui import QGuiApplication, QPalette

    dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    light_dark = SEVERITY_TEXT_COLOURS.get(severity)
    return QColor(light_dark[1 if dark else 0]) if light_dark else severity_colour(severity)


def severity_word(severity: str) -> str:
    return {"high": translate("Severity", "High"), "medium": translate("Severity", "Medium"),
            "low": translate("Severity", "Low")}.get(severity, severity)


def verdict_word(verdict: str | None) -> str:
    return {"mine": translate("Verdict", "Mine"), "not-mine": translate("Verdict", "Not mine"),
            "unsure": translate("Verdict", "Unsure")}.get(verdict or "", translate("Verdict", "Not reviewed"))
