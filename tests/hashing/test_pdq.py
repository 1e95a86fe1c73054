"""Unit and property tests of the PDQ building blocks and of the hash's invariants."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

from takeitdown_desktop.hashing import pdq

ZERO = "0" * 64


def smooth_luma(seed: int, rows: int, cols: int) -> NDArray[np.float32]:
    """A picture-like luminance buffer: blurred noise plus a gradient, values in 0..255."""
    rng = np.random.default_rng(seed)
    coarse = rng.random((rows // 8 + 2, cols // 8 + 2))
    picture = np.kron(coarse, np.ones((8, 8)))[:rows, :cols]
    ramp = np.linspace(0, 1, cols)[np.newaxis, :] * np.linspace(1, 0, rows)[:, np.newaxis]
    return ((0.7 * picture + 0.3 * ramp) * 255).astype(np.float32)


def bits(hex_hash: str) -> NDArray[np.bool_]:
    """The 16x16 bit matrix of a hash: bit (i, j) belongs to DCT coefficient (i, j)."""
    value = pdq.hash_to_int(hex_hash)
    return np.array([(value >> k) & 1 for k in range(256)], dtype=bool).reshape(16, 16)


def box_1d_scalar(vector: list[float], window: int) -> list[float]:
    """A line-by-line transcription of the reference's ``box1DFloat``, one float at a time."""
    f32 = np.float32
    half = (window + 2) // 2
    out: list[float] = []
    total = f32(0)
    size = 0
    right = left = 0
    for _ in range(half - 1):
        total = f32(total + f32(vector[right]))
        size += 1
        right += 1
    for _ in range(window - half + 1):
        total = f32(total + f32(vector[right]))
        size += 1
        out.append(float(f32(total / f32(size))))
        right += 1
    for _ in range(len(vector) - window):
        total = f32(total + f32(vector[right]))
        total = f32(total - f32(vector[left]))
        out.append(float(f32(total / f32(size))))
        left += 1
        right += 1
    for _ in range(half - 1):
        total = f32(total - f32(vector[left]))
        size -= 1
        out.append(float(f32(total / f32(size))))
        left += 1
    return out


# --------------------------------------------------------------------------------------------
# Building blocks


@pytest.mark.parametrize(("length", "window"), [(5, 1), (7, 3), (16, 7), (16, 8), (300, 3)])
def test_box_filter_rounds_like_the_reference_loop(length: int, window: int) -> None:
    rng = np.random.default_rng(length * 31 + window)
    values = (rng.random((length, 3)) * 255).astype(np.float32)
    ours = pdq._box_axis0(values, window)
    for column in range(3):
        expected = box_1d_scalar(values[:, column].tolist(), window)
        assert ours[:, column].tolist() == expected


def test_box_filter_keeps_repeated_outputs() -> None:
    values = (np.random.default_rng(1).random((10, 2)) * 255).astype(np.float32)
    keep = np.array([0, 0, 3, 9, 9])
    np.testing.assert_array_equal(pdq._box_axis0(values, 2, keep), pdq._box_axis0(values, 2)[keep])


@pytest.mark.parametrize(
    ("dimension", "window"), [(5, 1), (128, 1), (129, 2), (512, 4), (1000, 8), (1920, 15)]
)
def test_jarosz_window_is_half_a_64th_rounded_up(dimension: int, window: int) -> None:
    assert pdq._jarosz_window(dimension) == window


def test_decimation_samples_bin_centres() -> None:
    assert pdq._decimation_indices(64).tolist() == list(range(64))
    assert pdq._decimation_indices(512).tolist() == [8 * i + 4 for i in range(64)]
    assert pdq._decimation_indices(5).tolist()[:4] == [0, 0, 0, 0]


