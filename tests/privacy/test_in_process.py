"""Inside the app's own process: Python writes nothing but the files the person chose, no
window title, tooltip or description names a file, and the clipboard is cleared on the way
out if it still holds what the app put there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop import APP_NAME
from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.privacy import SECRET_HINTS
from takeitdown_desktop.ui.window import MainWindow
from tests.plugins.intake_server import IntakeServer
from tests.privacy import flow
from tests.privacy.audit import WATCH
from tests.privacy.conftest import NAMES, Exiting, SecretMedia
from tests.ui.conftest import WAIT_MS
from tests.ui.helpers import to_add_screen


def test_whole_flow_writes_only_the_chosen_files(
    qtbot: QtBot,
    make_exiting: Callable[[str], Exiting],
    intake_server: IntakeServer,
    secret_media: SecretMedia,
    tmp_path: Path,
) -> None:
    """Adding with the picker, hashing, revealing, review, send, copy, save, open, check,
    start over and quick exit: the only writes are the receipt and fingerprint file the person
    saved (and the service's own database, which is the receiving side)."""

    def wait(predicate: Callable[[], bool]) -> None:
        qtbot.waitUntil(predicate, timeout=WAIT_MS)

    ex = make_exiting(intake_server.url)
    window = ex.window
    receipt_file = tmp_path / "chosen" / "receipt.txt"
    receipt_file.parent.mkdir()
    WATCH.writes.clear()
    WATCH.active = True
    try:
        to_add_screen(window)
        flow.add_files(window, secret_media.album, NAMES, wait)
        flow.reveal_pictures(window)
        flow.review(window)
        window.review.copy_button.click()
        flow.send(window, wait)
        window.done.copy_button.click()
        flow.save_as(flow.open_picker(window, window.done.save_button, wait), receipt_file, wait)
        wait(receipt_file.exists)
        window.done.start_over_button.click()
        window.welcome.check_button.click()
        flow.pick(
            flow.open_picker(window, window.check.open_button, wait),
            receipt_file.parent,
            [receipt_file.name],
            wait,
        )
        wait(lambda: bool(window.check.report_edit.text()))
        window.check.check_button.click()
        wait(lambda: window.check.status is not None)
        flow.quick_exit(window, "shift3")
    finally:
        WATCH.active = False
    server = str(intake_server.directory)
    writes = [(event, path) for event, path in WATCH.writes if not path.startswith(server)]
    assert {path for _, path in writes} == {str(receipt_file)}
    assert ex.quits == [1]


def texts_of(widget: QWidget) -> dict[str, str]:
    """What a widget can show or say beyond its visible text."""
    return {
        "windowTitle": widget.windowTitle(),
        "toolTip": widget.toolTip(),
        "statusTip": widget.statusTip(),
        "whatsThis": widget.whatsThis(),
        "accessibleName": widget.accessibleName(),
        "accessibleDescription": widget.accessibleDescription(),
    }


def model_texts(window: MainWindow) -> dict[str, str]:
    model = window.model
    roles = {
        "tooltip": Qt.ItemDataRole.ToolTipRole,
        "statusTip": Qt.ItemDataRole.StatusTipRole,
        "whatsThis": Qt.ItemDataRole.WhatsThisRole,
        "accessibleDescription": Qt.ItemDataRole.AccessibleDescriptionRole,
        "accessibleText": Qt.ItemDataRole.AccessibleTextRole,
        "display": Qt.ItemDataRole.DisplayRole,
    }
    found = {}
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, 0)
        found.update({f"row {row} {name}": str(index.data(role)) for name, role in roles.items()})
    return found


def named(texts: dict[str, str], names: list[str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts.items() if any(n in text for n in names)]


def test_no_file_name_in_titles_tooltips_or_descriptions(
    qtbot: QtBot,
    make_exiting: Callable[[str], Exiting],
    intake_server: IntakeServer,
    secret_media: SecretMedia,
) -> None:
    """Every widget of every screen, with the distinctive files added: no title, tooltip,
    status tip, "what's this", accessible name or description names a file or folder. Only
    while the person has chosen "Show pictures" do the tiles (and what a screen reader reads
    for them) carry the names, as the visible labels do."""

    def wait(predicate: Callable[[], bool]) -> None:
        qtbot.waitUntil(predicate, timeout=WAIT_MS)

    ex = make_exiting(intake_server.url)
    window = ex.window
    names = secret_media.markers()
    to_add_screen(window)
    flow.add_files(window, secret_media.album, NAMES, wait)
    window.add.grid.setCurrentIndex(window.model.index(0, 0))
    seen: list[str] = []

    def check_everything() -> None:
        for top in QApplication.topLevelWidgets():
            assert top.windowTitle() in ("", APP_NAME)
            for widget in [top, *top.findChildren(QWidget)]:
                seen.extend(named(texts_of(widget), names))
        seen.extend(named(model_texts(window), names))

    for step in Step:
        if step in (Step.REVIEW, Step.SENDING, Step.DONE, Step.SAVED):
            continue  # reached by the flow below, with their data
        window.go(step)
        check_everything()
    window.go(Step.ADD)
    flow.review(window)
    check_everything()
    flow.send(window, wait)
    check_everything()
    assert seen == []

    # After "Show pictures": names in the labels and the text read for each tile only.
    window.go(Step.ADD)
    flow.add_files(window, secret_media.album, [NAMES[0]], wait)
    window.model.set_revealed(True)
    revealed = named(model_texts(window), names)
    assert revealed
    assert all(" display: " in where or " accessibleText: " in where for where in revealed)
    flow.quick_exit(window, "button")


def test_clipboard_is_cleared_on_exit_only_if_still_ours(
    make_exiting: Callable[[str], Exiting],
) -> None:
    clipboard = QGuiApplication.clipboard()
    ex = make_exiting("http://127.0.0.1:9")
    ex.window.copy_receipt("Report number 4NBS-4H7X-8SZX2")
    mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert mime is not None
    # Marked secret, so clipboard managers that honour the hints keep no copy.
    assert all(mime.hasFormat(kind) for kind in SECRET_HINTS)
    flow.quick_exit(ex.window, "escape2")
    assert clipboard.text() == ""

    other = make_exiting("http://127.0.0.1:9")
    other.window.copy_receipt("Report number 4NBS-4H7X-8SZX2")
    clipboard.setText("something the person copied later")
    flow.quick_exit(other.window, "shift3")
    assert clipboard.text() == "something the person copied later"
    clipboard.clear()
