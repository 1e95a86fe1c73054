"""Reading the ``.ts`` files, compiling them, and a pseudo-translation for the language tests.

The pseudo-translation wraps every English text in ``⟪code⟫ …`` so a test can see, without
waiting for the translators, that each text on each screen goes through ``tr()`` and is set
again when the language changes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from takeitdown_desktop.ui.i18n import PREFIX, TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "takeitdown_desktop" / "ui"
BIN = Path(sys.executable).parent
LANGUAGE_CODES = [language.code for language in TRANSLATED]
#: One parameter per language, named so that ``pytest tests/i18n -k lang_es`` picks one.
LANGUAGES = [pytest.param(code, id=f"lang_{code}") for code in LANGUAGE_CODES]
#: The languages that read right to left, written out here rather than asked of Qt.
RIGHT_TO_LEFT_CODES = ("ar", "ur", "fa", "he")
RIGHT_TO_LEFT = [pytest.param(code, id=f"lang_{code}") for code in RIGHT_TO_LEFT_CODES]
#: The translator comment that says "identical to the English, and that's right".
SAME_ON_PURPOSE = "same as english on purpose"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or each plural form
    unfinished: bool
    numerus: bool
    comment: str  # the translator's comment

    @property
    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def ts_path(code: str) -> Path:
    return TS_DIR / f"{PREFIX}_{code}.ts"


def read_ts(path: Path) -> list[Message]:
    """The live messages of a ``.ts`` file (vanished and obsolete ones are left out)."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    forms=forms,
                    unfinished=kind == "unfinished",
                    numerus=numerus,
                    comment=message.findtext("translatorcomment", ""),
                )
            )
    return messages


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def ui_sources() -> list[str]:
    return sorted(str(path) for path in UI_DIR.rglob("*.py"))


def lupdate(target: Path) -> None:
    """Extract the code's texts into ``target`` (what ``make translations-extract`` does)."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            *ui_sources(),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    """Compile ``source`` into ``target`` atomically (parallel test workers may race)."""
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=target.parent)
    os.close(handle)
    try:
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", temporary],
            check=True,
            capture_output=True,
        )
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def compile_stale(qm_dir: Path) -> None:
    """``make translations`` for the tests: compile each ``.ts`` newer than its ``.qm``."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGE_CODES:
        source, target = ts_path(code), qm_dir / f"{PREFIX}_{code}.qm"
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            lrelease(source, target)


def pseudo_mark(code: str) -> str:
    return f"⟪{code}⟫"


def write_pseudo(code: str, template: Path, target: Path) -> None:
    """A ``.ts`` for ``code`` where every text is ``⟪code⟫ English`` (placeholders kept)."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", code)
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source", "")
        text = f"{pseudo_mark(code)} {source}"
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = text
        else:
            translation.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)
