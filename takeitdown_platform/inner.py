"""``pdq_inner``: match the photo inside an upload, not only the upload as it is.

Copies of a photo are often posted inside something: a phone screenshot with the app's bars,
buttons and caption around it, a meme with a caption band above or below, a story with bars.
PDQ of the whole upload then misses, because PDQ tolerates little cropping or framing. So for
each upload this hashes, besides the whole upload exactly as pytx's ``pdq`` does:

1. the upload with its flat borders trimmed (bars of one colour, any colour);
2. each horizontal band between two strong, full-width edges that holds texture: the photo
   inside app chrome, the photo under a caption band (:func:`find_regions`).

That is at most :data:`MAX_HASHES` ordinary PDQ hashes; the upload matches when any of them is
within distance 31 of any list hash, as pytx's ``pdq`` decides. The list side needs nothing
new: the index holds the list's ordinary PDQ hashes (main, dihedral and variants).

Edges, flatness and texture are found on a small grey copy (:data:`PROBE_WIDTH` wide), and the
extra hashes are computed from one reduced copy (longer side :data:`WORK_SIDE`): PDQ itself
works from a 64 x 64 reduction, so a band hashed from the reduced copy is within a few bits
of the same band at full size, and an ordinary upload costs little more than one PDQ.
"""

from __future__ import annotations

import itertools
import pathlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pdqhash
from PIL import Image
from threatexchange.content_type.content_base import ContentType
from threatexchange.content_type.photo import PhotoContent
from threatexchange.signal_type import signal_base
from threatexchange.signal_type.index import (
    IndexMatch,
    IndexMatchUntyped,
    SignalSimilarityInfoWithIntDistance,
    SignalTypeIndex,
    T,
)
from threatexchange.signal_type.pdq.pdq_index import PDQIndex
from threatexchange.signal_type.pdq.pdq_utils import simple_distance

from takeitdown_platform.exchange import MIN_QUALITY, PDQ_INNER

MAX_HASHES = 12
MATCH_DISTANCE = 31
WORK_SIDE = 1024
PROBE_WIDTH = 256
FINE_SIDE = 2048
#: A row or column whose middle 90% of grey values spans less than this is flat ...
FLAT_RANGE = 12.0
#: ... and belongs to a border while its median stays this close to the outermost line's.
BORDER_DRIFT = 8.0
#: Across an edge, a column changes by at least this much (grey levels, 0-255) ...
EDGE_STEP = 16.0
#: ... while at least one side of it stays this much calmer than the step itself.
EDGE_CALM = 0.25
#: The share of the width that must change for an edge to count as full-width.
EDGE_SHARE = 0.55
#: A row is the page's (text on the page's ground) when this share of it is the page's grey ...
PLAIN_SHARE = 0.6
PLAIN_LEVELS = 6.0
#: ... and a band holds texture when at least this share of its rows are not plain.
TEXTURE_ROWS = 0.4
#: Bands lower than this share of their width are not photos (a toolbar, a line of text).
MIN_BAND_ASPECT = 0.2
MIN_BAND_ROWS = 8
#: A strip without texture this low (a share of the width) still joins two textured bands.
BRIDGE_ASPECT = 0.08
#: A caption band's rows are mostly its ground colour; a photo's rows, for a run of this share
#: of the height, hold less than ``CAPTION_GROUND`` of it. A band is 3% to 45% of the height.
CAPTION_RUN = 0.02
CAPTION_GROUND = 0.3
CAPTION_LOWEST = 0.03
CAPTION_HIGHEST = 0.45

_HASHES = re.compile(rf"[0-9a-f]{{64}}(,[0-9a-f]{{64}}){{0,{MAX_HASHES - 1}}}")

Luma = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Box:
    """A region as fractions of the image: top, bottom, left, right in [0, 1]."""

    top: float
    bottom: float
    left: float
    right: float

    def close_to(self, other: Box, tolerance: float = 0.004) -> bool:
        return (
            abs(self.top - other.top) <= tolerance
            and abs(self.bottom - other.bottom) <= tolerance
            and abs(self.left - other.left) <= tolerance
            and abs(self.right - other.right) <= tolerance
        )


