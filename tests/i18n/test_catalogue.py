"""Each shipped language's ``.ts`` file: complete, placeholders intact, nothing left in English,
and in step with the code. Run one language with ``pytest tests/i18n -k <code>``."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from tests.i18n.catalogue import (
    LANGUAGES,
    RIGHT_TO_LEFT,
    SAME_ON_PURPOSE,
    Message,
    lupdate,
    placeholders,
    read_ts,
    ts_path,
)

LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def problems(found: list[str], code: str, what: str) -> str:
    shown = "\n  ".join(found[:40])
    more = f"\n  … and {len(found) - 40} more" if len(found) > 40 else ""
    return f"{code}: {len(found)} {what}:\n  {shown}{more}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_is_translated(code: str) -> None:
    missing = [
        m.where
        for m in read_ts(ts_path(code))
        if m.unfinished or not m.forms or any(not form.strip() for form in m.forms)
    ]
    assert not missing, problems(missing, code, "texts not translated (or marked unfinished)")


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_match(code: str) -> None:
    wrong = []
    for message in read_ts(ts_path(code)):
        expected = placeholders(message.source)
        for form in message.forms:
            if form.strip() and placeholders(form) != expected:
                wrong.append(f"{message.where} -> {form!r}: needs {sorted(expected.elements())}")
    assert not wrong, problems(wrong, code, "translations whose %1/%n placeholders differ")


def left_in_english(message: Message) -> bool:
    if SAME_ON_PURPOSE in message.comment.lower() or not LETTERS.search(message.source):
        return False
    return any(form.strip() == message.source.strip() for form in message.forms)


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_left_in_english(code: str) -> None:
    same = [m.where for m in read_ts(ts_path(code)) if left_in_english(m)]
    assert not same, problems(
        same,
        code,
        f"translations identical to the English (if right, add the translator comment "
        f"{SAME_ON_PURPOSE!r}, see docs/TRANSLATING.md)",
    )


@pytest.fixture(scope="module")
def code_texts(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every (context, English text) in the code today, as ``pyside6-lupdate`` finds them."""
    target: Path = tmp_path_factory.mktemp("extract") / "takeitdown_es.ts"
    lupdate(target)
    return {(m.context, m.source) for m in read_ts(target)}


@pytest.mark.parametrize("code", LANGUAGES)
def test_file_has_every_text_in_the_code(code: str, code_texts: set[tuple[str, str]]) -> None:
    in_file = {(m.context, m.source) for m in read_ts(ts_path(code))}
    missing = sorted(code_texts - in_file)
    extra = sorted(in_file - code_texts)
    advice = f"{ts_path(code).name} is out of step with the code: run `make translations-extract`"
    assert not missing, f"{advice}; {len(missing)} texts missing, e.g. {missing[:3]}"
    assert not extra, f"{advice}; {len(extra)} texts no longer used, e.g. {extra[:3]}"


#: The right-to-left mark: an invisible letter that makes a line right to left.
RLM = "\u200f"


def first_strong_direction(line: str) -> str | None:
    """``"L"`` or ``"R"``: the direction of the first letter with one (digits, spaces and
    punctuation have none), as the Unicode bidi algorithm decides a paragraph's direction."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL", "RLM"):
            return "R"
    return None


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_right_to_left_lines_start_right_to_left(code: str) -> None:
    """Qt lays a line out left to right when its first letter is Latin ("NCMEC adds...",
    "Take It Down is..."), even in a mirrored window: the words come out in the wrong order.
    Such a line starts with the right-to-left mark (U+200F), which nobody sees."""
    wrong = [
        f"{message.where} -> {line[:40]!r}"
        for message in read_ts(ts_path(code))
        for form in message.forms
        for line in form.split("\n")
        if first_strong_direction(line) == "L"
    ]
    assert not wrong, problems(
        wrong, code, "lines that would read left to right (start with U+200F)"
    )
