"""Video fingerprints (vPDQ) decoded with OpenCV's bundled FFmpeg.

vPDQ is Meta's video hash: the PDQ of individual frames, each with its frame number, time and
quality. Meta's reference (facebook/ThreatExchange ``vpdq/cpp``) decodes every frame with
FFmpeg, converts it to RGB24 at full size with swscale, computes the float luminance and runs
``pdqHash256FromFloatLuma`` on the whole frame (no 512-pixel downscale, unlike still images).
We do the same per frame with ``pdq.pdq_from_luma``; what differs, and why, is written down in
``docs/HASHING-VIDEO.md`` with the measured distance to Meta's own hashes.

Only the frames we fingerprint are converted to pixels: every other frame is decoded
(``grab``) but never colour-converted (``retrieve``), which is what keeps one frame a second
cheaper than decoding every frame to pixels. Timestamps come from the container, so variable
frame rate videos are sampled by time, not by frame count. Rotation metadata is applied, so we
fingerprint what a viewer sees, which is also what a re-encoded copy contains.

Nothing is written to disk, and OpenCV and FFmpeg are kept quiet (see ``_quiet_opencv``): a
damaged file must not fill a terminal, let alone stdout, which carries the CLI's JSON.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import cv2
import numpy as np
from numpy.typing import NDArray

from takeitdown_desktop.hashing.cancel import CancelToken, check
from takeitdown_desktop.hashing.errors import ErrorCode, MediaError
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.pdq import (
    MIN_HASHABLE_DIM,
    PdqResult,
    hamming_distance,
    luma_from_rgb,
    pdq_from_luma,
)
from takeitdown_desktop.hashing.results import (
    WEAK_PDQ_QUALITY,
    MediaType,
    Thumbnail,
    VpdqFrame,
)
from takeitdown_desktop.hashing.sniff import sniff_file

__all__ = ["COLLAPSE_DISTANCE", "VideoSignals", "hash_video"]

#: A sampled frame whose PDQ is this close (in bits) to the last frame we kept is dropped as a
#: near-duplicate. Compression noise alone moves a still picture's PDQ by up to 8 bits from
#: frame to frame (measured on an MPEG-4 Part 2 clip); matching allows 31, so whatever matched a
#: dropped frame still matches the kept one unless it was already at the edge.
#: ``hash_video(..., collapse_distance=None)`` keeps every frame (for conformance tests).
COLLAPSE_DISTANCE: Final = 8

#: Container timestamps are often rounded to the millisecond (Matroska, WebM); a frame this
#: close before its due time is taken as on time rather than waiting for the next one.
_TIME_SLACK: Final = 0.001

#: ``on_progress`` is called at most this often (seconds): often enough for a progress bar,
#: rarely enough to cost nothing when the GUI posts each call across threads.
_PROGRESS_INTERVAL: Final = 0.1


@dataclass(frozen=True, slots=True)
class VideoSignals:
    """What one decode of a video yields.

    ``format`` is the container decided from the file's bytes (``mp4``, ``mov``, ``m4v``,
    ``3gp``, ``webm``, ``mkv``, ``avi``); ``width``/``height`` are the displayed size (after
    rotation metadata); ``duration`` is in seconds, ``None`` when it cannot be told.
    """

    format: str
    width: int
    height: int
    duration: float | None
    frames: tuple[VpdqFrame, ...]
    thumbnail: Thumbnail | None


def hash_video(
    path: Path,
    options: HashOptions,
    cancel: CancelToken | None = None,
    on_progress: Callable[[float], None] | None = None,
    *,
    collapse_distance: int | None = COLLAPSE_DISTANCE,
) -> VideoSignals:
    """Fingerprint a video: PDQ of frames sampled at ``options.fps`` (``None``: every frame).

    Raises ``MediaError`` for a file we cannot fingerprint (``UNSUPPORTED`` when the bytes are
    not a video container we read, ``CORRUPT_VIDEO`` when FFmpeg cannot decode a single frame)
    and ``Cancelled`` when ``cancel`` is set; checked between frames.
    """
    if options.fps is not None and not (math.isfinite(options.fps) and options.fps > 0):
        raise ValueError(f"fps must be a positive number or None, not {options.fps!r}")
    if collapse_distance is not None and collapse_distance < 0:
        raise ValueError("collapse_distance must be >= 0 or None")
    container = _container_format(path)
    check(cancel)
    with _quiet_opencv():
        capture = _open(path)
        try:
            return _hash_frames(capture, container, options, cancel, on_progress, collapse_distance)
        except cv2.error as error:
            # OpenCV raises only for states FFmpeg could not decode into a picture.
            raise MediaError(ErrorCode.CORRUPT_VIDEO, f"OpenCV: {error.err}") from None
        finally:
            capture.release()


def _container_format(path: Path) -> str:
    """The container named by the file's first bytes, or a ``MediaError`` saying why not.

    FFmpeg probes anything: a text file becomes "tty" video and a JPEG a one-frame video. We
    hand it only the seven containers we promise to read, recognised by ``sniff``.
    """
    try:
        if path.stat().st_size == 0:
            raise MediaError(ErrorCode.EMPTY)
        sniffed = sniff_file(path)
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except IsADirectoryError:
        raise MediaError(ErrorCode.NOT_A_FILE) from None
    except OSError as error:
        raise MediaError(ErrorCode.UNREADABLE, type(error).__name__) from None
    if sniffed.media_type is not MediaType.VIDEO or sniffed.format is None:
        raise MediaError(ErrorCode.UNSUPPORTED, "not a video container we read")
    return sniffed.format


def _open(path: Path) -> Any:
    """Open ``path`` with FFmpeg only (no image-sequence or camera backends), rotation on.

    The path is made absolute so FFmpeg never reads a name like ``http:x.mp4`` as a URL.
    """
    try:
        capture = cv2.VideoCapture(str(path.absolute()), cv2.CAP_FFMPEG)
    except (cv2.error, UnicodeError) as error:
        # A file name that is not valid UTF-8 cannot be passed to OpenCV at all.
        raise MediaError(ErrorCode.UNREADABLE, type(error).__name__) from None
    if not capture.isOpened():
        capture.release()
        raise MediaError(ErrorCode.CORRUPT_VIDEO, "FFmpeg could not open the container")
    capture.set(cv2.CAP_PROP_ORIENTATION_AUTO, 1)
    return capture


def _hash_frames(
    capture: Any,
    container: str,
    options: HashOptions,
    cancel: CancelToken | None,
    on_progress: Callable[[float], None] | None,
    collapse_distance: int | None,
) -> VideoSignals:
    declared = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)) * int(
        capture.get(cv2.CAP_PROP_FRAME_HEIGHT)
    )
    if declared > options.max_image_pixels:
        raise MediaError(ErrorCode.TOO_MANY_PIXELS, f"{declared} pixels per frame")
    progress = _Progress(on_progress, capture.get(cv2.CAP_PROP_FRAME_COUNT))
    sampler = _Sampler(options.fps)
    thumbnails = _ThumbnailPicker(options.thumbnail_size)
    clock = _Clock(capture.get(cv2.CAP_PROP_FPS))
    fingerprints = _Fingerprints(collapse_distance, thumbnails)
    size: tuple[int, int] | None = None
    index = -1
    try:
        while True:
            check(cancel)
            if not capture.grab():
                break
            index += 1
            timestamp = clock.timestamp(capture.get(cv2.CAP_PROP_POS_MSEC), index)
            progress.update(index + 1)
            if not sampler.wants(timestamp):
                continue
            retrieved, bgr = capture.retrieve()
            if not retrieved or bgr is None or bgr.size == 0:
                continue
            rgb = _rgb_view(bgr)
            height, width = rgb.shape[:2]
            if height < MIN_HASHABLE_DIM or width < MIN_HASHABLE_DIM:
                raise MediaError(ErrorCode.UNSUPPORTED, f"{width}x{height} frames are too small")
            size = (width, height)
            fingerprints.add(index, timestamp, rgb)
        frames = fingerprints.finish()
    finally:
        fingerprints.close()
    if size is None:
        raise MediaError(ErrorCode.CORRUPT_VIDEO, "no frame could be decoded")
    progress.done()
    return VideoSignals(
        format=container,
        width=size[0],
        height=size[1],
        duration=clock.duration(),
        frames=frames,
        thumbnail=thumbnails.thumbnail,
    )


class _Fingerprints:
    """PDQ of sampled frames on one worker thread, overlapped with decoding the next ones.

    numpy and FFmpeg both release the GIL, so the hash of one frame is computed while OpenCV
    decodes the frames up to the next sample. At most one frame waits for its hash (bounded
    memory); results are taken in order, so collapsing and the thumbnail see frames in order.
    """

    def __init__(self, collapse_distance: int | None, thumbnails: _ThumbnailPicker) -> None:
        self._collapse_distance = collapse_distance
        self._thumbnails = thumbnails
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vpdq")
        self._pending: tuple[int, float, NDArray[np.uint8], Future[PdqResult]] | None = None
        self._kept: list[VpdqFrame] = []

    def add(self, index: int, timestamp: float, rgb: NDArray[np.uint8]) -> None:
        self._take_pending()
        self._pending = (index, timestamp, rgb, self._pool.submit(_pdq_of, rgb))

    def finish(self) -> tuple[VpdqFrame, ...]:
        self._take_pending()
        return tuple(self._kept)

    def close(self) -> None:
        """Wait for the worker (at most one frame's hash) so no thread outlives the call."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _take_pending(self) -> None:
        if self._pending is None:
            return
        index, timestamp, rgb, future = self._pending
        self._pending = None
        pdq = future.result()
        self._thumbnails.offer(rgb, pdq.quality)
        if (
            self._collapse_distance is not None
            and self._kept
            and hamming_distance(pdq.hash, self._kept[-1].hash) <= self._collapse_distance
        ):
            return
        self._kept.append(VpdqFrame(index, timestamp, pdq.hash, pdq.quality))


def _pdq_of(rgb: NDArray[np.uint8]) -> PdqResult:
    return pdq_from_luma(luma_from_rgb(rgb), dihedral=False)


def _rgb_view(frame: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """OpenCV's BGR(A) or grey frame as an RGB view, without copying the pixels."""
    if frame.ndim == 2:
        return np.repeat(frame[:, :, np.newaxis], 3, axis=2)
    return frame[:, :, 2::-1]


class _Sampler:
    """Picks frames by container time: the first frame at or after each 1/fps tick.

    Sampling by time rather than every n-th frame keeps one fingerprint per second on variable
    frame rate phone videos, and after a gap (a long still frame) it resumes on the next tick
    instead of catching up with a burst.
    """

    def __init__(self, fps: float | None) -> None:
        self._interval = None if fps is None else 1.0 / fps
        self._due = 0.0

    def wants(self, timestamp: float) -> bool:
        if self._interval is None:
            return True
        if timestamp + _TIME_SLACK < self._due:
            return False
        ticks = math.floor((timestamp + _TIME_SLACK) / self._interval)
        self._due = (ticks + 1) * self._interval
        return True


class _Clock:
    """Frame times in seconds from the container, made safe to trust.

    FFmpeg gives each frame its presentation time; a damaged or odd file can give none, a
    negative one or one that goes backwards. Those frames get the nominal-rate estimate (or
    the previous time), so timestamps never decrease and the sampler never stalls.
    """

    def __init__(self, nominal_fps: float) -> None:
        self._nominal = nominal_fps if math.isfinite(nominal_fps) and nominal_fps > 0 else None
        self._times: list[float] = []

    def timestamp(self, position_ms: float, index: int) -> float:
        seconds = position_ms / 1000.0
        if not math.isfinite(seconds) or seconds < 0:
            seconds = index / self._nominal if self._nominal else 0.0
        if self._times:
            seconds = max(seconds, self._times[-1])
            # Only the last two times are needed for the duration; keep memory flat.
            self._times = [self._times[-1], seconds]
        else:
            self._times = [seconds]
        return seconds

    def duration(self) -> float | None:
        """End of the last frame: its start plus the last frame interval we saw."""
        if len(self._times) == 2 and self._times[1] > self._times[0]:
            return self._times[1] + (self._times[1] - self._times[0])
        if self._times and self._nominal:
            return self._times[-1] + 1.0 / self._nominal
        return None


class _Progress:
    """Reports the decoded fraction, estimated from the container's frame count, throttled."""

    def __init__(self, callback: Callable[[float], None] | None, frame_count: float) -> None:
        self._callback = callback
        valid = math.isfinite(frame_count) and frame_count >= 1
        self._total = frame_count if valid else None
        self._last = time.monotonic()

    def update(self, decoded: int) -> None:
        if self._callback is None or self._total is None:
            return
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL:
            self._last = now
            # The count is an estimate; never claim to be finished before we are.
            self._callback(min(decoded / self._total, 0.99))

    def done(self) -> None:
        if self._callback is not None:
            self._callback(1.0)


class _ThumbnailPicker:
    """Keeps a small RGB picture of the first sampled frame with a strong fingerprint.

    Videos often open on black or a fade, so the first frame makes a poor preview; the first
    frame with quality >= ``WEAK_PDQ_QUALITY`` (else the best one seen) is made at most once
    per improvement, from pixels already decoded for hashing, in memory only.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._quality = -1
        self.thumbnail: Thumbnail | None = None

    def offer(self, rgb: NDArray[np.uint8], quality: int) -> None:
        if self._size <= 0 or quality <= self._quality or self._quality >= WEAK_PDQ_QUALITY:
            return
        self._quality = quality
        height, width = rgb.shape[:2]
        scale = min(1.0, self._size / max(height, width))
        new_size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = cv2.resize(np.ascontiguousarray(rgb), new_size, interpolation=cv2.INTER_AREA)
        self.thumbnail = Thumbnail(new_size[0], new_size[1], small.tobytes())


# ---------------------------------------------------------------------------------------------
# Keeping OpenCV and FFmpeg quiet

# OpenCV sets FFmpeg's log level once, when FFmpeg is first used in the process, from this
# variable (-8 is AV_LOG_QUIET); without it FFmpeg prints decoding errors to stderr. Only this
# module uses OpenCV, so setting it on import comes before that first use. A level the
# developer chose is kept.
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")


class _QuietOpenCV:
    """Silence OpenCV's own logger while we decode, then restore it.

    The logger is process-wide, so it is silenced for as long as any decode runs (counted
    across threads) and its previous level is restored after the last one ends.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved_level = 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._saved_level = cv2.utils.logging.getLogLevel()
                cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    cv2.utils.logging.setLogLevel(self._saved_level)


_quiet_opencv = _QuietOpenCV()
