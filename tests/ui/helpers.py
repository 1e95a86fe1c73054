"""Small actions a person does, done with real Qt events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from takeitdown_desktop.ui.flow import AgeAnswer, Step
from takeitdown_desktop.ui.window import MainWindow
from takeitdown_protocol import Role


def file_mime(paths: list[Path], extra_urls: tuple[str, ...] = ()) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths] + [QUrl(u) for u in extra_urls])
    return mime


def drop(widget: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` onto ``widget`` and drop it; returns whether the drag was accepted."""
    centre = widget.rect().center()
    # As in Qt's C++ API: a drag-enter event takes a QPoint, a drop event a QPointF.
    enter = QDragEnterEvent(
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def to_add_screen(window: MainWindow) -> None:
    """From the welcome screen to "Add the photos and videos": under 18, for myself."""
    window.welcome.start_button.click()
    window.questions.age_buttons[AgeAnswer.UNDER_18].click()
    window.questions.who_buttons[Role.SELF].click()
    window.questions.continue_button.click()
    assert window.flow.step is Step.ADD
