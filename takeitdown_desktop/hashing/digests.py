"""MD5 and SHA-256 of a file from one streamed read, in constant memory.

Take It Down and StopNCII exchange MD5; SHA-256 is the modern digest. Both are computed from a
single pass over the file: this thread reads each chunk and feeds SHA-256 while a second thread
feeds MD5 from the same buffer. ``hashlib`` releases the GIL on large updates, so on two cores
the pair costs about as much as the slower digest alone (MD5 here: SHA-256 has CPU support on
most machines). Memory is a fixed ring of buffers, whatever the file size.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from takeitdown_desktop.hashing.cancel import CancelToken, check

CHUNK_SIZE = 1 << 20
#: Buffers in flight between the reader and the MD5 thread (memory = RING * CHUNK_SIZE).
RING = 8


@dataclass(frozen=True, slots=True)
class Digests:
    md5: str
    sha256: str
    size: int


def digest_file(
    path: Path,
    cancel: CancelToken | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> Digests:
    """Stream ``path`` once and return its MD5 and SHA-256 (lowercase hex).

    ``on_bytes`` is called with the running byte count after each chunk. Raises ``OSError`` if
    the file cannot be read and ``Cancelled`` if ``cancel`` is set part-way.
    """
    md5 = hashlib.md5(usedforsecurity=False)
    sha256 = hashlib.sha256()
    free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
    for _ in range(RING):
        free.put(bytearray(CHUNK_SIZE))
    work: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()

    def feed_md5() -> None:
        while (item := work.get()) is not None:
            buffer, length = item
            md5.update(memoryview(buffer)[:length])
            free.put(buffer)

    worker = threading.Thread(target=feed_md5, name="md5", daemon=True)
    worker.start()
    total = 0
    try:
        with path.open("rb", buffering=0) as handle:
            while True:
                check(cancel)
                buffer = free.get()
                length = handle.readinto(buffer)
                if not length:
                    free.put(buffer)
                    break
                sha256.update(memoryview(buffer)[:length])
                work.put((buffer, length))
                total += length
                if on_bytes is not None:
                    on_bytes(total)
    finally:
        work.put(None)
        worker.join()
    return Digests(md5=md5.hexdigest(), sha256=sha256.hexdigest(), size=total)
