"""The list of places to get help, read from one data file (``data/support_resources.json``).

The file keeps every service's text keyed by language code so translators can add entries
without touching code; English (``en``) is required and is used when a language is missing.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

DATA_FILE = "support_resources.json"


class Audience(enum.Enum):
    """Who a service is for: the images were taken before 18, or at 18 or over."""

    YOUNG = "young"
    ADULT = "adult"


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str  # "web", "phone" or "sms"
    value: str  # what a link opens: an address or a number
    label: str  # what the person reads


@dataclass(frozen=True, slots=True)
class SupportResource:
    id: str
    name: str
    what: str
    region: str
    audiences: frozenset[Audience]
    contacts: tuple[Contact, ...]

    def link(self, contact: Contact) -> str:
        """The URL a click opens: the web address, or a tel:/sms: link."""
        if contact.kind == "web":
            return contact.value
        if contact.kind == "sms":
            return f"sms:{contact.value}"
        return f"tel:{contact.value}"


def _pick(texts: dict[str, str], language: str) -> str:
    base = language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0]
    return texts.get(language) or texts.get(base) or texts["en"]


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("takeitdown_desktop.ui").joinpath("data", DATA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_resources(
    audience: Audience | None = None, language: str = "en"
) -> tuple[SupportResource, ...]:
    """Every service (or those for ``audience``), with its text in ``language`` if present."""
    found: list[SupportResource] = []
    for entry in _raw()["resources"]:
        audiences = frozenset(Audience(value) for value in entry["for"])
        if audience is not None and audience not in audiences:
            continue
        found.append(
            SupportResource(
                id=entry["id"],
                name=_pick(entry["name"], language),
                what=_pick(entry["what"], language),
                region=_pick(entry["region"], language),
                audiences=audiences,
                contacts=tuple(
                    Contact(c["kind"], c["value"], _pick(c["label"], language))
                    for c in entry["contacts"]
                ),
            )
        )
    return tuple(found)
