"""Image fingerprints (PDQ + dihedral variants, pHash, dHash) from a single decode.

Each picture is decoded once by Pillow; every signal is derived from that one decoded image:

* PDQ samples it to 512x512 nearest-neighbour first, as Meta's reference hasher does for any
  picture with a side over 512 (``pdq.pdq_from_rgb``); sampling inside Pillow, before any
  mode conversion, touches 262,144 pixels instead of converting a 12-megapixel photo.
* pHash and dHash are imagehash's algorithms (``imagehashes.py``, numpy only, no scipy).
  A picture under ``2 * REDUCED_SIDE`` pixels on both sides gives imagehash's values (for
  the rare numerical ties imagehash's rounding decides, see ``imagehashes.py``).
  A bigger one is first box-reduced (``Image.reduce``) by whole factors per axis that keep
  each side at least ``REDUCED_SIDE`` long, and hashed from that copy: imagehash's two
  LANCZOS resizes of the full picture cost about 30 ms each on 12 megapixels, the reduction
  about 8 ms for both. The values then may differ slightly from imagehash on the full
  picture (measured in docs/HASHING-PDQ.md); PDQ, the primary signal, never changes.
* The optional thumbnail is made from that reduced copy when it is big enough, in memory.
* On a big picture the reduced copy, pHash, dHash and thumbnail are made in a second thread
  while PDQ runs in the calling one (Pillow and numpy release the GIL for pixel work).

EXIF orientation: every fingerprint is made from the pixels as stored, which is what Meta's
reference hashes (and so what platforms compare with). A photo whose EXIF says "rotate 90" is
covered by the matching dihedral variant; only the thumbnail is turned upright, because a
person looks at it. HEIF/AVIF decoders apply the container's own rotation while decoding.

Animated GIF/WebP (and multi-page TIFF) are fingerprinted by their first frame.

Truncated files are refused (``CORRUPT_IMAGE``): Pillow could fill the missing part with
grey, and a fingerprint of half a picture and half grey would be neither a match for the
picture nor a kind answer.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, wait
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

from takeitdown_desktop.hashing import imagehashes, pdq, variants
from takeitdown_desktop.hashing.cancel import CancelToken, check
from takeitdown_desktop.hashing.errors import ErrorCode, MediaError
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.results import PdqSignal, Thumbnail
from takeitdown_desktop.hashing.threads import in_thread

__all__ = ["REDUCED_SIDE", "ImageSignals", "hash_image"]

#: pHash/dHash of a picture with a side of at least twice this are made from a copy reduced
#: to at least this many pixels a side: 8x pHash's 32x32 grid (and 28x dHash's 9x8).
REDUCED_SIDE: Final = 256
#: From this many pixels on, the secondary signals run in a thread of their own beside PDQ
#: (below it, starting a thread costs more than it saves). Not Final: the bench sets it out
#: of reach to time the one-thread path.
_THREAD_PIXELS = 1_000_000

#: Pillow's format names we decode, and the name we report for each.
FORMATS: Final[dict[str, str]] = {
    "JPEG": "jpeg",
    "MPO": "jpeg",  # phones' multi-picture JPEG: the first picture is the photo
    "PNG": "png",
    "GIF": "gif",
    "WEBP": "webp",
    "BMP": "bmp",
    "DIB": "bmp",
    "TIFF": "tiff",
    "HEIF": "heif",
    "AVIF": "avif",
}

_GREY_MODES: Final = frozenset({"L", "LA", "La", "1"})
_WIDE_GREY_MODES: Final = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I"})
# EXIF orientation -> the transpose that shows the picture upright (as ImageOps.exif_transpose).
_UPRIGHT: Final[dict[int, Image.Transpose]] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_EXIF_ORIENTATION: Final = 0x0112
#: EXIF orientations from this one on turn the picture a quarter (width and height swap).
_TURNED: Final = 5
# What Pillow's decoders raise for a damaged file (truncated data, bad chunks, bad zlib
# streams, impossible headers). RuntimeError is what pillow-heif raises for a broken HEIF.
_DECODE_ERRORS: Final = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    struct.error,
    zlib.error,
    RuntimeError,
)


@dataclass(frozen=True, slots=True)
class ImageSignals:
    """Every perceptual signal of one picture, made from one decode.

    ``width``/``height`` are the stored pixel size (before any EXIF rotation).
    ``pdq_dihedral`` follows ``pdq.DIHEDRAL_ORDER``.
    """

    format: str
    width: int
    height: int
    pdq: PdqSignal
    pdq_dihedral: tuple[str, ...]
    pdq_variants: tuple[PdqSignal, ...]
    phash: str
    dhash: str
    thumbnail: Thumbnail | None


_setup_lock = threading.Lock()
_setup_done = False
#: The decoders Image.open may try, filled in by _prepare_pillow (MPO and DIB have none of
#: their own: the JPEG and BMP decoders return them).
_decoders: list[str] = []


def _prepare_pillow() -> None:
    """Register pillow-heif once, on first use, and make our pixel limit the one that counts.

    Registration is lazy because importing libheif costs time every file-less CLI call would
    pay. Pillow's own decompression-bomb guard is a process-wide default for web servers
    (warn over 89 MP, refuse over 179 MP); it would refuse a real 200-megapixel phone photo
    that ``HashOptions.max_image_pixels`` allows, and print warnings. Every picture is checked
    against ``max_image_pixels`` from its header before decoding, so Pillow's guard is
    switched off; if something switches it on again, its errors are still handled.
    """
    global _setup_done  # noqa: PLW0603 (one-time process set-up, guarded by the lock)
    with _setup_lock:
        if _setup_done:
            return
        from pillow_heif import register_heif_opener  # noqa: PLC0415 (lazy on purpose)

        register_heif_opener()
        Image.init()
        _decoders.extend(name for name in FORMATS if name in Image.OPEN)
        Image.MAX_IMAGE_PIXELS = None
        _setup_done = True


def hash_image(path: Path, options: HashOptions, cancel: CancelToken | None = None) -> ImageSignals:
    """Decode ``path`` once and compute PDQ (+8 dihedral), pHash, dHash and a thumbnail.

    Raises ``MediaError`` for a file that cannot be fingerprinted and ``Cancelled`` when
    ``cancel`` is set between steps.
    """
    check(cancel)
    _prepare_pillow()
    with _open(path) as image:
        format_name = FORMATS.get(image.format or "")
        if format_name is None:
            raise MediaError(ErrorCode.UNSUPPORTED, f"Pillow format {image.format}")
        width, height = image.size
        if width * height > options.max_image_pixels:
            raise MediaError(ErrorCode.TOO_MANY_PIXELS, f"{width}x{height}")
        if width < 1 or height < 1:
            raise MediaError(ErrorCode.CORRUPT_IMAGE, f"{width}x{height}")
        check(cancel)
        _decode(image)
        check(cancel)
        orientation = _orientation(image)

        aspect = width / height if orientation < _TURNED else height / width
        shapes = variants.candidate_shapes(aspect)
        thumbnail_size = options.thumbnail_size
        if width * height < _THREAD_PIXELS or min(width, height) < pdq.MIN_HASHABLE_DIM:
            pdq_result = _pdq_of(image)
            copies = _reduced_copies(image)
            secondary = _secondary_signals(image, thumbnail_size, orientation, copies)
            hashes = variants.shape_hashes(
                _upright(copies[1], orientation), shapes, aspect, pdq_result.quality
            )
        else:
            # Two threads. Here: PDQ, then the variants (they need the reduced grey copy).
            # Beside it: the reduction (inside Pillow, without the GIL), handed over as soon as
            # it is made, then pHash, dHash and the thumbnail. The thread is let in first:
            # once PDQ's numpy steps hold the GIL, a thread waiting to start would wait for
            # the interpreter's switch interval (5 ms) to begin. (Hashing half the variant
            # shapes over there was slower: the two then take turns at the GIL.)
            started = threading.Event()
            reduced: Future[Image.Image] = Future()

            def beside() -> tuple[str, str, Thumbnail | None]:
                started.set()
                try:
                    made = _reduced_copies(image)
                    reduced.set_result(_upright(made[1], orientation))
                except BaseException as error:
                    reduced.set_exception(error)
                    raise
                return _secondary_signals(image, thumbnail_size, orientation, made)

            future = in_thread(beside, name="image-signals")
            try:
                started.wait()
                pdq_result = _pdq_of(image)
                hashes = variants.shape_hashes(reduced.result(), shapes, aspect, pdq_result.quality)
                secondary = future.result()
            finally:
                wait([future])  # the picture is closed on the way out: the thread must be done
        check(cancel)
        phash, dhash, thumbnail = secondary
    return ImageSignals(
        format=format_name,
        width=width,
        height=height,
        pdq=PdqSignal(pdq_result.hash, pdq_result.quality),
        pdq_dihedral=pdq_result.dihedral,
        pdq_variants=variants.select(hashes, pdq_result.dihedral),
        phash=phash,
        dhash=dhash,
        thumbnail=thumbnail,
    )


@contextmanager
def _open(path: Path) -> Iterator[Image.Image]:
    """Open (read the header only) and close, turning Pillow's failures into kind errors."""
    try:
        image = Image.open(path, formats=_decoders)
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except PermissionError:
        raise MediaError(ErrorCode.UNREADABLE, "permission") from None
    except IsADirectoryError:
        raise MediaError(ErrorCode.NOT_A_FILE) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise MediaError(ErrorCode.TOO_MANY_PIXELS, str(error)) from None
    except UnidentifiedImageError:
        # The engine sends us files whose first bytes say "image"; if no decoder recognises
        # the rest, the file is damaged rather than of an unknown kind.
        raise MediaError(ErrorCode.CORRUPT_IMAGE, "unidentified") from None
    except _DECODE_ERRORS as error:
        raise MediaError(ErrorCode.CORRUPT_IMAGE, type(error).__name__) from None
    try:
        yield image
    finally:
        image.close()