WHOLE = Box(0.0, 1.0, 0.0, 1.0)


def pdq_of(rgb: npt.NDArray[np.uint8]) -> tuple[str, int]:
    """PDQ of an RGB array with pdqhash, as pytx's ``pdq`` computes it: (hex, quality)."""
    bits, quality = pdqhash.compute(rgb)
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex(), int(quality)


def inner_hashes(image: Image.Image) -> list[str]:
    """The upload's PDQ hashes (quality >= 50, distinct): the whole first, then the regions."""
    rgb = image.convert("RGB")
    hashes = [pdq_of(np.asarray(rgb))]
    scale = min(1.0, WORK_SIDE / max(rgb.size))
    work = (
        rgb
        if scale == 1.0
        else rgb.resize(
            (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale))),
            Image.Resampling.BOX,
        )
    )
    probe_scale = min(1.0, PROBE_WIDTH / work.width)
    probe = work.convert("L")
    if probe_scale < 1.0:
        probe = probe.resize(
            (PROBE_WIDTH, max(1, round(work.height * probe_scale))), Image.Resampling.BOX
        )
    # Edges are found on the probe, then placed to the pixel on a sharper grey copy: PDQ
    # moves by several bits when a band's edge is off by half a percent.
    fine_scale = min(1.0, FINE_SIDE / max(rgb.size))
    fine = rgb.convert("L")
    if fine_scale < 1.0:
        fine = fine.resize(
            (max(1, round(rgb.width * fine_scale)), max(1, round(rgb.height * fine_scale))),
            Image.Resampling.BOX,
        )
    fine_luma = np.asarray(fine, dtype=np.float32)
    for box in find_regions(np.asarray(probe, dtype=np.float32))[: MAX_HASHES - 1]:
        placed = _placed(fine_luma, box, slack=2.5 / probe.height, side_slack=2.5 / probe.width)
        area = (
            placed.left * work.width,
            placed.top * work.height,
            placed.right * work.width,
            placed.bottom * work.height,
        )
        size = (round(area[2] - area[0]), round(area[3] - area[1]))
        if size[0] >= 16 and size[1] >= 16:
            crop = work.resize(size, Image.Resampling.BILINEAR, box=area)
            hashes.append(pdq_of(np.asarray(crop)))
    seen: set[str] = set()
    out = []
    for value, quality in hashes:
        if quality >= MIN_QUALITY and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def _placed(luma: Luma, box: Box, slack: float, side_slack: float) -> Box:
    """``box`` with each side moved (by at most ``slack``) to the strongest step nearby."""
    height, width = luma.shape
    top, bottom = round(box.top * height), round(box.bottom * height)
    left, right = round(box.left * width), round(box.right * width)
    rows = luma[:, left:right]
    new_top = _strongest(rows, top, round(slack * height))
    new_bottom = _strongest(rows, bottom, round(slack * height))
    columns = luma[new_top:new_bottom, :].T
    new_left = _strongest(columns, left, round(side_slack * width))
    new_right = _strongest(columns, right, round(side_slack * width))
    if new_bottom - new_top < 16 or new_right - new_left < 16:
        return box
    return Box(new_top / height, new_bottom / height, new_left / width, new_right / width)


def _strongest(lines: Luma, at: int, reach: int) -> int:
    """The boundary within ``reach`` of ``at`` (between lines b-1 and b) with the largest
    mean step, or ``at`` itself at the image's own border or where nothing steps."""
    low, high = max(1, at - reach), min(len(lines) - 1, at + reach)
    if at <= 0 or at >= len(lines) or low > high:
        return at
    steps = np.abs(lines[low : high + 1] - lines[low - 1 : high]).mean(axis=1)
    if steps.max() < EDGE_STEP / 4:
        return at
    return low + int(np.argmax(steps))


