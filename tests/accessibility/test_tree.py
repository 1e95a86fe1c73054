"""Every screen of the tour, walked through Qt's accessibility tree: every control a person can
operate has an accessible name (and the ones whose text isn't enough, a description)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from takeitdown_desktop.ui.tour import tour
from tests.accessibility.tree import INTERACTIVE, unnamed_controls, walk
from tests.plugins.intake_server import IntakeServer
from tests.ui.conftest import picture


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    picture(3, (320, 240)).save(path, quality=90)
    return path


def test_every_control_on_every_screen_has_a_name(
    qapp: QApplication, intake_server: IntakeServer, photo: Path
) -> None:
    problems: list[str] = []
    described: dict[str, str] = {}
    controls = 0

    def check(name: str, widget: QWidget) -> None:
        nonlocal controls
        controls += sum(1 for interface in walk(widget) if interface.role() in INTERACTIVE)
        problems.extend(f"{name}: {control}" for control in unnamed_controls(widget))
        window = widget.window()
        for attribute in ("exit_button", "help_button"):
            button = getattr(window, attribute, None)
            if button is not None:
                described[attribute] = button.accessibleDescription()

    tour(qapp, None, [photo], endpoint=intake_server.url, on_screen=check)
    assert controls > 100  # 18 screens, each with its own buttons, fields and lists
    assert not problems, "controls without an accessible name:\n" + "\n".join(problems)
    assert "Shift" in described["exit_button"]
    assert described["help_button"]
