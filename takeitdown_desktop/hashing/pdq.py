"""PDQ, Meta's 256-bit perceptual image hash, in numpy, bit-exact with the C++ reference.

Why our own: the ``pdqhash`` binding has no Linux wheel and none for newer Pythons, and Meta's
pure-Python port is up to 18 bits off. Platforms match against hashes made by the C++ reference
(facebook/ThreatExchange, ``pdq/cpp``), so every floating-point step here is done in float32 in
the same order as the C++ does it:

* luminance ``0.299*R + 0.587*G + 0.114*B`` with float32 coefficients, left to right
  (``downscaling.cpp: fillFloatLumaFromRGB``); grey images use the value itself;
* two passes of a Jarosz "tent" filter, each a box filter along rows then along columns, each
  box filter a running sum (add the entering sample, subtract the leaving one) divided by the
  current window size (``box1DFloat``). A running sum is a cumulative sum over the interleaved
  sequence of entering and negated leaving samples; ``np.cumsum`` accumulates sequentially in
  float32, so one vectorised ``cumsum`` per pass reproduces the C++ loop exactly;
* decimation to 64x64 at ``int((i + 0.5) * n / 64)`` (``decimateFloat``), or no filtering at
  all when the input is already 64x64 (``pdqFloat256FromFloatLuma``);
* the quality score from quantised gradients of the 64x64 buffer
  (``pdqImageDomainQualityMetric``);
* a 16x64 float32 DCT matrix made in double and rounded to float, applied as
  ``B = (D A) D^T`` with sums accumulated over k = 0..63 in order (``dct64To16``);
* one bit per coefficient: set when it is strictly greater than the Torben median, which for
  256 values is the 128th smallest (``pdqBuffer16x16ToBits``), bit ``k = 16*i + j`` stored in
  16-bit word ``k // 16`` and printed from word 15 down to word 0 (``Hash256::format``), which
  is the 256-bit integer ``sum(bit_k << k)`` in 64 lowercase hex digits.

The eight dihedral hashes come from the same 16x16 DCT by transposing and negating
coefficients, as the C++ ``pdqDihedralHash256esFromFloatLuma`` does, in its order:
``DIHEDRAL_ORDER``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "CELLS",
    "DIHEDRAL_ORDER",
    "DOWNSAMPLE_DIMS",
    "MIN_HASHABLE_DIM",
    "PdqResult",
    "bytes_to_hash",
    "dct_basis",
    "hamming_distance",
    "hash_to_bytes",
    "hash_to_int",
    "hashes_of_dcts",
    "hashes_to_words",
    "int_to_hash",
    "luma_from_grey",
    "luma_from_rgb",
    "nearest_indices",
    "pdq_from_grey",
    "pdq_from_luma",
    "pdq_from_rgb",
    "pdq_from_rgb_filtered",
    "pdq_with_mirror_from_rgb_filtered",
    "qualities",
    "tent_bands",
]

#: Names of the eight dihedral variants, in the order of ``PdqResult.dihedral``. This is the
#: C++ reference's order: original; rotated 90, 180 and 270 degrees anticlockwise
#: (``np.rot90(a, k)``); flipped about the horizontal axis (``flipx``: top and bottom
#: swapped, ``np.flipud``), about the vertical axis (``flipy``: left and right swapped,
#: ``np.fliplr``), about the main diagonal (``flipplus1``: transposed) and about the
#: anti-diagonal (``flipminus1``). Each is the hash the picture would have if it were turned
#: that way, up to rounding: a turned copy of a photo lands within Meta's match distance.
DIHEDRAL_ORDER: Final[tuple[str, ...]] = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flipx",
    "flipy",
    "flipplus1",
    "flipminus1",
)

#: The side of the buffer PDQ's DCT reads: the picture filtered and decimated to 64x64.
CELLS: Final = 64
#: Images with a side over this are first resized to DOWNSAMPLE_DIMS square (``pdqio.cpp``).
DOWNSAMPLE_DIMS: Final = 512
#: Smaller sides give the all-zero hash with quality 0 (``pdqhashing.cpp``).
MIN_HASHABLE_DIM: Final = 5

_HASH_HEX_DIGITS: Final = 64
_ZERO_HASH: Final = "0" * _HASH_HEX_DIGITS
_JAROSZ_PASSES: Final = 2

_LUMA_R: Final = np.float32(0.299)
_LUMA_G: Final = np.float32(0.587)
_LUMA_B: Final = np.float32(0.114)
# A uint8 channel times a float32 coefficient has 256 possible float32 products; looking them
# up is exactly the C++ multiplication and much cheaper than converting whole planes to float.
_CHANNEL_VALUES: Final = np.arange(256, dtype=np.float32)
_R_PRODUCTS: Final = _CHANNEL_VALUES * _LUMA_R
_G_PRODUCTS: Final = _CHANNEL_VALUES * _LUMA_G
_B_PRODUCTS: Final = _CHANNEL_VALUES * _LUMA_B


def _dct_matrix() -> NDArray[np.float32]:
    """The reference's 16x64 DCT-II rows 1..16, computed in double and stored as float.

    ``math.cos`` is the C library's ``cos``, the function the C++ calls.
    """
    scale = float(np.float32(math.sqrt(2.0 / 64.0)))
    matrix = np.empty((16, 64), dtype=np.float32)
    for i in range(16):
        for j in range(64):
            matrix[i, j] = scale * math.cos((math.pi / 2.0 / 64.0) * (i + 1) * (2 * j + 1))
    return matrix


_DCT: Final = _dct_matrix()
_DCT_COLUMNS: Final = [np.ascontiguousarray(_DCT[:, k : k + 1]) for k in range(64)]
_DCT_ROWS: Final = [np.ascontiguousarray(_DCT[:, k][np.newaxis, :]) for k in range(64)]
_ODD: Final = (np.arange(16) & 1).astype(bool)
# Sign patterns of the reference's dct16OriginalTo* functions (+1 keeps, -1 negates).
_SIGN_ODD_KEEP: Final = np.where(_ODD, np.float32(1), np.float32(-1)).astype(np.float32)
_SIGN_CHECKER: Final = np.where(
    ((np.arange(16)[:, None] + np.arange(16)[None, :]) & 1).astype(bool),
    np.float32(-1),
    np.float32(1),
).astype(np.float32)


@dataclass(frozen=True)
class PdqResult:
    """A PDQ hash (64 lowercase hex digits), its 0-100 quality and its 8 dihedral variants.

    ``dihedral`` follows ``DIHEDRAL_ORDER`` (``dihedral[0] == hash``); it is empty when the
    caller did not ask for it.
    """

    hash: str
    quality: int
    dihedral: tuple[str, ...]


# ---------------------------------------------------------------------------------------------
# Luminance


def luma_from_rgb(rgb: NDArray[np.uint8]) -> NDArray[np.float32]:
    """Luminance of an (H, W, 3+) uint8 RGB buffer, exactly as ``fillFloatLumaFromRGB``.

    Channels past the third (alpha) are ignored, as the reference ignores them.
    """
    array = np.asarray(rgb)
    if array.ndim != 3 or array.shape[2] < 3 or array.dtype != np.uint8:
        raise ValueError(f"expected an (H, W, 3) uint8 array, got {array.dtype} {array.shape}")
    luma = np.take(_R_PRODUCTS, array[:, :, 0])
    luma += np.take(_G_PRODUCTS, array[:, :, 1])
    luma += np.take(_B_PRODUCTS, array[:, :, 2])
    return luma


def luma_from_grey(grey: NDArray[np.uint8]) -> NDArray[np.float32]:
    """Luminance of an (H, W) uint8 grey buffer: the value itself (``fillFloatLumaFromGrey``).

    Not the RGB formula on three equal channels: 0.299 + 0.587 + 0.114 rounded in float32
    does not give the grey value back exactly, and the reference reads grey files as grey.
    """
    array = np.asarray(grey)
    if array.ndim != 2 or array.dtype != np.uint8:
        raise ValueError(f"expected an (H, W) uint8 array, got {array.dtype} {array.shape}")
    return np.take(_CHANNEL_VALUES, array)


def nearest_indices(old: int, new: int) -> NDArray[np.intp]:
    """Source index of each of ``new`` samples when CImg resizes ``old`` to ``new`` pixels.

    CImg's nearest-neighbour ``resize`` steps by ``(ulong)((x + 1.0) * old / new)``
    differences, so output ``x`` reads input ``floor(x * old / new)``; the double division is
    exact here, so integer floor division gives the same index.
    """
    if old == new:
        return np.arange(new, dtype=np.intp)
    return (np.arange(new, dtype=np.intp) * old) // new


def _reference_downsample(pixels: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """The still-image path's first step: any side over 512 -> 512x512 nearest-neighbour."""
    height, width = pixels.shape[:2]
    if height <= DOWNSAMPLE_DIMS and width <= DOWNSAMPLE_DIMS:
        return pixels
    rows = nearest_indices(height, DOWNSAMPLE_DIMS)
    cols = nearest_indices(width, DOWNSAMPLE_DIMS)
    return pixels[rows[:, np.newaxis], cols]


