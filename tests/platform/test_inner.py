"""``pdq_inner`` on real photos (Meta's reference images) put inside app chrome, under caption
bands and into stories: the photo is found, an unrelated one is not, and it stays an ordinary
PDQ matcher (the whole upload's hash is pytx's own). Recall over many photos and the cost
are measured by ``python -m bench inner``, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from threatexchange.signal_type.pdq.pdq_utils import simple_distance
from threatexchange.signal_type.pdq.signal import PdqSignal

from takeitdown_platform.inner import MAX_HASHES, PdqInnerIndex, PdqInnerSignal

#: The reference photos big enough to be shown 1080 wide: PDQ itself moves by up to 92 bits
#: when a 256-pixel photo is blown up four times, which no framing can help.
PHOTOS = ("bridge-mods/aaa-orig.jpg", "misc/pen-and-coaster.png")


def _photo(threatexchange_dir: Path, name: str) -> Image.Image:
    with Image.open(threatexchange_dir / "images" / name) as image:
        return image.convert("RGB")


def _screenshot(photo: Image.Image, *, dark: bool, margin: int = 0) -> Image.Image:
    width, height = 1080, 2340
    page, ink = ((16, 16, 16), (230, 230, 230)) if dark else ((255, 255, 255), (20, 20, 20))
    canvas = Image.new("RGB", (width, height), page)
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=40)
    draw.text((60, 40), "9:41", fill=ink, font=font)
    draw.rectangle([0, 120, width, 260], fill=(40, 90, 160))
    draw.text((50, 160), "Photos", fill=(255, 255, 255), font=font)
    draw.ellipse([30, 290, 110, 370], fill=(200, 120, 40))
    draw.text((130, 310), "someone posted", fill=ink, font=font)
    shown = photo.resize(
        (width - 2 * margin, round(photo.height * (width - 2 * margin) / photo.width))
    )
    canvas.paste(shown, (margin, 400))
    y = 400 + shown.height + 30
    for i in range(4):
        draw.ellipse([40 + 110 * i, y, 100 + 110 * i, y + 60], outline=ink, width=5)
    draw.text((40, y + 100), "a caption under the photo, two lines", fill=ink, font=font)
    draw.text((40, y + 150), "of words and #tags", fill=ink, font=font)
    draw.rectangle([0, height - 150, width, height], fill=page)
    for i in range(5):
        x = 108 + 216 * i
        draw.rectangle([x - 26, height - 110, x + 26, height - 58], outline=ink, width=5)
    return canvas


def _caption(photo: Image.Image, *, above: bool, share: float) -> Image.Image:
    band = round(photo.height * share)
    canvas = Image.new("RGB", (photo.width, photo.height + band), (255, 255, 255))
    canvas.paste(photo, (0, band if above else 0))
    font = ImageFont.load_default(size=max(12, band // 3))
    top = 0 if above else photo.height
    ImageDraw.Draw(canvas).text(
        (photo.width // 20, top + band // 6), "when the meme", fill=(0, 0, 0), font=font
    )
    return canvas


def _story(photo: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    canvas = Image.new("RGB", (1080, 1920), colour)
    shown = photo.resize((1000, round(photo.height * 1000 / photo.width)))
    canvas.paste(shown, (40, 700))
    return canvas


def _found(upload: Image.Image, original: Image.Image, folder: Path) -> int:
    """The smallest distance from any pdq_inner hash of the upload to the original's PDQ."""
    path, source = folder / "upload.jpg", folder / "original.jpg"
    upload.save(path, quality=85)
    original.save(source, quality=95)
    listed = PdqSignal.hash_from_file(source)
    hashes = PdqInnerSignal.hash_from_file(path).split(",")
    assert 1 <= len(hashes) <= MAX_HASHES
    PdqInnerSignal.validate_signal_str(",".join(hashes))
    return min(simple_distance(h, listed) for h in hashes)


