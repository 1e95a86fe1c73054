"""The two ways a screen asks the person something: a yes/no confirmation inside the screen,
and a question answered with radio buttons."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
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
        self.buttons: dict[T, QRadioButton] = {}
        self.column = QVBoxLayout(self)
        for answer in answers:
            button = QRadioButton(self)
            self.buttons[answer] = button
            self.group.addButton(button)
            self.column.addWidget(button)
            button.toggled.connect(lambda on, a=answer: self.chosen.emit(a) if on else None)

    def set_texts(self, question: str, answers: dict[T, str]) -> None:
        self.setTitle(question)
        self.setAccessibleName(question)
        for answer, text in answers.items():
            set_button(self.buttons[answer], text)

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