# ---------------------------------------------------------------------------------------------
# The hash


def pdq_from_rgb(rgb: NDArray[np.uint8], *, dihedral: bool = True) -> PdqResult:
    """PDQ of a decoded (H, W, 3) uint8 RGB picture, as Meta's ``pdq-photo-hasher`` does it.

    Pictures with a side over 512 are first resized to 512x512 nearest-neighbour with CImg's
    index mapping; sampling before the luminance step is the same arithmetic per pixel and
    touches only 512x512 pixels of a large photo.
    """
    array = np.asarray(rgb)
    if array.ndim != 3 or array.shape[2] < 3 or array.dtype != np.uint8:
        raise ValueError(f"expected an (H, W, 3) uint8 array, got {array.dtype} {array.shape}")
    return pdq_from_luma(luma_from_rgb(_reference_downsample(array)), dihedral=dihedral)


def pdq_from_grey(grey: NDArray[np.uint8], *, dihedral: bool = True) -> PdqResult:
    """PDQ of a decoded (H, W) uint8 grey picture: the reference's path for one-channel files."""
    array = np.asarray(grey)
    if array.ndim != 2 or array.dtype != np.uint8:
        raise ValueError(f"expected an (H, W) uint8 array, got {array.dtype} {array.shape}")
    return pdq_from_luma(luma_from_grey(_reference_downsample(array)), dihedral=dihedral)


