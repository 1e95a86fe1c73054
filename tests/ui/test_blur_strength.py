"""The default blur hides a body's outline: measured on a drawn silhouette (head, arms, body,
legs) at thumbnail size, the sharpest edge left after the blur is a few per cent of the
original's, and the blurred figure looks like a blurred plain oval, not like a person.
The figures are in docs/UI.md ("The blur")."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from takeitdown_desktop.ui.thumbs import blurred

SIZE = (192, 256)  # a portrait thumbnail (the longer side is THUMBNAIL_SIZE)
#: A body in black on white: (x, y, width, height) as fractions, head first.
FIGURE = [
    (0.40, 0.05, 0.20, 0.15),
    (0.33, 0.20, 0.34, 0.38),
    (0.18, 0.22, 0.12, 0.32),
    (0.70, 0.22, 0.12, 0.32),
    (0.35, 0.58, 0.12, 0.38),
    (0.53, 0.58, 0.12, 0.38),
]
OVAL = [(0.22, 0.06, 0.56, 0.90)]


def drawn(shapes: list[tuple[float, float, float, float]]) -> QImage:
    width, height = SIZE
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for x, y, w, h in shapes:
        painter.drawRoundedRect(QRectF(x * width, y * height, w * width, h * height), 8, 8)
    painter.end()
    return image


def grey(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    rows = raw.reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()].astype(float)


def sharpest_edge(values: np.ndarray) -> float:
    dy, dx = np.gradient(values)
    return float(np.hypot(dx, dy).max())


def correlation(first: np.ndarray, second: np.ndarray) -> float:
    a, b = first - first.mean(), second - second.mean()
    return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


def test_a_blurred_body_keeps_no_outline(qapp: QApplication) -> None:
    figure = grey(drawn(FIGURE))
    blurred_figure = grey(blurred(drawn(FIGURE)))
    blurred_oval = grey(blurred(drawn(OVAL)))
    # Of the outline's sharpest edge, under 5% is left (2.2% measured).
    assert sharpest_edge(blurred_figure) < 0.05 * sharpest_edge(figure)
    # What is left is more like a blurred plain oval than like the body (0.88 against 0.73
    # measured): no head, arms or legs to make out.
    like_oval = correlation(blurred_figure, blurred_oval)
    like_body = correlation(blurred_figure, figure)
    assert like_oval > 0.85
    assert like_oval > like_body + 0.1