def _decode(image: Image.Image) -> None:
    """Decode the pixels (first frame), refusing damaged or truncated data."""
    try:
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise MediaError(ErrorCode.TOO_MANY_PIXELS, str(error)) from None
    except _DECODE_ERRORS as error:
        raise MediaError(ErrorCode.CORRUPT_IMAGE, f"{type(error).__name__}: {error}") from None


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8), or 1 when absent or unreadable: it only turns a thumbnail.

    Only after decoding: for some formats (PNG) reading EXIF decodes the picture, and a
    decoding error swallowed here would leave an empty picture behind.
    """
    try:
        value = image.getexif().get(_EXIF_ORIENTATION, 1)
    except _DECODE_ERRORS:
        return 1
    return value if isinstance(value, int) and value in _UPRIGHT else 1


def _pdq_of(image: Image.Image) -> pdq.PdqResult:
    """PDQ of the stored pixels, the reference's still-image path.

    The 512x512 nearest-neighbour sample is taken with Pillow's affine NEAREST transform,
    whose source index for output x is ``floor(x * W / 512)`` exactly (scale ``W / 512``
    and the accumulated positions are exact binary fractions), i.e. CImg's mapping. Grey
    pictures take the reference's grey path (the value is the luminance).
    """
    width, height = image.size
    sampled = image
    if width > pdq.DOWNSAMPLE_DIMS or height > pdq.DOWNSAMPLE_DIMS:
        x_step = width / pdq.DOWNSAMPLE_DIMS
        y_step = height / pdq.DOWNSAMPLE_DIMS
        sampled = image.transform(
            (pdq.DOWNSAMPLE_DIMS, pdq.DOWNSAMPLE_DIMS),
            Image.Transform.AFFINE,
            (x_step, 0, -0.5 * x_step, 0, y_step, -0.5 * y_step),
            resample=Image.Resampling.NEAREST,
        )
    if sampled.mode in _GREY_MODES or sampled.mode in _WIDE_GREY_MODES or sampled.mode == "F":
        return pdq.pdq_from_grey(_grey_array(sampled))
    rgb = sampled if sampled.mode == "RGB" else sampled.convert("RGB")
    return pdq.pdq_from_rgb(np.asarray(rgb))


def _upright(image: Image.Image, orientation: int) -> Image.Image:
    """``image`` turned as its EXIF orientation says a person sees it."""
    return image.transpose(_UPRIGHT[orientation]) if orientation in _UPRIGHT else image


def _grey_array(image: Image.Image) -> NDArray[np.uint8]:
    """8-bit grey pixels of a grey image of any depth (16-bit keeps its high byte)."""
    pixels: NDArray[np.uint8]
    if image.mode in _WIDE_GREY_MODES:
        wide: NDArray[np.int64] = np.asarray(image).astype(np.int64)
        pixels = (np.clip(wide, 0, 65535) >> 8).astype(np.uint8)
    elif image.mode == "F":
        pixels = np.clip(np.asarray(image), 0, 255).astype(np.uint8)
    else:
        pixels = np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.uint8)
    return pixels


def _eight_bit_grey(image: Image.Image) -> Image.Image:
    """The "L" image imagehash works on: Pillow's own conversion, except for 16-bit and float
    pictures, which Pillow would clip at 255 (all white); those keep their high byte."""
    if image.mode in _WIDE_GREY_MODES or image.mode == "F":
        return Image.fromarray(_grey_array(image))
    return image if image.mode == "L" else image.convert("L")


def _reduced(image: Image.Image) -> Image.Image:
    """A box-filtered copy with whole reduction factors per axis, each side >= REDUCED_SIDE
    (the picture itself when neither side reaches twice that)."""
    width, height = image.size
    factors = (max(1, width // REDUCED_SIDE), max(1, height // REDUCED_SIDE))
    return image if factors == (1, 1) else image.reduce(factors)


def _reduced_copies(image: Image.Image) -> tuple[Image.Image | None, Image.Image]:
    """The reduced copy pHash and dHash are made from: ``(colour copy or None, grey copy)``.

    RGB and L pictures (every JPEG) are reduced as they are, then the small copy is made
    grey; the colour copy also serves the thumbnail. Other modes are made 8-bit grey first
    (the conversion imagehash would make: alpha ignored, palette looked up, 16-bit keeps its
    high byte), then reduced; their thumbnail is made from the full picture.
    """
    if image.mode in {"RGB", "L"}:
        small = _reduced(image)
        return small, small if small.mode == "L" else small.convert("L")
    return None, _reduced(_eight_bit_grey(image))


def _secondary_signals(
    image: Image.Image,
    thumbnail_size: int,
    orientation: int,
    copies: tuple[Image.Image | None, Image.Image] | None = None,
) -> tuple[str, str, Thumbnail | None]:
    """pHash, dHash and the thumbnail, from the reduced copies (made here if not given)."""
    small, grey = _reduced_copies(image) if copies is None else copies
    phash = imagehashes.phash(grey)
    dhash = imagehashes.dhash(grey)
    thumbnail = (
        _thumbnail(image, thumbnail_size, orientation, small) if thumbnail_size > 0 else None
    )
    return phash, dhash, thumbnail


def _thumbnail(
    image: Image.Image, size: int, orientation: int, reduced: Image.Image | None = None
) -> Thumbnail:
    """An upright RGB thumbnail, longest side at most ``size``, made in memory.

    Made from ``reduced`` (a smaller copy of ``image``) when that is at least as big as the
    thumbnail on both axes, else from ``image``. Reduced in the picture's own mode first
    (cheap), then made RGB; transparent parts are shown over white, as a viewer would.
    """
    width, height = image.size
    scale = min(1.0, size / max(width, height))
    target = (max(1, round(width * scale)), max(1, round(height * scale)))
    source = image
    if reduced is not None and reduced.width >= target[0] and reduced.height >= target[1]:
        source = reduced
    if source.mode in _WIDE_GREY_MODES or source.mode == "F":
        source = Image.fromarray(_grey_array(source))
    elif source.mode in {"P", "PA"}:
        source = source.convert("RGBA")
    elif source.mode == "1":
        source = source.convert("L")
    elif source.mode not in {"RGB", "RGBA", "L", "LA"}:
        source = source.convert("RGB")
    small = source
    if target != source.size:
        small = source.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
    if small.mode in {"RGBA", "LA"}:
        white = Image.new("RGBA", small.size, (255, 255, 255, 255))
        small = Image.alpha_composite(white, small.convert("RGBA"))
    rgb = _upright(small, orientation).convert("RGB")
    return Thumbnail(width=rgb.width, height=rgb.height, rgb=rgb.tobytes())
