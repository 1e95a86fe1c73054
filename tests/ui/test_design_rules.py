"""The design system's rules (``ui/theme.py``, docs/UI.md), checked on every screen of the
tour as it is really drawn: no text below the body size, click targets at least 36 px high,
at most one primary (default) button per screen, and every text readable (AA) against what
it sits on, in the colours of the palette the app applied, in light and in dark."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.tour import tour
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import picture

Role = QPalette.ColorRole
#: Screens with nothing to press but Back or Quick exit while they are shown.
NO_PRIMARY = {"sending"}


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("design") / "photo.jpg"
    picture(3, (320, 240)).save(path, quality=90)
    return path


def shown(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and w.isVisible()]


def background_role(widget: QWidget) -> Role:
    """What the theme paints behind ``widget``: a notice, a card or the drop zone, or the page."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.property("notice"):
            return Role.AlternateBase
        if parent.property("card") or parent.property("dropZone"):
            return Role.Base
        parent = parent.parentWidget()
    return Role.Window


def text_pair(widget: QWidget) -> tuple[Role, Role] | None:
    """(text, background) roles of a widget that shows text, as the style sheet draws it."""
    if isinstance(widget, QPushButton):
        if widget.objectName() == "quickExit":
            return None  # a fixed pair, tested in test_contrast
        if widget.property("link"):
            return Role.Link, background_role(widget)
        if widget.isDefault():
            return Role.HighlightedText, Role.Highlight
        return Role.ButtonText, Role.Button
    if isinstance(widget, QLineEdit | QComboBox):
        return Role.Text, Role.Base
    if isinstance(widget, QLabel | QAbstractButton):
        return Role.WindowText, background_role(widget)
    return None


def problems_on(name: str, root: QWidget) -> list[str]:
    found: list[str] = []
    defaults = 0
    for widget in shown(root):
        has_text = isinstance(widget, QLabel | QAbstractButton) and bool(widget.text())
        if has_text or isinstance(widget, QLineEdit):
            size = QFontInfo(widget.font()).pixelSize()
            if size < theme.BODY_PX:
                found.append(f"{name}: {type(widget).__name__} text is {size}px")
        clickable = isinstance(widget, QAbstractButton | QLineEdit | QComboBox)
        if clickable and widget.isEnabled() and widget.height() < theme.TARGET_PX:
            label = widget.text() if isinstance(widget, QAbstractButton) else ""
            found.append(f"{name}: {type(widget).__name__} {label!r} is {widget.height()}px high")
        if isinstance(widget, QPushButton) and widget.isDefault():
            defaults += 1
        pair = text_pair(widget)
        if pair is not None and widget.isEnabled():
            # The text's colour is the widget's; what is behind it is painted from the
            # window's palette (a transparent link button's own Window role is see-through).
            text = widget.palette().color(pair[0])
            ratio = theme.contrast(text, widget.window().palette().color(pair[1]))
            if ratio < theme.TEXT_CONTRAST:
                found.append(f"{name}: {type(widget).__name__} text at {ratio:.2f}:1")
    wanted = 0 if name in NO_PRIMARY else 1
    if name != "file-picker" and defaults != wanted:
        found.append(f"{name}: {defaults} primary buttons, not {wanted}")
    return found


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_tour_screen_follows_the_design_rules(
    scheme: theme.Scheme, qapp: QApplication, intake_server: IntakeServer, photo: Path
) -> None:
    applied = qapp.palette()
    qapp.setPalette(scheme.palette())
    problems: list[str] = []
    seen: list[str] = []

    def check(name: str, widget: QWidget) -> None:
        seen.append(name)
        problems.extend(problems_on(name, widget))

    try:
        tour(qapp, None, [photo], endpoint=intake_server.url, on_screen=check)
    finally:
        qapp.setPalette(applied)
    assert len(seen) > 15
    assert not problems, "\n".join(problems)


def test_the_applied_palette_is_ours_and_follows_the_colour_scheme(qapp: QApplication) -> None:
    assert theme.scheme_for(Qt.ColorScheme.Dark) is theme.DARK
    assert theme.scheme_for(Qt.ColorScheme.Light) is theme.LIGHT
    assert theme.scheme_for(Qt.ColorScheme.Unknown) is theme.LIGHT
    expected = theme.palette_for(qapp)
    assert qapp.palette().color(Role.Highlight) == expected.color(Role.Highlight)
    assert QFontInfo(qapp.font()).pixelSize() >= theme.BODY_PX
