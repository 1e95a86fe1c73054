"""Runs the fingerprinting of added files and keeps the item model up to date.

Threads: one ``QThreadPool`` for hashing (as many threads as cores) that the window shares
with nothing else; network calls use their own pool (see ``window.py``) so a slow server never
waits behind a long video. The GUI thread only does small, bounded pieces of work: it adds
items in batches, records one result per signal, and reads progress on a timer, so the window
keeps answering while hundreds of files are fingerprinted.
"""

from __future__ import annotations

import importlib
import os
import time
from collections import deque
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.errors import MESSAGES, ErrorCode
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.results import FileResult
from takeitdown_desktop.ui.items import Item, ItemModel, Status
from takeitdown_desktop.ui.workers import (
    ExpandSignals,
    ExpandWorker,
    HashOutcome,
    HashSignals,
    HashWorker,
    ProgressBoard,
)

#: How often the GUI thread reads progress from the workers, in milliseconds.
PROGRESS_INTERVAL_MS = 100
#: How long the first files of a run wait for their workers, so the grid is painted first.
FIRST_PAINT_MS = 100
#: Thumbnails are at most this many pixels on their longer side.
THUMBNAIL_SIZE = 256


#: Decoders the hashing package imports on first use. Importing a C extension holds the GIL
#: for a long moment (OpenCV, SciPy via imagehash, libheif: over 100 ms), which would freeze
#: the window if it happened on a worker thread in the middle of a run.
HEAVY_MODULES = (
    "takeitdown_desktop.hashing.image",
    "takeitdown_desktop.hashing.video",
    "pillow_heif",
)


def preload_hashers() -> None:
    """Import the heavy decoders now (at start-up), not from a worker during a run."""
    for name in HEAVY_MODULES:
        importlib.import_module(name)


# A time left is guessed only after this long and this much progress: earlier guesses jump.
ESTIMATE_AFTER_S = 3.0
ESTIMATE_AFTER_FRACTION = 0.02


def time_left(elapsed: float, fraction: float) -> float | None:
    """Seconds still needed at this pace, or None while it is too early to tell."""
    if elapsed < ESTIMATE_AFTER_S or fraction < ESTIMATE_AFTER_FRACTION:
        return None
    return elapsed * (1 - fraction) / fraction


def status_for(result: FileResult) -> Status:
    """The item status a finished result deserves."""
    if result.ok:
        return Status.WEAK if result.weak else Status.READY
    if result.error_code == ErrorCode.CANCELLED.value:
        return Status.CANCELLED
    if result.sha256 is not None:
        return Status.PARTIAL
    return Status.FAILED


