"""What the pass with a real screen reader (Orca, docs/ACCESSIBILITY.md) found, kept fixed:
each screen is a panel named after its heading, Back follows the screen's content in the Tab
order, a new screen moves the focus once, a tile doesn't say its status twice, and a status
change is also a hidden notification (which Orca 43 speaks; it ignores announcements)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
)
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.items import ItemModel, Status
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.widgets import speech
from takeitdown_desktop.ui.window import MainWindow
from tests.accessibility.events import SentEvents
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import WAIT_MS, Media, wait_hashed, wait_step
from tests.ui.helpers import to_add_screen

NO_SERVICE = "http://127.0.0.1:9"
NAME = QAccessible.Text.Name


def photos_added_with_focus(qtbot: QtBot, window: MainWindow, media: Media) -> None:
    """The window active (so keys and focus work offscreen), on the add screen with the two
    sample photos fingerprinted."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    to_add_screen(window)
    window.controller.add_paths(media.photos)
    wait_hashed(qtbot, window)


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
        bottom = [w for w in chain if screen.bar.isAncestorOf(w)]
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
    # The tooltip (never read as the description) has the whole line a tile may cut short.
    assert model.index_of(ready.id).data(Qt.ItemDataRole.ToolTipRole) == model.describe(
        ready, neutral=True
    )


def test_a_status_change_is_also_a_notification_orca_43_speaks(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    media: Media,
    accessibility_events: SentEvents,
) -> None:
    """Orca 43 ignores announcements but speaks a notification as it is shown (see
    docs/ACCESSIBILITY.md): the summary's hidden notice carries each status, nothing visible."""
    window = make_window(NO_SERVICE)
    to_add_screen(window)
    summary = window.add.summary
    visible_before = {w for w in window.findChildren(QWidget) if w.isVisible()}
    window.controller.add_paths(media.photos)
    wait_hashed(qtbot, window)
    qtbot.waitUntil(lambda: "Ready: 2." in summary.text())

    notices = summary.findChildren(speech.StatusNotice)
    assert len(notices) == 1
    [notice] = notices
    assert notice.isHidden()  # never on screen; no visible text changes
    # The grid and its buttons appear with the first files; no notice ever does.
    appeared = {w for w in window.findChildren(QWidget) if w.isVisible()} - visible_before
    assert not any(isinstance(w, speech.StatusNotice) for w in appeared)
    assert all(
        window.add.grid.isAncestorOf(w)
        or window.add.tools.isAncestorOf(w)
        or w in (window.add.grid, window.add.tools, window.add.detail)
        for w in appeared
    )
    interface = QAccessible.queryAccessibleInterface(notice)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Notification
    assert interface.text(NAME) == summary.text()
    # The label itself stays a label, so Orca still reads it with the screen's text.
    label = QAccessible.queryAccessibleInterface(summary)
    assert label is not None
    assert label.role() == QAccessible.Role.StaticText

    announced = accessibility_events.texts(QAccessible.Event.Announcement, about=summary)
    shown = accessibility_events.texts(QAccessible.Event.ObjectShow, about=notice)
    assert announced[-1] == summary.text()
    # Every status that was announced was also shown as the notification, in the same order.
    assert announced == shown
    assert any("Making fingerprints" in text for text in shown), shown


