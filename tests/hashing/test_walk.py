"""Walking the files and folders a person adds."""

from __future__ import annotations

import os
from pathlib import Path

from takeitdown_desktop.hashing.walk import expand_paths


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    for name in ["b/2.jpg", "b/1.jpg", "a/deeper/x.png", "a/z.mp4", "top.txt"]:
        (tmp_path / name).write_bytes(b"x")
    found = [path.relative_to(tmp_path).as_posix() for path in expand_paths([tmp_path])]
    assert found == ["a/deeper/x.png", "a/z.mp4", "b/1.jpg", "b/2.jpg", "top.txt"]


def test_hidden_and_system_files_inside_folders_are_skipped_but_named_ones_kept(
    tmp_path: Path,
) -> None:
    for name in [".DS_Store", "Thumbs.db", "desktop.ini", "photo.jpg"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "secret.jpg").write_bytes(b"x")
    assert list(expand_paths([tmp_path])) == [tmp_path / "photo.jpg"]
    named = tmp_path / ".DS_Store"
    assert list(expand_paths([named])) == [named]


def test_symlink_loops_end_and_each_real_file_comes_once(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "one.jpg").write_bytes(b"1")
    (folder / "inner" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "again").symlink_to(folder / "inner", target_is_directory=True)
    (folder / "same.jpg").symlink_to(folder / "inner" / "one.jpg")
    found = list(expand_paths([folder, folder / "inner" / "one.jpg"]))
    assert len(found) == 1
    assert found[0].resolve() == (folder / "inner" / "one.jpg").resolve()


def test_missing_paths_are_passed_on_to_be_reported(tmp_path: Path) -> None:
    missing = tmp_path / "gone.jpg"
    assert list(expand_paths([missing])) == [missing]


def test_unreadable_folder_is_yielded_itself(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.symlink_to(tmp_path / "nowhere", target_is_directory=True)
    loop = tmp_path / "self"
    os.symlink(loop, loop)
    found = list(expand_paths([tmp_path]))
    assert set(found) == {broken, loop}
