"""The whole flow with the keyboard alone, from the welcome screen to the receipt, against the
real intake service: Tab and Shift+Tab to move, Space and Enter to press, typing and arrows in
the app's own file picker. Progress and answers are announced to screen readers on the way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.widgets import speech
from takeitdown_desktop.ui.window import MainWindow
from tests.accessibility.events import SentEvents
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import WAIT_MS, Media, wait_hashed, wait_step

Key = Qt.Key
MAX_TABS = 40


class Keyboard:
    """Presses keys on whatever has the focus, as a person at the keyboard does."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)

    def tab_to(self, target: QWidget, *, backwards: bool = False) -> int:
        """Tab (or Shift+Tab) until ``target`` has the focus; return how many presses it took."""
        for presses in range(MAX_TABS + 1):
            if self.focused() is target:
                return presses
            if backwards:
                self.press(Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            else:
                self.press(Key.Key_Tab)
        raise AssertionError(f"{target.accessibleName()!r} can't be reached with Tab")


def test_from_welcome_to_receipt_with_the_keyboard_alone(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
    accessibility_events: SentEvents,
) -> None:
    window = make_window(intake_server.url)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Keyboard(qtbot)

    # Welcome: the focus starts on Start; the language menu and the other buttons are reachable.
    assert keys.focused() is window.welcome.start_button
    assert keys.tab_to(window.welcome.language_menu, backwards=True) > 0
    keys.tab_to(window.exit_button)
    keys.tab_to(window.welcome.start_button)
    keys.press(Key.Key_Space)
    wait_step(qtbot, window, Step.QUESTIONS)

    # Two questions: radio buttons chosen with Space, Tab moves between the groups.
    questions = window.questions
    keys.press(Key.Key_Space)
    assert questions.age_buttons[next(iter(questions.age_buttons))].isChecked()
    first_who = next(iter(questions.who_buttons.values()))
    keys.tab_to(first_who)
    keys.press(Key.Key_Space)
    keys.tab_to(questions.continue_button)
    keys.press(Key.Key_Space)
    wait_step(qtbot, window, Step.ADD)

    # Add: the chooser opens the app's own picker; type the folder, choose both photos.
    assert keys.focused() is window.add.drop_zone.choose_button
    keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.isVisible())
    picker = window.picker
    assert picker is not None
    picker.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is picker)
    assert keys.focused() is picker.view
    keys.tab_to(picker.location)
    keys.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(str(media.photos[0].parent))
    keys.press(Key.Key_Return)
    assert picker.folder == media.photos[0].parent
    keys.tab_to(picker.view)
    root = picker.view.rootIndex()
    # The model lists the folder first and sorts it a moment later: wait for the sorted list,
    # folders first, or the arrow keys below walk rows that are about to move.
    entries = sorted(media.root.iterdir(), key=lambda path: (not path.is_dir(), path.name.lower()))
    expected = [path.name for path in entries]

    def listed() -> list[str]:
        model = picker.fs_model
        return [model.fileName(model.index(row, 0, root)) for row in range(model.rowCount(root))]

    qtbot.waitUntil(lambda: listed() == expected, timeout=WAIT_MS)
    keys.press(Key.Key_Home)
    while picker.selected_paths() != [media.photos[0]]:  # arrows to the first photo
        keys.press(Key.Key_Down)
    keys.press(Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # and the next one with it
    assert picker.selected_paths() == media.photos
    keys.press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.picker is None, timeout=WAIT_MS)
    window.activateWindow()  # the window manager gives the main window back its focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert keys.focused() is window.add.drop_zone.choose_button
    wait_hashed(qtbot, window)
    assert len(window.model) == 2

    keys.tab_to(window.add.continue_button)
    keys.press(Key.Key_Space)
    wait_step(qtbot, window, Step.REVIEW)

    # Review: tick the confirmation with Space, then Enter on Send.
    keys.tab_to(window.review.attest)
    keys.press(Key.Key_Space)
    assert window.review.attest.isChecked()
    keys.tab_to(window.review.send_button)
    keys.press(Key.Key_Return)
    wait_step(qtbot, window, Step.DONE)

    # The receipt, and the buttons to keep it, are reachable too.
    assert window.done.report_value.text()
    assert keys.focused() is window.done.copy_button
    keys.tab_to(window.done.save_button)
    keys.tab_to(window.done.close_button)

    # Screen readers heard the progress and the answer, not just the focused control.
    announced = accessibility_events.texts(QAccessible.Event.Announcement)
    assert any("Ready: 2." in text for text in announced), announced
    for heading in ("Two quick questions", "Sending your fingerprints…", "Your report was sent"):
        assert heading in announced, announced


def test_announcements_reach_qt_accessibility(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window("http://127.0.0.1:9")
    event = QAccessibleAnnouncementEvent(window, "hello")
    assert event.politeness() == QAccessible.AnnouncementPoliteness.Polite
    speech.announce(window.welcome.stop_note, "Something changed", assertive=True)