def test_tab_into_the_grid_says_and_chooses_the_current_tile(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    media: Media,
    accessibility_events: SentEvents,
) -> None:
    """Orca said only "list with 2 items" when Tab reached the grid. Qt reports the list as
    focused after its own focus handler, so the app reports the current tile once the focus
    has settled; that tile is chosen too, so Delete acts on the tile that was said."""

    def focus_events() -> list[tuple[QObject | None, int]]:
        return [
            (event.source, event.child)
            for event in accessibility_events
            if event.kind == QAccessible.Event.Focus
        ]

    window = make_window(NO_SERVICE)
    photos_added_with_focus(qtbot, window, media)
    grid = window.add.grid
    assert not grid.selectionModel().hasSelection()

    window.add.drop_zone.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.add.drop_zone.choose_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is grid
    qtbot.waitUntil(lambda: bool(focus_events()))
    current = grid.currentIndex()
    assert current.isValid()
    assert focus_events() == [(grid, current.row())]
    interface = QAccessible.queryAccessibleInterface(grid)
    assert interface is not None
    tile = interface.child(current.row())
    assert tile is not None
    assert tile.text(NAME) == f"Photo {current.row() + 1}: Ready"
    assert grid.selectedIndexes() == [current]

    # Delete now removes the tile that was said, and only that one.
    said_id = current.data(ItemModel.ItemIdRole)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(window.model) == len(media.photos) - 1)
    assert said_id not in {item.id for item in window.model}


def test_a_click_into_the_grid_chooses_nothing_by_itself(
    qtbot: QtBot, make_window: Callable[..., MainWindow], media: Media
) -> None:
    """Only keyboard focus chooses the current tile: focus given any other way (a click
    lands on a tile and chooses it itself) leaves the choice alone."""
    window = make_window(NO_SERVICE)
    to_add_screen(window)
    window.controller.add_paths(media.photos)
    wait_hashed(qtbot, window)
    grid = window.add.grid
    grid.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.wait(10)
    assert not grid.selectionModel().hasSelection()


def test_the_drop_area_says_nothing_of_its_own(
    make_window: Callable[..., MainWindow],
) -> None:
    """Orca said "Drop area … panel. Drag photos, videos or folders here" as Tab reached the
    Choose button, after it had read the same words with the screen's text: dragging is of no
    use from the keyboard. The area has no name, so Orca says just the button; its words stay
    on the screen (and in the screen's text)."""
    window = make_window(NO_SERVICE)
    to_add_screen(window)
    zone = window.add.drop_zone
    interface = QAccessible.queryAccessibleInterface(zone)
    assert interface is not None
    assert interface.text(NAME) == ""
    assert zone.label.isVisible()
    assert zone.label.text() == "Drag photos, videos or folders here"
    assert zone.choose_button.accessibleName() == "Choose photos and videos…"


