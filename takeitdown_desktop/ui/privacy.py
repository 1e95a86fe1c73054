"""The GUI's no-traces rules in one place: settings in memory, a guarded clipboard, and the
only function in ``ui/`` that writes a file (to a place the person chose, when they chose it).

- Settings: the app never constructs a ``QSettings``; ``SessionSettings`` is a plain object that
  lives as long as the window and is never saved. ``configure_application`` sets the names Qt
  shows without giving Qt an organisation to write settings under.
- Files are chosen with the in-app picker (``picker.py``), never ``QFileDialog``, which writes
  its history to ``QtProject.conf`` when it closes, even in non-native mode.
- Clipboard: what the app copied (a receipt) is cleared on exit if it is still there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QClipboard, QGuiApplication

from takeitdown_desktop import APP_NAME


@dataclass
class SessionSettings:
    """Choices that last until the window closes and are never written anywhere.

    ``language`` is the one choice so far (the language menu of the i18n issue sets it, with
    ``QLocale.setDefault``); anything added later belongs here too, never in ``QSettings``.
    """

    language: str = "en"


def configure_application(app: QGuiApplication) -> None:
    """Names shown by the desktop; no organisation name, so no settings path is implied."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("")
    app.setQuitOnLastWindowClosed(True)


class ClipboardGuard:
    """Copies text for the person and clears it again on exit if the clipboard still has it."""

    def __init__(self) -> None:
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._ours = text

    def clear_if_ours(self) -> None:
        if self._ours is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._ours:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None


def read_chosen_file(path: Path, limit: int = 64 * 1024) -> str:
    """Read a small text file the person has just chosen (a saved receipt)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return handle.read(limit)


def write_chosen_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, which the person has just chosen in the picker.

    This is the only file ``ui/`` writes itself (a receipt); fingerprint files are written by
    ``submission.report.save_pending``.
    """
    path.write_text(text, encoding="utf-8")
