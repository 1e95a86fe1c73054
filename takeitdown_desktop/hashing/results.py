"""Value objects that leave the hashing package.

Every front (CLI, GUI, report builder) consumes these and nothing else, so the shape of a
result is decided once, here. ``FileResult.to_json`` is the documented CLI schema
(``docs/HASHING.md``); the report body sent to the intake service is built from these objects
by ``takeitdown_desktop.submission`` and never includes ``path``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

#: PDQ quality below this is "weak": the picture is too flat or blurry for a reliable match.
#: Meta's README treats quality <= 49 as weak; we keep weak fingerprints and say so.
WEAK_PDQ_QUALITY = 50


class MediaType(enum.Enum):
    """What the content of a file is, decided by its bytes, never by its name."""

    IMAGE = "image"
    VIDEO = "video"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PdqSignal:
    """A 256-bit PDQ hash (64 lowercase hex digits) and its 0-100 quality."""

    hash: str
    quality: int

    @property
    def weak(self) -> bool:
        return self.quality < WEAK_PDQ_QUALITY

    def to_json(self) -> dict[str, Any]:
        return {"hash": self.hash, "quality": self.quality, "weak": self.weak}


@dataclass(frozen=True, slots=True)
class VpdqFrame:
    """One sampled video frame: its index in decode order, time in seconds, PDQ and quality."""

    frame: int
    timestamp: float
    hash: str
    quality: int

    def to_json(self) -> dict[str, Any]:
        return {
            "frame": self.frame,
            "timestamp": round(self.timestamp, 3),
            "hash": self.hash,
            "quality": self.quality,
        }


@dataclass(frozen=True, slots=True)
class Thumbnail:
    """A small RGB picture made in memory from the one decode, for the GUI only.

    Never serialised and never written anywhere: ``FileResult.to_json`` leaves it out.
    """

    width: int
    height: int
    rgb: bytes = field(repr=False)


# weakref_slot: the privacy tests check that none outlives a quick exit.
@dataclass(frozen=True, slots=True, weakref_slot=True)
class FileResult:
    """Everything computed for one file, or a kind explanation of why it could not be read.

    ``error`` is a short sentence written for the person using the app (no paths, no stack
    traces); ``error_code`` is a stable identifier for programs and tests.
    """

    path: str
    ok: bool
    media_type: MediaType
    format: str | None = None
    error: str | None = None
    error_code: str | None = None
    md5: str | None = None
    sha256: str | None = None
    pdq: PdqSignal | None = None
    pdq_dihedral: tuple[str, ...] = ()
    pdq_variants: tuple[PdqSignal, ...] = ()
    phash: str | None = None
    dhash: str | None = None
    vpdq: tuple[VpdqFrame, ...] = ()
    vpdq_variants: tuple[PdqSignal, ...] = ()
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    thumbnail: Thumbnail | None = field(default=None, repr=False, compare=False)

    @property
    def weak(self) -> bool:
        """True when the perceptual fingerprint is weak (kept, but less likely to match)."""
        if self.pdq is not None:
            return self.pdq.weak
        if self.vpdq:
            return all(frame.quality < WEAK_PDQ_QUALITY for frame in self.vpdq)
        return False

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object for this file (schema in ``docs/HASHING.md``)."""
        return {
            "path": self.path,
            "ok": self.ok,
            "error": self.error,
            "error_code": self.error_code,
            "media_type": self.media_type.value,
            "format": self.format,
            "md5": self.md5,
            "sha256": self.sha256,
            "pdq": self.pdq.to_json() if self.pdq is not None else None,
            "pdq_dihedral": list(self.pdq_dihedral),
            "pdq_variants": [variant.to_json() for variant in self.pdq_variants],
            "phash": self.phash,
            "dhash": self.dhash,
            "vpdq": [frame.to_json() for frame in self.vpdq],
            "vpdq_variants": [variant.to_json() for variant in self.vpdq_variants],
            "width": self.width,
            "height": self.height,
            "duration": self.duration,
        }
