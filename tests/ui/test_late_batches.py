"""Files a folder walk found just before Stop, Start over or quick exit are never added.

The walk runs on a pool thread and hands each batch to the GUI thread as a queued signal. A
batch can be queued before the walk is cancelled and delivered after: it must then be
dropped, or files the person stopped (or ran from) would be fingerprinted anyway, and a
worker started after quick exit's drain would make deleting the window wait for it forever
(seen in CI as a hang in ``~QThreadPool``). Made deterministic here: the walk is allowed to
finish and queue its batches while the GUI thread does not process events.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.controller import HashController
from takeitdown_desktop.ui.items import ItemModel
from tests.ui.conftest import Media


def _walk_queued_but_not_delivered(controller: HashController) -> None:
    """Wait, without processing events, until the walk's thread is done: its batches and
    its "done" are now queued for the GUI thread, not yet delivered."""
    deadline = time.monotonic() + 20
    while controller.pool.activeThreadCount() and time.monotonic() < deadline:
        time.sleep(0.005)
    assert controller.pool.activeThreadCount() == 0
    assert len(controller.model) == 0


@pytest.mark.parametrize(
    "stop",
    [HashController.cancel, HashController.reset],
    ids=["stop", "start-over-or-quick-exit"],
)
def test_a_batch_queued_before_stop_is_dropped(
    qtbot: QtBot, media: Media, stop: Callable[[HashController], None]
) -> None:
    controller = HashController(ItemModel())
    controller.add_paths([media.folder])
    _walk_queued_but_not_delivered(controller)
    stop(controller)
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: not controller.is_busy(), timeout=5000)
    assert len(controller.model) == 0
    assert controller.pool.activeThreadCount() == 0
    controller.pool.waitForDone()


def test_a_batch_delivered_normally_is_fingerprinted(qtbot: QtBot, media: Media) -> None:
    """The same set-up without a stop: the queued batch is added and hashed (the control)."""
    controller = HashController(ItemModel())
    controller.add_paths([media.folder])
    _walk_queued_but_not_delivered(controller)
    QCoreApplication.processEvents()
    assert len(controller.model) == len(media.folder_photos)
    qtbot.waitUntil(lambda: not controller.is_busy(), timeout=20000)
    assert all(item.status.finished for item in controller.model)
    controller.pool.waitForDone()
