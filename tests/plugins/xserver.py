"""A real X server (Xvfb) for the tests that must see what happens on a real display.

Offscreen Qt never talks to X11 or D-Bus; a person's desktop does. Tests that check what the
app does there (``tests/privacy``) get their own Xvfb with a free display number, started
once per test session (per xdist worker) and stopped at the end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """The ``DISPLAY`` of a private Xvfb (``:N``), listening on its unix socket only."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is needed (Debian: xvfb; `make test` installs it)", pytrace=False)
    read, write = os.pipe()
    # -noreset: otherwise Xvfb resets whenever its last client leaves, and refuses a client
    # that connects during the reset (a test starting the app just after another one ended).
    server = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1280x1024x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        number = pipe.readline().strip().decode()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start", pytrace=False)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
