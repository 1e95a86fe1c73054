"""Make the self-test's reference files and pin their expected digests.

Run from the repository root: ``.venv/bin/python scripts/make-selftest-data.py``.

- ``wee.png`` holds exactly the pixels of Meta's ``misc/wee.jpg`` (decoded once, saved
  losslessly), so Meta's published PDQ for that JPEG is also the right PDQ for the PNG.
- ``wee.heic`` is the same pixels encoded with pillow-heif (lossy: its values are pinned from
  this source build, so the self-test proves a frozen build computes what the source does).
- The JPEG and the video are the tour samples (``resources/samples``).

Every PDQ that Meta published is checked against ``pdq-reference.tsv`` before it is written.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pillow_heif
from PIL import Image

from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.options import HashOptions

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "data" / "threatexchange"
SAMPLES = ROOT / "takeitdown_desktop" / "resources" / "samples"
SELFTEST = ROOT / "takeitdown_desktop" / "resources" / "selftest"

# (package folder, file name, Meta's reference image whose PDQ it must have, or None)
FILES = [
    ("samples", "bridge.jpg", "bridge-mods/aaa-orig.jpg"),
    ("selftest", "wee.png", "misc/wee.jpg"),
    ("selftest", "wee.heic", None),
    ("samples", "doorknob.mp4", None),
]


def main() -> None:
    with Image.open(REFERENCE / "images" / "misc" / "wee.jpg") as jpeg:
        pixels = jpeg.convert("RGB")
    pixels.save(SELFTEST / "wee.png", optimize=True)
    pillow_heif.register_heif_opener()
    pixels.save(SELFTEST / "wee.heic", quality=90)

    with (REFERENCE / "pdq-reference.tsv").open() as handle:
        meta = {row["path"]: row for row in csv.DictReader(handle, delimiter="\t")}
    entries = []
    for folder, name, reference in FILES:
        path = (SAMPLES if folder == "samples" else SELFTEST) / name
        result = hash_file(path, HashOptions(fps=1.0))
        assert result.ok, (name, result.error)
        if reference is not None:
            assert result.pdq is not None
            assert result.pdq.hash == meta[reference]["pdq_hex"], name
            assert result.pdq.quality == int(meta[reference]["quality"]), name
        record = result.to_json()
        for unpinned in ("path", "width", "height", "duration", "error", "error_code"):
            record.pop(unpinned)
        entries.append({"folder": folder, "name": name, "meta_reference": reference, **record})
    (SELFTEST / "expected.json").write_text(json.dumps({"files": entries}, indent=1) + "\n")
    print(f"wrote {len(entries)} expected results")


if __name__ == "__main__":
    main()
