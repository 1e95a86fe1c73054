"""Entry points for the CLI: ``run_gui`` opens the app, ``run_tour`` writes one PNG per screen,
``run_without_service`` explains why a packaged app with no intake address can't open.

With no endpoint, ``run_gui`` starts the embedded reference intake service on loopback (its
database lives in memory only) so the whole flow works out of the box, and stops it when the
window closes.
"""

from __future__ import annotations

import gc
import secrets
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from takeitdown_desktop import APP_NAME
from takeitdown_desktop.ui.i18n import system_language, translations
from takeitdown_desktop.ui.privacy import (
    configure_application,
    keep_quiet,
    no_session_bus_of_our_own,
)
from takeitdown_desktop.ui.quickexit import QuickExit
from takeitdown_desktop.ui.sizes import TOUR_SIZE, opening_size
from takeitdown_desktop.ui.theme import DARK, apply_theme
from takeitdown_desktop.ui.widgets.speech import install_accessibility
from takeitdown_desktop.ui.window import MainWindow


def application(argv: list[str] | None = None) -> QApplication:
    """The one ``QApplication`` (made if needed), set up to remember nothing, with the app's
    theme and the roles screen readers are told of our own widgets: the start-up every entry
    point (the app, the tour, the self-test, the bench, the tests) shares.

    ``argv`` is a full argument list (program name first) as Qt expects; empty means none.
    """
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        no_session_bus_of_our_own()
        app = QApplication(argv or [sys.argv[0] if sys.argv else "takeitdown-desktop"])
    configure_application(app)
    install_accessibility()
    apply_theme(app)
    return app


def local_service() -> Any:
    """Start the embedded intake service (imported here: it needs the ``intake`` extra).

    Its database lives in memory only (SQLite's memdb, which vanishes with the process): a
    database file in the temporary folder would be left behind by a crash.
    """
    from takeitdown_intake.db import memory_database_url  # noqa: PLC0415
    from takeitdown_intake.embedded import start_local_service  # noqa: PLC0415

    return start_local_service(memory_database_url(secrets.token_hex(8)))


def run_gui(argv: list[str], *, endpoint: str | None, language: str | None = None) -> int:
    """Open the app; return its exit code. ``endpoint`` None means the embedded service.

    ``language`` None means the system's language (English if the app doesn't have it).
    """
    keep_quiet()
    app = application(argv)
    translations().set_language(language or system_language())
    with ExitStack() as stack:
        if endpoint is None:
            service = local_service()
            stack.callback(service.stop)
            endpoint = str(service.url)
        quick_exit = QuickExit()
        quick_exit.install(app)
        stack.callback(quick_exit.uninstall, app)
        window = MainWindow(endpoint, quick_exit)
        window.resize(opening_size(window))
        window.show()
        code = app.exec()
        # However the app was left (quick exit or closing the window), end the same way:
        # everything wiped, the workers finished, the windows and all they held deleted.
        quick_exit.forget_everything()
        del window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return code


def run_tour(
    outdir: Path,
    files: list[Path],
    language: str = "en",
    *,
    endpoint: str | None = None,
    size: tuple[int, int] = TOUR_SIZE,
    dark: bool = False,
) -> int:
    """Walk every screen with ``files`` (or the bundled samples) and write one PNG per screen.

    ``endpoint`` None means the embedded service (a source run); a packaged app is given a
    real one, which is how ``make package-test`` walks the frozen app through every screen.
    ``size`` is the window's; ``dark`` shows the dark scheme, as a system in dark mode would.
    """
    from takeitdown_desktop.ui.tour import tour  # noqa: PLC0415

    app = application([])
    if dark:
        app.setPalette(DARK.palette())
    translations().set_language(language)
    with ExitStack() as stack:
        if endpoint is None:
            service = local_service()
            stack.callback(service.stop)
            endpoint = str(service.url)
        written = tour(app, outdir, files, endpoint=endpoint, size=size)
    for path in written:
        print(path)
    return 0


def run_without_service(argv: list[str], language: str | None = None) -> None:
    """Say kindly, in a window and in the person's language, that this copy can't send reports.

    For a packaged app that was built without an intake address and started without
    ``--endpoint``: it has no service to send to, and must say so rather than fail later.
    ``language`` None means the system's language, as in ``run_gui``. No ``keep_quiet``: no
    file is ever opened here, so Qt has nothing personal to print.
    """
    app = application(argv)
    translations().set_language(language or system_language())
    #: Shown alone in a small window, instead of the app, by a copy that was made without the
    #: address of the Take It Down service. The reader can't fix this: they need another copy.
    text = QCoreApplication.translate(
        "NoService",
        "This copy of Take It Down doesn't know where to send reports, so it can't be used. "
        "It's not your fault. Nothing was sent. Please get the app again from the people or "
        "the place that gave it to you. When you close this message, the app closes too.",
    )
    QMessageBox.information(None, APP_NAME, text)
    del app
