"""In-memory rate limiting that never keeps an address.

Each client is counted under a keyed hash of its address. The key (salt) is random, lives only
in memory and is replaced at the start of every window, when all counts are dropped: nothing
that could be turned back into an address outlives one window, and nothing is ever written.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import time
from collections.abc import Callable


class RateLimiter:
    """At most ``limit`` requests per client per fixed ``window`` seconds."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._window_index = -1
        self._salt = b""
        self._counts: dict[bytes, int] = {}

    def hit(self, address: str) -> float | None:
        """Count one request; return None if allowed, else seconds until it would be."""
        now = self._clock()
        index = math.floor(now / self.window)
        with self._lock:
            if index != self._window_index:
                self._window_index = index
                self._salt = secrets.token_bytes(32)
                self._counts = {}
            key = hashlib.blake2b(address.encode(), key=self._salt, digest_size=16).digest()
            count = self._counts.get(key, 0) + 1
            self._counts[key] = count
        if count > self.limit:
            return max(1.0, (index + 1) * self.window - now)
        return None
