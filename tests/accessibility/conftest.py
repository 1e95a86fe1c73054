"""The GUI fixtures (real media, a real window) are shared with ``tests/ui``."""

from tests.ui.conftest import make_window, media, sent

__all__ = ["make_window", "media", "sent"]
