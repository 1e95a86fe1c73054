"""Video fingerprints (vPDQ) decoded with PyAV's bundled FFmpeg.

vPDQ is Meta's video hash: the PDQ of individual frames, each with its frame number, time and
quality. Meta's reference (facebook/ThreatExchange ``vpdq/cpp``) decodes every frame with
FFmpeg, converts it to RGB24 at full size with swscale, computes the float luminance and runs
``pdqHash256FromFloatLuma`` on the whole frame (no 512-pixel downscale, unlike still images).
We do the same per frame, with swscale set up so that its YUV to RGB conversion is FFmpeg's
exact C path (``AREA | ACCURATE_RND``, BT.601 coefficients) rather than its faster SIMD one,
and PDQ with ``pdq.pdq_from_rgb_filtered``: the reference's luminance, box filters and
decimation folded into one linear filter read straight from the RGB bytes, about 10x cheaper
than the exact ``pdq_from_luma`` on a full frame and the same hash on every frame of Meta's
sample videos; ``docs/HASHING-VIDEO.md`` has the measured distance to Meta's own hashes.

Only the frames we fingerprint are converted to pixels: every other frame is decoded but never
colour-converted, and frames that cannot be sampled and that no other frame is predicted from
(B-frames, mostly) are not even decoded (``_Dropper``); they still count for frame numbers and
times, so the result is that of decoding everything. Timestamps come from the container, so
variable frame rate videos are sampled by time, not by frame count. Rotation metadata (the
display matrix) is applied, so we fingerprint what a viewer sees, which is also what a
re-encoded copy contains.

Nothing is written to disk and nothing is printed: PyAV keeps FFmpeg's log off unless the
developer turned it on (``av.logging``), and we leave that process-wide setting alone. A
damaged file must not fill a terminal, let alone stdout, which carries the CLI's JSON.
"""

from __future__ import annotations

import heapq
import math
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Final, cast

import av
import av.error
import numpy as np
from av.container import InputContainer
from av.sidedata.sidedata import SideDataContainer
from av.sidedata.sidedata import Type as SideDataType
from av.video.frame import VideoFrame
from av.video.reformatter import Colorspace, Interpolation, VideoReformatter
from av.video.stream import VideoStream
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing import video_variants
from takeitdown_desktop.hashing.cancel import CancelToken, check
from takeitdown_desktop.hashing.errors import ErrorCode, MediaError
from takeitdown_desktop.hashing.filecheck import CheckedFile, check_file
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.pdq import (
    MIN_HASHABLE_DIM,
    PdqResult,
    hamming_distance,
    pdq_with_mirror_from_rgb_filtered,
)
from takeitdown_desktop.hashing.results import (
    WEAK_PDQ_QUALITY,
    MediaType,
    PdqSignal,
    Thumbnail,
    VpdqFrame,
)
from takeitdown_desktop.hashing.sniff import Sniffed

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

#: The FFmpeg demuxer for each container ``sniff`` recognises. Naming it stops FFmpeg from
#: probing the bytes as anything else (a polyglot file is read as the container it starts as).
_DEMUXERS: Final = {
    "mp4": "mov",
    "mov": "mov",
    "m4v": "mov",
    "3gp": "mov",
    "webm": "matroska",
    "mkv": "matroska",
    "avi": "avi",
}

#: swscale flags for YUV to RGB24 at the same size. ``ACCURATE_RND`` selects FFmpeg's exact C
#: conversion, which Meta's reference hashes match; without it swscale takes a SIMD path that
#: rounds differently and moves PDQ by dozens of bits on flat frames (docs/HASHING-VIDEO.md).
_RGB_FLAGS: Final = Interpolation.AREA | Interpolation.ACCURATE_RND

#: Let the decoder drop frames that cannot be sampled (``_Dropper``). Off, every frame is
#: decoded; the results are the same (tests compare the two).
DROP_UNSAMPLED = True


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
    variants: tuple[PdqSignal, ...]
    thumbnail: Thumbnail | None


