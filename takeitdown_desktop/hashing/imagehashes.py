"""pHash and dHash exactly as ``imagehash`` 4.3 defines them, in numpy alone.

``imagehash.phash`` needs scipy (``scipy.fftpack.dct``) and importing ``imagehash`` pulls in
PyWavelets too; both are large to ship for one 32-point DCT. These functions compute the same
64-bit values and print them as ``str(imagehash.ImageHash)`` does (16 lowercase hex digits,
bits in row-major order, the first bit most significant):

* **pHash** (``imagehash.phash``, hash_size 8, highfreq_factor 4): greyscale, resize to 32x32
  with Pillow's LANCZOS, 2-D DCT-II (unnormalised, as ``scipy.fftpack.dct``: along axis 0,
  then axis 1), keep the top-left 8x8, bit = coefficient > ``numpy.median`` of those 64.
* **dHash** (``imagehash.dhash``, hash_size 8): greyscale, resize to 9 wide x 8 high with
  LANCZOS, bit = pixel > its left-hand neighbour (``pixels[:, 1:] > pixels[:, :-1]``).

The DCT is an even/odd split (``X[2k]`` is the half-length DCT of ``x[i] + x[n-1-i]``,
``X[2k+1]`` a small cosine matrix times ``x[i] - x[n-1-i]``) in float64, summed in a fixed
order. Values agree with scipy's to about 1e-10 (of coefficients up to ~1e5), and a
coefficient that is exactly zero because of symmetry (flat pictures, pictures constant
along a row or column, mirror-symmetric ones) comes out as exactly 0.0, as scipy's
FFT-based DCT gives; a plain cosine-matrix product would leave noise of 1e-13 there and
flip bits that sit on the median. ``tests/hashing/test_imagehashes.py`` checks equality
with ``imagehash`` on Meta's reference pictures and on generated ones.

Both take any Pillow picture and convert it to "L" first, as imagehash does; ``image.py``
hands them its own 8-bit grey picture (a reduced copy of a large one: see there).
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np
from numpy.typing import NDArray
from PIL import Image

__all__ = ["PHASH_SIDE", "dhash", "dhash_from_pixels", "phash", "phash_from_pixels"]

#: The side of the square picture pHash transforms (hash_size 8 x highfreq_factor 4).
PHASH_SIDE: Final = 32
_HASH_SIZE: Final = 8


def _odd_matrix(length: int) -> NDArray[np.float64]:
    """``M[k, i] = 2 cos(pi (2k+1) (2i+1) / (2 length))`` for k, i < length / 2."""
    half = length // 2
    k = np.arange(half, dtype=np.float64)[:, np.newaxis]
    i = np.arange(half, dtype=np.float64)[np.newaxis, :]
    return 2.0 * np.cos(math.pi * (2 * k + 1) * (2 * i + 1) / (2 * length))


_ODD: Final[dict[int, NDArray[np.float64]]] = {
    length: _odd_matrix(length) for length in (2, 4, 8, 16, PHASH_SIDE)
}


def _dct2(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Unnormalised DCT-II along axis 0 (``scipy.fftpack.dct(x, axis=0)``), length 2**m.

    ``y[k] = 2 sum_i x[i] cos(pi k (2i + 1) / (2n))``, split into even and odd outputs.
    """
    length = x.shape[0]
    if length == 1:
        return 2.0 * x
    half = length // 2
    head = x[:half]
    tail = x[::-1][:half]
    out = np.empty_like(x)
    out[0::2] = _dct2(head + tail)
    difference = head - tail
    matrix = _ODD[length]
    odd = matrix[:, 0, np.newaxis] * difference[0]
    for i in range(1, half):  # a fixed summation order (a BLAS product's varies by machine)
        odd = odd + matrix[:, i, np.newaxis] * difference[i]
    out[1::2] = odd
    return out


def _hex(bits: NDArray[np.bool_]) -> str:
    """imagehash's ``str()``: bits in row-major order, first bit most significant."""
    return np.packbits(bits.ravel()).tobytes().hex()


def phash_from_pixels(pixels: NDArray[np.uint8]) -> str:
    """pHash of the 32x32 LANCZOS-resized greyscale pixels."""
    if pixels.shape != (PHASH_SIDE, PHASH_SIDE):
        raise ValueError(f"pHash needs {PHASH_SIDE}x{PHASH_SIDE} pixels, got {pixels.shape}")
    values = pixels.astype(np.float64)
    coefficients = _dct2(_dct2(values).T).T
    low = coefficients[:_HASH_SIZE, :_HASH_SIZE]
    return _hex(low > np.median(low))


def dhash_from_pixels(pixels: NDArray[np.uint8]) -> str:
    """dHash of the 9-wide, 8-high LANCZOS-resized greyscale pixels."""
    if pixels.shape != (_HASH_SIZE, _HASH_SIZE + 1):
        raise ValueError(f"dHash needs 8 rows of 9 pixels, got {pixels.shape}")
    return _hex(pixels[:, 1:] > pixels[:, :-1])


def _grey(image: Image.Image) -> Image.Image:
    """imagehash's first step, ``image.convert("L")`` (a no-op for an "L" picture)."""
    return image if image.mode == "L" else image.convert("L")


def phash(image: Image.Image) -> str:
    """``str(imagehash.phash(image))``."""
    small = _grey(image).resize((PHASH_SIDE, PHASH_SIDE), Image.Resampling.LANCZOS)
    return phash_from_pixels(np.asarray(small, dtype=np.uint8))


def dhash(image: Image.Image) -> str:
    """``str(imagehash.dhash(image))``."""
    small = _grey(image).resize((_HASH_SIZE + 1, _HASH_SIZE), Image.Resampling.LANCZOS)
    return dhash_from_pixels(np.asarray(small, dtype=np.uint8))
