"""Fixtures for the GUI tests: small real media made on the fly, and a real window.

Media are generated small (640x480 JPEGs, a 2-second 160x120 video) so the whole GUI suite
stays quick on two cores; the reference intake service runs for real on loopback.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import pytest
import shiboken6
from PIL import Image
from pytestqt.qtbot import QtBot

from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import PreparedReport
from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.window import MainWindow

#: Long enough for two cores shared by several test workers, far below any real hang.
WAIT_MS = 60_000


def picture(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A detailed, deterministic picture (blobs, stripes, sharp blocks): a strong PDQ hash."""
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    rgb = np.zeros((height, width, 3), np.float32)
    for channel in range(3):
        for _ in range(6):
            cx, cy = rng.uniform(0, width), rng.uniform(0, height)
            radius = rng.uniform(40, 200)
            rgb[..., channel] += 120 * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / radius**2)
        rgb[..., channel] += 40 * np.sin(x / rng.uniform(5, 30) + channel) * math.cos(seed)
    # Sharp-edged blocks: fine detail that a blur must wipe out.
    blocks = rng.integers(0, 70, (height // 16 + 1, width // 16 + 1), dtype=np.int16)
    rgb += np.kron(blocks, np.ones((16, 16)))[:height, :width, None]
    return Image.fromarray(np.clip(rgb + 20, 0, 255).astype(np.uint8), "RGB")


@dataclass
class Media:
    """Files for a test: photos, a folder of photos, a video, a damaged and an empty file."""

    root: Path
    photos: list[Path]
    folder: Path
    folder_photos: list[Path]
    video: Path
    broken: Path
    empty: Path
    flat: Path
    copy_of_first: Path


def write_video(path: Path, frames: int = 20, size: tuple[int, int] = (160, 120)) -> Path:
    """An MPEG-4 Part 2 clip at 10 frame/s, written by PyAV (the app's own decoder library)."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        for index in range(frames):
            image = picture(100 + index // 5, size)
            container.mux(stream.encode(av.VideoFrame.from_image(image)))
        container.mux(stream.encode(None))
    return path


@pytest.fixture
def media(tmp_path: Path) -> Media:
    root = tmp_path / "media"
    root.mkdir()
    photos = []
    for seed in range(2):
        path = root / f"photo-{seed}.jpg"
        picture(seed).save(path, quality=90)
        photos.append(path)
    folder = root / "holiday"
    (folder / "inner").mkdir(parents=True)
    folder_photos = []
    for seed, name in ((10, "a.jpg"), (11, "inner/b.png")):
        path = folder / name
        picture(seed).save(path)
        folder_photos.append(path)
    broken = root / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a picture " * 20)
    empty = root / "empty.jpg"
    empty.write_bytes(b"")
    flat = root / "flat.png"
    Image.new("RGB", (320, 240), (128, 128, 128)).save(flat)
    copy_of_first = root / "copy-of-photo-0.jpg"
    copy_of_first.write_bytes(photos[0].read_bytes())
    video = write_video(root / "clip.mp4")
    return Media(root, photos, folder, folder_photos, video, broken, empty, flat, copy_of_first)


@dataclass
class Sent:
    """What the client sent (the exact bytes) and what came back."""

    bodies: list[bytes]
    receipts: list[Receipt]


@pytest.fixture
def sent() -> Sent:
    return Sent([], [])


@pytest.fixture
def make_window(qtbot: QtBot, sent: Sent) -> Iterator[Callable[..., MainWindow]]:
    """``make_window(endpoint, retries=0)``: a shown window whose quick exit does not quit."""
    windows: list[weakref.ref[MainWindow]] = []

    def make(endpoint: str, retries: int = 0) -> MainWindow:
        class RecordingClient(IntakeClient):
            def submit(self, prepared: PreparedReport) -> Receipt:
                sent.bodies.append(prepared.body_bytes())
                receipt = super().submit(prepared)
                sent.receipts.append(receipt)
                return receipt

        def factory(url: str) -> IntakeClient:
            return RecordingClient(url, retries=retries, timeout=(2.0, 10.0))

        quick_exit = QuickExit()
        quick_exit.set_quit(lambda: None)
        window = MainWindow(endpoint, quick_exit, client_factory=factory)
        window.resize(800, 600)
        window.show()
        windows.append(weakref.ref(window))
        return window

    yield make
    for reference in windows:
        window = reference()
        # A quick exit deletes the window itself (after waiting for its workers), and the
        # privacy tests check that nothing keeps it alive: hold it weakly, skip it if gone.
        if window is None or not shiboken6.isValid(window):
            continue
        window.wipe()
        window.controller.wait(WAIT_MS)
        window.session.calls.pool.waitForDone(WAIT_MS)
        window.close()
        window.deleteLater()


def wait_hashed(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: len(window.model) > 0 and not window.controller.is_busy(), timeout=WAIT_MS
    )


def wait_step(qtbot: QtBot, window: MainWindow, step: Step) -> None:
    qtbot.waitUntil(lambda: window.flow.step is step, timeout=WAIT_MS)
