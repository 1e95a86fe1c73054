"""``imagehashes``: imagehash's pHash and dHash without scipy, equal to imagehash's values."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import imagehash
import numpy as np
import pytest
import scipy.fftpack
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing import imagehashes

IMAGES = Path(__file__).resolve().parents[1] / "data" / "threatexchange" / "images"
REFERENCE_PATHS = sorted(path for path in IMAGES.rglob("*") if path.is_file())
ROOT = Path(__file__).resolve().parents[2]


def _bits(first: str, second: str) -> int:
    return (int(first, 16) ^ int(second, 16)).bit_count()


def _scipy_low(picture: Image.Image) -> NDArray[np.float64]:
    """imagehash's own 8x8 low-frequency coefficients of a picture (scipy's DCT)."""
    pixels = np.asarray(picture.convert("L").resize((32, 32), Image.Resampling.LANCZOS))
    coefficients = scipy.fftpack.dct(scipy.fftpack.dct(pixels, axis=0), axis=1)
    low: NDArray[np.float64] = coefficients[:8, :8]
    return low


def _near_median(low: NDArray[np.float64]) -> set[int]:
    """Bit positions (0 = most significant) whose coefficient is a numerical tie with the
    median: equal to it in exact arithmetic, so only rounding decides the bit."""
    tolerance = 1e-9 * (1.0 + float(np.abs(low).max()))
    close = np.abs(low.ravel() - np.median(low)) <= tolerance
    return {int(position) for position in np.flatnonzero(close)}


def _differing_bits(first: str, second: str) -> set[int]:
    difference = int(first, 16) ^ int(second, 16)
    return {63 - bit for bit in range(64) if difference >> bit & 1}


def _assert_same_as_imagehash(picture: Image.Image) -> None:
    """dHash identical always; pHash identical except on bits that are numerical ties at the
    median, which scipy's FFT decides by its own rounding (see imagehashes.py)."""
    assert imagehashes.dhash(picture) == str(imagehash.dhash(picture))
    ours, theirs = imagehashes.phash(picture), str(imagehash.phash(picture))
    if ours != theirs:
        assert _differing_bits(ours, theirs) <= _near_median(_scipy_low(picture))


