"""Every screen of the ``--tour`` in every language, at the smallest window size (800×600) and
with fonts 150% larger: every label, button and group title shows all its words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from takeitdown_desktop.ui import i18n
from takeitdown_desktop.ui.tour import TOUR_SIZE, tour
from tests.i18n.catalogue import LANGUAGES, read_ts, ts_path
from tests.i18n.layout import clipped
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import picture

SCREENS = 18  # what the tour photographs
SCALES = [pytest.param(1.0, id="100pct"), pytest.param(1.5, id="150pct")]


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tour") / "photo.jpg"
    picture(7, (320, 240)).save(path, quality=90)
    return path


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("code", [pytest.param("en", id="lang_en"), *LANGUAGES])
def test_every_screen_shows_every_word(
    code: str,
    scale: float,
    qapp: QApplication,
    compiled: Path,
    use_translations: Callable[[Path], i18n.Translations],
    intake_server: IntakeServer,
    photo: Path,
) -> None:
    use_translations(compiled).set_language(code)
    normal = qapp.font()
    bigger = QFont(normal)
    bigger.setPointSizeF(normal.pointSizeF() * scale)
    qapp.setFont(bigger)  # before the window is made, as a system font setting would be
    problems: list[str] = []
    seen: list[str] = []

    def check(name: str, widget: QWidget) -> None:
        seen.append(name)
        if name != "file-picker" and widget.size() != QSize(*TOUR_SIZE):
            problems.append(
                f"{name}: the window had to grow to {widget.width()}×"
                f"{widget.height()} to fit everything"
            )
        problems.extend(f"{name}: {problem}" for problem in clipped(widget))

    try:
        tour(qapp, None, [photo], endpoint=intake_server.url, on_screen=check)
    finally:
        qapp.setFont(normal)
    assert len(seen) == SCREENS
    assert not problems, f"{code} at {scale:.0%}: {len(problems)} clipped:\n" + "\n".join(problems)


#: Scripts written without spaces between words, which a line can only break inside with a
#: dictionary. Qt has one (libthai) only where libthai is installed (Linux): on Windows and
#: macOS such a line breaks at spaces only.
NO_SPACES = (
    QLocale.Script.ThaiScript,
    QLocale.Script.LaoScript,
    QLocale.Script.KhmerScript,
    QLocale.Script.MyanmarScript,
)
UNSPACED = [lang for lang in LANGUAGES if QLocale(lang.values[0]).script() in NO_SPACES]
#: Half the smallest window: the widest run of text a wrapped label can always hold.
LONGEST_RUN = TOUR_SIZE[0] // 2


@pytest.mark.parametrize("code", UNSPACED)
def test_lines_can_break_at_spaces_where_qt_has_no_word_dictionary(
    code: str, qapp: QApplication
) -> None:
    """Every stretch of text between two spaces fits in half the window at 150% fonts, so
    the words wrap on every system even where Qt cannot find the words inside a stretch.
    Thai puts a space between phrases anyway; a longer phrase needs one more. The names and
    statuses under the pictures are shortened with … when they don't fit, so they may run."""
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    metrics = QFontMetrics(font)
    too_long = [
        f"{message.where}: {run!r} is {metrics.horizontalAdvance(run)}px"
        for message in read_ts(ts_path(code))
        if message.context != "ItemModel"
        for form in message.forms
        for run in form.split()
        if metrics.horizontalAdvance(run) > LONGEST_RUN
    ]
    assert not too_long, f"{code}: put a space between two phrases in:\n" + "\n".join(too_long)
