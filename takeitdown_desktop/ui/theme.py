"""How the app looks to someone who can't see well or uses the keyboard: a focus ring on every
control, and text colours that reach WCAG AA contrast, all derived from the system's palette.

- Every colour in the style sheet is a ``palette(...)`` role, so dark and high-contrast themes
  are followed as they are; the only fixed colours are the Quick exit button's red with white
  text (7.0:1), a pair that works on any background.
- ``accessible_palette`` keeps the system's palette and only moves the few colours the app puts
  text on that miss 4.5:1 in some themes (Fusion's light theme has white on a mid blue selection,
  3.7:1, and a half-transparent placeholder, 4.0:1). Themes that already pass, such as the
  high-contrast ones, are left exactly as they are.
- The focus ring is 2 px of ``palette(highlight)``; unfocused controls have a 1 px border and a
  1 px margin in its place, so nothing moves when focus does.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal text
FOCUS_CONTRAST = 3.0  # WCAG 2 AA, non-text (the focus ring against the window)

QUICK_EXIT_BACKGROUND = "#b00020"
QUICK_EXIT_TEXT = "#ffffff"

STYLE_SHEET = f"""
QPushButton {{
    border: 1px solid palette(mid); margin: 1px; border-radius: 4px; padding: 5px 12px;
    background: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ background: palette(light); }}
QPushButton:pressed, QPushButton:checked {{ background: palette(midlight); }}
QPushButton:default {{ border-color: palette(dark); }}
QLineEdit {{
    border: 1px solid palette(mid); margin: 1px; border-radius: 3px; padding: 3px;
    background: palette(base); color: palette(text);
}}
QComboBox {{ border: 1px solid palette(mid); margin: 1px; border-radius: 3px; padding: 3px 6px; }}
QListView, QTreeView, QPlainTextEdit {{ border: 1px solid palette(mid); margin: 1px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px; }}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QListView:focus, QTreeView:focus,
QPlainTextEdit:focus {{
    border: 2px solid palette(highlight); margin: 0px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: palette(highlight); }}
#quickExit {{
    background: {QUICK_EXIT_BACKGROUND}; color: {QUICK_EXIT_TEXT}; font-weight: bold;
    border: 1px solid {QUICK_EXIT_BACKGROUND}; margin: 1px; padding: 6px 14px;
    border-radius: 4px;
}}
#quickExit:focus {{ border: 2px solid palette(highlight); margin: 0px; }}
"""


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """``color`` painted on ``background`` (what the eye sees of a half-transparent colour)."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def mix(color: QColor, target: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        color.redF() + (target.redF() - color.redF()) * amount,
        color.greenF() + (target.greenF() - color.greenF()) * amount,
        color.blueF() + (target.blueF() - color.blueF()) * amount,
    )


def readable(color: QColor, against: QColor, ratio: float = TEXT_CONTRAST) -> QColor:
    """``color``, moved as little as possible towards black or white (away from ``against``)
    until it contrasts ``ratio``:1 with ``against``; its hue is kept as far as it can be."""
    if contrast(over(color, against), against) >= ratio:
        return color
    color = over(color, against)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    target = black if contrast(black, against) >= contrast(white, against) else white
    for step in range(1, 101):
        moved = mix(color, target, step / 100)
        if contrast(moved, against) >= ratio:
            return moved
    return target


#: Colours the app puts text on (text, background): the text colour moves if it must.
_TEXT_PAIRS = (
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Window),
    (QPalette.ColorRole.LinkVisited, QPalette.ColorRole.Window),
)


def accessible_palette(system: QPalette) -> QPalette:
    """``system`` with the colours the app relies on moved just enough to be readable."""
    palette = QPalette(system)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        window = palette.color(group, role.Window)
        # The focus ring and selections are the highlight colour: 3:1 against the window.
        highlight = readable(palette.color(group, role.Highlight), window, FOCUS_CONTRAST)
        selected_text = palette.color(group, role.HighlightedText)
        if contrast(selected_text, highlight) < TEXT_CONTRAST:
            # A deeper (or paler) selection keeps the theme's text colour, if the ring allows.
            deeper = readable(highlight, selected_text, TEXT_CONTRAST)
            if contrast(deeper, window) >= FOCUS_CONTRAST:
                highlight = deeper
            else:
                palette.setColor(
                    group, role.HighlightedText, readable(selected_text, highlight, TEXT_CONTRAST)
                )
        if highlight != palette.color(group, role.Highlight):
            palette.setColor(group, role.Highlight, highlight)
        for text, background in _TEXT_PAIRS:
            colour, behind = palette.color(group, text), palette.color(group, background)
            if contrast(over(colour, behind), behind) < TEXT_CONTRAST:
                palette.setColor(group, text, readable(colour, behind, TEXT_CONTRAST))
    return palette


def apply_theme(app: QApplication) -> None:
    """Give the app its readable palette and focus rings, and again if the system's theme
    changes (light to dark, high contrast on or off)."""
    if app.property("takeitdown_style"):
        return
    app.setProperty("takeitdown_style", True)

    def follow_system() -> None:
        app.setPalette(QPalette())  # back to the theme's own palette...
        app.setPalette(accessible_palette(QGuiApplication.palette()))  # ...made readable

    follow_system()
    app.setStyleSheet(STYLE_SHEET)
    app.styleHints().colorSchemeChanged.connect(follow_system)


#: The spacing unit, in pixels at 100%: gaps between related things are one, between groups two.
SPACE = 8

#: The six colours the pictures in resources/art are drawn with (docs/UI.md).
ART_ACCENT = "#2f6f6a"
ART_WARM = "#f4a261"
ART_WARM_LIGHT = "#fce9d8"
ART_ACCENT_LIGHT = "#e6f2f0"
ART_INK = "#33414a"
ART_PAPER = "#ffffff"


def art_colours(palette: QPalette) -> dict[str, str]:
    """What each of the art's colours becomes in ``palette`` (the art is drawn for light)."""
    role = QPalette.ColorRole
    return {
        ART_ACCENT: palette.color(role.Highlight).name(),
        ART_WARM: ART_WARM,
        ART_WARM_LIGHT: palette.color(role.AlternateBase).name(),
        ART_ACCENT_LIGHT: palette.color(role.AlternateBase).name(),
        ART_INK: palette.color(role.WindowText).name(),
        ART_PAPER: palette.color(role.Base).name(),
    }
