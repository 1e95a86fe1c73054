"""Walking Qt's accessibility tree the way a screen reader sees it."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

#: Things a person operates: each needs a name a screen reader can say.
INTERACTIVE = {
    Role.Button,
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.ProgressBar,
    Role.Slider,
    Role.SpinBox,
}
#: Inside these the items are named by the model (a file's name, "Photo 3: Ready").
CONTAINERS_OF_ITEMS = {Role.List, Role.Tree, Role.Table}


def walk(root: QWidget) -> Iterator[QAccessibleInterface]:
    """Every visible accessible element under ``root`` (items inside views left out)."""
    start = QAccessible.queryAccessibleInterface(root)
    assert start is not None
    assert start.isValid()
    stack = [start]
    while stack:
        interface = stack.pop()
        if interface.state().invisible:
            continue
        yield interface
        if interface.role() in CONTAINERS_OF_ITEMS:
            continue
        for index in range(interface.childCount() - 1, -1, -1):
            child = interface.child(index)
            if child is not None and child.isValid():
                stack.append(child)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive elements with no accessible name (what a screen reader would leave silent)."""
    found = []
    for interface in walk(root):
        if interface.role() not in INTERACTIVE:
            continue
        widget = interface.object()
        own_name = widget.accessibleName() if isinstance(widget, QWidget) else ""
        if not interface.text(QAccessible.Text.Name).strip() or not own_name.strip():
            found.append(f"{interface.role().name} {type(widget).__name__} {widget.objectName()!r}")
    return found
