"""``check_file``: the one stat-and-sniff that the engine and ``hash_video`` share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.errors import Cancelled, ErrorCode, MediaError
from takeitdown_desktop.hashing.filecheck import CheckedFile, check_file
from takeitdown_desktop.hashing.results import MediaType
from takeitdown_desktop.hashing.sniff import Sniffed
from tests.hashing.helpers import (
    NOT_READABLE_FILES,
    NOT_READABLE_IDS,
    as_ordinary_user,
    python_opens,
)


def _refused(path: Path) -> ErrorCode:
    with pytest.raises(MediaError) as caught:
        check_file(path)
    return caught.value.code


def test_a_readable_file_gives_its_size_and_what_its_head_says(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 96)
    assert check_file(path) == CheckedFile(100, Sniffed(MediaType.IMAGE, "jpeg"))


@pytest.mark.parametrize(("make", "code"), NOT_READABLE_FILES, ids=NOT_READABLE_IDS)
def test_files_that_cannot_be_read(
    tmp_path: Path, make: Callable[[Path], object], code: ErrorCode
) -> None:
    path = tmp_path / "item.mp4"
    make(path)
    # A FIFO is refused from its stat alone: opening it for reading would wait for a writer.
    with python_opens(path) as opened:
        assert _refused(path) is code
    assert opened == []


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "private.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypisom")
    path.chmod(0)
    # Root reads everything; the helper drops root's file powers for one thread only.
    assert as_ordinary_user(lambda: _refused(path)) is ErrorCode.UNREADABLE


def test_a_stopped_run_reads_nothing_but_a_missing_file_is_still_named(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypisom")
    with python_opens(path) as opened, pytest.raises(Cancelled):
        check_file(path, token)
    assert opened == []
    with pytest.raises(MediaError) as caught:
        check_file(tmp_path / "gone.mp4", token)
    assert caught.value.code is ErrorCode.NOT_FOUND
