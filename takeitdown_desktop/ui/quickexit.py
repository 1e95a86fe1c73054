"""Quick exit: a button on every screen, and two keyboard shortcuts that work anywhere.

Pressing Shift three times (as GOV.UK's "Exit this page" does) or Escape twice, from any
window of the app including dialogs, hides every window at once, then cancels all work, drops
every picture, fingerprint and receipt, deletes the windows, and quits.

Nothing here keeps a window alive: wipe steps are held weakly (a bound method of a deleted
window is simply skipped), so once the windows are deleted, every object they held (the item
model, the pictures, the results, the report, the receipt) can be freed. ``hide_seconds`` and
``total_seconds`` record how long the quick exit took, and ``drained`` whether every worker
thread had stopped before the windows were deleted (for the tests and docs/PRIVACY.md).

The shortcuts are read by an application-wide event filter. A key press reaches the filter
once for the window and again for each widget it is delivered to, so only the delivery to a
``QWindow`` is counted: that happens exactly once per real key press. Any other key in
between starts the count again, so typing capital letters never triggers it by accident.
"""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

SHIFT_PRESSES = 3
SHIFT_WINDOW_S = 5.0
ESCAPE_PRESSES = 2
ESCAPE_WINDOW_S = 1.5
#: How long a quick exit waits (windows already hidden) for running jobs to stop. Hashing
#: stops within one decode step; a network call in flight may take until its timeout.
DRAIN_MS = 3000
#: The windows' thread pools after a quick exit. They are kept here, alive and without a
#: parent, rather than destroyed with their window: ``~QThreadPool`` waits for its threads
#: with no time limit while this thread holds the GIL that a Python worker needs to finish,
#: which would freeze the app for good. Idle pools are kept too: a job started between the
#: drain and the window's deletion (a late signal) would otherwise do exactly that.
_KEPT_POOLS: list[QThreadPool] = []


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
    """Hides every window first (fast), then runs the wipe steps, deletes the windows, quits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wipers: list[Callable[[], Callable[[], None] | None]] = []
        self._quit: Callable[[], None] = QCoreApplication.quit
        self.shortcuts = QuickExitShortcuts(self)
        self.shortcuts.triggered.connect(self.trigger)
        self.used = False
        self.hide_seconds: float | None = None
        self.total_seconds: float | None = None
        self.drained: bool | None = None

    def install(self, app: QCoreApplication) -> None:
        app.installEventFilter(self.shortcuts)

    def uninstall(self, app: QCoreApplication) -> None:
        app.removeEventFilter(self.shortcuts)

    def add_wiper(self, wipe: Callable[[], None]) -> None:
        """Something to forget on quick exit (run after the windows are hidden).

        A bound method is held weakly, so registering ``window.wipe`` never keeps the window
        (and everything it holds) alive.
        """
        if hasattr(wipe, "__self__") and hasattr(wipe, "__func__"):
            self._wipers.append(weakref.WeakMethod(wipe))
        else:
            self._wipers.append(lambda: wipe)

    def set_quit(self, quit_app: Callable[[], None]) -> None:
        """What "quit" means (tests keep the application alive)."""
        self._quit = quit_app

    def trigger(self) -> None:
        """Quick exit: forget everything, then quit. Only the first call does anything."""
        if self.used:
            return
        self.used = True
        self.forget_everything()
        self._quit()

    def forget_everything(self) -> None:
        """Hide every window, wipe, let the workers finish, and delete the windows.

        ``run_gui`` also calls this after an ordinary close, so both ways out end the same.
        """
        start = time.perf_counter()
        # Hiding comes first and alone: nothing may stay on the screen while we tidy up.
        widgets = QApplication.topLevelWidgets()
        for widget in widgets:
            widget.hide()
        for window in QGuiApplication.topLevelWindows():
            window.hide()
        if self.hide_seconds is None:
            self.hide_seconds = time.perf_counter() - start
        for reference in self._wipers:
            wipe = reference()
            if wipe is not None:
                wipe()
        self._wipers.clear()
        # The wipe cancelled every job; wait (unseen) for the threads that are still finishing
        # one, so that no worker holds a path or a picture once the windows are gone.
        pools = [pool for widget in widgets for pool in widget.findChildren(QThreadPool)]
        self.drained = _drain(pools, DRAIN_MS / 1000)
        for widget in widgets:
            widget.deleteLater()
        # The windows were made before ``gc.freeze()`` (window.py); let the collector reach
        # them again so that they and all they held are freed once they are deleted.
        gc.unfreeze()
        if self.total_seconds is None:
            self.total_seconds = time.perf_counter() - start


def _drain(pools: list[QThreadPool], seconds: float) -> bool:
    """Wait up to ``seconds`` for every pool's workers to finish; True if they all did.

    Waits in short sleeps, which release the GIL, so a cancelled Python worker can always run
    to its end. Then every pool is detached from its window and kept alive (``_KEPT_POOLS``),
    so deleting the window can never block on one.
    """
    deadline = time.monotonic() + seconds
    while any(pool.activeThreadCount() for pool in pools) and time.monotonic() < deadline:
        time.sleep(0.005)
    busy = [pool for pool in pools if pool.activeThreadCount()]
    for pool in pools:
        pool.setParent(None)
        _KEPT_POOLS.append(pool)
    return not busy
