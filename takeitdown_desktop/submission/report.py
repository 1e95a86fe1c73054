"""The one function that turns hashing results into the report body, and saving it for later.

``prepare_report`` decides everything that leaves the computer. The review screen shows
``PreparedReport.body_json()`` and the client sends exactly those bytes. An item carries only
its media type and digests: never a file name, path, size, date, EXIF, width, height, duration,
frame time, device or app detail. See docs/PROTOCOL.md.

Failed results (``ok=False``) are included when the file could at least be read, with their
exact digests only (MD5/SHA-256): a photo the app cannot decode can still be matched when the
same file is uploaded. Results with no digest at all (unreadable, cancelled) are counted in
``summary.skipped``. Identical items (the same file added twice) are sent once.
"""

from __future__ import annotations

import json
import os
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

import takeitdown_protocol as protocol
from takeitdown_desktop.errors import ExplainedError
from takeitdown_desktop.hashing.results import FileResult, MediaType
from takeitdown_desktop.submission.receipt import ReceiptError, SecretKey
from takeitdown_protocol import Role
from takeitdown_protocol.fields import DigestField, Shape, count_digests, fields_for

__all__ = [
    "PreparedReport",
    "ReportError",
    "ReportSummary",
    "fingerprint_count",
    "load_pending",
    "prepare_report",
    "save_pending",
]


class ReportError(ExplainedError):
    """A report that cannot be made; ``.message`` is written for the person."""


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """Counts for the review screen. ``items`` is what is sent."""

    photos: int = 0
    videos: int = 0
    other: int = 0
    skipped: int = 0
    duplicates: int = 0
    #: Items sent whose picture fingerprint is weak (``FileResult.weak``: flat or blurry).
    weak: int = 0
    #: How many fingerprints a photo of this report carries, the usual number (every photo
    #: with a strong fingerprint has the same; weak ones have fewer variants): 0 without photos.
    per_photo: int = 0

    @property
    def items(self) -> int:
        return self.photos + self.videos + self.other

    def to_json(self) -> dict[str, int]:
        return {
            "photos": self.photos,
            "videos": self.videos,
            "other": self.other,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "weak": self.weak,
            "per_photo": self.per_photo,
        }


# weakref_slot: the privacy tests check that none outlives a quick exit.
@dataclass(frozen=True, slots=True, weakref_slot=True)
class PreparedReport:
    """A report ready to send (now or later). Frozen: a failed send leaves it intact to retry."""

    body: dict[str, Any] = dataclass_field(repr=False)
    secret_key: SecretKey
    idempotency_key: str
    summary: ReportSummary

    def body_json(self) -> str:
        """Pretty, stable JSON: what the review screen shows and exactly what is sent."""
        return _pretty(self.body, "")

    def body_bytes(self) -> bytes:
        return self.body_json().encode("ascii")


_LINE = 100


def _pretty(value: Any, indent: str, lead: int = 0) -> str:
    """JSON indented by two spaces, except that an object of plain values whose line would fit
    in ``_LINE`` characters (a PDQ's hash and quality) stays on one line: a photo's few hundred
    fingerprints then read as a list, one per line, and the body is a third smaller than
    ``json.dumps(indent=2)`` makes it. ``lead``: characters already on the value's line."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        if not any(isinstance(entry, dict | list) for entry in value.values()):
            line = json.dumps(value, ensure_ascii=True)
            if lead + len(line) <= _LINE:
                return line
        members = []
        for key, entry in value.items():
            head = f"{inner}{json.dumps(key, ensure_ascii=True)}: "
            members.append(head + _pretty(entry, inner, len(head)))
        return "{\n" + ",\n".join(members) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        entries = (f"{inner}{_pretty(entry, inner, len(inner))}" for entry in value)
        return "[\n" + ",\n".join(entries) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=True)


def _hex(value: str, field: DigestField) -> str:
    lowered = value.lower()
    if len(lowered) != field.digits or any(ch not in "0123456789abcdef" for ch in lowered):
        raise ValueError(f"hashing produced a malformed {field.name} digest")
    return lowered


def _value(field: DigestField, value: Any) -> Any:
    """A result's attribute in the field's JSON shape, or None when it has none.

    Frame numbers and times of video frames are left out: they reveal the video's length, and
    matching needs only the set of frame hashes.
    """
    if value is None or (field.shape.is_list and not value):
        return None
    if field.shape is Shape.HEX:
        return _hex(value, field)
    if field.shape is Shape.PDQ:
        return {"hash": _hex(value.hash, field), "quality": value.quality}
    if field.shape is Shape.HEX_LIST:
        return [_hex(entry, field) for entry in value]
    return [{"hash": _hex(entry.hash, field), "quality": entry.quality} for entry in value]


def _item(result: FileResult) -> dict[str, Any] | None:
    """The protocol item for one result, or None when nothing about it can be sent.

    Every field of the table that fits the media type is read from the result's attribute of
    the same name. A result that was read but not decoded sends its file digests only.
    """
    item: dict[str, Any] = {"media_type": result.media_type.value}
    for field in fields_for(result.media_type.value, protocol.REPORT_VERSION):
        if result.ok or field.of_bytes:
            value = _value(field, getattr(result, field.name))
            if value is not None:
                item[field.name] = value
    return item if len(item) > 1 else None


def fingerprint_count(result: FileResult) -> int:
    """How many fingerprints this file's report item carries (0 when it cannot be sent)."""
    item = _item(result)
    return 0 if item is None else count_digests(item)


