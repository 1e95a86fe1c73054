"""The add screen's behaviour: duplicates, removing, weak fingerprints, cancelling."""

from __future__ import annotations

import shutil
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from takeitdown_desktop.hashing.errors import MESSAGES, ErrorCode
from takeitdown_desktop.ui.flow import Flow
from takeitdown_desktop.ui.items import Status
from takeitdown_desktop.ui.window import MainWindow
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import WAIT_MS, Media, wait_hashed, write_video
from tests.ui.helpers import drop, file_mime, to_add_screen


def test_same_bytes_are_shown_once(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    window.controller.add_paths([media.photos[0], media.copy_of_first, media.photos[1]])
    wait_hashed(qtbot, window)
    assert len(window.model) == 2
    assert window.controller.duplicates == 1
    assert "Shown once" in window.add.summary.text()
    # Adding the very same path again adds nothing.
    window.controller.add_paths([media.photos[1]])
    wait_hashed(qtbot, window)
    assert len(window.model) == 2


def test_remove_items_with_the_keyboard(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    window.controller.add_paths(media.photos)
    wait_hashed(qtbot, window)
    grid = window.add.grid
    grid.setFocus()
    grid.setCurrentIndex(window.model.index(0, 0))
    removed = next(iter(window.model))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert len(window.model) == 1
    assert removed.result is None
    assert removed.sharp is None
    window.add.grid.selectAll()
    window.add.remove_button.click()
    assert len(window.model) == 0
    assert not window.add.continue_button.isEnabled()


def test_weak_fingerprint_is_explained_kindly(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    window.controller.add_paths([media.flat])
    wait_hashed(qtbot, window)
    [item] = list(window.model)
    assert item.status is Status.WEAK
    window.add.grid.setCurrentIndex(window.model.index_of(item.id))
    assert "still sent" in window.add.detail.text()
    assert window.add.continue_button.isEnabled()


def test_stop_cancels_queued_and_running_work(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    window.controller.pool.setMaxThreadCount(1)
    long_video = write_video(media.root / "long.mp4", frames=400, size=(320, 240))
    many = media.root / "many"
    many.mkdir()
    for number in range(12):
        shutil.copy(media.photos[number % 2], many / f"{number:02d}.jpg")
        (many / f"{number:02d}.jpg").write_bytes(
            (many / f"{number:02d}.jpg").read_bytes() + bytes([number])
        )
    window.controller.add_paths([long_video, many])
    qtbot.waitUntil(lambda: len(window.model) == 13, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any(item.status is Status.WORKING for item in window.model), timeout=WAIT_MS
    )
    # Whatever has not started when Stop is pressed must never start. (How many items that
    # is depends on how fast this machine is, so it is read at the moment of the click.)
    waiting_at_stop = {item.id for item in window.model if item.status is Status.WAITING}
    window.add.stop_button.click()
    assert window.controller.wait(WAIT_MS)
    qtbot.waitUntil(lambda: not window.controller.is_busy(), timeout=WAIT_MS)
    assert waiting_at_stop  # at least one file had not started, so the check below is real
    status_after = {item.id: item.status for item in window.model}
    assert all(status_after[item_id] is Status.CANCELLED for item_id in waiting_at_stop)
    assert all(item.status.finished for item in window.model)
    cancelled = [item for item in window.model if item.status is Status.CANCELLED]
    assert all(item.message == MESSAGES[ErrorCode.CANCELLED] for item in cancelled)
    assert not window.add.stop_button.isEnabled()


def test_non_local_drops_are_refused(
    make_window: Callable[..., MainWindow], intake_server: IntakeServer
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    assert not drop(window.add.drop_zone, file_mime([], ("https://example.com/a.jpg",)))
    assert len(window.model) == 0


def test_drop_on_the_grid_too(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    assert drop(window.add.grid.viewport(), file_mime([media.folder]))
    wait_hashed(qtbot, window)
    assert {item.path for item in window.model} == set(media.folder_photos)


def test_flow_rules_without_widgets() -> None:
    flow = Flow()
    assert not flow.questions_answered()
    flow.go(flow.step.QUESTIONS)
    flow.back()
    assert flow.step is flow.step.WELCOME
