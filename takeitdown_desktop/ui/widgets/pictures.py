"""The app's own pictures (``takeitdown_desktop/resources/art``): illustrations and icons drawn
for this repo in six colours, which the theme swaps for its own before rendering, so each
picture follows light, dark and high-contrast themes.

A picture that is missing shows nothing: the words beside it say everything it says.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.widgets.text import paragraph


@cache
def _source(name: str) -> str:
    """The SVG text of ``name`` (without ".svg"), or "" when it is not there."""
    try:
        entry = resources.files("takeitdown_desktop.resources.art").joinpath(f"{name}.svg")
        return entry.read_text("utf-8")
    except (OSError, ModuleNotFoundError):
        return ""


def renderer(name: str, colours: dict[str, str]) -> QSvgRenderer | None:
    """A renderer for ``name`` with the art's colours replaced by ``colours``; None if missing."""
    svg = _source(name)
    if not svg:
        return None
    # One pass, so that a colour put in is never replaced again by a later one.
    pattern = re.compile("|".join(re.escape(original) for original in colours))
    svg = pattern.sub(lambda match: colours[match.group()], svg)
    rendered = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    return rendered if rendered.isValid() else None


def image(name: str, size: QSize, colours: dict[str, str]) -> QImage:
    """``name`` drawn into a transparent image of ``size`` (a null image if missing); kept
    in memory once drawn, since the grid paints the same few badges over and over."""
    return _drawn(name, size.width(), size.height(), tuple(sorted(colours.items())))


@lru_cache(maxsize=128)
def _drawn(name: str, width: int, height: int, colours: tuple[tuple[str, str], ...]) -> QImage:
    size = QSize(width, height)
    drawn = renderer(name, dict(colours))
    if drawn is None or size.isEmpty():
        return QImage()
    picture = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    drawn.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return picture


def icon(name: str, side: int, colours: dict[str, str]) -> QIcon:
    """A square icon of ``side`` pixels (an empty icon if missing)."""
    drawn = image(name, QSize(side, side), colours)
    return QIcon(QPixmap.fromImage(drawn)) if not drawn.isNull() else QIcon()


class Picture(QWidget):
    """One of the app's pictures, ``height`` lines of text high (it grows with the font).

    Decorative: the text beside it says what it shows, so screen readers skip it (no name)."""

    def __init__(self, name: str, parent: QWidget | None = None, *, height: float = 4.0) -> None:
        super().__init__(parent)
        self.name = name
        self._height = height
        self._renderer: QSvgRenderer | None = None
        self._colours: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._load()

    def set_size(self, height: float) -> None:
        self._height = height
        self.updateGeometry()
        self.update()

    def _load(self) -> None:
        self._colours = theme.art_colours(self.palette())
        self._renderer = renderer(self.name, self._colours)
        if self._renderer is None:
            self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._renderer is None:
            return QSize(0, 0)
        natural = self._renderer.defaultSize()
        high = round(self.fontMetrics().height() * self._height)
        wide = round(high * natural.width() / max(1, natural.height()))
        return QSize(wide, high)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._load()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._renderer is None:
            return
        painter = QPainter(self)
        size = self.sizeHint().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        self._renderer.render(painter, QRectF(left, top, size.width(), size.height()))
        painter.end()


class IconLine(QWidget):
    """A short line of text with a small picture before it (a promise, a note)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = Picture(name, self, height=1.6)
        self.text = paragraph(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACE * 2)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
