"""Signal types this extension adds to pytx."""

from __future__ import annotations

import hashlib
import pathlib
import re
from typing import Any

from threatexchange.content_type.content_base import ContentType
from threatexchange.content_type.photo import PhotoContent
from threatexchange.signal_type import signal_base

from takeitdown_platform.exchange import PHOTO_MD5

_MD5 = re.compile(r"[0-9a-f]{32}")


class PhotoMD5Signal(signal_base.SimpleSignalType, signal_base.BytesHasher):
    """The MD5 of a photo file's bytes: finds exact copies only.

    pytx has ``video_md5`` but nothing for photos. PDQ already finds an exact copy of most
    photos; this finds the rest: photos too plain for PDQ (quality under 50, which pytx never
    matches), and files the reporting app could not decode at all.
    """

    @classmethod
    def get_name(cls) -> str:
        return PHOTO_MD5

    @classmethod
    def get_content_types(cls) -> list[type[ContentType]]:
        return [PhotoContent]

    @classmethod
    def get_index_cls(cls) -> type[signal_base.TrivialSignalTypeIndex[Any]]:
        return signal_base.TrivialSignalTypeIndex

    @classmethod
    def validate_signal_str(cls, signal_str: str) -> str:
        normalized = signal_str.strip().lower()
        if _MD5.fullmatch(normalized) is None:
            raise ValueError(f"{signal_str!r} is not an MD5 (32 hex digits)")
        return normalized

    @classmethod
    def hash_from_file(cls, path: pathlib.Path) -> str:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "md5").hexdigest()

    @classmethod
    def hash_from_bytes(cls, bytes_: bytes) -> str:
        return hashlib.md5(bytes_).hexdigest()

    @staticmethod
    def get_examples() -> list[str]:
        return ["d41d8cd98f00b204e9800998ecf8427e", "0cc175b9c0f1b6a831c399e269772661"]
