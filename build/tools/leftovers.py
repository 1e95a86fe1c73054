"""What a run of the app left running: processes that carry its (fresh, private) home.

Used by ``check_bundle.py`` for the frozen app and by ``tests/privacy`` for the source: a
bus, helper or daemon the app started and did not stop would outlive it with ``HOME`` set to
the home the run was given, so looking for that one environment entry finds it, whoever its
parent is now.
"""

from __future__ import annotations

from pathlib import Path


def processes_with_home(home: str | Path) -> list[str]:
    """Command lines of running processes whose environment has ``HOME=home`` (Linux)."""
    return [command for _, command in _with_home(home)]


def process_ids_with_home(home: str | Path) -> list[int]:
    """The ids of those processes (to end an app something else started, like a menu)."""
    return [pid for pid, _ in _with_home(home)]


def _with_home(home: str | Path) -> list[tuple[int, str]]:
    marker = f"HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                found.append((int(entry.name), command))
        except OSError:  # ended meanwhile, or not ours to read
            continue
    return found
