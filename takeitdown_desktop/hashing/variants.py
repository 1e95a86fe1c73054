"""Variant fingerprints: PDQ hashes of the shapes a photo takes when it is re-posted.

Platforms match one PDQ of each upload against the list at distance 31 or less. PDQ survives
re-encoding and resizing, but not a change of frame: cutting 2% more off one side moves the
hash by about 30 bits (docs/HASHING-PDQ.md, "Variant fingerprints"). So the report carries,
beside the photo's own PDQ and its 8 turns and flips, the PDQ each predictable re-post would
have: one side cut, a centred zoom, the crops apps make to 1:1, 4:5, 9:16 and friends, the
photo letterboxed into a story or a square, under or over a caption band, tilted a little.
Every one is an ordinary PDQ hash that any platform's index already matches.

Cheap by design, from the one decode: a big photo's shapes are hashed from a luminance base
of the upright picture ``BASE_SIDE`` pixels long (made from the reduced copy the image hasher
already makes for pHash and dHash). A shape is a pair of axis maps (which part of the photo
lands where on the re-post), so the 64x64 buffer PDQ would reach for it is ``Wy @ luma @
Wx.T``: ``Wy`` and ``Wx`` hold, for each of the 64 cells along an axis, how much of each base
pixel falls inside it (an area average of the cell), and its DCT is ``(D Wy) luma (D Wx).T``.
All shapes are hashed at once, as a stack of small products. A photo no bigger than PDQ's
512-pixel sample is re-posted at its own size, so its shapes go through PDQ's own filter at
that size instead (``_native_hashes``).
These hashes are not bit-exact with the reference on the re-posted file (nobody can know the
app's exact resampling); measured, one lands a median 8 bits from the reference PDQ of the
real re-post, as close as any other resize of it. Only the platform's threshold matters here;
the main ``pdq`` stays bit-exact.

What is sent: variants of quality under 50 are dropped (flat shapes match unrelated
pictures), then near-duplicates (within ``COLLAPSE_BITS`` of one already kept, or of the main
hash and its turns) are collapsed, in priority order. The first ``COUNT`` are kept, and sent
sorted by value: neither the count nor the order depends on the photo's width, height or
aspect ratio (the candidate list is longer than ``COUNT`` for every shape of photo, and only a
flat picture, whose variants are weak, gets fewer).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps

from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.results import WEAK_PDQ_QUALITY, PdqSignal

__all__ = [
    "BASE_SIDE",
    "COLLAPSE_BITS",
    "COUNT",
    "Span",
    "VariantShape",
    "averaged_hashes",
    "candidate_shapes",
    "pdq_variants",
    "select",
    "shape_hashes",
]

#: The long side of the luminance buffer shapes are hashed from. Measured: 128, 256 and 512
#: give the same distances to the reference PDQ of real re-posts (docs/HASHING-PDQ.md)...
BASE_SIDE: Final = 128
#: ...unless a shape keeps less than ``NARROW`` of the photo along one side (a 9:16 crop of a
#: landscape photo keeps a third of its width): those are hashed from twice as many pixels,
#: so each of the 64 cells still sees a pixel or more of the photo.
NARROW: Final = 0.6
#: How many variants a photo sends (the protocol allows 256; 224 keep a report of 1000 photos
#: under the body limit, docs/PROTOCOL.md). Every photo has ``CANDIDATES`` shapes, and nearly
#: every one is strong when the photo is, so the count says nothing about its shape; only a
#: photo with flat parts (sky, a wall) sends fewer, because too many of its shapes are weak.
COUNT: Final = 224
#: How many candidate shapes every photo has (see ``candidate_shapes``).
CANDIDATES: Final = 272
#: Variants this close to one kept before them add nothing a platform could use.
COLLAPSE_BITS: Final = 10
#: Each crop of a family keeps this fraction of the one before it: a re-post cut between two
#: grid points still lands within the match distance of one (measured ~99% at 0.97).
STEP: Final = 0.97
#: Crops and zooms cover up to this much cut away (the issue asks 30%; a margin past it).
MAX_CUT: Final = 0.35
#: The aspect ratios apps impose (width / height): square, portrait posts, stories, video.
ASPECTS: Final = ((1, 1), (4, 5), (3, 4), (2, 3), (9, 16), (16, 9), (4, 3), (3, 2), (5, 4))
#: Where an aspect crop is placed (0: at the left or top, 0.5: centred).
ASPECT_PLACES: Final = (0.5, 0.0, 1.0)
#: Canvases a photo is letterboxed into (stories, square posts, portrait posts), with the
#: spacing of the places the photo is put at, as a fraction of the canvas's side. Moving the
#: photo by 1% of the canvas moves its hash about 24 bits (docs/HASHING-PDQ.md), so a story,
#: where people drag the photo anywhere, is tried every 1.2% (a re-post is at most 0.6% from
#: one), and the square and portrait posts, which apps mostly centre, every 2.4%.
CANVASES: Final = ((9, 16, 0.012), (1, 1, 0.024), (4, 5, 0.024))
#: The first places tried in every canvas (0: top or left, 0.5: centred); the finer ones
#: come after every other shape, so a photo with more shapes than ``COUNT`` loses those first.
PLACES: Final = (0.5, 0.0, 1.0, 0.25, 0.75)
#: Caption bands keep this much of the height for the photo, from 92% down to 70%.
BAND_LARGEST: Final = 0.92
BAND_SMALLEST: Final = 0.70
#: Tilts (degrees, each way), the photo then cropped to the largest same-shaped inside part.
TILTS: Final = (3.0, 4.0, 5.0, 6.0, 7.0)

_CELLS: Final = pdq.CELLS


@dataclass(frozen=True, slots=True)
class Span:
    """One axis of a re-post: the part ``[source_start, source_end]`` of the photo (fractions
    of its width or height) lies at ``[start, end]`` of the re-post (fractions of its side)."""

    start: float = 0.0
    end: float = 1.0
    source_start: float = 0.0
    source_end: float = 1.0


_WHOLE: Final = Span()


@dataclass(frozen=True, slots=True)
class VariantShape:
    """A predicted re-post of the upright photo.

    The re-post around the photo is black (its colour changes nothing PDQ keeps: see
    ``candidate_shapes``). ``tilt`` turns the
    photo by that many degrees first (then ``x``/``y`` crop the inside); ``mirrored`` takes
    the hash of the shape mirrored left to right (from the same DCT). ``turn`` (whole photo
    only): the hash of the photo turned or flipped, as ``pdq.dihedral_dcts`` numbers them.
    """

    family: str
    y: Span = _WHOLE
    x: Span = _WHOLE
    tilt: float = 0.0
    mirrored: bool = False
    turn: int = 0


def _kept_fractions(smallest: float, largest: float = 1.0) -> list[float]:
    """``largest * STEP**k`` for k = 1, 2, ... down to ``smallest``."""
    out = []
    value = largest * STEP
    while value >= smallest - 1e-9:
        out.append(value)
        value *= STEP
    return out


def _crop(kept: float, where: float) -> Span:
    """Keep ``kept`` of an axis, the cut split ``where`` before and ``1 - where`` after."""
    start = (1 - kept) * where
    return Span(source_start=start, source_end=start + kept)


def _placed(size: float, where: float) -> Span:
    """The whole photo along an axis, ``size`` of the re-post long, placed ``where``."""
    start = (1 - size) * where
    return Span(start=start, end=start + size)


def _tilt_scale(aspect: float, degrees: float) -> float:
    """The largest same-shaped rectangle inside a photo turned by ``degrees``, as a fraction
    of its sides (the "straighten" crop of photo apps)."""
    theta = math.radians(abs(degrees))
    cos, sin = math.cos(theta), math.sin(theta)
    return min(aspect / (aspect * cos + sin), 1 / (aspect * sin + cos))


def candidate_shapes(
    aspect: float, aspect_places: Sequence[float] = ASPECT_PLACES, *, turned: bool = True
) -> list[VariantShape]:
    """Every shape worth hashing for an upright photo of ``aspect`` (width / height), the
    more valuable first (``COUNT`` keeps the first strong, distinct ones). ``aspect_places``:
    where aspect crops are placed (a video reframed to 9:16 is often cut off centre).
    ``turned``: first the photo's own 7 turns and flips from the base. The main PDQ's turns
    come from its DCT, exact for PDQ's own filter on the photo but not on a turned re-post,
    whose filter windows fall elsewhere: measured, a re-post turned 180 degrees lands a median
    17 bits (up to 48) from the main hash's turn, while the base's cell averages turn exactly.
    Those within ``COLLAPSE_BITS`` of the main turns are collapsed away as usual.

    No shape has a canvas fill of its own: a bar or band that spans the whole width (or
    height) changes only DCT coefficients PDQ leaves out (those of frequency 0 along that
    side), so black, grey and white bars give the same hash.
    """
    first = [VariantShape("the photo turned", turn=turn) for turn in range(1, 8) if turned]
    second: list[VariantShape] = []
    kept = _kept_fractions(1 - MAX_CUT)
    for fraction in kept:
        first.append(VariantShape("cut left", x=_crop(fraction, 1.0)))
        first.append(VariantShape("cut right", x=_crop(fraction, 0.0)))
        first.append(VariantShape("cut top", y=_crop(fraction, 1.0)))
        first.append(VariantShape("cut bottom", y=_crop(fraction, 0.0)))
        first.append(VariantShape("zoom", x=_crop(fraction, 0.5), y=_crop(fraction, 0.5)))
    for width, height in ASPECTS:
        target = width / height
        if abs(math.log(target / aspect)) < _CLOSE:
            continue
        for where in aspect_places:
            if target < aspect:  # narrower: cut the sides
                shape = VariantShape(f"aspect {width}:{height}", x=_crop(target / aspect, where))
            else:  # wider: cut top and bottom
                shape = VariantShape(f"aspect {width}:{height}", y=_crop(aspect / target, where))
            first.append(shape)
            if where == 0.5:
                second.append(_mirror(shape))
    boxes = _letterboxes(aspect, 1)
    for canvas in boxes:
        first += canvas[: len(PLACES)]
        second.append(_mirror(canvas[0]))
    bands = [BAND_LARGEST, *_kept_fractions(BAND_SMALLEST, BAND_LARGEST)]
    for size in bands:
        first.append(VariantShape("band above", y=_placed(size, 1.0)))
        first.append(VariantShape("band below", y=_placed(size, 0.0)))
    for size in bands[::2]:
        second.append(VariantShape("bands above and below", y=_placed(size, 0.5)))
    for degrees in TILTS:
        scale = _tilt_scale(aspect, degrees)
        for sign in (1, -1):
            first.append(
                VariantShape("tilt", x=_crop(scale, 0.5), y=_crop(scale, 0.5), tilt=sign * degrees)
            )
    for fraction in kept:
        second.append(VariantShape("cut both sides", x=_crop(fraction, 0.5)))
        second.append(VariantShape("cut top and bottom", y=_crop(fraction, 0.5)))
    # The finer places: the story's (the first canvas's) right after the shapes above, the
    # others' after the rest. A photo whose shapes fall short of CANDIDATES (a portrait, whose
    # free space in a story is small) gets them finer still, so every photo has as many.
    story, *others = [canvas[len(PLACES) :] for canvas in boxes] or [[]]
    shapes = first + story + second + [shape for rest in others for shape in rest]
    fineness = 1
    while len(shapes) < CANDIDATES and fineness < _FINEST:
        fineness *= 2
        taken = set(shapes)
        for canvas in _letterboxes(aspect, fineness):
            shapes += [shape for shape in canvas if shape not in taken]
    return shapes[:CANDIDATES]


#: At most this many times finer than ``CANVASES`` says (then neighbours are near-duplicates).
_FINEST: Final = 8
#: An aspect or canvas nearer the photo's own than half a crop step adds nothing: the photo
#: itself covers it.
_CLOSE: Final = math.log(1 / STEP) / 2


def _letterboxes(aspect: float, fineness: int) -> list[list[VariantShape]]:
    """Per canvas (``CANVASES`` order, those not within half a grid step of the photo's own
    aspect), the photo letterboxed at each of ``_places`` (spacing divided by ``fineness``)."""
    out = []
    for width, height, spacing in CANVASES:
        canvas = width / height
        if abs(math.log(canvas / aspect)) < _CLOSE:
            continue
        bars_above = canvas < aspect  # else bars at the sides
        size = canvas / aspect if bars_above else aspect / canvas
        family = f"letterbox {width}:{height}"
        spans = [_placed(size, at) for at in _places(1 - size, spacing / fineness)]
        out.append(
            [
                VariantShape(family, y=span) if bars_above else VariantShape(family, x=span)
                for span in spans
            ]
        )
    return out


@lru_cache(maxsize=256)
def _places(free: float, spacing: float) -> tuple[float, ...]:
    """Where a photo is put in a canvas whose free space is ``free`` of its side: ``PLACES``
    first, then a grid ``spacing`` of the canvas apart from the centre out, coarse to fine
    (each next place the one farthest from those before it)."""
    step = spacing / free  # in fractions of the free space
    chosen = list(PLACES)
    grid = [0.5 + k * step for k in range(-math.ceil(0.5 / step), math.ceil(0.5 / step) + 1)]
    rest = [at for at in grid if 0 < at < 1 and min(abs(at - where) for where in chosen) > step / 2]
    while rest:
        far = max(rest, key=lambda at: min(abs(at - taken) for taken in chosen))
        chosen.append(far)
        rest.remove(far)
    return tuple(chosen)


def _mirror(shape: VariantShape) -> VariantShape:
    return VariantShape(shape.family + ", mirrored", shape.y, shape.x, shape.tilt, mirrored=True)


# ---------------------------------------------------------------------------------------------
# Hashing shapes


@lru_cache(maxsize=2048)
def _edges(span: Span, pixels: int, cells: int = _CELLS) -> tuple[NDArray[np.float64], float]:
    """One axis map over a base of ``pixels``, for a re-post of ``cells`` cells along it:
    where the cell edges fall in the base (fractional pixels; a cell outside the photo has
    both its edges on the photo's edge, so its sum is 0, the black around it), and the factor
    that turns a sum over base pixels into a cell average."""
    canvas = np.clip(np.arange(cells + 1) / cells, span.start, span.end)
    per_canvas = (span.source_end - span.source_start) / (span.end - span.start)
    edges = (span.source_start + (canvas - span.start) * per_canvas) * pixels
    return np.clip(edges, 0.0, pixels), cells / (per_canvas * pixels)


_DCT_ROWS: Final = pdq.dct_basis().astype(np.float64)
_DCT_ROWS_32: Final = pdq.dct_basis()


@lru_cache(maxsize=2048)
def _dct_weights(span: Span, pixels: int) -> NDArray[np.float32]:
    """``A = D @ W`` (16, pixels): PDQ's 16 DCT rows applied to the 64 cell averages of one
    axis map, as weights of the base's pixels. Cell ``c`` averages base positions
    ``[e_c, e_c+1]``, so ``A[f]`` is the integral over each pixel of the step function worth
    ``factor * D[f, c]`` on that stretch: differences of its running integral, which is
    linear between cell edges."""
    edges, factor = _edges(span, pixels)
    steps = _DCT_ROWS * (factor * np.diff(edges))[np.newaxis, :]
    running = np.zeros((len(_DCT_ROWS), _CELLS + 1))
    np.cumsum(steps, axis=1, out=running[:, 1:])
    at = np.arange(pixels + 1, dtype=np.float64)
    cell = np.clip(np.searchsorted(edges, at, side="right") - 1, 0, _CELLS - 1)
    low, high = edges[cell], edges[cell + 1]
    width = high - low
    share = np.divide(np.clip(at, low, high) - low, width, out=np.zeros_like(at), where=width > 0)
    integral = running[:, cell] + share * (running[:, cell + 1] - running[:, cell])
    return np.diff(integral, axis=1).astype(np.float32)


@lru_cache(maxsize=2048)
def _native_weights(span: Span, pixels: int) -> NDArray[np.float32]:
    """``W`` (64, pixels) for a photo re-posted at its own size: PDQ's own filter (two box
    passes and the decimation, as ``pdq._tent_bands``) over the re-post's pixels, each of
    which is one of the photo's or the black around it."""
    share = span.source_end - span.source_start
    canvas = max(pdq.MIN_HASHABLE_DIM, round(share * pixels / (span.end - span.start)))
    first, last = round(span.start * canvas), round(span.end * canvas)
    offset = round(span.source_start * pixels) - first
    weights = np.zeros((_CELLS, pixels), dtype=np.float32)
    for cell, (start, band) in enumerate(pdq.tent_bands(canvas)):
        for step, weight in enumerate(band):
            at = start + step
            if first <= at < last and 0 <= at + offset < pixels:
                weights[cell, at + offset] += weight
    return weights


