"""Bench 1: every image signal of a 12-megapixel photo vs. Pillow's decode of it alone.

Printed side by side in one run, so the ratios hold on whatever machine runs them. Decoding is
the floor (each picture is decoded once); the target is all signals in <= 1.3x the decode.
Each figure is the best of several interleaved runs with the file in the page cache.

When Meta's C++ reference has been built as ``docs/HASHING-PDQ.md`` describes
(``/tmp/pdq-cpp/pdq-harness``), its end-to-end time on the same file (libjpeg decode, 512x512
nearest-neighbour, PDQ) is printed next to ours.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import imagehash
import numpy as np
from PIL import Image, ImageDraw

from takeitdown_desktop.hashing import image as image_module
from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.image import hash_image
from takeitdown_desktop.hashing.options import HashOptions

WIDTH, HEIGHT = 4000, 3000
REPEATS = 7
HARNESS = Path("/tmp/pdq-cpp/pdq-harness")


def make_photo(path: Path) -> None:
    """A photo-like 12 MP JPEG (q90): smooth gradients, mild noise and solid shapes."""
    rng = np.random.default_rng(12)
    y = np.linspace(0, 1, HEIGHT, dtype=np.float32)[:, np.newaxis]
    x = np.linspace(0, 1, WIDTH, dtype=np.float32)[np.newaxis, :]
    planes = [200 * x + 30 * y, 150 * y + 50 * np.sin(6 * x), 100 + 80 * np.cos(4 * x + 3 * y)]
    rgb = np.stack(planes, axis=2) + rng.normal(0, 6, (HEIGHT, WIDTH, 3)).astype(np.float32)
    picture = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for _ in range(40):
        left, top = int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT))
        size = int(rng.integers(50, 500))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        draw.ellipse([left, top, left + size, top + size], fill=colour)
    picture.save(path, quality=90)


def _decode(path: Path) -> None:
    with Image.open(path) as picture:
        picture.load()


def _pdq_only(path: Path) -> None:
    with Image.open(path) as picture:
        picture.load()
        image_module._pdq_of(picture)


def _imagehash_only(path: Path) -> None:
    with Image.open(path) as picture:
        picture.load()
        grey = picture.convert("L")
        imagehash.phash(grey)
        imagehash.dhash(grey)


def _best_times(actions: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best wall time of each action in seconds, running them interleaved REPEATS times."""
    best = dict.fromkeys(actions, float("inf"))
    for _ in range(REPEATS):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def _cpp_seconds(path: Path) -> float:
    """Per-file time the C++ reference pipeline measures for itself (no process start-up)."""
    completed = subprocess.run(
        [str(HARNESS), "file", "-n", "2", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"([0-9.]+) ms per file", completed.stderr)
    if match is None:
        raise RuntimeError(f"unexpected harness output: {completed.stderr!r}")
    return float(match.group(1)) / 1000


def main() -> None:
    image_module._prepare_pillow()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "photo-12mp.jpg"
        make_photo(path)
        size_mb = path.stat().st_size / 1e6
        luma = pdq.luma_from_rgb(np.random.default_rng(1).integers(0, 256, (512, 512, 3), "u1"))
        cpp_runs: list[float] = []
        actions: dict[str, Callable[[], object]] = {
            "decode": lambda: _decode(path),
            "all": lambda: hash_image(path, HashOptions()),
            "all+thumb": lambda: hash_image(path, HashOptions(thumbnail_size=256)),
            "pdq": lambda: _pdq_only(path),
            "imagehash": lambda: _imagehash_only(path),
            "luma512": lambda: pdq.pdq_from_luma(luma),
        }
        if HARNESS.exists():
            actions["cpp"] = lambda: cpp_runs.append(_cpp_seconds(path))
        times = _best_times(actions)
        cpp = min(cpp_runs) if cpp_runs else None

    decode = times["decode"]
    print(f"12-megapixel JPEG ({WIDTH}x{HEIGHT}, q90, {size_mb:.1f} MB), best of {REPEATS}:")
    print(f"  Pillow full decode alone                   {decode * 1000:7.1f} ms   1.00x")
    rows = [
        ("all signals (PDQ+8 dihedral, pHash, dHash)", "all"),
        ("  the same + 256-pixel thumbnail", "all+thumb"),
        ("decode + PDQ + 8 dihedral only", "pdq"),
        ("decode + pHash + dHash only (imagehash)", "imagehash"),
    ]
    for label, key in rows:
        print(f"  {label:<43}{times[key] * 1000:7.1f} ms   {times[key] / decode:.2f}x")
    print("  target: all signals <= 1.30x the decode")
    print(f"PDQ of a 512x512 luminance buffer (pdq_from_luma): {times['luma512'] * 1000:.2f} ms")
    if cpp is None:
        print("C++ reference not built (see docs/HASHING-PDQ.md): no comparison")
    else:
        ours = times["pdq"]
        print(
            f"Meta's C++ PDQ end to end on the file (libjpeg decode, 512 NN, hash): "
            f"{cpp * 1000:.1f} ms; ours (Pillow decode, 512 NN, hash + 8 dihedral): "
            f"{ours * 1000:.1f} ms = {ours / cpp:.2f}x the C++"
        )


if __name__ == "__main__":
    main()
