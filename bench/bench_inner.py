"""Bench: ``pdq_inner`` (takeitdown_platform/inner.py) against plain ``pdq``, as platforms match.

Natural photos come from Debian's wallpaper packages (installed by the bench, never
committed). Half of them are reported, the other half are other people's photos. Each reported
photo is fingerprinted by the app (``hashing.engine.hash_file``: PDQ, its dihedral hashes and
its variants when the app makes them), then re-posted the hard ways, with random parameters:

- ``screenshot``: a phone screenshot of a feed (status bar, app bar, post header, the photo
  full width or with margins, its own shape or cut to 4:5 / 1:1 as apps do, buttons, caption,
  the next post, nav bar; light or dark; re-saved as JPEG, sometimes scaled down);
- ``caption``: a caption band of 8-30% above or below, white or black, with text;
- ``story``: 9:16 with flat bars, or over a blurred copy of itself.

A copy is found when any hash the matcher makes of it is within 31 bits of any hash of its
report. False matches: every altered copy against every *other* report, and the unreported
photos (whole, cropped at random, and put in screenshots and captions) against all reports.
Cost: ``pdq_inner`` of an ordinary upload (the original photo as JPEG) against pytx's ``pdq``
of the same file, decode included, best of several runs.

``python -m bench inner``, or ``python -m bench.bench_inner [--photos N] [--seed S]``.
``fold_in_column(path)`` is the matcher for another recall bench: the hashes ``pdq_inner``
makes of one altered file.
"""

from __future__ import annotations

import argparse
import io
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.results import WEAK_PDQ_QUALITY

WALLPAPER_PACKAGES = (
    "gnome-backgrounds",
    "mate-backgrounds",
    "plasma-workspace-wallpapers",
    "ukui-wallpapers",
    "lomiri-wallpapers-16.04",
    "lomiri-wallpapers-20.04",
)
WALLPAPER_DIRS = (Path("/usr/share/backgrounds"), Path("/usr/share/wallpapers"))
SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MATCH = 31
GROUPS = ("screenshot", "screenshot (app crop)", "caption", "story (bars)", "story (blurred)")
REPEATS = 5


def fold_in_column(path: Path) -> list[str]:
    """The matcher: the PDQ hashes ``pdq_inner`` makes of one upload."""
    from takeitdown_platform.inner import PdqInnerSignal  # noqa: PLC0415 (platform extra)

    value = PdqInnerSignal.hash_from_file(path)
    return value.split(",") if value else []


def _plain_pdq(path: Path) -> list[str]:
    from threatexchange.signal_type.pdq.signal import PdqSignal  # noqa: PLC0415

    value = PdqSignal.hash_from_file(path)
    return [value] if value else []


def natural_photos(limit: int) -> list[Path]:
    """One picture per wallpaper (the largest landscape one) that looks like a photo, sorted.

    Drawings and renders (flat areas, smooth gradients) are left out: nobody photographs
    those, and their near-flat PDQs collide with each other. So are the photos no PDQ can
    match once resized (``unmatchable``), as in the recall bench.
    """
    subprocess.run(
        [str(Path(__file__).resolve().parents[1] / "scripts/ensure-apt-packages"),
         *WALLPAPER_PACKAGES],
        check=False,
    )  # fmt: skip
    chosen: dict[str, Path] = {}
    for root in WALLPAPER_DIRS:
        for path in sorted(root.rglob("*")):
            if path.suffix.lower() not in SUFFIXES or not path.is_file():
                continue
            key = path.parent.parent.name if path.parent.name.startswith("images") else path.stem
            try:
                with Image.open(path) as image:
                    size = image.width * image.height if image.width >= image.height else 0
            except OSError:
                continue
            best = chosen.get(key)
            if size and (best is None or size > _area(best)):
                chosen[key] = path
    kept: list[Path] = []
    seen: list[np.ndarray] = []
    for path in sorted(chosen.values()):
        if not _photo_like(path) or unmatchable(_load(path)) is not None:
            continue
        # The same picture at another size, or its light and dark versions, count once.
        hashes = report_hashes(path)
        if any(_nearest(hashes, other) <= 2 * MATCH for other in seen):
            continue
        kept.append(path)
        seen.append(_bits(hashes))
    return kept[:limit]


