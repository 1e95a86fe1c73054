"""Strict, fail-fast validation of a parsed report body against the field table.

Strict: no type coercion (``"1"`` is not ``1``, ``1`` is not ``true``), unknown keys and
explicit ``null`` are refused, hex is lower case and of the exact length, each digest must fit
the item's media type and the body's version. Fail-fast: checking stops after ``limit``
problems, and a list longer than its field allows is refused before any of its entries is
read, so a body of 300,000 bad frames costs no more than one of 20. ``tests/intake`` checks
that this and the JSON Schema from ``schemas.report_schema`` accept and refuse the same bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from takeitdown_protocol import MAX_ITEMS, MEDIA_TYPES, REPORT_VERSIONS, Role
from takeitdown_protocol.fields import FIELDS, DigestField, Shape

#: The most problems one answer lists.
MAX_PROBLEMS: Final = 20

_TOP_LEVEL: Final = ("version", "role", "attested_under_18", "key_verifier", "items")
_ROLES: Final = frozenset(role.value for role in Role)
_HEX: Final = {digits: re.compile(f"[0-9a-f]{{{digits}}}") for digits in (16, 32, 64)}
_PDQ_KEYS: Final = frozenset({"hash", "quality"})


@dataclass(frozen=True, slots=True)
class Problem:
    """Where in the body (``items[3].pdq.hash``) and what is wrong, in plain words."""

    where: str
    problem: str

    def to_json(self) -> dict[str, str]:
        return {"where": self.where, "problem": self.problem}


def check_report(data: Any, limit: int = MAX_PROBLEMS) -> list[Problem]:
    """The first ``limit`` problems of a parsed body; an empty list means it is valid."""
    problems: list[Problem] = []
    for problem in _report_problems(data):
        problems.append(problem)
        if len(problems) >= limit:
            break
    return problems


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _report_problems(data: Any) -> Iterator[Problem]:
    if not isinstance(data, dict):
        yield Problem("body", "must be a JSON object")
        return
    for key in data:
        if key not in _TOP_LEVEL:
            yield Problem(str(key), "is not part of the protocol")
    for key in _TOP_LEVEL:
        if data.get(key) is None:
            yield Problem(key, "is required" if key not in data else "may not be null")
    version = data.get("version")
    if version is not None and not (_is_int(version) and version in REPORT_VERSIONS):
        accepted = " or ".join(str(v) for v in REPORT_VERSIONS)
        yield Problem("version", f"must be {accepted}")
        return  # every other rule depends on the version
    role = data.get("role")
    if role is not None and not (isinstance(role, str) and role in _ROLES):
        yield Problem("role", "must be one of " + ", ".join(sorted(_ROLES)))
    attested = data.get("attested_under_18")
    if attested is not None and attested is not True:
        yield Problem("attested_under_18", "must be true")
    verifier = data.get("key_verifier")
    if verifier is not None and not _hex(verifier, 64):
        yield Problem("key_verifier", "must be 64 lower-case hex digits")
    items = data.get("items")
    if items is None:
        return
    if not isinstance(items, list):
        yield Problem("items", "must be a list")
        return
    if not 1 <= len(items) <= MAX_ITEMS:
        yield Problem("items", f"must hold 1 to {MAX_ITEMS} items")
        return
    if not isinstance(version, int):
        return  # missing: said above
    for index, item in enumerate(items):
        yield from _item_problems(item, f"items[{index}]", version)


def _item_problems(item: Any, where: str, version: int) -> Iterator[Problem]:
    if not isinstance(item, dict):
        yield Problem(where, "must be an object")
        return
    media_type = item.get("media_type")
    if not (isinstance(media_type, str) and media_type in MEDIA_TYPES):
        yield Problem(f"{where}.media_type", "must be one of " + ", ".join(MEDIA_TYPES))
        return
    digests = 0
    for key, value in item.items():
        if key == "media_type":
            continue
        field = FIELDS.get(key)
        if field is None or version < field.since:
            yield Problem(f"{where}.{key}", f"is not part of report version {version}")
            continue
        if media_type not in field.media_types:
            kinds = " and ".join(sorted(field.media_types))
            yield Problem(f"{where}.{key}", f"is for {kinds} items only")
            continue
        if value is None:
            yield Problem(f"{where}.{key}", "may be left out, but not null")
            continue
        digests += 1
        yield from _value_problems(field, value, f"{where}.{key}")
    if digests == 0:
        yield Problem(where, "needs at least one digest")


def _value_problems(field: DigestField, value: Any, where: str) -> Iterator[Problem]:
    if not field.shape.is_list:
        yield from _entry_problems(field, value, where)
        return
    if not isinstance(value, list):
        yield Problem(where, "must be a list")
        return
    if not 1 <= len(value) <= field.max_count:
        yield Problem(where, f"must hold 1 to {field.max_count} entries")
        return
    for index, entry in enumerate(value):
        yield from _entry_problems(field, entry, f"{where}[{index}]")


def _entry_problems(field: DigestField, entry: Any, where: str) -> Iterator[Problem]:
    if field.shape in (Shape.HEX, Shape.HEX_LIST):
        if not _hex(entry, field.digits):
            yield Problem(where, f"must be {field.digits} lower-case hex digits")
        return
    if not isinstance(entry, dict) or entry.keys() != _PDQ_KEYS:
        yield Problem(where, 'must be an object with exactly "hash" and "quality"')
        return
    if not _hex(entry["hash"], field.digits):
        yield Problem(f"{where}.hash", f"must be {field.digits} lower-case hex digits")
    quality = entry["quality"]
    if not (_is_int(quality) and 0 <= quality <= 100):
        yield Problem(f"{where}.quality", "must be a whole number from 0 to 100")


def _hex(value: Any, digits: int) -> bool:
    return isinstance(value, str) and _HEX[digits].fullmatch(value) is not None
