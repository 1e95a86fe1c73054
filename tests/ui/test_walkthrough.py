"""The whole flow with real widgets, real files and the real intake service on loopback."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from takeitdown_desktop.hashing.errors import MESSAGES, ErrorCode
from takeitdown_desktop.ui.flow import AgeAnswer, Step
from takeitdown_desktop.ui.items import Status
from takeitdown_desktop.ui.window import MainWindow
from takeitdown_intake.bodies import canonical_sha256
from takeitdown_intake.tables import reports
from takeitdown_protocol import Role
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import Media, Sent, wait_hashed, wait_step
from tests.ui.helpers import drop, file_mime


def answer(window: MainWindow, age: AgeAnswer, who: Role | None) -> None:
    window.questions.age_buttons[age].click()
    if who is not None:
        window.questions.who_buttons[who].click()


def test_whole_flow_from_drop_to_withdraw(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
    sent: Sent,
) -> None:
    window = make_window(intake_server.url)
    assert window.windowTitle() == "Take It Down"
    assert window.flow.step is Step.WELCOME

    window.welcome.start_button.click()
    assert window.flow.step is Step.QUESTIONS
    assert not window.questions.continue_button.isEnabled()
    answer(window, AgeAnswer.UNDER_18, Role.TRUSTED_ADULT)
    window.questions.continue_button.click()
    assert window.flow.step is Step.ADD

    # Drop files, a folder (with a sub-folder), a damaged and an empty file, and a web link
    # (ignored: only local files are accepted).
    mime = file_mime(
        [*media.photos, media.folder, media.video, media.broken, media.empty],
        extra_urls=("https://example.com/picture.jpg",),
    )
    assert drop(window.add.drop_zone, mime)
    wait_hashed(qtbot, window)

    items = list(window.model)
    assert len(items) == 7  # 2 photos + 2 in the folder + video + damaged + empty
    by_path = {item.path: item for item in items}
    empty, damaged = by_path[media.empty], by_path[media.broken]
    assert empty.status is Status.FAILED
    assert empty.message == MESSAGES[ErrorCode.EMPTY]
    # A damaged picture keeps its file fingerprint, which is still sent.
    assert damaged.status is Status.PARTIAL
    assert damaged.message == MESSAGES[ErrorCode.CORRUPT_IMAGE]
    photos = [by_path[path] for path in (*media.photos, *media.folder_photos)]
    assert all(item.status is Status.READY for item in photos), [i.status for i in photos]
    # A tiny test video may give weak frame fingerprints; either way it is sent.
    assert by_path[media.video].status in (Status.READY, Status.WEAK)
    video_result = by_path[media.video].result
    assert video_result is not None
    assert video_result.vpdq
    # The failing file's reason is shown, never its name.
    window.add.grid.setCurrentIndex(window.model.index_of(empty.id))
    assert empty.message in window.add.detail.text()
    assert media.empty.name not in window.add.detail.text()
    # The tooltip has the whole status and the reason (a tile may cut a long status short).
    tooltip = window.model.index_of(empty.id).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == window.model.describe(empty, empty.message, neutral=True)
    assert "Couldn't read this file" in tooltip
    assert empty.message in tooltip
    assert media.empty.name not in tooltip
    assert window.add.continue_button.isEnabled()

    window.add.continue_button.click()
    assert window.flow.step is Step.REVIEW
    shown = window.review.body_view.toPlainText()
    assert window.session.prepared is not None
    assert shown == window.session.prepared.body_json()
    body = json.loads(shown)
    assert body["role"] == "trusted_adult"
    assert len(body["items"]) == 6
    assert "Photos: 5." in window.review.summary.text()
    assert "Videos: 1." in window.review.summary.text()
    for path in media.photos:
        assert path.name not in shown
        assert str(path.parent) not in shown

    assert not window.review.send_button.isEnabled()
    window.review.attest.click()
    assert window.review.send_button.isEnabled()
    window.review.send_button.click()
    wait_step(qtbot, window, Step.DONE)

    # What the client sent is byte for byte what the review screen showed, and the server
    # stored exactly that body.
    assert sent.bodies == [shown.encode("ascii")]
    receipt = sent.receipts[0]
    assert window.done.report_value.text() == receipt.report_id_text
    assert window.done.key_value.text() == receipt.secret_key.as_text()
    with intake_server.service.engine.connect() as connection:
        stored = connection.execute(
            select(reports.c.body_sha256, reports.c["items"]).where(
                reports.c.id == receipt.report_id
            )
        ).one()
    assert stored.body_sha256 == canonical_sha256(body)
    assert stored[1] == 6
    # The pictures and fingerprints were dropped once the report was received.
    assert len(window.model) == 0
    assert window.session.prepared is None

    # Check the report from the welcome screen, then withdraw it.
    window.done.start_over_button.click()
    assert window.flow.step is Step.WELCOME
    window.welcome.check_button.click()
    window.check.report_edit.setText(receipt.report_id_text)
    window.check.key_edit.setText(receipt.secret_key.as_text())
    window.check.check_button.click()
    qtbot.waitUntil(lambda: window.check.status is not None, timeout=30_000)
    assert window.check.status is not None
    assert not window.check.status.withdrawn
    assert "active" in window.check.result.text()
    assert window.check.withdraw_button.isVisible()
    window.check.withdraw_button.click()
    assert window.check.withdraw_question.isVisible()
    window.check.withdraw_question.yes.click()
    qtbot.waitUntil(
        lambda: window.check.status is not None and window.check.status.withdrawn,
        timeout=30_000,
    )
    assert "withdrawn" in window.check.result.text()
    assert not window.check.withdraw_button.isVisible()


def test_adult_branch_sends_nothing(
    make_window: Callable[..., MainWindow], intake_server: IntakeServer, sent: Sent
) -> None:
    window = make_window(intake_server.url)
    window.welcome.start_button.click()
    answer(window, AgeAnswer.ADULT, None)
    assert not window.questions.who_box.isEnabled()
    window.questions.continue_button.click()
    assert window.flow.step is Step.ADULTS
    assert "StopNCII" in window.adults.resources.text()
    window.adults.start_over_button.click()
    assert window.flow.step is Step.WELCOME
    assert window.flow.age is None
    assert sent.bodies == []


def test_not_sure_branch_may_go_on(
    make_window: Callable[..., MainWindow], intake_server: IntakeServer
) -> None:
    window = make_window(intake_server.url)
    window.welcome.start_button.click()
    answer(window, AgeAnswer.NOT_SURE, None)
    assert window.questions.not_sure_note.isVisibleTo(window)
    assert not window.questions.continue_button.isEnabled()
    window.questions.who_buttons[Role.PROFESSIONAL].click()
    window.questions.continue_button.click()
    assert window.flow.step is Step.ADD
    window.back()
    assert window.flow.step is Step.QUESTIONS
    assert window.questions.who_buttons[Role.PROFESSIONAL].isChecked()


def test_self_role_and_attestation_text(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    intake_server: IntakeServer,
    media: Media,
) -> None:
    window = make_window(intake_server.url)
    window.welcome.start_button.click()
    answer(window, AgeAnswer.UNDER_18, Role.SELF)
    window.questions.continue_button.click()
    window.controller.add_paths([media.photos[0]])
    wait_hashed(qtbot, window)
    window.add.continue_button.click()
    assert json.loads(window.review.body_view.toPlainText())["role"] == "self"
    assert "show me" in window.review.tick.text.text()
    assert "show me" in window.review.attest.accessibleName()