def find_regions(luma: Luma) -> list[Box]:
    """Where a photo may sit inside the upload, most likely first (never the whole itself)."""
    height, width = luma.shape
    if height < 2 * MIN_BAND_ROWS or width < 16:
        return []
    top, bottom, left, right = _trim(luma, 0, height, 0, width)
    if bottom - top < MIN_BAND_ROWS or right - left < 16:
        return []
    regions: list[Box] = []

    def add(t: int, b: int, le: int, r: int) -> None:
        box = Box(t / height, b / height, le / width, r / width)
        if not box.close_to(WHOLE) and not any(box.close_to(seen) for seen in regions):
            regions.append(box)

    add(top, bottom, left, right)
    for start, end in _caption_bands(luma):
        add(start, end, 0, width)
        t, bb, le, r = _trim(luma, start, end, 0, width)
        if bb - t >= MIN_BAND_ROWS and r - le >= 16:
            add(t, bb, le, r)
    inside = luma[top:bottom, left:right]
    low, high = np.percentile(inside, [5, 95], axis=1)
    flat = (high - low) < FLAT_RANGE
    plain = _plain_rows(inside, flat)
    cuts = [0, *_edges(inside), bottom - top]
    segments = [(a, b) for a, b in itertools.pairwise(cuts) if b - a >= 2]
    textured = [(a, b) for a, b in segments if 1.0 - plain[a:b].mean() >= TEXTURE_ROWS]
    # A thin strip inside a photo (a bright rail, a line of sky) is no gap between two
    # photos: an app's gap always holds a flat row.
    bridge = max(2, round(BRIDGE_ASPECT * (right - left)))
    joining = [
        (a, b)
        for a, b in segments
        if (a, b) in textured or (b - a <= bridge and not flat[a:b].any())
    ]
    # Runs of neighbouring textured bands first (a photo with a horizon inside it has an
    # edge of its own), then each band alone (two photos, one above the other).
    runs: list[tuple[int, int]] = []
    for a, b in joining:
        if runs and runs[-1][1] == a:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    runs = [run for run in runs if any(run[0] <= a and b <= run[1] for a, b in textured)]
    candidates = list(runs)
    # Where a dark photo meets a dark page (or a light one a light page) its edge is weak:
    # the band then ends where the page's own rows start, or, seen from the photo's side,
    # goes on to the first flat row, the padding every app leaves around a photo.
    for a, b in runs:
        for band in (_shrunk(plain, a, b), _grown(flat, a, b)):
            if band[1] - band[0] >= 2 and band not in candidates:
                candidates.append(band)
    candidates += [band for band in textured if band not in candidates]
    min_rows = max(MIN_BAND_ROWS, round(MIN_BAND_ASPECT * (right - left)))
    for a, b in candidates:
        if b - a < min_rows:
            continue
        # The band as its edges bound it, then without flat borders, then without side
        # panels (a blurred fill, a chat's margin): the first that is a photo's shape wins
        # a hash, and the others get one too while there is room.
        add(top + a, top + b, left, right)
        t, bb, le, r = _trim(luma, top + a, top + b, left, right)
        if bb - t >= min_rows and r - le >= 16:
            add(t, bb, le, r)
            side_left, side_right = _sides(luma[t:bb, le:r])
            if side_right - side_left >= 16:
                add(t, bb, le + side_left, le + side_right)
    # The upload's flat borders may be the photo's own (a dark backdrop, a plain wall under a
    # caption band): while there is room, each band again, reaching out to the upload's
    # edges wherever it touched a border that was trimmed.
    for a, b in candidates:
        if b - a >= min_rows:
            add(0 if a == 0 else top + a, height if top + b == bottom else top + b, 0, width)
    return regions


