"""The platform side, tested as a platform runs it: the real ``threatexchange`` CLI (a
subprocess, its own state folder) fetching from the real intake service on loopback.

``tx_cli``: a ``TxCli`` with a fresh pytx state folder and HOME. ``report_of(server, paths)``
fingerprints files with the real desktop hasher and sends them with the real client.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import Role, prepare_report
from tests.plugins.intake_server import IntakeServer

THREATEXCHANGE = Path(sys.executable).with_name("threatexchange")
COLLAB = "take-it-down"


@dataclass
class TxCli:
    """Runs ``threatexchange`` with its state in ``state_dir`` and the platform token set."""

    state_dir: Path
    home: Path
    token: str = ""

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "HOME": str(self.home),
            "TX_STATEDIR": str(self.state_dir),
            "TX_TAKEITDOWN_TOKEN": self.token,
        }
        done = subprocess.run(
            [str(THREATEXCHANGE), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"threatexchange {' '.join(args)} exited {done.returncode}:\n"
                f"{done.stdout}\n{done.stderr}"
            )
        return done

    def connect(self, url: str, *options: str, vpdq: bool = True) -> None:
        """The set-up docs/PLATFORMS.md gives, step by step."""
        self.run("config", "extensions", "add", "takeitdown_platform")
        if vpdq:
            self.run("config", "extensions", "add", "threatexchange.extensions.vpdq.manifest")
        self.run("config", "collab", "edit", "takeitdown", COLLAB, "--create", "--url", url,
                 *options)  # fmt: skip

    def matches(self, content: str, path: Path, *options: str) -> list[str]:
        """The match lines ``threatexchange match`` prints (one per signal type that hit)."""
        out = self.run("match", *options, content, str(path)).stdout
        return [line for line in out.splitlines() if line.strip()]


@pytest.fixture
def tx_cli(tmp_path: Path) -> TxCli:
    home = tmp_path / "home"
    home.mkdir()
    return TxCli(tmp_path / "threatexchange-state", home)


def report_of(
    server: IntakeServer | str, paths: Sequence[Path], *, variants: bool = True
) -> Receipt:
    """Fingerprint ``paths`` with the app's real hasher and send them with its real client
    to ``server`` (or a service's URL); ``variants=False``: without the videos' variant
    fingerprints, as reports were before."""
    results = [hash_file(path) for path in paths]
    if not variants:
        results = [replace(result, vpdq_variants=()) for result in results]
    assert all(result.ok for result in results), results
    prepared = prepare_report(results, Role.SELF, attested_under_18=True)
    return IntakeClient(server if isinstance(server, str) else server.url).submit(prepared)


def letterboxed(source: Path, target: Path, colour: tuple[int, int, int] = (0, 0, 0)) -> Path:
    """The photo centred on a 9:16 canvas of ``colour``, as a story or a video app frames it."""
    with Image.open(source) as image:
        photo = image.convert("RGB")
    width = photo.width
    height = max(photo.height + 2, width * 16 // 9)
    canvas = Image.new("RGB", (width, height), colour)
    canvas.paste(photo, (0, (height - photo.height) // 2))
    canvas.save(target, quality=92)
    return target


def reencoded_video(source: Path, target: Path, scale: float = 0.5) -> Path:
    """The clip decoded and encoded again, smaller (a re-upload), with PyAV."""
    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream_in = inp.streams.video[0]
        rate = round(stream_in.average_rate or 25)
        stream = out.add_stream("mpeg4", rate=rate)
        stream.width = max(16, int(stream_in.codec_context.width * scale) // 2 * 2)
        stream.height = max(16, int(stream_in.codec_context.height * scale) // 2 * 2)
        stream.pix_fmt = "yuv420p"
        for number, frame in enumerate(inp.decode(stream_in)):
            resized = frame.reformat(width=stream.width, height=stream.height, format="yuv420p")
            resized.pts = number
            resized.time_base = Fraction(1, rate)
            for packet in stream.encode(resized):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return target


def altered_video(
    source: Path, target: Path, alter: Callable[[NDArray[np.uint8]], NDArray[np.uint8]]
) -> Path:
    """The clip with each frame's RGB picture altered by ``alter`` (a mirror, a 9:16 cut),
    encoded again with libx264, as an app re-uploads it."""
    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream_in = inp.streams.video[0]
        stream = out.add_stream("libx264", rate=round(stream_in.average_rate or 25))
        stream.pix_fmt = "yuv420p"
        for number, frame in enumerate(inp.decode(stream_in)):
            picture = np.ascontiguousarray(alter(frame.to_ndarray(format="rgb24")))
            if number == 0:
                stream.height, stream.width = (side // 2 * 2 for side in picture.shape[:2])
            picture = np.ascontiguousarray(picture[: stream.height, : stream.width])
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return target