def pdq_from_luma(luma: NDArray[np.float32], *, dihedral: bool = True) -> PdqResult:
    """Meta's PDQ of an (H, W) luminance buffer, identical to ``pdqHash256FromFloatLuma``.

    No resizing happens here (video frames are hashed at full size, as vPDQ does). Sides
    under 5 give the all-zero hash with quality 0, as in the reference. The input is not
    modified.
    """
    array = np.asarray(luma, dtype=np.float32)
    if array.ndim != 2:
        raise ValueError(f"expected an (H, W) luminance array, got shape {array.shape}")
    rows, cols = array.shape
    if rows < MIN_HASHABLE_DIM or cols < MIN_HASHABLE_DIM:
        return PdqResult(_ZERO_HASH, 0, (_ZERO_HASH,) * 8 if dihedral else ())
    block = _downsample_64(array)
    quality = _quality(block)
    dct = _dct64_to_16(block)
    base = _bits_to_hex(dct)
    if not dihedral:
        return PdqResult(base, quality, ())
    turns = dihedral_dcts(dct)
    return PdqResult(base, quality, (base, *(_bits_to_hex(turn) for turn in turns[1:])))


def dihedral_dcts(dct: NDArray[np.float32]) -> tuple[NDArray[np.float32], ...]:
    """The DCT of the picture under each of the 8 turns and flips, in the reference's order
    (original, rotate 90, 180, 270, flip x, flip y, flip plus-one, flip minus-one): sign
    patterns and a transpose of the one DCT, as ``dct16OriginalTo*``."""
    flip_x = dct * _SIGN_ODD_KEEP[:, np.newaxis]
    flip_y = dct * _SIGN_ODD_KEEP[np.newaxis, :]
    rotate_180 = dct * _SIGN_CHECKER
    return (dct, flip_y.T, rotate_180, flip_x.T, flip_x, flip_y, dct.T, rotate_180.T)