def hash_video(
    path: Path,
    options: HashOptions,
    cancel: CancelToken | None = None,
    on_progress: Callable[[float], None] | None = None,
    *,
    collapse_distance: int | None = COLLAPSE_DISTANCE,
    checked: CheckedFile | None = None,
) -> VideoSignals:
    """Fingerprint a video: PDQ of frames sampled at ``options.fps`` (``None``: every frame).

    Raises ``MediaError`` for a file we cannot fingerprint (``UNSUPPORTED`` when the bytes are
    not a video container we read, ``CORRUPT_VIDEO`` when FFmpeg cannot decode a single frame)
    and ``Cancelled`` when ``cancel`` is set; checked between frames.

    ``checked`` is what ``filecheck.check_file`` just found for ``path``: the engine has
    already stat'ed and sniffed the file, so it passes that on rather than have it done twice.
    Without it the file is checked here, so a direct call is as safe as one from the engine.
    """
    if options.fps is not None and not (math.isfinite(options.fps) and options.fps > 0):
        raise ValueError(f"fps must be a positive number or None, not {options.fps!r}")
    if collapse_distance is not None and collapse_distance < 0:
        raise ValueError("collapse_distance must be >= 0 or None")
    if checked is None:
        checked = check_file(path)
    container = _container_format(checked.sniffed)
    check(cancel)
    with _open(path, container) as source:
        return _hash_frames(source, container, options, cancel, on_progress, collapse_distance)


def _container_format(sniffed: Sniffed) -> str:
    """The container named by the file's first bytes, or ``UNSUPPORTED``.

    FFmpeg probes anything: a text file becomes "tty" video and a JPEG a one-frame video. We
    hand it only the seven containers we promise to read, recognised by ``sniff``.
    """
    if sniffed.media_type is not MediaType.VIDEO or sniffed.format is None:
        raise MediaError(ErrorCode.UNSUPPORTED, "not a video container we read")
    return sniffed.format


def _open(path: Path, container: str) -> InputContainer:
    """Open ``path`` as a local file with the demuxer of its sniffed container.

    The ``file:`` prefix and the protocol whitelist make sure FFmpeg reads this file and
    nothing else: a name like ``http:x.mp4`` is never a URL, and a container that points to
    other files or URLs cannot make FFmpeg open them.
    """
    try:
        return av.open(
            "file:" + str(path.absolute()),
            format=_DEMUXERS[container],
            container_options={"protocol_whitelist": "file"},
            metadata_errors="replace",
        )
    except UnicodeError as error:
        # A file name that is not valid UTF-8 cannot be handed to FFmpeg at all.
        raise MediaError(ErrorCode.UNREADABLE, type(error).__name__) from None
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except PermissionError:
        raise MediaError(ErrorCode.UNREADABLE, "PermissionError") from None
    except av.error.FFmpegError as error:
        raise MediaError(ErrorCode.CORRUPT_VIDEO, f"FFmpeg could not open it: {error}") from None


