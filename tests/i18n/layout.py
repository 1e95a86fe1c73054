"""Is every word on a screen fully visible? Used by the layout test for each language."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)

SLACK = 1  # pixels of rounding
#: Thai, Lao, Khmer and Myanmar: scripts written without spaces between words. Qt finds the
#: words inside them only with libthai (on Linux); on Windows and macOS a line of them breaks
#: at spaces only, so every stretch between two spaces must fit on its own.
UNSPACED_SCRIPTS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    text = " ".join(text.split())
    return f"{type(widget).__name__} {text[:60]!r}"


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.width() <= 0:
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text
    ):
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px of height, has {label.height()}"
        return None
    margin = label.margin()
    area = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    flags = int(label.alignment().value)
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap.value
    tall = QRect(area.x(), area.y(), area.width(), 100_000)
    needed = label.fontMetrics().boundingRect(tall, flags, text)
    if label.wordWrap() and UNSPACED_SCRIPTS.search(text):
        for run in text.split():
            width = label.fontMetrics().horizontalAdvance(run)
            if width > area.width() + SLACK:
                return f"{run!r} needs {width}px without a space, has {area.width()}"
    if needed.width() > area.width() + SLACK:
        return f"needs {needed.width()}px of width, has {area.width()}"
    if needed.height() > area.height() + SLACK:
        return f"needs {needed.height()}px of height, has {area.height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK or hint.height() > button.height() + SLACK:
        return f"needs {hint.width()}×{hint.height()}, has {button.width()}×{button.height()}"
    return None


def group_problem(box: QGroupBox) -> str | None:
    title = box.title()
    if not title:
        return None
    needed = box.fontMetrics().horizontalAdvance(title) + 2 * box.fontMetrics().height()
    if needed > box.width() + SLACK:
        return f"title needs {needed}px, has {box.width()}"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every visible label, button and group title under ``root`` whose words don't fit, and
    every scrolling area that has to scroll sideways to show its words."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = group_problem(widget)
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            problem = "scrolls sideways: something in it is too wide"
        if problem:
            found.append(f"{describe(widget)}: {problem}")
    return found