def _downsample_64(luma: NDArray[np.float32]) -> NDArray[np.float32]:
    """Blur (two Jarosz passes) and decimate to 64x64, or take a 64x64 buffer as it is."""
    rows, cols = luma.shape
    if rows == 64 and cols == 64:
        return np.array(luma, dtype=np.float32)
    window_along_rows = _jarosz_window(cols)
    window_along_cols = _jarosz_window(rows)
    row_picks = _decimation_indices(rows)
    col_picks = _decimation_indices(cols)
    # Every box filter runs along axis 0, so the image is transposed between passes: a box
    # "along rows" (within each row) sees the image's columns as its axis 0.
    work = _box_axis0(np.ascontiguousarray(luma.T), window_along_rows)
    work = _box_axis0(np.ascontiguousarray(work.T), window_along_cols)
    # Only 64 columns and 64 rows survive decimation, so the second pass computes only them
    # (each output of a box filter depends on its own vector alone).
    work = _box_axis0(np.ascontiguousarray(work.T), window_along_rows, col_picks)
    return _box_axis0(np.ascontiguousarray(work.T), window_along_cols, row_picks)


def _jarosz_window(dimension: int) -> int:
    """``computeJaroszFilterWindowSize(dimension, 64)``: half a 64th, rounded up."""
    return (dimension + 2 * 64 - 1) // (2 * 64)


def _decimation_indices(dimension: int) -> NDArray[np.intp]:
    """``decimateFloat``'s sample positions: centres of 64 equal bins, in double arithmetic."""
    return np.array([int(((i + 0.5) * dimension) / 64) for i in range(64)], dtype=np.intp)


def _box_axis0(
    values: NDArray[np.float32], window: int, keep: NDArray[np.intp] | None = None
) -> NDArray[np.float32]:
    """``box1DFloat`` along axis 0, for every vector across axis 1 at once.

    The C++ keeps one running float sum per vector: it adds samples, then for each output
    adds the entering sample and subtracts the leaving one (in that order), and at the end
    only subtracts; each output is the sum divided by the current window size, in float32.
    Here each step is one numpy operation on a whole row of vectors, in the same order, so
    the rounding is the reference's. ``keep`` lists the only outputs wanted, in order.
    """
    length = values.shape[0]
    half = (window + 2) // 2
    samples = list(values)
    # Small images sample the same output more than once: compute each once, copy at the end.
    wanted, repeat = (
        (np.arange(length), None) if keep is None else np.unique(keep, return_inverse=True)
    )
    result = np.empty((len(wanted), *values.shape[1:]), dtype=np.float32)
    slot_of = dict(zip(wanted.tolist(), list(result), strict=True))
    total = np.zeros(values.shape[1:], dtype=np.float32)
    add, subtract, divide = np.add, np.subtract, np.divide
    entering = 0
    leaving = 0
    for _ in range(half - 1):
        add(total, samples[entering], out=total)
        entering += 1
    for output in range(length):
        if entering < length:
            add(total, samples[entering], out=total)
            entering += 1
        if output + half > window:
            subtract(total, samples[leaving], out=total)
            leaving += 1
        target = slot_of.get(output)
        if target is not None:
            size = entering - leaving
            divide(total, np.float32(size), out=target)
    return result if repeat is None else result[repeat]