def test_nearest_indices_follow_cimg() -> None:
    assert pdq.nearest_indices(1024, 512).tolist() == list(range(0, 1024, 2))
    assert pdq.nearest_indices(3, 512).tolist() == [x * 3 // 512 for x in range(512)]
    assert pdq.nearest_indices(512, 512).tolist() == list(range(512))


def test_luma_uses_float32_products_summed_left_to_right() -> None:
    rgb = np.random.default_rng(2).integers(0, 256, (9, 11, 3), dtype=np.uint8)
    f32 = np.float32
    expected = np.empty((9, 11), dtype=np.float32)
    for i in range(9):
        for j in range(11):
            r, g, b = (f32(v) for v in rgb[i, j])
            expected[i, j] = f32(f32(f32(0.299) * r) + f32(f32(0.587) * g)) + f32(f32(0.114) * b)
    np.testing.assert_array_equal(pdq.luma_from_rgb(rgb), expected)


def test_grey_luma_is_the_grey_value() -> None:
    grey = np.arange(256, dtype=np.uint8).reshape(16, 16)
    np.testing.assert_array_equal(pdq.luma_from_grey(grey), grey.astype(np.float32))


def test_dct_matrix_is_float32_of_the_double_formula() -> None:
    i, j = 3, 17
    expected = np.float32(
        float(np.float32(np.sqrt(2 / 64))) * np.cos(np.pi / 128 * (i + 1) * (2 * j + 1))
    )
    assert pdq._DCT[i, j] == expected
    assert pdq._DCT.dtype == np.float32


# --------------------------------------------------------------------------------------------
# The hash


@pytest.mark.parametrize("shape", [(0, 0), (1, 1), (4, 100), (100, 4), (200000, 1)])
def test_too_small_sides_give_the_zero_hash_with_quality_0(shape: tuple[int, int]) -> None:
    result = pdq.pdq_from_luma(np.zeros(shape, dtype=np.float32))
    assert result == pdq.PdqResult(ZERO, 0, (ZERO,) * 8)


def test_flat_picture_has_quality_0_but_is_still_hashed() -> None:
    result = pdq.pdq_from_luma(np.full((100, 80), 128, dtype=np.float32))
    assert result.quality == 0
    assert len(result.hash) == 64


def test_textured_picture_has_full_quality() -> None:
    assert pdq.pdq_from_luma(smooth_luma(3, 300, 200)).quality == 100


def test_input_is_not_modified() -> None:
    luma = smooth_luma(4, 70, 90)
    before = luma.copy()
    pdq.pdq_from_luma(luma)
    np.testing.assert_array_equal(luma, before)


def test_large_rgb_is_sampled_to_512_before_luminance() -> None:
    rgb = np.random.default_rng(5).integers(0, 256, (1000, 700, 3), dtype=np.uint8)
    sampled = rgb[pdq.nearest_indices(1000, 512)][:, pdq.nearest_indices(700, 512)]
    assert pdq.pdq_from_rgb(rgb) == pdq.pdq_from_luma(pdq.luma_from_rgb(sampled))


def test_thin_rgb_is_stretched_to_512_square_like_the_reference() -> None:
    rgb = np.random.default_rng(6).integers(0, 256, (1, 200000, 3), dtype=np.uint8)
    result = pdq.pdq_from_rgb(rgb)
    assert result.hash != ZERO  # 1 row becomes 512 identical rows, which is hashable


def test_grey_path_differs_from_rgb_formula_only_by_rounding() -> None:
    grey = (smooth_luma(7, 90, 90)).astype(np.uint8)
    rgb = np.repeat(grey[:, :, np.newaxis], 3, axis=2)
    distance = pdq.hamming_distance(pdq.pdq_from_grey(grey).hash, pdq.pdq_from_rgb(rgb).hash)
    assert distance <= 4


def test_dihedral_can_be_skipped() -> None:
    luma = smooth_luma(8, 64, 100)
    without = pdq.pdq_from_luma(luma, dihedral=False)
    with_them = pdq.pdq_from_luma(luma)
    assert without.dihedral == ()
    assert (without.hash, without.quality) == (with_them.hash, with_them.quality)


def test_rejects_wrong_shapes() -> None:
    with pytest.raises(ValueError, match="luminance"):
        pdq.pdq_from_luma(np.zeros((4, 4, 3), dtype=np.float32))
    with pytest.raises(ValueError, match="uint8"):
        pdq.pdq_from_rgb(np.zeros((4, 4), dtype=np.uint8))
    with pytest.raises(ValueError, match="uint8"):
        pdq.luma_from_rgb(np.zeros((4, 4, 3), dtype=np.float32))


# --------------------------------------------------------------------------------------------
# Dihedral variants


lumas = st.builds(
    smooth_luma,
    seed=st.integers(0, 2**32 - 1),
    rows=st.integers(5, 300),
    cols=st.integers(5, 300),
)


@settings(max_examples=40, deadline=None)
@given(lumas)
def test_dihedral_variants_are_exact_rearrangements_of_each_other(
    luma: NDArray[np.float32],
) -> None:
    """What holds bit for bit: transposing the DCT transposes the bits (the median is unchanged),
    and the transposed variants are the transposes of the non-transposed ones."""
    result = pdq.pdq_from_luma(luma)
    by_name = dict(zip(pdq.DIHEDRAL_ORDER, result.dihedral, strict=True))
    assert by_name["original"] == result.hash
    np.testing.assert_array_equal(bits(by_name["flipplus1"]), bits(result.hash).T)
    np.testing.assert_array_equal(bits(by_name["rotate90"]), bits(by_name["flipy"]).T)
    np.testing.assert_array_equal(bits(by_name["rotate270"]), bits(by_name["flipx"]).T)
    np.testing.assert_array_equal(bits(by_name["flipminus1"]), bits(by_name["rotate180"]).T)


# --------------------------------------------------------------------------------------------
# Hash values


@given(st.integers(0, 2**256 - 1))
def test_hex_int_bytes_round_trip(value: int) -> None:
    text = pdq.int_to_hash(value)
    assert len(text) == 64
    assert text == text.lower()
    assert pdq.hash_to_int(text) == value
    assert pdq.bytes_to_hash(pdq.hash_to_bytes(text)) == text
    assert pdq.hash_to_bytes(text) == value.to_bytes(32, "big")


@given(st.integers(0, 2**256 - 1), st.integers(0, 2**256 - 1))
def test_hamming_distance_is_popcount_of_xor(first: int, second: int) -> None:
    a, b = pdq.int_to_hash(first), pdq.int_to_hash(second)
    assert pdq.hamming_distance(a, b) == bin(first ^ second).count("1")
    assert pdq.hamming_distance(a, a) == 0


def test_bit_k_is_coefficient_k_in_the_references_word_order() -> None:
    # Hash256::setBit(k) sets bit k % 16 of word k // 16; format() prints word 15 first.
    assert pdq.int_to_hash(1) == "0" * 63 + "1"
    assert pdq.int_to_hash(1 << 255) == "8" + "0" * 63


def test_malformed_hashes_are_refused() -> None:
    with pytest.raises(ValueError, match="64 hex"):
        pdq.hash_to_int("abc")
    with pytest.raises(ValueError, match="256-bit"):
        pdq.int_to_hash(1 << 256)
    with pytest.raises(ValueError, match="32 bytes"):
        pdq.bytes_to_hash(b"\x00" * 31)
