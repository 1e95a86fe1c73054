"""Drives the real app, as ``takeitdown-desktop`` runs it, through the whole flow; for the
trace audit (``test_trace_audit.py``), which runs it in a subprocess with a fresh home.

``python -m tests.privacy.gui_driver --endpoint URL --album DIR --receipt FILE``: starts the
app with ``run_gui`` (offscreen), adds every file in ``DIR`` with the in-app picker, waits for
the fingerprints, reveals the pictures and paints them, copies the report, sends it, copies
the receipt, saves it to ``FILE`` with the picker, and leaves by pressing Shift three times.
It prints one JSON line: the exit code, the quick-exit timings, whether the workers had
stopped, and the core-dump limit; or the error that stopped it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from takeitdown_desktop.ui.app import application, run_gui
from takeitdown_desktop.ui.flow import Step
from takeitdown_desktop.ui.window import MainWindow
from tests.privacy import flow
from tests.ui.helpers import to_add_screen

TIMEOUT_S = 60.0


def wait(predicate: Callable[[], bool]) -> None:
    """Let the app's event loop run until ``predicate`` holds."""
    deadline = time.monotonic() + TIMEOUT_S
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def drive(album: Path, receipt: Path, report: dict[str, Any]) -> None:
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    wait(window.isVisible)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    report["titles"] = sorted({w.windowTitle() for w in shown})
    report["display_name"] = QGuiApplication.applicationDisplayName()
    report["desktop_file"] = QGuiApplication.desktopFileName()
    to_add_screen(window)
    names = sorted(path.name for path in album.iterdir())
    flow.add_files(window, album, names, wait)
    report["items"] = len(window.model)
    report["sendable"] = len(window.model.sendable_results())
    flow.reveal_pictures(window)
    flow.review(window)
    window.review.copy_button.click()
    flow.send(window, wait)
    window.done.copy_button.click()
    picker = flow.open_picker(window, window.done.save_button, wait)
    flow.save_as(picker, receipt, wait)
    wait(receipt.exists)
    assert window.flow.step is Step.DONE
    quick_exit = window.quick_exit
    flow.press(window, Qt.Key.Key_Shift, 3)
    report["quick_exit_used"] = quick_exit.used
    report["hide_seconds"] = quick_exit.hide_seconds
    report["total_seconds"] = quick_exit.total_seconds
    report["drained"] = quick_exit.drained


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--album", type=Path, required=True)
    parser.add_argument("--receipt", type=Path, required=True)
    args = parser.parse_args()
    report: dict[str, Any] = {}
    app = application([sys.argv[0]])

    def start() -> None:
        try:
            drive(args.album, args.receipt, report)
        except BaseException:  # reported on stdout (a pipe to the test), then the app ends
            report["error"] = traceback.format_exc()
            app.exit(3)

    QTimer.singleShot(0, start)
    report["code"] = run_gui([sys.argv[0]], endpoint=args.endpoint)
    if sys.platform.startswith("linux"):
        import resource  # noqa: PLC0415

        report["core_limit"] = list(resource.getrlimit(resource.RLIMIT_CORE))
    print(json.dumps(report))
    return 0 if report["code"] == 0 and "error" not in report else 1


if __name__ == "__main__":
    sys.exit(main())
