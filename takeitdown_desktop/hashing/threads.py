"""One helper for running a piece of hashing beside the calling thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

_T = TypeVar("_T")


def in_thread(function: Callable[[], _T], name: str) -> Future[_T]:
    """Start ``function`` in a new daemon thread; its value or exception arrives in the future.

    For work that releases the GIL (Pillow, PyAV, hashlib) while the caller does other such
    work: a thread pool would be one more thing to shut down on a quick exit.
    """
    future: Future[_T] = Future()

    def run() -> None:
        try:
            future.set_result(function())
        except BaseException as error:  # handed to the caller, who re-raises it
            future.set_exception(error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
