"""The GUI fixtures (real media, a real window) are shared with ``tests/ui``; what the app
tells screen readers is recorded by ``accessibility_events``."""

from tests.accessibility.events import accessibility_events
from tests.ui.conftest import make_window, media, sent

__all__ = ["accessibility_events", "make_window", "media", "sent"]
