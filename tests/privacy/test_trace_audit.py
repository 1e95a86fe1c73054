"""The trace audit: run the whole app and the CLI with a fresh, empty home, configuration,
cache, data, state, runtime and temporary folder, then list everything that changed there and
search every byte written for the files' names, paths, fingerprints and pictures.

The app runs as people run it (``run_gui`` in its own process, offscreen) and is driven by
``gui_driver.py``; the CLI runs as ``python -m takeitdown_desktop``. Both send to the real
intake service started by the ``intake_server`` fixture in this test process. The service's
database is the receiving side (the intake operator's computer), so it lives in its own
``tmp_path`` folder, outside the folders audited here.

Allowed afterwards: only the receipt file the person chose to save (``ALLOWED``), and it may
hold nothing but the receipt. Nothing else may appear, change or disappear, and no audited
folder may even have been touched (a folder's modification time changes when a file is
created in it and deleted again, so short-lived temporary files are caught too).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from takeitdown_desktop.hashing.engine import hash_file
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.ui.controller import THUMBNAIL_SIZE
from takeitdown_desktop.ui.thumbs import blurred, image_from_thumbnail
from tests.packaging.build_modules import load_build_module
from tests.plugins.intake_server import IntakeServer
from tests.privacy.conftest import ALBUM, NAMES, make_secret_media

REPO = Path(__file__).resolve().parents[2]
leftovers = load_build_module("tools/leftovers.py")
ROOTS = ("home", "config", "cache", "data", "state", "runtime", "tmp")
RECEIPT = Path("home/Documents/receipt.txt")
#: What may change in the audited folders, and why. Nothing else.
ALLOWED = {
    RECEIPT: "the receipt the person chose to save, in the folder they chose",
    RECEIPT.parent: "the folder the receipt was saved in (its modification time)",
}
RUN_TIMEOUT_S = 120


@dataclass
class Fresh:
    """The audited folders and the environment that points every kind of folder at them."""

    root: Path
    env: dict[str, str]

    @property
    def home(self) -> Path:
        return self.root / "home"


@pytest.fixture
def fresh(tmp_path: Path) -> Fresh:
    root = tmp_path / "audited"
    for name in ROOTS:
        (root / name).mkdir(parents=True)
    (root / "runtime").chmod(0o700)
    (root / "home" / "Documents").mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",  # bytecode would go next to the code, not in here
        "HOME": str(root / "home"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_STATE_HOME": str(root / "state"),
        "XDG_RUNTIME_DIR": str(root / "runtime"),
        "TMPDIR": str(root / "tmp"),
        "TEMP": str(root / "tmp"),
        "TMP": str(root / "tmp"),
    }
    return Fresh(root, env)


Snapshot = dict[Path, tuple[str, int, str]]


def snapshot(root: Path) -> Snapshot:
    """Every file and folder under ``root``: kind, modification time, content digest."""
    found: Snapshot = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        found[here.relative_to(root)] = ("dir", here.stat().st_mtime_ns, "")
        for name in files:
            path = here / name
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
            found[path.relative_to(root)] = ("file", path.lstat().st_mtime_ns, digest)
        for name in dirs:
            if (here / name).is_symlink():
                found[(here / name).relative_to(root)] = ("link", 0, os.readlink(here / name))
    return found


def changes(before: Snapshot, after: Snapshot) -> set[Path]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def secrets_of(album: Path) -> dict[str, bytes]:
    """Byte strings that must never be written: names and paths (UTF-8 and UTF-16, as Qt
    keeps text), every fingerprint, pieces of each file, of its thumbnail and of the blur."""
    found: dict[str, bytes] = {}
    texts = {ALBUM, str(album)} | {name for name in NAMES}
    texts |= {Path(name).stem for name in NAMES} | {str(album / name) for name in NAMES}
    for text in texts:
        found[f"text {text}"] = text.encode()
        found[f"utf-16 {text}"] = text.encode("utf-16-le")
    for name in NAMES:
        path = album / name
        data = path.read_bytes()
        found[f"bytes of {name}"] = data[len(data) // 2 : len(data) // 2 + 48]
        result = hash_file(path, HashOptions(thumbnail_size=THUMBNAIL_SIZE))
        assert result.ok, (name, result.error)
        for kind in ("md5", "sha256"):
            digest = getattr(result, kind)
            found[f"{kind} of {name}"] = digest.encode()
            found[f"raw {kind} of {name}"] = bytes.fromhex(digest)
        if result.pdq is not None:
            found[f"pdq of {name}"] = result.pdq.hash.encode()
        for number, frame in enumerate(result.vpdq[:3]):
            found[f"vpdq {number} of {name}"] = frame.hash.encode()
        thumbnail = result.thumbnail
        assert thumbnail is not None
        middle = len(thumbnail.rgb) // 2
        found[f"thumbnail of {name}"] = bytes(thumbnail.rgb[middle : middle + 48])
        blur = blurred(image_from_thumbnail(thumbnail)).convertToFormat(QImage.Format.Format_RGB888)
        row = blur.height() // 2
        pixels = np.frombuffer(blur.constBits(), np.uint8, count=blur.sizeInBytes())
        line = pixels.reshape(blur.height(), blur.bytesPerLine())[row, : blur.width() * 3]
        found[f"blurred thumbnail of {name}"] = line[len(line) // 3 : len(line) // 3 + 48].tobytes()
    return found


def leaks(root: Path, changed: set[Path], secrets: dict[str, bytes]) -> list[str]:
    """Which secrets appear in which changed file."""
    found = []
    for relative in sorted(changed):
        path = root / relative
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        found += [f"{relative}: {what}" for what, needle in secrets.items() if needle in data]
    return found


def run(args: list[str], fresh: Fresh) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=fresh.env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


def run_gui_driver(fresh: Fresh, endpoint: str, album: Path) -> subprocess.CompletedProcess[str]:
    """The whole app, driven through every step by ``gui_driver``, saving the receipt."""
    receipt = str(fresh.root / RECEIPT)
    args = ["--endpoint", endpoint, "--album", str(album), "--receipt", receipt]
    return run(["-m", "tests.privacy.gui_driver", *args], fresh)


def test_gui_and_cli_leave_no_trace(
    qtbot: QtBot, fresh: Fresh, intake_server: IntakeServer
) -> None:
    album = make_secret_media(fresh.home / "Pictures")
    secrets = secrets_of(album)
    before = snapshot(fresh.root)

    gui = run_gui_driver(fresh, intake_server.url, album)
    assert gui.returncode == 0, gui.stdout + gui.stderr
    outcome = json.loads(gui.stdout)
    assert outcome["items"] == outcome["sendable"] == len(NAMES)
    assert outcome["quick_exit_used"]
    assert outcome["drained"]
    assert outcome["hide_seconds"] < 0.1
    assert outcome["core_limit"] == [0, 0]
    # What the desktop shows in the task bar: the name only.
    assert outcome["titles"] == ["Take It Down"]
    assert outcome["display_name"] == "Take It Down"
    assert outcome["desktop_file"] == ""
    # The app said nothing about the files on its way out (stderr may end up in a log).
    assert [what for what, needle in secrets.items() if needle in gui.stderr.encode()] == []

    after_gui = snapshot(fresh.root)
    assert changes(before, after_gui) == set(ALLOWED)
    # In particular the picker left no Qt file-dialog settings and no recently-used list.
    assert list(fresh.root.rglob("QtProject*")) == []
    assert list(fresh.root.rglob("recently-used.xbel*")) == []
    # The saved file is the receipt and nothing else.
    saved = (fresh.root / RECEIPT).read_text(encoding="utf-8")
    assert saved == Receipt.parse(saved).as_text()
    assert leaks(fresh.root, changes(before, after_gui), secrets) == []

    paths = [str(album / name) for name in NAMES]
    hashed = run(["-m", "takeitdown_desktop", "hash", "--json", *paths], fresh)
    assert hashed.returncode == 0, hashed.stderr
    assert len(json.loads(hashed.stdout)["items"]) == len(NAMES)
    sent = run(
        [
            "-m",
            "takeitdown_desktop",
            "submit",
            "--endpoint",
            intake_server.url,
            "--under-18",
            *paths,
        ],
        fresh,
    )
    assert sent.returncode == 0, sent.stderr
    cli_receipt = Receipt.parse(sent.stdout)
    checked = run(
        [
            "-m",
            "takeitdown_desktop",
            "status",
            "--endpoint",
            intake_server.url,
            cli_receipt.report_id_text,
            cli_receipt.secret_key.as_text(),
        ],
        fresh,
    )
    assert checked.returncode == 0, checked.stderr
    assert "active" in checked.stdout

    # The CLI wrote nothing at all: its output went to the pipes it was given.
    assert snapshot(fresh.root) == after_gui


def test_on_a_real_display_with_no_session_bus_nothing_is_started_or_left(
    qtbot: QtBot, fresh: Fresh, intake_server: IntakeServer, x_display: str
) -> None:
    """An X11 desktop session without a D-Bus session bus (ssh -X, some kiosks and school
    set-ups): Qt's D-Bus users (accessibility, input methods, the portal theme) would have
    libdbus "autolaunch" a bus with ``dbus-launch``, which writes ``~/.dbus/session-bus/...``
    and ``$XDG_RUNTIME_DIR/dbus-1`` and leaves a ``dbus-daemon`` running after the app quits.
    """
    if shutil.which("dbus-launch") is None:
        pytest.fail("dbus-launch is needed to test this (Debian: dbus-x11; make test installs it)")
    env = {**fresh.env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    on_display = Fresh(fresh.root, env)
    album = make_secret_media(fresh.home / "Pictures")
    before = snapshot(fresh.root)
    gui = run_gui_driver(on_display, intake_server.url, album)
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert json.loads(gui.stdout)["quick_exit_used"]
    assert changes(before, snapshot(fresh.root)) == set(ALLOWED)
    assert leftovers.processes_with_home(fresh.home) == []


def test_the_audit_sees_traces(qtbot: QtBot, fresh: Fresh) -> None:
    """The audit's own check: a file name in a cache, thumbnail pixels in a settings file and
    a temporary file made and deleted again are all found."""
    album = make_secret_media(fresh.home / "Pictures")
    secrets = secrets_of(album)
    before = snapshot(fresh.root)
    (fresh.root / "cache" / "names").write_text(f"recent={album / NAMES[0]}\n")
    (fresh.root / "config" / "QtProject.conf").write_bytes(
        b"x" + secrets[f"thumbnail of {NAMES[1]}"]
    )
    temporary = fresh.root / "tmp" / "decoder-scratch"
    temporary.write_bytes(b"")
    temporary.unlink()
    changed = changes(before, snapshot(fresh.root))
    assert changed == {
        Path("cache"),
        Path("cache/names"),
        Path("config"),
        Path("config/QtProject.conf"),
        Path("tmp"),
    }
    found = leaks(fresh.root, changed, secrets)
    assert f"cache/names: text {NAMES[0]}" in found
    assert f"config/QtProject.conf: thumbnail of {NAMES[1]}" in found
