"""vPDQ unit and hostile-input tests on small clips made here with PyAV's own encoders.

PyAV's MP4 muxer puts ``moov`` after ``mdat``, so the variable frame rate clip and a phone-style
rotation are made by editing the MP4 boxes of a written clip (``_patch_mp4``): resizing boxes
inside ``moov`` never moves the sample data. Other rotations and flips are written with
PyAV's own display-matrix setter.
"""

from __future__ import annotations

import gc
import io
import itertools
import os
import struct
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import av.logging
import numpy as np
import pytest
from av.video.frame import VideoFrame
from av.video.reformatter import Colorspace, Interpolation
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.errors import Cancelled, ErrorCode, MediaError
from takeitdown_desktop.hashing.filecheck import check_file
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.pdq import hamming_distance, luma_from_rgb, pdq_from_luma
from takeitdown_desktop.hashing.results import MediaType
from takeitdown_desktop.hashing.video import COLLAPSE_DISTANCE, hash_video
from tests.hashing.helpers import as_ordinary_user, python_opens

EVERY_FRAME = HashOptions(fps=None)


def _pattern(index: int, width: int = 96, height: int = 64) -> NDArray[np.uint8]:
    """A frame that differs strongly from its neighbours: a bar moving across a gradient."""
    ys, xs = np.mgrid[0:height, 0:width]
    grey = ((xs * 255) // width).astype(np.uint8)
    frame = np.stack([grey, 255 - grey, (ys * 4).astype(np.uint8)], axis=2)
    left = (index * 17) % (width - 16)
    frame[:, left : left + 16] = (255, 255, 255) if index % 2 else (0, 0, 0)
    frame[(index * 11) % height :, :8] = (255, 0, 0)
    return frame


def _write(
    path: Path,
    frames: list[NDArray[np.uint8]],
    fps: float = 10.0,
    codec: str = "mpeg4",
    rotation: tuple[float, bool] | None = None,
) -> Path:
    """Encode RGB ``frames`` with PyAV; the container follows the file name's suffix.

    ``rotation`` = (degrees counter-clockwise, mirror left-right) is written as the stream's
    display matrix, as phones write it.
    """
    with av.open(str(path), "w") as output:
        stream = output.add_stream(codec, rate=Fraction(fps).limit_denominator(1000))
        stream.height, stream.width = frames[0].shape[:2]
        stream.pix_fmt = "yuvj420p" if codec == "mjpeg" else "yuv420p"
        if codec in {"mjpeg", "mpeg4"}:
            # A fixed quantiser: the same picture is coded the same way every time.
            stream.codec_context.qmin = stream.codec_context.qmax = 3
        if rotation is not None:
            stream.set_display_rotation(rotation[0], hflip=rotation[1])
        output.start_encoding()
        for frame in frames:
            output.mux(stream.encode(VideoFrame.from_ndarray(frame, format="rgb24")))
        output.mux(stream.encode())
    return path


def _clip(tmp_path: Path, name: str = "clip.mp4", count: int = 30, fps: float = 10.0) -> Path:
    return _write(tmp_path / name, [_pattern(i) for i in range(count)], fps)


_CONTAINER_BOXES = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}


def _patch_mp4(data: bytes, box: bytes, edit: Callable[[bytes], bytes | None]) -> bytes:
    """Replace the payload of every ``box`` inside ``moov`` with ``edit(payload)``.

    ``None`` removes the box.
    """

    def walk(chunk: bytes) -> bytes:
        out = b""
        offset = 0
        while offset + 8 <= len(chunk):
            size, kind = struct.unpack(">I4s", chunk[offset : offset + 8])
            payload = chunk[offset + 8 : offset + size]
            offset += size
            if kind == box:
                edited = edit(payload)
                if edited is None:
                    continue
                payload = edited
            elif kind in _CONTAINER_BOXES:
                payload = walk(payload)
            out += struct.pack(">I4s", len(payload) + 8, kind) + payload
        return out

    moov = data.index(b"moov") - 4
    assert data.index(b"mdat") < moov, "sample data must come before moov to resize it"
    return data[:moov] + walk(data[moov:])


