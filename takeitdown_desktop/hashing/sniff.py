"""Decide what a file is from its first bytes, never from its name.

A JPEG named ``.png`` or with no extension is a JPEG; a text file named ``.jpg`` is ``other``
(it still gets its MD5 and SHA-256). Only the head of the file is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from takeitdown_desktop.hashing.results import MediaType

#: How many bytes of the head we look at. ISO-BMFF ``ftyp`` boxes list their compatible
#: brands here, and Matroska names its doctype within the first few dozen bytes.
HEAD_SIZE = 512


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The kind of content and a short lowercase format name (``jpeg``, ``mp4`` ...)."""

    media_type: MediaType
    format: str | None


OTHER = Sniffed(MediaType.OTHER, None)

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_GENERIC_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2"})
_MOV_BRANDS = frozenset({b"qt  "})
_M4V_BRANDS = frozenset({b"M4V ", b"M4VH", b"M4VP"})
# Bare QuickTime files from old cameras have no ftyp box and start with one of these atoms.
_QUICKTIME_ATOMS = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})
# Valid sizes of the BMP info header; "BM" alone is too common a start for text to trust.
_BMP_DIB_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


def sniff_bytes(head: bytes) -> Sniffed:
    """Identify content from the first bytes of a file (``HEAD_SIZE`` is plenty)."""
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed(MediaType.IMAGE, "jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed(MediaType.IMAGE, "png")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return Sniffed(MediaType.IMAGE, "gif")
    if head[:4] == b"RIFF" and len(head) >= 12:
        if head[8:12] == b"WEBP":
            return Sniffed(MediaType.IMAGE, "webp")
        if head[8:12] == b"AVI ":
            return Sniffed(MediaType.VIDEO, "avi")
        return OTHER
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return Sniffed(MediaType.IMAGE, "tiff")
    if _looks_like_bmp(head):
        return Sniffed(MediaType.IMAGE, "bmp")
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _sniff_matroska(head)
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _sniff_iso_bmff(head)
    if len(head) >= 8 and head[4:8] in _QUICKTIME_ATOMS:
        return Sniffed(MediaType.VIDEO, "mov")
    return OTHER


def sniff_file(path: Path) -> Sniffed:
    """Read the head of ``path`` and identify it. Raises ``OSError`` if it cannot be read."""
    with path.open("rb") as handle:
        return sniff_bytes(handle.read(HEAD_SIZE))


def _looks_like_bmp(head: bytes) -> bool:
    if not head.startswith(b"BM") or len(head) < 18:
        return False
    dib_size = int.from_bytes(head[14:18], "little")
    reserved = head[6:10]
    return dib_size in _BMP_DIB_SIZES and reserved == b"\x00\x00\x00\x00"


def _sniff_matroska(head: bytes) -> Sniffed:
    # The EBML header carries a DocType string; WebM says "webm", everything else is Matroska.
    if b"webm" in head[:64]:
        return Sniffed(MediaType.VIDEO, "webm")
    return Sniffed(MediaType.VIDEO, "mkv")


def _sniff_iso_bmff(head: bytes) -> Sniffed:
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    end = min(len(head), box_size) if box_size >= 16 else min(len(head), 16)
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    brands = {major} | compatible
    if major in _AVIF_BRANDS or (major in _GENERIC_HEIF_BRANDS and brands & _AVIF_BRANDS):
        return Sniffed(MediaType.IMAGE, "avif")
    if major in _HEIF_BRANDS or major in _GENERIC_HEIF_BRANDS:
        return Sniffed(MediaType.IMAGE, "heif")
    if major in _MOV_BRANDS:
        return Sniffed(MediaType.VIDEO, "mov")
    if major in _M4V_BRANDS:
        return Sniffed(MediaType.VIDEO, "m4v")
    if major.startswith((b"3gp", b"3g2", b"3ge", b"3gg")):
        return Sniffed(MediaType.VIDEO, "3gp")
    # isom, iso2..iso9, mp41, mp42, avc1, dash, MSNV, f4v ... are all MP4-family video.
    return Sniffed(MediaType.VIDEO, "mp4")