@lru_cache(maxsize=2048)
def _native_dct_weights(span: Span, pixels: int) -> NDArray[np.float32]:
    """``D @ W`` of ``_native_weights``."""
    return (_DCT_ROWS @ _native_weights(span, pixels)).astype(np.float32)


def _base(luma: Image.Image, side: int, aspect: float) -> Image.Image:
    """The picture in its own shape (``aspect``: width / height), at most ``side`` long and
    no bigger than ``luma`` on either axis (area-averaged): a tilt turns the real shape."""
    width, height = luma.size
    if aspect >= 1:
        size = (min(side, width), max(1, round(min(side, width) / aspect)))
    else:
        size = (max(1, round(min(side, height) * aspect)), min(side, height))
    return luma if size == luma.size else luma.resize(size, Image.Resampling.BOX)


def _squeezed(upright: Image.Image, aspect: float) -> bool:
    """Is this copy of the photo squeezed out of its shape (a reduction by whole factors)?"""
    return abs(math.log(upright.width / upright.height / aspect)) > 0.01


def _kept(shape: VariantShape) -> float:
    """The smallest share of the photo's width or height the shape shows."""
    x, y = shape.x, shape.y
    return min(x.source_end - x.source_start, y.source_end - y.source_start)


def _turned(base: Image.Image, shapes: Sequence[VariantShape]) -> dict[float, NDArray[np.float32]]:
    """The base as float32, turned by each tilt the shapes ask for (once each)."""
    buffers = {}
    for tilt in dict.fromkeys(shape.tilt for shape in shapes):
        turned = base if tilt == 0 else base.rotate(tilt, resample=Image.Resampling.BILINEAR)
        buffers[tilt] = np.asarray(turned, dtype=np.float32)
    return buffers