def _rotate_90(tkhd: bytes) -> bytes:
    """Set the track matrix to the one phones write for a portrait video (90 degrees)."""
    version = tkhd[0]
    matrix_at = 4 + (32 if version == 1 else 20) + 16  # flags+times, then layer..reserved
    one, minus_one = 0x00010000, 0xFFFF0000
    matrix = struct.pack(">9I", 0, one, 0, minus_one, 0, 0, 0, 0, 0x40000000)
    return tkhd[:matrix_at] + matrix + tkhd[matrix_at + 36 :]


def _frame_zero(path: Path) -> NDArray[np.uint8]:
    """The first stored picture (no rotation) as RGB, converted as Meta's reference does it:
    swscale's exact C path with BT.601 coefficients, independently of ``video.py``."""
    with av.open(str(path)) as source:
        frame = next(source.decode(video=0))
        rgb = frame.to_ndarray(
            format="rgb24",
            src_colorspace=Colorspace.ITU601,
            dst_colorspace=Colorspace.ITU601,
            interpolation=Interpolation.AREA | Interpolation.ACCURATE_RND,
        )
    return np.ascontiguousarray(rgb)


def _pdq_hash(rgb: NDArray[np.uint8]) -> str:
    return pdq_from_luma(luma_from_rgb(np.ascontiguousarray(rgb)), dihedral=False).hash


# ---------------------------------------------------------------------------------------------
# Sampling, timestamps, collapse


def test_every_frame_has_its_index_time_and_the_pdq_of_its_pixels(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=12)
    signals = hash_video(path, EVERY_FRAME, collapse_distance=None)
    assert signals.format == "mp4"
    assert (signals.width, signals.height) == (96, 64)
    assert [frame.frame for frame in signals.frames] == list(range(12))
    assert [frame.timestamp for frame in signals.frames] == pytest.approx(
        [i / 10 for i in range(12)], abs=1e-6
    )
    assert signals.duration == pytest.approx(1.2)
    expected = pdq_from_luma(luma_from_rgb(_frame_zero(path)), dihedral=False)
    assert (signals.frames[0].hash, signals.frames[0].quality) == (
        expected.hash,
        expected.quality,
    )
    # The decoded picture is the one encoded, give or take compression.
    assert np.abs(_frame_zero(path).astype(int) - _pattern(0).astype(int)).mean() < 8
    assert signals.thumbnail is None


def test_one_frame_per_second_by_default(tmp_path: Path) -> None:
    signals = hash_video(_clip(tmp_path, count=35), HashOptions(), collapse_distance=None)
    assert [frame.frame for frame in signals.frames] == [0, 10, 20, 30]
    assert [frame.timestamp for frame in signals.frames] == pytest.approx([0, 1, 2, 3])


def test_sampling_rate_is_configurable(tmp_path: Path) -> None:
    signals = hash_video(_clip(tmp_path, count=20), HashOptions(fps=2.5), collapse_distance=None)
    assert [frame.frame for frame in signals.frames] == [0, 4, 8, 12, 16]


def test_sampled_frames_equal_the_same_frames_hashed_in_full(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=25)
    every = {f.frame: f for f in hash_video(path, EVERY_FRAME, collapse_distance=None).frames}
    sampled = hash_video(path, HashOptions(fps=1), collapse_distance=None).frames
    assert sampled == tuple(every[f.frame] for f in sampled)


def test_still_video_collapses_to_one_frame(tmp_path: Path) -> None:
    # Motion JPEG codes every frame alike, so the 40 PDQs are identical.
    path = _write(tmp_path / "still.avi", [_pattern(3)] * 40, codec="mjpeg")
    assert len(hash_video(path, EVERY_FRAME).frames) == 1
    assert len(hash_video(path, EVERY_FRAME, collapse_distance=None).frames) == 40


def test_collapse_compares_with_the_last_kept_frame(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=20)
    full = hash_video(path, EVERY_FRAME, collapse_distance=None).frames
    kept = hash_video(path, EVERY_FRAME).frames
    assert kept[0] == full[0]
    for previous, current in itertools.pairwise(kept):
        assert hamming_distance(previous.hash, current.hash) > COLLAPSE_DISTANCE
    kept_indices = {frame.frame for frame in kept}
    for frame in full:
        if frame.frame not in kept_indices:
            last_kept = [k for k in kept if k.frame < frame.frame][-1]
            assert hamming_distance(frame.hash, last_kept.hash) <= COLLAPSE_DISTANCE


