"""Small widgets the screens share: text helpers, the drop zone, the thumbnail grid, the flow
picture and the list of places to get help. Sizes come from the font, so everything grows with
the system font size.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAccessibleWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from takeitdown_desktop.ui.items import Item, ItemModel, Status, fill_pattern
from takeitdown_desktop.ui.messages import translate_message
from takeitdown_desktop.ui.support import SupportResource

# Text --------------------------------------------------------------------------------------------


def heading(parent: QWidget, level: int = 1) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.15))
    label.setFont(font)
    label.setAccessibleName("heading")
    return label


def paragraph(parent: QWidget, *, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def set_label(label: QLabel, text: str) -> None:
    """Set a label's text and the name a screen reader reads for it."""
    label.setText(text)
    label.setAccessibleName(text)


def send_accessibility_event(event: QAccessibleEvent) -> None:
    """Hand an event to the screen reader (one place, so tests can listen)."""
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now, though focus stays where it is: progress and
    answers that appear away from the focused control would otherwise go unheard."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    send_accessibility_event(event)


class StatusNotice(QWidget):
    """A hidden stand-in that Orca 43 speaks a status line through.

    Orca 43 (Debian 12) ignores the announcement event, but speaks an AT-SPI *notification*
    whose ``showing`` state turns on, even when it isn't focused: "notification Ready: 2. …".
    So each status label owns one of these, never shown on screen (nothing visible changes, and
    it is skipped when Orca reads a screen's text), exposed with the ``Notification`` role by
    ``accessible_interface`` and named after the status; ``set_status`` renames it and sends
    ``ObjectShow`` (AT-SPI ``object:state-changed:showing``). See docs/ACCESSIBILITY.md."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.hide()


class ScreenStack(QStackedWidget):
    """The pile of screens, one shown at a time.

    Exposed as a client area (AT-SPI "filler"), which screen readers pass over, not as Qt's
    "layered pane": Orca said "layered pane" every time the focus came back from the top bar
    into a screen. Each screen is a panel named after its heading, which is what a person
    needs to hear."""


def accessible_interface(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The accessible interface for our own widget classes that need another role."""
    if key == "StatusNotice" and isinstance(obj, StatusNotice):
        return QAccessibleWidget(obj, QAccessible.Role.Notification)
    if key == "ScreenStack" and isinstance(obj, ScreenStack):
        return QAccessibleWidget(obj, QAccessible.Role.Client)  # AT-SPI: "filler"
    if key == "QuestionFrame" and isinstance(obj, QuestionFrame):
        return QAccessibleWidget(obj, QAccessible.Role.AlertMessage)
    return None


QAccessible.installFactory(accessible_interface)


