"""Helpers shared by the hashing tests."""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: The user id of ``nobody`` on Debian and most Linux systems.
NOBODY = 65534


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
