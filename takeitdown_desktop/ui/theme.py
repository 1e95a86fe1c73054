"""The design system in one place: colours, type, spacing, cards, buttons and focus rings.

Screens and widgets set no colour and no size: they name what a thing is (a heading, a card,
a notice, a link button, the drop zone) with a property, and this module styles it.

- **Colours.** Two schemes of our own, calm and warm: a soft paper background, white cards,
  a deep teal accent for the one primary button, links and the focus ring, a warm tint for
  notices. ``Qt.ColorScheme`` (the system's dark mode) picks light or dark, and a change is
  followed while the app runs. A high-contrast system theme is kept as it is (only the few
  colours that miss AA are moved: ``accessible_palette``). Every colour reaches the palette
  as a ``QPalette`` role, and the style sheet names roles only (``palette(highlight)``), so
  one style sheet serves every theme; the one fixed pair is Quick exit's red and white.
- **Type.** The body is at least ``BODY_PX`` pixels at 100% (the system's size if larger);
  headings are ``TYPE_SCALE`` times the body. Sizes are fonts, not style-sheet pixels, so a
  larger system font makes everything larger.
- **Shape.** Spacing in ``SPACE`` steps, rounded cards, buttons at least ``TARGET_PX`` high,
  a 2 px focus ring in the accent (unfocused controls keep a 2 px border in its place, so
  nothing moves when focus does).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal text
FOCUS_CONTRAST = 3.0  # WCAG 2 AA, non-text (the focus ring, field borders)

#: The body text's smallest size, in pixels at 100%.
BODY_PX = 15
#: Heading sizes, as multiples of the body size.
TYPE_SCALE = {1: 1.6, 2: 1.2}
#: The spacing unit, in pixels at 100%: gaps between related things are one, between groups two.
SPACE = 8
#: The smallest height of anything that is clicked.
TARGET_PX = 36
#: Readable lines: the content column is at most this many average characters wide.
LINE_CHARACTERS = 70

QUICK_EXIT_BACKGROUND = "#b00020"
QUICK_EXIT_TEXT = "#ffffff"


@dataclass(frozen=True)
class Scheme:
    """One of our colour schemes, as the colours the style sheet's roles stand for."""

    window: str  # the page
    surface: str  # cards, fields, secondary buttons
    notice: str  # cards of things to read carefully (warm)
    ink: str  # text
    muted: str  # quieter text (placeholders)
    accent: str  # the primary button, links, the focus ring, selections
    on_accent: str  # text on the accent
    soft: str  # hover on secondary buttons and link buttons (accent tint)
    pressed: str  # pressed secondary buttons
    border: str  # field and button borders (3:1 against the surface)

    def palette(self) -> QPalette:
        palette = QPalette()
        role = QPalette.ColorRole
        pairs = {
            role.Window: self.window,
            role.WindowText: self.ink,
            role.Base: self.surface,
            role.AlternateBase: self.notice,
            role.Text: self.ink,
            role.Button: self.surface,
            role.ButtonText: self.ink,
            role.Light: self.soft,
            role.Midlight: self.pressed,
            role.Mid: self.border,
            role.Dark: self.border,
            role.Shadow: self.ink,
            role.Highlight: self.accent,
            role.HighlightedText: self.on_accent,
            role.Accent: self.accent,
            role.Link: self.accent,
            role.LinkVisited: self.accent,
            role.PlaceholderText: self.muted,
            role.ToolTipBase: self.ink,
            role.ToolTipText: self.surface,
            role.BrightText: self.on_accent,
        }
        for colour_role, name in pairs.items():
            palette.setColor(colour_role, QColor(name))
        disabled = QColor(self.muted)
        for colour_role in (role.WindowText, role.Text, role.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, colour_role, disabled)
        return palette


LIGHT = Scheme(
    window="#f7f3ee",
    surface="#ffffff",
    notice="#fcebdc",
    ink="#24313a",
    muted="#56626a",
    accent="#2a6863",
    on_accent="#ffffff",
    soft="#e3f0ee",
    pressed="#cde4e0",
    border="#867a70",
)
DARK = Scheme(
    window="#161d21",
    surface="#20292e",
    notice="#3a2c21",
    ink="#eef2f3",
    muted="#b3bec4",
    accent="#7fcac0",
    on_accent="#0c2321",
    soft="#23403c",
    pressed="#2d534e",
    border="#7b8a91",
)

