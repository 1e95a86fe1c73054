"""Work done off the GUI thread: ``QRunnable`` workers, each with its own signals object.

A ``Signal`` must live on a ``QObject`` and a ``QRunnable`` is not one, so every worker gets a
separate ``*Signals`` holder created in the GUI thread; emitting from the pool thread then
reaches the GUI thread as a queued call. Every exception is caught and emitted: an exception
escaping ``run()`` would vanish silently.

Hashing progress is not sent as a signal per step (a long video reports hundreds of steps per
second); workers write it to a ``ProgressBoard`` that the GUI thread reads on a timer.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from takeitdown_desktop.hashing import engine
from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.results import FileResult
from takeitdown_desktop.ui.thumbs import blurred, image_from_thumbnail

T = TypeVar("T")

#: Paths found in a folder are handed to the GUI thread in batches of at most this many.
EXPAND_BATCH = 256


class ProgressBoard:
    """Latest progress per item, written by workers and read (and emptied) by the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: dict[int, float] = {}

    def post(self, item_id: int, fraction: float) -> None:
        with self._lock:
            self._latest[item_id] = fraction

    def take(self) -> dict[int, float]:
        with self._lock:
            latest, self._latest = self._latest, {}
        return latest


@dataclasses.dataclass(frozen=True)
class HashOutcome:
    """What one hash worker hands back: the result (without raw thumbnail bytes) and images."""

    result: FileResult
    sharp: QImage | None
    blurred: QImage | None


class HashSignals(QObject):
    finished = Signal(int, object)  # item id, HashOutcome
    failed = Signal(int, object)  # item id, the exception (a bug: hash_file never raises)


class HashWorker(QRunnable):
    """Fingerprint one file and make its blurred thumbnail, off the GUI thread."""

    def __init__(
        self,
        item_id: int,
        path: Path,
        options: HashOptions,
        cancel: CancelToken,
        board: ProgressBoard,
        signals: HashSignals,
    ) -> None:
        super().__init__()
        self.item_id = item_id
        self.path = path
        self.options = options
        self.cancel = cancel
        self.board = board
        self.signals = signals

    def run(self) -> None:
        try:
            self.board.post(self.item_id, 0.0)
            result = engine.hash_file(
                self.path,
                self.options,
                cancel=self.cancel,
                on_progress=lambda fraction: self.board.post(self.item_id, fraction),
            )
            sharp = blur = None
            if result.thumbnail is not None:
                sharp = image_from_thumbnail(result.thumbnail)
                blur = blurred(sharp)
                # Keep one copy of the picture (the QImage), not the raw bytes as well.
                result = dataclasses.replace(result, thumbnail=None)
            self.signals.finished.emit(self.item_id, HashOutcome(result, sharp, blur))
        except Exception as exc:  # reported to the GUI thread, never lost
            self.signals.failed.emit(self.item_id, exc)
        finally:
            # PySide (6.12) sometimes keeps a finished runnable's Python object alive: it must
            # not keep a path, a token or the signals (and the callbacks they reach) with it.
            del self.path, self.cancel, self.signals


class ExpandSignals(QObject):
    found = Signal(object)  # list[Path]
    done = Signal(object)  # the walk's CancelToken, which names it
    failed = Signal(object)


class ExpandWorker(QRunnable):
    """Walk dropped or chosen folders (recursively) and report the files in batches."""

    def __init__(self, paths: Iterable[Path], cancel: CancelToken, signals: ExpandSignals) -> None:
        super().__init__()
        self.paths = list(paths)
        self.cancel = cancel
        self.signals = signals

    def run(self) -> None:
        try:
            batch: list[Path] = []
            for path in engine.expand_paths(self.paths):
                if self.cancel.cancelled:
                    break
                batch.append(path)
                if len(batch) >= EXPAND_BATCH:
                    self.signals.found.emit(batch)
                    batch = []
            if batch and not self.cancel.cancelled:
                self.signals.found.emit(batch)
        except Exception as exc:  # reported to the GUI thread, never lost
            self.signals.failed.emit(exc)
        finally:
            self.signals.done.emit(self.cancel)
            del self.paths, self.cancel, self.signals  # as in HashWorker.run


class CallSignals(QObject):
    """Lives in the GUI thread and calls back there when the worker is done."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_end: Callable[[CallSignals], None],
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_end = on_end
        # Bound methods of a GUI-thread QObject: the calls are queued to the GUI thread.
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)

    def _succeeded(self, value: object) -> None:
        self._on_end(self)
        self._on_success(value)

    def _failed(self, error: Exception) -> None:
        self._on_end(self)
        self._on_failure(error)


class CallWorker(QRunnable):
    """Run one blocking call (a network request, reading a chosen file) off the GUI thread."""

    def __init__(self, call: Callable[[], object], signals: CallSignals) -> None:
        super().__init__()
        self.call = call
        self.signals = signals

    def run(self) -> None:
        try:
            value = self.call()
        except Exception as exc:  # reported to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(value)
        finally:
            del self.call, self.signals  # as in HashWorker.run: the call may hold a report


class CallRunner(QObject):
    """A small pool for blocking calls, separate from hashing so they never wait behind it."""

    def __init__(self, threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._pending: set[CallSignals] = set()

    def run(
        self,
        call: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Run ``call`` in the pool; its value (typed as ``call`` returns it) or its exception
        comes back to ``on_success`` or ``on_failure`` on the GUI thread."""
        signals = CallSignals(on_success, on_failure, self._pending.discard)
        self._pending.add(signals)
        self.pool.start(CallWorker(call, signals))

    def forget(self) -> None:
        """Drop every pending answer (Start over, quick exit): late answers are ignored."""
        for signals in self._pending:
            signals.blockSignals(True)
        self._pending.clear()
        self.pool.clear()