def unmatchable(photo: Image.Image) -> str | None:
    """Why no PDQ, framed or not, can match this photo, or None: its own PDQ is weak (quality
    under 50: platforms do not trust it), or it does not follow the photo through a plain
    half-size re-save (fine stripes and grain that alias when resized)."""
    own = pdq.pdq_from_rgb(np.asarray(photo.convert("RGB")), dihedral=False)
    if own.quality < WEAK_PDQ_QUALITY:
        return "weak PDQ"
    half = photo.resize((photo.width // 2, photo.height // 2), Image.Resampling.LANCZOS)
    resized = pdq.pdq_from_rgb(np.asarray(half.convert("RGB")), dihedral=False)
    if pdq.hamming_distance(own.hash, resized.hash) > MATCH:
        return "PDQ does not survive a resize"
    return None


def _photo_like(path: Path) -> bool:
    """Does the picture have a photo's grain almost everywhere (few perfectly flat blocks)?"""
    with Image.open(path) as image:
        grey = image.convert("L")
    grey.thumbnail((256, 256))
    luma = np.asarray(grey, dtype=np.float32)
    h, w = (luma.shape[0] // 8) * 8, (luma.shape[1] // 8) * 8
    blocks = luma[:h, :w].reshape(h // 8, 8, w // 8, 8).std(axis=(1, 3))
    return bool((blocks < 1.5).mean() < 0.25)


def _area(path: Path) -> int:
    with Image.open(path) as image:
        return image.width * image.height


def _load(path: Path, longest: int = 2048) -> Image.Image:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
    rgb.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    return rgb


# Re-posts ----------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _words(rng: random.Random, count: int) -> str:
    return " ".join(
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
        for _ in range(count)
    )


def _jpeg(image: Image.Image, rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=rng.randint(75, 92))
    return buffer.getvalue()


def _fit(photo: Image.Image, width: int, aspect: float | None) -> Image.Image:
    """The photo at ``width``, cut to ``aspect`` (height / width) around its centre if given."""
    if aspect is not None:
        want = photo.width * aspect
        if want <= photo.height:
            top = (photo.height - want) / 2
            photo = photo.crop((0, round(top), photo.width, round(top + want)))
        else:
            cut = photo.height / aspect
            left = (photo.width - cut) / 2
            photo = photo.crop((round(left), 0, round(left + cut), photo.height))
    height = max(1, round(photo.height * width / photo.width))
    return photo.resize((width, height), Image.Resampling.LANCZOS)


def screenshot(
    photo: Image.Image, rng: random.Random, *, app_crop: bool, next_post: Image.Image | None
) -> bytes:
    width = rng.choice([1080, 1170, 1242, 1284])
    height = round(width * rng.uniform(2.0, 2.22))
    dark = rng.random() < 0.4
    bg = rng.choice([(0, 0, 0), (18, 18, 18), (28, 28, 30)] if dark else
                    [(255, 255, 255), (250, 250, 250), (242, 242, 247)])  # fmt: skip
    fg = (235, 235, 235) if dark else (20, 20, 20)
    muted = (140, 140, 140)
    canvas = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(canvas)
    unit = width / 1080
    y = 0
    status = round(rng.uniform(90, 140) * unit)
    draw.text((round(60 * unit), status // 3), f"{rng.randint(1, 12)}:{rng.randint(10, 59)}",
              fill=fg, font=_font(round(40 * unit)))  # fmt: skip
    for i in range(3):
        x = width - round((80 + 60 * i) * unit)
        draw.rectangle([x, status // 3, x + round(36 * unit), status // 3 + round(30 * unit)],
                       fill=fg)  # fmt: skip
    y += status
    bar = round(rng.uniform(110, 160) * unit)
    if rng.random() < 0.3:
        draw.rectangle([0, y, width, y + bar], fill=tuple(rng.randint(0, 255) for _ in range(3)))
    draw.text((round(50 * unit), y + bar // 4), _words(rng, 1).title(), fill=fg,
              font=_font(round(56 * unit)))  # fmt: skip
    for i in range(rng.randint(1, 3)):
        x = width - round((90 + 100 * i) * unit)
        draw.ellipse([x, y + bar // 4, x + round(56 * unit), y + bar // 4 + round(56 * unit)],
                     outline=fg, width=max(2, round(5 * unit)))  # fmt: skip
    y += bar
    if rng.random() < 0.2:
        draw.line([0, y, width, y], fill=muted, width=max(1, round(2 * unit)))
    header = round(rng.uniform(100, 150) * unit)
    avatar = round(80 * unit)
    draw.ellipse(
        [
            round(30 * unit),
            y + (header - avatar) // 2,
            round(30 * unit) + avatar,
            y + (header + avatar) // 2,
        ],
        fill=tuple(rng.randint(0, 255) for _ in range(3)),
    )
    draw.text((round(130 * unit), y + header // 3), _words(rng, 2), fill=fg,
              font=_font(round(40 * unit)))  # fmt: skip
    y += header
    margin = 0 if rng.random() < 0.7 else round(rng.uniform(16, 48) * unit)
    aspect = rng.choice([1.0, 1.25]) if app_crop else None
    shown = _fit(photo, width - 2 * margin, aspect)
    limit = round(height * 0.62)
    if shown.height > limit:  # a tall photo is shown cut to fit, as apps do
        shown = _fit(photo, width - 2 * margin, limit / (width - 2 * margin))
    canvas.paste(shown, (margin, y))
    y += shown.height
    actions = round(rng.uniform(110, 150) * unit)
    for i in range(rng.randint(3, 4)):
        x = round((40 + 110 * i) * unit)
        icon = round(60 * unit)
        draw.ellipse([x, y + actions // 4, x + icon, y + actions // 4 + icon],
                     outline=fg, width=max(2, round(5 * unit)))  # fmt: skip
    y += actions
    for _ in range(rng.randint(1, 3)):
        draw.text((round(40 * unit), y), _words(rng, rng.randint(3, 7)), fill=fg,
                  font=_font(round(38 * unit)))  # fmt: skip
        y += round(54 * unit)
    y += round(rng.uniform(20, 80) * unit)
    nav = round(rng.uniform(120, 170) * unit)
    if next_post is not None and y < height - nav - round(200 * unit):
        draw.ellipse([round(30 * unit), y, round(30 * unit) + avatar, y + avatar],
                     fill=tuple(rng.randint(0, 255) for _ in range(3)))  # fmt: skip
        y += avatar + round(20 * unit)
        canvas.paste(_fit(next_post, width, None), (0, y))
    draw.rectangle([0, height - nav, width, height], fill=bg)
    for i in range(rng.randint(3, 5)):
        x = round(width * (i + 0.5) / 5)
        draw.rectangle([x - round(26 * unit), height - nav + nav // 3, x + round(26 * unit),
                        height - nav + nav // 3 + round(52 * unit)], outline=fg,
                       width=max(2, round(5 * unit)))  # fmt: skip
    if rng.random() < 0.3:
        canvas = canvas.resize((width * 2 // 3, height * 2 // 3), Image.Resampling.BILINEAR)
    return _jpeg(canvas, rng)


def caption(photo: Image.Image, rng: random.Random) -> bytes:
    shown = _fit(photo, rng.choice([720, 1080, 1280]), None)
    band = round(shown.height * rng.uniform(0.08, 0.30))
    white = rng.random() < 0.7
    canvas = Image.new(
        "RGB", (shown.width, shown.height + band), (255, 255, 255) if white else (0, 0, 0)
    )
    above = rng.random() < 0.6
    canvas.paste(shown, (0, band if above else 0))
    draw = ImageDraw.Draw(canvas)
    size = max(12, min(band // 3, shown.width // 18))
    top = 0 if above else shown.height
    lines = max(1, min(3, band // (size + size // 2)))
    for i in range(lines):
        text = _words(rng, rng.randint(2, 5))
        draw.text((shown.width // 20, top + band // 8 + i * (size + size // 3)), text,
                  fill=(0, 0, 0) if white else (255, 255, 255), font=_font(size))  # fmt: skip
    return _jpeg(canvas, rng)


def story(photo: Image.Image, rng: random.Random, *, blurred: bool) -> bytes:
    width = 1080
    height = 1920
    shown = _fit(photo, round(width * rng.uniform(0.85, 1.0)), None)
    if blurred:
        fill = _fit(photo, width, height / width).filter(ImageFilter.GaussianBlur(40))
        canvas = Image.eval(fill, lambda v: int(v * 0.7))
    else:
        canvas = Image.new("RGB", (width, height), rng.choice([(0, 0, 0), (30, 30, 30),
                                                              (255, 255, 255)]))  # fmt: skip
    top = round((height - shown.height) * rng.uniform(0.35, 0.65))
    canvas.paste(shown, ((width - shown.width) // 2, top))
    if rng.random() < 0.5:
        ImageDraw.Draw(canvas).text((80, 160), _words(rng, 3), fill=(255, 255, 255),
                                    font=_font(64))  # fmt: skip
    return _jpeg(canvas, rng)


def random_crop(photo: Image.Image, rng: random.Random) -> bytes:
    share = rng.uniform(0.3, 0.8)
    w, h = round(photo.width * share), round(photo.height * rng.uniform(0.3, 0.8))
    left, top = rng.randint(0, photo.width - w), rng.randint(0, photo.height - h)
    return _jpeg(photo.crop((left, top, left + w, top + h)), rng)


# Matching ----------------------------------------------------------------------------------


def _bits(hashes: list[str]) -> np.ndarray:
    if not hashes:
        return np.zeros((0, 32), dtype=np.uint8)
    return np.frombuffer(b"".join(bytes.fromhex(h) for h in hashes), dtype=np.uint8).reshape(-1, 32)


_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def _nearest(query: list[str], listed: np.ndarray) -> int:
    if not query or len(listed) == 0:
        return 256
    xor = _bits(query)[:, np.newaxis, :] ^ listed[np.newaxis, :, :]
    return int(_POPCOUNT[xor].sum(axis=2).min())


@dataclass
class Tally:
    found: dict[str, dict[str, int]] = field(default_factory=dict)
    tried: dict[str, int] = field(default_factory=dict)
    false: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, list[int]] = field(default_factory=dict)


def report_hashes(path: Path) -> list[str]:
    """What the app sends for a photo: every PDQ of its report item."""
    from takeitdown_desktop.hashing.engine import hash_file  # noqa: PLC0415

    result = hash_file(path)
    assert result.pdq is not None, path
    hashes = [result.pdq.hash, *result.pdq_dihedral]
    hashes += [variant.hash for variant in result.pdq_variants]
    return list(dict.fromkeys(hashes))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench inner")
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv or [])
    rng = random.Random(args.seed)
    photos = natural_photos(args.photos)
    reported, others = photos[::2], photos[1::2]
    print(f"{len(photos)} photos from {', '.join(WALLPAPER_PACKAGES)}: {len(reported)} "
          f"reported, {len(others)} unreported", flush=True)  # fmt: skip
    lists = [_bits(report_hashes(path)) for path in reported]
    all_listed = np.concatenate(lists)
    print(f"report: {np.mean([len(x) for x in lists]):.0f} PDQ hashes a photo", flush=True)
    matchers: dict[str, Callable[[Path], list[str]]] = {
        "pdq": _plain_pdq,
        "pdq_inner": fold_in_column,
    }
    tally = Tally()
    other_images = [_load(path, 1280) for path in others]
    with tempfile.TemporaryDirectory() as folder:
        upload = Path(folder) / "upload.jpg"

        def run(data: bytes) -> dict[str, list[str]]:
            upload.write_bytes(data)
            out = {}
            for name, matcher in matchers.items():
                out[name] = matcher(upload)
                tally.hashes.setdefault(name, []).append(len(out[name]))
            return out

        for index, path in enumerate(reported):
            photo = _load(path)
            alterations: Iterator[tuple[str, bytes]] = iter(
                [
                    ("screenshot", screenshot(photo, rng, app_crop=False,
                                              next_post=rng.choice(other_images))),
                    ("screenshot (app crop)", screenshot(photo, rng, app_crop=True,
                                                         next_post=rng.choice(other_images))),
                    ("caption", caption(photo, rng)),
                    ("story (bars)", story(photo, rng, blurred=False)),
                    ("story (blurred)", story(photo, rng, blurred=True)),
                ]
            )  # fmt: skip
            others_listed = np.concatenate(lists[:index] + lists[index + 1 :])
            for group, data in alterations:
                hashes = run(data)
                tally.tried[group] = tally.tried.get(group, 0) + 1
                for name, found in hashes.items():
                    by_group = tally.found.setdefault(name, {})
                    by_group[group] = by_group.get(group, 0) + (
                        _nearest(found, lists[index]) <= MATCH
                    )
                    if _nearest(found, others_listed) <= MATCH:
                        tally.false[name] = tally.false.get(name, 0) + 1
        distractors = 0
        for image in other_images:
            for data in (
                _jpeg(image, rng),
                *(random_crop(image, rng) for _ in range(4)),
                screenshot(image, rng, app_crop=False, next_post=None),
                caption(image, rng),
            ):
                distractors += 1
                for name, found in run(data).items():
                    if _nearest(found, all_listed) <= MATCH:
                        tally.false[name] = tally.false.get(name, 0) + 1
    print(f"\n{'re-posted as':<24}" + "".join(f"{name:>12}" for name in matchers))
    for group in GROUPS:
        row = "".join(
            f"{100 * tally.found[name].get(group, 0) / tally.tried[group]:>11.0f}%"
            for name in matchers
        )
        print(f"{group:<24}{row}   ({tally.tried[group]} copies)")
    falses = "".join(f"{tally.false.get(name, 0):>12}" for name in matchers)
    print(f"{'false matches':<24}{falses}   ({sum(tally.tried.values())} copies x other "
          f"reports, {distractors} distractors x all reports)")  # fmt: skip
    counts = "".join(
        f"{np.mean(tally.hashes[name]):>7.1f} ({max(tally.hashes[name])})" for name in matchers
    )
    print(f"{'hashes an upload (max)':<24}{counts}")
    _cost(reported[: min(12, len(reported))])


def _cost(paths: list[Path]) -> None:
    """pdq_inner of ordinary uploads against pytx's pdq of the same files (decode included)."""
    from threatexchange.signal_type.pdq.signal import PdqSignal  # noqa: PLC0415

    from takeitdown_platform.inner import PdqInnerSignal  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        files = []
        for i, path in enumerate(paths):
            target = Path(folder) / f"{i}.jpg"
            with Image.open(path) as image:
                image.convert("RGB").save(target, quality=90)
            files.append(target)
        best = {"pdq": float("inf"), "pdq_inner": float("inf")}
        for _ in range(REPEATS):
            for name, hasher in (("pdq", PdqSignal), ("pdq_inner", PdqInnerSignal)):
                start = time.perf_counter()
                for target in files:
                    hasher.hash_from_file(target)
                best[name] = min(best[name], time.perf_counter() - start)
        sizes = []
        for target in files:
            with Image.open(target) as image:
                sizes.append(image.width * image.height / 1e6)
    print(
        f"ordinary upload ({len(files)} JPEGs, {min(sizes):.1f}-{max(sizes):.1f} MP): pdq "
        f"{1000 * best['pdq'] / len(files):.0f} ms, pdq_inner "
        f"{1000 * best['pdq_inner'] / len(files):.0f} ms = "
        f"{best['pdq_inner'] / best['pdq']:.2f}x one PDQ (target <= 3x)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
