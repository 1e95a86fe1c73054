"""MD5 and SHA-256 from one streamed read agree with hashlib on whole files."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.digests import CHUNK_SIZE, RING, digest_file
from takeitdown_desktop.hashing.errors import Cancelled


@pytest.mark.parametrize(
    "size", [1, 1000, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 17]
)
def test_matches_hashlib(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = tmp_path / "blob"
    path.write_bytes(data)
    digests = digest_file(path)
    assert digests.md5 == hashlib.md5(data).hexdigest()
    assert digests.sha256 == hashlib.sha256(data).hexdigest()
    assert digests.size == size


def test_memory_stays_constant_for_a_large_file(tmp_path: Path) -> None:
    path = tmp_path / "large"
    chunk = os.urandom(CHUNK_SIZE)
    with path.open("wb") as handle:
        for _ in range(64):
            handle.write(chunk)
    tracemalloc.start()
    try:
        digest_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The ring of buffers plus small change, never the 64 MiB file.
    assert peak < (RING + 2) * CHUNK_SIZE


def test_progress_counts_bytes_and_cancel_stops(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    path.write_bytes(os.urandom(5 * CHUNK_SIZE))
    seen: list[int] = []
    digest_file(path, on_bytes=seen.append)
    assert seen == [CHUNK_SIZE * i for i in range(1, 6)]

    cancel = CancelToken()

    def stop_after_first(count: int) -> None:
        cancel.cancel()

    with pytest.raises(Cancelled):
        digest_file(path, cancel, stop_after_first)
