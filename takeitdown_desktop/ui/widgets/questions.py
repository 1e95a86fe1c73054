"""The ways a screen asks the person something: a yes/no confirmation inside the screen, a
question answered with radio buttons, and a tick box to confirm."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui.widgets.speech import exposed_as
from takeitdown_desktop.ui.widgets.text import paragraph, set_button, set_label

T = TypeVar("T")


@exposed_as(QAccessible.Role.AlertMessage)
class Confirmation(QFrame):
    """A notice card that asks a yes/no question with its two buttons inside (show the
    pictures? withdraw the report?). Hidden until ``ask``; ``answered`` carries the answer.

    Exposed as an alert, as a small dialog inside the screen is: when the focus moves to one
    of its buttons, a screen reader reads the question first (Orca said only "No, keep it
    push button" while the box was a plain panel). ``ask`` puts the focus on "no", the safe
    answer."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("notice", True)
        self.text = paragraph(self)
        self.yes = QPushButton(self)
        self.no = QPushButton(self)
        for button in (self.yes, self.no):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.yes.clicked.connect(lambda: self.answered.emit(True))
        self.no.clicked.connect(lambda: self.answered.emit(False))
        self.hide()

    def set_texts(self, question: str, yes: str, no: str) -> None:
        set_label(self.text, question)
        set_button(self.yes, yes)
        set_button(self.no, no)

    def ask(self) -> None:
        self.show()
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)


class RadioQuestion(QGroupBox, Generic[T]):
    """A question with one radio button per answer; ``chosen`` carries the answer picked."""

    chosen = Signal(object)  # T

    def __init__(self, answers: Iterable[T], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[T, QAbstractButton] = {}
        self.column = QVBoxLayout(self)
        # The question is a wrapping label, not the group's title: a title never wraps.
        self.question = paragraph(self)
        self.question.setProperty("heading", 3)
        self.column.addWidget(self.question)
        self.rows: dict[T, TickBox] = {}
        for answer in answers:
            row = TickBox(self, radio=True)
            button = row.box
            self.rows[answer] = row
            self.buttons[answer] = button
            self.group.addButton(button)
            self.column.addWidget(row)
            button.toggled.connect(lambda on, a=answer: self.chosen.emit(a) if on else None)

    def set_texts(self, question: str, answers: dict[T, str]) -> None:
        set_label(self.question, question)
        self.setAccessibleName(question)
        for answer, text in answers.items():
            self.rows[answer].set_text(text)

    def show_answer(self, answer: T | None) -> None:
        """Tick ``answer`` (``None``: no button ticked) without emitting ``chosen``."""
        self.group.blockSignals(True)
        for button in self.buttons.values():
            button.blockSignals(True)
        self.group.setExclusive(False)
        for value, button in self.buttons.items():
            button.setChecked(value == answer)
        self.group.setExclusive(True)
        for button in self.buttons.values():
            button.blockSignals(False)
        self.group.blockSignals(False)


class TickBox(QWidget):
    """A tick box (or, with ``radio``, a radio button) whose words wrap, as a long answer or
    confirmation must: a button's own text never wraps, and pushed screens wider than the
    window at large fonts. ``box`` is the real button, named with the whole text for screen
    readers; clicking the words clicks it too."""

    def __init__(self, parent: QWidget | None = None, *, radio: bool = False) -> None:
        super().__init__(parent)
        self.box: QAbstractButton = QRadioButton(self) if radio else QCheckBox(self)
        self.text = _ClickableLabel(self.box, self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def set_text(self, text: str) -> None:
        set_label(self.text, text)
        self.box.setAccessibleName(text)


class _ClickableLabel(QLabel):
    def __init__(self, box: QAbstractButton, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.click()
        super().mouseReleaseEvent(event)
