"""Variant fingerprints of a video: the frames a mirrored, reframed or captioned re-upload has.

A platform matches a video with vPDQ: it hashes the upload's frames (one a second), keeps those
of quality 50 or more, and finds the video when 80% of them are within 31 bits of a frame of
the report (python-threatexchange's rule; the share of the report's frames that match is not
asked for). PDQ does not follow a frame through a mirror, a 9:16 reframe or a caption band
(docs/HASHING-PDQ.md), so the report also carries, as extra frames (``vpdq_variants``):

* the mirrored PDQ of every frame sent, from the same DCT (``pdq``; nothing more is decoded);
* for one sampled frame every ``SPREAD_SECONDS``, the PDQ of ``SHAPES_PER_FRAME`` re-post
  shapes, in priority order (``FAMILIES``): filled and letterboxed into 9:16, letterboxed into
  1:1, centred zooms, caption bands, 9:16 cut off centre, one-side crops. They are made by
  ``variants`` (the photo variants' shapes and hashing, from a small grey copy of the frame
  that is already in memory for its own PDQ).

Extra frames are what pytx's matcher finds: it counts the upload's frames found anywhere in
the report, so frames of every shape in one list match as well as a list per shape would, and
the exchange publishes frames and variants as one ``vpdq`` signal (docs/HASHING-VIDEO.md has
the measurement).

What is sent (``select``): weak ones (quality under 50) dropped; near-duplicates (within
``variants.COLLAPSE_BITS`` of a hash kept before, frames included) collapsed; then the shapes
in priority order, each over the whole video, until the budget is spent
(``HashOptions.video_shapes_per_minute``, 360 a minute of video; at most ``MAX_VARIANTS`` in
all with the mirrored frames). The candidate list is as long for every size and aspect of
video (a shape that does not apply, such as 9:16 for a 9:16 video, gives its place to the
next in the list), and when fewer are distinct than the budget, near-duplicates make up the
count: how many are sent says how long the video is (as
its frames already do), not its size or shape. Sent sorted by value, with no frame number.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from takeitdown_desktop.hashing import pdq, variants
from takeitdown_desktop.hashing.results import WEAK_PDQ_QUALITY, PdqSignal

__all__ = [
    "MAX_VARIANTS",
    "SHAPES_PER_FRAME",
    "SPREAD_SECONDS",
    "ShapeHashes",
    "frame_shapes",
    "select",
    "shape_hashes",
]

#: One sampled frame in this many seconds has its shapes hashed (the others' shapes are
#: usually within the match distance of a neighbour's: video moves little in a second).
SPREAD_SECONDS: Final = 1.0
#: Shapes hashed per such frame: every aspect of video has at least this many candidates.
SHAPES_PER_FRAME: Final = 32
#: At most this many variants per video, mirrored frames first (the protocol allows 20,000).
MAX_VARIANTS: Final = 12_000

#: Where a 9:16 reframe cuts the picture (centred first, then on a third, then an edge).
ASPECT_PLACES: Final = (0.5, 0.25, 0.75, 0.0, 1.0)
#: The shapes, in the order the budget buys them: (family, first, last) of
#: ``variants.candidate_shapes``; after these, the rest of that list in its own order.
FAMILIES: Final = (
    ("aspect 9:16", 0, 1),  # filled into 9:16, centred
    ("letterbox 9:16", 0, 1),
    ("letterbox 1:1", 0, 1),
    ("zoom", 0, 5),  # 97% down to 86%
    ("band above", 0, 6),  # the picture keeps 92% down to 79% of the height
    ("band below", 0, 4),
    ("aspect 9:16", 1, 5),  # off centre and at the edges
    ("aspect 9:16, mirrored", 0, 1),
    ("letterbox 9:16, mirrored", 0, 1),
    ("cut left", 0, 3),
    ("cut right", 0, 3),
    ("cut top", 0, 3),
    ("cut bottom", 0, 3),
    ("aspect 1:1", 0, 1),
    ("aspect 4:5", 0, 1),
)

#: A frame's grey copy is reduced to about this long before the shapes' own bases are made.
_GREY_SIDE: Final = 4 * variants.BASE_SIDE

ShapeHashes = tuple[NDArray[np.uint64], NDArray[np.uint8]]
"""One frame's shape hashes: (SHAPES_PER_FRAME, 4) words and one quality each."""


