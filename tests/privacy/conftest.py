"""Media with names that must never leak, and a window whose quick exit is really installed.

The names are distinctive on purpose: the tests search for them (and the folder, the full
paths, the digests and the thumbnail pixels) in every byte the app writes or shows.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pillow_heif
import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.window import MainWindow
from tests.ui.conftest import WAIT_MS, picture, write_video

ALBUM = "ZQ-private-album-5519"
HEIC = "zq-beach-selfie-7731.heic"
PNG = "zq-mirror-shot-4402.png"
JPEG = "zq-bedroom-photo-9264.jpg"
VIDEO = "zq-shower-clip-1187.mp4"
NAMES = (HEIC, PNG, JPEG, VIDEO)
#: Nothing listens here (the discard port): sending fails at once, which keeps the app on the
#: sending screen with its report in memory.
DEAD_ENDPOINT = "http://127.0.0.1:9"


def make_secret_media(parent: Path) -> Path:
    """The four files in ``parent/ALBUM``: a HEIC, a PNG, a JPEG and a 2-second video."""
    album = parent / ALBUM
    album.mkdir(parents=True)
    pillow_heif.from_pillow(picture(21, (320, 240))).save(album / HEIC, quality=80)
    picture(22, (320, 240)).save(album / PNG)
    picture(23, (320, 240)).save(album / JPEG, quality=90)
    write_video(album / VIDEO, frames=12)
    return album


@dataclass
class SecretMedia:
    album: Path

    @property
    def paths(self) -> list[Path]:
        return [self.album / name for name in NAMES]

    def markers(self) -> list[str]:
        """Every text that would give the files away: names, stems, the folder, the paths."""
        texts = {ALBUM, str(self.album)}
        for path in self.paths:
            texts.update((path.name, path.stem, str(path)))
        return sorted(texts)


@pytest.fixture(scope="session")
def secret_media(tmp_path_factory: pytest.TempPathFactory) -> SecretMedia:
    return SecretMedia(make_secret_media(tmp_path_factory.mktemp("secret")))


@dataclass
class Exiting:
    """A window with the app-wide quick exit installed; ``quits`` counts the quits.

    The fixture holds the window weakly: a test drops its ``Exiting`` to check that nothing
    else keeps the window (and what it held) alive after a quick exit.
    """

    window: MainWindow
    quick_exit: QuickExit
    quits: list[int]


@pytest.fixture
def make_exiting(qtbot: QtBot) -> Iterator[Callable[[str], Exiting]]:
    """``make_exiting(endpoint)``: a shown window whose quick exit is real except that it
    does not end the test process (``quit`` is counted instead)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made: list[QuickExit] = []
    windows: list[weakref.ref[MainWindow]] = []

    def make(endpoint: str) -> Exiting:
        quick_exit = QuickExit()
        quits: list[int] = []
        quick_exit.set_quit(lambda: quits.append(1))
        quick_exit.install(app)
        made.append(quick_exit)

        def client(url: str) -> IntakeClient:
            return IntakeClient(url, retries=0, timeout=(2.0, 10.0))

        window = MainWindow(endpoint, quick_exit, client_factory=client)
        window.resize(800, 600)
        window.show()
        qtbot.waitExposed(window)
        windows.append(weakref.ref(window))
        return Exiting(window, quick_exit, quits)

    yield make
    for quick_exit in made:
        quick_exit.uninstall(app)
    # Only a test that failed before its quick exit leaves a window to tidy up.
    for reference in windows:
        window = reference()
        if window is not None and shiboken6.isValid(window):
            window.wipe()
            window.controller.wait(WAIT_MS)
            window.session.calls.pool.waitForDone(WAIT_MS)
            window.close()
            window.deleteLater()
