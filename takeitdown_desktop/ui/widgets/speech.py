"""What screen readers are told: announcements, status lines, and the roles our own widget
classes are exposed with.

Every event goes through ``send_accessibility_event`` (other modules call it as
``speech.send_accessibility_event``), so the accessibility tests can listen to all of them.
The roles are registered with ``exposed_as`` next to each class and served by one
accessibility factory, which start-up installs with ``install_accessibility`` (``ui/app.py``);
importing a module installs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QStackedWidget, QWidget

from takeitdown_desktop.ui.widgets.text import set_label

# Our widget classes (by Qt class name) and the role each is exposed with.
_ROLES: dict[str, tuple[type[QWidget], QAccessible.Role]] = {}

W = TypeVar("W", bound=QWidget)


def exposed_as(role: QAccessible.Role) -> Callable[[type[W]], type[W]]:
    """Class decorator: screen readers see instances of the class with ``role``."""

    def register(cls: type[W]) -> type[W]:
        _ROLES[cls.__name__] = (cls, role)
        return cls

    return register


def accessible_interface(key: str, obj: QObject) -> QAccessibleInterface | None:
    """The accessible interface for our own widget classes that need another role."""
    entry = _ROLES.get(key)
    if entry is not None and isinstance(obj, entry[0]):
        return QAccessibleWidget(obj, entry[1])
    return None


_installed: list[bool] = []


def install_accessibility() -> None:
    """Serve the roles registered with ``exposed_as`` (once per process, at start-up)."""
    if not _installed:
        QAccessible.installFactory(accessible_interface)
        _installed.append(True)


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


@exposed_as(QAccessible.Role.Notification)
class StatusNotice(QWidget):
    """A hidden stand-in that Orca 43 speaks a status line through.

    Orca 43 (Debian 12) ignores the announcement event, but speaks an AT-SPI *notification*
    whose ``showing`` state turns on, even when it isn't focused: "notification Ready: 2. …".
    So each status label owns one of these, never shown on screen (nothing visible changes, and
    it is skipped when Orca reads a screen's text), exposed with the ``Notification`` role and
    named after the status; ``notify`` renames it and sends ``ObjectShow`` (AT-SPI
    ``object:state-changed:showing``). See docs/ACCESSIBILITY.md."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.hide()


@exposed_as(QAccessible.Role.Client)  # AT-SPI: "filler"
class ScreenStack(QStackedWidget):
    """The pile of screens, one shown at a time.

    Exposed as a client area (AT-SPI "filler"), which screen readers pass over, not as Qt's
    "layered pane": Orca said "layered pane" every time the focus came back from the top bar
    into a screen. Each screen is a panel named after its heading, which is what a person
    needs to hear."""


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
