"""Variant fingerprints: re-posted copies of real photos are found as platforms match (one
PDQ of the file, 31 bits), unrelated photos are not, and what is sent hides the photo's shape.

Recall over many photos and alterations is measured by ``python -m bench recall``; these pin a
few altered copies of Meta's test photos (tests/data/threatexchange, BSD) that must match.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing import pdq, variants
from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.results import FileResult
from takeitdown_desktop.hashing.variants import Span, VariantShape

IMAGES = Path(__file__).resolve().parents[1] / "data/threatexchange/images"
#: Meta's test photos whose own PDQ is strong (platforms do not act on a weak one): five small
#: ones (256 pixels, re-posted at their own size) and two bigger ones.
PHOTOS = [
    *(
        IMAGES / f"labelme-subset/{name}.jpg"
        for name in ("q0122", "q0291", "q0746", "q1050", "q2821")
    ),
    IMAGES / "bridge-mods/aaa-orig.jpg",
    IMAGES / "misc/pen-and-coaster.png",
]
MATCH = 31


def saved(image: Image.Image, path: Path, quality: int = 85) -> Path:
    """As an app saves a re-post: at most 1080 pixels long, JPEG."""
    copy = image.convert("RGB")
    copy.thumbnail((1080, 1080), Image.Resampling.LANCZOS)
    copy.save(path, "JPEG", quality=quality)
    return path


def cut(image: Image.Image, left: float, top: float, right: float, bottom: float) -> Image.Image:
    w, h = image.size
    return image.crop((round(w * left), round(h * top), round(w * (1 - right)),
                       round(h * (1 - bottom))))  # fmt: skip


def square(image: Image.Image) -> Image.Image:
    w, h = image.size
    side = min(w, h)
    return image.crop(((w - side) // 2, (h - side) // 2, (w + side) // 2, (h + side) // 2))


def story(image: Image.Image) -> Image.Image:
    """Letterboxed into 9:16, full width, centred, on black."""
    w, h = image.size
    canvas = Image.new("RGB", (w, round(w * 16 / 9)), "black")
    canvas.paste(image, (0, (canvas.height - h) // 2))
    return canvas


def tilted(image: Image.Image, degrees: float) -> Image.Image:
    w, h = image.size
    theta = math.radians(abs(degrees))
    aspect = w / h
    scale = min(aspect / (aspect * math.cos(theta) + math.sin(theta)),
                1 / (aspect * math.sin(theta) + math.cos(theta)))  # fmt: skip
    margin = (1 - scale) / 2
    return cut(image.rotate(degrees, resample=Image.Resampling.BICUBIC), *[margin] * 4)


#: Re-posts with values on no grid of ours.
ALTERED: dict[str, Callable[[Image.Image], Image.Image]] = {
    "17% off the top": lambda im: cut(im, 0, 0.17, 0, 0),
    "23% off the left": lambda im: cut(im, 0.23, 0, 0, 0),
    "zoomed to 81%": lambda im: cut(im, 0.095, 0.095, 0.095, 0.095),
    "square crop": square,
    "9:16 story": story,
    "tilted 5.3 degrees": lambda im: tilted(im, 5.3),
}


def report_words(result: FileResult) -> np.ndarray:
    assert result.pdq is not None
    hashes = [result.pdq.hash, *result.pdq_dihedral, *(v.hash for v in result.pdq_variants)]
    return pdq.hashes_to_words(hashes)


def nearest(words: np.ndarray, upload: str) -> int:
    return int(np.bitwise_count(words ^ pdq.hashes_to_words([upload])[0]).sum(axis=1).min())


@pytest.fixture(scope="module")
def reports() -> dict[Path, FileResult]:
    return {path: hash_file(path) for path in PHOTOS}


@pytest.mark.parametrize("name", ALTERED)
def test_altered_copies_are_found_and_unrelated_photos_are_not(
    reports: dict[Path, FileResult], name: str, tmp_path: Path
) -> None:
    found = 0
    for index, path in enumerate(PHOTOS):
        with Image.open(path) as image:
            upload = hash_file(
                saved(ALTERED[name](image.convert("RGB")), tmp_path / f"{index}.jpg")
            )
        assert upload.pdq is not None
        if nearest(report_words(reports[path]), upload.pdq.hash) <= MATCH:
            found += 1
        for other, report in reports.items():
            if other != path:
                assert nearest(report_words(report), upload.pdq.hash) > MATCH, (name, path, other)
    assert found >= len(PHOTOS) - 1, f"{name}: {found} of {len(PHOTOS)} found"


def test_plain_pdq_alone_misses_them(reports: dict[Path, FileResult], tmp_path: Path) -> None:
    """The variants are what finds these: the photo's own PDQ and its turns do not."""
    missed = 0
    for index, path in enumerate(PHOTOS):
        with Image.open(path) as image:
            upload = hash_file(
                saved(cut(image.convert("RGB"), 0.23, 0, 0, 0), tmp_path / f"{index}.jpg")
            )
        result = reports[path]
        assert result.pdq is not None
        assert upload.pdq is not None
        own = pdq.hashes_to_words([result.pdq.hash, *result.pdq_dihedral])
        missed += nearest(own, upload.pdq.hash) > MATCH
    assert missed >= len(PHOTOS) - 1


