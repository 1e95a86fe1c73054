"""When the service can't be reached: save the fingerprints, open them later, send them.
Also: the tour writes one picture per screen, and every control has an accessible name."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from takeitdown_desktop.submission.client import MESSAGES
from takeitdown_desktop.submission.report import load_pending
from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.tour import tour
from takeitdown_desktop.ui.window import MainWindow
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import WAIT_MS, Media, Sent, wait_hashed, wait_step
from tests.ui.helpers import to_add_screen


def closed_port_url() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def choose_in_picker(qtbot: QtBot, window: MainWindow, folder: Path, name: str) -> None:
    picker = window.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    picker.open_folder(folder)
    if picker.name_edit.isVisibleTo(picker):
        picker.name_edit.setText(name)
    else:
        root = picker.view.rootIndex()
        qtbot.waitUntil(lambda: picker.fs_model.rowCount(root) > 0, timeout=WAIT_MS)
        picker.select([folder / name])
    picker.ok_button.click()


def test_offline_save_then_open_and_send(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
    sent: Sent,
    tmp_path: Path,
) -> None:
    window = make_window(closed_port_url())
    to_add_screen(window)
    window.controller.add_paths(media.photos)
    wait_hashed(qtbot, window)
    window.add.continue_button.click()
    shown = window.review.body_view.toPlainText()
    window.review.attest.click()
    window.review.send_button.click()
    qtbot.waitUntil(window.sending.save_button.isVisible, timeout=WAIT_MS)
    assert window.sending.message.text().startswith(MESSAGES["offline"][0])
    assert window.sending.retry_button.isVisible()

    saved = tmp_path / "chosen"
    saved.mkdir()
    window.sending.save_button.click()
    choose_in_picker(qtbot, window, saved, "fingerprints.json")
    wait_step(qtbot, window, Step.SAVED)
    document = json.loads((saved / "fingerprints.json").read_text())
    assert document["body"] == json.loads(shown)
    assert load_pending(saved / "fingerprints.json").body_json() == shown
    assert len(window.model) == 0

    # Later, online: open the file from the welcome screen and send it.
    window.saved.start_over_button.click()
    window.session.endpoint = intake_server.url
    window.welcome.open_button.click()
    choose_in_picker(qtbot, window, saved, "fingerprints.json")
    wait_step(qtbot, window, Step.REVIEW)
    assert window.review.body_view.toPlainText() == shown
    assert not window.review.send_button.isEnabled()
    window.review.attest.click()
    window.review.send_button.click()
    wait_step(qtbot, window, Step.DONE)
    assert sent.bodies[-1] == shown.encode("ascii")

    # Keep the receipt in a file, then open it on the check screen.
    window.done.save_button.click()
    choose_in_picker(qtbot, window, saved, "receipt.txt")
    qtbot.waitUntil(lambda: "Saved" in window.done.copied_note.text(), timeout=WAIT_MS)
    receipt = sent.receipts[-1]
    assert receipt.report_id_text in (saved / "receipt.txt").read_text()
    window.done.start_over_button.click()
    window.welcome.check_button.click()
    window.check.open_button.click()
    choose_in_picker(qtbot, window, saved, "receipt.txt")
    qtbot.waitUntil(lambda: window.check.status is not None, timeout=WAIT_MS)
    assert window.check.report_edit.text() == receipt.report_id_text


def test_a_bad_fingerprint_file_is_explained(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.json").write_text("{}")
    window = make_window(intake_server.url)
    window.welcome.open_button.click()
    choose_in_picker(qtbot, window, tmp_path, "notes.json")
    qtbot.waitUntil(lambda: "isn't a Take It Down file" in window.welcome.problem.text())
    assert window.flow.step is Step.WELCOME


def visible_controls(root: QWidget) -> list[QWidget]:
    controls: list[QWidget] = []
    for kind in (QAbstractButton, QLineEdit):
        controls += [w for w in root.findChildren(kind) if w.isVisibleTo(root)]
    return controls


def test_every_control_has_an_accessible_name(
    make_window: Callable[..., MainWindow], intake_server: IntakeServer
) -> None:
    window = make_window(intake_server.url)
    for step in Step:
        window.flow.step = step
        window.show_step()
        QApplication.processEvents()
        nameless = [
            type(widget).__name__
            for widget in visible_controls(window)
            if not widget.accessibleName()
        ]
        assert nameless == [], step


def test_tour_writes_one_picture_per_screen(
    qtbot: QtBot, intake_server: IntakeServer, media: Media, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    written = tour(
        app, tmp_path / "tour", [media.photos[0], media.video], endpoint=intake_server.url
    )
    names = [path.name for path in written]
    assert len(names) == len(set(names)) >= 15
    assert all(path.stat().st_size > 1000 for path in written)
    assert sorted(path.name for path in (tmp_path / "tour").iterdir()) == sorted(names)


def test_the_tour_command_sends_to_the_service_it_is_given(
    qtbot: QtBot, intake_server: IntakeServer, media: Media, tmp_path: Path
) -> None:
    """``--tour --endpoint URL``: how ``make package-test`` walks the frozen app, which has
    no embedded service. The report the tour sends (then withdraws) reaches that service."""
    from takeitdown_desktop.cli import main  # noqa: PLC0415

    before = intake_server.written_bytes()
    photo = media.photos[0]
    code = main(["--tour", str(tmp_path / "tour"), "--endpoint", intake_server.url, str(photo)])
    assert code == 0
    assert len(list((tmp_path / "tour").glob("*.png"))) == 18
    after = intake_server.written_bytes()
    assert after != before
    # It arrived and was withdrawn: the report's row says so, and its digests are in no file.
    with intake_server.store.engine.connect() as connection:
        states = connection.exec_driver_sql("SELECT state FROM reports").scalars().all()
    assert states == ["withdrawn"]
    assert hashlib.sha256(photo.read_bytes()).hexdigest().encode() not in after
