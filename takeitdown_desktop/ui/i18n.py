"""The app's languages: which ones ship, and switching between them while the app runs.

Our translations are ``takeitdown_<code>.qm`` in ``takeitdown_desktop/resources/translations/``,
compiled from ``resources/translations/*.ts`` by ``make translations`` (never committed). Qt's
own ``qtbase_<code>.qm`` (the words inside standard buttons, context menus and the like) is
loaded beside ours from PySide6's translations folder when Qt ships one for the language.

Switching installs the new translators, then Qt sends ``LanguageChange`` to every widget, and
each screen's ``retranslate()`` sets its words again. ``QLocale.setDefault`` makes numbers,
dates and the support resources follow, and the layout direction follows the language
(Arabic, Urdu, Persian and Hebrew read right to left). Nothing about the choice is written
anywhere.

The codes are the ones Qt's own files use (``qtbase_zh_TW``, ``qtbase_he``), and the other
names a system may report for the same language are synonyms (``_SYNONYMS``):

- Filipino/Tagalog: Qt and ICU know it as ``fil`` (``QLocale("tl")`` is ``fil_PH``), and
  Windows and macOS report ``fil``, so the files are ``takeitdown_fil``; ``tl`` is accepted.
- Chinese comes in two scripts, and the script decides, not the country: ``zh_CN`` is
  simplified (``zh-Hans``, and plain ``zh``, as in China and Singapore), ``zh_TW`` is
  traditional (``zh-Hant``, and ``zh-HK``/``zh-MO`` without a script, as Hong Kong and Macao
  write it). macOS and Windows say ``zh-Hant-TW`` or ``zh-Hant-HK``; Linux says ``zh_TW`` or
  ``zh_HK``.
- Cantonese (``yue``) is written in traditional characters, unless ``yue-Hans`` says otherwise.
- Hebrew is ``he``; Java, Android and glibc's old alias say ``iw``. Indonesian is ``id``, once
  ``in``. Persian is ``fa``; Windows calls Afghanistan's Persian (Dari) ``prs``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

SOURCE_LANGUAGE = "en"
PREFIX = "takeitdown"


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # the file suffix and the QLocale name we load: "es", "zh_CN", "fil"
    native: str  # the language's own name, shown in the menu whatever the current language

    @property
    def right_to_left(self) -> bool:
        return QLocale(self.code).textDirection() == Qt.LayoutDirection.RightToLeft


#: Every language the app ships, in the order of the menu (English first: the source).
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("es", "Español"),
    Language("fr", "Français"),
    Language("pt", "Português"),
    Language("de", "Deutsch"),
    Language("ar", "العربية"),
    Language("hi", "हिन्दी"),
    Language("zh_CN", "简体中文"),
    Language("ko", "한국어"),
    Language("vi", "Tiếng Việt"),
    Language("fil", "Filipino (Tagalog)"),
    Language("ur", "اردو"),
    Language("it", "Italiano"),
    Language("nl", "Nederlands"),
    Language("pl", "Polski"),
    Language("ro", "Română"),
    Language("tr", "Türkçe"),
    Language("el", "Ελληνικά"),
    Language("uk", "Українська"),
    Language("ru", "Русский"),
    Language("ja", "日本語"),
    Language("zh_TW", "繁體中文"),
    Language("th", "ไทย"),
    Language("id", "Bahasa Indonesia"),
    Language("bn", "বাংলা"),
    Language("mr", "मराठी"),
    Language("ta", "தமிழ்"),
    Language("sw", "Kiswahili"),
    Language("fa", "فارسی"),
    Language("he", "עברית"),
)
TRANSLATED: tuple[Language, ...] = tuple(lang for lang in LANGUAGES if lang.code != "en")
_BY_CODE = {lang.code: lang for lang in LANGUAGES}
_SYNONYMS = {
    "tl": "fil",
    "zh": "zh_CN",
    "zh_Hans": "zh_CN",
    "zh_Hant": "zh_TW",
    "zh_HK": "zh_TW",
    "zh_MO": "zh_TW",
    "iw": "he",
    "in": "id",
    "prs": "fa",
    "yue": "zh_TW",
    "yue_Hant": "zh_TW",
    "yue_Hans": "zh_CN",
}


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files live (inside the package, so packaging carries them)."""
    return Path(str(resources.files("takeitdown_desktop.resources").joinpath("translations")))


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _canonical(part: str, first: bool) -> str:
    """One part of a language tag as the codes above write it: ``zh``, ``Hant``, ``TW``."""
    if first:
        return part.lower()
    if len(part) == 4 and part.isalpha():
        return part.title()
    return part.upper()


def shipped_code(tag: str) -> str | None:
    """The shipped language a tag names (``"zh-Hant-HK"``, ``"iw_IL"``, ``"pt-BR"``), or None.

    The tag is tried from its longest form down (``zh_Hant_HK``, ``zh_Hant``, ``zh``), so the
    script or country that tells the two Chinese apart wins over the bare language."""
    parts = [p for p in tag.replace("-", "_").split(".")[0].split("@")[0].split("_") if p]
    parts = [_canonical(part, index == 0) for index, part in enumerate(parts)]
    for end in range(len(parts), 0, -1):
        candidate = "_".join(parts[:end])
        candidate = _SYNONYMS.get(candidate, candidate)
        if candidate in _BY_CODE:
            return candidate
    return None


def match_language(locale: QLocale) -> str:
    """The shipped language closest to ``locale`` (its ``uiLanguages`` in order), else English."""
    for tag in locale.uiLanguages():
        code = shipped_code(tag)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def system_language() -> str:
    return match_language(QLocale.system())


class Translations:
    """Installs one language at a time: our translator and Qt's own, then the layout direction."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self.app = app
        self.directory = directory or translations_dir()
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def set_language(self, code: str) -> bool:
        """Switch to ``code`` (a shipped language). Returns False if its file is missing, in
        which case the app stays in (or falls back to) English rather than a half-made mix."""
        shipped = shipped_code(code)
        if shipped is None:
            raise ValueError(f"not a shipped language: {code}")
        code = shipped
        loaded: list[QTranslator] = []
        found = True
        if code != SOURCE_LANGUAGE:
            ours = QTranslator(self.app)
            if ours.load(f"{PREFIX}_{code}", str(self.directory)):
                loaded.append(ours)
                qtbase = QTranslator(self.app)
                if qtbase.load(QLocale(code), "qtbase", "_", qt_translations_dir()):
                    loaded.append(qtbase)
            else:
                found = False
                code = SOURCE_LANGUAGE
        # The default locale first: screens read it (dates, support resources) when the
        # translators below make them retranslate.
        locale = QLocale(code)
        QLocale.setDefault(locale)
        self.language = code
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        for translator in loaded:
            self.app.installTranslator(translator)
        self._installed = loaded
        if isinstance(self.app, QApplication):
            # Qt would take the direction from the translators too, but only for widgets made
            # afterwards; setting it here also mirrors the window that is already open.
            self.app.setLayoutDirection(locale.textDirection())
        return found

    def available(self) -> list[str]:
        """The languages whose compiled file is present (English always is)."""
        return [
            lang.code
            for lang in LANGUAGES
            if lang.code == SOURCE_LANGUAGE
            or (self.directory / f"{PREFIX}_{lang.code}.qm").is_file()
        ]


_current: list[Translations] = []


def translations() -> Translations:
    """The running application's translations (Qt's translators are per application anyway)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("make the QApplication first")
    if not _current or _current[0].app is not app:
        _current[:] = [Translations(app)]
    return _current[0]
