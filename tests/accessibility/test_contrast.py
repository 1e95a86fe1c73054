"""Text contrast of at least 4.5:1 (WCAG AA) in the app's own colours, computed from the palette
and style sheet it sets: our light and dark schemes pass as designed, and a high-contrast
system theme is kept, with only what misses AA moved. Each tour screen is checked against the
applied palette in tests/ui/test_design_rules.py."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.theme import (
    DARK,
    FOCUS_CONTRAST,
    LIGHT,
    QUICK_EXIT_BACKGROUND,
    QUICK_EXIT_TEXT,
    STYLE_SHEET,
    TEXT_CONTRAST,
    Scheme,
    accessible_palette,
    contrast,
    over,
)
from takeitdown_desktop.ui.window import MainWindow

Role = QPalette.ColorRole

#: (text, background) pairs the app draws: labels, notices, buttons (normal, hover, pressed),
#: fields, selected tiles and rows, placeholders, links, the grid's "no picture" symbol.
TEXT_ON = [
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ButtonText, Role.Light),
    (Role.ButtonText, Role.Midlight),
    (Role.Text, Role.Base),
    (Role.Text, Role.Midlight),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Window),
]
#: The focus ring (highlight) against what it sits on.
RING_ON = [Role.Window, Role.Base]


def palette_of(colours: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    return palette


def fusion_light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def fusion_dark() -> QPalette:
    """The widely used dark Fusion palette (what dark desktop themes look like)."""
    return palette_of(
        {
            Role.Window: "#353535", Role.WindowText: "#ffffff", Role.Base: "#2a2a2a",
            Role.AlternateBase: "#424242", Role.Text: "#ffffff", Role.Button: "#353535",
            Role.ButtonText: "#ffffff", Role.Light: "#505050", Role.Midlight: "#424242",
            Role.Mid: "#2a2a2a", Role.Dark: "#232323", Role.Highlight: "#2a82da",
            Role.HighlightedText: "#ffffff", Role.Link: "#2a82da", Role.LinkVisited: "#8e7cc3",
            Role.PlaceholderText: "#80ffffff",
        }
    )  # fmt: skip


def high_contrast_black() -> QPalette:
    """Windows' "High contrast black"-like theme."""
    return palette_of(
        {
            Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
            Role.AlternateBase: "#000000", Role.Text: "#ffffff", Role.Button: "#000000",
            Role.ButtonText: "#ffffff", Role.Light: "#000000", Role.Midlight: "#000000",
            Role.Mid: "#ffffff", Role.Dark: "#ffffff", Role.Highlight: "#1aebff",
            Role.HighlightedText: "#000000", Role.Link: "#ffff00", Role.LinkVisited: "#ffff00",
            Role.PlaceholderText: "#c0c0c0",
        }
    )  # fmt: skip


def high_contrast_white() -> QPalette:
    return palette_of(
        {
            Role.Window: "#ffffff", Role.WindowText: "#000000", Role.Base: "#ffffff",
            Role.AlternateBase: "#ffffff", Role.Text: "#000000", Role.Button: "#ffffff",
            Role.ButtonText: "#000000", Role.Light: "#ffffff", Role.Midlight: "#ffffff",
            Role.Mid: "#000000", Role.Dark: "#000000", Role.Highlight: "#37006e",
            Role.HighlightedText: "#ffffff", Role.Link: "#00009f", Role.LinkVisited: "#00009f",
            Role.PlaceholderText: "#4d4d4d",
        }
    )  # fmt: skip


THEMES = {
    "fusion-light": fusion_light,
    "fusion-dark": fusion_dark,
    "high-contrast-black": high_contrast_black,
    "high-contrast-white": high_contrast_white,
}


def ratios(palette: QPalette) -> dict[str, float]:
    found = {}
    for text, background in TEXT_ON:
        behind = palette.color(background)
        found[f"{text.name} on {background.name}"] = contrast(
            over(palette.color(text), behind), behind
        )
    for background in RING_ON:
        found[f"focus ring on {background.name}"] = contrast(
            palette.color(Role.Highlight), palette.color(background)
        )
    return found


def failing(palette: QPalette) -> dict[str, float]:
    return {
        pair: round(ratio, 2)
        for pair, ratio in ratios(palette).items()
        if ratio < (FOCUS_CONTRAST if pair.startswith("focus") else TEXT_CONTRAST)
    }


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_reaches_aa_in_each_theme(theme: str, qapp: QApplication) -> None:
    assert not failing(accessible_palette(THEMES[theme]())), theme


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_our_schemes_reach_aa_as_they_are(scheme: Scheme, qapp: QApplication) -> None:
    """Our own light and dark palettes need no moving: every pair passes as designed."""
    palette = scheme.palette()
    assert not failing(palette)
    assert accessible_palette(palette) == palette


def test_fusion_light_needed_fixing_and_high_contrast_themes_are_left_alone(
    qapp: QApplication,
) -> None:
    assert set(failing(fusion_light())) >= {
        "HighlightedText on Highlight",
        "PlaceholderText on Base",
    }
    for theme in (high_contrast_black, high_contrast_white):
        assert accessible_palette(theme()) == theme()


def test_quick_exit_is_readable() -> None:
    ratio = contrast(QColor(QUICK_EXIT_TEXT), QColor(QUICK_EXIT_BACKGROUND))
    assert ratio >= 7.0  # AAA, even for its bold text


def hard_coded_colours(style_sheet: str) -> set[str]:
    words = r"\b(?:white|black|red|green|blue|gray|grey|yellow|silver)\b"
    hex_or_words = re.findall(rf"#[0-9a-fA-F]{{3,8}}\b|{words}|rgba?\([^)]*\)", style_sheet)
    return {colour.lower() for colour in hex_or_words}


def test_colours_come_from_the_palette_except_quick_exit(qapp: QApplication, qtbot: QtBot) -> None:
    allowed = {QUICK_EXIT_BACKGROUND, QUICK_EXIT_TEXT, "white"}
    assert hard_coded_colours(STYLE_SHEET) <= allowed
    window = MainWindow("http://127.0.0.1:9", QuickExit())
    qtbot.addWidget(window)
    for widget in window.findChildren(QWidget):
        sheet = widget.styleSheet()
        assert not hard_coded_colours(sheet), f"{type(widget).__name__}: {sheet}"
    assert qapp.styleSheet() == STYLE_SHEET
    assert not failing(qapp.palette()), "the palette the app runs with"
