"""Bench 1: every image signal of a 12-megapixel photo vs. Pillow's decode of it alone.

Printed side by side in one run, so the ratios hold on whatever machine runs them. Decoding is
the floor (each picture is decoded once); the target is all signals, variant fingerprints
included, in <= 1.6x the decode (issue 11; 1.3x before there were variants).
Each figure is the best of several interleaved runs with the file in the page cache.

``python -m bench.bench_image --distance`` instead measures how far our pHash/dHash of big
pictures (made from a box-reduced copy, see ``hashing/image.py``) are from imagehash's on the
full picture, over Meta's reference pictures and a generated set.

When Meta's C++ reference has been built as ``docs/HASHING-PDQ.md`` describes
(``/tmp/pdq-cpp/pdq-harness``), its end-to-end time on the same file (libjpeg decode, 512x512
nearest-neighbour, PDQ) is printed next to ours.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import imagehash
import numpy as np
from PIL import Image, ImageDraw

from takeitdown_desktop.hashing import image as image_module
from takeitdown_desktop.hashing import imagehashes, pdq
from takeitdown_desktop.hashing.image import hash_image
from takeitdown_desktop.hashing.options import HashOptions

WIDTH, HEIGHT = 4000, 3000
REPEATS = 15
HARNESS = Path("/tmp/pdq-cpp/pdq-harness")
REFERENCE_IMAGES = Path(__file__).resolve().parents[1] / "tests/data/threatexchange/images"


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
    """What image.py did before: imagehash on the full-size grey picture."""
    with Image.open(path) as picture:
        picture.load()
        grey = picture.convert("L")
        imagehash.phash(grey)
        imagehash.dhash(grey)


def _ours_only(path: Path) -> None:
    with Image.open(path) as picture:
        picture.load()
        image_module._secondary_signals(picture, 0, 1)


def _one_thread(path: Path) -> None:
    """hash_image with the secondary signals run after PDQ in the same thread."""
    saved = image_module._THREAD_PIXELS
    image_module._THREAD_PIXELS = sys.maxsize
    try:
        hash_image(path, HashOptions())
    finally:
        image_module._THREAD_PIXELS = saved


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
            "serial": lambda: _one_thread(path),
            "pdq": lambda: _pdq_only(path),
            "ours": lambda: _ours_only(path),
            "imagehash": lambda: _imagehash_only(path),
            "luma512": lambda: pdq.pdq_from_luma(luma),
        }
        if HARNESS.exists():
            actions["cpp"] = lambda: cpp_runs.append(_cpp_seconds(path))
        times = _best_times(actions)
        cpp = min(cpp_runs) if cpp_runs else None

    decode = times["decode"]
    print(f"load average {_load_average()}")
    print(f"12-megapixel JPEG ({WIDTH}x{HEIGHT}, q90, {size_mb:.1f} MB), best of {REPEATS}:")
    print(f"  Pillow full decode alone                    {decode * 1000:7.1f} ms   1.00x")
    rows = [
        ("all signals (PDQ+8 dihedral, variants, pHash, dHash)", "all"),
        ("  the same + 256-pixel thumbnail", "all+thumb"),
        ("  the same in one thread (no overlap)", "serial"),
        ("decode + PDQ + 8 dihedral only", "pdq"),
        ("decode + pHash + dHash only (reduced copy)", "ours"),
        ("decode + imagehash on the full picture", "imagehash"),
    ]
    for label, key in rows:
        print(f"  {label:<44}{times[key] * 1000:7.1f} ms   {times[key] / decode:.2f}x")
    print("  target: all signals, variants included, <= 1.60x the decode")
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


def _load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def _bits(first: str, second: str) -> int:
    return (int(first, 16) ^ int(second, 16)).bit_count()


def _variants(picture: Image.Image, rng: np.random.Generator) -> Iterator[tuple[str, Image.Image]]:
    """A reference picture turned into big and altered copies, as photos arrive."""
    width, height = picture.size
    scale = (12e6 / (width * height)) ** 0.5
    big = picture.resize((round(width * scale), round(height * scale)), Image.Resampling.BICUBIC)
    yield "12 MP", big
    squashed = (round(width * scale * 0.7), round(height * scale * 0.55))
    yield "12 MP squashed", big.resize(squashed, Image.Resampling.BILINEAR)
    yield "rotated 90", picture.transpose(Image.Transpose.ROTATE_90)
    yield "rotated 7", picture.rotate(7, Image.Resampling.BICUBIC, expand=True)
    noisy = np.asarray(picture, dtype=np.float32) + rng.normal(0, 12, (height, width, 3))
    yield "noise 12", Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=40)
    with Image.open(buffer) as recompressed:
        recompressed.load()
        yield "JPEG q40", recompressed.copy()


def _distance_set() -> Iterator[tuple[str, str, Image.Image]]:
    """(group, name, picture): Meta's pictures and their variants, then hard synthetic ones."""
    rng = np.random.default_rng(5)
    for path in sorted(REFERENCE_IMAGES.rglob("*.*")):
        with Image.open(path) as decoded:
            picture = decoded.convert("RGB")
        yield "photos", path.name, picture
        for label, variant in _variants(picture, rng):
            yield "photos", f"{path.name} {label}", variant
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "photo.jpg"
        make_photo(path)
        with Image.open(path) as decoded:
            decoded.load()
            yield "photos", "bench 12 MP photo", decoded.copy()
    for width, height in [(3000, 2000), (1500, 1000), (800, 600)]:
        noise = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
        yield "synthetic", f"white noise {width}x{height}", Image.fromarray(noise)
    for pitch in (2, 3, 5, 7):
        stripes = np.zeros((2000, 3000), np.uint8)
        stripes[:, ::pitch] = 255
        yield "synthetic", f"1-pixel stripes every {pitch}", Image.fromarray(stripes).convert("RGB")
    page = Image.new("RGB", (3000, 2000), "white")
    draw = ImageDraw.Draw(page)
    for _ in range(300):
        where = (int(rng.integers(0, 2900)), int(rng.integers(0, 1950)))
        draw.text(where, "take it down " * 3, fill="black")
    yield "synthetic", "small text page", page