def prepare_report(
    results: Sequence[FileResult], role: Role, *, attested_under_18: bool
) -> PreparedReport:
    """Build the report body, a new secret key and an idempotency key for these results."""
    if not attested_under_18:
        raise ReportError(
            "not_attested",
            "Take It Down is for photos and videos of someone under 18. Please confirm that "
            "the person in them was under 18 when they were taken.",
        )
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    counts = {MediaType.IMAGE.value: 0, MediaType.VIDEO.value: 0, MediaType.OTHER.value: 0}
    skipped = duplicates = weak = 0
    per_photo: Counter[int] = Counter()
    for result in results:
        item = _item(result)
        if item is None:
            skipped += 1
            continue
        fingerprint = json.dumps(item, sort_keys=True)
        if fingerprint in seen:
            duplicates += 1
            continue
        seen.add(fingerprint)
        items.append(item)
        counts[item["media_type"]] += 1
        weak += result.weak
        if item["media_type"] == MediaType.IMAGE.value:
            per_photo[count_digests(item)] += 1
    if not items:
        raise ReportError(
            "nothing_to_send",
            "None of these files could be fingerprinted, so there is nothing to send. "
            "Try adding the photos or videos again, or different copies of them.",
        )
    if len(items) > protocol.MAX_ITEMS:
        raise ReportError(
            "too_many_items",
            f"One report can hold up to {protocol.MAX_ITEMS} files, and this one has "
            f"{len(items)}. Please send them in smaller groups.",
        )
    key = SecretKey.generate()
    body: dict[str, Any] = {
        "version": protocol.REPORT_VERSION,
        "role": role.value,
        "attested_under_18": True,
        "key_verifier": key.verifier(),
        "items": items,
    }
    prepared = PreparedReport(
        body=body,
        secret_key=key,
        idempotency_key=secrets.token_urlsafe(24),
        summary=ReportSummary(
            photos=counts["image"],
            videos=counts["video"],
            other=counts["other"],
            skipped=skipped,
            duplicates=duplicates,
            weak=weak,
            per_photo=per_photo.most_common(1)[0][0] if per_photo else 0,
        ),
    )
    if len(prepared.body_bytes()) > protocol.MAX_BODY_BYTES:
        raise ReportError(
            "too_large",
            "These fingerprints are too big to send in one report (long videos make many). "
            "Please send fewer files at a time.",
        )
    return prepared


PENDING_FORMAT = "takeitdown-pending/1"
PENDING_NOTE = (
    "Fingerprints saved to send later with Take It Down. This file contains the secret key "
    "for this report: anyone who has it can withdraw the report once it is sent. "
    "Delete it after sending."
)


class PendingFileError(ReportError):
    """A saved fingerprint file that cannot be used."""


def save_pending(prepared: PreparedReport, path: str | os.PathLike[str]) -> None:
    """Write the report, its secret key and idempotency key to a file the person chose.

    Never called unless the person picked ``path``. The file is readable by its owner only
    (where the system supports that), and holds the secret key: see ``PENDING_NOTE``.
    """
    document = {
        "format": PENDING_FORMAT,
        "note": PENDING_NOTE,
        "secret_key": prepared.secret_key.as_text(),
        "idempotency_key": prepared.idempotency_key,
        "summary": prepared.summary.to_json(),
        "body": prepared.body,
    }
    data = (json.dumps(document, indent=2, ensure_ascii=True) + "\n").encode("ascii")
    fd = os.open(os.fspath(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


_BAD_PENDING = (
    "This isn't a Take It Down file of saved fingerprints, or it was changed after it was "
    "saved. Please choose the file the app saved for you."
)


def load_pending(path: str | os.PathLike[str]) -> PreparedReport:
    """Read a file written by ``save_pending``; raise ``PendingFileError`` with a kind message."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(protocol.MAX_BODY_BYTES * 2)
    except OSError:
        raise PendingFileError(
            "unreadable", "This file couldn't be opened. Check that it's still there."
        ) from None
    try:
        document = json.loads(raw)
        if not isinstance(document, dict) or document.get("format") != PENDING_FORMAT:
            raise ValueError("not a pending file")
        key = SecretKey.parse(document["secret_key"])
        idempotency_key = document["idempotency_key"]
        body = document["body"]
        summary = ReportSummary(**document.get("summary", {}))
        if not (
            isinstance(idempotency_key, str)
            and protocol.IDEMPOTENCY_KEY.fullmatch(idempotency_key)
            and isinstance(body, dict)
            and body.get("version") in protocol.REPORT_VERSIONS
            and body.get("key_verifier") == key.verifier()
            and isinstance(body.get("items"), list)
            and body["items"]
        ):
            raise ValueError("inconsistent pending file")
    except (ValueError, KeyError, TypeError, ReceiptError):
        raise PendingFileError("bad_pending_file", _BAD_PENDING) from None
    return PreparedReport(
        body=body, secret_key=key, idempotency_key=idempotency_key, summary=summary
    )