def notify(label: QLabel, text: str) -> None:
    """Show ``text`` to screen readers that don't speak announcements (Orca 43)."""
    notice = label.findChild(StatusNotice, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if notice is None:
        notice = StatusNotice(label)
    notice.setAccessibleName(text)
    send_accessibility_event(QAccessibleEvent(notice, QAccessible.Event.ObjectShow))


def tell(label: QLabel, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` about ``label`` though the focus is elsewhere: as an
    announcement, and as a hidden notification (which Orca 43 speaks; see ``StatusNotice``)."""
    announce(label, text, assertive=assertive)
    notify(label, text)


def set_status(label: QLabel, text: str, *, assertive: bool = False) -> None:
    """``set_label`` for a line that reports progress or an answer: a change is ``tell``-ed."""
    changed = text != label.text()
    set_label(label, text)
    if changed and text and label.isVisible():
        tell(label, text, assertive=assertive)


def set_button(button: QAbstractButton, text: str, description: str = "") -> None:
    """Set a button's text, accessible name (without the & mnemonic) and description."""
    button.setText(text)
    button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    button.setAccessibleDescription(description)


def bullet_list(lines: list[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


# Drops -------------------------------------------------------------------------------------------


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


class DropZone(QFrame):
    """A large area to drop files and folders on, with a button for those who prefer one."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropZone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self._set_hover(False)

    def _set_hover(self, hover: bool) -> None:
        self.setStyleSheet(
            "#dropZone { border: 2px dashed palette(mid); border-radius: 8px; }"
            if not hover
            else "#dropZone { border: 3px solid palette(highlight); border-radius: 8px; }"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_hover(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_hover(False)
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)
        else:
            event.ignore()


# The grid ----------------------------------------------------------------------------------------

_SYMBOLS = {
    Status.WAITING: "…",
    Status.WORKING: "…",
    Status.READY: "✓",
    Status.WEAK: "!",
    Status.PARTIAL: "!",
    Status.FAILED: "✕",
    Status.CANCELLED: "–",
}


class ItemDelegate(QStyledItemDelegate):
    """Paints one tile: the (blurred) thumbnail, the neutral label, the status and reason."""

    def __init__(self, view: ItemGrid) -> None:
        super().__init__(view)
        self.view = view

    def thumb_side(self) -> int:
        return self.view.fontMetrics().height() * 7

    def thumb_rect(self, tile: QRect) -> QRect:
        """Where the picture is painted inside a tile."""
        side = self.thumb_side()
        line = self.view.fontMetrics().height()
        return QRect(tile.x() + (tile.width() - side) // 2, tile.y() + line // 2, side, side)

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = self.view.fontMetrics().height()
        side = self.thumb_side()
        return QSize(side + line, side + line * 5)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = index.data(ItemModel.ItemRole)
        if not isinstance(item, Item):
            return
        model = index.model()
        assert isinstance(model, ItemModel)
        painter.save()
        palette: QPalette = option.palette
        rect: QRect = option.rect
        state = option.state
        line = self.view.fontMetrics().height()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        # The theme's own pair for selected items: readable in light, dark and high contrast.
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        if state & QStyle.StateFlag.State_HasFocus:
            ring = QPen(text_color if selected else palette.color(QPalette.ColorRole.Highlight))
            ring.setWidth(2)
            painter.setPen(ring)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))

        thumb = self.thumb_rect(rect)
        show_sharp = model.revealed or self.view.held_id == item.id
        image = item.sharp if show_sharp else item.blurred
        if image is not None and not image.isNull():
            scaled = image.size().scaled(thumb.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), scaled)
            target.moveCenter(thumb.center())
            painter.drawImage(target, image)
        else:
            painter.fillRect(thumb, palette.color(QPalette.ColorRole.Midlight))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(thumb, Qt.AlignmentFlag.AlignCenter, _SYMBOLS[item.status])

        text_rect = QRect(rect.x() + 4, thumb.bottom() + 4, rect.width() - 8, line)
        painter.setPen(text_color)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignHCenter,
            painter.fontMetrics().elidedText(
                model.label(item), Qt.TextElideMode.ElideMiddle, text_rect.width()
            ),
        )
        painter.setFont(option.font)
        status = f"{_SYMBOLS[item.status]} {model.status_text(item)}"
        text_rect.translate(0, line)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignHCenter,
            painter.fontMetrics().elidedText(status, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if item.status is Status.WORKING and item.progress > 0:
            bar = QRect(thumb.x(), text_rect.bottom() + 4, thumb.width(), line // 3)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Mid))
            done = QRect(bar)
            done.setWidth(int(bar.width() * min(1.0, item.progress)))
            painter.fillRect(done, palette.color(QPalette.ColorRole.Highlight))
        elif item.message:
            message_rect = QRect(text_rect.x(), text_rect.bottom() + 2, text_rect.width(), line * 2)
            small = QFont(option.font)
            small.setPointSizeF(small.pointSizeF() * 0.85)
            painter.setFont(small)
            painter.drawText(
                message_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                translate_message(item.message),
            )
        painter.restore()


class ItemGrid(QListView):
    """The grid of added items. Press and hold a tile to see its picture unblurred."""

    remove_requested = Signal()
    paths_dropped = Signal(list)
    HOLD_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held_id: int | None = None
        self._pressed_id: int | None = None
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(6)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        self.setItemDelegate(ItemDelegate(self))
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(self.HOLD_MS)
        self._hold_timer.timeout.connect(self._hold)

    def hold(self, item_id: int | None) -> None:
        """Show one item unblurred (``None`` blurs it again)."""
        self.held_id = item_id
        self.viewport().update()

    def _hold(self) -> None:
        self.hold(self._pressed_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        self._pressed_id = index.data(ItemModel.ItemIdRole) if index.isValid() else None
        if self._pressed_id is not None:
            self._hold_timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self._hold_timer.stop()
        self._pressed_id = None
        self.hold(None)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        current = self.currentIndex()
        keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if keyboard and current.isValid() and not self.selectionModel().hasSelection():
            # Coming in with Tab, the tile that is said (below) is also the one that Delete
            # and Remove act on, as after an arrow key; a screen reader then doesn't add
            # "not selected".
            self.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        # Qt tells a screen reader that the list has the focus after this handler has run, so
        # it would say "list with 2 items" and never which tile is current. Telling it about
        # the current tile once the focus has settled makes it say that tile too.
        QTimer.singleShot(0, self, self._announce_current_tile)

    def _announce_current_tile(self) -> None:
        current = self.currentIndex()
        if self.hasFocus() and current.isValid():
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild(current.row())
            send_accessibility_event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[int]:
        return [index.data(ItemModel.ItemIdRole) for index in self.selectedIndexes()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
        else:
            event.ignore()


# The flow picture --------------------------------------------------------------------------------


class FlowDiagram(QWidget):
    """A simple picture of the flow: boxes with arrows, made of labels so it reads aloud."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = [QLabel(self) for _ in range(4)]
        layout = QHBoxLayout(self)
        for number, box in enumerate(self.boxes):
            box.setWordWrap(True)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setFrameShape(QFrame.Shape.Box)
            box.setMargin(8)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            layout.addWidget(box, 1)
            if number < len(self.boxes) - 1:
                arrow = QLabel("→", self)
                arrow.setAccessibleName(" ")
                layout.addWidget(arrow)

    def set_steps(self, steps: list[str]) -> None:
        for box, text in zip(self.boxes, steps, strict=True):
            set_label(box, text)


# Places to get help ------------------------------------------------------------------------------


def resources_html(resources: tuple[SupportResource, ...], *, right_to_left: bool = False) -> str:
    """Rich text for a label: each service's name, what it is for, and its links.

    ``right_to_left`` sets each paragraph's direction: Qt would guess it from the first letter,
    and a service named in Latin letters (Take It Down, INHOPE) made its Hebrew or Arabic
    description run left to right, aligned to the wrong side."""
    start = '<p dir="rtl">' if right_to_left else "<p>"
    parts: list[str] = []
    for resource in resources:
        links = " · ".join(
            f'<a href="{html.escape(resource.link(contact), quote=True)}">'
            f"{html.escape(contact.label)}</a>"
            for contact in resource.contacts
        )
        parts.append(
            f"{start}<b>{html.escape(resource.name)}</b> ({html.escape(resource.region)})<br>"
            f"{html.escape(resource.what)}<br>{links}</p>"
        )
    return "".join(parts)


class ResourceList(QLabel):
    """The places to get help, with links that work from the keyboard too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resources: tuple[SupportResource, ...] = ()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    def set_resources(self, resources: tuple[SupportResource, ...]) -> None:
        self.resources = resources
        self.setText(resources_html(resources, right_to_left=self.isRightToLeft()))
        self.setAccessibleName(
            "; ".join(
                f"{r.name}: {r.what} " + ", ".join(c.label for c in r.contacts) for r in resources
            )
        )

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        # Tab moves from link to link inside the label, and Qt tells a screen reader nothing
        # (Orca was silent for seven Tabs): say which service's link now has the focus.
        moved = super().focusNextPrevChild(forward)
        link = self.selectedText()
        if moved and self.hasFocus() and link:
            owner = next(
                (r for r in self.resources if any(c.label == link for c in r.contacts)), None
            )
            if owner is not None:
                # The same "%1: %2" as a tile's "Photo 1: Ready", translated once.
                link = fill_pattern(
                    QCoreApplication.translate("ItemModel", "%1: %2"), owner.name, link
                )
            tell(self, link)
        return moved


class QuestionFrame(QFrame):
    """A box that asks a question with its answer buttons inside (withdraw: yes or no).

    Exposed as an alert, as a small dialog inside the screen is: when the focus moves to one
    of its buttons, a screen reader reads the question first (Orca said only "No, keep it
    push button" while the box was a plain panel)."""


def warning_frame(parent: QWidget, *, question: bool = False) -> tuple[QFrame, QLabel]:
    """A gently coloured box with a word-wrapped label, for things to read carefully."""
    frame = QuestionFrame(parent) if question else QFrame(parent)
    frame.setObjectName("notice")
    frame.setStyleSheet(
        "#notice { background: palette(alternate-base); border: 1px solid palette(mid);"
        " border-radius: 6px; }"
    )
    label = paragraph(frame)
    layout = QVBoxLayout(frame)
    layout.addWidget(label)
    return frame, label