def _quality(block: NDArray[np.float32]) -> int:
    """``pdqImageDomainQualityMetric``: truncated gradients, summed, scaled, capped at 100."""
    hundred = np.float32(100)
    scale = np.float32(255)
    vertical = ((block[:-1, :] - block[1:, :]) * hundred) / scale
    horizontal = ((block[:, :-1] - block[:, 1:]) * hundred) / scale
    gradient_sum = int(np.abs(vertical.astype(np.int64)).sum())
    gradient_sum += int(np.abs(horizontal.astype(np.int64)).sum())
    return min(gradient_sum // 90, 100)


def _dct64_to_16(block: NDArray[np.float32]) -> NDArray[np.float32]:
    """``dct64To16``: T = D A then B = T D^T, each sum accumulated over k in order in float32."""
    partial = np.zeros((16, 64), dtype=np.float32)
    for k in range(64):
        partial += _DCT_COLUMNS[k] * block[k : k + 1, :]
    result = np.zeros((16, 16), dtype=np.float32)
    for k in range(64):
        result += partial[:, k : k + 1] * _DCT_ROWS[k]
    return result


def _bits_to_hex(coefficients: NDArray[np.float32]) -> str:
    """``pdqBuffer16x16ToBits`` + ``Hash256::format``: bit k set when value k > the median."""
    flat = np.ascontiguousarray(coefficients).reshape(256)
    median = np.partition(flat, 127)[127]
    packed = np.packbits(flat > median, bitorder="little")
    return f"{int.from_bytes(packed.tobytes(), 'little'):064x}"


# ---------------------------------------------------------------------------------------------
# Video frames: the same hash through one linear filter (not bit-exact)


def pdq_from_rgb_filtered(rgb: NDArray[np.uint8]) -> PdqResult:
    """``pdq_from_luma(luma_from_rgb(rgb), dihedral=False)`` at a fraction of the cost.

    For vPDQ frames, which are hashed at full size (no 512-pixel downscale). Everything
    ``pdq_from_luma`` does before the DCT is linear in the pixels: luminance, two box filters
    along each axis, decimation to 64x64. So the 64x64 buffer is ``A @ luma @ B.T``, where
    row ``i`` of ``A`` (``B``) is what the two box passes give decimation sample ``i`` from
    each row (column): a tent about twice the box window wide, so each pixel is read about
    once. Only those sums are computed, straight from the uint8 pixels (with no full-size
    luminance buffer), then the reference's quality, DCT and bits.

    Not bit-exact: the sums are rounded in a different order from the reference's float32
    running sums (the 64x64 buffers differ by about 1e-3 grey levels), so a coefficient that
    sits on the median can flip; on Meta's sample videos the hashes are within the vPDQ bar
    (docs/HASHING-VIDEO.md). Still images keep the exact path (``pdq_from_rgb``).

    Only ``einsum`` (numpy's own loops) is used, never BLAS: OpenBLAS would wake its thread
    pool, which spins on the cores the video decoder is using. Any (H, W, 3+) uint8 view is
    accepted (a turned or mirrored view of a frame is read in place; no copy is made).
    """
    return pdq_with_mirror_from_rgb_filtered(rgb)[0]


def pdq_with_mirror_from_rgb_filtered(rgb: NDArray[np.uint8]) -> tuple[PdqResult, str]:
    """``pdq_from_rgb_filtered`` and the hash of the picture mirrored left to right, from the
    same DCT (the ``flipy`` sign pattern, as the dihedral hashes): a mirrored re-upload of a
    video is a stream of mirrored frames, and this costs one more median, no more pixels."""
    array = np.asarray(rgb)
    if array.ndim != 3 or array.shape[2] < 3 or array.dtype != np.uint8:
        raise ValueError(f"expected an (H, W, 3) uint8 array, got {array.dtype} {array.shape}")
    rows, cols = array.shape[:2]
    if rows < MIN_HASHABLE_DIM or cols < MIN_HASHABLE_DIM:
        return PdqResult(_ZERO_HASH, 0, ()), _ZERO_HASH
    block = _filtered_block(array[:, :, :3])
    dct = _dct64_to_16(block)
    mirrored = _bits_to_hex(dct * _SIGN_ODD_KEEP[np.newaxis, :])
    return PdqResult(_bits_to_hex(dct), _quality(block), ()), mirrored


def _filtered_block(pixels: NDArray[np.uint8]) -> NDArray[np.float32]:
    """The 64x64 buffer ``A @ luma(pixels) @ B.T``, read in the pixels' memory order.

    A turned or mirrored view (negative or swapped strides) is read as the stored picture,
    with the weights mirrored and the result transposed to match: the same sums, read in
    memory order (reading a turned view across rows is several times slower).
    """
    rows, cols = pixels.shape[:2]
    row_bands, col_bands = _tent_bands(rows, mirrored=False), _tent_bands(cols, mirrored=False)
    if pixels.strides[0] < 0:
        pixels, row_bands = pixels[::-1], _tent_bands(rows, mirrored=True)
    if pixels.strides[1] < 0:
        pixels, col_bands = pixels[:, ::-1], _tent_bands(cols, mirrored=True)
    transposed = pixels.strides[0] < pixels.strides[1]
    if transposed:
        pixels, row_bands, col_bands = pixels.transpose(1, 0, 2), col_bands, row_bands
    # Rows first: 64 weighted sums of a band of rows each, per column and channel.
    picked = np.empty((64, pixels.shape[1], 3), dtype=np.float32)
    for i, (start, weights) in enumerate(row_bands):
        band = pixels[start : start + len(weights)]
        np.einsum("k,kwc->wc", weights, band, out=picked[i], casting="unsafe")
    luma = np.einsum("iwc,c->iw", picked, _LUMA_COEFFICIENTS)
    block = np.empty((64, 64), dtype=np.float32)
    for j, (start, weights) in enumerate(col_bands):
        np.einsum("iw,w->i", luma[:, start : start + len(weights)], weights, out=block[:, j])
    return block.T.copy() if transposed else block


_LUMA_COEFFICIENTS: Final = np.array([_LUMA_R, _LUMA_G, _LUMA_B], dtype=np.float32)


def tent_bands(dimension: int) -> tuple[tuple[int, NDArray[np.float32]], ...]:
    """For each of the 64 decimation samples of a side of ``dimension`` pixels: the first
    pixel it reads and its weights (PDQ's two box passes and decimation as one filter)."""
    return _tent_bands(dimension, mirrored=False)


@lru_cache(maxsize=32)
def _tent_bands(dimension: int, *, mirrored: bool) -> tuple[tuple[int, NDArray[np.float32]], ...]:
    """For each of the 64 decimation samples: the first index it reads and its weights.

    ``box1DFloat`` output ``j`` is the mean of inputs ``[max(0, j + half - window),
    min(n, j + half))``; the second pass averages those outputs over the same window about
    the sample, so the weights are a tent, clipped and renormalised at the edges exactly as
    the reference's shrinking windows are. Computed in double, stored as float32.
    ``mirrored``: the same bands for the axis read backwards (index ``n - 1 - k``).
    """
    window = _jarosz_window(dimension)
    half = (window + 2) // 2
    positions = np.arange(dimension)
    lows = np.maximum(0, positions + half - window)
    highs = np.minimum(dimension, positions + half)
    bands = []
    for sample in _decimation_indices(dimension).tolist():
        weights = np.zeros(dimension, dtype=np.float64)
        outer = 1.0 / (highs[sample] - lows[sample])
        for j in range(int(lows[sample]), int(highs[sample])):
            weights[lows[j] : highs[j]] += outer / (highs[j] - lows[j])
        used = np.flatnonzero(weights)
        start, stop = int(used[0]), int(used[-1]) + 1
        band = weights[start:stop].astype(np.float32)
        bands.append((dimension - stop, band[::-1].copy()) if mirrored else (start, band))
    return tuple(bands)


# ---------------------------------------------------------------------------------------------
# Many 64x64 buffers at once (variant fingerprints: not bit-exact)


def dct_basis() -> NDArray[np.float32]:
    """The reference's (16, 64) DCT rows: ``D`` in ``B = D A D^T`` (a copy)."""
    return _DCT.copy()


def hashes_of_dcts(
    dct: NDArray[np.float32], mirrored: NDArray[np.bool_] | None = None
) -> list[str]:
    """The hash of each of a stack of (V, 16, 16) DCTs: the reference's median threshold.

    ``mirrored[v]``: the hash of DCT ``v``'s picture mirrored left to right (the ``flipy``
    sign pattern), as if the picture had been mirrored first.
    """
    stack = np.array(dct, dtype=np.float32)
    if mirrored is not None and mirrored.any():
        stack[mirrored] *= _SIGN_ODD_KEEP[np.newaxis, np.newaxis, :]
    flat = stack.reshape(len(stack), 256)
    medians = np.partition(flat, 127, axis=1)[:, 127:128]
    packed = np.packbits(flat > medians, axis=1, bitorder="little")[:, ::-1]
    return [row.tobytes().hex() for row in packed]


def qualities(blocks: NDArray[np.float32]) -> list[int]:
    """``_quality`` of each of a stack of (V, N, N) buffers, whole stack at once (the same
    float32 steps; the truncated steps are whole numbers under 101, so float32 sums of 8,064
    of them are exact)."""
    stack = np.asarray(blocks, dtype=np.float32)
    hundred = np.float32(100)
    scale = np.float32(255)
    vertical = np.trunc(((stack[:, :-1, :] - stack[:, 1:, :]) * hundred) / scale)
    horizontal = np.trunc(((stack[:, :, :-1] - stack[:, :, 1:]) * hundred) / scale)
    sums = np.abs(vertical).sum(axis=(1, 2)) + np.abs(horizontal).sum(axis=(1, 2))
    return [min(int(total) // 90, 100) for total in sums]


def hashes_to_words(hashes: list[str]) -> NDArray[np.uint64]:
    """Hashes as (N, 4) 64-bit words, for Hamming distances of many at once
    (``np.bitwise_count(a ^ b).sum(axis=-1)``)."""
    data = b"".join(bytes.fromhex(h) for h in hashes)
    return np.frombuffer(data, dtype=">u8").astype(np.uint64).reshape(len(hashes), 4)


# ---------------------------------------------------------------------------------------------
# Hash values


def hash_to_int(hex_hash: str) -> int:
    """The 256-bit integer of a 64-digit hex hash (bit k is DCT coefficient k)."""
    if len(hex_hash) != _HASH_HEX_DIGITS:
        raise ValueError("a PDQ hash has 64 hex digits")
    return int(hex_hash, 16)


def int_to_hash(value: int) -> str:
    """The 64-digit lowercase hex form of a 256-bit integer."""
    if not 0 <= value < 1 << 256:
        raise ValueError("a PDQ hash is a 256-bit unsigned integer")
    return f"{value:064x}"


def hash_to_bytes(hex_hash: str) -> bytes:
    """The 32 bytes of a hash, most significant first (the hex string's order)."""
    return hash_to_int(hex_hash).to_bytes(32, "big")


def bytes_to_hash(data: bytes) -> str:
    """The hex form of 32 bytes, most significant first."""
    if len(data) != 32:
        raise ValueError("a PDQ hash is 32 bytes")
    return int_to_hash(int.from_bytes(data, "big"))


def hamming_distance(first: str, second: str) -> int:
    """How many of the 256 bits differ; Meta matches at 31 or fewer."""
    return (hash_to_int(first) ^ hash_to_int(second)).bit_count()
