"""The window's sizes: the smallest it promises to work at, and the size it opens at."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: The smallest window every screen fits in, in every language, at 150% fonts (tests/i18n).
TOUR_SIZE = (800, 600)
#: The most the window opens at: room for the content column and the grid, not a wall.
OPENING_MOST = QSize(1180, 820)


def opening_size(window: QWidget) -> QSize:
    """Most of the screen, up to ``OPENING_MOST``: 1180×~690 on a 1366×768 laptop."""
    screen = window.screen()
    if screen is None:
        return QSize(*TOUR_SIZE)
    available = screen.availableGeometry().size()
    width = min(OPENING_MOST.width(), round(available.width() * 0.9))
    height = min(OPENING_MOST.height(), round(available.height() * 0.92))
    return QSize(max(width, TOUR_SIZE[0]), max(height, TOUR_SIZE[1]))
