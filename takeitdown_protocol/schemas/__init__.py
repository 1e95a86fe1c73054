"""The protocol's JSON Schemas (draft 2020-12).

The report and feed schemas are written from the field table (``report_schema``,
``hashes_schema``); the shipped ``*.schema.json`` files are those documents, for readers and
other languages' tools, and a test checks they are current
(``python -m takeitdown_protocol.schemas`` writes them again). ``status`` and ``error`` have no
digest fields and are written by hand.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Final

from takeitdown_protocol import MAX_ITEMS, MEDIA_TYPES, REPORT_VERSIONS, Role
from takeitdown_protocol.fields import DIGEST_FIELDS, DigestField

_BASE: Final = "https://takeitdown.invalid/schemas/"
_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
#: Every shipped schema, by the name ``load_schema`` takes.
NAMES: Final = (
    *(f"report-v{version}" for version in REPORT_VERSIONS),
    "hashes-v1",
    "status-v1",
    "error-v1",
)
_DIGITS: Final = sorted({field.digits for field in DIGEST_FIELDS})


def _defs() -> dict[str, Any]:
    defs: dict[str, Any] = {
        f"hex{digits}": {"type": "string", "pattern": f"^[0-9a-f]{{{digits}}}$"}
        for digits in _DIGITS
    }
    defs["quality"] = {"type": "integer", "minimum": 0, "maximum": 100}
    defs["pdq"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["hash", "quality"],
        "properties": {"hash": {"$ref": "#/$defs/hex64"}, "quality": {"$ref": "#/$defs/quality"}},
    }
    return defs


def _value_schema(field: DigestField, *, bounded: bool) -> dict[str, Any]:
    entry = {"$ref": "#/$defs/pdq" if field.shape.has_quality else f"#/$defs/hex{field.digits}"}
    if not field.shape.is_list:
        return {**entry, "description": field.what}
    schema: dict[str, Any] = {"type": "array", "description": field.what, "items": entry}
    if bounded:
        schema["minItems"] = 1
        schema["maxItems"] = field.max_count
    return schema


def _item_schema(version: int, *, bounded: bool) -> dict[str, Any]:
    """An item of a report of ``version``: media type, then digests fitting that type."""
    fields = [field for field in DIGEST_FIELDS if version >= field.since]
    rules = []
    for media_type in MEDIA_TYPES:
        forbidden = {field.name: False for field in fields if media_type not in field.media_types}
        if forbidden:
            rules.append(
                {
                    "if": {"properties": {"media_type": {"const": media_type}}},
                    "then": {"properties": forbidden},
                }
            )
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["media_type"],
        "minProperties": 2,
        "properties": {
            "media_type": {"enum": list(MEDIA_TYPES)},
            **{field.name: _value_schema(field, bounded=bounded) for field in fields},
        },
        "allOf": rules,
    }


def report_schema(version: int) -> dict[str, Any]:
    """The body of ``POST /v1/reports`` in report version ``version``."""
    if version not in REPORT_VERSIONS:
        raise KeyError(version)
    return {
        "$schema": _DRAFT,
        "$id": f"{_BASE}report-v{version}.schema.json",
        "title": f"Take It Down report, version {version} (POST /v1/reports)",
        "description": "Digests only: never file names, paths, sizes, dates, EXIF, "
        "dimensions, durations, frame times, device or app details.",
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "role", "attested_under_18", "key_verifier", "items"],
        "properties": {
            "version": {"const": version},
            "role": {"enum": [role.value for role in Role]},
            "attested_under_18": {"const": True},
            "key_verifier": {"$ref": "#/$defs/hex64"},
            "items": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_ITEMS,
                "items": {"$ref": "#/$defs/item"},
            },
        },
        "$defs": {**_defs(), "item": _item_schema(version, bounded=True)},
    }


def hashes_schema() -> dict[str, Any]:
    """A page of ``GET /v1/hashes`` (JSON): adds carry an item of the newest version."""
    item = _item_schema(max(REPORT_VERSIONS), bounded=False)
    cursor = {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[0-9A-Za-z._-]+$"}
    add = {
        "type": "object",
        "additionalProperties": False,
        "required": ["cursor", "action", "id", "media_type"],
        "properties": {
            "cursor": cursor,
            "action": {"const": "add"},
            "id": {"$ref": "#/$defs/id"},
            **item["properties"],
        },
    }
    remove = {
        "type": "object",
        "additionalProperties": False,
        "required": ["cursor", "action", "id"],
        "properties": {
            "cursor": cursor,
            "action": {"const": "remove"},
            "id": {"$ref": "#/$defs/id"},
        },
    }
    return {
        "$schema": _DRAFT,
        "$id": f"{_BASE}hashes-v1.schema.json",
        "title": "Take It Down fingerprint list changes (GET /v1/hashes, JSON)",
        "type": "object",
        "additionalProperties": False,
        "required": ["cursor", "more", "changes"],
        "properties": {
            "cursor": cursor,
            "more": {"type": "boolean"},
            "changes": {
                "type": "array",
                "items": {"oneOf": [{"$ref": "#/$defs/add"}, {"$ref": "#/$defs/remove"}]},
            },
        },
        "$defs": {
            **_defs(),
            "id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
            "add": add,
            "remove": remove,
        },
    }


def generated() -> dict[str, dict[str, Any]]:
    """The schemas written from the field table, by name."""
    out = {f"report-v{version}": report_schema(version) for version in REPORT_VERSIONS}
    out["hashes-v1"] = hashes_schema()
    return out


def load_schema(name: str) -> dict[str, Any]:
    """A shipped schema by name (``report-v2``, ``hashes-v1``, ``status-v1``, ``error-v1``)."""
    if name not in NAMES:
        raise KeyError(name)
    text = resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def write_generated(folder: Path) -> list[Path]:
    """Write the generated schemas into ``folder`` (this package's, from ``__main__``)."""
    written = []
    for name, schema in generated().items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", "utf-8")
        written.append(path)
    return written
