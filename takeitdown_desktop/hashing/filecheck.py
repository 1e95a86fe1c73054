"""The one check every file passes before anything reads it: a readable regular file, sniffed.

The engine runs it before digesting any file, and ``video.hash_video`` runs it when called on
its own, because FFmpeg must never be handed a file that is not a video. Keeping one copy means
the two fronts say the same thing for the same file, and the engine can hand its
``CheckedFile`` on to ``hash_video`` so a video is not stat'ed and sniffed a second time.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from takeitdown_desktop.hashing.cancel import CancelToken, check
from takeitdown_desktop.hashing.errors import ErrorCode, MediaError
from takeitdown_desktop.hashing.sniff import Sniffed, sniff_file

__all__ = ["CheckedFile", "check_file"]


@dataclass(frozen=True, slots=True)
class CheckedFile:
    """What ``check_file`` found: the size in bytes (never 0) and what the head says it is."""

    size: int
    sniffed: Sniffed


def check_file(path: Path, cancel: CancelToken | None = None) -> CheckedFile:
    """Stat ``path``, then read its head; raise ``MediaError`` saying kindly why we can't.

    Only regular files are opened: a FIFO or a device (``/dev/zero``) would never end, and
    opening a FIFO for reading waits for a writer. ``cancel`` is checked between the stat and
    the read, so a stopped run touches no more than the file's metadata.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise MediaError(ErrorCode.NOT_FOUND) from None
    except PermissionError:
        raise MediaError(ErrorCode.UNREADABLE) from None
    except OSError as error:
        # Too many levels of symbolic links, a name too long, a vanished drive ...
        raise MediaError(ErrorCode.UNREADABLE, type(error).__name__) from None
    if stat.S_ISDIR(info.st_mode):
        readable = os.access(path, os.R_OK | os.X_OK)
        raise MediaError(ErrorCode.NOT_A_FILE if readable else ErrorCode.FOLDER_UNREADABLE)
    if not stat.S_ISREG(info.st_mode):
        raise MediaError(ErrorCode.NOT_A_FILE)
    if info.st_size == 0:
        raise MediaError(ErrorCode.EMPTY)
    check(cancel)
    try:
        sniffed = sniff_file(path)
    except OSError as error:
        raise MediaError(ErrorCode.UNREADABLE, type(error).__name__) from None
    return CheckedFile(info.st_size, sniffed)
