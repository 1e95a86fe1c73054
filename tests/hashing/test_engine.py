"""The engine never crashes on bad input: each file gets a result or a kind error."""

from __future__ import annotations

import hashlib
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.engine import BatchProgress, hash_file, hash_many
from takeitdown_desktop.hashing.errors import MESSAGES, ErrorCode
from takeitdown_desktop.hashing.results import MediaType
from tests.hashing.helpers import NOT_READABLE_FILES, NOT_READABLE_IDS, as_ordinary_user


def _assert_kind_error(result_error: str | None, code: ErrorCode, path: Path) -> None:
    assert result_error == MESSAGES[code]
    assert str(path) not in result_error
    assert path.name not in result_error


def test_text_named_jpg_is_other_and_still_gets_digests(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_text("this is not a photo")
    result = hash_file(path)
    assert result.ok
    assert result.media_type is MediaType.OTHER
    assert result.md5 == hashlib.md5(b"this is not a photo").hexdigest()
    assert result.sha256 == hashlib.sha256(b"this is not a photo").hexdigest()
    assert result.pdq is None
    assert result.vpdq == ()


def test_random_bytes_are_other(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    path = tmp_path / "noise.mp4"
    path.write_bytes(data)
    result = hash_file(path)
    assert result.ok
    assert result.media_type is MediaType.OTHER
    assert result.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("make", "code"), NOT_READABLE_FILES, ids=NOT_READABLE_IDS)
def test_files_that_cannot_be_read_get_a_kind_error(tmp_path: Path, make, code) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "item.jpg"
    make(path)
    result = hash_file(path)
    assert not result.ok
    assert result.error_code == code.value
    _assert_kind_error(result.error, code, path)


def test_unreadable_file_gets_a_kind_error(tmp_path: Path) -> None:
    path = tmp_path / "private.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 secret")
    path.chmod(0)
    # Root reads everything; the helper drops root's file powers for one thread only.
    result = as_ordinary_user(lambda: hash_file(path))
    assert (result.ok, result.error_code) == (False, ErrorCode.UNREADABLE.value)
    _assert_kind_error(result.error, ErrorCode.UNREADABLE, path)


@pytest.mark.parametrize(
    "name",
    [
        "line\nbreak.txt",
        "🙂 emoji 📸.txt",
        "evil\u202egpj.exe",
        "a" * 250,
        "\u0645\u0644\u0641 \u0639\u0631\u0628\u064a.txt",
    ],
    ids=["newline", "emoji", "rtl-override", "250-chars", "arabic"],
)
def test_awkward_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"content")
    result = hash_file(path)
    assert result.ok
    assert result.path == str(path)
    json.dumps(result.to_json())


def test_folder_of_ten_thousand_files_uses_bounded_memory_and_reports_progress(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(10_000):
        (folder / f"{index:05d}.txt").write_bytes(index.to_bytes(4, "big"))
    updates: list[BatchProgress] = []
    count = 0
    tracemalloc.start()
    try:
        for result in hash_many([folder], on_progress=updates.append):
            assert result.ok
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert updates[-1] == BatchProgress(done=10_000, total=10_000, walk_finished=True)
    assert [update.done for update in updates] == sorted(update.done for update in updates)
    # Results are handed over as they come: the run never holds all 10,000 at once.
    assert peak < 48 * 1024 * 1024


def test_results_come_in_input_order_and_failures_do_not_stop_the_run(tmp_path: Path) -> None:
    paths = []
    for index in range(30):
        path = tmp_path / f"{index:02d}.bin"
        if index % 7 == 3:
            path.write_bytes(b"")
        else:
            path.write_bytes(os.urandom(100 + index))
        paths.append(path)
    results = list(hash_many(paths))
    assert [result.path for result in results] == [str(path) for path in paths]
    assert [result.ok for result in results] == [index % 7 != 3 for index in range(30)]


def test_cancel_stops_new_work(tmp_path: Path) -> None:
    for index in range(200):
        (tmp_path / f"{index:03d}.bin").write_bytes(os.urandom(64))
    cancel = CancelToken()
    seen = 0
    for _ in hash_many([tmp_path], cancel=cancel):
        seen += 1
        if seen == 5:
            cancel.cancel()
    assert seen < 200