def _row_keys(shapes: Sequence[VariantShape]) -> dict[tuple[float, Span], int]:
    """Each distinct (tilt, vertical map), numbered in order of first use."""
    keys: dict[tuple[float, Span], int] = {}
    for shape in shapes:
        keys.setdefault((shape.tilt, shape.y), len(keys))
    return keys


#: The most multiply-adds one matrix product may take: OpenBLAS keeps products under
#: 65,536 x 4 in the calling thread, and a bigger one wakes its thread pool, which spins on the
#: cores the decoders and the window need (seen 100 times slower on a busy machine).
_PRODUCT: Final = 200_000


def _dcts(
    buffers: dict[float, NDArray[np.float32]],
    shapes: Sequence[VariantShape],
    axis: Callable[[Span, int], NDArray[np.float32]],
) -> NDArray[np.float32]:
    """The (V, 16, 16) DCT PDQ would reach for each shape, straight from the base:
    ``D B D^T = (D Wy) L (D Wx)^T`` for the buffer ``B = Wy L Wx^T``, where ``axis(span,
    pixels)`` gives ``D W`` of one axis map. The rows' product ``(D Wy) L`` is made once for
    each distinct (tilt, vertical map)."""
    height, width = next(iter(buffers.values())).shape
    row_keys = _row_keys(shapes)
    rows = np.empty((len(row_keys), len(_DCT_ROWS), width), dtype=np.float32)
    columns_at_once = _small(len(_DCT_ROWS) * height)
    for tilt, luma in buffers.items():
        keys = [(span, index) for (turn, span), index in row_keys.items() if turn == tilt]
        if not keys:
            continue
        weights = np.stack([axis(span, height) for span, _index in keys])
        where = [index for _span, index in keys]
        for start in range(0, width, columns_at_once):
            end = start + columns_at_once
            rows[where, :, start:end] = np.matmul(weights, luma[:, start:end])
    which = [row_keys[(shape.tilt, shape.y)] for shape in shapes]
    columns = np.stack([axis(shape.x, width).T for shape in shapes])
    result: NDArray[np.float32] = np.matmul(rows[which], columns)
    return result


