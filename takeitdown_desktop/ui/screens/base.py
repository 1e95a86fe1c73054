"""What every screen shares: a heading, a scrolling body, a row of buttons at the bottom, and
``retranslate()`` so that a language change updates every text in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui.widgets import heading, set_button


class Screen(QWidget):
    """A screen: ``self.content`` is where subclasses add widgets, ``self.buttons`` the bottom row.

    Subclasses set every text in ``retranslate()`` (and call it at the end of ``__init__``).
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, back: bool = True) -> None:
        super().__init__(parent)
        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        self.title = heading(self.body)
        self.content.addWidget(self.title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Every screen scrolls as a whole when it can't fit (small window, large fonts, a long
        # language); otherwise its content simply fills the window.
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.body)
        outer.addWidget(area, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(9, 0, 9, 9)
        outer.addLayout(self.buttons)
        self.back_button: QPushButton | None = None
        if back:
            self.back_button = QPushButton(self)
            self.back_button.clicked.connect(self.back_requested)
            self.buttons.addWidget(self.back_button)
        self.buttons.addStretch(1)

    def add_button(self, primary: bool = False) -> QPushButton:
        """A button in the bottom row (the primary one is the default for Enter)."""
        button = QPushButton(self)
        if primary:
            button.setDefault(True)
            button.setAutoDefault(True)
        self.buttons.addWidget(button)
        return button

    def retranslate(self) -> None:
        if self.back_button is not None:
            set_button(self.back_button, self.tr("Back"))

    def on_enter(self) -> None:
        """Called each time the screen is shown."""

    def first_focus(self) -> QWidget:
        """The widget that gets keyboard focus when the screen is shown."""
        return self.title

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