@lru_cache(maxsize=16)
def frame_shapes(aspect: float) -> tuple[variants.VariantShape, ...]:
    """The ``SHAPES_PER_FRAME`` shapes hashed for a frame of ``aspect`` (width / height)."""
    candidates = variants.candidate_shapes(aspect, ASPECT_PLACES, turned=False)
    by_family: dict[str, list[variants.VariantShape]] = {}
    for shape in candidates:
        by_family.setdefault(shape.family, []).append(shape)
    chosen: list[variants.VariantShape] = []
    for family, first, last in FAMILIES:
        chosen += by_family.get(family, [])[first:last]
    chosen += [shape for shape in candidates if shape not in chosen]
    return tuple(chosen[:SHAPES_PER_FRAME])


def shape_hashes(rgb: NDArray[np.uint8], quality: int) -> ShapeHashes:
    """The shapes' hashes of one displayed frame ((H, W, 3) RGB, any view), ``quality``
    being the frame's own PDQ quality (it calibrates the shapes': see
    ``variants.averaged_hashes``)."""
    height, width = rgb.shape[:2]
    aspect = width / height
    picture = Image.fromarray(np.ascontiguousarray(rgb[:, :, :3]))
    factor = max(1, max(width, height) // _GREY_SIDE)
    if factor > 1:
        picture = picture.reduce(factor)
    shapes = frame_shapes(round(aspect, 4))
    hashes = variants.averaged_hashes(picture.convert("L"), shapes, aspect, quality)
    words = pdq.hashes_to_words([value for value, _ in hashes])
    return words, np.array([q for _, q in hashes], dtype=np.uint8)


def select(
    frames: Sequence[str],
    mirrored: Sequence[tuple[str, int]],
    shapes: Sequence[ShapeHashes],
    seconds: float,
    per_minute: int,
) -> tuple[PdqSignal, ...]:
    """The variants sent for a video ``seconds`` long: the strong ``mirrored`` frames not
    within ``COLLAPSE_BITS`` of a frame sent (``frames``), then shape hashes (``shapes``, one
    entry per spread frame in time order) shape by shape, each over the whole video, weak and
    near-duplicate ones left out, until ``per_minute`` a minute (or ``MAX_VARIANTS`` in all)
    are taken; near-duplicates make up the count when too few are distinct."""
    kept = _Kept(frames, MAX_VARIANTS)
    out: list[tuple[bytes, int]] = []
    for hex_hash, quality in mirrored:
        if quality >= WEAK_PDQ_QUALITY and len(out) < MAX_VARIANTS:
            word = pdq.hashes_to_words([hex_hash])[0]
            if kept.add_if_far(word):
                out.append((word.astype(">u8").tobytes(), quality))
    budget = min(MAX_VARIANTS - len(out), math.ceil(per_minute * max(0.0, seconds) / 60))
    chosen: list[tuple[bytes, int]] = []
    spares: list[tuple[bytes, int]] = []
    strong = [
        (words[shape], int(qualities[shape]))
        for shape in range(SHAPES_PER_FRAME)
        for words, qualities in shapes
        if qualities[shape] >= WEAK_PDQ_QUALITY
    ]
    for word, quality in strong:
        if len(chosen) == budget:
            break
        entry = (word.astype(">u8").tobytes(), quality)
        if kept.add_if_far(word):
            chosen.append(entry)
        elif len(spares) < budget:
            spares.append(entry)
    # Short of distinct shapes: near-duplicates make up the budget, so that how many were
    # distinct (which depends on the video's content and shape) does not show either.
    seen = {value for value, _ in chosen}
    for value, quality in spares:
        if len(chosen) == budget:
            break
        if value not in seen:
            seen.add(value)
            chosen.append((value, quality))
    signals = (PdqSignal(value.hex(), quality) for value, quality in out + chosen)
    return tuple(sorted(signals, key=_by_hash))


def _by_hash(signal: PdqSignal) -> str:
    return signal.hash


class _Kept:
    """Hashes kept so far (the frames first), as words: is a new one near any of them?"""

    def __init__(self, frames: Sequence[str], room: int) -> None:
        self._words = np.zeros((len(frames) + room, 4), dtype=np.uint64)
        self._count = len(frames)
        if frames:
            self._words[: len(frames)] = pdq.hashes_to_words(list(frames))

    def add_if_far(self, word: NDArray[np.uint64]) -> bool:
        """Keep ``word`` unless it is within ``COLLAPSE_BITS`` of one kept; say which."""
        if self._count:
            distances = np.bitwise_count(self._words[: self._count] ^ word).sum(axis=1)
            if int(distances.min()) <= variants.COLLAPSE_BITS:
                return False
        self._words[self._count] = word
        self._count += 1
        return True
