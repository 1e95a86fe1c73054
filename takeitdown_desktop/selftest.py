"""``takeitdown-desktop --self-test``: prove a build can do its job before anyone relies on it.

A packaged app can lose a module, a codec or a Qt plugin without any error until the moment it
is needed. This check exercises each one: it fingerprints a bundled JPEG, PNG, HEIC and MP4 and
compares every digest with the values pinned in ``resources/selftest/expected.json`` (Meta's
published PDQ for the JPEG and PNG; the source build's own values for the rest), loads every
shipped translation, and builds and shows the main window (offscreen when there is no display).
It writes nothing and contacts nobody. Exit status 0 means every check passed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.options import HashOptions

#: Digests compared for every file; a build that gets any of them wrong must not ship.
COMPARED = (
    "ok",
    "media_type",
    "format",
    "md5",
    "sha256",
    "pdq",
    "pdq_dihedral",
    "phash",
    "dhash",
    "vpdq",
)
#: Never contacted: the window is only built and shown, nothing is sent.
UNUSED_ENDPOINT = "http://127.0.0.1:9"


def run_self_test() -> int:
    """Run every check, print one line each, and return 0 only if all of them passed."""
    failures = 0
    for name, problem in _check_fingerprints():
        failures += _report(f"fingerprints of {name}", problem)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        for name, problem in _check_gui():
            failures += _report(name, problem)
    except Exception as error:  # a missing Qt module or plugin: say which, then fail
        failures += _report("the app's window", f"{type(error).__name__}: {error}")
    print("self-test passed" if not failures else f"self-test FAILED: {failures} problem(s)")
    return 0 if not failures else 1


def _report(what: str, problem: str | None) -> int:
    print(
        f"{'ok  ' if problem is None else 'FAIL'} {what}{'' if problem is None else ': ' + problem}"
    )
    return 0 if problem is None else 1


def _check_fingerprints() -> Iterator[tuple[str, str | None]]:
    package = resources.files("takeitdown_desktop.resources")
    expected = json.loads((package / "selftest" / "expected.json").read_text("utf-8"))
    for entry in expected["files"]:
        with ExitStack() as stack:
            path = stack.enter_context(resources.as_file(package / entry["folder"] / entry["name"]))
            result = hash_file(Path(path), HashOptions(fps=1.0)).to_json()
        yield entry["name"], _difference(entry, result)


def _difference(expected: dict[str, Any], actual: dict[str, Any]) -> str | None:
    if not actual["ok"]:
        return f"could not fingerprint it ({actual['error_code']})"
    wrong = [field for field in COMPARED if actual[field] != expected[field]]
    return f"differs in {', '.join(wrong)}" if wrong else None


def _check_gui() -> Iterator[tuple[str, str | None]]:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from takeitdown_desktop.ui.app import application  # noqa: PLC0415
    from takeitdown_desktop.ui.i18n import TRANSLATED, translations  # noqa: PLC0415
    from takeitdown_desktop.ui.quickexit import QuickExit  # noqa: PLC0415
    from takeitdown_desktop.ui.window import MainWindow  # noqa: PLC0415

    app = application([sys.argv[0] if sys.argv else "takeitdown-desktop"])
    for language in TRANSLATED:
        loaded = translations().set_language(language.code)
        yield f"translation {language.code}", None if loaded else "its .qm file is missing"
    translations().set_language("en")
    window = MainWindow(UNUSED_ENDPOINT, QuickExit())
    window.show()
    QApplication.processEvents()
    shown = window.isVisible() and window.windowTitle() == "Take It Down"
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    del app
    yield "the app's window", None if shown else "it did not open"
