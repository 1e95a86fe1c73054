"""Content sniffing: the bytes decide, never the name."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from takeitdown_desktop.hashing.results import MediaType
from takeitdown_desktop.hashing.sniff import sniff_bytes, sniff_file


def _image_bytes(fmt: str, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (8, 8), 0).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("pillow_format", "expected"),
    [
        ("JPEG", "jpeg"),
        ("PNG", "png"),
        ("GIF", "gif"),
        ("WEBP", "webp"),
        ("BMP", "bmp"),
        ("TIFF", "tiff"),
    ],
)
def test_images_written_by_pillow_are_recognised(pillow_format: str, expected: str) -> None:
    sniffed = sniff_bytes(_image_bytes(pillow_format))
    assert sniffed.media_type is MediaType.IMAGE
    assert sniffed.format == expected


def test_heif_and_avif_written_by_real_encoders_are_recognised() -> None:
    # HEIF through pillow-heif (iPhones save HEIC); AVIF through Pillow's own plugin.
    import pillow_heif  # noqa: PLC0415

    pillow_heif.register_heif_opener()
    heif = sniff_bytes(_image_bytes("HEIF"))
    assert (heif.media_type, heif.format) == (MediaType.IMAGE, "heif")
    avif = sniff_bytes(_image_bytes("AVIF"))
    assert (avif.media_type, avif.format) == (MediaType.IMAGE, "avif")


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (8 + len(body)).to_bytes(4, "big") + b"ftyp" + body + b"\x00" * 32


@pytest.mark.parametrize(
    ("head", "media_type", "fmt"),
    [
        (_ftyp(b"isom", b"iso2", b"avc1", b"mp41"), MediaType.VIDEO, "mp4"),
        (_ftyp(b"mp42", b"isom"), MediaType.VIDEO, "mp4"),
        (_ftyp(b"qt  ", b"qt  "), MediaType.VIDEO, "mov"),
        (_ftyp(b"M4V ", b"M4V ", b"mp42"), MediaType.VIDEO, "m4v"),
        (_ftyp(b"3gp4", b"isom"), MediaType.VIDEO, "3gp"),
        (_ftyp(b"heic", b"mif1", b"heic"), MediaType.IMAGE, "heif"),
        (_ftyp(b"mif1", b"mif1", b"heic"), MediaType.IMAGE, "heif"),
        (_ftyp(b"mif1", b"mif1", b"avif"), MediaType.IMAGE, "avif"),
        (_ftyp(b"avif", b"mif1"), MediaType.IMAGE, "avif"),
        (b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat", MediaType.VIDEO, "mov"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", MediaType.VIDEO, "webm"),
        (b"\x1a\x45\xdf\xa3\xa3\x42\x82\x88matroska", MediaType.VIDEO, "mkv"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", MediaType.VIDEO, "avi"),
    ],
)
def test_video_and_heif_containers(head: bytes, media_type: MediaType, fmt: str) -> None:
    sniffed = sniff_bytes(head)
    assert (sniffed.media_type, sniffed.format) == (media_type, fmt)


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"hello, this is text pretending to be a picture",
        b"BM but not a bitmap at all, just words",
        b"PK\x03\x04 a zip file",
        b"%PDF-1.7",
        b"RIFF\x00\x00\x00\x00WAVEfmt ",
        b"\xff\xd8",  # too short to be a JPEG
    ],
)
def test_everything_else_is_other(head: bytes) -> None:
    sniffed = sniff_bytes(head)
    assert sniffed.media_type is MediaType.OTHER
    assert sniffed.format is None


def test_names_do_not_matter(tmp_path: Path, threatexchange_dir: Path) -> None:
    jpeg = threatexchange_dir / "images" / "misc" / "wee.jpg"
    disguised = tmp_path / "holiday.png"
    no_extension = tmp_path / "photo"
    shutil.copy(jpeg, disguised)
    shutil.copy(jpeg, no_extension)
    text = tmp_path / "note.jpg"
    text.write_text("not a picture")
    assert sniff_file(disguised).format == "jpeg"
    assert sniff_file(no_extension).format == "jpeg"
    assert sniff_file(text).media_type is MediaType.OTHER


def test_reference_videos_are_mp4(threatexchange_dir: Path) -> None:
    for video in sorted((threatexchange_dir / "videos").glob("*.mp4")):
        sniffed = sniff_file(video)
        assert (sniffed.media_type, sniffed.format) == (MediaType.VIDEO, "mp4"), video.name
