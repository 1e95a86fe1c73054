"""Bench: does a report find the copies people re-post? Matched as platforms match.

Natural photos come from Debian's wallpaper packages and Meta's reference photos
(tests/data/threatexchange, BSD); distractors (other content: Stellarium's nebulae and sky
drawings, Tux Paint's stamps) too. The packages are installed by the bench, never committed.
Each photo is fingerprinted by the app (``hashing.engine.hash_file``: PDQ, its 8 turns and
flips, and its variant fingerprints), then re-posted ``ALTERATIONS`` ways, every value drawn
at random for each photo (so never on the variants' grid), and saved as a file.

A platform hashes each upload once and matches at distance 31 or less: the ``pdq`` column is
one PDQ of the file (bit-exact with Meta's reference), the ``pdq_inner`` column is the
takeitdown_platform extension's matcher (borders trimmed, bands found: a dozen PDQs at most).
A copy is found when a hash of the upload is within 31 bits of a hash of its photo's report.
The ``weak`` column: the share of uploads whose own PDQ is weak (quality under 50: the
re-post itself is too flat, a narrow strip of sky, for any report to be sure of it), and
``pdq, strong``: the ``pdq`` figure among the others.
False matches: every altered copy against every *other* photo's report, and every distractor
against all reports.

Which photos count: one per wallpaper (the largest file), of PDQ quality 50 or more (a weak
PDQ is not matched by platforms), that PDQ can follow through a plain half-size re-save
(within 31 bits; flat drawings and glows cannot be matched by any PDQ, report or not), and not
the same picture as one already taken: neither, as it is, matches the other's report (the same
wallpaper in light and dark, twice, or one theme's artwork cut to 16:9 and to 4:3).

``python -m bench recall [--photos N] [--distractors N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import subprocess
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

from bench import bench_inner
from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.results import WEAK_PDQ_QUALITY
from takeitdown_desktop.submission.report import fingerprint_count

ROOT = Path(__file__).resolve().parents[1]
PHOTO_PACKAGES = (
    "gnome-backgrounds",
    "mate-backgrounds",
    "plasma-workspace-wallpapers",
    "ukui-wallpapers",
    "lomiri-wallpapers",
    "lomiri-wallpapers-16.04",
    "lomiri-wallpapers-20.04",
    "xfdesktop4-data",
    "desktop-base",
)
PHOTO_DIRS = (Path("/usr/share/backgrounds"), Path("/usr/share/wallpapers"),
              Path("/usr/share/desktop-base"))  # fmt: skip
REFERENCE_PHOTOS = ROOT / "tests/data/threatexchange/images"
DISTRACTOR_PACKAGES = ("stellarium-data", "tuxpaint-stamps-default")
DISTRACTOR_DIRS = (Path("/usr/share/stellarium"), Path("/usr/share/tuxpaint/stamps"))
SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MATCH = 31
LONGEST = 2048  # photos are re-posted from a copy this long: phones' upload size


# Alterations -------------------------------------------------------------------------------
# Each takes the photo (RGB) and a random source, and returns the re-posted file's bytes.

Alteration = Callable[[Image.Image, random.Random], bytes]


def _jpeg(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def _saved(image: Image.Image, rng: random.Random) -> bytes:
    """As apps save a re-post: at most 1080-1440 pixels long, JPEG of middling quality."""
    image = image.copy()
    longest = rng.choice([1080, 1280, 1440])
    image.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    return _jpeg(image, rng.randint(72, 90))


def _cut(image: Image.Image, left: float, top: float, right: float, bottom: float) -> Image.Image:
    w, h = image.size
    return image.crop((round(w * left), round(h * top), round(w * (1 - right)),
                       round(h * (1 - bottom))))  # fmt: skip


def _aspect(image: Image.Image, ratio: float, where: float) -> Image.Image:
    """Cut to ``ratio`` (width / height), the cut split ``where`` before and after."""
    w, h = image.size
    if ratio < w / h:
        keep = h * ratio
        left = (w - keep) * where
        return image.crop((round(left), 0, round(left + keep), h))
    keep = w / ratio
    top = (h - keep) * where
    return image.crop((0, round(top), w, round(top + keep)))


def _tilted(image: Image.Image, degrees: float) -> Image.Image:
    """Turned, then cut to the largest inside part of the same shape (a "straighten")."""
    w, h = image.size
    theta = math.radians(abs(degrees))
    aspect = w / h
    scale = min(aspect / (aspect * math.cos(theta) + math.sin(theta)),
                1 / (aspect * math.sin(theta) + math.cos(theta)))  # fmt: skip
    turned = image.rotate(degrees, resample=Image.Resampling.BICUBIC)
    cut = (1 - scale) / 2
    return _cut(turned, cut, cut, cut, cut)


def _letterbox(image: Image.Image, canvas: float, fill: tuple[int, int, int], where: float,
               margin: float = 0.0) -> Image.Image:  # fmt: skip
    """Fitted into a canvas of ``canvas`` (width / height), with bars of ``fill``."""
    w, h = image.size
    if w / h > canvas:
        cw = round(w / (1 - 2 * margin))
        ch = round(cw / canvas)
    else:
        ch = round(h / (1 - 2 * margin))
        cw = round(ch * canvas)
    out = Image.new("RGB", (cw, ch), fill)
    out.paste(image, (round((cw - w) * (where if w / h <= canvas else 0.5)),
                      round((ch - h) * (where if w / h > canvas else 0.5))))  # fmt: skip
    return out


def _sticker(image: Image.Image, rng: random.Random) -> Image.Image:
    out = image.copy()
    draw = ImageDraw.Draw(out)
    w, h = out.size
    size = round(min(w, h) * rng.uniform(0.2, 0.35))
    x, y = rng.randint(0, w - size), rng.randint(0, h - size)
    colour = tuple(rng.randint(0, 255) for _ in range(3))
    draw.ellipse([x, y, x + size, y + size], fill=colour, outline=(255, 255, 255),
                 width=max(2, size // 20))  # fmt: skip
    draw.ellipse([x + size // 4, y + size // 3, x + size // 3 + size // 8, y + size // 2],
                 fill=(0, 0, 0))  # fmt: skip
    return out


def _watermark(image: Image.Image, rng: random.Random) -> Image.Image:
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    size = max(12, image.width // 14)
    text = "@" + bench_inner._words(rng, 1)
    x = rng.choice([image.width // 30, image.width - size * len(text) // 2 - image.width // 30])
    y = image.height - size * 2
    draw.text((x, y), text, fill=(255, 255, 255, rng.randint(110, 190)),
              font=bench_inner._font(size))  # fmt: skip
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def _free_crop(image: Image.Image, rng: random.Random) -> Image.Image:
    return _cut(image, *(rng.uniform(0.02, 0.15) for _ in range(4)))


def _u(rng: random.Random, low: float, high: float) -> float:
    return rng.uniform(low, high)


ALTERATIONS: dict[str, dict[str, Alteration]] = {
    "re-encode and resize": {
        "JPEG q30-60": lambda im, r: _jpeg(im, r.randint(30, 60)),
        "resized to 25-60%": lambda im, r: _jpeg(
            im.resize(
                (max(8, round(im.width * (s := _u(r, 0.25, 0.6)))), max(8, round(im.height * s))),
                Image.Resampling.BICUBIC,
            ),
            80,
        ),
        "WebP": lambda im, r: _webp(im, r),  # noqa: PLW0108 (defined below)
        "grey": lambda im, r: _saved(ImageOps.grayscale(im).convert("RGB"), r),
        "brighter, more contrast": lambda im, r: _saved(
            ImageEnhance.Contrast(ImageEnhance.Brightness(im).enhance(_u(r, 0.85, 1.2))).enhance(
                _u(r, 0.85, 1.25)
            ),
            r,
        ),
        "warm filter": lambda im, r: _saved(_warm(im, r), r),
        "blurred": lambda im, r: _saved(im.filter(ImageFilter.GaussianBlur(_u(r, 1, 2.5))), r),
        "PNG screenshot size": lambda im, r: _png(im),
    },
    "flips and tilts": {
        "mirrored": lambda im, r: _saved(ImageOps.mirror(im), r),
        "turned 90": lambda im, r: _saved(im.transpose(Image.Transpose.ROTATE_90), r),
        "turned 180": lambda im, r: _saved(im.transpose(Image.Transpose.ROTATE_180), r),
        "tilted +3-7": lambda im, r: _saved(_tilted(im, _u(r, 3, 7)), r),
        "tilted -3-7": lambda im, r: _saved(_tilted(im, -_u(r, 3, 7)), r),
    },
    "one-side crops and zooms": {
        "top cut 3-30%": lambda im, r: _saved(_cut(im, 0, _u(r, 0.03, 0.3), 0, 0), r),
        "bottom cut 3-30%": lambda im, r: _saved(_cut(im, 0, 0, 0, _u(r, 0.03, 0.3)), r),
        "left cut 3-30%": lambda im, r: _saved(_cut(im, _u(r, 0.03, 0.3), 0, 0, 0), r),
        "right cut 3-30%": lambda im, r: _saved(_cut(im, 0, 0, _u(r, 0.03, 0.3), 0), r),
        "zoom to 70-97%": lambda im, r: _saved(_cut(im, *[(1 - _u(r, 0.7, 0.97)) / 2] * 4), r),
        "5% off each side": lambda im, r: _saved(_cut(im, 0.05, 0.05, 0.05, 0.05), r),
    },
    "aspect crops": {
        "1:1 centred": lambda im, r: _saved(_aspect(im, 1.0, 0.5), r),
        "1:1 at an edge": lambda im, r: _saved(_aspect(im, 1.0, r.choice([0.0, 1.0])), r),
        "4:5 centred": lambda im, r: _saved(_aspect(im, 0.8, 0.5), r),
        "9:16 fill": lambda im, r: _saved(_aspect(im, 9 / 16, 0.5), r),
        "16:9 centred": lambda im, r: _saved(_aspect(im, 16 / 9, 0.5), r),
        "3:4 at an edge": lambda im, r: _saved(_aspect(im, 0.75, r.choice([0.0, 1.0])), r),
    },
    "frames and bands": {
        "letterbox 9:16 black": lambda im, r: _saved(_letterbox(im, 9 / 16, (0, 0, 0), 0.5), r),
        "9:16 story, grey, off centre": lambda im, r: _saved(
            _letterbox(im, 9 / 16, (30, 30, 30), _u(r, 0.3, 0.7)), r
        ),
        "square, white bars": lambda im, r: _saved(_letterbox(im, 1.0, (255, 255, 255), 0.5), r),
        "4:5, dark bars, off centre": lambda im, r: _saved(
            _letterbox(im, 0.8, (38, 38, 38), _u(r, 0.2, 0.8)), r
        ),
        "caption band 8-30%": bench_inner.caption,
    },
    "hard": {
        "free crop, all four sides": lambda im, r: _saved(_free_crop(im, r), r),
        "phone screenshot": lambda im, r: bench_inner.screenshot(
            im, r, app_crop=False, next_post=None
        ),
        "screenshot, app cut 4:5/1:1": lambda im, r: bench_inner.screenshot(
            im, r, app_crop=True, next_post=None
        ),
        "sticker": lambda im, r: _saved(_sticker(im, r), r),
        "watermark": lambda im, r: _saved(_watermark(im, r), r),
        "story, narrowed, with text": lambda im, r: bench_inner.story(im, r, blurred=False),
        "story over its blur": lambda im, r: bench_inner.story(im, r, blurred=True),
    },
}


def _webp(image: Image.Image, rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="WEBP", quality=rng.randint(50, 80))
    return buffer.getvalue()


def _png(image: Image.Image) -> bytes:
    image = image.copy()
    image.thumbnail((1170, 1170), Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _warm(image: Image.Image, rng: random.Random) -> Image.Image:
    r, g, b = image.split()
    lift = rng.uniform(1.05, 1.15)
    return Image.merge("RGB", (r.point(lambda v: min(255, v * lift)), g,
                               b.point(lambda v: v / lift)))  # fmt: skip


# The photo and distractor sets ----------------------------------------------------------------


def _ensure(packages: tuple[str, ...]) -> None:
    subprocess.run([str(ROOT / "scripts/ensure-apt-packages"), *packages], check=False)


def _pictures(dirs: tuple[Path, ...]) -> list[Path]:
    return sorted(
        path
        for root in dirs
        if root.exists()
        for path in root.rglob("*")
        if path.suffix.lower() in SUFFIXES and path.is_file() and "screenshot" not in path.name
    )


def _plain_pdq(image: Image.Image) -> pdq.PdqResult:
    return pdq.pdq_from_rgb(np.asarray(image.convert("RGB")), dihedral=False)


def _load(path: Path) -> Image.Image:
    with Image.open(path) as image:
        image.load()
        rgb = (image.convert("RGBA") if "transparency" in image.info else image).convert("RGB")
    rgb.thumbnail((LONGEST, LONGEST), Image.Resampling.LANCZOS)
    return rgb


def photo_set(limit: int, *, stop_at_limit: bool = False) -> tuple[list[Path], dict[str, int]]:
    """The photos (see the module docstring), and how many were left out for each reason
    (``stop_at_limit``: the same first ``limit`` photos, without looking at the rest)."""
    _ensure(PHOTO_PACKAGES)
    largest: dict[str, tuple[int, Path]] = {}
    for path in _pictures(PHOTO_DIRS):
        parts = path.parts
        key = parts[parts.index("contents") - 1] if "contents" in parts else str(path)
        try:
            with Image.open(path) as image:
                area = image.width * image.height
                short = min(image.size)
        except OSError:
            continue
        if short >= 400 and (key not in largest or area > largest[key][0]):
            largest[key] = (area, path)
    candidates = [path for _area, path in sorted(largest.values(), key=lambda x: str(x[1]))]
    candidates += [p for p in _pictures((REFERENCE_PHOTOS,)) if "bridge-mods" not in p.parts]
    candidates.append(REFERENCE_PHOTOS / "bridge-mods/aaa-orig.jpg")
    kept: list[Path] = []
    seen: list[tuple[list[str], np.ndarray]] = []  # each kept photo's own hashes, its report's
    left_out = {"weak PDQ": 0, "PDQ does not survive a resize": 0, "same picture": 0}
    for path in candidates:
        if stop_at_limit and len(kept) == limit:
            break
        why = bench_inner.unmatchable(_load(path))
        if why is not None:
            left_out[why] += 1
            continue
        # The same picture: this one, as it is, matches a kept photo's report, or a kept
        # photo matches this one's (one theme's artwork cut to 16:9 and to 4:3 is one picture
        # re-framed, which is what the variants are for, not a false match).
        report = hash_file(path)
        if report.pdq is None:
            left_out["weak PDQ"] += 1
            continue
        own_hashes = [report.pdq.hash, *report.pdq_dihedral]
        every = _words([*own_hashes, *(v.hash for v in report.pdq_variants)])
        if any(_found(own_hashes, other) for _own, other in seen) or any(
            _found(other_own, every) for other_own, _other in seen
        ):
            left_out["same picture"] += 1
            continue
        seen.append((own_hashes, every))
        kept.append(path)
    return kept[:limit], left_out


def _found(query: list[str], listed: np.ndarray) -> bool:
    """Is any hash of ``query`` within the match distance of one of ``listed``?"""
    return any(
        int(np.bitwise_count(listed ^ word).sum(axis=1).min()) <= MATCH for word in _words(query)
    )


def distractor_set(limit: int, rng: random.Random) -> list[Path]:
    _ensure(DISTRACTOR_PACKAGES)
    found = [p for p in _pictures(DISTRACTOR_DIRS) if p.stat().st_size > 4000]
    rng.shuffle(found)
    return found[:limit]


# Running -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Uploads:
    """For one photo: per alteration, the hashes each matcher makes of the uploaded file, and
    the alterations whose upload has a weak PDQ (quality under 50) of its own."""

    photo: int
    hashes: dict[str, dict[str, list[str]]]
    weak: frozenset[str]


def _matchers() -> dict[str, Callable[[Path], list[str]]]:
    def plain(path: Path) -> list[str]:
        with Image.open(path) as image:
            return [_plain_pdq(image).hash]

    matchers: dict[str, Callable[[Path], list[str]]] = {"pdq": plain}
    try:
        import takeitdown_platform.inner  # noqa: F401, PLC0415
    except ImportError:
        print("takeitdown_platform is not installed: no pdq_inner column")
    else:
        matchers["pdq_inner"] = bench_inner.fold_in_column
    return matchers


def _uploads(task: tuple[int, str, int]) -> Uploads:
    """Every alteration of one photo, saved as a file and hashed by every matcher."""
    index, path, seed = task
    rng = random.Random(seed)
    photo = _load(Path(path))
    matchers = _matchers()
    out: dict[str, dict[str, list[str]]] = {}
    weak = set()
    with tempfile.TemporaryDirectory() as folder:
        upload = Path(folder) / "upload"
        for group in ALTERATIONS.values():
            for name, alteration in group.items():
                upload.write_bytes(alteration(photo, rng))
                out[name] = {matcher: run(upload) for matcher, run in matchers.items()}
                with Image.open(upload) as image:
                    if _plain_pdq(image).quality < WEAK_PDQ_QUALITY:
                        weak.add(name)
    return Uploads(index, out, frozenset(weak))


def _distractor_hashes(task: tuple[str, int]) -> dict[str, list[str]]:
    path, seed = task
    matchers = _matchers()
    with tempfile.TemporaryDirectory() as folder:
        upload = Path(folder) / "upload"
        upload.write_bytes(_saved(_load(Path(path)), random.Random(seed)))
        return {matcher: run(upload) for matcher, run in matchers.items()}


def _words(hashes: list[str]) -> np.ndarray:
    return pdq.hashes_to_words(hashes) if hashes else np.zeros((0, 4), dtype=np.uint64)


def _nearest_by_owner(query: list[str], listed: np.ndarray, owners: np.ndarray, count: int
                      ) -> np.ndarray:  # fmt: skip
    """The smallest distance from any query hash to each owner's hashes."""
    best = np.full(count, 256, dtype=np.int64)
    for word in _words(query):
        distance = np.bitwise_count(listed ^ word).sum(axis=1).astype(np.int64)
        np.minimum.at(best, owners, distance)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench recall")
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--distractors", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv or [])
    rng = random.Random(args.seed)
    photos, left_out = photo_set(args.photos)
    distractors = distractor_set(args.distractors, rng)
    print(f"{len(photos)} photos (left out: "
          + ", ".join(f"{n} {why}" for why, n in left_out.items())
          + f"), {len(distractors)} distractors", flush=True)  # fmt: skip

    results = []
    started = time.perf_counter()
    for path in photos:
        results.append(hash_file(path))
    hashing_seconds = time.perf_counter() - started
    listed, owners = [], []
    for index, result in enumerate(results):
        assert result.pdq is not None, result.path
        hashes = [result.pdq.hash, *result.pdq_dihedral, *(v.hash for v in result.pdq_variants)]
        listed += hashes
        owners += [index] * len(hashes)
    listed_words = _words(listed)
    owner_array = np.array(owners)
    counts = [fingerprint_count(result) for result in results]
    pdqs = [1 + len(r.pdq_dihedral) + len(r.pdq_variants) for r in results]
    item_bytes = [len(json.dumps({"v": [v.to_json() for v in r.pdq_variants]})) for r in results]

    workers = min(2, os.cpu_count() or 1)
    with ProcessPoolExecutor(workers) as pool:
        uploads = list(pool.map(_uploads, [(i, str(p), rng.randrange(1 << 30))
                                           for i, p in enumerate(photos)]))  # fmt: skip
        distractor_uploads = list(pool.map(_distractor_hashes, [(str(p), rng.randrange(1 << 30))
                                                                for p in distractors]))  # fmt: skip
    matchers = list(uploads[0].hashes[next(iter(uploads[0].hashes))]) if uploads else []
    found: dict[tuple[str, str], int] = {}
    strong_found: dict[str, int] = {}  # pdq, among uploads whose own PDQ is strong
    weak: dict[str, int] = {}
    false = dict.fromkeys(matchers, 0)
    false_pairs: set[tuple[str, int, int]] = set()  # (matcher, photo re-posted, photo found)
    for upload in uploads:
        for name, by_matcher in upload.hashes.items():
            for matcher, query in by_matcher.items():
                nearest = _nearest_by_owner(query, listed_words, owner_array, len(photos))
                hit = int(nearest[upload.photo] <= MATCH)
                found[(name, matcher)] = found.get((name, matcher), 0) + hit
                if matcher == "pdq" and name not in upload.weak:
                    strong_found[name] = strong_found.get(name, 0) + hit
                wrong = [i for i in np.nonzero(nearest <= MATCH)[0] if i != upload.photo]
                false[matcher] += int(bool(wrong))
                for other in wrong:
                    false_pairs.add((matcher, upload.photo, int(other)))
    for by_matcher in distractor_uploads:
        for matcher, query in by_matcher.items():
            nearest = _nearest_by_owner(query, listed_words, owner_array, len(photos))
            false[matcher] += int((nearest <= MATCH).any())

    for upload in uploads:
        for name in upload.weak:
            weak[name] = weak.get(name, 0) + 1
    total = len(photos)
    print(f"\n{'re-posted as':<34}" + "".join(f"{m:>10}" for m in matchers)
          + f"{'weak':>8}{'pdq, strong':>13}")  # fmt: skip
    overall = dict.fromkeys(matchers, 0)
    tried = 0
    for group, alterations in ALTERATIONS.items():
        group_found = dict.fromkeys(matchers, 0)
        for name in alterations:
            row = "".join(f"{100 * found[(name, m)] / total:>9.0f}%" for m in matchers)
            strong = total - weak.get(name, 0)
            row += f"{100 * weak.get(name, 0) / total:>7.0f}%"
            row += f"{100 * strong_found.get(name, 0) / max(1, strong):>12.0f}%"
            print(f"  {name:<32}{row}")
            for m in matchers:
                group_found[m] += found[(name, m)]
        copies = total * len(alterations)
        row = "".join(f"{100 * group_found[m] / copies:>9.1f}%" for m in matchers)
        print(f"{group + ' (group)':<34}{row}")
        if group != "hard":
            for m in matchers:
                overall[m] += group_found[m]
            tried += copies
    row = "".join(f"{100 * overall[m] / tried:>9.1f}%" for m in matchers)
    print(f"{'all but the hard group':<34}{row}")
    copies = total * sum(len(a) for a in ALTERATIONS.values())
    row = "".join(f"{false[m]:>10}" for m in matchers)
    print(f"{'false matches':<34}{row}   ({copies} copies x other reports, "
          f"{len(distractors)} distractors x all reports)")  # fmt: skip
    for matcher, photo, matched in sorted(false_pairs):
        print(f"  {matcher}: a copy of {photos[photo]} matched the report of {photos[matched]}")
    print(f"\nper photo: {np.mean(pdqs):.0f} PDQ hashes (min {min(pdqs)}, max {max(pdqs)}), "
          f"{np.mean(counts):.0f} fingerprints in all, variants {np.mean(item_bytes) / 1024:.1f} "
          f"KiB of JSON")  # fmt: skip
    _cost(photos, hashing_seconds)


def _cost(photos: list[Path], hashing_seconds: float) -> None:
    """Every signal of each photo file against Pillow's decode of it, best of 3, in one run."""
    best_hash = best_decode = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for path in photos:
            with Image.open(path) as image:
                image.load()
        best_decode = min(best_decode, time.perf_counter() - started)
        started = time.perf_counter()
        for path in photos:
            hash_file(path)
        best_hash = min(best_hash, time.perf_counter() - started)
    print(f"time per photo: all signals {1000 * best_hash / len(photos):.1f} ms, Pillow's decode "
          f"alone {1000 * best_decode / len(photos):.1f} ms: {best_hash / best_decode:.2f}x "
          f"(first pass {1000 * hashing_seconds / len(photos):.1f} ms a photo); the 12 MP "
          f"JPEG figure is bench image's")  # fmt: skip


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
