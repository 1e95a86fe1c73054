"""Thumbnails: made in memory from the hasher's RGB bytes, blurred in the worker thread.

Workers make ``QImage`` (safe off the GUI thread); only the GUI thread ever paints them. No
thumbnail is ever written anywhere: there is no cache, no ``QPixmapCache`` key, no file.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from takeitdown_desktop.hashing.results import Thumbnail

#: The blurred picture is rebuilt from this many cells on its longer side: enough to show
#: that there is a picture and its main colours, far too few to recognise anything in it.
BLUR_CELLS = 6


def image_from_thumbnail(thumbnail: Thumbnail) -> QImage:
    """A deep copy of the hasher's RGB bytes as a ``QImage`` (no reference to the bytes kept)."""
    image = QImage(
        thumbnail.rgb,
        thumbnail.width,
        thumbnail.height,
        thumbnail.width * 3,
        QImage.Format.Format_RGB888,
    )
    return image.copy()


def blurred(image: QImage, cells: int = BLUR_CELLS) -> QImage:
    """Shrink to a few cells, then smooth it back up: a soft blur of colour, nothing more."""
    if image.isNull():
        return QImage()
    tiny = image.scaled(
        QSize(cells, cells),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    # Two smooth steps up avoid the blocky look of one big jump, without adding detail.
    middle = tiny.scaled(
        tiny.size() * 4,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return middle.scaled(
        image.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
