"""``hash_image``: one decode, every signal, each equal to its reference on the same pixels."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import imagehash
import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image, ImageDraw

from takeitdown_desktop.hashing import image as image_module
from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.errors import Cancelled, ErrorCode, MediaError
from takeitdown_desktop.hashing.image import ImageSignals, hash_image
from takeitdown_desktop.hashing.options import HashOptions

THREATEXCHANGE = Path(__file__).resolve().parents[1] / "data" / "threatexchange"
OPTIONS = HashOptions()


def _reference_rows() -> list[dict[str, str]]:
    with (THREATEXCHANGE / "pdq-reference.tsv").open(newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


REFERENCE = _reference_rows()


def photo(width: int, height: int, seed: int = 0) -> NDArray[np.uint8]:
    """A small photo-like RGB picture: gradients, a few shapes and mild noise."""
    rng = np.random.default_rng(seed)
    y = np.linspace(0, 1, height)[:, np.newaxis]
    x = np.linspace(0, 1, width)[np.newaxis, :]
    planes = [180 * x + 40 * y, 120 * y + 60 * np.sin(5 * x), 90 + 70 * np.cos(3 * x + 4 * y)]
    rgb = np.stack(planes, axis=2) + rng.normal(0, 4, (height, width, 3))
    picture = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for _ in range(6):
        left, top = int(rng.integers(0, width)), int(rng.integers(0, height))
        size = int(rng.integers(width // 10 + 1, width // 3 + 2))
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        draw.ellipse([left, top, left + size, top + size], fill=colour)
    return np.asarray(picture)


def save(tmp_path: Path, name: str, picture: Image.Image, **params: object) -> Path:
    path = tmp_path / name
    picture.save(path, **params)
    return path


#: Bits our pHash/dHash of a big picture may be from imagehash's on the full picture: the
#: largest seen on photos (``python -m bench.bench_image --distance``, docs/HASHING-PDQ.md).
PHASH_BOUND = 2
DHASH_BOUND = 8


def bits(first: str, second: str) -> int:
    return (int(first, 16) ^ int(second, 16)).bit_count()


def _imagehash_of_reduced(decoded: Image.Image) -> tuple[str, str]:
    """The documented method spelt out with Pillow and imagehash: box-reduce by whole factors
    per axis keeping each side >= 256 (RGB and L as they are, other modes made grey first),
    then imagehash's pHash and dHash."""
    width, height = decoded.size
    factors = (max(1, width // 256), max(1, height // 256))
    if decoded.mode in {"RGB", "L"}:
        reduced = decoded.reduce(factors)
    elif decoded.mode.startswith("I"):
        high = (np.asarray(decoded).astype(np.int64) >> 8).astype(np.uint8)
        reduced = Image.fromarray(high).reduce(factors)
    else:
        reduced = decoded.convert("L").reduce(factors)
    return str(imagehash.phash(reduced)), str(imagehash.dhash(reduced))


# --------------------------------------------------------------------------------------------
# Conformance through the whole image path


@pytest.mark.parametrize("row", REFERENCE, ids=[row["path"] for row in REFERENCE])
def test_every_signal_matches_its_reference(row: dict[str, str]) -> None:
    path = THREATEXCHANGE / "images" / row["path"]
    signals = hash_image(path, OPTIONS)
    assert signals.pdq.hash == row["pdq_hex"]
    assert signals.pdq.quality == int(row["quality"])
    assert len(signals.pdq_dihedral) == 8
    assert signals.pdq_dihedral[0] == signals.pdq.hash
    with Image.open(path) as decoded:
        decoded.load()
        assert (signals.width, signals.height) == decoded.size
        full = (str(imagehash.phash(decoded)), str(imagehash.dhash(decoded)))
        if max(decoded.size) < 2 * image_module.REDUCED_SIDE:
            assert (signals.phash, signals.dhash) == full
        else:
            assert (signals.phash, signals.dhash) == _imagehash_of_reduced(decoded)
            assert bits(signals.phash, full[0]) <= PHASH_BOUND
            assert bits(signals.dhash, full[1]) <= DHASH_BOUND
    assert signals.format == path.suffix.lstrip(".").replace("jpg", "jpeg")
    assert signals.thumbnail is None


def test_pillow_nearest_sampling_is_cimgs_mapping() -> None:
    """image.py samples with Pillow's affine NEAREST; it must pick exactly CImg's pixels."""
    rng = np.random.default_rng(11)
    for height, width in [(3000, 4000), (2999, 4001), (1, 5000), (5000, 1), (513, 700), (7, 901)]:
        rgb = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
        picture = Image.fromarray(rgb)
        expected = pdq.pdq_from_rgb(rgb)
        assert image_module._pdq_of(picture) == expected, (height, width)


@pytest.mark.slow
def test_enlarged_reference_pictures_stay_near_imagehash_on_the_full_picture(
    tmp_path: Path,
) -> None:
    """Big photos take the reduced copy: every pHash/dHash within the documented bounds of
    imagehash on the full picture, most of them equal."""
    off: list[int] = []
    for row in REFERENCE:
        with Image.open(THREATEXCHANGE / "images" / row["path"]) as decoded:
            picture = decoded.convert("RGB")
        scale = 2400 / max(picture.size)
        size = (round(picture.width * scale), round(picture.height * scale))
        path = save(tmp_path, "big.jpg", picture.resize(size, Image.Resampling.BICUBIC))
        signals = hash_image(path, OPTIONS)
        with Image.open(path) as decoded:
            decoded.load()
            assert (signals.phash, signals.dhash) == _imagehash_of_reduced(decoded)
            phash_bits = bits(signals.phash, str(imagehash.phash(decoded)))
            dhash_bits = bits(signals.dhash, str(imagehash.dhash(decoded)))
        assert phash_bits <= PHASH_BOUND, row["path"]
        assert dhash_bits <= DHASH_BOUND, row["path"]
        off += [phash_bits, dhash_bits]
    assert np.median(off) == 0


@pytest.mark.parametrize("mode", ["RGB", "L", "RGBA", "P", "CMYK", "I;16"])
def test_big_pictures_of_every_mode_use_the_reduced_copy_in_a_thread(
    tmp_path: Path, mode: str
) -> None:
    """1200x900 (over the one-thread limit): each mode's pHash/dHash are imagehash's on the
    documented reduced copy, and PDQ is untouched by the second thread."""
    rgb = Image.fromarray(photo(1200, 900, seed=7))
    if mode == "I;16":
        grey = np.asarray(rgb.convert("L")).astype(np.uint16) << 8
        picture = Image.fromarray(grey | np.uint16(0x5A))
    elif mode == "P":
        picture = rgb.quantize(200)
    else:
        picture = rgb.convert(mode)
    path = save(tmp_path, "big.jpg" if mode == "CMYK" else "big.png", picture)
    signals = hash_image(path, HashOptions(thumbnail_size=100))
    with Image.open(path) as decoded:
        decoded.load()
        assert decoded.width * decoded.height >= image_module._THREAD_PIXELS
        assert (signals.phash, signals.dhash) == _imagehash_of_reduced(decoded)
        expected = image_module._pdq_of(decoded)
    assert (signals.pdq.hash, signals.pdq.quality) == (expected.hash, expected.quality)
    assert signals.pdq_dihedral == expected.dihedral
    assert signals.thumbnail is not None
    assert (signals.thumbnail.width, signals.thumbnail.height) == (100, 75)


def test_thumbnail_from_the_reduced_copy_looks_like_one_from_the_full_picture(
    tmp_path: Path,
) -> None:
    path = save(tmp_path, "photo.jpg", Image.fromarray(photo(2000, 1500, seed=2)), quality=92)
    signals = hash_image(path, HashOptions(thumbnail_size=256))
    assert signals.thumbnail is not None
    with Image.open(path) as decoded:
        decoded.load()
        from_full = image_module._thumbnail(decoded, 256, 1)
    assert (signals.thumbnail.width, signals.thumbnail.height) == (256, 192)
    assert (from_full.width, from_full.height) == (256, 192)
    ours = np.frombuffer(signals.thumbnail.rgb, dtype=np.uint8).astype(np.int16)
    theirs = np.frombuffer(from_full.rgb, dtype=np.uint8).astype(np.int16)
    assert np.abs(ours - theirs).mean() < 3


# --------------------------------------------------------------------------------------------
# Formats and modes


@pytest.mark.parametrize(
    ("suffix", "pillow_format", "name", "params"),
    [
        ("jpg", "JPEG", "jpeg", {"quality": 92}),
        ("png", "PNG", "png", {}),
        ("gif", "GIF", "gif", {}),
        ("webp", "WEBP", "webp", {"lossless": True}),
        ("bmp", "BMP", "bmp", {}),
        ("tif", "TIFF", "tiff", {}),
        ("heic", "HEIF", "heif", {"quality": 90}),
        ("avif", "AVIF", "avif", {"quality": 90}),
    ],
)
def test_each_format_is_named_and_hashed_from_its_decoded_pixels(
    tmp_path: Path, suffix: str, pillow_format: str, name: str, params: dict[str, object]
) -> None:
    image_module._prepare_pillow()  # registers the HEIF writer too
    path = save(
        tmp_path,
        f"picture.{suffix}",
        Image.fromarray(photo(160, 120)),
        format=pillow_format,
        **params,
    )
    signals = hash_image(path, OPTIONS)
    assert signals.format == name
    assert (signals.width, signals.height) == (160, 120)
    with Image.open(path) as decoded:
        rgb = np.asarray(decoded.convert("RGB"))
        assert signals.phash == str(imagehash.phash(decoded))
        assert signals.dhash == str(imagehash.dhash(decoded))
    expected = pdq.pdq_from_rgb(rgb)
    assert (signals.pdq.hash, signals.pdq.quality) == (expected.hash, expected.quality)
    assert signals.pdq_dihedral == expected.dihedral


def test_jpeg_named_png_is_still_a_jpeg(tmp_path: Path) -> None:
    path = save(tmp_path, "holiday.png", Image.fromarray(photo(80, 60)), format="JPEG")
    assert hash_image(path, OPTIONS).format == "jpeg"


def test_grey_picture_takes_the_grey_path(tmp_path: Path) -> None:
    grey = Image.fromarray(photo(200, 150)).convert("L")
    path = save(tmp_path, "grey.png", grey)
    signals = hash_image(path, OPTIONS)
    assert signals.pdq.hash == pdq.pdq_from_grey(np.asarray(grey)).hash


def test_cmyk_jpeg(tmp_path: Path) -> None:
    cmyk = Image.fromarray(photo(120, 90)).convert("CMYK")
    path = save(tmp_path, "cmyk.jpg", cmyk, quality=95)
    signals = hash_image(path, OPTIONS)
    with Image.open(path) as decoded:
        assert decoded.mode == "CMYK"
        expected = pdq.pdq_from_rgb(np.asarray(decoded.convert("RGB")))
        assert signals.phash == str(imagehash.phash(decoded))
    assert signals.pdq.hash == expected.hash


def test_sixteen_bit_grey_keeps_its_high_byte(tmp_path: Path) -> None:
    grey8 = np.asarray(Image.fromarray(photo(100, 80)).convert("L"))
    noise = np.random.default_rng(3).integers(0, 256, grey8.shape)
    wide = (grey8.astype(np.uint16) << 8) | noise.astype(np.uint16)
    path = save(tmp_path, "deep.png", Image.fromarray(wide))
    with Image.open(path) as decoded:
        assert decoded.mode.startswith("I")
    signals = hash_image(path, OPTIONS)
    assert signals.pdq.hash == pdq.pdq_from_grey(grey8).hash
    assert signals.phash == str(imagehash.phash(Image.fromarray(grey8)))
    assert signals.pdq.quality > 0  # not clipped to a white page


def test_palette_with_transparency(tmp_path: Path) -> None:
    palette = Image.fromarray(photo(120, 90)).quantize(64)
    palette.info["transparency"] = 0
    path = save(tmp_path, "palette.png", palette, transparency=0)
    signals = hash_image(path, HashOptions(thumbnail_size=50))
    with Image.open(path) as decoded:
        assert decoded.mode == "P"
        assert "transparency" in decoded.info
        assert signals.pdq.hash == pdq.pdq_from_rgb(np.asarray(decoded.convert("RGB"))).hash
        assert signals.dhash == str(imagehash.dhash(decoded))
    assert signals.thumbnail is not None


def test_grey_with_alpha_hashes_the_grey(tmp_path: Path) -> None:
    grey = np.asarray(Image.fromarray(photo(90, 90)).convert("L"))
    alpha = np.tile(np.linspace(0, 255, 90, dtype=np.uint8), (90, 1))
    path = save(tmp_path, "la.png", Image.fromarray(np.dstack([grey, alpha]), mode="LA"))
    signals = hash_image(path, HashOptions(thumbnail_size=32))
    assert signals.pdq.hash == pdq.pdq_from_grey(grey).hash


def test_rgba_ignores_alpha_like_the_reference(tmp_path: Path) -> None:
    rgb = photo(130, 100)
    alpha = np.full((100, 130, 1), 40, dtype=np.uint8)
    path = save(tmp_path, "rgba.png", Image.fromarray(np.concatenate([rgb, alpha], axis=2)))
    signals = hash_image(path, HashOptions(thumbnail_size=64))
    assert signals.pdq.hash == pdq.pdq_from_rgb(rgb).hash


@pytest.mark.parametrize(("suffix", "params"), [("gif", {}), ("webp", {"lossless": True})])
def test_animation_is_fingerprinted_by_its_first_frame(
    tmp_path: Path, suffix: str, params: dict[str, object]
) -> None:
    frames = [Image.fromarray(photo(96, 64, seed)) for seed in range(3)]
    if suffix == "gif":
        frames = [frame.quantize(255, dither=Image.Dither.NONE) for frame in frames]
    path = tmp_path / f"animated.{suffix}"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0, **params)
    with Image.open(path) as decoded:
        assert getattr(decoded, "n_frames", 1) == 3
        first = np.asarray(decoded.convert("RGB"))
    signals = hash_image(path, OPTIONS)
    assert signals.pdq.hash == pdq.pdq_from_rgb(first).hash
    assert signals.pdq.hash == pdq.pdq_from_rgb(np.asarray(frames[0].convert("RGB"))).hash


def test_exif_rotation_hashes_stored_pixels_and_turns_only_the_thumbnail(tmp_path: Path) -> None:
    stored = Image.fromarray(photo(200, 100))
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display"
    path = save(tmp_path, "rotated.jpg", stored, quality=95, exif=exif.tobytes())
    plain = save(tmp_path, "plain.jpg", stored, quality=95)
    signals = hash_image(path, HashOptions(thumbnail_size=100))
    assert signals.pdq == hash_image(plain, OPTIONS).pdq
    assert (signals.width, signals.height) == (200, 100)
    assert signals.thumbnail is not None
    assert (signals.thumbnail.width, signals.thumbnail.height) == (50, 100)
    # The displayed picture is the stored one turned clockwise: its hash is near the variant.
    with Image.open(path) as decoded:
        shown = np.asarray(decoded.transpose(Image.Transpose.ROTATE_270).convert("RGB"))
    displayed = pdq.pdq_from_rgb(np.ascontiguousarray(shown)).hash
    rotate270 = signals.pdq_dihedral[pdq.DIHEDRAL_ORDER.index("rotate270")]
    assert pdq.hamming_distance(displayed, rotate270) <= 31


# --------------------------------------------------------------------------------------------
# Thumbnail


def test_thumbnail_is_rgb_bytes_with_the_longest_side_bounded(tmp_path: Path) -> None:
    path = save(tmp_path, "wide.jpg", Image.fromarray(photo(640, 320)), quality=90)
    signals = hash_image(path, HashOptions(thumbnail_size=128))
    thumbnail = signals.thumbnail
    assert thumbnail is not None
    assert (thumbnail.width, thumbnail.height) == (128, 64)
    assert len(thumbnail.rgb) == 128 * 64 * 3


def test_small_picture_thumbnail_is_not_enlarged(tmp_path: Path) -> None:
    path = save(tmp_path, "small.png", Image.fromarray(photo(40, 30)))
    thumbnail = hash_image(path, HashOptions(thumbnail_size=128)).thumbnail
    assert thumbnail is not None
    assert (thumbnail.width, thumbnail.height) == (40, 30)


def test_thumbnail_does_not_change_the_fingerprints(tmp_path: Path) -> None:
    path = save(tmp_path, "p.jpg", Image.fromarray(photo(300, 200)), quality=90)
    with_thumbnail = hash_image(path, HashOptions(thumbnail_size=64))
    without = hash_image(path, OPTIONS)
    assert isinstance(with_thumbnail, ImageSignals)
    assert (with_thumbnail.pdq, with_thumbnail.phash, with_thumbnail.dhash) == (
        without.pdq,
        without.phash,
        without.dhash,
    )


# --------------------------------------------------------------------------------------------
# Options, cancellation, errors


def test_pixel_limit_comes_from_the_options(tmp_path: Path) -> None:
    path = save(tmp_path, "p.png", Image.fromarray(photo(40, 30)))
    with pytest.raises(MediaError) as caught:
        hash_image(path, HashOptions(max_image_pixels=40 * 30 - 1))
    assert caught.value.code is ErrorCode.TOO_MANY_PIXELS
    assert hash_image(path, HashOptions(max_image_pixels=40 * 30)).width == 40


def test_cancel_stops_before_decoding(tmp_path: Path) -> None:
    path = save(tmp_path, "p.png", Image.fromarray(photo(40, 30)))
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        hash_image(path, OPTIONS, token)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(MediaError) as caught:
        hash_image(tmp_path / "gone.jpg", OPTIONS)
    assert caught.value.code is ErrorCode.NOT_FOUND
    with pytest.raises(MediaError) as caught:
        hash_image(tmp_path, OPTIONS)
    assert caught.value.code is ErrorCode.NOT_A_FILE


def test_decoders_never_write_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing appears next to the pictures or in a fresh temporary folder while hashing."""
    image_module._prepare_pillow()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "only"
    folder.mkdir()
    for suffix, fmt in [("jpg", "JPEG"), ("heic", "HEIF"), ("avif", "AVIF"), ("png", "PNG")]:
        buffer = io.BytesIO()
        Image.fromarray(photo(64, 48)).save(buffer, format=fmt)
        (folder / f"p.{suffix}").write_bytes(buffer.getvalue())
    before = sorted(path.name for path in tmp_path.rglob("*"))
    for path in sorted(folder.iterdir()):
        hash_image(path, HashOptions(thumbnail_size=32))
    assert sorted(path.name for path in tmp_path.rglob("*")) == before
