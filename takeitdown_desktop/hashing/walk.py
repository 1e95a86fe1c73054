"""Turn the files and folders a person adds into the list of files to fingerprint.

Folders are walked recursively in a stable (sorted) order, lazily, so a folder of 10,000 files
never becomes one big list. Symbolic links are followed, but each real folder is visited once,
so a link loop ends. Inside folders we skip hidden files and the little files operating systems
leave behind (``.DS_Store``, ``Thumbs.db``): nobody meant to add those. A file named
explicitly is always kept. A folder we cannot open is yielded itself, so the engine can say so
kindly instead of silently losing it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Files that systems create inside photo folders; never what the person meant to add.
SYSTEM_LEFTOVERS = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"})


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield every file to fingerprint under ``paths``, each real file once.

    Explicit paths that do not exist are yielded too: ``hash_file`` reports them as missing.
    """
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        if path.is_dir():
            yield from _walk(path, seen_dirs, seen_files)
        elif _first_time(path, seen_files):
            yield path


def _walk(
    folder: Path, seen_dirs: set[tuple[int, int]], seen_files: set[tuple[int, int]]
) -> Iterator[Path]:
    try:
        info = folder.stat()
    except OSError:
        yield folder
        return
    key = (info.st_dev, info.st_ino)
    if key in seen_dirs:
        return
    seen_dirs.add(key)
    try:
        with os.scandir(folder) as entries:
            children = sorted(entries, key=lambda entry: entry.name)
    except OSError:
        yield folder
        return
    for entry in children:
        if _is_leftover(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, seen_dirs, seen_files)
        elif _first_time(child, seen_files):
            yield child


def _is_leftover(name: str) -> bool:
    return name.startswith(".") or name.lower() in SYSTEM_LEFTOVERS


def _first_time(path: Path, seen_files: set[tuple[int, int]]) -> bool:
    """True unless this real file was already yielded (through another link or path)."""
    try:
        info = path.stat()
    except OSError:
        return True
    key = (info.st_dev, info.st_ino)
    if key in seen_files:
        return False
    seen_files.add(key)
    return True
