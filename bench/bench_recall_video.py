"""Bench: does a video's report find its re-uploads? Matched as platforms match videos.

Clips: Meta's vPDQ sample clips (tests/data/threatexchange/videos, BSD), and longer ones made
here with PyAV's FFmpeg filters: two shots of ``SHOT_SECONDS`` each from the photos the photo
bench uses (``bench_recall.photo_set``: Debian wallpapers, Meta's photos), each shot a slow
zoom or pan across the photo (``zoompan``, as slideshow and "Ken Burns" videos move), and
FFmpeg's ``mandelbrot`` zoom. Distractors: clips made the same way from other photos, and
FFmpeg's ``life``, ``cellauto`` and ``testsrc2``.

Each clip is fingerprinted by the app (``hashing.engine.hash_file``: vPDQ at 1 frame/s with
its variants), then re-uploaded ``ALTERATIONS`` ways with FFmpeg's filters and libx264; the
values that vary (where a 9:16 reframe cuts, a band's size, a sticker's place) are drawn at
random for each clip. A platform hashes each upload with pytx's vPDQ (the ``vpdq`` binding,
``seconds_per_hash=1``; without it, this app's hasher at 1 frame/s with every frame kept) and
applies pytx's rule: the upload's distinct frames of quality 50 or more, each found when
within 31 bits of a frame of the report, and the video found when 80% of them are.

Budgets: the report is made again with ``SHAPES_PER_MINUTE`` at each of ``BUDGETS`` (0: the
mirrored frames only), and with no variants at all (today's report), from the same clips and
uploads. "as two entries" matches the frames and the variants as two separate videos (the
other arrangement a list could publish them in).

``python -m bench recall_video [--photo-clips N] [--distractors N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import math
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error
import numpy as np
from av.filter import Graph
from av.video.frame import PictureType, VideoFrame
from PIL import Image

from bench import bench_recall
from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.options import VIDEO_SHAPES_PER_MINUTE, HashOptions
from takeitdown_desktop.hashing.video import hash_video

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CLIPS = ROOT / "tests/data/threatexchange/videos"
MATCH = 31
QUALITY = 50
SHARE = 80.0
SHOT_SECONDS = 10
RATE = 30
SIZE = (1280, 720)
BUDGETS = (0, 120, 360, 720)

Filters = list[tuple[str, str]]


# Making and altering clips --------------------------------------------------------------------


def _pulled(graph: Graph) -> Iterator[VideoFrame]:
    while True:
        try:
            yield graph.vpull()
        except (av.error.BlockingIOError, av.error.EOFError):
            return


def _graph(template: VideoFrame, rate: int, filters: Filters) -> Graph:
    graph = Graph()
    source = graph.add_buffer(
        width=template.width,
        height=template.height,
        format=template.format,
        time_base=Fraction(1, rate),
    )
    last = source
    for name, args in [*filters, ("format", "yuv420p")]:
        node = graph.add(name, args)
        last.link_to(node)
        last = node
    sink = graph.add("buffersink")
    last.link_to(sink)
    graph.configure()
    return graph


def _filtered(frames: Iterator[VideoFrame], rate: int, filters: Filters) -> Iterator[VideoFrame]:
    graph: Graph | None = None
    for number, frame in enumerate(frames):
        if graph is None:
            graph = _graph(frame, rate, filters)
        frame.pts = number
        frame.time_base = Fraction(1, rate)
        graph.push(frame)
        yield from _pulled(graph)
    if graph is not None:
        graph.push(None)
        yield from _pulled(graph)


def _encode(path: Path, frames: Iterator[VideoFrame], rate: int, crf: int = 26) -> Path:
    with av.open(str(path), "w") as output:
        stream = output.add_stream(
            "libx264", rate=rate, options={"preset": "veryfast", "crf": str(crf)}
        )
        stream.thread_type = "AUTO"
        started = False
        for frame in frames:
            if not started:
                stream.width, stream.height, stream.pix_fmt = frame.width, frame.height, "yuv420p"
                started = True
            frame.pts = None
            frame.pict_type = PictureType.NONE
            output.mux(stream.encode(frame))
        output.mux(stream.encode())
    return path


def _decoded(path: Path) -> tuple[Iterator[VideoFrame], int]:
    source = av.open(str(path))
    stream = source.streams.video[0]
    stream.thread_type = "AUTO"
    rate = round(float(stream.average_rate or RATE))

    def frames() -> Iterator[VideoFrame]:
        with source:
            yield from source.decode(stream)

    return frames(), rate


def _shot(photo: Path, move: int, width: int, height: int) -> Iterator[VideoFrame]:
    """``SHOT_SECONDS`` of a slow zoom or pan over ``photo`` at ``RATE`` frame/s."""
    image = Image.open(photo).convert("RGB")
    scale = max(2 * width / image.width, 2 * height / image.height)  # room to zoom smoothly
    image = image.resize(
        (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
    )
    count = SHOT_SECONDS * RATE
    zoom, x, y = [
        ("1+0.25*on/{n}", "(iw-iw/zoom)/2", "(ih-ih/zoom)/2"),  # zoom in
        ("1.25-0.25*on/{n}", "(iw-iw/zoom)/2", "(ih-ih/zoom)/3"),  # zoom out
        ("1.2", "(iw-iw/zoom)*on/{n}", "(ih-ih/zoom)/2"),  # pan to the right
        ("1.2", "(iw-iw/zoom)/2", "(ih-ih/zoom)*(1-on/{n})"),  # pan up
    ][move % 4]
    args = f"z='{zoom}':x='{x}':y='{y}':d={count}:s={width}x{height}:fps={RATE}".replace(
        "{n}", str(count)
    )
    still = VideoFrame.from_ndarray(np.asarray(image), format="rgb24")
    return _filtered(iter([still]), RATE, [("zoompan", args)])


def _source_clip(name: str, seconds: int, width: int, height: int) -> Iterator[VideoFrame]:
    graph = Graph()
    source = graph.add(name, f"size={width}x{height}:rate={RATE}")
    trim = graph.add("trim", f"duration={seconds}")
    to_yuv = graph.add("format", "yuv420p")
    sink = graph.add("buffersink")
    source.link_to(trim)
    trim.link_to(to_yuv)
    to_yuv.link_to(sink)
    graph.configure()
    yield from _pulled(graph)


def _photo_clip(path: Path, photos: list[Path], move: int) -> Path:
    width, height = SIZE

    def frames() -> Iterator[VideoFrame]:
        for shot, photo in enumerate(photos):
            yield from _shot(photo, move + shot, width, height)

    return _encode(path, frames(), RATE, crf=20)


# Alterations: FFmpeg filters for a (width, height) clip and a random source.
Alteration = Callable[[int, int, random.Random], Filters]


def _fill(width: int, height: int, where: float) -> Filters:
    """Cut to 9:16, the cut split ``where`` before and after, at 720x1280."""
    if width / height > 9 / 16:
        keep = round(height * 9 / 16) // 2 * 2
        return [
            ("crop", f"{keep}:{height}:{round((width - keep) * where)}:0"),
            ("scale", "720:1280"),
        ]
    keep = round(width * 16 / 9) // 2 * 2
    return [("crop", f"{width}:{keep}:0:{round((height - keep) * where)}"), ("scale", "720:1280")]


def _letterbox(canvas_w: int, canvas_h: int) -> Filters:
    return [
        ("scale", f"{canvas_w}:{canvas_h}:force_original_aspect_ratio=decrease"),
        ("pad", f"{canvas_w}:{canvas_h}:(ow-iw)/2:(oh-ih)/2:black"),
    ]


def _band(width: int, height: int, rng: random.Random) -> Filters:
    """A caption band above the picture (12-20% of the new height), white, with dark lines
    of "text" in it."""
    share = rng.uniform(0.12, 0.20)
    total = round(height / (1 - share)) // 2 * 2
    band = total - height
    line = max(4, band // 6)
    return [
        ("pad", f"{width}:{total}:0:{band}:white"),
        ("drawbox", f"x={width // 8}:y={band // 3}:w={width * 3 // 4}:h={line}:color=black:t=fill"),
        (
            "drawbox",
            f"x={width // 5}:y={band // 3 + 2 * line}:w={width // 2}:h={line}:color=black:t=fill",
        ),
        ("scale", "-2:720"),
    ]


def _sticker(width: int, height: int, rng: random.Random) -> Filters:
    size = round(min(width, height) * rng.uniform(0.2, 0.3))
    x, y = rng.randint(0, width - size), rng.randint(0, height - size)
    colour = "0x" + "".join(f"{rng.randint(0, 255):02x}" for _ in range(3))
    return [
        ("drawbox", f"x={x}:y={y}:w={size}:h={size}:color={colour}:t=fill"),
        (
            "drawbox",
            f"x={x + size // 4}:y={y + size // 4}:w={size // 2}:h={size // 2}:color=white:t=fill",
        ),
        ("scale", "-2:720"),
    ]


ALTERATIONS: dict[str, Alteration] = {
    "re-encoded 720p": lambda w, h, r: [("scale", "-2:720")],
    "re-encoded 360p": lambda w, h, r: [("scale", "-2:360")],
    "first 3 s trimmed": lambda w, h, r: [
        ("trim", "start=3"),
        ("setpts", "PTS-STARTPTS"),
        ("scale", "-2:720"),
    ],
    "mirrored": lambda w, h, r: [("hflip", ""), ("scale", "-2:720")],
    "9:16 fill": lambda w, h, r: _fill(w, h, 0.5),
    "9:16 letterbox": lambda w, h, r: _letterbox(720, 1280),
    "1:1 letterbox": lambda w, h, r: _letterbox(720, 720),
    "9:16 off centre": lambda w, h, r: _fill(
        w, h, r.choice([r.uniform(0.2, 0.3), r.uniform(0.7, 0.8)])
    ),
    "10% crop": lambda w, h, r: [("crop", "iw*0.9:ih*0.9"), ("scale", "-2:720")],
    "caption band 12-20%": _band,
    "sticker": _sticker,
}
TARGETS = {
    "re-encoded 720p": 99,
    "re-encoded 360p": 99,
    "first 3 s trimmed": 99,
    "mirrored": 95,
    "9:16 fill": 95,
    "9:16 letterbox": 95,
    "10% crop": 90,
    "caption band 12-20%": 90,
}


def _altered(clip: Path, out: Path, filters: Filters) -> Path:
    frames, rate = _decoded(clip)
    return _encode(out, _filtered(frames, rate, filters), rate)


# Hashing and matching -------------------------------------------------------------------------


def _platform_hasher() -> tuple[str, Callable[[Path], list[tuple[str, int]]]]:
    try:
        from threatexchange.extensions.vpdq.vpdq_util import hash_file_compact  # noqa: PLC0415
    except ImportError:

        def ours(path: Path) -> list[tuple[str, int]]:
            frames = hash_video(path, HashOptions(), collapse_distance=None).frames
            return [(f.hash, f.quality) for f in frames]

        return "this app's vPDQ at 1 frame/s (make platform-deps for pytx's)", ours

    def pytx(path: Path) -> list[tuple[str, int]]:
        return [(f.pdq_hex, f.quality) for f in hash_file_compact(str(path), 1.0)]

    return "pytx vPDQ (vpdq binding), 1 frame/s", pytx


def _words(hashes: list[str]) -> np.ndarray:
    return pdq.hashes_to_words(hashes) if hashes else np.zeros((0, 4), dtype=np.uint64)


def _query(upload: list[tuple[str, int]]) -> np.ndarray:
    """pytx's query frames: distinct hashes of quality 50 or more."""
    return _words(list(dict.fromkeys(h for h, q in upload if q >= QUALITY)))


