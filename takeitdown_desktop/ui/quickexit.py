"""Quick exit: a button on every screen, and two keyboard shortcuts that work anywhere.

Pressing Shift three times (as GOV.UK's "Exit this page" does) or Escape twice, from any
window of the app including dialogs, hides every window at once, then cancels all work, drops
every picture, fingerprint and receipt, and quits.

The shortcuts are read by an application-wide event filter. A key press reaches the filter
once for the window and again for each widget it is delivered to, so only the delivery to a
``QWindow`` is counted: that happens exactly once per real key press. Any other key in
between starts the count again, so typing capital letters never triggers it by accident.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

SHIFT_PRESSES = 3
SHIFT_WINDOW_S = 5.0
ESCAPE_PRESSES = 2
ESCAPE_WINDOW_S = 1.5


class QuickExitShortcuts(QObject):
    """Application event filter that emits ``triggered`` on Shift×3 or Escape×2."""

    triggered = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._clock = clock
        self._key: int | None = None
        self._presses: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWindow):
            assert isinstance(event, QKeyEvent)
            if not event.isAutoRepeat():
                self._count(event.key())
        return False

    def _count(self, key: int) -> None:
        if key == Qt.Key.Key_Shift:
            needed, window = SHIFT_PRESSES, SHIFT_WINDOW_S
        elif key == Qt.Key.Key_Escape:
            needed, window = ESCAPE_PRESSES, ESCAPE_WINDOW_S
        else:
            self._key, self._presses = None, []
            return
        now = self._clock()
        if key != self._key:
            self._key, self._presses = key, []
        self._presses = [t for t in self._presses if now - t <= window] + [now]
        if len(self._presses) >= needed:
            self._key, self._presses = None, []
            self.triggered.emit()


class QuickExit(QObject):
    """Hides every window first (fast), then runs the wipe steps, then quits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wipers: list[Callable[[], None]] = []
        self._quit: Callable[[], None] = QCoreApplication.quit
        self.shortcuts = QuickExitShortcuts(self)
        self.shortcuts.triggered.connect(self.trigger)
        self.used = False

    def install(self, app: QCoreApplication) -> None:
        app.installEventFilter(self.shortcuts)

    def uninstall(self, app: QCoreApplication) -> None:
        app.removeEventFilter(self.shortcuts)

    def add_wiper(self, wipe: Callable[[], None]) -> None:
        """Something to forget on quick exit (run after the windows are hidden)."""
        self._wipers.append(wipe)

    def set_quit(self, quit_app: Callable[[], None]) -> None:
        """What "quit" means (tests keep the application alive)."""
        self._quit = quit_app

    def trigger(self) -> None:
        self.used = True
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        for wipe in self._wipers:
            wipe()
        self._quit()
