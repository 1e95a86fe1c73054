"""Texts the app puts together or shows outside the main window, in each language: the add
screen's line "name: status. reason" with the language's own punctuation, and the window a
packaged app without an intake address shows instead of the app."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from takeitdown_desktop import APP_NAME, cli
from takeitdown_desktop.hashing.errors import MESSAGES, ErrorCode
from takeitdown_desktop.ui import i18n
from takeitdown_desktop.ui.items import Status
from takeitdown_desktop.ui.window import MainWindow
from tests.i18n.catalogue import LANGUAGES, RIGHT_TO_LEFT_CODES, read_ts, ts_path

UseTranslations = Callable[[Path], i18n.Translations]
NewWindow = Callable[[], MainWindow]

NO_SERVICE = (
    "This copy of Take It Down doesn't know where to send reports, so it can't be used. "
    "It's not your fault. Nothing was sent. Please get the app again from the people or "
    "the place that gave it to you. When you close this message, the app closes too."
)


def translated(code: str) -> Callable[[str, str], str]:
    """``text(context, source)``: the translation in ``code``'s ``.ts`` file (English: itself)."""
    if code == i18n.SOURCE_LANGUAGE:
        return lambda context, source: source
    table = {(m.context, m.source): m.forms[0] for m in read_ts(ts_path(code))}
    return lambda context, source: table[(context, source)]


WITH_ENGLISH = [pytest.param(i18n.SOURCE_LANGUAGE, id="lang_en"), *LANGUAGES]


@pytest.mark.parametrize("code", WITH_ENGLISH)
def test_reason_follows_the_status_with_the_languages_full_stop(
    code: str,
    tmp_path: Path,
    qtbot: QtBot,
    compiled: Path,
    use_translations: UseTranslations,
    new_window: NewWindow,
) -> None:
    assert use_translations(compiled).set_language(code)
    window = new_window()
    empty = tmp_path / "empty.jpg"
    empty.touch()
    window.controller.add_paths([empty])
    qtbot.waitUntil(lambda: len(window.model) == 1 and not window.controller.is_busy())
    [item] = list(window.model)
    assert item.status is Status.FAILED
    window.add.grid.setCurrentIndex(window.model.index_of(item.id))

    text = translated(code)
    name_status = (
        text("ItemModel", "%1: %2")
        .replace("%1", text("ItemModel", "File %1").replace("%1", "1"))
        .replace("%2", text("ItemModel", "Couldn't read this file"))
    )
    expected = (
        text("ItemModel", "%1. %2")
        .replace("%1", name_status)
        .replace("%2", text("Messages", MESSAGES[ErrorCode.EMPTY]))
    )
    assert window.add.detail.text() == expected
    # Chinese and Japanese end a sentence with 。, Hindi and Bengali with the danda, Urdu with
    # its own full stop; Thai writes no full stop at all, only a space between sentences.
    full_stop = {
        "zh_CN": "。",
        "zh_TW": "。",
        "ja": "。",
        "hi": "।",
        "bn": "।",
        "ur": "۔",
        "th": " ",
    }.get(code, ".")
    assert text("ItemModel", "Couldn't read this file") + full_stop in expected


@pytest.mark.parametrize("code", WITH_ENGLISH)
def test_packaged_app_without_an_address_says_so_kindly_in_the_language(
    code: str,
    qapp: QApplication,
    compiled: Path,
    use_translations: UseTranslations,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    use_translations(compiled)
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as inside a PyInstaller bundle
    seen: list[tuple[str, str, Qt.LayoutDirection]] = []

    def read_and_close() -> None:
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, read_and_close)
            return
        [box] = boxes
        seen.append((box.windowTitle(), box.text(), box.layoutDirection()))
        box.accept()

    QTimer.singleShot(0, read_and_close)
    code_returned = cli.main(["--language", code])

    assert code_returned == cli.EXIT_USAGE
    direction = (
        Qt.LayoutDirection.RightToLeft
        if code in RIGHT_TO_LEFT_CODES
        else Qt.LayoutDirection.LeftToRight
    )
    message = translated(code)("NoService", NO_SERVICE)
    assert (message == NO_SERVICE) == (code == i18n.SOURCE_LANGUAGE)
    assert seen == [(APP_NAME, message, direction)]
    # The technical hint is for whoever built or started the app, never in the window.
    captured = capsys.readouterr()
    assert "--endpoint URL" in captured.err
    assert "--endpoint" not in message
