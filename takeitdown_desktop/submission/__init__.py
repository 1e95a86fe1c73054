"""Report protocol and HTTPS client: builds the report body from hashing results and sends it.

No Qt here, and nothing from the intake service. Entry points: ``report.prepare_report``,
``client.IntakeClient``, ``receipt.Receipt``; the wire format is in ``docs/PROTOCOL.md`` and
``schemas/``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SCHEMA_NAMES = ("report", "status", "error", "hashes")


def load_schema(name: str) -> dict[str, Any]:
    """One of the protocol's JSON Schemas (``report``, ``status``, ``error``, ``hashes``)."""
    if name not in SCHEMA_NAMES:
        raise KeyError(name)
    text = resources.files(__package__).joinpath("schemas", f"{name}-v1.schema.json").read_text()
    schema: dict[str, Any] = json.loads(text)
    return schema