def test_what_is_sent_says_nothing_of_the_photos_shape(tmp_path: Path) -> None:
    """The same photo cut to five shapes sends as many variants each, in hash order."""
    with Image.open(PHOTOS[1]) as image:
        photo = image.convert("RGB")
    counts = set()
    for index, ratio in enumerate((4 / 3, 1.0, 4 / 5, 9 / 16, 16 / 9)):
        w, h = photo.size
        if ratio > w / h:
            shaped = photo.crop((0, 0, w, round(w / ratio)))
        else:
            shaped = photo.crop((0, 0, round(h * ratio), h))
        big = shaped.resize((shaped.width * 3, shaped.height * 3), Image.Resampling.BICUBIC)
        result = hash_file(saved(big, tmp_path / f"{index}.jpg", quality=92))
        hashes = [v.hash for v in result.pdq_variants]
        assert hashes == sorted(hashes)
        counts.add(len(hashes))
    assert counts == {variants.COUNT}
    assert variants.COUNT <= protocol.MAX_PDQ_VARIANTS


def test_variants_are_strong_distinct_and_new(reports: dict[Path, FileResult]) -> None:
    for result in reports.values():
        assert result.pdq is not None
        kept = [v.hash for v in result.pdq_variants]
        assert all(v.quality >= 50 for v in result.pdq_variants)
        words = pdq.hashes_to_words(kept)
        distances = np.bitwise_count(words[:, None, :] ^ words[None, :, :]).sum(axis=2)
        np.fill_diagonal(distances, 256)
        assert distances.min() > variants.COLLAPSE_BITS
        for main in result.pdq_dihedral:
            assert nearest(words, main) > variants.COLLAPSE_BITS


def test_a_flat_picture_sends_no_weak_variants(tmp_path: Path) -> None:
    ramp = np.tile(np.linspace(0, 255, 800, dtype=np.float32), (600, 1)).astype(np.uint8)
    Image.fromarray(ramp).save(tmp_path / "ramp.png")
    result = hash_file(tmp_path / "ramp.png")
    assert result.ok
    assert all(v.quality >= 50 for v in result.pdq_variants)


def test_a_photo_stored_sideways_is_cut_as_people_see_it(tmp_path: Path) -> None:
    """Phones store pictures sideways with an EXIF turn; re-posts are cut upright."""
    with Image.open(PHOTOS[1]) as image:
        upright = image.convert("RGB")
    sideways = upright.transpose(Image.Transpose.ROTATE_90)  # stored turned, EXIF turns back
    exif = Image.Exif()
    exif[0x0112] = 6
    sideways.save(tmp_path / "phone.jpg", quality=92, exif=exif)
    with Image.open(tmp_path / "phone.jpg") as stored:
        assert ImageOps.exif_transpose(stored).size == upright.size
    report = hash_file(tmp_path / "phone.jpg")
    upload = hash_file(saved(cut(upright, 0, 0.2, 0, 0), tmp_path / "upload.jpg"))
    assert upload.pdq is not None
    assert nearest(report_words(report), upload.pdq.hash) <= MATCH


