"""Render the app icon from ``resources/icons/takeitdown.svg`` into every format a platform asks
for: PNGs for Linux desktops and the Qt window, ``.ico`` for Windows, ``.icns`` for macOS.

The SVG is the one source; the outputs are committed so a build needs no renderer. Qt's own
SVG renderer draws the PNGs (the same one the app uses), and Pillow packs them into ``.ico``
and ``.icns``. Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python build/tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
SVG = ICONS / "takeitdown.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """Draw the SVG at ``size`` pixels square with antialiasing, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(ICONS / f"takeitdown-{size}.png", optimize=True)
    large = render(renderer, 256)
    large.save(ICONS / "takeitdown.ico", sizes=[(size, size) for size in ICO_SIZES])
    render(renderer, ICNS_SIZE).save(ICONS / "takeitdown.icns")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