def _hash_frames(
    source: InputContainer,
    container: str,
    options: HashOptions,
    cancel: CancelToken | None,
    on_progress: Callable[[float], None] | None,
    collapse_distance: int | None,
) -> VideoSignals:
    if not source.streams.video:
        raise MediaError(ErrorCode.CORRUPT_VIDEO, "no video stream")
    stream = source.streams.video[0]
    declared = stream.codec_context.width * stream.codec_context.height
    if declared > options.max_image_pixels:
        raise MediaError(ErrorCode.TOO_MANY_PIXELS, f"{declared} pixels per frame")
    # The decoder refuses any frame bigger than that too, whatever the header said, before it
    # allocates the picture. Frame threads (or slice threads) use both cores.
    stream.codec_context.options = {"max_pixels": str(options.max_image_pixels)}
    stream.thread_type = "AUTO"
    progress = _Progress(on_progress, _frame_count(source, stream))
    sampler = _Sampler(options.fps)
    thumbnails = _ThumbnailPicker(options.thumbnail_size)
    clock = _Clock(stream)
    dropper = _Dropper(stream, sampler, enabled=DROP_UNSAMPLED and options.fps is not None)
    fingerprints = _Fingerprints(collapse_distance, thumbnails)
    size: tuple[int, int] | None = None
    turn: _DisplayTurn | None = None
    index = -1
    try:
        for frame in _decoded_frames(source, stream, cancel, dropper):
            # Frames the decoder dropped still count: numbers and times are those of every
            # frame, as if each had been decoded.
            for dropped in dropper.dropped_before(frame.pts):
                index += 1
                clock.timestamp(dropped, index)
            index += 1
            timestamp = clock.timestamp(frame.pts, index)
            progress.update(index + 1)
            if not sampler.wants(timestamp):
                continue
            if frame.width * frame.height > options.max_image_pixels:
                raise MediaError(ErrorCode.TOO_MANY_PIXELS, "a frame is bigger than declared")
            if frame.width < MIN_HASHABLE_DIM or frame.height < MIN_HASHABLE_DIM:
                raise MediaError(
                    ErrorCode.UNSUPPORTED, f"{frame.width}x{frame.height} frames are too small"
                )
            if turn is None:
                # Read once: the display matrix belongs to the track, and reading a frame's
                # side data ties that frame into a reference cycle until a full collection.
                turn = _DisplayTurn.of(frame)
                size = turn.displayed_size(frame.width, frame.height)
            fingerprints.add(index, timestamp, frame, turn)
        for dropped in dropper.dropped_at_end():
            index += 1
            clock.timestamp(dropped, index)
        frames = fingerprints.finish()
    finally:
        fingerprints.close()
    if size is None:
        raise MediaError(ErrorCode.CORRUPT_VIDEO, "no frame could be decoded")
    duration = clock.duration()
    check(cancel)
    seconds = duration if duration is not None else frames[-1].timestamp
    variants = fingerprints.variants(seconds, options.video_shapes_per_minute)
    progress.done()
    return VideoSignals(
        format=container,
        width=size[0],
        height=size[1],
        duration=duration,
        frames=frames,
        variants=variants,
        thumbnail=thumbnails.thumbnail,
    )


def _decoded_frames(
    source: InputContainer, stream: VideoStream, cancel: CancelToken | None, dropper: _Dropper
) -> Iterator[VideoFrame]:
    """Every frame FFmpeg decodes, in output order, checking ``cancel`` between frames.

    A packet the decoder rejects (damaged data) is skipped and decoding goes on with the next,
    as players do; a container that cannot be read further ends the video there. Either way
    the frames still inside the decoder are flushed out at the end. ``dropper`` sees each
    packet first and may let the decoder drop it (a frame that cannot be sampled).
    """
    packets = source.demux(stream)
    while True:
        check(cancel)
        try:
            packet = next(packets)
        except StopIteration:
            break
        except av.error.FFmpegError:
            packet = None  # unreadable from here on: flush what was decoded
        dropper.see(packet)
        try:
            frames = stream.decode(packet)
        except av.error.FFmpegError:
            frames = []
        for frame in frames:
            check(cancel)
            yield frame
        if packet is None:
            break


def _frame_count(source: InputContainer, stream: VideoStream) -> float | None:
    """The container's frame count, or an estimate from its duration, for progress only."""
    if stream.frames > 0:
        return float(stream.frames)
    rate = stream.guessed_rate or stream.average_rate
    if source.duration and rate:
        return source.duration / av.time_base * float(rate)
    return None