class HashController(QObject):
    """Adds files to the model and fingerprints each one in the hashing pool."""

    #: The counts or the busy state changed (the add screen refreshes its summary).
    changed = Signal()
    #: A file had the same bytes as one already in the list, so it was shown once.
    duplicate_folded = Signal()
    # Files added again that were already in the list (how many): they are not added twice.
    already_added = Signal(int)

    def __init__(self, model: ItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        preload_hashers()
        self.model = model
        self.options = HashOptions(thumbnail_size=THUMBNAIL_SIZE)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(os.cpu_count() or 2)
        self.board = ProgressBoard()
        self.duplicates = 0
        self.walk_failures = 0
        self._walks: dict[CancelToken, ExpandSignals] = {}
        self._signals: dict[int, HashSignals] = {}
        # Items waiting for a worker, oldest first: a worker is made only when a thread is
        # about to be free, so a drop of hundreds of files costs the GUI thread a list append
        # each, not a runnable, a signals object and two connections each at once.
        self._queue: deque[int] = deque()
        self._ahead = self.pool.maxThreadCount() * 2
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_INTERVAL_MS)
        self._timer.timeout.connect(self._read_progress)

    # Public --------------------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Add files and folders (folders are walked off the GUI thread)."""
        chosen = [Path(path) for path in paths]
        if not chosen:
            return
        signals = ExpandSignals()
        token = CancelToken()
        self._walks[token] = signals
        # The token goes with each batch: a batch that arrives after Stop, Start over or quick
        # exit (queued before the walk was cancelled) must not add files or start workers.
        signals.found.connect(partial(self._on_found, token))
        signals.failed.connect(self._on_walk_failed)
        signals.done.connect(self._on_walk_done)
        # The walk goes first so that items appear quickly even behind a long queue.
        self.pool.start(ExpandWorker(chosen, token, signals), priority=1)
        self._timer.start()
        self.changed.emit()

    def is_busy(self) -> bool:
        return bool(self._walks) or self.model.busy()

    def remove(self, item_ids: Iterable[int]) -> None:
        for item in self.model.remove(item_ids):
            self._forget(item)
        self._feed()
        self.changed.emit()

    def cancel(self) -> None:
        """Stop all fingerprinting: queued files are not started, running ones stop soon."""
        for token in self._walks:
            token.cancel()
        self._queue.clear()
        self.pool.clear()
        for item in self.model:
            if not item.status.finished:
                item.cancel.cancel()
                if item.status is Status.WAITING:
                    item.status = Status.CANCELLED
                    item.message = MESSAGES[ErrorCode.CANCELLED]
                    self._signals.pop(item.id, None)
                    self.model.changed(item.id)
        self.changed.emit()

    def reset(self) -> None:
        """Cancel everything and drop every item, picture and result."""
        self.cancel()
        self._walks.clear()
        self._signals.clear()
        self.board.take()
        self.model.clear()
        self.duplicates = 0
        self.walk_failures = 0
        self._timer.stop()
        self.changed.emit()

    def wait(self, msecs: int) -> bool:
        """Wait for the pool's threads to finish (after ``cancel``); True if they did."""
        return self.pool.waitForDone(msecs)

    # Slots (GUI thread) --------------------------------------------------------------------------

    def _on_found(self, walk: CancelToken, paths: list[Path]) -> None:
        if walk.cancelled or walk not in self._walks:
            return
        fresh = self.model.add(paths)
        if len(fresh) < len(paths):
            self.already_added.emit(len(paths) - len(fresh))
        self._queue.extend(item.id for item in fresh)
        if self._signals:
            self._feed()
        else:
            # The first files of a run: the grid appears and is laid out and painted first,
            # then the workers start. Started at once, they took the GIL from that paint
            # (one stall of 169 ms, 0.2 s into `python -m bench ui_stall`).
            QTimer.singleShot(FIRST_PAINT_MS, self._feed)
        self.changed.emit()

    def _feed(self) -> None:
        """Start workers for queued items, keeping a few more than threads in the pool."""
        while self._queue and len(self._signals) < self._ahead:
            item = self.model.item(self._queue.popleft())
            if item is None or item.status is not Status.WAITING:
                continue  # removed or stopped while it waited
            signals = HashSignals()
            signals.finished.connect(self._on_finished)
            signals.failed.connect(self._on_failed)
            self._signals[item.id] = signals
            self.pool.start(
                HashWorker(item.id, item.path, self.options, item.cancel, self.board, signals)
            )

    def _on_walk_failed(self, error: object) -> None:
        # The walk yields unreadable folders as items, so this is a bug, not a bad folder;
        # the files found before it are kept and the add screen says something was missed.
        self.walk_failures += 1
        self.changed.emit()

    def _on_walk_done(self, token: CancelToken) -> None:
        self._walks.pop(token, None)
        self.changed.emit()

    def _on_finished(self, item_id: int, outcome: HashOutcome) -> None:
        self._signals.pop(item_id, None)
        self._feed()
        item = self.model.item(item_id)
        if item is None:  # removed while it was being fingerprinted
            return
        item.status = status_for(outcome.result)
        item.progress = 1.0
        item.message = outcome.result.error or ""
        item.sharp = outcome.sharp
        item.blurred = outcome.blurred
        if self.model.finish(item, outcome.result) is not None:
            self.duplicates += 1
            self.model.remove([item_id])
            self._forget(item)
            self.duplicate_folded.emit()
        else:
            self.model.changed(item_id)
        self.changed.emit()

    def _on_failed(self, item_id: int, error: object) -> None:
        self._signals.pop(item_id, None)
        self._feed()
        item = self.model.item(item_id)
        if item is None:
            return
        item.status = Status.FAILED
        item.message = MESSAGES[ErrorCode.INTERNAL]
        self.model.changed(item_id)
        self.changed.emit()

    def _read_progress(self) -> None:
        now = time.monotonic()
        for item_id, fraction in self.board.take().items():
            item = self.model.item(item_id)
            if item is None or item.status.finished:
                continue
            item.status = Status.WORKING
            item.progress = fraction
            if item.started is None:
                item.started = now
            item.seconds_left = time_left(now - item.started, fraction)
            self.model.changed(item_id)
        if not self.is_busy():
            self._timer.stop()
            self.changed.emit()

    def _forget(self, item: Item) -> None:
        item.cancel.cancel()
        item.result = None
        item.sharp = None
        item.blurred = None
        self._signals.pop(item.id, None)