def found_share(query: np.ndarray, listed: np.ndarray) -> float:
    """The share (%) of the query frames within ``MATCH`` bits of a listed hash."""
    if len(query) == 0 or len(listed) == 0:
        return 0.0
    near = [int(np.bitwise_count(listed ^ word).sum(axis=1).min()) <= MATCH for word in query]
    return 100.0 * sum(near) / len(query)


@dataclass(frozen=True)
class Report:
    """One clip's report as platforms list it: frames, and variants at one budget."""

    frames: np.ndarray
    variants: np.ndarray
    count: int
    seconds: float


def _report(clip: Path, budget: int | None) -> Report:
    """The app's report; ``budget``: shapes a minute (``None``: no variants at all)."""
    result = hash_file(clip, HashOptions(video_shapes_per_minute=budget or 0))
    frames = [f.hash for f in result.vpdq if f.quality >= QUALITY]
    variants = [] if budget is None else [v.hash for v in result.vpdq_variants]
    return Report(
        _words(frames), _words(variants), len(result.vpdq) + len(variants), result.duration or 1.0
    )


def _listed(report: Report) -> np.ndarray:
    return np.concatenate([report.frames, report.variants])


def _photo_clips(folder: Path, count: int, distractors: int) -> tuple[list[Path], list[Path]]:
    photos, _left_out = bench_recall.photo_set(2 * (count + distractors), stop_at_limit=True)
    clips = [
        _photo_clip(folder / f"photos-{i}.mp4", photos[2 * i : 2 * i + 2], i)
        for i in range(min(count, len(photos) // 2))
    ]
    rest = photos[2 * len(clips) :]
    others = [
        _photo_clip(folder / f"other-{i}.mp4", rest[2 * i : 2 * i + 2], i + 1)
        for i in range(min(distractors, len(rest) // 2))
    ]
    return clips, others


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench recall_video")
    parser.add_argument("--photo-clips", type=int, default=6)
    parser.add_argument("--distractors", type=int, default=6)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv or [])
    rng = random.Random(args.seed)
    platform, platform_hash = _platform_hasher()
    with tempfile.TemporaryDirectory(prefix="bench-recall-video-") as name:
        folder = Path(name)
        started = time.perf_counter()
        photo_clips, other_clips = _photo_clips(folder, args.photo_clips, args.distractors)
        clips = sorted(SAMPLE_CLIPS.glob("*.mp4")) + photo_clips
        clips.append(
            _encode(folder / "mandelbrot.mp4", _source_clip("mandelbrot", 20, 960, 540), RATE)
        )
        # Noise-like sources, small: at 720p they take 60 MB and most of the bench's time.
        distractors = other_clips + [
            _encode(folder / f"{source}.mp4", _source_clip(source, 20, 640, 360), RATE)
            for source in ("life", "cellauto", "testsrc2")
        ]
        print(
            f"{len(clips)} clips ({len(photo_clips)} from photos, 2 shots of {SHOT_SECONDS} s; "
            f"Meta's samples; mandelbrot), {len(distractors)} distractor clips; made in "
            f"{time.perf_counter() - started:.0f} s; uploads hashed by {platform}",
            flush=True,
        )

        uploads: list[dict[str, np.ndarray]] = []
        for index, clip in enumerate(clips):
            with av.open(str(clip)) as source:
                stream = source.streams.video[0]
                width, height = stream.codec_context.width, stream.codec_context.height
            by_name = {}
            for alteration, filters in ALTERATIONS.items():
                out = _altered(clip, folder / f"upload-{index}.mp4", filters(width, height, rng))
                by_name[alteration] = _query(platform_hash(out))
            uploads.append(by_name)
        distractor_queries = [
            _query(platform_hash(_altered(d, folder / "upload-d.mp4", [("scale", "-2:720")])))
            for d in distractors
        ]
        print(f"uploads made and hashed in {time.perf_counter() - started:.0f} s", flush=True)

        levels: list[int | None] = [None, *BUDGETS]
        reports = {level: [_report(clip, level) for clip in clips] for level in levels}
        _print_recall(clips, uploads, distractor_queries, reports)
        _print_cost(clips)


def _label(level: int | None) -> str:
    return "none" if level is None else f"{level}/min"


def _print_recall(
    clips: list[Path],
    uploads: list[dict[str, np.ndarray]],
    distractors: list[np.ndarray],
    reports: dict[int | None, list[Report]],
) -> None:
    levels = list(reports)
    total = len(clips)
    print(
        f"\nfound (of {total} clips), by variant budget (shapes a minute; 0: mirrored frames "
        "only; none: today's report)"
    )
    print(
        f"  {'re-uploaded as':<22}"
        + "".join(f"{_label(level):>10}" for level in levels)
        + f"{'2 entries':>11}{'target':>8}"
    )
    default = VIDEO_SHAPES_PER_MINUTE
    for name in ALTERATIONS:
        row = ""
        for level in levels:
            hits = sum(
                found_share(up[name], _listed(reports[level][i])) >= SHARE
                for i, up in enumerate(uploads)
            )
            row += f"{100 * hits / total:>9.0f}%"
        two = sum(
            max(
                found_share(up[name], reports[default][i].frames),
                found_share(up[name], reports[default][i].variants),
            )
            >= SHARE
            for i, up in enumerate(uploads)
        )
        target = TARGETS.get(name)
        print(f"  {name:<22}{row}{100 * two / total:>10.0f}%" + (f"{target:>7}%" if target else ""))
    for level in levels:
        listed = [_listed(r) for r in reports[level]]
        false = 0
        worst = 0.0
        for i, up in enumerate(uploads):
            for name in ALTERATIONS:
                for j, other in enumerate(listed):
                    if j != i:
                        share = found_share(up[name], other)
                        worst = max(worst, share)
                        false += share >= SHARE
        for query in distractors:
            for other in listed:
                share = found_share(query, other)
                worst = max(worst, share)
                false += share >= SHARE
        per_minute = [60 * r.count / r.seconds for r in reports[level]]
        longer = [60 * r.count / r.seconds for r in reports[level] if r.seconds >= 15]
        print(
            f"  {_label(level):>8}: false matches {false} (highest share of frames found in "
            f"another clip's report {worst:.0f}%), hashes a minute: mean "
            f"{np.mean(per_minute):.0f}, clips over 15 s {min(longer):.0f}-{max(longer):.0f}"
        )
    print(
        f"  ({len(uploads) * len(ALTERATIONS)} uploads x {total - 1} other reports, "
        f"{len(distractors)} distractors x {total} reports)"
    )


def _print_cost(clips: list[Path]) -> None:
    """The app's hashing (with variants) against decoding every frame, best of 3, in turn."""
    best = {"decode": math.inf, "vpdq": math.inf}
    for _ in range(3):
        started = time.perf_counter()
        for clip in clips:
            frames, _rate = _decoded(clip)
            for _frame in frames:
                pass
        best["decode"] = min(best["decode"], time.perf_counter() - started)
        started = time.perf_counter()
        for clip in clips:
            hash_video(clip, HashOptions())
        best["vpdq"] = min(best["vpdq"], time.perf_counter() - started)
    print(
        f"\ntime, all {len(clips)} clips: vPDQ with variants {best['vpdq']:.1f} s, decoding "
        f"every frame {best['decode']:.1f} s: {best['vpdq'] / best['decode']:.2f}x "
        "(bench video has the B-frame and I/P ratios)"
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
