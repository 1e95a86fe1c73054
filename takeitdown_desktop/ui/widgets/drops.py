"""Files dropped from a file manager: one ``DropHelper`` for every widget that takes them.

The drop zone and the grid both take drops; the helper watches the widget's drag events
(as an event filter) so the handling is written once.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui.widgets.pictures import Picture
from takeitdown_desktop.ui.widgets.text import restyle


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drop; anything else (web links, text) is ignored."""
    if not mime.hasUrls():
        return []
    paths: list[Path] = []
    for url in mime.urls():
        if url.isLocalFile():
            local = url.toLocalFile()
            if local:
                paths.append(Path(os.path.normpath(local)))
    return paths


class DropHelper(QObject):
    """Accepts drops of local files on ``target``; ``dropped`` carries their paths and
    ``hovering`` says when something droppable is over it (for a highlight)."""

    dropped = Signal(list)  # list[Path]
    hovering = Signal(bool)

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.DragLeave:
            self.hovering.emit(False)
            return True
        if not isinstance(event, QDropEvent):  # drag enter and move events are drop events
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if local_paths(event.mimeData()):
                event.acceptProposedAction()
                if kind is QEvent.Type.DragEnter:
                    self.hovering.emit(True)
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            self.hovering.emit(False)
            paths = local_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths)
            else:
                event.ignore()
            return True
        return False


class DropZone(QFrame):
    """A large area to drop files and folders on, with a button for those who prefer one.

    While nothing is added it is the hero of the add screen: a big icon, a line of text and
    the button; the theme draws its dashed border, and a solid one while something hovers."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("dropZone", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.icon = Picture("drop", self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.drops = DropHelper(self)
        self.drops.dropped.connect(self.dropped)
        self.drops.hovering.connect(self._set_hover)

    def set_hero(self, hero: bool) -> None:
        """Big (nothing added yet) or compact (the grid is showing)."""
        if self.property("hero") == hero:
            return
        self.icon.set_size(5.0 if hero else 2.0)
        line = self.fontMetrics().height()
        self.setMinimumHeight(line * 14 if hero else 0)
        self.setProperty("hero", hero)
        restyle(self)

    def _set_hover(self, hover: bool) -> None:
        self.setProperty("hover", hover)
        restyle(self)
