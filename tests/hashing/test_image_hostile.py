"""Hostile and broken pictures: each gets a kind error or a fingerprint, never a crash.

Every file is generated here, in a temporary folder; no personal media is committed.
"""

from __future__ import annotations

import io
import resource
import struct
import time
import warnings
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from takeitdown_desktop.hashing import image as image_module
from takeitdown_desktop.hashing import pdq
from takeitdown_desktop.hashing.errors import ErrorCode, MediaError
from takeitdown_desktop.hashing.image import hash_image
from takeitdown_desktop.hashing.options import HashOptions
from tests.hashing.test_image import photo

OPTIONS = HashOptions(thumbnail_size=64)
ZERO = "0" * 64


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int, height: int) -> bytes:
    """A valid-looking PNG header declaring width x height RGB, with one compressed row."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row = zlib.compress(b"\x00" + b"\x00" * 3 * min(width, 1000), 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", row)
        + png_chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int = 320, height: int = 240, seed: int = 0) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(photo(width, height, seed)).save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def png_bytes(width: int = 320, height: int = 240) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(photo(width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def code_of(path: Path, options: HashOptions = OPTIONS) -> ErrorCode:
    with pytest.raises(MediaError) as caught:
        hash_image(path, options)
    return caught.value.code


# --------------------------------------------------------------------------------------------
# Decompression bombs


def test_bomb_is_refused_from_its_header_fast_and_without_allocating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png(60000, 60000))
    assert path.stat().st_size < 1000
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    assert code_of(path) is ErrorCode.TOO_MANY_PIXELS
    assert time.perf_counter() - started < 1.0
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kib < 50_000  # decoding would need 10 GB


def test_pillows_own_bomb_error_is_a_kind_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If something turns Pillow's process-wide guard back on, its refusal is still ours."""
    image_module._prepare_pillow()
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    path = tmp_path / "big.png"
    path.write_bytes(bomb_png(100, 100))  # 10,000 > 2 x 1,000: DecompressionBombError
    assert code_of(path) is ErrorCode.TOO_MANY_PIXELS


def test_pillows_bomb_warning_raised_as_error_is_a_kind_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image_module._prepare_pillow()
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 6000)
    path = tmp_path / "big.png"
    path.write_bytes(bomb_png(100, 100))  # between 1x and 2x: DecompressionBombWarning
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        assert code_of(path) is ErrorCode.TOO_MANY_PIXELS


def test_pillows_guard_does_not_refuse_a_picture_our_limit_allows(tmp_path: Path) -> None:
    """Pillow alone would refuse 200-megapixel phone photos; the option decides instead."""
    image_module._prepare_pillow()
    assert Image.MAX_IMAGE_PIXELS is None
    path = tmp_path / "ok.png"
    path.write_bytes(png_bytes(100, 100))
    assert hash_image(path, HashOptions(max_image_pixels=10_000)).width == 100


# --------------------------------------------------------------------------------------------
# Extreme shapes and content


@pytest.mark.parametrize(("width", "height"), [(200000, 1), (1, 200000)])
def test_extremely_thin_picture_is_hashed_like_the_reference(
    tmp_path: Path, width: int, height: int
) -> None:
    rng = np.random.default_rng(width)
    pixels = rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
    path = tmp_path / "thin.png"
    Image.fromarray(pixels).save(path)
    signals = hash_image(path, OPTIONS)
    assert (signals.width, signals.height) == (width, height)
    assert signals.pdq.hash == pdq.pdq_from_rgb(pixels).hash
    assert signals.thumbnail is not None
    assert max(signals.thumbnail.width, signals.thumbnail.height) == 64


def test_one_pixel_picture(tmp_path: Path) -> None:
    path = tmp_path / "dot.png"
    Image.new("RGB", (1, 1), (200, 10, 10)).save(path)
    signals = hash_image(path, OPTIONS)
    assert (signals.pdq.hash, signals.pdq.quality) == (ZERO, 0)
    assert signals.pdq.weak
    assert len(signals.phash) == 16
    assert len(signals.dhash) == 16


def test_flat_picture_is_kept_with_quality_0(tmp_path: Path) -> None:
    path = tmp_path / "flat.jpg"
    Image.new("RGB", (640, 480), (90, 90, 90)).save(path, quality=90)
    signals = hash_image(path, OPTIONS)
    assert signals.pdq.quality == 0
    assert signals.pdq.weak
    assert len(signals.pdq.hash) == 64
    assert len(signals.pdq_dihedral) == 8


# --------------------------------------------------------------------------------------------
# Damaged files


def test_truncated_jpeg_is_refused_not_hashed_as_grey(tmp_path: Path) -> None:
    data = jpeg_bytes(640, 480)
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    assert code_of(path) is ErrorCode.CORRUPT_IMAGE


def test_truncated_png_is_refused(tmp_path: Path) -> None:
    data = png_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) // 2])
    assert code_of(path) is ErrorCode.CORRUPT_IMAGE


def test_jpeg_header_only_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "head.jpg"
    path.write_bytes(jpeg_bytes()[:200])
    assert code_of(path) is ErrorCode.CORRUPT_IMAGE


@pytest.mark.parametrize("maker", [jpeg_bytes, png_bytes])
def test_magic_then_random_bytes_is_refused(tmp_path: Path, maker: object) -> None:
    assert callable(maker)
    real: bytes = maker()
    noise = np.random.default_rng(5).integers(0, 256, 5000, dtype=np.uint8).tobytes()
    path = tmp_path / "noise.img"
    path.write_bytes(real[:4] + noise)
    assert code_of(path) is ErrorCode.CORRUPT_IMAGE


def test_png_with_broken_pixel_data_is_refused(tmp_path: Path) -> None:
    data = bytearray(png_bytes())
    start = data.index(b"IDAT") + 40
    data[start : start + 200] = bytes(200)
    path = tmp_path / "broken.png"
    path.write_bytes(bytes(data))
    assert code_of(path) is ErrorCode.CORRUPT_IMAGE


def test_corrupt_jpeg_gives_a_result_or_a_kind_error(tmp_path: Path) -> None:
    """Scrambled entropy-coded data: libjpeg may decode garbage blocks (a valid, if ugly,
    picture) or stop; either way there is no crash and no unexpected exception."""
    rng = np.random.default_rng(9)
    for attempt in range(10):
        data = bytearray(jpeg_bytes(seed=attempt))
        body = data.index(b"\xff\xda") + 20
        for position in rng.integers(body, len(data) - 2, 30):
            data[int(position)] = int(rng.integers(0, 256))
        path = tmp_path / f"scrambled{attempt}.jpg"
        path.write_bytes(bytes(data))
        outcome: ErrorCode | str
        try:
            outcome = hash_image(path, OPTIONS).pdq.hash
        except MediaError as error:
            outcome = error.code
        assert outcome is ErrorCode.CORRUPT_IMAGE or len(str(outcome)) == 64


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert code_of(path) is ErrorCode.CORRUPT_IMAGE


def test_polyglot_jpeg_with_zip_appended_hashes_as_the_jpeg(tmp_path: Path) -> None:
    data = jpeg_bytes()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("secret.txt", "not a picture")
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(data)
    polyglot = tmp_path / "polyglot.jpg"
    polyglot.write_bytes(data + archive.getvalue())
    assert zipfile.is_zipfile(polyglot)
    assert hash_image(polyglot, OPTIONS) == hash_image(plain, OPTIONS)
