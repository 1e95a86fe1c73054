"""Guards against a Qt binding that would crash the app in a long session.

PySide6 6.12.0 drops a reference to ``None`` on every Python call of a Qt method that returns
nothing (``setText``, ``update`` ...). On Python 3.11 the interpreter aborts with
``none_dealloc`` once the count runs out, so a person using the app for a while would see it
vanish. pyproject.toml excludes that release; this test catches any release like it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

CALLS = 1000


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    widget = QWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for index in range(CALLS):
        label.setText("x" if index % 2 else "y")
        widget.update()
    # Unrelated code may take or drop a handful; a leaking binding drops 2000.
    assert abs(sys.getrefcount(None) - before) < 50
