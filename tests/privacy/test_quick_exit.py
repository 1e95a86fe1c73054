"""Quick exit from every screen, by the button and by each shortcut: every window is hidden
within 100 ms of the key press or click, every worker has stopped, and no object made from
the person's files (the item model, items, pictures, results, report, receipt) is still alive.

Each test times from just before the press or click to the ``Hide`` event of the last
top-level window, with an event filter of its own (not the app's numbers), and records it as
the ``hidden_after_ms`` property (``--junitxml`` shows every figure).
"""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.flow import AgeAnswer, Step
from takeitdown_desktop.ui.window import MainWindow
from tests.plugins.intake_server import IntakeServer
from tests.privacy import flow
from tests.privacy.conftest import DEAD_ENDPOINT, JPEG, PNG, VIDEO, Exiting, SecretMedia
from tests.ui.conftest import WAIT_MS
from tests.ui.helpers import to_add_screen

HIDE_WITHIN_S = 0.100

SCREENS = (
    "welcome",
    "how",
    "questions",
    "adults",
    "add",
    "picker",
    "review",
    "sending",
    "done",
    "saved",
    "check",
    "help",
)
#: Screens that need the real service (the others never reach the network, or must not).
NEEDS_SERVER = {"done"}


class HideClock(QObject):
    """Records when each watched widget received its Hide event."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden: dict[int, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Hide:
            self.hidden.setdefault(id(watched), time.perf_counter())
        return False


def reach(
    screen: str, ex: Exiting, media: SecretMedia, tmp_path: Path, wait: flow.Wait
) -> QWidget | None:
    """Bring the window to ``screen`` with the person's data in memory; return a dialog that
    is open on top of it, if any."""
    window = ex.window
    if screen == "how":
        window.welcome.how_button.click()
    elif screen == "questions":
        window.welcome.start_button.click()
        window.questions.age_buttons[AgeAnswer.UNDER_18].click()
    elif screen == "adults":
        window.welcome.start_button.click()
        window.questions.age_buttons[AgeAnswer.ADULT].click()
        window.questions.continue_button.click()
    elif screen == "add":
        to_add_screen(window)
        flow.add_files(window, media.album, [JPEG], wait)
        # More work is still running or queued when the person leaves.
        window.controller.add_paths([media.album / PNG, media.album / VIDEO])
    elif screen == "picker":
        to_add_screen(window)
        flow.add_files(window, media.album, [JPEG], wait)
        picker = flow.open_picker(window, window.add.drop_zone.choose_button, wait)
        picker.open_folder(media.album)
        return picker
    elif screen in ("review", "sending", "saved", "done"):
        to_add_screen(window)
        flow.add_files(window, media.album, [JPEG, PNG], wait)
        window.review.copy_requested.emit("copied report")
        flow.review(window)
        if screen == "review":
            return None
        window.review.attest.click()
        window.review.send_button.click()
        if screen == "done":
            wait(lambda: window.flow.step is Step.DONE)
            window.done.copy_button.click()
            return None
        wait(window.sending.save_button.isVisible)  # the send failed; the report is kept
        if screen == "saved":
            window.sending.save_requested.emit()
            assert window.picker is not None
            flow.save_as(window.picker, tmp_path / "fingerprints.json", wait)
            wait(lambda: window.flow.step is Step.SAVED)
    elif screen == "check":
        window.welcome.check_button.click()
        window.check.report_edit.setText("4NBS4H7X8SZX2")
        window.check.key_edit.setText("a-secret-key-typed-by-the-person")
    elif screen == "help":
        window.help_button.click()
    return None


def watch(window: MainWindow) -> list[tuple[str, weakref.ref[object]]]:
    """Weak references to everything in the window that came from the person's files."""
    objects: list[tuple[str, object]] = [("window", window), ("model", window.model)]
    for item in window.model:
        objects += [("item", item), ("cancel token", item.cancel)]
        objects += [
            (name, value)
            for name, value in (
                ("sharp", item.sharp),
                ("blurred", item.blurred),
                ("result", item.result),
            )
            if value is not None
        ]
    objects += [
        (name, value)
        for name, value in (
            ("prepared", window.session.prepared),
            ("receipt", window.session.receipt),
            ("picker", window.picker),
        )
        if value is not None
    ]
    return [(name, weakref.ref(value)) for name, value in objects]


