"""The two shortcuts that make vPDQ cheaper than decoding every frame change no result.

1. Frames that cannot be sampled may be dropped by the decoder (``video._Dropper``): with it
   on and off, ``hash_video`` gives the same frames, numbers, times, hashes and duration.
2. Sampled frames are hashed at full size (no reduction) with ``pdq_from_rgb_filtered``,
   which gives the hash of the exact ``pdq_from_luma`` on the whole frame; a frame reduced to
   512 pixels first does not (docs/HASHING-VIDEO.md has the figures that ruled it out).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from av.video.frame import VideoFrame
from av.video.reformatter import Colorspace, Interpolation
from numpy.typing import NDArray

from takeitdown_desktop.hashing import video
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.pdq import luma_from_rgb, pdq_from_luma
from takeitdown_desktop.hashing.video import VideoSignals, hash_video
from tests.hashing.test_video import _pattern


def _write(path: Path, count: int, codec: str, options: dict[str, str] | None = None) -> Path:
    """``count`` moving-pattern frames at 10 frame/s, with the codec's B-frames if it has them."""
    with av.open(str(path), "w") as output:
        stream = output.add_stream(codec, rate=Fraction(10), options=options or {})
        stream.height, stream.width = 64, 96
        stream.pix_fmt = "yuv420p"
        if codec == "mpeg4":
            stream.codec_context.max_b_frames = 2
        for index in range(count):
            frame = VideoFrame.from_ndarray(_pattern(index), format="rgb24")
            output.mux(stream.encode(frame))
        output.mux(stream.encode())
    return path


class _Counting:
    """Counts the frames that come out of the decoder (dropped ones do not)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.decoded = 0
        original = video._decoded_frames

        def counted(*args: object, **kwargs: object) -> Iterator[VideoFrame]:
            for frame in original(*args, **kwargs):  # type: ignore[arg-type]
                self.decoded += 1
                yield frame

        monkeypatch.setattr(video, "_decoded_frames", counted)


def _both_ways(
    path: Path, options: HashOptions, monkeypatch: pytest.MonkeyPatch
) -> tuple[VideoSignals, VideoSignals, int]:
    """``hash_video`` with dropping off and on, and how many frames the second decoded."""
    monkeypatch.setattr(video, "DROP_UNSAMPLED", False)
    every = hash_video(path, options, collapse_distance=None)
    monkeypatch.setattr(video, "DROP_UNSAMPLED", True)
    counter = _Counting(monkeypatch)
    dropping = hash_video(path, options, collapse_distance=None)
    return every, dropping, counter.decoded


CODECS = {
    "h264": ("clip.mp4", "libx264", {"x264-params": "bframes=3:b-adapt=0:b-pyramid=normal"}),
    "h264-mkv": ("clip.mkv", "libx264", {"x264-params": "bframes=2:b-adapt=0:b-pyramid=none"}),
    "mpeg4-b": ("clip.avi", "mpeg4", {}),
    "vp9": ("clip.webm", "libvpx-vp9", {}),
}


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("fps", [1.0, 0.3, 2.5, 7.0])
def test_dropping_unsampled_frames_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codec: str, fps: float
) -> None:
    name, encoder, options = CODECS[codec]
    path = _write(tmp_path / name, 60, encoder, options)
    every, dropping, _ = _both_ways(path, HashOptions(fps=fps), monkeypatch)
    assert dropping == every
    assert every.frames[0].frame == 0


@pytest.mark.parametrize("codec", ["h264", "mpeg4-b"])
def test_b_frames_are_actually_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codec: str
) -> None:
    name, encoder, options = CODECS[codec]
    path = _write(tmp_path / name, 60, encoder, options)
    _, _, decoded = _both_ways(path, HashOptions(fps=1.0), monkeypatch)
    assert decoded < 50  # of 60: at least the unsampled non-reference frames went


def test_every_frame_drops_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "clip.mp4", 30, "libx264", CODECS["h264"][2])
    every, dropping, decoded = _both_ways(path, HashOptions(fps=None), monkeypatch)
    assert dropping == every
    assert decoded == 30


def test_variable_frame_rate_with_b_frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten frames 0.1 s apart then ten 0.5 s apart, H.264 with B-frames, as a phone writes."""
    times = [100 * i for i in range(10)] + [1000 + 500 * i for i in range(10)]  # ms
    path = tmp_path / "vfr.mp4"
    with av.open(str(path), "w") as output:
        stream = output.add_stream("libx264", rate=10, options=CODECS["h264"][2])
        stream.height, stream.width, stream.pix_fmt = 64, 96, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 1000)
        for index, millisecond in enumerate(times):
            frame = VideoFrame.from_ndarray(_pattern(index), format="rgb24")
            frame.pts, frame.time_base = millisecond, Fraction(1, 1000)
            output.mux(stream.encode(frame))
        output.mux(stream.encode())
    every, dropping, decoded = _both_ways(path, HashOptions(fps=1.0), monkeypatch)
    assert dropping == every
    assert [f.frame for f in every.frames] == [0, 10, 12, 14, 16, 18]
    assert decoded < 20


# ---------------------------------------------------------------------------------------------
# Full size


def _large_frame() -> NDArray[np.uint8]:
    """1280x720: a picture with detail at every scale (gradients, stripes, blocks)."""
    ys, xs = np.mgrid[0:720, 0:1280]
    red = (xs * 255 // 1279).astype(np.uint8)
    green = ((np.sin(xs / 7.0) * np.cos(ys / 11.0) + 1) * 127).astype(np.uint8)
    blue = (((xs // 80 + ys // 60) % 2) * 200 + ys * 55 // 719).astype(np.uint8)
    return np.stack([red, green, blue], axis=2)


def test_large_frames_are_hashed_at_full_size(tmp_path: Path) -> None:
    path = tmp_path / "large.mp4"
    with av.open(str(path), "w") as output:
        stream = output.add_stream("libx264", rate=10, options={"crf": "18"})
        stream.width, stream.height, stream.pix_fmt = 1280, 720, "yuv420p"
        output.mux(stream.encode(VideoFrame.from_ndarray(_large_frame(), format="rgb24")))
        output.mux(stream.encode())
    signals = hash_video(path, HashOptions(fps=None), collapse_distance=None)
    with av.open(str(path)) as source:
        decoded = next(source.decode(video=0))
        flags = Interpolation.AREA | Interpolation.ACCURATE_RND
        convert = {
            "src_colorspace": Colorspace.ITU601,
            "dst_colorspace": Colorspace.ITU601,
            "interpolation": flags,
        }
        full = decoded.to_ndarray(format="rgb24", **convert)
        reduced = decoded.reformat(512, 288, "rgb24", **convert).to_ndarray()
    assert signals.frames[0].hash == pdq_from_luma(luma_from_rgb(full), dihedral=False).hash
    assert signals.frames[0].hash != pdq_from_luma(luma_from_rgb(reduced), dihedral=False).hash
