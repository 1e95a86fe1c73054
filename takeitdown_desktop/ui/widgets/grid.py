"""The grid of added items on the add screen: one tile each, blurred unless revealed.

Press and hold a tile to see its picture unblurred. Drops on the grid are taken by the same
``DropHelper`` as the drop zone's.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
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
    QAccessibleEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from takeitdown_desktop.hashing.results import MediaType
from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.items import Item, ItemModel, Status
from takeitdown_desktop.ui.widgets import pictures, speech
from takeitdown_desktop.ui.widgets.drops import DropHelper

# The badge on each tile's picture, by status (none while waiting or working).
_BADGES = {
    Status.READY: "ready",
    Status.WEAK: "weak",
    Status.PARTIAL: "weak",
    Status.FAILED: "unreadable",
    Status.CANCELLED: "stop",
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
        return QSize(side + line * 2, side + line * 4 + line // 2)

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
        colours = theme.art_colours(palette)
        if image is not None and not image.isNull():
            scaled = image.size().scaled(thumb.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), scaled)
            target.moveCenter(thumb.center())
            painter.drawImage(target, image)
        else:
            painter.fillRect(thumb, palette.color(QPalette.ColorRole.Light))
            kind = "video" if item.media_type is MediaType.VIDEO else "photo"
            side = thumb.width() // 3
            glyph = pictures.image(kind, QSize(side, side), colours)
            if not glyph.isNull():
                target = QRect(QPoint(0, 0), glyph.size())
                target.moveCenter(thumb.center())
                painter.drawImage(target, glyph)
        # The status badge, in the picture's top corner: a symbol that needs no words.
        badge = _BADGES.get(item.status)
        if badge is not None:
            side = line + line // 2
            glyph = pictures.image(badge, QSize(side, side), colours)
            if not glyph.isNull():
                corner = QRect(thumb.right() - side - 3, thumb.top() + 3, side, side)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Base))
                painter.drawEllipse(corner.adjusted(-3, -3, 3, 3))
                painter.drawImage(corner, glyph)

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
        # The status in full, on up to two lines; the tooltip has it too, with the reason.
        status_rect = QRect(text_rect.x(), text_rect.bottom() + 2, text_rect.width(), line * 2)
        painter.drawText(
            status_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
            model.status_text(item),
        )
        if item.status is Status.WORKING and item.progress > 0:
            bar = QRect(thumb.x(), status_rect.bottom() + 4, thumb.width(), line // 3)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Mid))
            done = QRect(bar)
            done.setWidth(int(bar.width() * min(1.0, item.progress)))
            painter.fillRect(done, palette.color(QPalette.ColorRole.Highlight))
        painter.restore()


class ItemGrid(QListView):
    """The grid of added items. Press and hold a tile to see its picture unblurred."""

    remove_requested = Signal()
    HOLD_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held_id: int | None = None
        self._pressed_id: int | None = None
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.drops = DropHelper(self.viewport())
        self.setItemDelegate(ItemDelegate(self))
        self.setSpacing(theme.SPACE)
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
            speech.send_accessibility_event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[int]:
        return [index.data(ItemModel.ItemIdRole) for index in self.selectedIndexes()]

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for one whole row of tiles: no status is ever cut off at the bottom."""
        tile = self.itemDelegate().sizeHint(QStyleOptionViewItem(), QModelIndex())
        frame = self.frameWidth() * 2 + self.spacing() * 2
        return QSize(tile.width() + frame, tile.height() + frame)
