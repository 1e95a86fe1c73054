"""Add photos and videos: a drop zone, a chooser that remembers nothing, and the live grid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from takeitdown_desktop.hashing.results import MediaType
from takeitdown_desktop.ui.items import ItemModel, Status
from takeitdown_desktop.ui.messages import translate_message
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.widgets.drops import DropZone
from takeitdown_desktop.ui.widgets.grid import ItemGrid
from takeitdown_desktop.ui.widgets.questions import Confirmation
from takeitdown_desktop.ui.widgets.speech import set_status
from takeitdown_desktop.ui.widgets.text import paragraph, set_button, set_label

# How long a brief note stays on the screen.
NOTE_MS = 6000


class AddScreen(Screen):
    """Where files are added and removed, and their fingerprinting is shown as it goes.

    The screen shows the item model and emits what the person asked for; the window hands
    the files to the ``HashController`` and calls ``show_progress`` as the work goes on."""

    continue_requested = Signal()
    choose_requested = Signal()
    # Files and folders dropped on the screen (a list of paths).
    paths_added = Signal(list)
    # The chosen tiles' item ids, to be removed.
    remove_requested = Signal(list)
    stop_requested = Signal()

    def __init__(self, model: ItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, step=2)
        self.model = model
        self.busy = False
        self.duplicates = 0
        self.walk_failures = 0

        self.intro = paragraph(self.body)
        self.drop_zone = DropZone(self.body)
        self.grid = ItemGrid(self.body)
        self.grid.setModel(self.model)
        self.summary = paragraph(self.body)
        self.detail = paragraph(self.body)
        # A brief note ("Already added…"), cleared after a few seconds.
        self.note = paragraph(self.body)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_MS)
        self._note_timer.timeout.connect(lambda: set_label(self.note, ""))
        self.reveal_question = Confirmation(self.body)

        self.reveal_button = QPushButton(self.body)
        self.reveal_button.setCheckable(True)
        self.remove_button = QPushButton(self.body)
        self.stop_button = QPushButton(self.body)
        self.tools = QWidget(self.body)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.reveal_button, self.remove_button, self.stop_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.content.addWidget(self.intro)
        self.content.addWidget(self.drop_zone)
        self.content.addWidget(self.grid, 100)
        self.content.addWidget(self.summary)
        self.content.addWidget(self.detail)
        self.content.addWidget(self.note)
        self.content.addWidget(self.reveal_question)
        self.content.addWidget(self.tools)
        self.content.addStretch(1)

        self.continue_button = self.add_button(primary=True)

        self.drop_zone.dropped.connect(self.paths_added)
        self.grid.drops.dropped.connect(self.paths_added)
        self.drop_zone.choose_button.clicked.connect(self.choose_requested)
        self.grid.remove_requested.connect(self.remove_selected)
        self.grid.selectionModel().currentChanged.connect(self._show_detail)
        self.remove_button.clicked.connect(self.remove_selected)
        self.stop_button.clicked.connect(self.stop_requested)
        self.reveal_button.toggled.connect(self._reveal_toggled)
        self.reveal_question.answered.connect(self._reveal)
        self.continue_button.clicked.connect(self.continue_requested)
        # Styled now, not when the first files arrive (the grid appears then, in one go).
        for widget in (self.grid, self.tools, self.detail):
            widget.ensurePolished()
        self.model.dataChanged.connect(self._refresh_detail)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        set_label(self.title, self.tr("Add the photos and videos"))
        set_label(
            self.intro,
            self.tr(
                "Add each photo or video you want taken down. They stay on this computer: "
                "only their fingerprints are made. They are blurred, so you don't have to "
                "see them."
            ),
        )
        set_label(self.drop_zone.label, self.tr("Drag photos, videos or folders here"))
        set_button(self.drop_zone.choose_button, self.tr("Choose photos and videos…"))
        self.grid.setAccessibleName(self.tr("Added photos and videos"))
        self.grid.setAccessibleDescription(
            self.tr("Press Delete to remove the chosen ones. Press and hold to see one.")
        )
        self.reveal_question.set_texts(
            self.tr(
                "Seeing these pictures might be upsetting, and someone near you could see "
                "them too. You don't need to look at them: the fingerprints are made either "
                "way. Show them anyway?"
            ),
            self.tr("Show them"),
            self.tr("Keep them blurred"),
        )
        set_button(
            self.reveal_button,
            self.tr("Hide pictures") if self.model.revealed else self.tr("Show pictures"),
            self.tr("Pictures are blurred unless you choose to see them."),
        )
        set_button(self.remove_button, self.tr("Remove"), self.tr("Remove the chosen items"))
        set_button(self.stop_button, self.tr("Stop"), self.tr("Stop making fingerprints"))
        set_button(self.continue_button, self.tr("Continue"))
        self.refresh()
        self.grid.viewport().update()  # the tiles' labels and statuses are painted in words

    def first_focus(self) -> QWidget:
        return self.drop_zone.choose_button

    # Actions -------------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        ids = self.grid.selected_ids()
        if ids:
            self.remove_requested.emit(ids)

    def _reveal_toggled(self, checked: bool) -> None:
        if checked and not self.model.revealed:
            self.reveal_question.ask()
        elif not checked:
            self._reveal(False)

    def _reveal(self, show: bool) -> None:
        self.reveal_question.hide()
        self.model.set_revealed(show)
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(show)
        self.reveal_button.blockSignals(False)
        self.retranslate()
        self.reveal_button.setFocus()

    # Showing -------------------------------------------------------------------------------------

    def show_progress(self, busy: bool, duplicates: int, walk_failures: int) -> None:
        """The fingerprinting's state: still working, files folded as duplicates of another,
        folders that couldn't be looked through."""
        self.busy = busy
        self.duplicates = duplicates
        self.walk_failures = walk_failures
        self.refresh()

    def show_already_added(self, count: int) -> None:
        """Files dropped or chosen again were already in the list: say so, briefly."""
        set_status(self.note, self.tr("Already added, so not added again: %n.", "", count))
        self._note_timer.start()

    def show_problem(self, text: str) -> None:
        """Why the report couldn't be made from these files (in the detail line)."""
        set_status(self.detail, text)

    def refresh(self) -> None:
        model = self.model
        busy = self.busy
        ready = model.count(Status.READY, Status.WEAK, Status.PARTIAL)
        working = model.count(Status.WAITING, Status.WORKING)
        failed = model.count(Status.FAILED, Status.CANCELLED)
        weak = model.count(Status.WEAK)
        parts: list[str] = []
        if not len(model) and not busy:
            parts.append(self.tr("Nothing added yet."))
        if working:
            parts.append(self.tr("Making fingerprints: %n to go.", "", working))
        elif busy:
            parts.append(self.tr("Looking through folders…"))
        if ready:
            parts.append(self.tr("Ready: %n.", "", ready))
        if weak:
            parts.append(self.tr("Weak fingerprint, still useful: %n.", "", weak))
        if failed:
            parts.append(self.tr("Couldn't be read: %n.", "", failed))
        if self.duplicates:
            parts.append(
                self.tr(
                    "Shown once, because they were the same as another file: %n.",
                    "",
                    self.duplicates,
                )
            )
        if self.walk_failures:
            parts.append(self.tr("Some folders couldn't be looked through. Try adding them again."))
        if ready and not busy:
            parts.append(self.tr("You can add more, or continue."))
        elif busy:
            parts.append(self.tr("You can keep adding files, or press Stop."))
        set_status(self.summary, " ".join(parts))
        # While nothing is added, the drop zone is the screen's hero; then the grid is.
        empty = not len(model) and not busy
        self.drop_zone.set_hero(empty)
        for widget in (self.grid, self.tools, self.detail):
            widget.setVisible(not empty)
        self.stop_button.setEnabled(busy)
        self.remove_button.setEnabled(len(model) > 0)
        self.reveal_button.setEnabled(len(model) > 0)
        self.continue_button.setEnabled(ready > 0 and not busy)
        self._refresh_detail()

    def _show_detail(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._refresh_detail()

    def _refresh_detail(self) -> None:
        index = self.grid.currentIndex()
        text = ""
        if index.isValid():
            item = self.model.item(index.data(ItemModel.ItemIdRole))
            if item is not None:
                reason = ""
                if item.message:
                    reason = translate_message(item.message)
                elif item.status is Status.WEAK:
                    reason = self.tr(
                        "This picture is very plain or blurry, so its fingerprint is weak and "
                        "harder to match. It is still sent, and can still help."
                    )
                elif item.status is Status.READY and item.media_type is MediaType.OTHER:
                    reason = self.tr(
                        "This isn't a photo or video, so only its file fingerprint will be "
                        "sent. It can still find exact copies of this file."
                    )
                else:
                    reason = self.model.time_left(item)
                text = self.model.describe(item, reason)
        set_label(self.detail, text)