def test_variable_frame_rate_uses_container_times(tmp_path: Path) -> None:
    """Ten frames 0.1 s apart, then ten frames 0.5 s apart: sampled by time, not by count."""
    path = _clip(tmp_path, count=20)

    def two_speeds(stts: bytes) -> bytes:
        # PyAV writes one entry (count=20, delta); mdhd's timescale makes delta 0.1 s.
        (delta,) = struct.unpack(">I", stts[12:16])
        return stts[:4] + struct.pack(">IIIII", 2, 10, delta, 10, delta * 5)

    vfr = tmp_path / "vfr.mp4"
    # The edit list would still end the track at the old 2 s: drop it.
    patched = _patch_mp4(path.read_bytes(), b"stts", two_speeds)
    vfr.write_bytes(_patch_mp4(patched, b"edts", lambda _: None))
    every = hash_video(vfr, EVERY_FRAME, collapse_distance=None)
    expected_times = [i / 10 for i in range(10)] + [1.0 + 0.5 * i for i in range(10)]
    assert [f.timestamp for f in every.frames] == pytest.approx(expected_times, abs=1e-3)
    assert every.duration == pytest.approx(6.0, abs=1e-3)  # the last frame lasts 0.5 s
    sampled = hash_video(vfr, HashOptions(fps=1), collapse_distance=None)
    assert [f.frame for f in sampled.frames] == [0, 10, 12, 14, 16, 18]


def test_rotation_metadata_is_applied(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=3)
    rotated = tmp_path / "portrait.mp4"
    rotated.write_bytes(_patch_mp4(path.read_bytes(), b"tkhd", _rotate_90))
    signals = hash_video(rotated, EVERY_FRAME, collapse_distance=None)
    assert (signals.width, signals.height) == (64, 96)
    # A 90-degree clockwise turn of the stored picture is what a player shows.
    assert signals.frames[0].hash == _pdq_hash(np.rot90(_frame_zero(path), k=-1))
    stored = hash_video(path, EVERY_FRAME, collapse_distance=None)
    assert signals.frames[0].hash != stored.frames[0].hash


@pytest.mark.parametrize(
    ("degrees", "mirror", "shown"),
    [
        (90, False, lambda rgb: np.rot90(rgb, k=1)),
        (180, False, lambda rgb: np.rot90(rgb, k=2)),
        (270, False, lambda rgb: np.rot90(rgb, k=3)),
        (-90, False, lambda rgb: np.rot90(rgb, k=-1)),
        (0, True, lambda rgb: rgb[:, ::-1]),
    ],
    ids=["90-ccw", "180", "270-ccw", "90-cw", "mirrored"],
)
def test_display_matrix_turns_and_mirrors_are_applied(
    tmp_path: Path,
    degrees: int,
    mirror: bool,
    shown: Callable[[NDArray[np.uint8]], NDArray[np.uint8]],
) -> None:
    frames = [_pattern(i) for i in range(3)]
    stored = _write(tmp_path / "stored.mp4", frames)
    turned = _write(tmp_path / "turned.mp4", frames, rotation=(degrees, mirror))
    signals = hash_video(turned, EVERY_FRAME, collapse_distance=None)
    expected = shown(_frame_zero(stored))
    assert (signals.height, signals.width) == expected.shape[:2]
    assert signals.frames[0].hash == _pdq_hash(expected)