STYLE_SHEET = f"""
QWidget {{ color: palette(window-text); }}
QLabel[heading="1"], QLabel[heading="2"], QLabel[heading="3"] {{ font-weight: 600; }}
QPushButton {{
    border: 2px solid palette(mid); border-radius: 10px; padding: 7px 18px;
    background: palette(button); color: palette(button-text);
}}
QPushButton:hover {{ background: palette(light); }}
QPushButton:pressed, QPushButton:checked {{ background: palette(midlight); }}
QPushButton:default {{
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}}
QPushButton:default:hover {{ border-color: palette(window-text); }}
QPushButton:disabled {{ color: palette(placeholder-text); border-color: palette(light); }}
QPushButton:default:disabled {{
    background: palette(light); color: palette(placeholder-text); border-color: palette(light);
}}
QPushButton[link="true"] {{
    border: 2px solid transparent; background: transparent; color: palette(link);
    text-decoration: underline; padding: 6px 6px; text-align: left;
}}
QPushButton[link="true"]:hover {{ background: palette(light); }}
QLineEdit, QComboBox {{
    border: 2px solid palette(mid); border-radius: 8px; padding: 5px 8px; min-height: 22px;
    background: palette(base); color: palette(text);
}}
QComboBox::drop-down {{ border: none; width: 24px; }}
QListView, QTreeView, QPlainTextEdit {{
    border: 2px solid palette(mid); border-radius: 8px; background: palette(base);
}}
QCheckBox, QRadioButton {{
    border: 2px solid transparent; border-radius: 8px; padding: 6px 4px; min-height: 20px;
}}
QGroupBox {{
    border: none; margin-top: 0px; padding-top: 0px; font-weight: 600;
}}
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QListView:focus, QTreeView:focus,
QPlainTextEdit:focus, QCheckBox:focus, QRadioButton:focus, QPushButton[link="true"]:focus {{
    border: 2px solid palette(highlight);
}}
QPushButton:default:focus {{ border-color: palette(window-text); }}
QFrame[card="true"] {{
    background: palette(base); border: 1px solid palette(light); border-radius: 14px;
}}
QFrame[notice="true"] {{
    background: palette(alternate-base); border: none; border-radius: 14px;
}}
QFrame[dropZone="true"] {{
    background: palette(base); border: 2px dashed palette(mid); border-radius: 16px;
}}
QFrame[dropZone="true"][hover="true"] {{
    background: palette(light); border: 3px solid palette(highlight);
}}
QFrame[steps="true"] {{ background: transparent; }}
QLabel[step="current"] {{ color: palette(highlight); font-weight: 600; }}
QToolTip {{
    background: palette(tool-tip-base); color: palette(tool-tip-text); border: none;
    padding: 6px;
}}
#quickExit {{
    background: {QUICK_EXIT_BACKGROUND}; color: {QUICK_EXIT_TEXT}; font-weight: bold;
    border: 2px solid {QUICK_EXIT_BACKGROUND}; border-radius: 10px; padding: 6px 16px;
}}
#quickExit:hover {{ border-color: palette(window-text); }}
#quickExit:focus {{ border: 2px solid palette(window-text); }}
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


def high_contrast_wanted(app: QGuiApplication) -> bool:
    """The system asks for high contrast: its theme is then kept as it is."""
    hints = app.styleHints()  # kept while its accessibility hints are read
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def scheme_for(color_scheme: Qt.ColorScheme) -> Scheme:
    return DARK if color_scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(app: QGuiApplication) -> QPalette:
    """The palette the app runs with: ours (light or dark, as the system is), or the system's
    own high-contrast palette with only what misses AA moved."""
    if high_contrast_wanted(app):
        return accessible_palette(QGuiApplication.palette())
    return scheme_for(app.styleHints().colorScheme()).palette()


def body_font(font: QFont) -> QFont:
    """``font`` at least ``BODY_PX`` pixels high (set in points, so it can still be scaled)."""
    body = QFont(font)
    if QFontInfo(body).pixelSize() < BODY_PX:
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        body.setPointSizeF(BODY_PX * 72.0 / dpi)
    return body


def heading_font(font: QFont, level: int) -> QFont:
    """The type scale's size for a heading of ``level``, from the body font ``font``."""
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * TYPE_SCALE.get(level, 1.0))
    scaled.setWeight(QFont.Weight.DemiBold)
    return scaled


def code_font(font: QFont) -> QFont:
    """The fixed-width face for codes (the receipt, the report's JSON), at ``font``'s size."""
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    fixed.setPointSizeF(max(font.pointSizeF(), fixed.pointSizeF()))
    return fixed


def content_width(widget: QWidget) -> int:
    """The widest the content column gets, for lines of about ``LINE_CHARACTERS``."""
    return widget.fontMetrics().averageCharWidth() * LINE_CHARACTERS + 4 * SPACE


def apply_theme(app: QApplication) -> None:
    """Give the app its palette, type and style sheet, and again when the system's colour
    scheme or contrast setting changes."""
    if app.property("takeitdown_style"):
        return
    app.setProperty("takeitdown_style", True)

    def follow_system() -> None:
        app.setPalette(QPalette())  # back to the theme's own palette (high contrast)...
        app.setPalette(palette_for(app))  # ...or ours

    follow_system()
    app.setFont(body_font(app.font()))
    app.setStyleSheet(STYLE_SHEET)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(follow_system)
    hints.accessibility().contrastPreferenceChanged.connect(follow_system)


#: The six colours the pictures in resources/art are drawn with (docs/UI.md).
ART_ACCENT = "#2f6f6a"
ART_WARM = "#f4a261"
ART_WARM_LIGHT = "#fce9d8"
ART_ACCENT_LIGHT = "#e6f2f0"
ART_INK = "#33414a"
ART_PAPER = "#ffffff"


def art_colours(palette: QPalette) -> dict[str, str]:
    """What each of the art's colours becomes in ``palette``: the art is drawn for the light
    scheme, and in dark or high-contrast themes its ink, paper and tints follow the palette
    (the warm orange stays: it reads on light and dark alike)."""
    role = QPalette.ColorRole
    return {
        ART_ACCENT: palette.color(role.Highlight).name(),
        ART_WARM: ART_WARM,
        ART_WARM_LIGHT: palette.color(role.AlternateBase).name(),
        ART_ACCENT_LIGHT: palette.color(role.Light).name(),
        ART_INK: palette.color(role.WindowText).name(),
        ART_PAPER: palette.color(role.Base).name(),
    }