def _caption_bands(luma: Luma) -> list[tuple[int, int]]:
    """The rows left when a caption band is cut off the top or the bottom: ``(start, end)``.

    A caption band is one colour with text written on it, so most of each of its rows is
    that colour, the colour of the upload's outermost row, whatever the text. The photo starts
    where, for a few rows running, little of a row is (``CAPTION_GROUND`` of it): a photo
    meeting a band of nearly its own grey (a pale sky under a white band) has no edge for
    ``_edges`` to find, and text on the band is no edge either.
    """
    height = luma.shape[0]
    run = max(3, round(CAPTION_RUN * height))
    out = []
    for rows, from_top in ((luma, True), (luma[::-1], False)):
        ground = float(np.median(rows[0]))
        share = (np.abs(rows - ground) <= PLAIN_LEVELS).mean(axis=1)
        if share[0] < PLAIN_SHARE:
            continue  # the outermost row is no band's
        photo = share < CAPTION_GROUND
        starts = np.flatnonzero(np.convolve(photo, np.ones(run), "valid") == run)
        if not len(starts) or not CAPTION_LOWEST * height <= starts[0] <= CAPTION_HIGHEST * height:
            continue
        cut = int(starts[0])
        out.append((cut, height) if from_top else (0, height - cut))
    return out


def _shrunk(plain: npt.NDArray[np.bool_], top: int, bottom: int) -> tuple[int, int]:
    """``top:bottom`` without the page's rows at either end."""
    while top < bottom and plain[top]:
        top += 1
    while bottom > top and plain[bottom - 1]:
        bottom -= 1
    return top, bottom


def _grown(flat: npt.NDArray[np.bool_], top: int, bottom: int) -> tuple[int, int]:
    """``top:bottom`` grown up and down to the nearest flat rows, by at most half its height."""
    reach = (bottom - top) // 2
    up = top
    while up > 0 and top - up < reach and not flat[up - 1]:
        up -= 1
    down = bottom
    while down < len(flat) and down - bottom < reach and not flat[down]:
        down += 1
    return up, down


def _border(lines: Luma) -> int:
    """How many of ``lines`` (outermost first) form a flat border of one colour.

    Each line must be flat, and the same colour as the outermost one: a bar is one colour
    throughout, while a smooth part of a photo (a sky, a gradient) drifts and is kept.
    """
    low, high = np.percentile(lines, [5, 95], axis=1)
    middle = np.median(lines, axis=1)
    flat = ((high - low) < FLAT_RANGE) & (np.abs(middle - middle[0]) <= BORDER_DRIFT)
    return int(np.argmin(flat)) if not flat.all() else len(lines)


def _trim(luma: Luma, top: int, bottom: int, left: int, right: int) -> tuple[int, int, int, int]:
    """The box without the flat borders along its four sides."""
    box = luma[top:bottom, left:right]
    if box.size == 0:
        return top, top, left, left
    top_cut = _border(box)
    bottom_cut = _border(box[::-1])
    if top_cut + bottom_cut >= box.shape[0]:
        return top, top, left, left
    box = box[top_cut : box.shape[0] - bottom_cut]
    left_cut = _border(box.T)
    right_cut = _border(box.T[::-1])
    if left_cut + right_cut >= box.shape[1]:
        return top, top, left, left
    return top + top_cut, bottom - bottom_cut, left + left_cut, right - right_cut


def _sides(luma: Luma) -> tuple[int, int]:
    """Columns where a full-height edge cuts off a side panel or a blurred fill: (left, right).

    Only edges in the outer third on each side count; without one the band keeps its width.
    """
    width = luma.shape[1]
    edges = _edges(luma.T)
    left = max((e for e in edges if e < width / 3), default=0)
    right = min((e for e in edges if e > 2 * width / 3), default=width)
    return left, right


