"""An in-app file picker that remembers nothing.

Why not ``QFileDialog``: when it closes, Qt's own dialog saves ``history``, ``lastVisited``,
sidebar and header state into the ``QtProject`` settings (``~/.config/QtProject.conf`` on
Linux, the registry on Windows, a plist on macOS), even with ``DontUseNativeDialog``; native
dialogs add the chosen files to the system's recent files (GTK's ``recently-used.xbel``,
Windows Recent Items, macOS recent documents). Redirecting Qt's settings to a temporary folder
would still put folder names on disk until it is wiped, and a crash would leave them there.

This picker is a ``QDialog`` over a read-only ``QFileSystemModel``: it lists folders, never
writes, has no history, and starts in the home folder every time. Its icons are Qt's generic
file and folder icons, so the system is never asked for a file's icon or thumbnail. It works
the same on every system. The only disk write it can lead to is the file the person names in
"save" mode, and that write is done by the caller.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDir, QModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop import APP_NAME


class PickerMode(enum.Enum):
    ADD = "add"  # several files and folders
    OPEN = "open"  # one file
    SAVE = "save"  # a folder and a new file name


_PLACES: tuple[tuple[QStandardPaths.StandardLocation, object], ...] = (
    (QStandardPaths.StandardLocation.HomeLocation, QT_TRANSLATE_NOOP("FilePicker", "Home")),
    (QStandardPaths.StandardLocation.DesktopLocation, QT_TRANSLATE_NOOP("FilePicker", "Desktop")),
    (QStandardPaths.StandardLocation.PicturesLocation, QT_TRANSLATE_NOOP("FilePicker", "Pictures")),
    (QStandardPaths.StandardLocation.MoviesLocation, QT_TRANSLATE_NOOP("FilePicker", "Videos")),
    (
        QStandardPaths.StandardLocation.DownloadLocation,
        QT_TRANSLATE_NOOP("FilePicker", "Downloads"),
    ),
    (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QT_TRANSLATE_NOOP("FilePicker", "Documents"),
    ),
)


class FilePicker(QDialog):
    """Choose files/folders to add, one file to open, or where to save a new file."""

    def __init__(
        self,
        mode: PickerMode,
        parent: QWidget | None = None,
        *,
        start: Path | None = None,
        suggested_name: str = "",
        on_quick_exit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(APP_NAME)
        self.setModal(True)
        self.resize(720, 480)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.places = QListWidget(self)
        self.places.setMaximumWidth(180)
        for location, name in _PLACES:
            folder = QStandardPaths.writableLocation(location)
            if folder and Path(folder).is_dir():
                entry = QListWidgetItem(self.tr(str(name)), self.places)
                entry.setData(Qt.ItemDataRole.UserRole, folder)
        for drive in QDir.drives():
            entry = QListWidgetItem(QDir.toNativeSeparators(drive.absolutePath()), self.places)
            entry.setData(Qt.ItemDataRole.UserRole, drive.absolutePath())
        self.places.itemActivated.connect(self._place_chosen)
        self.places.itemClicked.connect(self._place_chosen)

        self.exit_button = QPushButton(self)
        self.exit_button.setObjectName("quickExit")
        self.exit_button.setStyleSheet(
            "#quickExit { background: #b00020; color: white; font-weight: bold;"
            " padding: 6px 14px; border-radius: 4px; }"
        )
        self.exit_button.setVisible(on_quick_exit is not None)
        if on_quick_exit is not None:
            self.exit_button.clicked.connect(on_quick_exit)

        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(self.go_up)
        self.location = QLineEdit(self)
        self.location.returnPressed.connect(lambda: self.open_folder(Path(self.location.text())))

        self.fs_model = QFileSystemModel(self)
        self.fs_model.setReadOnly(True)
        # Generic file and folder icons only: the platform's icon provider asks the system
        # shell about each file (Windows, macOS), which may make and cache a thumbnail of it.
        self.icons = QAbstractFileIconProvider()
        self.fs_model.setIconProvider(self.icons)
        self.fs_model.setFilter(
            QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot
        )
        self.fs_model.setRootPath("")
        self.view = QTreeView(self)
        self.view.setModel(self.fs_model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if mode is PickerMode.ADD
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setStretchLastSection(False)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(suggested_name, self)
        self.name_label.setBuddy(self.name_edit)
        self.name_edit.textChanged.connect(self._update_ok)
        for widget in (self.name_label, self.name_edit):
            widget.setVisible(mode is PickerMode.SAVE)
        self.replace_note = QLabel(self)
        self.replace_note.setWordWrap(True)
        self.replace_note.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self.view, self.go_up)

        top = QHBoxLayout()
        top.addWidget(self.up_button)
        top.addWidget(self.location, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.places)
        middle.addWidget(self.view, 1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.exit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.replace_note)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.open_folder(start or Path(QDir.homePath()))
        self.view.setFocus()

    def retranslate(self) -> None:
        headings = {
            PickerMode.ADD: self.tr(
                "Choose photos, videos or whole folders. Hold Ctrl to choose more than one."
            ),
            PickerMode.OPEN: self.tr("Choose the fingerprint file you saved earlier."),
            PickerMode.SAVE: self.tr("Choose a folder, then type a name for the file."),
        }
        ok_texts = {
            PickerMode.ADD: self.tr("Add"),
            PickerMode.OPEN: self.tr("Open"),
            PickerMode.SAVE: self.tr("Save"),
        }
        self.heading.setText(headings[self.mode])
        self.exit_button.setText(self.tr("Quick exit"))
        self.exit_button.setAccessibleName(self.tr("Quick exit"))
        self.up_button.setText(self.tr("Up one folder"))
        self.up_button.setAccessibleName(self.tr("Up one folder"))
        self.location.setAccessibleName(self.tr("Folder"))
        self.places.setAccessibleName(self.tr("Places"))
        self.view.setAccessibleName(self.tr("Files and folders"))
        self.name_label.setText(self.tr("File name:"))
        self.name_edit.setAccessibleName(self.tr("File name"))
        self.replace_note.setText(
            self.tr("There is already a file with this name here. Saving will replace it.")
        )
        self.ok_button.setText(ok_texts[self.mode])
        self.ok_button.setAccessibleName(ok_texts[self.mode])
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update_ok()

    # Navigation ----------------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return Path(self.fs_model.filePath(self.view.rootIndex()))

    def open_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            self.location.setText(str(self.folder))
            return
        index = self.fs_model.index(str(folder))
        self.view.setRootIndex(index)
        self.view.clearSelection()
        self.location.setText(str(folder))
        self._update_ok()

    def go_up(self) -> None:
        parent = self.folder.parent
        if parent != self.folder:
            self.open_folder(parent)

    def _place_chosen(self, entry: QListWidgetItem) -> None:
        self.open_folder(Path(str(entry.data(Qt.ItemDataRole.UserRole))))

    def _activated(self, index: QModelIndex) -> None:
        path = Path(self.fs_model.filePath(index))
        if self.fs_model.isDir(index) and (
            self.mode is not PickerMode.ADD or len(self.selected_paths()) <= 1
        ):
            self.open_folder(path)
        else:
            self._accept_if_ready()

    # Choosing ------------------------------------------------------------------------------------

    def select(self, paths: list[Path]) -> None:
        """Select ``paths`` in the current folder (keyboard users do this with the arrows)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        for path in paths:
            index = self.fs_model.index(str(path))
            if index.isValid():
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def selected_paths(self) -> list[Path]:
        rows = self.view.selectionModel().selectedRows(0)
        return sorted(Path(self.fs_model.filePath(index)) for index in rows)

    def chosen(self) -> list[Path]:
        """What the person chose: paths to add or open, or the one new file to save."""
        if self.mode is PickerMode.SAVE:
            name = self.name_edit.text().strip()
            plain = name and name not in (".", "..") and not any(c in name for c in "/\\:")
            return [self.folder / name] if plain else []
        if self.mode is PickerMode.OPEN:
            return [path for path in self.selected_paths() if path.is_file()][:1]
        return self.selected_paths()

    def _selection_changed(self) -> None:
        if self.mode is PickerMode.SAVE:
            files = [path for path in self.selected_paths() if path.is_file()]
            if files:
                self.name_edit.setText(files[0].name)
        self._update_ok()

    def _update_ok(self) -> None:
        chosen = self.chosen()
        self.ok_button.setEnabled(bool(chosen))
        replacing = self.mode is PickerMode.SAVE and bool(chosen) and chosen[0].exists()
        self.replace_note.setVisible(replacing)

    def _accept_if_ready(self) -> None:
        if self.chosen():
            self.accept()