class _DisplayTurn:
    """The right-angle turn and flip the stream's display matrix asks a player to apply.

    FFmpeg's display matrix maps a stored pixel ``(x, y)`` to ``(a x + c y, b x + d y)`` (plus
    a translation); for the eight right-angle turns and flips each of ``a, b, c, d`` is 0 or
    +-1. Any other matrix (a skew, a 45-degree turn) is ignored and the stored picture hashed.
    """

    __slots__ = ("_a", "_b", "_c", "_d")

    def __init__(self, a: int = 1, b: int = 0, c: int = 0, d: int = 1) -> None:
        self._a, self._b, self._c, self._d = a, b, c, d

    @classmethod
    def of(cls, frame: VideoFrame) -> _DisplayTurn:
        # PyAV's stubs type ``side_data`` as a TypedDict; at run time it is this container.
        side_data = cast(SideDataContainer, frame.side_data)
        matrix_data = side_data.get(SideDataType.DISPLAYMATRIX)
        data = b"" if matrix_data is None else bytes(matrix_data)
        if len(data) < 36:
            return _UPRIGHT
        matrix = np.frombuffer(data[:36], dtype="=i4")
        a, b, c, d = (int(np.sign(matrix[i])) for i in (0, 1, 3, 4))
        if (a == d == 0 and b != 0 and c != 0) or (b == c == 0 and a != 0 and d != 0):
            return cls(a, b, c, d)
        return _UPRIGHT

    def displayed_size(self, width: int, height: int) -> tuple[int, int]:
        return (height, width) if self._a == 0 else (width, height)

    def apply(self, rgb: NDArray[np.uint8]) -> NDArray[np.uint8]:
        """The picture as displayed: a view of ``rgb``, no pixel is copied."""
        if self._a == 0:
            # Rows of the result come from stored columns (sign b), columns from rows (sign c).
            turned = rgb.transpose(1, 0, 2)
            return turned[:: self._b, :: self._c]
        return rgb[:: self._d, :: self._a]


_UPRIGHT: Final = _DisplayTurn()