@pytest.mark.parametrize(
    ("suffix", "codec", "container"),
    [
        ("mov", "mpeg4", "mov"),
        ("avi", "mjpeg", "avi"),
        ("mkv", "mjpeg", "mkv"),
        ("webm", "libvpx", "webm"),
        ("webm", "libvpx-vp9", "webm"),
        ("mp4", "libx264", "mp4"),
    ],
    ids=["mov-mpeg4", "avi-mjpeg", "mkv-mjpeg", "webm-vp8", "webm-vp9", "mp4-h264"],
)
def test_other_containers_and_codecs(
    tmp_path: Path, suffix: str, codec: str, container: str
) -> None:
    path = _write(tmp_path / f"clip.{suffix}", [_pattern(i) for i in range(25)], codec=codec)
    every = hash_video(path, HashOptions(fps=None, thumbnail_size=96), collapse_distance=None)
    assert every.format == container
    assert (every.width, every.height) == (96, 64)
    # The thumbnail at full size is the first frame's pixels: the picture that was encoded.
    assert every.thumbnail is not None
    pixels = np.frombuffer(every.thumbnail.rgb, np.uint8).reshape(64, 96, 3)
    assert np.abs(pixels.astype(int) - _pattern(0).astype(int)).mean() < 8
    assert [frame.timestamp for frame in every.frames] == pytest.approx(
        [i / 10 for i in range(25)], abs=1e-3
    )
    sampled = hash_video(path, HashOptions(), collapse_distance=None)
    assert [frame.frame for frame in sampled.frames] == [0, 10, 20]
    # The same frames, whatever the codec reorders (H.264 B-frames) or the container rounds.
    assert sampled.frames == tuple(every.frames[i] for i in (0, 10, 20))


def test_container_is_decided_by_bytes_not_name(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=5)
    renamed = tmp_path / "holiday.jpg"
    path.rename(renamed)
    assert hash_video(renamed, HashOptions()).format == "mp4"


@pytest.mark.parametrize(
    "name", ["new\nline.mp4", "😀 video.mp4", "\u202eevil\u202c.mp4", "a" * 246 + ".mp4"]
)
def test_unusual_file_names(tmp_path: Path, name: str) -> None:
    path = _clip(tmp_path, count=5)
    renamed = tmp_path / name
    path.rename(renamed)
    assert len(hash_video(renamed, HashOptions()).frames) == 1


# ---------------------------------------------------------------------------------------------
# Thumbnail, progress, cancellation


def test_thumbnail_is_small_rgb_in_memory(tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())
    path = _clip(tmp_path, count=5)
    thumbnail = hash_video(path, HashOptions(thumbnail_size=48)).thumbnail
    assert thumbnail is not None
    assert (thumbnail.width, thumbnail.height) == (48, 32)
    assert len(thumbnail.rgb) == 48 * 32 * 3
    pixels = np.frombuffer(thumbnail.rgb, np.uint8).reshape(32, 48, 3)
    expected = Image.fromarray(_frame_zero(path)).resize((48, 32), Image.Resampling.BOX)
    assert np.abs(pixels.astype(int) - np.asarray(expected).astype(int)).mean() <= 2
    assert sorted(tmp_path.iterdir()) == [*before, path]


def test_thumbnail_skips_a_black_opening(tmp_path: Path) -> None:
    black = np.zeros((64, 96, 3), np.uint8)
    path = _write(tmp_path / "fade.mp4", [black] * 10 + [_pattern(i) for i in range(10)])
    thumbnail = hash_video(path, HashOptions(thumbnail_size=96)).thumbnail
    assert thumbnail is not None
    assert max(thumbnail.rgb) > 0


def test_progress_is_monotonic_and_ends_at_one(tmp_path: Path) -> None:
    calls: list[float] = []
    hash_video(_clip(tmp_path, count=30), HashOptions(), on_progress=calls.append)
    assert calls[-1] == 1.0
    assert calls == sorted(calls)
    assert all(0.0 <= fraction <= 1.0 for fraction in calls)
    assert len(calls) < 30


