"""``pdq_from_luma`` is identical to Meta's C++ on the same luminance buffer.

``tests/data/pdq-luma-golden.json`` holds what the C++ reference printed for the buffers that
``golden_luma`` makes here from a seed (their SHA-256 is stored too, so a change in the
generator is caught instead of silently comparing different buffers). To regenerate it, build
the C++ harness as ``docs/HASHING-PDQ.md`` describes and run
``.venv/bin/python -m tests.hashing.test_pdq_golden /tmp/pdq-cpp/pdq-harness``.
When that harness is present, one more test compares random buffers live.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from takeitdown_desktop.hashing import pdq

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "pdq-luma-golden.json"
HARNESS = Path("/tmp/pdq-cpp/pdq-harness")

#: (name, kind, seed, rows, cols): odd and extreme shapes, the 64x64 shortcut, a video frame.
CASES: list[tuple[str, str, int, int, int]] = [
    ("noise-1x1", "noise", 1, 1, 1),
    ("noise-4x9", "noise", 2, 4, 9),
    ("noise-5x5", "noise", 3, 5, 5),
    ("noise-7x300", "noise", 4, 7, 300),
    ("noise-300x7", "noise", 5, 300, 7),
    ("noise-1000x3", "noise", 6, 1000, 3),
    ("noise-3x1000", "noise", 7, 3, 1000),
    ("noise-64x64", "noise", 8, 64, 64),
    ("photo-64x64", "photo", 9, 64, 64),
    ("noise-63x65", "noise", 10, 63, 65),
    ("noise-128x128", "noise", 11, 128, 128),
    ("gradient-200x150", "gradient", 12, 200, 150),
    ("photo-255x129", "photo", 13, 255, 129),
    ("photo-512x512", "photo", 14, 512, 512),
    ("photo-513x700", "photo", 15, 513, 700),
    ("rgbluma-480x640", "rgbluma", 16, 480, 640),
    ("photo-720x1280", "photo", 17, 720, 1280),
    ("flat-100x80", "flat", 18, 100, 80),
    ("wide-range-90x110", "wide", 19, 90, 110),
    ("steps-33x47", "steps", 20, 33, 47),
]


def golden_luma(kind: str, seed: int, rows: int, cols: int) -> NDArray[np.float32]:
    """A deterministic float32 luminance buffer of the given kind."""
    rng = np.random.default_rng(seed)
    if kind == "noise":
        return (rng.random((rows, cols), dtype=np.float32) * np.float32(255)).astype(np.float32)
    if kind == "gradient":
        y = np.arange(rows, dtype=np.float32)[:, np.newaxis] / np.float32(max(rows - 1, 1))
        x = np.arange(cols, dtype=np.float32)[np.newaxis, :] / np.float32(max(cols - 1, 1))
        return (np.float32(255) * (np.float32(0.6) * x + np.float32(0.4) * y)).astype(np.float32)
    if kind == "photo":
        coarse = rng.random((rows // 16 + 2, cols // 16 + 2), dtype=np.float32)
        blocks = np.kron(coarse, np.ones((16, 16), dtype=np.float32))[:rows, :cols]
        fine = rng.random((rows, cols), dtype=np.float32)
        return (np.float32(230) * blocks + np.float32(25) * fine).astype(np.float32)
    if kind == "rgbluma":
        return pdq.luma_from_rgb(rng.integers(0, 256, (rows, cols, 3), dtype=np.uint8))
    if kind == "flat":
        return np.full((rows, cols), np.float32(117.25), dtype=np.float32)
    if kind == "wide":
        return (rng.standard_normal((rows, cols), dtype=np.float32) * np.float32(1e4)).astype(
            np.float32
        )
    if kind == "steps":
        return rng.integers(0, 4, (rows, cols)).astype(np.float32) * np.float32(85)
    raise ValueError(kind)


def buffer_digest(luma: NDArray[np.float32]) -> str:
    return hashlib.sha256(np.ascontiguousarray(luma, dtype="<f4").tobytes()).hexdigest()


def run_harness(harness: Path, luma: NDArray[np.float32]) -> dict[str, Any]:
    """What the C++ prints for a buffer: its hash, quality and the dihedral function's output."""
    rows, cols = luma.shape
    with tempfile.NamedTemporaryFile(suffix=".f32") as raw:
        raw.write(np.ascontiguousarray(luma, dtype="<f4").tobytes())
        raw.flush()
        output = subprocess.run(
            [str(harness), "luma", str(rows), str(cols), raw.name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split("\n")
    hash_hex, quality = output[0].split()
    *dihedral, dihedral_quality = output[1].split()
    return {
        "hash": hash_hex,
        "quality": int(quality),
        "dihedral": dihedral,
        "dihedral_quality": int(dihedral_quality),
    }


def _load_golden() -> dict[str, Any]:
    with GOLDEN.open() as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_same_hash_as_the_cpp_reference_on_the_same_buffer(
    case: tuple[str, str, int, int, int],
) -> None:
    name, kind, seed, rows, cols = case
    expected = _load_golden()["cases"][name]
    luma = golden_luma(kind, seed, rows, cols)
    assert buffer_digest(luma) == expected["sha256"], "the generator changed; regenerate"
    result = pdq.pdq_from_luma(luma)
    assert result.hash == expected["hash"]
    assert result.quality == expected["quality"]
    if (rows, cols) != (64, 64):
        assert list(result.dihedral) == expected["dihedral"]
        assert result.quality == expected["dihedral_quality"]


def test_64x64_dihedral_follows_the_hash_not_the_cpp_dihedral_function() -> None:
    """The C++ hash function takes a 64x64 buffer as it is; its dihedral function blurs it
    with a 1-pixel window first, which can round differently. Our variants come from the
    hash's own DCT, so ``dihedral[0] == hash`` always; the difference is recorded here."""
    for name, kind, seed, rows, cols in CASES:
        if (rows, cols) != (64, 64):
            continue
        expected = _load_golden()["cases"][name]
        result = pdq.pdq_from_luma(golden_luma(kind, seed, rows, cols))
        assert result.dihedral[0] == result.hash == expected["hash"]
        assert pdq.hamming_distance(result.dihedral[0], expected["dihedral"][0]) <= 8


@pytest.mark.skipif(not HARNESS.exists(), reason="C++ reference not built (/tmp/pdq-cpp)")
def test_random_buffers_live_against_the_cpp_reference() -> None:
    rng = np.random.default_rng(2024)
    for _ in range(25):
        rows, cols = (int(v) for v in rng.integers(5, 700, 2))
        luma = (rng.random((rows, cols), dtype=np.float32) * np.float32(255)).astype(np.float32)
        expected = run_harness(HARNESS, luma)
        result = pdq.pdq_from_luma(luma)
        assert (result.hash, result.quality) == (expected["hash"], expected["quality"])
        assert list(result.dihedral) == expected["dihedral"]


def write_golden(harness: Path) -> None:
    """Regenerate the golden file from the C++ harness (a developer tool, not a test)."""
    cases = {}
    for name, kind, seed, rows, cols in CASES:
        luma = golden_luma(kind, seed, rows, cols)
        cases[name] = {
            "kind": kind,
            "seed": seed,
            "rows": rows,
            "cols": cols,
            "sha256": buffer_digest(luma),
            **run_harness(harness, luma),
        }
    document = {
        "note": (
            "Output of Meta's C++ PDQ (facebook/ThreatExchange pdq/cpp: pdqhashing.cpp, "
            "downscaling.cpp, Torben median) transcribed into /tmp/pdq-cpp, built with "
            "g++ -std=c++17 -O2 on x86-64, fed each float32 buffer that "
            "tests/hashing/test_pdq_golden.py:golden_luma makes from the seed. 'hash' and "
            "'quality' are pdqHash256FromFloatLuma; 'dihedral' and 'dihedral_quality' are "
            "pdqDihedralHash256esFromFloatLuma (order: original, rotate90, rotate180, "
            "rotate270, flipx, flipy, flipplus1, flipminus1). Regenerate with "
            "python -m tests.hashing.test_pdq_golden /tmp/pdq-cpp/pdq-harness."
        ),
        "cases": cases,
    }
    GOLDEN.write_text(json.dumps(document, indent=1) + "\n")


if __name__ == "__main__":
    write_golden(Path(sys.argv[1]))
