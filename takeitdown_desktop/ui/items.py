"""The photos and videos the person added: one ``Item`` each, in a list model keyed by item id.

Rows move when an item is removed or a duplicate is folded away, so nothing outside this
module holds a row number: workers and screens speak of ``Item.id`` and the model finds the row.

Shoulder-surfing: an item is labelled "Photo 3" or "Video 4" by default. Its file name appears
only while pictures are revealed on purpose, and never in a tooltip or a window title.
"""

from __future__ import annotations

import enum
import itertools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage

from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.results import FileResult, MediaType
from takeitdown_desktop.ui.messages import translate_message

ModelIndex = QModelIndex | QPersistentModelIndex


class Status(enum.Enum):
    WAITING = "waiting"
    WORKING = "working"
    READY = "ready"
    WEAK = "weak"
    PARTIAL = "partial"  # only the file fingerprint could be made; it is still sent
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self not in (Status.WAITING, Status.WORKING)

    @property
    def sendable(self) -> bool:
        return self in (Status.READY, Status.WEAK, Status.PARTIAL)


@dataclass(eq=False)
class Item:
    """One added file. ``path`` never leaves this computer and is never shown unless revealed."""

    id: int
    number: int
    path: Path
    status: Status = Status.WAITING
    progress: float = 0.0
    result: FileResult | None = None
    sharp: QImage | None = field(default=None, repr=False)
    blurred: QImage | None = field(default=None, repr=False)
    message: str = ""
    cancel: CancelToken = field(default_factory=CancelToken, repr=False)
    # When fingerprinting began (``time.monotonic``), and the estimate of the time it still
    # needs, in seconds (None until there is enough progress to say).
    started: float | None = None
    seconds_left: float | None = None

    @property
    def media_type(self) -> MediaType | None:
        return self.result.media_type if self.result is not None else None


