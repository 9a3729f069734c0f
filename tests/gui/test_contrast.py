"""Secondary text and severity words stay readable (WCAG AA, 4.5:1) in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui.look.icons import SEVERITY_TEXT_COLOURS, severity_text_colour
from gui.look.theme import dark_palette, light_palette, secondary_colour, secondary_text

pytestmark = pytest.mark.gui


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        channels = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in (c.redF(), c.greenF(),
                                                                                           c.blueF())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_secondary_text_reads_well(palette: QPalette) -> None:
    colour = secondary_colour(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(colour, palette.color(role)) >= 4.5
    assert colour != palette.color(QPalette.ColorRole.WindowText)  # still quieter than body text


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_severity_words_read_well(qapp, palette: QPalette) -> None:
    app = QApplication.instance()
    previous = app.palette()
    app.setPalette(palette)
    try:
        for severity in SEVERITY_TEXT_COLOURS:
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                assert contrast(severity_text_colour(severity), palette.color(role)) >= 4.5, severity
    finally:
        app.setPalette(previous)


def test_secondary_text_follows_a_theme_switch(qtbot) -> None:
    app = QApplication.instance()
    previous = app.palette()
    window = QWidget()  # a child label: children hear of palette changes through their parent
    qtbot.addWidget(window)
    label = secondary_text(QLabel("Alexa.zip, Devices.Registration.zip", window))
    window.show()
    try:
        def shown() -> QColor:
            return label.palette().color(QPalette.ColorRole.WindowText)

        app.setPalette(light_palette())
        qtbot.waitUntil(lambda: shown() == secondary_colour(light_palette()), timeout=2000)
        assert label.isEnabled()  # secondary, not disabled
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: shown() == secondary_colour(dark_palette()), timeout=2000)
    finally:
        app.setPalette(previous)


def test_severity_words_follow_a_theme_switch(qtbot) -> None:
    from core.rules.finding import Finding
    from gui.review.findings_model import FindingsModel
    from gui.review.page import ReviewPage

    app = QApplication.instance()
    previous = app.palette()
    page = ReviewPage()
    qtbot.addWidget(page)
    page.show()
    finding = Finding(rule="duplicate-audio", severity="medium", subject="r1", explanation="…")
    page._show(finding)
    model: FindingsModel = page.model
    model.set_findings([finding], {}, lambda f: f.subject)

    def tints() -> tuple[str, str]:
        return (page.severity_word.palette().color(QPalette.ColorRole.WindowText).name(),
                model.item(0, 1).foreground().color().name())

    try:
        app.setPalette(light_palette())
        light, dark = SEVERITY_TEXT_COLOURS["medium"]
        qtbot.waitUntil(lambda: tints() == (light.lower(), light.lower()), timeout=2000)
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: tints() == (dark.lower(), dark.lower()), timeout=2000)
    finally:
        app.setPalette(previous)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_links_and_warnings_read_well_after_a_theme_switch(qtbot, theme: str) -> None:
    """The welcome page's demo link and the letter window's warnings, drawn in one theme and switched to
    the other (a style sheet colour once stayed dark blue on dark grey)."""
    import re

    from gui.look.theme import severity_text
    from gui.pages.welcome import WelcomePage

    app = QApplication.instance()
    previous = app.palette()
    palettes = {"light": light_palette(), "dark": dark_palette()}
    other = "dark" if theme == "light" else "light"
    app.setPalette(palettes[other])
    try:
        page = WelcomePage()
        qtbot.addWidget(page)
        warning = severity_text(QLabel("The letter still has placeholders", page), "medium")
        page.show()
        app.setPalette(palettes[theme])
        qtbot.waitUntil(lambda: warning.palette().color(QPalette.ColorRole.WindowText)
                        == severity_text_colour("medium"), timeout=2000)
        background = palettes[theme].color(QPalette.ColorRole.Window)
        link = re.search(r"color: (#[0-9a-f]{6})", page.demo_button.styleSheet())
        assert link is not None
        assert contrast(QColor(link.group(1)), background) >= 4.5
        assert contrast(warning.palette().color(QPalette.ColorRole.WindowText), background) >= 4.5
    finally:
        app.setPalette(previous)