# The fast path against straightforward versions of the same arithmetic -----------------------


def _rendered_block(luma: np.ndarray, shape: VariantShape, fine: int = 8) -> np.ndarray:
    """The shape drawn on a canvas of 64 * ``fine`` pixels a side (each canvas pixel takes
    the base pixel under its centre, black outside the photo), averaged over 64x64 cells."""
    size = 64 * fine
    centres = (np.arange(size) + 0.5) / size

    def source(span: Span, pixels: int) -> tuple[np.ndarray, np.ndarray]:
        inside = (centres >= span.start) & (centres < span.end)
        share = (centres - span.start) / (span.end - span.start)
        position = span.source_start + share * (span.source_end - span.source_start)
        return inside, np.clip((position * pixels).astype(int), 0, pixels - 1)

    rows_in, rows = source(shape.y, luma.shape[0])
    cols_in, cols = source(shape.x, luma.shape[1])
    canvas = luma[rows[:, None], cols[None, :]] * (rows_in[:, None] & cols_in[None, :])
    return canvas.reshape(64, fine, 64, fine).mean(axis=(1, 3))


def test_cell_averages_are_the_shapes_drawn() -> None:
    rng = np.random.default_rng(3)
    luma = (rng.random((48, 80)) * 255).astype(np.float32)
    luma = np.cumsum(np.cumsum(luma, axis=0), axis=1)  # smooth enough for the drawing's grain
    luma = (luma / luma.max() * 255).astype(np.float32)
    shapes = [shape for shape in variants.candidate_shapes(80 / 48) if shape.tilt == 0][::7]
    blocks = variants._blocks({0.0: luma}, shapes, 64)
    for shape, block in zip(shapes, blocks, strict=True):
        assert np.abs(block - _rendered_block(luma, shape)).mean() < 1.0, shape


def test_the_dct_from_the_base_is_the_dct_of_the_cell_averages() -> None:
    rng = np.random.default_rng(4)
    luma = (rng.random((70, 128)) * 255).astype(np.float32)
    shapes = variants.candidate_shapes(128 / 70)
    buffers = {shape.tilt: luma for shape in shapes}
    basis = pdq.dct_basis()
    via_blocks = np.matmul(np.matmul(basis, variants._blocks(buffers, shapes, 64)), basis.T)
    direct = variants._dcts(buffers, shapes, variants._dct_weights)
    assert np.allclose(direct, via_blocks, atol=0.05)


def test_batched_hashes_and_qualities_are_the_reference_steps() -> None:
    rng = np.random.default_rng(5)
    blocks = (rng.random((12, 64, 64)) * 255).astype(np.float32)
    blocks[3] = 128  # flat: quality 0
    dct = np.matmul(np.matmul(pdq.dct_basis(), blocks), pdq.dct_basis().T)
    mirrored = np.zeros(12, dtype=bool)
    mirrored[5] = True
    hashes = pdq.hashes_of_dcts(dct, mirrored)
    for index, block in enumerate(blocks):
        if index == 3:
            continue  # a flat buffer's DCT is rounding noise: any hash is as good
        reference = pdq._bits_to_hex(pdq._dct64_to_16(block))
        if index == 5:
            reference = pdq.pdq_from_luma(block).dihedral[pdq.DIHEDRAL_ORDER.index("flipy")]
        assert pdq.hamming_distance(hashes[index], reference) <= 2
    assert pdq.qualities(blocks) == [pdq._quality(block) for block in blocks]


def test_a_mirrored_shape_matches_the_mirrored_re_post(tmp_path: Path) -> None:
    with Image.open(PHOTOS[2]) as image:
        photo = image.convert("RGB")
    grey = photo.convert("L")
    aspect = photo.width / photo.height
    across = Span(source_start=0.5 - 0.5 / aspect, source_end=0.5 + 0.5 / aspect)
    shape = VariantShape("aspect 1:1", x=across, mirrored=True)
    ((value, _quality),) = variants.shape_hashes(grey, [shape], aspect)
    upload = hash_file(saved(ImageOps.mirror(square(photo)), tmp_path / "mirrored.jpg"))
    assert upload.pdq is not None
    assert pdq.hamming_distance(value, upload.pdq.hash) <= MATCH
