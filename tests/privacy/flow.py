"""Driving the real window through the flow, shared by the in-process tests and the
subprocess driver (``gui_driver.py``). ``wait(predicate)`` is ``qtbot.waitUntil`` in tests
and an event-loop wait in the driver; everything else is the app's own public objects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.picker import FilePicker
from takeitdown_desktop.ui.window import MainWindow

Wait = Callable[[Callable[[], bool]], None]

#: The ways out that every screen must offer: the button and the two shortcuts.
WAYS_OUT = ("button", "shift3", "escape2")


def open_picker(window: MainWindow, button: QWidget, wait: Wait) -> FilePicker:
    assert hasattr(button, "click")
    button.click()
    picker = window.picker
    assert picker is not None
    wait(picker.isVisible)
    return picker


def pick(picker: FilePicker, folder: Path, names: Sequence[str], wait: Wait) -> None:
    """In the picker: go to ``folder``, choose ``names`` there, press the OK button."""
    picker.open_folder(folder)
    root = picker.view.rootIndex()
    wait(lambda: picker.fs_model.rowCount(root) >= len(names))
    picker.select([folder / name for name in names])
    assert picker.ok_button.isEnabled()
    picker.ok_button.click()


def save_as(picker: FilePicker, target: Path, wait: Wait) -> None:
    """In a save picker: go to the folder, type the name, press Save."""
    picker.open_folder(target.parent)
    picker.name_edit.setText(target.name)
    assert picker.ok_button.isEnabled()
    picker.ok_button.click()


def add_files(window: MainWindow, folder: Path, names: Sequence[str], wait: Wait) -> None:
    """Add files with the in-app picker and wait until they are fingerprinted."""
    picker = open_picker(window, window.add.drop_zone.choose_button, wait)
    pick(picker, folder, names, wait)
    wait(lambda: len(window.model) >= len(names) and not window.controller.is_busy())


def reveal_pictures(window: MainWindow) -> None:
    """Show the sharp pictures and names on purpose, paint them, and blur them again."""
    window.add.reveal_button.click()
    window.add.reveal_question.yes.click()
    assert window.model.revealed
    window.add.grid.viewport().grab()
    window.add.reveal_button.click()
    assert not window.model.revealed


def review(window: MainWindow) -> None:
    window.add.continue_button.click()
    assert window.flow.step is Step.REVIEW
    assert window.session.prepared is not None


def send(window: MainWindow, wait: Wait) -> None:
    window.review.attest.click()
    window.review.send_button.click()
    wait(lambda: window.flow.step is Step.DONE)


def press(widget: QWidget, key: Qt.Key, times: int) -> None:
    """Real key presses delivered to the widget's window, as a keyboard would."""
    handle = widget.window().windowHandle()
    assert handle is not None
    for _ in range(times):
        QTest.keyClick(handle, key)


def quick_exit(window: MainWindow, way: str, top: QWidget | None = None) -> None:
    """Leave by ``way`` (one of ``WAYS_OUT``) from ``top`` (a dialog) or the window.

    The last press is the one that triggers: the caller times from just before this call.
    """
    top = top or window
    if way == "button":
        button = getattr(top, "exit_button", None)
        assert isinstance(button, QWidget)
        assert hasattr(button, "click")
        button.click()
    elif way == "shift3":
        press(top, Qt.Key.Key_Shift, 3)
    elif way == "escape2":
        # Escape also closes a dialog, as Escape should; the count carries over to the window
        # underneath, where the second press lands.
        press(top, Qt.Key.Key_Escape, 1)
        press(window, Qt.Key.Key_Escape, 1)
    else:
        raise ValueError(way)