class _CancelAfter(CancelToken):
    """A real token that the test cancels after a number of checks, counting them."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.remaining = checks
        self.calls = 0

    def raise_if_cancelled(self) -> None:
        self.calls += 1
        self.remaining -= 1
        if self.remaining == 0:
            self.cancel()
        super().raise_if_cancelled()


def test_cancel_before_start(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        hash_video(_clip(tmp_path), HashOptions(), token)


def test_cancel_between_frames_stops_at_once(tmp_path: Path) -> None:
    token = _CancelAfter(5)
    with pytest.raises(Cancelled):
        hash_video(_clip(tmp_path, count=30), EVERY_FRAME, token)
    assert token.calls == 5


# ---------------------------------------------------------------------------------------------
# Hostile input: a clear MediaError, never a crash, and nothing printed


def _frames_or_error(path: Path) -> int | ErrorCode:
    """How many frames were fingerprinted, or why the file was refused."""
    try:
        return len(hash_video(path, EVERY_FRAME, collapse_distance=None).frames)
    except MediaError as error:
        return error.code


def _refused(path: Path, options: HashOptions = EVERY_FRAME) -> ErrorCode:
    with pytest.raises(MediaError) as caught:
        hash_video(path, options)
    return caught.value.code


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp4"
    path.write_bytes(b"")
    assert _refused(path) is ErrorCode.EMPTY


def test_missing_file_folder_and_fifo(tmp_path: Path) -> None:
    assert _refused(tmp_path / "gone.mp4") is ErrorCode.NOT_FOUND
    folder = tmp_path / "folder.mp4"
    folder.mkdir()
    assert _refused(folder) is ErrorCode.NOT_A_FILE
    fifo = tmp_path / "fifo.mp4"
    os.mkfifo(fifo)
    assert _refused(fifo) is ErrorCode.NOT_A_FILE


@pytest.fixture
def ffmpeg_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every name ``av.open`` (FFmpeg) is asked to open, recorded on the way to the real one."""
    opened: list[str] = []
    real_open = av.open

    def recording_open(file: str, *args: object, **kwargs: object) -> object:
        opened.append(file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(av, "open", recording_open)
    return opened


@pytest.mark.parametrize("kind", ["text", "jpeg", "random"])
def test_files_that_are_not_videos_never_reach_ffmpeg(
    tmp_path: Path, kind: str, ffmpeg_opens: list[str]
) -> None:
    clip = _clip(tmp_path, count=2)
    path = tmp_path / f"{kind}.mp4"
    if kind == "text":
        path.write_text("Dear diary,\n" * 200)
    elif kind == "jpeg":
        jpeg = io.BytesIO()
        Image.fromarray(_pattern(0)).save(jpeg, format="JPEG")
        path.write_bytes(jpeg.getvalue())
    else:
        path.write_bytes(np.random.default_rng(4).bytes(50_000))
    ffmpeg_opens.clear()
    assert _refused(path) is ErrorCode.UNSUPPORTED
    # Handing over a check made earlier skips the stat and sniff, not the gate.
    with pytest.raises(MediaError) as caught:
        hash_video(path, EVERY_FRAME, checked=check_file(path))
    assert caught.value.code is ErrorCode.UNSUPPORTED
    assert ffmpeg_opens == []
    hash_video(clip, EVERY_FRAME)  # the recorder does see what FFmpeg opens
    assert ffmpeg_opens == ["file:" + str(clip.absolute())]


def test_a_check_handed_over_is_not_made_again(tmp_path: Path) -> None:
    """A direct call sniffs the file itself; with the engine's check it opens nothing.

    Only Python's opens are counted (FFmpeg's own reads are not), and a stat cannot be seen
    this way; the sniff's read of the head is the open that is saved.
    """
    path = _clip(tmp_path, count=3)
    with python_opens(path) as direct:
        alone = hash_video(path, EVERY_FRAME)
    checked = check_file(path)
    with python_opens(path) as handed_over:
        trusted = hash_video(path, EVERY_FRAME, checked=checked)
    assert (len(direct), len(handed_over)) == (1, 0)
    assert trusted == alone


def test_the_engine_reads_a_video_head_once(tmp_path: Path) -> None:
    """``hash_file`` opens a video twice in Python: one sniff of its head, one digest."""
    path = _clip(tmp_path, count=3)
    with python_opens(path) as opened:
        result = hash_file(path, EVERY_FRAME)
    assert result.ok, result.error_code
    assert result.media_type is MediaType.VIDEO
    assert len(opened) == 2


def test_random_bytes_named_mp4(tmp_path: Path) -> None:
    path = tmp_path / "random.mp4"
    path.write_bytes(np.random.default_rng(1).bytes(50_000))
    assert _refused(path) is ErrorCode.UNSUPPORTED


def test_text_named_mp4(tmp_path: Path) -> None:
    # FFmpeg itself would decode this as "tty" video; we refuse before it sees the file.
    path = tmp_path / "notes.mp4"
    path.write_text("Dear diary,\n" * 200)
    assert _refused(path) is ErrorCode.UNSUPPORTED


def test_picture_named_mp4(tmp_path: Path) -> None:
    path = tmp_path / "photo.mp4"
    jpeg = io.BytesIO()
    Image.fromarray(_pattern(0)).save(jpeg, format="JPEG")
    path.write_bytes(jpeg.getvalue())
    assert _refused(path) is ErrorCode.UNSUPPORTED


def test_mp4_header_then_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "fake.mp4"
    head = _clip(tmp_path, count=2).read_bytes()[:32]
    path.write_bytes(head + np.random.default_rng(2).bytes(50_000))
    assert _refused(path) is ErrorCode.CORRUPT_VIDEO


def test_header_only_file_without_frames(tmp_path: Path) -> None:
    path = tmp_path / "no-frames.mp4"
    with av.open(str(path), "w") as output:
        stream = output.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 96, 64, "yuv420p"
        output.start_encoding()
    assert path.stat().st_size > 0
    assert _refused(path) is ErrorCode.CORRUPT_VIDEO


@pytest.mark.parametrize("keep", [0.95, 0.5, 0.1])
def test_truncated_mp4(tmp_path: Path, keep: float) -> None:
    data = _clip(tmp_path, count=30).read_bytes()
    path = tmp_path / "truncated.mp4"
    path.write_bytes(data[: int(len(data) * keep)])
    assert _refused(path) is ErrorCode.CORRUPT_VIDEO


def test_corrupt_middle_bytes_give_a_result_or_a_kind_error(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(_clip(tmp_path, count=30).read_bytes())
    rng = np.random.default_rng(3)
    start, end = len(data) // 4, len(data) * 3 // 4
    for offset in rng.integers(start, end, size=len(data) // 20):
        data[int(offset)] = int(rng.integers(0, 256))
    path = tmp_path / "corrupt.mp4"
    path.write_bytes(bytes(data))
    assert _frames_or_error(path) in {ErrorCode.CORRUPT_VIDEO, *range(1, 31)}
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_damaged_files_print_nothing_and_leave_logging_alone(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    level = av.logging.get_level()
    data = _clip(tmp_path, count=30).read_bytes()
    truncated = tmp_path / "t.mp4"
    truncated.write_bytes(data[: len(data) // 2])
    assert _refused(truncated) is ErrorCode.CORRUPT_VIDEO
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert av.logging.get_level() == level


def test_frames_too_small_to_fingerprint(tmp_path: Path) -> None:
    path = _write(tmp_path / "tiny.mp4", [np.full((4, 4, 3), 9, np.uint8)] * 3)
    assert _refused(path) is ErrorCode.UNSUPPORTED


def test_frames_larger_than_allowed_are_refused_before_decoding(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=3)
    assert _refused(path, HashOptions(max_image_pixels=96 * 64 - 1)) is ErrorCode.TOO_MANY_PIXELS


def test_invalid_arguments(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=3)
    with pytest.raises(ValueError, match="fps"):
        hash_video(path, HashOptions(fps=0))
    with pytest.raises(ValueError, match="collapse"):
        hash_video(path, HashOptions(), collapse_distance=-1)


def test_unreadable_file(tmp_path: Path) -> None:
    path = _clip(tmp_path, count=3)
    path.chmod(0)
    # Root reads everything; the helper drops root's file powers for one thread only.
    assert as_ordinary_user(lambda: _refused(path)) is ErrorCode.UNREADABLE


def test_decoded_frames_are_freed_as_decoding_goes_on(tmp_path: Path) -> None:
    """Memory stays flat on a long video: no decoded frame outlives its turn.

    Frames caught in a reference cycle would only be freed by a full garbage collection,
    which may not come for minutes; with collection off, count the frames still alive.
    """
    path = _clip(tmp_path, count=60)
    gc.collect()
    gc.disable()
    try:
        hash_video(path, EVERY_FRAME, collapse_distance=None)
        alive = sum(isinstance(thing, VideoFrame) for thing in gc.get_objects())
    finally:
        gc.enable()
    assert alive <= 1  # the frame whose display matrix was read