def _plain_rows(luma: Luma, flat: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Per row: part of the page rather than of a photo?

    A row is the page's when it is flat, or when most of it is one grey and that grey is the
    page's own (text and icons on the page's ground). The page's grey is the commonest among
    the flat rows (the padding and bars every app has): a sky inside a photo is nearly one
    grey too, but another one, and stays the photo's.
    """
    median = np.median(luma, axis=1, keepdims=True)
    one_grey = (np.abs(luma - median) <= PLAIN_LEVELS).mean(axis=1) >= PLAIN_SHARE
    if not flat.any():
        return flat.copy()
    levels = np.round(np.median(luma[flat], axis=1) / PLAIN_LEVELS).astype(np.int64)
    page = float(np.bincount(levels).argmax()) * PLAIN_LEVELS
    pages_grey = np.abs(median[:, 0] - page) <= 2 * PLAIN_LEVELS
    plain: npt.NDArray[np.bool_] = flat | (one_grey & pages_grey)
    return plain


def _edges(luma: Luma) -> list[int]:
    """Rows where a strong edge crosses (nearly) the full width, top to bottom.

    An edge at boundary ``b`` (between rows b-1 and b) is a step from row b-2 to row b+1 (one
    row either side may be a blend after the reduction) in columns where at least one side
    stays calm: the edge of a bar or of a photo, not texture inside a photo.
    """
    height = luma.shape[0]
    if height < 8:
        return []
    b = np.arange(4, height - 3)
    step = np.abs(luma[b + 1] - luma[b - 2])
    above = np.abs(luma[b - 2] - luma[b - 4])
    below = np.abs(luma[b + 3] - luma[b + 1])
    calm = np.minimum(above, below) <= EDGE_CALM * step
    strength = ((step >= EDGE_STEP) & calm).mean(axis=1)
    edges: list[int] = []
    for i in np.argsort(-strength, kind="stable"):
        if strength[i] < EDGE_SHARE:
            break
        row = int(b[i])
        if all(abs(row - e) > 3 for e in edges):
            edges.append(row)
    return sorted(edges)


class PdqInnerIndex(SignalTypeIndex[T]):
    """The list's ordinary PDQ hashes in pytx's faiss PDQ index; a query is several hashes
    and gets each matching entry once, at the smallest distance any of them reached."""

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        super().__init__()
        self._index: PDQIndex[T] = PDQIndex(entries)

    def __len__(self) -> int:
        return len(self._index)

    def query(self, query: str) -> Sequence[IndexMatch[T]]:
        best: dict[int, tuple[int, T]] = {}
        for value in filter(None, query.split(",")):
            for match in self._index.query(value):
                distance = match.similarity_info.distance
                key = id(match.metadata)
                if key not in best or distance < best[key][0]:
                    best[key] = (distance, match.metadata)
        return [
            IndexMatchUntyped(SignalSimilarityInfoWithIntDistance(distance), entry)
            for distance, entry in sorted(best.values(), key=lambda found: found[0])
        ]

    def add(self, signal_str: str, entry: T) -> None:
        self._index.add(signal_str, entry)

    def add_all(self, entries: Iterable[tuple[str, T]]) -> None:
        self._index.add_all(entries)


class PdqInnerSignal(signal_base.SimpleSignalType, signal_base.FileHasher):
    """PDQ that also sees the photo inside app chrome, a caption band or a frame.

    Its value for an upload is up to 12 PDQ hashes joined by commas (the whole upload first);
    a list entry is one ordinary PDQ hash. See the module docstring.
    """

    @classmethod
    def get_name(cls) -> str:
        return PDQ_INNER

    @classmethod
    def get_content_types(cls) -> list[type[ContentType]]:
        return [PhotoContent]

    @classmethod
    def get_index_cls(cls) -> type[PdqInnerIndex[object]]:
        return PdqInnerIndex

    @classmethod
    def validate_signal_str(cls, signal_str: str) -> str:
        if _HASHES.fullmatch(signal_str) is None:
            raise ValueError(
                f"a {PDQ_INNER} signal is 1 to {MAX_HASHES} PDQ hashes (64 lower-case hex "
                "digits each) joined by commas"
            )
        return signal_str

    @classmethod
    def hash_from_file(cls, file: pathlib.Path) -> str:
        with Image.open(file) as image:
            return ",".join(inner_hashes(image))

    @classmethod
    def compare_hash(cls, hash1: str, hash2: str) -> signal_base.SignalComparisonResult:
        distance = min(simple_distance(a, b) for a in hash1.split(",") for b in hash2.split(","))
        return signal_base.SignalComparisonResult.from_simple_dist(distance, MATCH_DISTANCE)

    @staticmethod
    def get_examples() -> list[str]:
        return [
            "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
            "e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064,"
            "6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d",
        ]
