"""What every screen shares: a heading, a scrolling body, a row of buttons at the bottom, and
``retranslate()`` so that a language change updates every text in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.widgets.steps import StepIndicator
from takeitdown_desktop.ui.widgets.text import heading, set_button


class Screen(QFrame):
    """A screen: ``self.content`` is where subclasses add widgets, ``self.buttons`` the bottom row.

    Subclasses set every text in ``retranslate()`` (and call it at the end of ``__init__``).
    A ``QFrame`` (with no frame) rather than a plain ``QWidget``: Qt exposes a frame as a panel,
    which Orca names as the focus enters it ("How does this work? panel"); a plain widget is
    a filler, which Orca skips even when it has a name.
    """

    back_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, back: bool = True, step: int | None = None
    ) -> None:
        super().__init__(parent)
        space = theme.SPACE
        # The content is one column of readable width (``theme.content_width``), centred in
        # a big window; the bottom row of buttons lines up with it.
        page = QWidget()
        self.body = QWidget(page)
        centred = QHBoxLayout(page)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(self.body, 100)
        centred.addStretch(1)
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(space * 2, space * 2, space * 2, space)
        self.content.setSpacing(space * 2)
        self.steps: StepIndicator | None = None
        if step is not None:
            self.steps = StepIndicator(step, self.body)
            self.content.addWidget(self.steps)
        self.title = heading(self.body)
        self.content.addWidget(self.title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Every screen scrolls as a whole when it can't fit (small window, large fonts, a long
        # language); otherwise its content simply fills the window.
        self.area = area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        outer.addWidget(area, 1)
        self.bar = QWidget(self)
        self.buttons = QHBoxLayout(self.bar)
        self.buttons.setContentsMargins(space * 2, space, space * 2, space * 2)
        self.buttons.setSpacing(space)
        bar_row = QHBoxLayout()
        bar_row.addStretch(1)
        bar_row.addWidget(self.bar, 100)
        bar_row.addStretch(1)
        outer.addLayout(bar_row)
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.name_and_order()
        self._cap_width()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.name_and_order()
            self._cap_width()
        elif event.type() == QEvent.Type.FontChange:
            self._cap_width()
        super().changeEvent(event)

    def _cap_width(self) -> None:
        """Lines of about 70 characters; wider only when a row of buttons needs it."""
        for column in (self.body, self.bar):
            column.setMaximumWidth(16_777_215)
            column.setMaximumWidth(max(theme.content_width(self), column.minimumSizeHint().width()))

    def name_and_order(self) -> None:
        """Name the screen after its heading and put the bottom row last in the Tab order.

        Found with Orca (docs/ACCESSIBILITY.md): the heading is a plain label that never gets
        the focus, so a screen reader that ignores announcements (Orca 43) never said where
        the person had arrived; with the screen named (and a panel), it says the name as the
        focus enters it. And Back, made before the subclass's widgets, came first in the Tab
        order though it sits at the bottom: it now follows the screen's content.
        """
        self.setAccessibleName(self.title.text())
        bottom_row: list[QWidget] = []
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            button = item.widget() if item is not None else None
            if button is not None:
                bottom_row.append(button)
        anchor: QWidget = self.area
        widget = self.area.nextInFocusChain()
        while widget is not None and widget is not self.area and self.isAncestorOf(widget):
            if self.body.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                anchor = widget  # setTabOrder ignores widgets that never take the focus
            widget = widget.nextInFocusChain()
        for button in bottom_row:
            QWidget.setTabOrder(anchor, button)
            anchor = button
