"""Fixtures for the language tests: compiled translations, a pseudo-language, a window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from takeitdown_desktop.ui import i18n
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.window import MainWindow
from tests.i18n.catalogue import compile_stale, lrelease, lupdate, write_pseudo

PSEUDO_CODES = ("es", "ar")  # one left-to-right and one right-to-left language


@pytest.fixture(scope="session")
def compiled() -> Path:
    """The real ``.qm`` files, compiled if a ``.ts`` changed (as ``make translations`` does)."""
    directory = i18n.translations_dir()
    compile_stale(directory)
    return directory


@pytest.fixture(scope="session")
def pseudo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``.qm`` files for es and ar made from the code's current texts as ``⟪es⟫ English``."""
    directory = tmp_path_factory.mktemp("pseudo")
    for code in PSEUDO_CODES:
        extracted = directory / f"{i18n.PREFIX}_{code}.ts"
        lupdate(extracted)
        write_pseudo(code, extracted, extracted)
        lrelease(extracted, directory / f"{i18n.PREFIX}_{code}.qm")
    return directory


@pytest.fixture
def use_translations(qapp: QApplication) -> Iterator[Callable[[Path], i18n.Translations]]:
    """``use_translations(directory)``: the app's translations now come from ``directory``.
    English is restored afterwards."""

    def use(directory: Path) -> i18n.Translations:
        i18n._current[:] = [i18n.Translations(qapp, directory)]
        return i18n.translations()

    yield use
    i18n.translations().set_language(i18n.SOURCE_LANGUAGE)
    i18n._current.clear()


@pytest.fixture
def new_window(qtbot: QtBot) -> Iterator[Callable[[], MainWindow]]:
    """``new_window()``: a shown 800×600 window on an unreachable endpoint, quick exit tamed."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        quick_exit = QuickExit()
        quick_exit.set_quit(lambda: None)
        window = MainWindow("http://127.0.0.1:9", quick_exit)
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.wipe()
        window.controller.wait(10_000)
