"""An audit hook that records every file-system change Python makes while it is switched on.

Audit hooks cannot be removed, so there is one ``WATCH`` for the whole test session; tests
switch it on around the part they check. It sees what Python code does (``open`` for writing,
``os.mkdir``, ``tempfile``, ``shutil``, renames, removals, SQLite files); what C libraries
write on their own is caught by the trace audit, which looks at the folders themselves.
"""

from __future__ import annotations

import os
import sys
import threading

#: Audit events that change the file system, with the position of the path in their arguments.
CHANGES: dict[str, int] = {
    "os.mkdir": 0,
    "os.remove": 0,
    "os.rmdir": 0,
    "os.rename": 1,
    "os.truncate": 0,
    "os.link": 1,
    "os.symlink": 1,
    "os.chmod": 0,
    "os.utime": 0,
    "tempfile.mkstemp": 0,
    "tempfile.mkdtemp": 0,
    "shutil.copyfile": 1,
    "shutil.copymode": 1,
    "shutil.copystat": 1,
    "shutil.copytree": 1,
    "shutil.move": 1,
    "shutil.rmtree": 0,
    "shutil.make_archive": 0,
    "shutil.unpack_archive": 1,
    "sqlite3.connect": 0,
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class WriteWatch:
    """Records ``(event, path)`` for every change Python makes while ``active``."""

    def __init__(self) -> None:
        self.active = False
        self.writes: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.active:
            return
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
            )
            if writing:
                self._record(event, path)
        elif event in CHANGES:
            self._record(event, args[CHANGES[event]] if args else None)

    def _record(self, event: str, path: object) -> None:
        with self._lock:
            self.writes.append(
                (event, os.fsdecode(path) if isinstance(path, str | bytes) else str(path))
            )

    def paths(self) -> list[str]:
        return [path for _, path in self.writes]


WATCH = WriteWatch()
sys.addaudithook(WATCH)
