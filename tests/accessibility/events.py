"""What the app tells screen readers, recorded for the tests: every event it hands to
``speech.send_accessibility_event`` (the one place it sends them), which is still sent."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

from takeitdown_desktop.ui.widgets import speech


@dataclass(frozen=True)
class SentEvent:
    kind: QAccessible.Event
    source: QObject | None  # the widget the event is about
    child: int  # which of its children (a tile of the grid), or -1
    #: An announcement's words; otherwise the name of what the event is about, read as it
    #: was sent (a status notice is renamed by the next status).
    text: str


class SentEvents(list[SentEvent]):
    def texts(self, kind: QAccessible.Event, about: QObject | None = None) -> list[str]:
        """The texts of the events of ``kind`` (about ``about`` only, if given), in order."""
        return [
            event.text
            for event in self
            if event.kind == kind and (about is None or event.source is about)
        ]


@pytest.fixture
def accessibility_events(monkeypatch: pytest.MonkeyPatch) -> SentEvents:
    events = SentEvents()
    send = speech.send_accessibility_event

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            text = event.message()
        else:
            interface = event.accessibleInterface()
            text = interface.text(QAccessible.Text.Name) if interface is not None else ""
        events.append(SentEvent(event.type(), event.object(), event.child(), text))
        send(event)

    monkeypatch.setattr(speech, "send_accessibility_event", record)
    return events
