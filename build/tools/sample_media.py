"""Short clips in every video codec the app accepts, and AVIF/HEIC stills, for bundle checks.

Made on the spot with FFmpeg's moving test picture (nothing personal, nothing stored in the
repository), so ``make package-test`` can show that the frozen app decodes each of them the
way the source tree does, and walk its screens with real videos.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: FFmpeg's moving test picture: 3 s at 10 frames a second, 320x240.
TEST_PATTERN = "testsrc2=size=320x240:rate=10:duration=3"

#: (file name, FFmpeg output options): H.264, HEVC, VP8, VP9, AV1, MPEG-4 and an AVIF still.
CLIPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("h264.mov", ("-c:v", "libx264")),
    ("hevc.mp4", ("-c:v", "libx265", "-tag:v", "hvc1", "-x265-params", "log-level=error")),
    ("vp8.webm", ("-c:v", "libvpx", "-b:v", "300k")),
    ("vp9.webm", ("-c:v", "libvpx-vp9", "-b:v", "300k")),
    ("av1.mkv", ("-c:v", "libaom-av1", "-cpu-used", "8", "-b:v", "200k")),
    ("mpeg4.avi", ("-c:v", "mpeg4")),
    ("still.avif", ("-frames:v", "1", "-c:v", "libaom-av1", "-still-picture", "1")),
)

#: The self-test's HEIC photo (Meta's ThreatExchange test image), copied beside the clips.
HEIC = ROOT / "takeitdown_desktop" / "resources" / "selftest" / "wee.heic"


@contextmanager
def sample_media() -> Iterator[Path]:
    """A temporary folder holding every clip of ``CLIPS`` and the HEIC photo.

    Raises ``FileNotFoundError`` when FFmpeg is not installed (Debian: ffmpeg).
    """
    if shutil.which("ffmpeg") is None:
        raise FileNotFoundError("ffmpeg is missing (Debian: ffmpeg): cannot make sample clips")
    with tempfile.TemporaryDirectory(prefix="takeitdown-media-") as scratch:
        folder = Path(scratch)
        for name, options in CLIPS:
            subprocess.run(
                ["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", TEST_PATTERN, *options, name],
                cwd=folder,
                check=True,
            )
        shutil.copyfile(HEIC, folder / HEIC.name)
        yield folder
