"""``pdq_from_rgb_filtered`` (vPDQ frames) against the exact path it stands in for.

The filtered path computes the same linear function as ``pdq_from_luma(luma_from_rgb(rgb))``
before the DCT, with sums rounded in another order: its 64x64 buffer must agree to a small
fraction of a grey level, and the hashes must agree on picture-like frames. The exact path
stays what still images use; these tests only add.
"""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from takeitdown_desktop.hashing import pdq

ZERO = "0" * 64
#: Largest difference allowed between the two 64x64 buffers (grey levels, 0..255).
BLOCK_TOLERANCE = 0.01


def picture(seed: int, rows: int, cols: int) -> NDArray[np.uint8]:
    """A photo-like RGB frame: blurred colour noise plus a gradient, with pixel grain."""
    rng = np.random.default_rng(seed)
    coarse = rng.random((rows // 16 + 2, cols // 16 + 2, 3))
    smooth = np.kron(coarse, np.ones((16, 16, 1)))[:rows, :cols]
    ramp = np.linspace(0, 1, cols)[np.newaxis, :, np.newaxis]
    grain = rng.normal(0, 0.02, (rows, cols, 3))
    values = np.clip(0.6 * smooth + 0.3 * ramp + grain, 0, 1)
    return (values * 255).astype(np.uint8)


def exact_block(rgb: NDArray[np.uint8]) -> NDArray[np.float32]:
    return pdq._downsample_64(pdq.luma_from_rgb(rgb))


def exact(rgb: NDArray[np.uint8]) -> pdq.PdqResult:
    return pdq.pdq_from_luma(pdq.luma_from_rgb(rgb), dihedral=False)


SIZES = [
    (5, 5),
    (5, 9),
    (63, 64),
    (64, 64),
    (64, 300),
    (127, 129),
    (128, 128),
    (257, 383),
    (480, 720),
    (720, 1280),
    (1080, 1080),
    (1080, 1920),
    (1088, 1920),
]


@pytest.mark.parametrize(("rows", "cols"), SIZES)
def test_buffer_and_hash_agree_with_the_exact_path(rows: int, cols: int) -> None:
    rgb = picture(rows * 7 + cols, rows, cols)
    difference = np.abs(pdq._filtered_block(rgb) - exact_block(rgb)).max()
    assert difference <= BLOCK_TOLERANCE
    assert pdq.pdq_from_rgb_filtered(rgb) == exact(rgb)


TURNS = {
    "stored": lambda a: a,
    "rot90": lambda a: np.rot90(a, 1),
    "rot180": lambda a: np.rot90(a, 2),
    "rot270": lambda a: np.rot90(a, 3),
    "flipud": np.flipud,
    "fliplr": np.fliplr,
    "transpose": lambda a: a.transpose(1, 0, 2),
    "antitranspose": lambda a: np.rot90(a, 2).transpose(1, 0, 2),
}


@pytest.mark.parametrize("turn", TURNS)
def test_turned_and_mirrored_views_are_hashed_as_displayed(turn: str) -> None:
    # video.py passes the frame turned by its display matrix as a numpy view; the filtered
    # path reads it in memory order but must hash the picture the view shows.
    view = TURNS[turn](picture(11, 97, 211))
    assert view.flags.c_contiguous == (turn == "stored")
    difference = np.abs(pdq._filtered_block(view) - exact_block(np.ascontiguousarray(view)))
    assert difference.max() <= BLOCK_TOLERANCE
    assert pdq.pdq_from_rgb_filtered(view) == exact(np.ascontiguousarray(view))


def test_alpha_is_ignored_and_the_input_left_alone() -> None:
    rgb = picture(3, 90, 120)
    rgba = np.concatenate([rgb, np.full((90, 120, 1), 7, dtype=np.uint8)], axis=2)
    before = rgba.copy()
    assert pdq.pdq_from_rgb_filtered(rgba) == pdq.pdq_from_rgb_filtered(rgb)
    assert np.array_equal(rgba, before)


@pytest.mark.parametrize("shape", [(4, 100, 3), (100, 4, 3), (1, 1, 3)])
def test_sides_under_5_give_the_zero_hash(shape: tuple[int, int, int]) -> None:
    result = pdq.pdq_from_rgb_filtered(np.full(shape, 200, dtype=np.uint8))
    assert result == pdq.PdqResult(ZERO, 0, ())


def test_flat_frame_has_quality_0() -> None:
    assert pdq.pdq_from_rgb_filtered(np.full((72, 128, 3), 90, dtype=np.uint8)).quality == 0


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((10, 10), dtype=np.uint8),
        np.zeros((10, 10, 2), dtype=np.uint8),
        np.zeros((10, 10, 3), dtype=np.float32),
    ],
)
def test_refuses_what_is_not_rgb_bytes(bad: NDArray[np.generic]) -> None:
    with pytest.raises(ValueError, match="uint8"):
        pdq.pdq_from_rgb_filtered(bad)  # type: ignore[arg-type]
