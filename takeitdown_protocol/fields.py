"""The one table of digest fields: what a report item (and a feed entry) may carry.

Everything that knows the shape of an item reads it from ``DIGEST_FIELDS``: the desktop's
report builder, the validator (``validate.py``), the JSON Schemas (``schemas.py``), the intake
service's store and its JSON and CSV feeds, and the platforms' python-threatexchange
exchange. A new signal is one new row here (and the code that computes it).

Each value is lower-case hex of a fixed length, in one of four shapes: one digest, one PDQ
(``{"hash", "quality"}``), or a list of either. ``signal`` says which matcher takes the value:
every ``pdq`` value, whether the main hash, a turned copy or a variant, is an ordinary PDQ
hash that any PDQ index matches at distance 31.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from takeitdown_protocol import (
    MAX_DIHEDRAL,
    MAX_PDQ_VARIANTS,
    MAX_VPDQ_FRAMES,
    MAX_VPDQ_VARIANTS,
    MEDIA_TYPES,
)


class Shape(enum.Enum):
    """How a field's value is written in JSON."""

    HEX = "hex"  # "md5": "<32 hex>"
    PDQ = "pdq"  # "pdq": {"hash": "<64 hex>", "quality": 0-100}
    HEX_LIST = "hex_list"  # "pdq_dihedral": ["<64 hex>", ...]
    PDQ_LIST = "pdq_list"  # "vpdq": [{"hash": "<64 hex>", "quality": 0-100}, ...]

    @property
    def is_list(self) -> bool:
        return self in (Shape.HEX_LIST, Shape.PDQ_LIST)

    @property
    def has_quality(self) -> bool:
        return self in (Shape.PDQ, Shape.PDQ_LIST)


@dataclass(frozen=True, slots=True)
class DigestField:
    """One key of a report item.

    ``since``: the first report version that may carry it. ``max_count``: the most values a
    list holds (1 for single values). ``signal``: the kind of hash each value is, which a
    platform's matcher takes (``pdq``, ``vpdq``, ``md5``...). ``csv_algorithm``: the value of
    the CSV feed's ``algorithm`` column for its rows. ``what``: one line for the documents.
    ``of_bytes``: a digest of the file's bytes, which exists even when the picture in it could
    not be decoded (then it is all an item carries: the same file uploaded still matches).
    """

    name: str
    shape: Shape
    digits: int
    media_types: frozenset[str]
    signal: str
    csv_algorithm: str
    what: str
    since: int = 1
    max_count: int = 1
    of_bytes: bool = False

    def allowed(self, media_type: str, version: int) -> bool:
        return media_type in self.media_types and version >= self.since


_ANY: Final = frozenset(MEDIA_TYPES)
_IMAGE: Final = frozenset({"image"})
_VIDEO: Final = frozenset({"video"})

#: In the order items are written (the report body, the feed, the CSV rows).
DIGEST_FIELDS: Final[tuple[DigestField, ...]] = (
    DigestField("md5", Shape.HEX, 32, _ANY, "md5", "md5", "MD5 of the file", of_bytes=True),
    DigestField(
        "sha256", Shape.HEX, 64, _ANY, "sha256", "sha256", "SHA-256 of the file", of_bytes=True
    ),
    DigestField("pdq", Shape.PDQ, 64, _IMAGE, "pdq", "pdq", "PDQ of the picture as it is"),
    DigestField(
        "pdq_dihedral",
        Shape.HEX_LIST,
        64,
        _IMAGE,
        "pdq",
        "pdq_dihedral",
        "PDQ of the 8 rotations and flips, original first",
        max_count=MAX_DIHEDRAL,
    ),
    DigestField(
        "pdq_variants",
        Shape.PDQ_LIST,
        64,
        _IMAGE,
        "pdq",
        "pdq",
        "PDQ of the shapes a re-post takes: crops, zooms, frames, bands, tilts",
        since=2,
        max_count=MAX_PDQ_VARIANTS,
    ),
    DigestField("phash", Shape.HEX, 16, _IMAGE, "phash", "phash", "pHash (imagehash, 64 bits)"),
    DigestField("dhash", Shape.HEX, 16, _IMAGE, "dhash", "dhash", "dHash (imagehash, 64 bits)"),
    DigestField(
        "vpdq",
        Shape.PDQ_LIST,
        64,
        _VIDEO,
        "vpdq",
        "vpdq",
        "vPDQ: PDQ of sampled frames, in decode order",
        max_count=MAX_VPDQ_FRAMES,
    ),
    DigestField(
        "vpdq_variants",
        Shape.PDQ_LIST,
        64,
        _VIDEO,
        "vpdq",
        "vpdq",
        "extra vPDQ frames: mirrored and re-framed shapes of sampled frames",
        since=2,
        max_count=MAX_VPDQ_VARIANTS,
    ),
)

FIELDS: Final[Mapping[str, DigestField]] = {field.name: field for field in DIGEST_FIELDS}


def fields_for(media_type: str, version: int) -> tuple[DigestField, ...]:
    """The fields an item of ``media_type`` may carry in a report of ``version``."""
    return tuple(field for field in DIGEST_FIELDS if field.allowed(media_type, version))


def digests(field: DigestField, value: Any) -> Iterator[tuple[str, int | None]]:
    """Every ``(hash, quality)`` in a field's (valid) value; quality is None where the shape
    has none."""
    values = value if field.shape.is_list else (value,)
    for entry in values:
        if field.shape.has_quality:
            yield entry["hash"], entry["quality"]
        else:
            yield entry, None


def item_digests(item: Mapping[str, Any]) -> Iterator[tuple[DigestField, str, int | None]]:
    """Every digest of a (valid) item, in table order, with the field it came from."""
    for field in DIGEST_FIELDS:
        if field.name in item:
            for digest, quality in digests(field, item[field.name]):
                yield field, digest, quality


def count_digests(item: Mapping[str, Any]) -> int:
    """How many digests a (valid) item carries: one per hash, list entries counted singly."""
    total = 0
    for field in DIGEST_FIELDS:
        if field.name in item:
            total += len(item[field.name]) if field.shape.is_list else 1
    return total
