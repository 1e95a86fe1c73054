"""The four steps of "How does this work?": one picture in four parts, with a caption under
each part. The captions are labels (translated, read aloud); the picture itself has no text.
Right to left, the picture is mirrored so that each caption stays under its part."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.widgets.pictures import renderer
from takeitdown_desktop.ui.widgets.text import set_label

PICTURE = "how-it-works"


class _Canvas(QWidget):
    """The picture, as wide as the screen's text and as high as its shape allows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.renderer = renderer(PICTURE, theme.art_colours(self.palette()))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if self.renderer is None:
            self.hide()

    def _ratio(self) -> float:
        if self.renderer is None:
            return 0.0
        natural = self.renderer.defaultSize()
        return natural.height() / max(1, natural.width())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(width * self._ratio())

    def sizeHint(self) -> QSize:  # noqa: N802
        wide = self.fontMetrics().averageCharWidth() * 60
        return QSize(wide, self.heightForWidth(wide))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.renderer = renderer(PICTURE, theme.art_colours(self.palette()))
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.renderer is None:
            return
        painter = QPainter(self)
        high = min(self.height(), self.heightForWidth(self.width()))
        wide = high / max(self._ratio(), 1e-6)
        left = (self.width() - wide) / 2
        if self.isRightToLeft():
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        self.renderer.render(painter, QRectF(left, 0, wide, high))
        painter.end()


class FlowPicture(QWidget):
    """The picture of the four steps, with one caption under each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = _Canvas(self)
        self.captions = [QLabel(self) for _ in range(4)]
        self.row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(theme.SPACE)
        for caption in self.captions:
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            caption.setProperty("caption", True)
            row.addWidget(caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addLayout(row)

    def set_steps(self, steps: list[str]) -> None:
        for number, (caption, text) in enumerate(zip(self.captions, steps, strict=True), 1):
            set_label(caption, f"{number}. {text}")
        if self.width() > 0 and self.isVisible():
            self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        """A caption under each part; one under the other when a caption's longest word
        would not fit in a quarter of the width (long words, large fonts)."""
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(word) for c in self.captions for word in c.text().split()),
            default=0,
        )
        quarter = (width - 3 * theme.SPACE) // 4
        across = longest <= quarter
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            for caption in self.captions:
                caption.setAlignment(
                    (Qt.AlignmentFlag.AlignHCenter if across else Qt.AlignmentFlag.AlignLeading)
                    | Qt.AlignmentFlag.AlignTop
                )
                caption.setSizePolicy(
                    QSizePolicy.Policy.Ignored if across else QSizePolicy.Policy.Preferred,
                    QSizePolicy.Policy.Preferred,
                )
            self.row.invalidate()
            self.updateGeometry()