class _Fingerprints:
    """RGB conversion and PDQ of sampled frames on one worker thread, overlapped with decoding.

    swscale, numpy and FFmpeg's decoder all release the GIL, so one frame is converted and
    hashed while the decoder works on the frames up to the next sample. At most one frame
    waits for its hash (bounded memory); results are taken in order, so collapsing and the
    thumbnail see frames in order. The worker also makes each frame's mirrored hash and, one
    frame every ``video_variants.SPREAD_SECONDS``, its shapes' hashes (``video_variants``):
    only hashes are kept, never pixels.
    """

    def __init__(self, collapse_distance: int | None, thumbnails: _ThumbnailPicker) -> None:
        self._collapse_distance = collapse_distance
        self._thumbnails = thumbnails
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vpdq")
        self._reformatter = VideoReformatter()  # used by the worker thread only
        self._pending: tuple[int, float, Future[_Hashed]] | None = None
        self._kept: list[VpdqFrame] = []
        self._mirrored: list[tuple[str, int]] = []
        self._shapes: list[video_variants.ShapeHashes] = []
        self._next_shapes = 0.0

    def add(self, index: int, timestamp: float, frame: VideoFrame, turn: _DisplayTurn) -> None:
        self._take_pending()
        shapes = timestamp + _TIME_SLACK >= self._next_shapes
        if shapes:
            spread = video_variants.SPREAD_SECONDS
            self._next_shapes = (math.floor((timestamp + _TIME_SLACK) / spread) + 1) * spread
        self._pending = (index, timestamp, self._pool.submit(self._pdq_of, frame, turn, shapes))

    def finish(self) -> tuple[VpdqFrame, ...]:
        self._take_pending()
        return tuple(self._kept)

    def variants(self, seconds: float, per_minute: int) -> tuple[PdqSignal, ...]:
        """The variant fingerprints of the frames seen (``video_variants.select``)."""
        frames = [frame.hash for frame in self._kept]
        return video_variants.select(frames, self._mirrored, self._shapes, seconds, per_minute)

    def close(self) -> None:
        """Wait for the worker (at most one frame's hash) so no thread outlives the call."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _pdq_of(self, frame: VideoFrame, turn: _DisplayTurn, shapes: bool) -> _Hashed:
        rgb = turn.apply(_rgb_of(frame, self._reformatter))
        own, mirrored = pdq_with_mirror_from_rgb_filtered(rgb)
        shaped = video_variants.shape_hashes(rgb, own.quality) if shapes else None
        return _Hashed(own, mirrored, shaped, rgb)

    def _take_pending(self) -> None:
        if self._pending is None:
            return
        index, timestamp, future = self._pending
        self._pending = None
        hashed = future.result()
        pdq = hashed.pdq
        self._thumbnails.offer(hashed.rgb, pdq.quality)
        if hashed.shapes is not None:
            self._shapes.append(hashed.shapes)
        if (
            self._collapse_distance is not None
            and self._kept
            and hamming_distance(pdq.hash, self._kept[-1].hash) <= self._collapse_distance
        ):
            return
        self._kept.append(VpdqFrame(index, timestamp, pdq.hash, pdq.quality))
        self._mirrored.append((hashed.mirrored, pdq.quality))


@dataclass(frozen=True, slots=True)
class _Hashed:
    """What the worker makes of one sampled frame (``rgb``: the displayed picture)."""

    pdq: PdqResult
    mirrored: str
    shapes: video_variants.ShapeHashes | None
    rgb: NDArray[np.uint8]


def _rgb_of(frame: VideoFrame, reformatter: VideoReformatter) -> NDArray[np.uint8]:
    """The stored picture as (H, W, 3) RGB24, converted as Meta's reference converts it.

    The reference sets up swscale without colour details, so it uses BT.601 coefficients
    whatever the stream says (PDQ looks at luminance, which hardly depends on them); the
    range (limited or full) is the frame's own.
    """
    rgb = reformatter.reformat(
        frame,
        format="rgb24",
        src_colorspace=Colorspace.ITU601,
        dst_colorspace=Colorspace.ITU601,
        interpolation=_RGB_FLAGS,
        threads=1,
    )
    array: NDArray[np.uint8] = rgb.to_ndarray()  # type: ignore[assignment]
    return array


class _Sampler:
    """Picks frames by container time: the first frame at or after each 1/fps tick.

    Sampling by time rather than every n-th frame keeps one fingerprint per second on variable
    frame rate phone videos, and after a gap (a long still frame) it resumes on the next tick
    instead of catching up with a burst.
    """

    def __init__(self, fps: float | None) -> None:
        self._interval = None if fps is None else 1.0 / fps
        self._next_tick = 0

    def tick(self, timestamp: float) -> int:
        """The number of the last tick at or before ``timestamp`` (0 with every frame)."""
        if self._interval is None:
            return 0
        return math.floor((timestamp + _TIME_SLACK) / self._interval)

    def wants(self, timestamp: float) -> bool:
        if self._interval is None:
            return True
        tick = self.tick(timestamp)
        if tick < self._next_tick:
            return False
        self._next_tick = tick + 1
        return True


class _Dropper:
    """Lets the decoder drop frames that cannot be sampled, and says which it dropped.

    The sampled frame of each tick is the first frame, in presentation order, at or after it.
    So a packet whose time is later than that of a packet already read in the same tick can
    never be sampled: that earlier frame comes first. For such a packet the decoder's
    ``skip_frame`` is set to ``NONREF``, and FFmpeg drops the frame if no other frame is
    predicted from it (H.264/HEVC non-reference pictures, MPEG-4 B-frames, VP8 frames that
    refresh no reference); reference frames are still decoded, so every later frame decodes
    exactly as before. On an x264 stream with B-frames that is about 40% of the frames and of
    the decoding time at one sample a second. Frame threads copy ``skip_frame`` per packet.

    Dropped frames still count: a frame that comes out of the decoder after the packets we
    let it drop, in presentation order, is told their times (``dropped_before``), so frame
    numbers, times and the duration are those of decoding every frame. That needs the decoder
    to put frames out in presentation order; the first frame out of order (or without a time)
    turns dropping off for the rest of the video, and packets without a time, marked to be
    discarded (an edit list's lead-in) or before the stream's start are never dropped. The one
    difference from decoding everything is on damaged files: if the frame that should have
    been sampled fails to decode, the later frames of its tick may have been dropped with it.
    """

    #: Ticks further back than this are forgotten: a packet that old is never dropped.
    _MEMORY_TICKS: Final = 8

    def __init__(self, stream: VideoStream, sampler: _Sampler, *, enabled: bool) -> None:
        self._codec = stream.codec_context
        self._time_base: Fraction | None = stream.time_base
        self._start = stream.start_time if stream.start_time is not None else 0
        self._sampler = sampler
        self._enabled = enabled and bool(self._time_base)
        self._dropping = False
        self._first_of_tick: dict[int, int] = {}  # tick -> smallest pts read in it
        self._maybe_dropped: list[int] = []  # heap of the pts of packets sent with NONREF
        self._last_out: int | None = None

    def see(self, packet: av.Packet[VideoStream] | None) -> None:
        """Called with each packet before it is decoded (``None``: the end)."""
        drop = self._enabled and packet is not None and self._droppable(packet)
        if drop != self._dropping:
            self._codec.skip_frame = "NONREF" if drop else "DEFAULT"
            self._dropping = drop
        if drop and packet is not None and packet.pts is not None:
            heapq.heappush(self._maybe_dropped, packet.pts)

    def _droppable(self, packet: av.Packet[VideoStream]) -> bool:
        pts = packet.pts
        if pts is None or packet.is_discard or self._time_base is None:
            return False
        seconds = float((pts - self._start) * self._time_base)
        if not (math.isfinite(seconds) and seconds >= 0):
            return False
        tick = self._sampler.tick(seconds)
        first = self._first_of_tick.get(tick)
        if first is None or pts < first:
            self._first_of_tick[tick] = pts
            for old in [t for t in self._first_of_tick if t < tick - self._MEMORY_TICKS]:
                del self._first_of_tick[old]
            return False
        return pts > first

    def dropped_before(self, pts: int | None) -> list[int]:
        """The pts of dropped frames that come before the decoded frame at ``pts``, in order."""
        if not self._maybe_dropped and not self._enabled:
            return []
        if pts is None or (self._last_out is not None and pts <= self._last_out):
            self._enabled = False  # out of order: from here on, decode everything
            return []
        self._last_out = pts
        heap = self._maybe_dropped
        dropped = []
        while heap and heap[0] < pts:
            dropped.append(heapq.heappop(heap))
        while heap and heap[0] == pts:
            heapq.heappop(heap)  # this one was a reference frame: decoded after all
        return dropped

    def dropped_at_end(self) -> list[int]:
        """The pts of dropped frames after the last decoded one, in order."""
        dropped = sorted(self._maybe_dropped)
        self._maybe_dropped = []
        return dropped


class _Clock:
    """Frame times in seconds from the container, made safe to trust.

    Each frame's presentation time is counted from the stream's start. A damaged or odd file
    can give none, a negative one or one that goes backwards: those frames get the nominal-rate
    estimate (or the previous time), so timestamps never decrease and the sampler never stalls.
    """

    def __init__(self, stream: VideoStream) -> None:
        self._time_base: Fraction | None = stream.time_base
        self._start = stream.start_time if stream.start_time is not None else 0
        rate = stream.average_rate or stream.guessed_rate
        self._nominal = float(rate) if rate and math.isfinite(float(rate)) else None
        self._times: list[float] = []

    def timestamp(self, pts: int | None, index: int) -> float:
        if pts is not None and self._time_base:
            seconds = float((pts - self._start) * self._time_base)
        else:
            seconds = math.nan
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

    def __init__(self, callback: Callable[[float], None] | None, total: float | None) -> None:
        self._callback = callback
        valid = total is not None and math.isfinite(total) and total >= 1
        self._total = total if valid else None
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
        self.thumbnail = _thumbnail(rgb, self._size)


def _thumbnail(rgb: NDArray[np.uint8], size: int) -> Thumbnail:
    """Longest side at most ``size``, resized as ``image.py`` resizes photo thumbnails."""
    height, width = rgb.shape[:2]
    scale = min(1.0, size / max(height, width))
    target = (max(1, round(width * scale)), max(1, round(height * scale)))
    picture = Image.fromarray(np.ascontiguousarray(rgb))
    if target != picture.size:
        picture = picture.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
    return Thumbnail(picture.width, picture.height, picture.tobytes())