def test_the_review_screen_starts_on_the_confirmation_box_unticked(
    qtbot: QtBot, make_window: Callable[..., MainWindow], media: Media
) -> None:
    """Orca said nothing at all on arriving at the review screen while the focus started on
    the report text: filling it moved its caret first, which Orca takes as a silent focus
    change. The focus now starts on the confirmation box, never ticked for the person; the
    report is one Shift+Tab away, and Send stays off until the box is ticked."""
    window = make_window(NO_SERVICE)
    photos_added_with_focus(qtbot, window, media)
    window.add.continue_button.click()
    review = window.review
    assert window.flow.step is Step.REVIEW
    assert QApplication.focusWidget() is review.attest
    assert not review.attest.isChecked()
    assert not review.send_button.isEnabled()
    # Back from the box: the list of what is sent; on from it, the exact report, one press
    # away, then the report itself.
    qtbot.keyClick(review.attest, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is review.rows
    qtbot.keyClick(review.rows, Qt.Key.Key_Tab)
    qtbot.keyClick(review.attest, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is review.show_json
    qtbot.keyClick(review.show_json, Qt.Key.Key_Space)
    qtbot.keyClick(review.show_json, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is review.body_view


def test_receipt_check_and_withdraw_are_heard(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    """The second Orca pass (docs/ACCESSIBILITY.md, fixes 15 to 17), over real HTTP:

    - Orca reads a screen's labels of three words or more, so the receipt's number and key
      ("VERP-X1AT-PD7H-A") were never said: each value is named with its caption.
    - Pressing Check disabled the focused button, so the focus jumped on to "Open a saved
      receipt…", which was said instead of the answer: the button keeps the focus.
    - The withdraw question was not said, only "No, keep it push button": the box that asks
      it is an alert, whose text a screen reader reads as the focus enters it.
    """
    window = make_window(intake_server.url)
    photos_added_with_focus(qtbot, window, media)
    window.add.continue_button.click()
    window.review.attest.click()
    window.review.send_button.click()
    wait_step(qtbot, window, Step.DONE)

    done = window.done
    number, key = done.report_value.text(), done.key_value.text()
    assert len(number.split()) == 1
    assert len(key.split()) == 1
    for value, caption in ((done.report_value, "Report number:"), (done.key_value, "Secret key:")):
        interface = QAccessible.queryAccessibleInterface(value)
        assert interface is not None
        assert interface.text(NAME) == f"{caption} {value.text()}"
        assert len(interface.text(NAME).split()) >= 3

    done.start_over_button.click()
    window.welcome.check_button.click()
    check = window.check
    check.report_edit.setText(number)
    check.key_edit.setText(key)
    check.check_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(check.check_button, Qt.Key.Key_Space)
    assert check.busy
    assert QApplication.focusWidget() is check.check_button
    qtbot.waitUntil(lambda: check.status is not None, timeout=WAIT_MS)
    assert QApplication.focusWidget() is check.check_button
    assert "active" in check.result.text()

    check.withdraw_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(check.withdraw_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is check.withdraw_question.no
    frame = QAccessible.queryAccessibleInterface(check.withdraw_question)
    assert frame is not None
    assert frame.role() == QAccessible.Role.AlertMessage
    question = QAccessible.queryAccessibleInterface(check.withdraw_question.text)
    assert question is not None
    assert question.parent() is not None
    assert question.parent().object() is check.withdraw_question
    assert question.text(NAME).startswith("Withdraw this report?")
    assert check.withdraw_question.isAncestorOf(check.withdraw_question.no)

    # Yes: the box goes, and the focus waits on Check the report (not on Back) for the answer.
    check.withdraw_question.yes.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(check.withdraw_question.yes, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is check.check_button
    qtbot.waitUntil(lambda: check.status is not None and check.status.withdrawn, timeout=WAIT_MS)
    assert QApplication.focusWidget() is check.check_button
    assert "withdrawn" in check.result.text()


def test_tab_through_the_help_links_says_each_service_and_link(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    accessibility_events: SentEvents,
) -> None:
    """Tab moves from link to link inside the list of services, and Qt tells a screen reader
    nothing (Orca: seven silent Tabs). Each link that gets the focus is now said with its
    service, as a hidden notification (what Orca 43 speaks) and an announcement."""
    window = make_window(NO_SERVICE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.help_button.click()
    assert window.flow.step is Step.HELP
    services = window.help.resources
    expected = [
        f"{resource.name}: {contact.label}"
        for resource in services.resources
        for contact in resource.contacts
    ]
    assert len(expected) >= 5
    services.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in expected:
        qtbot.keyClick(services, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is services
    assert accessibility_events.texts(QAccessible.Event.ObjectShow) == expected
    # The next Tab leaves the list; nothing more is said by it.
    qtbot.keyClick(services, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not services
    assert accessibility_events.texts(QAccessible.Event.ObjectShow) == expected


def test_the_pile_of_screens_is_passed_over_by_screen_readers(
    make_window: Callable[..., MainWindow],
) -> None:
    """Orca said "layered pane" (Qt's role for a stacked widget) whenever the focus came back
    into a screen from the top bar. The pile is a client area (AT-SPI "filler"), which is
    passed over; the screen inside it is still the panel named after its heading."""
    window = make_window(NO_SERVICE)
    stack = QAccessible.queryAccessibleInterface(window.stack)
    assert stack is not None
    assert stack.role() == QAccessible.Role.Client
    assert stack.role() != QAccessible.Role.LayeredPane
    screen = QAccessible.queryAccessibleInterface(window.current)
    assert screen is not None
    assert screen.parent() is not None
    assert screen.parent().object() is window.stack
    assert screen.text(NAME) == window.current.title.text()