def _small(rows_times_inner: int) -> int:
    """How many columns a product with ``rows_times_inner`` may take at once and stay under
    OpenBLAS's threading threshold (see ``_PRODUCT``)."""
    return max(8, _PRODUCT // rows_times_inner)


def _native_blocks(
    buffers: dict[float, NDArray[np.float32]], shapes: Sequence[VariantShape]
) -> NDArray[np.float32]:
    """The (V, 64, 64) buffers of shapes re-posted at the photo's own size (small photos:
    at most a few hundred pixels a side), as products ``Wy L Wx^T`` in small pieces."""
    height, width = next(iter(buffers.values())).shape
    row_keys = _row_keys(shapes)
    rows = np.empty((len(row_keys), _CELLS, width), dtype=np.float32)
    columns_at_once = _small(_CELLS * height)
    for (tilt, span), index in row_keys.items():
        weights = _native_weights(span, height)
        for start in range(0, width, columns_at_once):
            end = start + columns_at_once
            rows[index, :, start:end] = weights @ buffers[tilt][:, start:end]
    which = [row_keys[(shape.tilt, shape.y)] for shape in shapes]
    columns = np.stack([_native_weights(shape.x, width).T for shape in shapes])
    inner = _small(_CELLS * _CELLS)
    out = np.zeros((len(shapes), _CELLS, _CELLS), dtype=np.float32)
    picked = rows[which]
    for start in range(0, width, inner):
        end = start + inner
        out += np.matmul(picked[:, :, start:end], columns[:, start:end, :])
    return out


def _blocks(
    buffers: dict[float, NDArray[np.float32]], shapes: Sequence[VariantShape], cells: int
) -> NDArray[np.float32]:
    """The (V, cells, cells) cell averages of each shape (64 cells: PDQ's buffer), exact for
    the base's pixels as little squares, from running sums: rows first, once for each
    distinct (tilt, vertical map), then columns for every shape at once. A sum up to a
    fractional position is the running sum before its pixel plus that share of the pixel.
    The bands are made and summed with the base's columns first (``(width, K * cells)``), so
    that the running sums across are one vector add per base column and nothing big is
    transposed (a transpose of the bands took more time than the sums)."""
    height, width = next(iter(buffers.values())).shape
    row_keys = _row_keys(shapes)
    bands = np.empty((width, len(row_keys), cells), dtype=np.float32)
    for tilt, luma in buffers.items():
        keys = [(span, index) for (turn, span), index in row_keys.items() if turn == tilt]
        if not keys:
            continue
        across = np.ascontiguousarray(luma.T)  # (width, height): the base is small
        cumulative = np.zeros((width, height + 1), dtype=np.float32)
        np.cumsum(across, axis=1, out=cumulative[:, 1:])  # in order, as the running sums
        maps = [_edges(span, height, cells) for span, _index in keys]
        edges = np.array([edges for edges, _factor in maps])
        factors = np.array([factor for _edges_, factor in maps], dtype=np.float32)
        whole = np.minimum(edges.astype(np.intp), height - 1)  # (K, cells + 1)
        part = (edges - whole).astype(np.float32)[np.newaxis]
        sums = np.take(cumulative, whole, axis=1) + part * np.take(across, whole, axis=1)
        bands[:, [index for _span, index in keys]] = (
            np.diff(sums, axis=2) * factors[np.newaxis, :, np.newaxis]
        )
    rows = bands.reshape(width, len(row_keys) * cells)
    cumulative = _running_sums(rows)  # (width + 1, K * cells)
    count = rows.shape[1]
    which = np.array([row_keys[(shape.tilt, shape.y)] for shape in shapes])[:, None, None]
    x_maps = [_edges(shape.x, width, cells) for shape in shapes]
    edges = np.array([edges for edges, _factor in x_maps])[:, np.newaxis, :]
    whole = np.minimum(edges.astype(np.intp), width - 1)
    band = which * cells + np.arange(cells)[np.newaxis, :, np.newaxis]
    part = (edges - whole).astype(np.float32)
    # Flat indices: np.take on one axis is several times faster than a 3-axis fancy index.
    sums = np.take(cumulative, whole * count + band) + part * np.take(rows, whole * count + band)
    factors = np.array([factor for _edges_, factor in x_maps], dtype=np.float32)
    result: NDArray[np.float32] = np.diff(sums, axis=2) * factors[:, np.newaxis, np.newaxis]
    return result


def _running_sums(values: NDArray[np.float32]) -> NDArray[np.float32]:
    """Running sums down axis 0, one longer (a zero first): one vector add per row, several
    times faster than ``np.cumsum`` along an axis that is not the last."""
    out = np.zeros((len(values) + 1, *values.shape[1:]), dtype=np.float32)
    for row in range(len(values)):
        np.add(out[row], values[row], out=out[row + 1])
    return out


#: Quality is first estimated from 32x32 cells (a quarter of the work: a quarter of the
#: steps, each about twice as big on a smooth picture, so twice the sum); only shapes whose
#: estimate falls in this band around the weak line are measured on the 64x64 buffer.
#: Measured on 10,882 shapes: the estimate is within 0.77-1.42x of the exact figure for 80%.
_UNSURE: Final = (32, 80)


def _qualities(
    buffers: dict[float, NDArray[np.float32]], shapes: Sequence[VariantShape]
) -> list[int]:
    """PDQ's quality of each shape: estimated, then measured where the estimate is unsure.

    Quality sums the steps between neighbouring cells, which a mirror or a turn of the whole
    buffer leaves as they are, and which barely depend on where in a canvas the photo is put
    (the bar's edge is one step wherever it falls): shapes that differ only in that are
    measured once (the photo's many letterbox places, its turns, the mirrored shapes).
    """
    first: dict[tuple[float, ...], int] = {}
    unique: list[VariantShape] = []
    which = []
    for shape in shapes:
        key = _quality_key(shape)
        if key not in first:
            first[key] = len(unique)
            unique.append(shape)
        which.append(first[key])
    estimates = pdq.qualities(_blocks(buffers, unique, _CELLS // 2))
    out = [min(100, 2 * estimate) for estimate in estimates]
    unsure = [i for i, quality in enumerate(out) if _UNSURE[0] <= quality <= _UNSURE[1]]
    if unsure:
        exact = pdq.qualities(_blocks(buffers, [unique[i] for i in unsure], _CELLS))
        for index, quality in zip(unsure, exact, strict=True):
            out[index] = quality
    return [out[number] for number in which]


def _quality_key(shape: VariantShape) -> tuple[float, ...]:
    """What a shape's quality depends on: its tilt, the part of the photo it shows, and how
    big that part is on the re-post (not where, nor mirrored or turned)."""
    x, y = shape.x, shape.y
    parts = (x.source_start, x.source_end, y.source_start, y.source_end)
    return (shape.tilt, *parts, round(x.end - x.start, 9), round(y.end - y.start, 9))


def shape_hashes(
    upright: Image.Image,
    shapes: Sequence[VariantShape],
    aspect: float,
    photo_quality: int | None = None,
) -> list[tuple[str, int]]:
    """``(hash, quality)`` of each shape of an upright grey (``L``) picture of ``aspect``
    (width / height, whatever the copy's own size), in order.

    A photo no bigger than PDQ's own 512-pixel sample is re-posted at its own size (apps do
    not enlarge it), where PDQ's filter sees its grain: its shapes are hashed with that filter
    at full size (``_native_hashes``). A bigger one is re-posted at sizes nobody can know, and
    its shapes are cell averages of a small base (``averaged_hashes``).
    """
    if max(upright.size) <= pdq.DOWNSAMPLE_DIMS and not _squeezed(upright, aspect):
        return _native_hashes(upright, shapes)
    return averaged_hashes(upright, shapes, aspect, photo_quality)


def _native_hashes(upright: Image.Image, shapes: Sequence[VariantShape]) -> list[tuple[str, int]]:
    """Shapes of a small photo, with PDQ's own filter at the photo's size. A mirrored shape
    is the same shape of the mirrored photo (the filter is not symmetric at small sizes, so
    the DCT's mirror image would not be the mirrored re-post's)."""
    out: list[tuple[str, int]] = [("", 0)] * len(shapes)
    for flip in (False, True):
        chosen = [i for i, shape in enumerate(shapes) if shape.mirrored == flip]
        if not chosen:
            continue
        picture = ImageOps.mirror(upright) if flip else upright
        subset = [_mirrored_placement(shapes[i]) if flip else shapes[i] for i in chosen]
        blocks = _native_blocks(_turned(picture, subset), subset)
        dcts = _turn(np.matmul(np.matmul(_DCT_ROWS_32, blocks), _DCT_ROWS_32.T), subset)
        hashes = pdq.hashes_of_dcts(dcts)
        for index, value, quality in zip(chosen, hashes, pdq.qualities(blocks), strict=True):
            out[index] = (value, quality)
    return out


def _mirrored_placement(shape: VariantShape) -> VariantShape:
    """The shape that, cut from the mirrored photo, gives the mirror image of ``shape``."""
    x = shape.x
    mirrored = Span(1 - x.end, 1 - x.start, 1 - x.source_end, 1 - x.source_start)
    return VariantShape(shape.family, shape.y, mirrored, -shape.tilt, turn=shape.turn)


def _turn(dcts: NDArray[np.float32], shapes: Sequence[VariantShape]) -> NDArray[np.float32]:
    """The stack of DCTs with each turned shape's DCT turned (in place)."""
    for index, shape in enumerate(shapes):
        if shape.turn:
            dcts[index] = pdq.dihedral_dcts(dcts[index])[shape.turn]
    return dcts


#: The photo itself, hashed beside the shapes to calibrate their quality.
_WHOLE_PHOTO: Final = VariantShape("the photo itself")
#: Bounds of that calibration (a photo of fine grain reads about 3 times flatter).
_CALIBRATION: Final = (0.5, 4.0)


def averaged_hashes(
    upright: Image.Image,
    shapes: Sequence[VariantShape],
    aspect: float,
    photo_quality: int | None,
) -> list[tuple[str, int]]:
    """Shapes of a big photo, as cell averages of a base ``BASE_SIDE`` long; shapes that keep
    less than ``NARROW`` of a side from a base twice as fine. Also video frames' shapes
    (``video_variants``): a re-posted video is re-encoded at a size nobody can know.

    ``photo_quality``: the photo's own exact PDQ quality. The small base averages away fine
    grain (grass, skin, fabric) that the platform's 512-pixel sample of a re-post still sees,
    so a shape would read weaker than its re-post will: each quality is scaled by how much
    weaker the whole photo reads on the same base than it really is.
    """
    out: list[tuple[str, int]] = [("", 0)] * len(shapes)
    for side in (BASE_SIDE, 2 * BASE_SIDE):
        chosen = [i for i, s in enumerate(shapes) if (_kept(s) < NARROW) == (side > BASE_SIDE)]
        if not chosen:
            continue
        subset = [shapes[i] for i in chosen]
        buffers = _turned(_base(upright, side, aspect), subset)
        mirrored = np.array([shape.mirrored for shape in subset])
        dcts = _turn(_dcts(buffers, subset, _dct_weights), subset)
        hashes = pdq.hashes_of_dcts(dcts, mirrored)
        qualities = _qualities(buffers, [*subset, _WHOLE_PHOTO])
        scale = 1.0
        if photo_quality is not None:
            low, high = _CALIBRATION
            scale = min(high, max(low, photo_quality / max(1, qualities[-1])))
        for index, value, quality in zip(chosen, hashes, qualities, strict=False):
            out[index] = (value, min(100, round(quality * scale)))
    return out


def select(hashes: list[tuple[str, int]], main: Iterable[str] = ()) -> tuple[PdqSignal, ...]:
    """The variants sent, from ``shape_hashes`` of the candidate shapes in order: weak ones
    dropped, near-duplicates collapsed (also against ``main``, the photo's own PDQ and its 8
    turns, which are sent anyway), the first ``COUNT`` kept (topped up with near-duplicates
    when fewer are distinct), sorted by value so the order says nothing about the shapes."""
    strong = [(value, quality) for value, quality in hashes if quality >= WEAK_PDQ_QUALITY]
    kept = _collapse(strong, list(main))[:COUNT]
    if len(kept) < COUNT:
        # Short of distinct shapes: the near-duplicates fill up to COUNT, so that how many were
        # distinct (which depends on the photo's shape) does not show either.
        seen = {value for value, _ in kept} | set(main)
        for value, quality in strong:
            if len(kept) == COUNT:
                break
            if value not in seen:
                seen.add(value)
                kept.append((value, quality))
    return tuple(sorted((PdqSignal(value, quality) for value, quality in kept), key=_by_hash))


def _by_hash(signal: PdqSignal) -> str:
    return signal.hash


def pdq_variants(upright: Image.Image, aspect: float, main: pdq.PdqResult) -> tuple[PdqSignal, ...]:
    """The variant fingerprints of an upright grey (``L``) picture, as sent.

    ``aspect``: the photo's own width / height, upright. ``upright`` may be squeezed (a copy
    reduced by whole factors per axis is): shapes are placed in fractions of each side.
    ``main``: the photo's own PDQ with its 8 turns (quality and hashes: see ``shape_hashes``
    and ``select``).
    """
    if min(upright.size) < pdq.MIN_HASHABLE_DIM:
        return ()
    hashes = shape_hashes(upright, candidate_shapes(aspect), aspect, main.quality)
    return select(hashes, main.dihedral or (main.hash,))


def _collapse(hashes: list[tuple[str, int]], already: list[str]) -> list[tuple[str, int]]:
    """The hashes in order, each dropped when within ``COLLAPSE_BITS`` of one kept before it
    (or of ``already``)."""
    if not hashes:
        return []
    words = pdq.hashes_to_words([h for h, _ in hashes] + already)
    near = (
        np.bitwise_count(words[:, np.newaxis, :] ^ words[np.newaxis, :, :]).sum(axis=2)
        <= COLLAPSE_BITS
    )
    covered = near[len(hashes) :].any(axis=0) if already else np.zeros(len(words), dtype=bool)
    taken = []
    for index in range(len(hashes)):
        if not covered[index]:
            taken.append(hashes[index])
            covered |= near[index]
    return taken