class ItemModel(QAbstractListModel):
    """The list shown in the grid. Custom roles give the delegate what it needs to paint."""

    ItemRole = Qt.ItemDataRole.UserRole + 1
    StatusTextRole = Qt.ItemDataRole.UserRole + 2
    ItemIdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []
        self._rows: dict[int, int] = {}
        self._ids = itertools.count(1)
        self._numbers = itertools.count(1)
        self._revealed = False
        self._by_sha: dict[str, int] = {}

    # Reading -------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def __iter__(self) -> Iterator[Item]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def item(self, item_id: int) -> Item | None:
        row = self._rows.get(item_id)
        return None if row is None else self._items[row]

    def index_of(self, item_id: int) -> QModelIndex:
        row = self._rows.get(item_id)
        return QModelIndex() if row is None else self.index(row, 0)

    @property
    def revealed(self) -> bool:
        return self._revealed

    def label(self, item: Item) -> str:
        """The neutral name shown under a thumbnail ("Photo 3"), or the file name if revealed."""
        if self._revealed:
            return item.path.name
        return kind_label(item.media_type, item.number)

    def status_text(self, item: Item) -> str:
        if item.status is Status.WAITING:
            return self.tr("Waiting")
        if item.status is Status.WORKING:
            if item.progress > 0:
                return self.tr("Fingerprinting… %1%").replace("%1", str(round(item.progress * 100)))
            return self.tr("Fingerprinting…")
        if item.status is Status.READY:
            if item.media_type is MediaType.OTHER:
                return self.tr("Ready: file fingerprint only")
            return self.tr("Ready")
        if item.status is Status.WEAK:
            return self.tr("Ready (weak fingerprint)")
        if item.status is Status.PARTIAL:
            return self.tr("Partly ready")
        if item.status is Status.CANCELLED:
            return self.tr("Stopped")
        return self.tr("Couldn't read this file")

    def time_left(self, item: Item) -> str:
        """ "About 3 minutes left." while a long file is fingerprinted ("" when unknown)."""
        left = item.seconds_left
        if item.status is not Status.WORKING or left is None:
            return ""
        if left < 60:
            return self.tr("Less than a minute left.")
        return self.tr("About %n minutes left.", "", math.ceil(left / 60))

    def describe(self, item: Item, reason: str = "", *, neutral: bool = False) -> str:
        """The name and the status in one line ("Photo 3: Ready"): screen readers, the detail.

        ``reason``, a whole translated sentence (why a file couldn't be read), follows it.
        ``neutral`` keeps the file name out even while pictures are shown (tooltips).
        """
        #: A picture's name and its status, e.g. "Photo 3: Ready". %1 is the name ("Photo 3"),
        #: %2 the status ("Ready"). Write the separator as your language does (French "%1 : %2").
        name = kind_label(item.media_type, item.number) if neutral else self.label(item)
        line = fill_pattern(self.tr("%1: %2"), name, self.status_text(item))
        if not reason:
            return line
        #: The line below the pictures: the name and status, then the reason as a sentence, e.g.
        #: "Photo 3: Couldn't read this file. This file is empty, so there is nothing to
        #: fingerprint." %1 is "Photo 3: Couldn't read this file", %2 the reason. Write the full
        #: stop and the space after it as your language does (Chinese "%1。%2", Hindi "%1। %2").
        return fill_pattern(self.tr("%1. %2"), line, reason)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(item)
        if role == self.StatusTextRole:
            return self.status_text(item)
        if role == self.ItemRole:
            return item
        if role == self.ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The status in full and the reason; never the file name, even when revealed.
            reason = translate_message(item.message) if item.message else self.time_left(item)
            return self.describe(item, reason, neutral=True)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            # Only the reason: the status is already in the name ("Photo 3: Ready"), and a
            # screen reader reads the name and then the description ("... Ready. Ready.").
            return translate_message(item.message) if item.message else None
        return None

    # Changing ------------------------------------------------------------------------------------

    def add(self, paths: Iterable[Path]) -> list[Item]:
        """Add new items for ``paths`` not already in the list; returns the new items (the
        caller says how many were already there)."""
        known = {item.path for item in self._items}
        fresh: list[Item] = []
        for path in paths:
            if path in known:
                continue
            known.add(path)
            fresh.append(Item(id=next(self._ids), number=next(self._numbers), path=path))
        if fresh:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for offset, item in enumerate(fresh):
                self._items.append(item)
                self._rows[item.id] = first + offset
            self.endInsertRows()
        return fresh

    def changed(self, item_id: int) -> None:
        """Tell the views that ``item_id`` changed (after its fields were updated)."""
        index = self.index_of(item_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def remove(self, item_ids: Iterable[int]) -> list[Item]:
        """Remove items and cancel their work; returns what was removed."""
        rows = sorted({self._rows[i] for i in item_ids if i in self._rows}, reverse=True)
        removed: list[Item] = []
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            item = self._items.pop(row)
            self.endRemoveRows()
            item.cancel.cancel()
            sha256 = item.result.sha256 if item.result is not None else None
            if sha256 is not None and self._by_sha.get(sha256) == item.id:
                del self._by_sha[sha256]
            removed.append(item)
        self._reindex()
        return removed

    def finish(self, item: Item, result: FileResult) -> Item | None:
        """Record ``item``'s result. Returns the item already holding the same SHA-256, if any.

        The caller folds a duplicate away (same bytes, shown once); the first one stays.
        """
        item.result = result
        sha256 = result.sha256
        if sha256 is None:
            return None
        owner = self._by_sha.setdefault(sha256, item.id)
        return None if owner == item.id else self.item(owner)

    def clear(self) -> None:
        """Drop every item, image and result (Start over, quick exit)."""
        self.beginResetModel()
        for item in self._items:
            item.cancel.cancel()
            item.result = None
            item.sharp = None
            item.blurred = None
        self._items = []
        self._rows = {}
        self._by_sha = {}
        self._numbers = itertools.count(1)
        self._revealed = False
        self.endResetModel()

    def set_revealed(self, revealed: bool) -> None:
        if revealed != self._revealed:
            self._revealed = revealed
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def _reindex(self) -> None:
        self._rows = {item.id: row for row, item in enumerate(self._items)}

    # Summaries -----------------------------------------------------------------------------------

    def count(self, *statuses: Status) -> int:
        return sum(1 for item in self._items if item.status in statuses)

    def busy(self) -> bool:
        return any(not item.status.finished for item in self._items)

    def sendable_results(self) -> list[FileResult]:
        """The results that go into the report, in the order the items were added."""
        return [
            item.result for item in self._items if item.status.sendable and item.result is not None
        ]


def fill_pattern(template: str, first: str, second: str) -> str:
    """``template`` with ``%1`` and ``%2`` replaced in one pass, so a revealed file name that
    happens to contain "%2" stays as it is."""
    values = {"%1": first, "%2": second}
    return re.sub(r"%[12]", lambda match: values[match.group()], template)


def kind_label(kind: MediaType | None, number: int) -> str:
    """ "Photo 3", "Video 4" or "File 5": what an item is called where its name is not shown."""
    if kind is MediaType.IMAGE:
        text = QCoreApplication.translate("ItemModel", "Photo %1")
    elif kind is MediaType.VIDEO:
        text = QCoreApplication.translate("ItemModel", "Video %1")
    else:
        text = QCoreApplication.translate("ItemModel", "File %1")
    return text.replace("%1", str(number))
