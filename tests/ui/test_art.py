"""The app's own pictures (``takeitdown_desktop/resources/art``) stay drawable and themeable.

The app recolours each SVG for the light, dark and high-contrast themes by replacing six exact
colour strings, and Qt draws it with QSvgRenderer, which knows only SVG Tiny 1.2. A colour
written any other way would stay put in a dark theme, and an unsupported element would vanish
without an error, so both are checked on the files themselves, and each file is drawn for real
at its size and at twice that (high-DPI screens).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

ART = Path(str(resources.files("takeitdown_desktop.resources.art")))
SVGS = sorted(ART.glob("*.svg"))
SVG_NS = "{http://www.w3.org/2000/svg}"

#: accent, warm, warm-light, accent-light, ink, paper: the strings the themes replace.
COLOURS = frozenset({"#2f6f6a", "#f4a261", "#fce9d8", "#e6f2f0", "#33414a", "#ffffff"})
#: Plain shapes only: what SVG Tiny 1.2 draws and a theme can recolour.
ELEMENTS = frozenset(
    {"svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon"}
)
COLOUR_PROPERTIES = ("fill", "stroke", "color", "stop-color", "solid-color")
#: Small enough to load instantly and to read as hand-written source.
MAX_BYTES = 6 * 1024
#: Where the README lists a file: ``| `name.svg` | 320×200 | meaning |``.
README_ROW = re.compile(r"^\|\s*`([\w-]+\.svg)`\s*\|\s*(\d+)×(\d+)\s*\|\s*\S", re.MULTILINE)


def readme_sizes() -> dict[str, QSize]:
    text = (ART / "README.md").read_text(encoding="utf-8")
    return {name: QSize(int(w), int(h)) for name, w, h in README_ROW.findall(text)}


def properties(element: ET.Element) -> dict[str, str]:
    """An element's presentation attributes and ``style`` declarations, as one mapping."""
    found = {key: value.strip() for key, value in element.attrib.items() if key != "style"}
    for declaration in element.get("style", "").split(";"):
        if ":" in declaration:
            key, value = declaration.split(":", 1)
            found[key.strip()] = value.strip()
    return found


def render(path: Path, size: QSize) -> QImage:
    renderer = QSvgRenderer(str(path))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def painted_share(image: QImage) -> float:
    """The share of pixels with any paint on them (alpha > 0)."""
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    data = bytes(alpha.constBits())
    stride = alpha.bytesPerLine()
    rows = (data[row * stride : row * stride + alpha.width()] for row in range(alpha.height()))
    painted = sum(len(row) - row.count(0) for row in rows)
    return painted / (image.width() * image.height())


def test_the_folder_holds_the_pictures_the_screens_use() -> None:
    names = {path.name for path in SVGS}
    assert {"welcome.svg", "how-it-works.svg", "done.svg"} <= names
    assert {"photo.svg", "video.svg", "ready.svg", "weak.svg", "unreadable.svg"} <= names


def test_the_readme_lists_every_file_with_the_size_it_is_drawn_for(qapp: QApplication) -> None:
    sizes = readme_sizes()
    assert set(sizes) == {path.name for path in SVGS}
    for path in SVGS:
        view_box = QSvgRenderer(str(path)).viewBoxF()
        assert QSize(round(view_box.width()), round(view_box.height())) == sizes[path.name], path


@pytest.mark.parametrize("path", SVGS, ids=lambda path: path.name)
def test_a_picture_is_plain_svg_in_the_six_theme_colours(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.encode()) < MAX_BYTES
    # Every colour written anywhere (attributes, style, stray text) is one the themes replace.
    assert set(re.findall(r"#[0-9a-fA-F]{3,8}\b", source)) <= COLOURS
    root = ET.fromstring(source)
    assert root.tag == f"{SVG_NS}svg"
    for element in root.iter():
        assert element.tag.startswith(SVG_NS), element.tag
        assert element.tag.removeprefix(SVG_NS) in ELEMENTS, element.tag
        assert not (element.text or "").strip(), element.tag
        found = properties(element)
        # No links of any kind: nothing is fetched, nothing is shared between files.
        assert not [key for key in found if key.endswith("href")], element.tag
        for key in COLOUR_PROPERTIES:
            if key in found:
                assert found[key] in COLOURS | {"none"}, (element.tag, key, found[key])
        for key in ("filter", "mask", "clip-path", "font-family"):
            assert key not in found, (element.tag, key)


@pytest.mark.parametrize("path", SVGS, ids=lambda path: path.name)
def test_a_picture_draws_at_its_size_and_at_twice_that(qapp: QApplication, path: Path) -> None:
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    assert renderer.isValid()
    size = readme_sizes()[path.name]
    for scale in (1, 2):
        image = render(path, size * scale)
        # A soft background shape or a drawn icon covers far more than a stray pixel; an
        # element Qt skipped leaves the picture (near) empty.
        assert painted_share(image) > 0.1, (path.name, scale)


def test_every_shape_names_its_fill() -> None:
    """A shape with no fill is painted black, a colour no theme replaces: invisible in dark."""
    shapes = ELEMENTS - {"svg", "g"}

    def unfilled(element: ET.Element, fill: str | None) -> list[dict[str, str]]:
        fill = properties(element).get("fill", fill)
        found = [element.attrib] if fill is None and element.tag[len(SVG_NS) :] in shapes else []
        return found + [shape for child in element for shape in unfilled(child, fill)]

    for path in SVGS:
        assert unfilled(ET.parse(path).getroot(), None) == [], path.name
