"""Text on screen: headings, paragraphs, buttons and notice cards.

Nothing here sets a colour or a pixel size: the theme (``ui/theme.py``) styles each kind by
its object name or property (``heading``, ``notice``, ``card``, ``link``), so every text grows
with the system's font size and follows light, dark and high-contrast themes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui import theme


def heading(parent: QWidget, level: int = 1) -> QLabel:
    """A screen's title (level 1) or a section's (level 2), sized by the theme's type scale."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("heading", level)
    label.setFont(theme.heading_font(label.font(), level))
    label.setAccessibleName("heading")
    return label


def paragraph(parent: QWidget, *, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def set_label(label: QLabel, text: str) -> None:
    """Set a label's text and the name a screen reader reads for it."""
    label.setText(text)
    label.setAccessibleName(text)


def set_button(button: QAbstractButton, text: str, description: str = "") -> None:
    """Set a button's text, accessible name (without the & mnemonic) and description."""
    button.setText(text)
    button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    button.setAccessibleDescription(description)


def link_button(parent: QWidget) -> QPushButton:
    """A quiet secondary action that looks like a link but is a real button (Tab, Space)."""
    button = QPushButton(parent)
    button.setProperty("link", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    return button


def card(parent: QWidget, kind: str = "card") -> tuple[QFrame, QVBoxLayout]:
    """A rounded box (``kind`` "card", or "notice" for things to read carefully)."""
    frame = QFrame(parent)
    frame.setProperty(kind, True)
    layout = QVBoxLayout(frame)
    space = theme.SPACE
    layout.setContentsMargins(space * 2, space * 2, space * 2, space * 2)
    layout.setSpacing(space)
    return frame, layout


def notice(parent: QWidget) -> tuple[QFrame, QLabel]:
    """A gently coloured card with a word-wrapped label, for things to read carefully."""
    frame, layout = card(parent, "notice")
    label = paragraph(frame)
    layout.addWidget(label)
    return frame, label


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a property it selects on (``hover``, ``hero``) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