def distance_report() -> None:
    """Bits between our pHash/dHash and imagehash's on the full picture, per picture group."""
    found: dict[str, tuple[list[int], list[int]]] = {}
    exact = 0
    for group, name, picture in _distance_set():
        phash, dhash, _ = image_module._secondary_signals(picture, 0, 1)
        grey = picture.convert("L")
        # Same input, so our implementation must equal imagehash's (ties aside).
        if (imagehashes.phash(grey), imagehashes.dhash(grey)) == (
            str(imagehash.phash(grey)),
            str(imagehash.dhash(grey)),
        ):
            exact += 1
        reduced = max(picture.size) >= 2 * image_module.REDUCED_SIDE
        p_bits = _bits(phash, str(imagehash.phash(grey)))
        d_bits = _bits(dhash, str(imagehash.dhash(grey)))
        print(
            f"  {group:<10}{name:<44}{'reduced' if reduced else 'as is':>8}{p_bits:4d}{d_bits:4d}"
        )
        if reduced:
            phashes, dhashes = found.setdefault(group, ([], []))
            phashes.append(p_bits)
            dhashes.append(d_bits)
    print(f"imagehashes.py == imagehash on the same full picture: {exact} pictures")
    for group, (phashes, dhashes) in found.items():
        for label, values in [("pHash", phashes), ("dHash", dhashes)]:
            counts = np.bincount(values)
            spread = ", ".join(f"{bits}: {count}" for bits, count in enumerate(counts) if count)
            print(
                f"{group}, reduced ({len(values)} pictures), {label} bits off imagehash on the "
                f"full picture: median {np.median(values):.0f}, max {max(values)}, "
                f"mean {np.mean(values):.2f}; count by bits {{{spread}}}"
            )


if __name__ == "__main__":
    if "--distance" in sys.argv[1:]:
        distance_report()
    else:
        main()
