"""The list of places to get help, read from one data file (``data/support_resources.json``).

The file keeps every service's text keyed by language code so translators can add entries
without touching code; English (``en``) is required and is used when a language is missing.

A service with ``countries`` (ISO 3166 codes) is national: it is shown only to a reader who
may be in one of those countries, so a frightened reader in Italy sees Telefono Azzurro and
not a list of thirty other countries' numbers. A service without ``countries`` (Take It Down,
and the international lists of national hotlines and child helplines) is shown to everyone,
which is also all a reader sees where we know of no national service we could check.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from PySide6.QtCore import QLocale

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


def reader_countries(language: str) -> frozenset[str]:
    """Where the reader may be: the country their system is set to, and the one the app's
    language is mainly used in (``it_IT``: Italy; ``en_US``: the United States).

    Both, because either can be missing or wrong: a system set to plain English says nothing
    of the country, and a reader who chose Persian may live in Germany. Knowing neither (the
    C locale, and no language chosen yet), the app's English is that of the United States."""
    codes = {
        QLocale.territoryToCode(locale.territory())
        for locale in (QLocale.system(), QLocale(language))
        if locale.territory() != QLocale.Country.AnyTerritory
    }
    return frozenset(codes or {QLocale.territoryToCode(QLocale("en").territory())})


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("takeitdown_desktop.ui").joinpath("data", DATA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_resources(
    audience: Audience | None = None,
    language: str = "en",
    countries: Iterable[str] | None = None,
) -> tuple[SupportResource, ...]:
    """The services for ``audience`` (None: for anyone) that a reader in one of ``countries``
    can use, in the file's order, with their text in ``language`` where the file has it.

    ``countries`` None means ``reader_countries(language)``."""
    here = reader_countries(language) if countries is None else frozenset(countries)
    found: list[SupportResource] = []
    for entry in _raw()["resources"]:
        audiences = frozenset(Audience(value) for value in entry["for"])
        if audience is not None and audience not in audiences:
            continue
        if "countries" in entry and not here.intersection(entry["countries"]):
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
