"""Cooperative cancellation shared by every hasher, free of Qt so the CLI and GUI use it alike."""

from __future__ import annotations

import threading

from takeitdown_desktop.hashing.errors import Cancelled


class CancelToken:
    """Set once from any thread; hashers check it between units of work and stop."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled


def check(cancel: CancelToken | None) -> None:
    """Raise ``Cancelled`` if ``cancel`` is set; a ``None`` token never cancels."""
    if cancel is not None:
        cancel.raise_if_cancelled()
