"""Add photos and videos: a drop zone, a chooser that remembers nothing, and the live grid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from takeitdown_desktop.ui.controller import HashController
from takeitdown_desktop.ui.items import ItemModel, Status
from takeitdown_desktop.ui.messages import translate_message
from takeitdown_desktop.ui.screens.base import Screen
from takeitdown_desktop.ui.widgets import (
    DropZone,
    ItemGrid,
    paragraph,
    set_button,
    set_label,
    set_status,
    warning_frame,
)


class AddScreen(Screen):
    """Where files are added, fingerprinted (in the background), checked and removed."""

    continue_requested = Signal()
    choose_requested = Signal()

    def __init__(self, controller: HashController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model: ItemModel = controller.model

        self.intro = paragraph(self.body)
        self.drop_zone = DropZone(self.body)
        self.grid = ItemGrid(self.body)
        self.grid.setModel(self.model)
        self.summary = paragraph(self.body)
        self.detail = paragraph(self.body)
        self.reveal_frame, self.reveal_text = warning_frame(self.body)
        self.reveal_yes = QPushButton(self.reveal_frame)
        self.reveal_no = QPushButton(self.reveal_frame)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_yes)
        reveal_row.addWidget(self.reveal_no)
        reveal_row.addStretch(1)
        layout = self.reveal_frame.layout()
        assert layout is not None
        layout.addItem(reveal_row)
        self.reveal_frame.hide()

        self.reveal_button = QPushButton(self.body)
        self.reveal_button.setCheckable(True)
        self.remove_button = QPushButton(self.body)
        self.stop_button = QPushButton(self.body)
        tools = QHBoxLayout()
        for button in (self.reveal_button, self.remove_button, self.stop_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.content.addWidget(self.intro)
        self.content.addWidget(self.drop_zone)
        self.content.addWidget(self.grid, 1)
        self.content.addWidget(self.summary)
        self.content.addWidget(self.detail)
        self.content.addWidget(self.reveal_frame)
        self.content.addLayout(tools)

        self.continue_button = self.add_button(primary=True)

        self.drop_zone.dropped.connect(self.controller.add_paths)
        self.grid.paths_dropped.connect(self.controller.add_paths)
        self.drop_zone.choose_button.clicked.connect(self.choose_requested)
        self.grid.remove_requested.connect(self.remove_selected)
        self.grid.selectionModel().currentChanged.connect(self._show_detail)
        self.remove_button.clicked.connect(self.remove_selected)
        self.stop_button.clicked.connect(self.controller.cancel)
        self.reveal_button.toggled.connect(self._reveal_toggled)
        self.reveal_yes.clicked.connect(lambda: self._reveal(True))
        self.reveal_no.clicked.connect(lambda: self._reveal(False))
        self.continue_button.clicked.connect(self.continue_requested)
        self.controller.changed.connect(self.refresh)
        self.controller.duplicate_folded.connect(self.refresh)
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
        set_label(
            self.reveal_text,
            self.tr(
                "Seeing these pictures might be upsetting, and someone near you could see "
                "them too. You don't need to look at them: the fingerprints are made either "
                "way. Show them anyway?"
            ),
        )
        set_button(self.reveal_yes, self.tr("Show them"))
        set_button(self.reveal_no, self.tr("Keep them blurred"))
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
            self.controller.remove(ids)

    def _reveal_toggled(self, checked: bool) -> None:
        if checked and not self.model.revealed:
            self.reveal_frame.show()
            self.reveal_yes.setFocus()
        elif not checked:
            self._reveal(False)

    def _reveal(self, show: bool) -> None:
        self.reveal_frame.hide()
        self.model.set_revealed(show)
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(show)
        self.reveal_button.blockSignals(False)
        self.retranslate()
        self.reveal_button.setFocus()

    # Showing -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        model = self.model
        busy = self.controller.is_busy()
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
        if self.controller.duplicates:
            parts.append(
                self.tr(
                    "Shown once, because they were the same as another file: %n.",
                    "",
                    self.controller.duplicates,
                )
            )
        if self.controller.walk_failures:
            parts.append(self.tr("Some folders couldn't be looked through. Try adding them again."))
        if ready and not busy:
            parts.append(self.tr("You can add more, or continue."))
        elif busy:
            parts.append(self.tr("You can keep adding files, or press Stop."))
        set_status(self.summary, " ".join(parts))
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
                text = self.model.describe(item, reason)
        set_label(self.detail, text)