@pytest.mark.parametrize("name", PHOTOS)
def test_the_photo_is_found_through_chrome_bands_and_bars(
    name: str, threatexchange_dir: Path, tmp_path: Path
) -> None:
    photo = _photo(threatexchange_dir, name)
    uploads = {
        "light screenshot": _screenshot(photo, dark=False),
        "dark screenshot": _screenshot(photo, dark=True),
        "screenshot with margins": _screenshot(photo, dark=False, margin=32),
        "caption above": _caption(photo, above=True, share=0.2),
        "caption below": _caption(photo, above=False, share=0.12),
        "story, black bars": _story(photo, (0, 0, 0)),
        "story, grey bars": _story(photo, (90, 90, 90)),
    }
    distances = {what: _found(upload, photo, tmp_path) for what, upload in uploads.items()}
    assert all(d <= 31 for d in distances.values()), distances


def _on_a_backdrop(photo: Image.Image, grey: int) -> Image.Image:
    """The photo as it was taken: its subject on a plain backdrop filling a third around it."""
    canvas = Image.new("RGB", (photo.width * 3 // 2, photo.height * 3 // 2), (grey,) * 3)
    canvas.paste(photo, (photo.width // 4, photo.height // 4))
    return canvas


def _under_a_pale_sky(photo: Image.Image) -> Image.Image:
    """The photo with a pale sky above it, nearly the white of a caption band."""
    sky = Image.linear_gradient("L").resize((photo.width, photo.height // 3))
    sky = Image.eval(sky, lambda v: 238 - v // 12).convert("RGB")
    canvas = Image.new("RGB", (photo.width, photo.height + sky.height))
    canvas.paste(sky, (0, 0))
    canvas.paste(photo, (0, sky.height))
    return canvas


@pytest.mark.parametrize("name", PHOTOS)
def test_a_caption_band_is_cut_off_where_the_photo_is_plain_next_to_it(
    name: str, threatexchange_dir: Path, tmp_path: Path
) -> None:
    """The photo's own plain parts are not the band's: a dark backdrop around the subject (no
    flat border of the upload is a bar), and a pale sky meeting a white band (no edge)."""
    photo = _photo(threatexchange_dir, name)
    for original in (_on_a_backdrop(photo, 40), _under_a_pale_sky(photo)):
        for above in (True, False):
            upload = _caption(original, above=above, share=0.22)
            assert _found(upload, original, tmp_path) <= 31, (name, above)


def test_an_unrelated_photo_in_the_same_chrome_is_not_found(
    threatexchange_dir: Path, tmp_path: Path
) -> None:
    reported = _photo(threatexchange_dir, PHOTOS[0])
    other = _photo(threatexchange_dir, "labelme-subset/q1050.jpg")
    for upload in (_screenshot(other, dark=False), _caption(other, above=True, share=0.2)):
        assert _found(upload, reported, tmp_path) > 31


def test_the_whole_upload_is_hashed_as_pytx_hashes_it(threatexchange_dir: Path) -> None:
    for path in sorted((threatexchange_dir / "images").rglob("*.jpg")):
        plain = PdqSignal.hash_from_file(path)
        inner = PdqInnerSignal.hash_from_file(path)
        if plain:
            assert inner.split(",")[0] == plain, path
        else:  # too plain for PDQ: nothing to match, in either
            assert inner == "", path


def test_the_index_answers_each_entry_once_at_its_nearest() -> None:
    a, b = PdqSignal.get_examples()[0], PdqSignal.get_examples()[12]
    index = PdqInnerIndex([(a, "first"), (b, "second")])
    near_a = a[:-1] + ("0" if a[-1] != "0" else "1")
    matches = index.query(",".join([near_a, a, "f" * 64]))
    assert [(m.metadata, m.similarity_info.distance) for m in matches] == [("first", 0)]
    assert index.query("") == []
    with pytest.raises(ValueError, match="1 to 12 PDQ hashes"):
        PdqInnerSignal.validate_signal_str(",".join([a] * 13))
    assert PdqInnerSignal.compare_hash(f"{b},{near_a}", a).match
