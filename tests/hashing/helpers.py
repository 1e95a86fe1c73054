"""Helpers shared by the hashing tests."""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from takeitdown_desktop.hashing.errors import ErrorCode

T = TypeVar("T")

#: The user id of ``nobody`` on Debian and most Linux systems.
NOBODY = 65534

#: Paths that are not readable files, each made by a function of the path, with the error
#: code every layer (``check_file``, ``hash_file``) must give. Use with
#: ``@pytest.mark.parametrize(("make", "code"), NOT_READABLE_FILES, ids=NOT_READABLE_IDS)``.
NOT_READABLE_FILES: list[tuple[Callable[[Path], object], ErrorCode]] = [
    (lambda p: p.write_bytes(b""), ErrorCode.EMPTY),
    (lambda p: None, ErrorCode.NOT_FOUND),
    (lambda p: p.mkdir(), ErrorCode.NOT_A_FILE),
    (os.mkfifo, ErrorCode.NOT_A_FILE),
    (lambda p: os.symlink(p, p), ErrorCode.UNREADABLE),
]
NOT_READABLE_IDS = ["empty", "missing", "folder", "fifo", "symlink-to-itself"]


def as_ordinary_user(action: Callable[[], T]) -> T:
    """Run ``action`` in a new thread that has no root powers over files, and return its result.

    Root reads everything, so a file with mode 0 is not unreadable to a test run as root. On
    Linux the file-system user id is per thread: setting it to ``nobody`` in a helper thread
    drops root's file-permission powers for that thread only (and everything it calls, FFmpeg
    included), so an "unreadable file" check is real whoever runs the tests. Exceptions raised
    by ``action`` are raised here.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        root = os.geteuid() == 0
        if root:
            libc.setfsuid(NOBODY)
        try:
            outcome.append(action())
        except BaseException as error:
            failure.append(error)
        finally:
            if root:
                libc.setfsuid(0)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if failure:
        raise failure[0]
    return outcome[0]


class _OpenWatch:
    """Records each time Python opens a watched path, from any thread (``open`` audit event).

    Audit hooks cannot be removed, so one is added on first use and stays for the session;
    with nothing watched it returns at once. It sees Python's own opens (``open``,
    ``Path.open``), not what C libraries open: FFmpeg's reads of a video are not counted.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.watched: dict[str, list[str]] = {}
        self.installed = False

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if event != "open" or not self.watched:
            return
        target, mode = args[0], args[1]
        if not isinstance(target, str | bytes | os.PathLike):
            return  # an already open file descriptor
        opened = self.watched.get(os.path.abspath(os.fsdecode(target)))
        if opened is not None:
            with self.lock:
                opened.append(str(mode))


_WATCH = _OpenWatch()


@contextmanager
def python_opens(path: Path) -> Iterator[list[str]]:
    """Inside the block, the modes Python opened ``path`` with, in order (any thread)."""
    key = os.path.abspath(path)
    with _WATCH.lock:
        if not _WATCH.installed:
            sys.addaudithook(_WATCH)
            _WATCH.installed = True
        opened = _WATCH.watched.setdefault(key, [])
    try:
        yield opened
    finally:
        with _WATCH.lock:
            del _WATCH.watched[key]
