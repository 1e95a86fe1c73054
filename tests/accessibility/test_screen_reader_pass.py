"""What the pass with a real screen reader (Orca, docs/ACCESSIBILITY.md) found, kept fixed:
each screen is a panel named after its heading, Back follows the screen's content in the Tab
order, a new screen moves the focus once, and a tile doesn't say its status twice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.items import ItemModel, Status
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.window import MainWindow

NO_SERVICE = "http://127.0.0.1:9"


def focus_chain(screen: Screen) -> list[QWidget]:
    """The screen's widgets that Tab can reach, in Tab order, starting at its scroll area."""
    chain: list[QWidget] = []
    widget: QWidget | None = screen.area
    while widget is not None and widget not in chain and screen.isAncestorOf(widget):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_every_screen_is_a_panel_named_after_its_heading(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(NO_SERVICE)
    for step, screen in window.screens.items():
        interface = QAccessible.queryAccessibleInterface(screen)
        assert interface is not None
        # A panel: Orca says its name as the focus enters it (it skips fillers, named or not).
        assert interface.role() == QAccessible.Role.Border, step
        assert screen.title.text(), step
        assert interface.text(QAccessible.Text.Name) == screen.title.text(), step


def test_back_comes_after_the_screens_content_in_tab_order(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(NO_SERVICE)
    checked = 0
    for step, screen in window.screens.items():
        back = screen.back_button
        if back is None:
            continue
        chain = focus_chain(screen)
        content = [w for w in chain if screen.body.isAncestorOf(w)]
        bottom = [w for w in chain if w.parentWidget() is screen and w is not screen.area]
        assert back in bottom, step
        assert chain.index(back) > max((chain.index(w) for w in content), default=-1), step
        # The bottom row in the order it is on screen: Back first, the main button last.
        assert bottom[0] is back, step
        checked += 1
    assert checked >= 8


def test_a_new_screen_moves_the_focus_once(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(NO_SERVICE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.start_button)
    moves: list[QWidget] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def changed(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            moves.append(new)

    app.focusChanged.connect(changed)
    try:
        qtbot.keyClick(window.welcome.start_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.flow.step is Step.QUESTIONS)
        # Not Get help, then the new screen's scroll area, then the first answer: the answer.
        assert moves == [window.questions.first_focus()]
        moves.clear()
        window.help_button.setFocus()
        moves.clear()
        # Get help hides itself on the help screen: the focus must not stop at Quick exit.
        qtbot.keyClick(window.help_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.flow.step is Step.HELP)
        assert moves == [window.help.first_focus()]
    finally:
        app.focusChanged.disconnect(changed)


def test_a_tile_does_not_say_its_status_twice() -> None:
    model = ItemModel()
    [ready, failed] = model.add([Path("/a/one.jpg"), Path("/a/two.jpg")])
    ready.status = Status.READY
    failed.status = Status.FAILED
    failed.message = "This file is empty, so there is nothing to fingerprint."
    description = Qt.ItemDataRole.AccessibleDescriptionRole
    assert model.index_of(ready.id).data(Qt.ItemDataRole.AccessibleTextRole) == model.describe(
        ready
    )
    assert model.index_of(ready.id).data(description) is None
    assert model.index_of(failed.id).data(description) == failed.message
    assert model.index_of(ready.id).data(Qt.ItemDataRole.ToolTipRole) == "Ready"
