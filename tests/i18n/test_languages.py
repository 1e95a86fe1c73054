"""The app in each language: it starts in it, the menu switches every screen live (and back),
Arabic, Urdu, Persian and Hebrew mirror the layout, the system language is the default, Qt's
own words come with the language, and the support resources fall back to English field by
field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from takeitdown_desktop import APP_NAME
from takeitdown_desktop.ui import i18n, support
from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.widgets.help_links import ResourceList
from takeitdown_desktop.ui.window import MainWindow
from tests.i18n.catalogue import (
    LANGUAGE_CODES,
    LANGUAGES,
    RIGHT_TO_LEFT,
    RIGHT_TO_LEFT_CODES,
    pseudo_mark,
    read_ts,
    ts_path,
)

UseTranslations = Callable[[Path], i18n.Translations]
NewWindow = Callable[[], MainWindow]


def texts(window: QWidget) -> list[tuple[str, str]]:
    """Every word a person can read or hear in ``window``, in a stable order."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, ResourceList):
            continue  # from the data file, checked in test_support_resources_*
        name = f"{type(widget).__name__}:{widget.objectName()}"
        values = [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            values.append(widget.text())
        if isinstance(widget, QGroupBox):
            values.append(widget.title())
        if isinstance(widget, QLineEdit):
            values.append(widget.placeholderText())
        found.extend((name, value) for value in values if value)
    return found


def not_words(text: str) -> bool:
    """Names and codes that are the same in every language."""
    return (
        text in (APP_NAME, "heading")
        or not any(ch.isalpha() for ch in text)
        or text.startswith("XXXX")
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_app_starts_in_the_language(
    code: str, compiled: Path, use_translations: UseTranslations, new_window: NewWindow
) -> None:
    assert use_translations(compiled).set_language(code)
    window = new_window()
    start = next(
        m for m in read_ts(ts_path(code)) if (m.context, m.source) == ("WelcomeScreen", "Start")
    )
    assert window.welcome.start_button.text() == start.forms[0] != "Start"
    assert window.windowTitle() == APP_NAME
    assert window.welcome.language_menu.currentData() == code
    expected = (
        Qt.LayoutDirection.RightToLeft
        if code in RIGHT_TO_LEFT_CODES
        else Qt.LayoutDirection.LeftToRight
    )
    assert window.layoutDirection() == expected
    assert QLocale().language() == QLocale(code).language()


def test_every_text_changes_live_like_a_fresh_window(
    qapp: QApplication, pseudo_dir: Path, use_translations: UseTranslations, new_window: NewWindow
) -> None:
    translations = use_translations(pseudo_dir)
    window = new_window()
    english = texts(window)
    assert window.welcome.start_button.text() == "Start"
    for code in ("ar", "es"):
        menu = window.welcome.language_menu
        menu.setCurrentIndex(menu.findData(code))
        menu.activated.emit(menu.currentIndex())
        qapp.processEvents()  # Qt posts LanguageChange to each window
        assert translations.language == code
        switched = texts(window)
        untranslated = [
            (name, text)
            for name, text in switched
            if pseudo_mark(code) not in text and not not_words(text)
        ]
        assert not untranslated, f"not translated after switching to {code}: {untranslated}"
        assert switched == texts(new_window()), "a live switch must show what a fresh window shows"
        assert window.settings.language == code
    window.set_language("en")
    qapp.processEvents()
    assert texts(window) == english


def bar_left(window: MainWindow) -> int:
    """Where the app's name starts in the top bar (left of the middle in a left-to-right
    layout, right of it when mirrored)."""
    return window.app_label.mapTo(window, window.app_label.rect().topLeft()).x()


def test_right_to_left_mirrors_live_both_ways(
    qapp: QApplication, pseudo_dir: Path, use_translations: UseTranslations, new_window: NewWindow
) -> None:
    use_translations(pseudo_dir)
    window = new_window()
    left = bar_left(window)
    assert left < window.width() // 2
    window.set_language("ar")
    qapp.processEvents()
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.welcome.isRightToLeft()
    assert bar_left(window) > window.width() // 2
    window.set_language("es")
    qapp.processEvents()
    assert not window.isRightToLeft()
    assert bar_left(window) == left


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_each_right_to_left_language_mirrors_the_window_it_switches(
    code: str,
    qapp: QApplication,
    compiled: Path,
    use_translations: UseTranslations,
    new_window: NewWindow,
) -> None:
    """With the real translation: the menu's switch mirrors the open window (the top bar, the
    welcome screen, the Start button's side), and English puts it back."""
    use_translations(compiled)
    window = new_window()
    left = bar_left(window)
    start = window.welcome.start_button
    column = window.welcome.body  # the centred content column the button lines up with

    def column_edges() -> tuple[int, int]:
        left = column.mapTo(window, column.rect().topLeft()).x()
        return left, left + column.width()

    start_gap = start.mapTo(window, start.rect().topLeft()).x() - column_edges()[0]
    menu = window.welcome.language_menu
    menu.setCurrentIndex(menu.findData(code))
    menu.activated.emit(menu.currentIndex())
    qapp.processEvents()
    assert i18n.translations().language == code
    assert window.isRightToLeft()
    assert window.welcome.isRightToLeft()
    assert bar_left(window) > window.width() // 2
    start_right = start.mapTo(window, start.rect().topRight()).x()
    assert column_edges()[1] - start_right <= start_gap + 1, "the Start button moves to the right"
    window.set_language("en")
    qapp.processEvents()
    assert not window.isRightToLeft()
    assert bar_left(window) == left


def test_a_missing_language_file_leaves_the_app_in_english(
    qapp: QApplication, tmp_path: Path, use_translations: UseTranslations, new_window: NewWindow
) -> None:
    translations = use_translations(tmp_path)
    assert not translations.set_language("ko")
    assert translations.language == "en"
    window = new_window()
    assert window.welcome.start_button.text() == "Start"
    assert window.welcome.language_menu.currentData() == "en"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("es_MX", "es"),
        ("es_ES", "es"),
        ("fr_CA", "fr"),
        ("pt_PT", "pt"),
        ("pt_BR", "pt"),
        ("de_AT", "de"),
        ("ar_SA", "ar"),
        ("hi_IN", "hi"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("ko_KR", "ko"),
        ("vi_VN", "vi"),
        ("fil_PH", "fil"),
        ("tl_PH", "fil"),
        ("ur_PK", "ur"),
        ("ur_IN", "ur"),
        ("it_IT", "it"),
        ("it_CH", "it"),
        ("nl_NL", "nl"),
        ("nl_BE", "nl"),
        ("pl_PL", "pl"),
        ("ro_RO", "ro"),
        ("ro_MD", "ro"),
        ("tr_TR", "tr"),
        ("el_GR", "el"),
        ("el_CY", "el"),
        ("uk_UA", "uk"),
        ("ru_RU", "ru"),
        ("ru_KZ", "ru"),
        ("ja_JP", "ja"),
        ("th_TH", "th"),
        ("id_ID", "id"),
        ("in_ID", "id"),
        ("bn_BD", "bn"),
        ("bn_IN", "bn"),
        ("mr_IN", "mr"),
        ("ta_IN", "ta"),
        ("ta_LK", "ta"),
        ("sw_TZ", "sw"),
        ("sw_KE", "sw"),
        ("fa_IR", "fa"),
        ("fa_AF", "fa"),
        ("he_IL", "he"),
        ("iw_IL", "he"),
        ("sv_SE", "en"),
        ("en_GB", "en"),
        ("C", "en"),
    ],
)
def test_the_system_language_is_the_default(system: str, expected: str) -> None:
    assert i18n.match_language(QLocale(system)) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        # What macOS and Windows list as preferred languages, and Linux's LANGUAGE/LANG.
        ("zh-Hant-TW", "zh_TW"),
        ("zh-Hant-HK", "zh_TW"),
        ("zh-hant", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("zh-Hans-HK", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh-SG", "zh_CN"),
        ("zh", "zh_CN"),
        ("yue-Hant-HK", "zh_TW"),
        ("yue-Hans-CN", "zh_CN"),
        ("iw", "he"),
        ("he_IL.UTF-8", "he"),
        ("in-ID", "id"),
        ("prs-AF", "fa"),
        ("fa-AF", "fa"),
        ("tl", "fil"),
        ("pt-BR", "pt"),
        ("sr@latin", None),
        ("xx", None),
        ("", None),
    ],
)
def test_language_tags_name_the_shipped_language(tag: str, expected: str | None) -> None:
    assert i18n.shipped_code(tag) == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_language_menu_switches_to_the_language(
    code: str,
    qapp: QApplication,
    compiled: Path,
    use_translations: UseTranslations,
    new_window: NewWindow,
) -> None:
    """Choosing the language in the menu of an English window shows the welcome screen in it
    at once, as a fresh window in that language would."""
    use_translations(compiled)
    window = new_window()
    menu = window.welcome.language_menu
    menu.setCurrentIndex(menu.findData(code))
    menu.activated.emit(menu.currentIndex())
    qapp.processEvents()
    start = next(
        m for m in read_ts(ts_path(code)) if (m.context, m.source) == ("WelcomeScreen", "Start")
    )
    assert window.welcome.start_button.text() == start.forms[0]
    assert texts(window) == texts(new_window())


def test_language_menu_is_first_and_names_each_language_in_itself(new_window: NewWindow) -> None:
    window = new_window()
    assert window.flow.step is Step.WELCOME
    menu = window.welcome.language_menu
    assert [menu.itemData(row) for row in range(menu.count())] == [
        lang.code for lang in i18n.LANGUAGES
    ]
    assert menu.itemText(menu.findData("ko")) == "한국어"
    assert menu.itemText(menu.findData("zh_TW")) == "繁體中文"
    assert menu.itemText(menu.findData("he")) == "עברית"
    assert menu.itemText(menu.findData("fa")) == "فارسی"
    assert set(LANGUAGE_CODES) < {menu.itemData(row) for row in range(menu.count())}
    assert menu.accessibleName().startswith("Language")
    menu_y = menu.mapTo(window, menu.rect().topLeft()).y()
    title_y = window.welcome.title.mapTo(window, window.welcome.title.rect().topLeft()).y()
    assert menu_y < title_y


def test_support_resources_fall_back_to_english_field_by_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data: dict[str, Any] = {
        "resources": [
            {
                "id": "one",
                "for": ["young"],
                "region": {"en": "Worldwide"},
                "name": {"en": "Helpline", "es": "Línea de ayuda"},
                "what": {
                    "en": "Talk to someone.",
                    "es": "Habla con alguien.",
                    "zh_CN": "找人聊聊。",
                },
                "contacts": [
                    {
                        "kind": "phone",
                        "value": "123",
                        "label": {"en": "Call 123", "fil": "Tumawag sa 123"},
                    }
                ],
            }
        ]
    }
    monkeypatch.setattr(support, "_raw", lambda: data)
    (spanish,) = support.load_resources(support.Audience.YOUNG, "es_MX")
    assert (spanish.name, spanish.what, spanish.region) == (
        "Línea de ayuda",
        "Habla con alguien.",
        "Worldwide",
    )
    assert spanish.contacts[0].label == "Call 123"
    (chinese,) = support.load_resources(support.Audience.YOUNG, QLocale("zh_CN").name())
    assert (chinese.name, chinese.what) == ("Helpline", "找人聊聊。")
    (filipino,) = support.load_resources(support.Audience.YOUNG, QLocale("tl").name())
    assert filipino.contacts[0].label == "Tumawag sa 123"


def test_support_resources_file_has_english_for_every_field() -> None:
    for entry in support._raw()["resources"]:
        fields = [
            entry["name"],
            entry["what"],
            entry["region"],
            *(c["label"] for c in entry["contacts"]),
        ]
        for texts_by_language in fields:
            assert texts_by_language.get("en"), entry["id"]
            unknown = set(texts_by_language) - {lang.code for lang in i18n.LANGUAGES}
            assert not unknown, f"{entry['id']}: language keys must be the app's codes: {unknown}"


@pytest.mark.parametrize(
    ("code", "cancel"),
    [
        ("es", "Cancelar"),
        ("de", "Abbrechen"),
        ("pt", "Cancelar"),
        ("it", "Annulla"),
        ("ja", "キャンセル"),
        ("zh_TW", "取消"),
        ("he", "ביטול"),
    ],
)
def test_qts_own_words_come_with_the_language(
    code: str, cancel: str, compiled: Path, use_translations: UseTranslations
) -> None:
    use_translations(compiled).set_language(code)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    i18n.translations().set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("code", LANGUAGES)
def test_qts_own_translation_is_loaded_wherever_qt_ships_one(
    code: str, qapp: QApplication, compiled: Path, use_translations: UseTranslations
) -> None:
    """Whatever PySide6 version is installed: if it has ``qtbase`` for the language, the app
    loads it (so Qt's Cancel is the one in that file); if not, the app still starts in the
    language, and Qt's words stay English (docs/TRANSLATING.md lists which)."""
    qtbase = QTranslator()
    shipped = qtbase.load(QLocale(code), "qtbase", "_", i18n.qt_translations_dir())
    assert use_translations(compiled).set_language(code)
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if shipped:
        assert cancel == qtbase.translate("QPlatformTheme", "Cancel") != "Cancel"
    else:
        assert cancel == "Cancel"