def leave(ex: Exiting, way: str, top: QWidget | None) -> float:
    """Quick exit ``way``; returns seconds from the press to the last window hidden."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    clock = HideClock()
    for widget in shown:
        widget.installEventFilter(clock)
    start = time.perf_counter()
    flow.quick_exit(ex.window, way, top)
    assert ex.quits == [1]
    assert all(not w.isVisible() for w in shown if shiboken6.isValid(w))
    assert set(clock.hidden) == {id(w) for w in shown}
    return max(clock.hidden.values()) - start


@pytest.mark.parametrize("way", flow.WAYS_OUT)
@pytest.mark.parametrize("screen", SCREENS)
def test_quick_exit_hides_stops_and_forgets(
    qtbot: QtBot,
    make_exiting: Callable[[str], Exiting],
    request: pytest.FixtureRequest,
    record_property: Callable[[str, object], None],
    secret_media: SecretMedia,
    tmp_path: Path,
    screen: str,
    way: str,
) -> None:
    endpoint = DEAD_ENDPOINT
    if screen in NEEDS_SERVER:
        server: IntakeServer = request.getfixturevalue("intake_server")
        endpoint = server.url

    def wait(predicate: Callable[[], bool]) -> None:
        qtbot.waitUntil(predicate, timeout=WAIT_MS)

    ex = make_exiting(endpoint)
    top = reach(screen, ex, secret_media, tmp_path, wait)
    refs = watch(ex.window)
    if screen in ("add", "picker", "review", "sending"):
        assert any(name == "result" for name, _ in refs)
    if screen in ("review", "sending"):
        assert any(name == "prepared" for name, _ in refs)
    if screen == "done":
        assert any(name == "receipt" for name, _ in refs)

    hidden_after = leave(ex, way, top)
    record_property("hidden_after_ms", round(hidden_after * 1000, 3))
    assert hidden_after < HIDE_WITHIN_S
    quick_exit = ex.quick_exit
    assert quick_exit.drained is True
    assert QApplication.clipboard().text() == ""

    del ex, top
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    alive = [name for name, ref in refs if ref() is not None]
    assert alive == []


def test_other_keys_reset_the_count(make_exiting: Callable[[str], Exiting]) -> None:
    ex = make_exiting(DEAD_ENDPOINT)
    flow.press(ex.window, Qt.Key.Key_Shift, 2)
    flow.press(ex.window, Qt.Key.Key_A, 1)  # typing a capital letter is not a quick exit
    flow.press(ex.window, Qt.Key.Key_Shift, 2)
    flow.press(ex.window, Qt.Key.Key_Escape, 1)
    flow.press(ex.window, Qt.Key.Key_Shift, 1)
    flow.press(ex.window, Qt.Key.Key_Escape, 1)
    assert ex.quits == []
    assert ex.window.isVisible()


def test_start_over_forgets_and_stays_open(
    qtbot: QtBot, make_exiting: Callable[[str], Exiting], secret_media: SecretMedia
) -> None:
    ex = make_exiting(DEAD_ENDPOINT)

    def wait(predicate: Callable[[], bool]) -> None:
        qtbot.waitUntil(predicate, timeout=WAIT_MS)

    to_add_screen(ex.window)
    flow.add_files(ex.window, secret_media.album, [JPEG, PNG], wait)
    flow.review(ex.window)
    refs = [(n, r) for n, r in watch(ex.window) if n not in ("window", "model")]
    ex.window.start_over()
    # A worker that has just handed over its fingerprints still holds them until its run()
    # returns, a moment later (it once lost that race on a loaded machine: three test runs
    # on two cores). Start over forgets everything once the workers have wound down.
    assert ex.window.controller.wait(WAIT_MS)
    gc.collect()
    assert [name for name, ref in refs if ref() is not None] == []
    assert ex.window.isVisible()
    assert ex.window.flow.step is Step.WELCOME
    assert ex.quits == []
