"""Blurred thumbnails, no writes while fingerprinting, and a file picker that remembers nothing.

Quick exit from every screen is tested in ``tests/privacy/test_quick_exit.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui.items import ItemModel
from takeitdown_desktop.ui.picker import FilePicker, PickerMode
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.widgets.grid import ItemDelegate
from takeitdown_desktop.ui.window import MainWindow
from tests.plugins.intake_server import IntakeServer
from tests.privacy.audit import WATCH
from tests.ui.conftest import WAIT_MS, Media, wait_hashed
from tests.ui.helpers import to_add_screen


def detail(image: QImage) -> float:
    """Mean absolute second difference along rows: edges score high, smooth colour near 0."""
    rgb = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    pixels = np.frombuffer(rgb.constBits(), np.uint8, count=rgb.sizeInBytes())
    grey = pixels.reshape(height, stride)[:, :width].astype(np.int16)
    return float(np.abs(np.diff(grey, n=2, axis=1)).mean())


# Thumbnails -----------------------------------------------------------------------


def test_thumbnails_are_blurred_until_revealed_on_purpose(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    window.controller.add_paths([media.photos[0]])
    wait_hashed(qtbot, window)
    item = next(iter(window.model))
    assert item.sharp is not None
    assert item.blurred is not None
    assert detail(item.blurred) < detail(item.sharp) / 4

    grid = window.add.grid
    index = window.model.index_of(item.id)
    assert index.data() == f"Photo {item.number}"
    delegate = grid.itemDelegate()
    assert isinstance(delegate, ItemDelegate)
    # The painted picture itself, inside its letterbox (a 4:3 photo in a square).
    thumb = delegate.thumb_rect(grid.visualRect(index))
    area = thumb.adjusted(4, thumb.height() // 5, -4, -thumb.height() // 5)
    blurred_shot = grid.viewport().grab(area).toImage()

    # Revealing needs a second, deliberate step after a gentle warning.
    window.add.reveal_button.click()
    assert window.add.reveal_question.isVisible()
    assert not window.model.revealed
    window.add.reveal_question.yes.click()
    assert window.model.revealed
    assert index.data() == media.photos[0].name  # the name shows only while revealed
    sharp_shot = grid.viewport().grab(area).toImage()
    assert detail(sharp_shot) > 4 * detail(blurred_shot)

    window.add.reveal_button.click()
    assert not window.model.revealed
    assert index.data() == f"Photo {item.number}"
    # Tooltips never carry the file name.
    assert media.photos[0].name not in str(index.data(Qt.ItemDataRole.ToolTipRole))


def test_press_and_hold_shows_one_picture(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    window.controller.add_paths([media.photos[0]])
    wait_hashed(qtbot, window)
    grid = window.add.grid
    item = next(iter(window.model))
    centre = grid.visualRect(window.model.index_of(item.id)).center()
    QTest.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: grid.held_id == item.id, timeout=5_000)
    QTest.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert grid.held_id is None


def test_fingerprinting_and_thumbnails_write_nothing(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    to_add_screen(window)
    WATCH.writes.clear()
    WATCH.active = True
    try:
        window.controller.add_paths([*media.photos, media.video, media.folder])
        wait_hashed(qtbot, window)
        window.add.grid.viewport().grab()
        window.add.reveal_button.click()
        window.add.reveal_question.yes.click()
        window.add.grid.viewport().grab()
    finally:
        WATCH.active = False
    assert WATCH.writes == []


# The picker -----------------------------------------------------------------------


def user_settings_files() -> dict[Path, float]:
    """Qt's own settings files for the user, with their modification times."""
    config = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    )
    return {path: path.stat().st_mtime for path in config.glob("QtProject*")}


def test_picker_chooses_files_and_folders_and_remembers_nothing(qtbot: QtBot, media: Media) -> None:
    before = user_settings_files()
    picker = FilePicker(PickerMode.ADD, start=media.root)
    qtbot.addWidget(picker)
    picker.show()
    root = picker.view.rootIndex()
    qtbot.waitUntil(lambda: picker.fs_model.rowCount(root) >= 5, timeout=WAIT_MS)
    assert not picker.ok_button.isEnabled()
    picker.select([media.photos[0], media.folder])
    assert picker.chosen() == sorted([media.photos[0], media.folder])
    assert picker.ok_button.isEnabled()
    with qtbot.waitSignal(picker.accepted, timeout=5_000):
        picker.ok_button.click()
    picker.close()
    picker.deleteLater()
    qtbot.wait(10)
    assert user_settings_files() == before
    # Every picker starts in the home folder: nothing about the last one is kept.
    again = FilePicker(PickerMode.ADD)
    qtbot.addWidget(again)
    assert again.folder == Path.home()


def test_save_picker_needs_a_plain_name(qtbot: QtBot, media: Media) -> None:
    picker = FilePicker(PickerMode.SAVE, start=media.root, suggested_name="receipt.txt")
    qtbot.addWidget(picker)
    assert picker.chosen() == [media.root / "receipt.txt"]
    picker.name_edit.setText("../elsewhere.txt")
    assert picker.chosen() == []
    assert not picker.ok_button.isEnabled()
    picker.name_edit.setText("")
    assert picker.chosen() == []


def test_quick_exit_filter_counts_each_press_once(qtbot: QtBot, media: Media) -> None:
    """A key press reaches the filter for the window and each widget; it counts once."""
    quick_exit = QuickExit()
    fired: list[int] = []
    quick_exit.set_quit(lambda: fired.append(1))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quick_exit.install(app)
    try:
        picker = FilePicker(PickerMode.SAVE, start=media.root)
        qtbot.addWidget(picker)
        picker.show()
        picker.name_edit.setFocus()
        handle = picker.windowHandle()
        assert handle is not None
        QTest.keyClick(handle, Qt.Key.Key_Shift)
        QTest.keyClick(handle, Qt.Key.Key_Shift)
        assert fired == []
        QTest.keyClick(handle, Qt.Key.Key_Shift)
        assert fired == [1]
    finally:
        quick_exit.uninstall(app)


def test_model_never_shows_names_by_default() -> None:
    model = ItemModel()
    [item] = model.add([Path("/secret/place/name.jpg")])
    index = model.index_of(item.id)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    ):
        assert "name" not in str(index.data(role))
