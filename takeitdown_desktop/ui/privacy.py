"""The GUI's no-traces rules in one place: settings in memory, a guarded clipboard, and the
only function in ``ui/`` that writes a file (to a place the person chose, when they chose it).

- Settings: the app never constructs a ``QSettings``; ``SessionSettings`` is a plain object that
  lives as long as the window and is never saved. ``configure_application`` sets the names Qt
  shows without giving Qt an organisation to write settings under.
- Files are chosen with the in-app picker (``picker.py``), never ``QFileDialog``, which writes
  its history to ``QtProject.conf`` when it closes, even in non-native mode.
- Clipboard: what the app copied (a receipt, the report text) is marked as secret for
  clipboard managers and cleared on exit if it is still there.
- Reporting: ``keep_quiet`` stops Qt messages, uncaught exceptions and warnings from putting a
  file name or path on stderr (a desktop session may keep the stderr of apps it starts in
  ``~/.xsession-errors`` or the system journal), and turns off core dumps (which would hold
  the pictures). Faulthandler is never enabled by the app.

docs/PRIVACY.md is the promise these rules keep.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from PySide6.QtCore import QMessageLogContext, QMimeData, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QClipboard, QGuiApplication

from takeitdown_desktop import APP_NAME


@dataclass
class SessionSettings:
    """Choices that last until the window closes and are never written anywhere.

    ``language`` is the one choice so far (the language menu of the i18n issue sets it, with
    ``QLocale.setDefault``); anything added later belongs here too, never in ``QSettings``.
    """

    language: str = "en"


def no_session_bus_of_our_own() -> None:
    """Before Qt starts: never let D-Bus start a session bus for us.

    On an X11 session without a D-Bus session bus (ssh -X, some kiosks and school set-ups),
    Qt's D-Bus users (accessibility, input methods, the portal theme) make libdbus
    "autolaunch" one with ``dbus-launch``, which writes ``~/.dbus/session-bus/...`` and
    ``$XDG_RUNTIME_DIR/dbus-1`` and leaves a ``dbus-daemon`` running after the app quits:
    traces on a shared computer. No screen reader or input method listens on a bus started
    that way, so turning autolaunch off costs nothing. A real session bus is used as before.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"


def configure_application(app: QGuiApplication) -> None:
    """Names shown by the desktop; no organisation name, so no settings path is implied."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("")
    app.setQuitOnLastWindowClosed(True)


#: Formats that ask clipboard managers not to keep the text in their history: KDE's Klipper
#: (and managers that follow it) and Windows' clipboard history and cloud clipboard. Qt
#: passes ``application/x-qt-windows-mime;value="..."`` to Windows as that clipboard format.
SECRET_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\0",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
}


class ClipboardGuard:
    """Copies text for the person and clears it again on exit if the clipboard still has it.

    The text goes with ``SECRET_HINTS`` so that clipboard managers that honour them never
    save it in their history (a history outlives the app and may be kept on disk).
    """

    def __init__(self) -> None:
        self._ours: str | None = None

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in SECRET_HINTS.items():
            mime.setData(kind, value)
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = text

    def clear_if_ours(self) -> None:
        if self._ours is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._ours:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None


def _hidden_message(kind: type[BaseException], tb: TracebackType | None, out: TextIO) -> None:
    """An uncaught error's type and where in the code it happened, never its message (which
    may name the file being read)."""
    where = "".join(traceback.format_list(traceback.extract_tb(tb)))
    out.write(f"Internal error ({kind.__name__}); details hidden for privacy.\n{where}")


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    _hidden_message(kind, tb, sys.stderr)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    _hidden_message(args.exc_type, args.exc_traceback, sys.stderr)


def _unraisablehook(args: Any) -> None:
    _hidden_message(args.exc_type, args.exc_traceback, sys.stderr)


def _showwarning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    (file or sys.stderr).write(f"{category.__name__} at {filename}:{lineno}\n")


def _drop_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings can quote a file name or path (image readers, the file system model).

    Only a fatal message is shown (Qt stops right after it): it says why the app could not
    start, such as a missing display library, before any file was opened.
    """
    if kind == QtMsgType.QtFatalMsg:
        sys.stderr.write(message + "\n")


def _no_core_dumps() -> None:
    """A crash must not leave a core file (it would hold the pictures in memory)."""
    if sys.platform == "win32":
        return
    import resource  # noqa: PLC0415 (POSIX only)

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes  # noqa: PLC0415

        pr_set_dumpable = 4
        # Not dumpable: no core even through systemd-coredump's pipe, and other programs of
        # the same user may not attach to read the app's memory.
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)


def keep_quiet() -> None:
    """For the GUI process: nothing about the person's files on stderr, no core dumps."""
    qInstallMessageHandler(_drop_qt_message)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    sys.unraisablehook = _unraisablehook
    warnings.showwarning = _showwarning
    _no_core_dumps()


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
