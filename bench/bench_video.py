"""Bench 3 and 4: vPDQ at one frame a second against plain decoding, and peak memory.

Printed side by side in one run, so the ratios hold on whatever machine runs them:

3. For a 720p and a 1080p H.264 clip: decoding every frame to pixels (``read``, the
   baseline, target ratio <= 1.0), decoding every frame without colour conversion (``grab``,
   the floor of any decoder-based approach), our ``hash_video`` at 1 frame/s, and the other
   strategy, seeking to each second (``CAP_PROP_POS_MSEC``) instead of decoding through.
4. Peak RSS of a separate process hashing a 2 GiB H.264 video (target <= 300 MB), next to
   the peak RSS of a process that only imports the same modules.

Clips are made with the Debian ``ffmpeg`` command (``make bench`` installs it) in a temporary
folder that is deleted afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import cv2

from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.video import hash_video

CLIP_SECONDS = 20
BIG_SIZE = 2 << 30
REPEATS = 3

_HASH_IN_CHILD = """
import sys
from pathlib import Path
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.video import hash_video
signals = hash_video(Path(sys.argv[1]), HashOptions())
print(len(signals.frames), signals.duration, file=sys.stderr)
"""

_IMPORT_IN_CHILD = """
import takeitdown_desktop.hashing.video
"""

# Runs ``code`` in a grandchild and prints its peak RSS (KiB): RUSAGE_CHILDREN of this middle
# process then covers that one process only, not the ffmpeg runs that made the clips.
_MEASURE_CHILD = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def _make_clip(path: Path, width: int, height: int) -> Path:
    """A moving test pattern, x264 defaults (CRF 23, B-frames, 250-frame GOP), 30 frame/s."""
    _ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=size={width}x{height}:rate=30",
        "-t", str(CLIP_SECONDS), "-c:v", "libx264", "-preset", "veryfast",
        "-pix_fmt", "yuv420p", str(path),
    )  # fmt: skip
    return path


def _make_big(folder: Path) -> Path:
    """About 2 GiB cheaply: 10 s of high-bitrate 1080p, then stream-copied end to end."""
    seed = folder / "seed.mp4"
    _ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30", "-t", "10",
        "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "120M", "-pix_fmt", "yuv420p",
        str(seed),
    )  # fmt: skip
    loops = BIG_SIZE // seed.stat().st_size + 1
    big = folder / "big.mp4"
    _ffmpeg("-stream_loop", str(loops - 1), "-i", str(seed), "-c", "copy", str(big))
    seed.unlink()
    return big


def _best_of(action: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds (all threads of this process, FFmpeg's too).

    CPU time is printed next to wall time because on a shared machine wall time swings with
    other people's work; the two ratios together say whether we do less work and wait less.
    """
    best_wall = best_cpu = float("inf")
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def _decode_all(path: Path, *, pixels: bool) -> int:
    capture = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG)
    count = 0
    while capture.read()[0] if pixels else capture.grab():
        count += 1
    capture.release()
    return count


def _seek_each_second(path: Path) -> int:
    capture = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG)
    count = 0
    for second in range(CLIP_SECONDS):
        capture.set(cv2.CAP_PROP_POS_MSEC, second * 1000.0)
        if capture.read()[0]:
            count += 1
    capture.release()
    return count


def _peak_rss_mib(code: str, *args: str) -> float:
    output = subprocess.run(
        [sys.executable, "-c", _MEASURE_CHILD, code, *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(output.split()[-1]) / 1024  # Linux reports KiB


def _bench_speed(folder: Path) -> None:
    print(
        f"3. vPDQ at 1 frame/s vs decoding every frame ({CLIP_SECONDS} s clips, best of "
        f"{REPEATS}; wall seconds / CPU seconds; load average {os.getloadavg()[0]:.1f})"
    )
    print(f"   {'clip':<6} {'read all':>12} {'grab all':>12} {'vPDQ 1/s':>12}"
          f" {'seek 1/s':>12} {'vPDQ/read':>12} {'vPDQ/grab':>12}")  # fmt: skip
    for label, (width, height) in (("720p", (1280, 720)), ("1080p", (1920, 1080))):
        clip = _make_clip(folder / f"{label}.mp4", width, height)
        read = _best_of(partial(_decode_all, clip, pixels=True))
        grab = _best_of(partial(_decode_all, clip, pixels=False))
        ours = _best_of(partial(hash_video, clip, HashOptions()))
        seek = _best_of(partial(_seek_each_second, clip))
        cells = " ".join(f"{wall:>5.2f}/{cpu:>5.2f}s" for wall, cpu in (read, grab, ours, seek))
        ratios = " ".join(
            f"{ours[0] / base[0]:>5.2f}/{ours[1] / base[1]:>5.2f}x" for base in (read, grab)
        )
        print(f"   {label:<6} {cells} {ratios}")
        clip.unlink()


def _bench_memory(folder: Path) -> None:
    big = _make_big(folder)
    size_gib = big.stat().st_size / (1 << 30)
    start = time.perf_counter()
    hashing = _peak_rss_mib(_HASH_IN_CHILD, str(big))
    elapsed = time.perf_counter() - start
    imports = _peak_rss_mib(_IMPORT_IN_CHILD)
    print(f"4. peak RSS hashing a {size_gib:.2f} GiB 1080p H.264 video at 1 frame/s")
    print(f"   hashing: {hashing:.0f} MiB (target <= 300 MB), took {elapsed:.0f} s")
    print(f"   imports alone: {imports:.0f} MiB")
    big.unlink()


def main() -> None:
    if shutil.which("ffmpeg") is None:
        print("ffmpeg is not installed (make bench installs it); skipping the video bench")
        return
    print(f"OpenCV {cv2.__version__}, {cv2.getNumberOfCPUs()} CPUs")
    with tempfile.TemporaryDirectory(prefix="bench-video-") as folder:
        _bench_speed(Path(folder))
        _bench_memory(Path(folder))


if __name__ == "__main__":
    main()
