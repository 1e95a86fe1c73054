"""Where the person is in the four steps: 1 Questions · 2 Add · 3 Check · 4 Send."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from takeitdown_desktop.ui import theme
from takeitdown_desktop.ui.widgets.text import restyle

STEPS = 4


class StepIndicator(QFrame):
    """The four steps in a row, the current one in the accent colour (and said in words to
    screen readers: "Step 2 of 4: Add")."""

    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.setProperty("steps", True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACE)
        self.labels: list[QLabel] = []
        for number in range(1, STEPS + 1):
            if number > 1:
                dot = QLabel("·", self)
                dot.setAccessibleName(" ")
                row.addWidget(dot)
            label = QLabel(self)
            label.setProperty("step", "current" if number == current else "other")
            restyle(label)
            self.labels.append(label)
            row.addWidget(label)
        row.addStretch(1)
        self.retranslate()

    def names(self) -> list[str]:
        return [self.tr("Questions"), self.tr("Add"), self.tr("Check"), self.tr("Send")]

    def retranslate(self) -> None:
        names = self.names()
        for number, (label, name) in enumerate(zip(self.labels, names, strict=True), 1):
            label.setText(f"{number} {name}")
            label.setAccessibleName(f"{number} {name}")
        self.setAccessibleName(
            self.tr("Step %1 of %2: %3")
            .replace("%1", str(self.current))
            .replace("%2", str(STEPS))
            .replace("%3", names[self.current - 1])
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
