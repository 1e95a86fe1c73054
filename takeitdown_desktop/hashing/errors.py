"""Per-file failures, each with a stable code and a kind sentence for the person.

Hashers raise ``MediaError``; the engine turns it into a failed ``FileResult`` and goes on with
the next file. Messages never contain a path or a stack trace: they may be read over a
shoulder, and they are shown to someone who may be 13 and frightened.
"""

from __future__ import annotations

import enum


class ErrorCode(enum.Enum):
    """Why a file could not be fingerprinted. Values are stable: tests and programs use them."""

    NOT_FOUND = "not_found"
    NOT_A_FILE = "not_a_file"
    FOLDER_UNREADABLE = "folder_unreadable"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TOO_MANY_PIXELS = "too_many_pixels"
    CORRUPT_IMAGE = "corrupt_image"
    CORRUPT_VIDEO = "corrupt_video"
    UNSUPPORTED = "unsupported"
    CANCELLED = "cancelled"
    INTERNAL = "internal"


#: The sentence shown for each code. Short, plain, no blame, and says what to do next.
MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.NOT_FOUND: "We couldn't find this file. It may have been moved or deleted.",
    ErrorCode.NOT_A_FILE: (
        "This isn't a photo or video, so we can't fingerprint it. You can remove it and go on."
    ),
    ErrorCode.FOLDER_UNREADABLE: (
        "This computer didn't let us open this folder, so nothing in it was added."
    ),
    ErrorCode.UNREADABLE: (
        "This computer didn't let us open this file. You could copy it somewhere else "
        "and try again."
    ),
    ErrorCode.EMPTY: "This file is empty, so there is nothing to fingerprint.",
    ErrorCode.TOO_LARGE: "This file is too big for us to read. You can remove it and go on.",
    ErrorCode.TOO_MANY_PIXELS: (
        "This picture says it is far bigger than any real photo, so we didn't open it. "
        "You can remove it and go on."
    ),
    ErrorCode.CORRUPT_IMAGE: (
        "This picture seems to be damaged, so we couldn't make its picture fingerprint. "
        "Its file fingerprint was still made."
    ),
    ErrorCode.CORRUPT_VIDEO: (
        "This video seems to be damaged, so we couldn't make its video fingerprint. "
        "Its file fingerprint was still made."
    ),
    ErrorCode.UNSUPPORTED: "We can't read this kind of file yet. You can remove it and go on.",
    ErrorCode.CANCELLED: "Stopped before this file was finished.",
    ErrorCode.INTERNAL: (
        "Something went wrong while reading this file. You can remove it and go on, or try again."
    ),
}


class MediaError(Exception):
    """A file could not be (fully) fingerprinted, for a reason we can explain kindly."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        # ``detail`` is for developers reading a traceback only; the person sees MESSAGES[code].
        super().__init__(detail or code.value)
        self.code = code


class Cancelled(Exception):
    """Raised inside a hasher when the caller asked to stop."""
