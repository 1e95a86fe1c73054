"""Video variant fingerprints: mirrored and 9:16 re-uploads of a real clip are found under
pytx's vPDQ rule, an unrelated clip is not, and how many are sent hides the video's shape.

The clips are made here with PyAV (a slow pan across one of Meta's test photos,
tests/data/threatexchange, BSD), re-uploaded as a platform would receive them, and every
fingerprint comes from the real ``hash_file``. Recall over many clips and alterations is
measured by ``python -m bench recall_video``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing import pdq, video_variants
from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.options import VIDEO_SHAPES_PER_MINUTE, HashOptions
from takeitdown_desktop.hashing.results import FileResult
from takeitdown_desktop.hashing.video import hash_video

IMAGES = Path(__file__).resolve().parents[1] / "data/threatexchange/images"
MATCH = 31
SECONDS = 8
RATE = 10

Picture = NDArray[np.uint8]


def _pan(photo: Path, width: int, height: int) -> list[Picture]:
    """``SECONDS`` of a slow pan to the right across ``photo``, cut to ``width:height``."""
    with Image.open(photo) as image:
        rgb = image.convert("RGB")
    scale = max(1.25 * width / rgb.width, height / rgb.height)
    rgb = rgb.resize((round(rgb.width * scale), round(rgb.height * scale)), Image.Resampling.BOX)
    pixels = np.asarray(rgb)
    free = pixels.shape[1] - width
    top = (pixels.shape[0] - height) // 2
    count = SECONDS * RATE
    return [
        pixels[top : top + height, round(free * i / count) :][:, :width].copy()
        for i in range(count)
    ]


def _write(path: Path, frames: list[Picture]) -> Path:
    with av.open(str(path), "w") as output:
        stream = output.add_stream("libx264", rate=RATE, options={"preset": "veryfast"})
        stream.height, stream.width = frames[0].shape[:2]
        stream.pix_fmt = "yuv420p"
        for picture in frames:
            output.mux(stream.encode(av.VideoFrame.from_ndarray(picture, format="rgb24")))
        output.mux(stream.encode())
    return path


def _resized(picture: Picture, width: int, height: int) -> Picture:
    return np.asarray(Image.fromarray(picture).resize((width, height), Image.Resampling.BILINEAR))


def _mirrored(picture: Picture) -> Picture:
    return _resized(np.ascontiguousarray(picture[:, ::-1]), 480, 270)


def _fill_9_16(picture: Picture) -> Picture:
    height, width = picture.shape[:2]
    keep = round(height * 9 / 16)
    left = (width - keep) // 2
    return _resized(picture[:, left : left + keep], 360, 640)


def _upload(path: Path) -> list[str]:
    """The frames a platform matches: pytx hashes one a second, keeps the distinct ones of
    quality 50 or more."""
    frames = hash_video(path, HashOptions(), collapse_distance=None).frames
    return list(dict.fromkeys(f.hash for f in frames if f.quality >= 50))


def _found_share(upload: list[str], listed: list[str]) -> float:
    """pytx's rule: the share of the upload's frames within 31 bits of a listed frame."""
    words = pdq.hashes_to_words(listed)
    near = [
        int(np.bitwise_count(words ^ word).sum(axis=1).min()) <= MATCH
        for word in pdq.hashes_to_words(upload)
    ]
    return sum(near) / len(near)


def _listed(result: FileResult, *, variants: bool = True) -> list[str]:
    frames = [f.hash for f in result.vpdq if f.quality >= 50]
    return frames + ([v.hash for v in result.vpdq_variants] if variants else [])


def _reupload(
    tmp_path: Path, original: list[Picture], alter: Callable[[Picture], Picture], name: str
) -> list[str]:
    return _upload(_write(tmp_path / name, [alter(picture) for picture in original]))


def test_mirrored_and_9_16_copies_are_found_by_the_vpdq_rule(tmp_path: Path) -> None:
    original = _pan(IMAGES / "bridge-mods/aaa-orig.jpg", 640, 360)
    report = hash_file(_write(tmp_path / "clip.mp4", original))
    assert report.ok
    assert report.vpdq_variants
    for alter, name in ((_mirrored, "mirrored.mp4"), (_fill_9_16, "story.mp4")):
        upload = _reupload(tmp_path, original, alter, name)
        assert len(upload) >= SECONDS - 1
        # Found (80% of the upload's frames, pytx's default) with the variants...
        assert _found_share(upload, _listed(report)) >= 0.8, name
        # ...and not by the frames alone: the variants are what finds it.
        assert _found_share(upload, _listed(report, variants=False)) < 0.8, name

    other = _pan(IMAGES / "labelme-subset/q0746.jpg", 640, 360)
    unrelated = _reupload(tmp_path, other, lambda picture: picture, "other.mp4")
    assert _found_share(unrelated, _listed(report)) < 0.2


def test_variants_are_strong_distinct_and_sorted(tmp_path: Path) -> None:
    result = hash_file(
        _write(tmp_path / "clip.mp4", _pan(IMAGES / "misc/pen-and-coaster.png", 640, 360))
    )
    hashes = [v.hash for v in result.vpdq_variants]
    assert hashes == sorted(hashes)
    assert all(v.quality >= 50 for v in result.vpdq_variants)
    assert len(set(hashes)) == len(hashes)
    assert not set(hashes) & {f.hash for f in result.vpdq}


def test_how_many_are_sent_does_not_depend_on_size_or_aspect(tmp_path: Path) -> None:
    photo = IMAGES / "bridge-mods/aaa-orig.jpg"
    counts = {}
    for width, height in ((640, 360), (360, 640), (480, 480), (960, 540), (320, 400)):
        clip = _write(tmp_path / f"{width}x{height}.mp4", _pan(photo, width, height))
        result = hash_file(clip)
        counts[(width, height)] = len(result.vpdq_variants) - len(result.vpdq)
    # The shapes fill the same per-minute budget for every shape of video (the mirrored
    # frames are one per frame sent, which is not a matter of shape either).
    budget = -(-VIDEO_SHAPES_PER_MINUTE * SECONDS // 60)
    assert set(counts.values()) == {budget}, counts


def test_every_shape_list_is_as_long() -> None:
    lengths = {
        len(video_variants.frame_shapes(aspect))
        for aspect in (16 / 9, 9 / 16, 1.0, 4 / 3, 3 / 4, 2.0, 0.5, 21 / 9)
    }
    assert lengths == {video_variants.SHAPES_PER_FRAME}