@pytest.mark.parametrize("path", REFERENCE_PATHS, ids=[path.name for path in REFERENCE_PATHS])
def test_meta_reference_pictures_give_imagehash_values(path: Path) -> None:
    with Image.open(path) as picture:
        picture.load()
        assert imagehashes.phash(picture) == str(imagehash.phash(picture))
        assert imagehashes.dhash(picture) == str(imagehash.dhash(picture))


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, (32, 32), elements=st.floats(-1e5, 1e5, allow_nan=False)))
def test_dct_is_scipys_dct(values: NDArray[np.float64]) -> None:
    ours = imagehashes._dct2(imagehashes._dct2(values).T).T
    expected = scipy.fftpack.dct(scipy.fftpack.dct(values, axis=0), axis=1)
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-9 * (1 + np.abs(values).max()))


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 120),
    st.integers(1, 120),
    st.sampled_from(["L", "RGB", "RGBA", "P"]),
    st.integers(0, 2**32 - 1),
)
def test_random_pictures_give_imagehash_values(
    width: int, height: int, mode: str, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    channels = {"L": 1, "P": 1, "RGB": 3, "RGBA": 4}[mode]
    pixels = rng.integers(0, 256, (height, width, channels), dtype=np.uint8)
    if mode == "P":
        picture = Image.frombytes("P", (width, height), pixels.tobytes())
        picture.putpalette(rng.integers(0, 256, 768, dtype=np.uint8).tobytes())
    else:
        picture = Image.fromarray(pixels[:, :, 0] if channels == 1 else pixels)
    assert picture.mode == mode
    _assert_same_as_imagehash(picture)


def _structured(kind: str, rng: np.random.Generator, height: int, width: int) -> NDArray[np.uint8]:
    noise = rng.integers(0, 256, (height, width), dtype=np.uint8)
    if kind == "flat":
        return np.full((height, width), int(noise[0, 0]), dtype=np.uint8)
    if kind == "same rows":
        return np.repeat(noise[:1], height, axis=0)
    if kind == "same columns":
        return np.repeat(noise[:, :1], width, axis=1)
    if kind == "mirrored":
        return np.hstack([noise, noise[:, ::-1]])
    if kind == "mirrored twice":
        both = np.hstack([noise, noise[:, ::-1]])
        return np.vstack([both, both[::-1]])
    return ((noise > 127) * 255).astype(np.uint8)  # "black and white"


@pytest.mark.parametrize(
    "kind",
    ["flat", "same rows", "same columns", "mirrored", "mirrored twice", "black and white"],
)
@pytest.mark.parametrize(("height", "width"), [(1, 1), (3, 50), (32, 32), (41, 97), (300, 200)])
def test_symmetric_pictures_have_exact_zeros_like_scipy(kind: str, height: int, width: int) -> None:
    """Coefficients that symmetry makes zero are exactly 0.0 in both, so the bits on the
    median (often 0 there) are the same: no rounding noise decides them."""
    rng = np.random.default_rng(height * 1000 + width)
    picture = Image.fromarray(_structured(kind, rng, height, width))
    assert imagehashes.phash(picture) == str(imagehash.phash(picture))
    assert imagehashes.dhash(picture) == str(imagehash.dhash(picture))


def test_dhash_bit_order_and_direction_are_imagehashs() -> None:
    """On a 9x8 picture imagehash's resize changes nothing, so the bits are its comparisons."""
    rising = np.tile(np.arange(0, 90, 10, dtype=np.uint8), (8, 1))  # 9 wide, 8 high
    first_row_only = rising.copy()
    first_row_only[1:] = 0
    one_corner = np.zeros((8, 9), dtype=np.uint8)
    one_corner[7, 8] = 1
    for pixels in [rising, np.ascontiguousarray(rising[:, ::-1]), first_row_only, one_corner]:
        expected = str(imagehash.dhash(Image.fromarray(pixels)))
        assert imagehashes.dhash_from_pixels(pixels) == expected
        assert imagehashes.dhash(Image.fromarray(pixels)) == expected
    assert len({imagehashes.dhash_from_pixels(pixels) for pixels in [rising, one_corner]}) == 2


def test_wrong_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="32x32"):
        imagehashes.phash_from_pixels(np.zeros((31, 32), dtype=np.uint8))
    with pytest.raises(ValueError, match="9 pixels"):
        imagehashes.dhash_from_pixels(np.zeros((9, 8), dtype=np.uint8))


def test_hashing_never_loads_scipy_pywt_or_imagehash(tmp_path: Path) -> None:
    """The shipped code computes every image signal without them (so the bundle can drop
    them): import the whole hashing package, hash a big and a small picture, look."""
    rng = np.random.default_rng(4)
    for name, size in [("big.jpg", (1400, 900)), ("small.png", (200, 150))]:
        pixels = rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
        Image.fromarray(pixels).save(tmp_path / name)
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        from pathlib import Path
        import takeitdown_desktop.hashing as package
        for module in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"takeitdown_desktop.hashing.{module.name}")
        from takeitdown_desktop.hashing.engine import hash_file
        from takeitdown_desktop.hashing.image import hash_image
        from takeitdown_desktop.hashing.options import HashOptions
        folder = Path(sys.argv[1])
        for path in sorted(folder.iterdir()):
            signals = hash_image(path, HashOptions(thumbnail_size=64))
            assert len(signals.phash) == len(signals.dhash) == 16
            assert hash_file(path, HashOptions()).ok
        roots = {name.split(".")[0] for name in sys.modules}
        print(" ".join(sorted(roots & {"scipy", "pywt", "imagehash"})) or "none")
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.stdout.strip() == "none"
