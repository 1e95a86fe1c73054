"""Shared test set-up: Qt runs offscreen, and shared fixtures come from ``tests/plugins``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.plugins.faulty_proxy",
    "tests.plugins.intake_server",
    "tests.plugins.postgres",
    "tests.plugins.xserver",
]

DATA_DIR = Path(__file__).parent / "data"
THREATEXCHANGE = DATA_DIR / "threatexchange"


@pytest.fixture(scope="session")
def threatexchange_dir() -> Path:
    """Meta's BSD-licensed reference images, videos and hashes, copied into the repo."""
    return THREATEXCHANGE


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> object:
    """pytest-qt's application, made by the app's own start-up (``ui.app.application``): the
    theme and the screen readers' roles of our widgets are set there, as when the app runs."""
    from takeitdown_desktop.ui.app import application  # noqa: PLC0415

    return application(["pytest", *qapp_args])
