"""The help list in every language: the data file's own rules (every entry sourced, numbers
that a phone can dial, every language for what everyone sees), and which services a reader
sees where: their country's, and the worldwide lists everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from takeitdown_desktop.ui import i18n, support
from takeitdown_desktop.ui.support import Audience, load_resources
from takeitdown_desktop.ui.window import MainWindow
from tests.i18n.catalogue import LANGUAGES, RIGHT_TO_LEFT

UseTranslations = Callable[[Path], i18n.Translations]
NewWindow = Callable[[], MainWindow]

ENTRIES: list[dict[str, Any]] = support._raw()["resources"]
NATIONAL = [entry for entry in ENTRIES if "countries" in entry]
WORLDWIDE = [entry for entry in ENTRIES if "countries" not in entry]
#: What a reader anywhere sees: the service itself and the two international directories.
EVERYWHERE = {"take_it_down", "inhope", "child_helplines"}
PHONE = re.compile(r"^\+?[0-9]{3,15}$")


def ids(found: tuple[support.SupportResource, ...]) -> list[str]:
    return [resource.id for resource in found]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_every_service_cites_where_it_was_checked(entry: dict[str, Any]) -> None:
    assert entry["sources"], entry["id"]
    assert all(re.match(r"^https?://[^\s]+$", url) for url in entry["sources"]), entry["id"]
    assert re.match(r"^\d{4}-\d{2}: \S", entry["checked"]), "say when and what was confirmed"


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_every_contact_opens_something_real(entry: dict[str, Any]) -> None:
    for contact in entry["contacts"]:
        if contact["kind"] == "web":
            assert contact["value"].startswith("https://"), contact
        else:
            assert contact["kind"] in ("phone", "sms"), contact
            assert PHONE.match(contact["value"]), f"{entry['id']}: dial digits only: {contact}"
            # The label shows the same number (the way the country writes it).
            digits = re.sub(r"\D", "", contact["label"]["en"])
            assert contact["value"].lstrip("+").endswith(digits[-6:]), contact


@pytest.mark.parametrize("entry", NATIONAL, ids=[entry["id"] for entry in NATIONAL])
def test_national_services_name_real_countries(entry: dict[str, Any]) -> None:
    for code in entry["countries"]:
        assert QLocale.codeToTerritory(code) != QLocale.Country.AnyTerritory, code


@pytest.mark.parametrize("entry", WORLDWIDE, ids=[entry["id"] for entry in WORLDWIDE])
def test_what_everyone_sees_is_written_in_every_language(entry: dict[str, Any]) -> None:
    codes = {language.code for language in i18n.LANGUAGES}
    assert set(entry["what"]) == codes, sorted(codes - set(entry["what"]))
    assert set(entry["region"]) == codes, sorted(codes - set(entry["region"]))


def test_a_reader_sees_their_countrys_services_and_not_others() -> None:
    italy = ids(load_resources(Audience.YOUNG, "it_IT", {"IT"}))
    assert "telefono_azzurro" in italy
    assert not {"kindertelefoon", "cybertipline", "childline"} & set(italy)
    assert set(italy) >= EVERYWHERE
    britain = ids(load_resources(Audience.YOUNG, "en_GB", {"GB"}))
    assert "childline" in britain
    assert "cybertipline" not in britain
    # Two countries (a Dutch system, and Persian chosen in the menu): both are looked at.
    both = ids(load_resources(Audience.YOUNG, "fa_IR", {"NL", "IR"}))
    assert {"kindertelefoon", "helpwanted"} <= set(both)


def test_where_no_service_was_checked_the_worldwide_lists_remain() -> None:
    nowhere = ids(load_resources(Audience.YOUNG, "fa_IR", {"IR"}))
    assert nowhere == [e["id"] for e in ENTRIES if e["id"] in EVERYWHERE]
    assert ids(load_resources(Audience.YOUNG, "en", ())) == nowhere
    # The national services come between Take It Down and the lists for everywhere else.
    japan = ids(load_resources(Audience.YOUNG, "ja_JP", {"JP"}))
    assert japan[0] == "take_it_down"
    assert japan[-2:] == ["inhope", "child_helplines"]


def test_the_readers_countries_come_from_the_system_and_the_language() -> None:
    system = QLocale.system().territory()
    expected = {"TW"} | (
        set() if system == QLocale.Country.AnyTerritory else {QLocale.territoryToCode(system)}
    )
    assert support.reader_countries("zh_TW") == frozenset(expected)
    assert "US" in support.reader_countries(QLocale("en").name())
    if system == QLocale.Country.AnyTerritory:  # the C locale, as in many test machines
        assert support.reader_countries("C") == {"US"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_national_services_speak_the_language_of_their_readers(code: str) -> None:
    """A reader of ``code`` in the country the language is mainly used in (Tamil: India) sees
    that country's services in ``code``, never a line of English they may not read."""
    country = QLocale.territoryToCode(QLocale(code).territory())
    for resource in load_resources(Audience.YOUNG, QLocale(code).name(), {country}):
        entry = next(e for e in ENTRIES if e["id"] == resource.id)
        if "countries" in entry:
            assert code in entry["what"], f"{entry['id']} has no {code} text"
            assert code in entry["region"], f"{entry['id']} has no {code} region"


def test_the_help_screen_follows_the_language_live(
    qapp: QApplication,
    compiled: Path,
    use_translations: UseTranslations,
    new_window: NewWindow,
) -> None:
    use_translations(compiled)
    window = new_window()
    in_italy = "IT" in support.reader_countries(QLocale().name())  # the system may be
    assert ("telefono_azzurro" in ids(window.help.resources.resources)) == in_italy
    window.set_language("it")
    qapp.processEvents()
    shown = ids(window.help.resources.resources)
    assert "telefono_azzurro" in shown
    assert "azzurro.it" in window.help.resources.text()
    italian = next(e for e in ENTRIES if e["id"] == "telefono_azzurro")["what"]["it"]
    assert italian in window.help.resources.text()
    window.set_language("ja")
    qapp.processEvents()
    assert "kodomo_sos" in ids(window.help.resources.resources)
    assert "telefono_azzurro" not in ids(window.help.resources.resources)


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_the_help_list_reads_right_to_left_whatever_a_service_is_called(
    code: str,
    qapp: QApplication,
    compiled: Path,
    use_translations: UseTranslations,
    new_window: NewWindow,
) -> None:
    """Qt guesses a paragraph's direction from its first letter: a service named in Latin
    letters (Take It Down, INHOPE) would make its description run left to right."""
    use_translations(compiled)
    window = new_window()
    assert 'dir="rtl"' not in window.help.resources.text()
    window.set_language(code)
    qapp.processEvents()
    text = window.help.resources.text()
    paragraphs = text.count("<p")
    assert paragraphs == len(window.help.resources.resources) > 0
    assert text.count('<p dir="rtl">') == paragraphs
    window.set_language("en")
    qapp.processEvents()
    assert 'dir="rtl"' not in window.help.resources.text()
