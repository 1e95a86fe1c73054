"""A pass through the app with a real screen reader (Orca), keyboard only; prints a transcript.

Run by ``scripts/screen-reader-pass.sh``, inside a private D-Bus session (``dbus-run-session``)
on an Xvfb display, with the *system* Python (it needs Debian's ``gi`` + ``Atspi`` bindings,
which the project's venv doesn't have). It:

1. starts the AT-SPI bus (``at-spi-bus-launcher``), the app (from the venv, with Qt's AT-SPI
   bridge forced on) and Orca, with Orca's debug log line-buffered;
2. presses keys with ``xdotool`` as a person would (Tab, Space, arrows, Return, Shift x3);
3. after each key, prints what changed: the AT-SPI focus events and announcements the app
   sent (what every Linux screen reader consumes, read with our own AT-SPI listener), and
   every ``SPEECH OUTPUT`` line Orca logged (what Orca would say);
4. on each new screen, prints the screen's accessible tree (roles, names, descriptions).

Orca gets no speech synthesiser: ``SPEECHD_ADDRESS`` points at a socket nobody listens on and
``SPEECHD_CMD=/bin/false`` stops speech-dispatcher from being spawned (on a machine with no
sound card, speech-dispatcher + espeak-ng block Orca forever). Orca then logs every utterance
it would have spoken, exactly as it builds them, and just doesn't play them.

Nothing is written outside the work folder given on the command line (the app gets that
folder's ``home`` as ``$HOME``, with two sample photos in it to add).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "takeitdown_desktop" / "resources" / "samples"
APP_NAME = "Take It Down"
# One utterance may span lines (a label with a blank line in it).
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\S+)?\s*\{", re.DOTALL)

# A wrapper that starts Orca with its debug file line-buffered (Orca opens it with the default
# block buffering, so the last few kilobytes only appear when it exits).
ORCA_WRAPPER = """
import builtins, runpy, sys
_open = builtins.open
target = sys.argv[sys.argv.index("--debug-file") + 1]
def _line_buffered(file, mode="r", *args, **kwargs):
    if file == target and "w" in mode and not args:
        kwargs.setdefault("buffering", 1)
    return _open(file, mode, *args, **kwargs)
builtins.open = _line_buffered
sys.argv = ["orca"] + sys.argv[1:]
runpy.run_path("/usr/bin/orca", run_name="__main__")
"""


def out(text: str = "") -> None:
    print(text, flush=True)


def pump(seconds: float) -> None:
    """Let AT-SPI events arrive for ``seconds``."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def states(obj: Atspi.Accessible) -> set[str]:
    try:
        return {s.value_nick for s in obj.get_state_set().get_states()}
    except GLib.Error:
        return set()


def describe(obj: Atspi.Accessible) -> str:
    try:
        text = f"[{obj.get_role_name()}] {obj.get_name()!r}"
        desc = obj.get_description()
        if desc:
            text += f" (description: {desc!r})"
        interesting = states(obj) & {"checked", "pressed", "expanded", "selected"}
        if "sensitive" not in states(obj):
            interesting.add("DISABLED")
        if interesting:
            text += " {" + ", ".join(sorted(interesting)) + "}"
        return text
    except GLib.Error as exc:
        return f"<gone: {exc.message}>"


class Pass:
    def __init__(self, workdir: Path, settle: float) -> None:
        self.workdir = workdir
        self.settle = settle
        self.procs: list[subprocess.Popen[bytes]] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.orca_log = workdir / "orca-debug.out"
        self.orca_offset = 0
        self.events: list[str] = []
        self.problems: list[str] = []
        self.main_window = ""
        self.last_focus: Atspi.Accessible | None = None

    # Processes ---------------------------------------------------------------------------------

    def spawn(
        self, args: list[str], log: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        handle = open(self.workdir / log, "wb")  # noqa: SIM115
        proc = subprocess.Popen(args, stdout=handle, stderr=subprocess.STDOUT, env=env)
        self.procs.append(proc)
        return proc

    def stop_all(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)

    def start(self) -> None:
        self.spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], "at-spi.log")
        time.sleep(1)
        home = self.workdir / "home"
        home.mkdir(exist_ok=True)
        for name in ("bridge.jpg", "room.jpg"):
            shutil.copy(SAMPLES / name, home / name)
        runtime = self.workdir / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env = dict(os.environ)
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            LANG="en_US.UTF-8",
            LANGUAGE="en",
        )
        python = os.environ.get("APP_PYTHON", str(REPO / ".venv" / "bin" / "python"))
        self.app = self.spawn([python, "-m", "takeitdown_desktop"], "app.log", env)
        self.main_window = self.wait_window(lambda ids: ids[0] if ids else "", 30)
        if not self.app_accessible(30):
            raise SystemExit("The app never appeared on the AT-SPI bus.")
        self.focus_window(self.main_window)
        listener = Atspi.EventListener.new(self.on_event)
        for kind in (
            "object:state-changed:focused",
            "object:announcement",
            "object:property-change:accessible-name",
            "window:activate",
        ):
            listener.register(kind)
        self.listener = listener  # keep it alive
        wrapper = self.workdir / "orca_line_buffered.py"
        wrapper.write_text(ORCA_WRAPPER)
        orca_env = dict(os.environ)
        orca_env.update(
            SPEECHD_ADDRESS=f"unix_socket:{self.workdir / 'no-speech-dispatcher.sock'}",
            SPEECHD_CMD="/bin/false",
        )
        prefs = self.workdir / "orca-prefs"
        prefs.mkdir(exist_ok=True)
        self.spawn(
            [
                "/usr/bin/python3",
                str(wrapper),
                "--replace",
                "-u",
                str(prefs),
                "--debug-file",
                str(self.orca_log),
            ],
            "orca.log",
            orca_env,
        )

    def window_ids(self) -> list[str]:
        assert self.app is not None
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid), "--name", APP_NAME],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout.split()

    def wait_window(self, pick: Callable[[list[str]], str], timeout: float) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            window = pick(self.window_ids())
            if window:
                return window
            time.sleep(0.2)
        return ""

    def focus_window(self, window: str) -> None:
        """What a window manager does when a window opens: give it the keyboard focus."""
        if window:
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)

    def app_accessible(self, timeout: float) -> Atspi.Accessible | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                if app is not None and app.get_name() == APP_NAME:
                    return app
            time.sleep(0.3)
        return None

    # Events ------------------------------------------------------------------------------------

    def on_event(self, event: Atspi.Event) -> None:
        try:
            if event.type.startswith("object:state-changed:focused"):
                if event.detail1:
                    self.last_focus = event.source
                    self.events.append(f"focus -> {describe(event.source)}")
            elif event.type.startswith("object:announcement"):
                self.events.append(f"announcement: {event.any_data!r}")
            elif event.type.startswith("object:property-change:accessible-name"):
                self.events.append(f"name changed: {describe(event.source)}")
            elif event.type.startswith("window:activate"):
                self.events.append(f"window activated: {describe(event.source)}")
        except Exception as exc:  # a dying object must not stop the pass
            self.events.append(f"<event {event.type}: {exc}>")

    def orca_said(self) -> list[str]:
        if not self.orca_log.exists():
            return []
        with open(self.orca_log, encoding="utf-8", errors="replace") as handle:
            handle.seek(self.orca_offset)
            text = handle.read()
            self.orca_offset = handle.tell()
        return [" ".join(m.group(1).split("\n")) for m in SPEECH.finditer(text)]

    def report(self, title: str) -> None:
        out(f"--- {title}")
        name_changes = [e for e in self.events if e.startswith("name changed")]
        for event in self.events:
            if not event.startswith("name changed"):
                out(f"    AT-SPI  {event}")
        if name_changes:
            out(
                f"    AT-SPI  ({len(name_changes)} accessible-name changes,"
                f" e.g. {name_changes[-1]})"
            )
        said = self.orca_said()
        for line in said:
            out(f"    ORCA    \u201c{line}\u201d")
        if not said:
            out("    ORCA    (nothing)")
        self.events.clear()

    # Keys --------------------------------------------------------------------------------------

    def key(self, *keys: str, title: str = "", settle: float | None = None) -> None:
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            pump(0.15)
        pump(self.settle if settle is None else settle)
        self.report(title or "key " + " ".join(keys))

    def press(self, name: str, settle: float | None = None) -> None:
        """Tab to the control called ``name`` and press Space on it."""
        self.tab_to(name)
        self.key("space", title=f"Space on '{name}'", settle=settle)

    def focused(self) -> Atspi.Accessible | None:
        """What the last focus event named, as a screen reader follows it. (Asking the tree
        for the "focused" state is not enough: Qt marks a list's current item focused even
        when the list has lost the focus.)"""
        pump(0.1)
        if self.last_focus is not None:
            return self.last_focus
        app = self.app_accessible(1)
        return find(app, lambda o: "focused" in states(o)) if app else None

    def tab_to(self, name: str, limit: int = 25) -> bool:
        for _ in range(limit):
            focus = self.focused()
            # A list says its current item as the focus: the list is reached too.
            parent = focus.get_parent() if focus is not None else None
            if focus is not None and name in (focus.get_name(), parent and parent.get_name()):
                return True
            self.key("Tab")
        self.problems.append(f"could not reach {name!r} with Tab")
        out(f"!!! could not reach {name!r} with Tab")
        return False

    # Screens -----------------------------------------------------------------------------------

    def dump_screen(self, title: str) -> None:
        """The accessible tree of what is on screen, in reading order."""
        app = self.app_accessible(2)
        out(f"=== Accessible tree: {title}")
        if app is None:
            out("    (app not on the bus)")
            return
        for i in range(app.get_child_count()):
            window = app.get_child_at_index(i)
            if window is not None and "showing" in states(window):
                self._dump(window, 1)

    def _dump(self, obj: Atspi.Accessible, depth: int) -> None:
        try:
            role = obj.get_role_name()
            st = states(obj)
            if depth > 1 and "showing" not in st:
                return
            shown = role not in ("filler", "layered pane", "panel", "scroll pane") or obj.get_name()
            if shown:
                flags = []
                if "focusable" in st:
                    flags.append("focusable")
                if "focused" in st:
                    flags.append("FOCUSED")
                out(
                    "    "
                    + "  " * min(depth, 6)
                    + describe(obj)
                    + (f"  <{', '.join(flags)}>" if flags else "")
                )
            count = obj.get_child_count()
            if role in ("combo box",):
                return  # its popup list
            limit = 8 if role in ("list", "table", "tree table", "tree") else count
            for i in range(min(count, limit)):
                child = obj.get_child_at_index(i)
                if child is not None:
                    self._dump(child, depth + (1 if shown else 0))
            if count > limit:
                out("    " + "  " * min(depth + 1, 6) + f"... {count - limit} more")
        except GLib.Error as exc:
            out(f"    <error: {exc.message}>")

    # The walk ----------------------------------------------------------------------------------

    def run(self) -> int:
        self.start()
        pump(6)
        self.report("Orca starts, the app's window has the focus (welcome screen)")
        self.dump_screen("Welcome")
        out("\n##### Welcome: Tab once around the whole screen")
        for _ in range(8):
            self.key("Tab")
        out("\n##### Welcome -> How does this work?")
        self.press("How does this work?")
        self.dump_screen("How does this work?")
        out("\n##### How does this work?: Tab around, then Orca's Say all (KP_Add)")
        for _ in range(4):
            self.key("Tab")
        self.key("KP_Add", title="Orca: Say all (KP_Add, desktop layout)", settle=3)
        self.key("KP_Enter", title="Orca: Where am I (KP_Enter)", settle=2)
        out("\n##### Back to the welcome screen, then Start")
        self.press("Back")
        self.press("Start")
        self.dump_screen("Two quick questions")
        out("\n##### Questions: answer both with the keyboard")
        self.key("space", title="Space on the focused answer")
        self.key("Down", title="Down arrow in the first group")
        self.key("Up", title="Up arrow in the first group")
        self.key("Tab", title="Tab to the second group")
        self.key("space", title="Space on the focused answer")
        self.key("Tab", title="Tab")
        self.press("Continue", settle=2)
        self.dump_screen("Add the photos and videos")
        out("\n##### Add screen: Tab around")
        for _ in range(7):
            self.key("Tab")
        self.tab_to("Choose photos and videos\u2026")
        out("\n##### The in-app file picker")
        main = self.main_window
        self.key("space", title="Space on 'Choose photos and videos…'", settle=1.5)
        picker = self.wait_window(lambda ids: next((w for w in ids if w != main), ""), 10)
        if picker:
            self.focus_window(picker)
            pump(1.5)
            self.report("the picker window gets the keyboard focus (as a window manager would)")
            self.dump_screen("File picker")
            self.key("Home", title="Home in the file list")
            self.key("shift+Down", title="Shift+Down: choose the second photo too")
            self.key("Tab", title="Tab")
            self.key("Tab", title="Tab")
            self.key("shift+Tab", "shift+Tab", title="Shift+Tab twice, back to the list")
            self.key("Return", title="Return: add the chosen photos", settle=1)
            self.focus_window(main)
            pump(6)
            self.report("back in the main window; fingerprints being made")
            self.dump_screen("Add, with two photos")
            out("\n##### Add screen with photos: Tab around, into the grid")
            for _ in range(3):
                self.key("Tab")
            self.tab_to("Added photos and videos")
            self.key("Right", title="Right arrow in the grid")
            self.key("Left", title="Left arrow in the grid")
            self.send_check_and_withdraw()
        else:
            self.problems.append("the picker window never appeared")
            out("!!! the picker window never appeared")
        out("\n##### Quick exit: Shift three times")
        self.key("shift", "shift", "shift", title="Shift x3 (quick exit)", settle=3)
        assert self.app is not None
        try:
            code = self.app.wait(10)
            out(f"--- the app exited (code {code}) after Shift x3")
        except subprocess.TimeoutExpired:
            self.problems.append("the app was still running 10 s after Shift x3")
            out("!!! the app is still running 10 s after Shift x3")
        pump(2)
        self.report("after the quick exit")
        out("\n##### Problems the script itself noticed")
        for problem in self.problems or ["none"]:
            out(f"    {problem}")
        return 0

    def send_check_and_withdraw(self) -> None:
        """The rest of the flow: review, send (to the app's built-in service), the receipt,
        then check and withdraw that report, and the help screen."""
        out("\n##### Review, then send")
        self.press("Continue", settle=2)
        self.dump_screen("Review")
        for _ in range(6):
            self.key("Tab")
        self.tab_to("I confirm that these photos and videos show me when I was under 18.")
        self.key("space", title="Space on the confirmation box")
        self.press("Send the fingerprints", settle=5)
        self.dump_screen("Receipt")
        number = self.text_after("Report number:")
        secret = self.text_after("Secret key:")
        out(f"    (the receipt shows a report number of {len(number)} characters)")
        out("\n##### Receipt: Tab around, copy it")
        for _ in range(6):
            self.key("Tab")
        self.press("Copy the receipt")
        out("\n##### Start over, then check and withdraw the report")
        self.press("Start over", settle=2)
        self.press("Check or withdraw an earlier report", settle=2)
        self.dump_screen("Check or withdraw")
        self.tab_to("Report number")
        self.type_text(number, "type the report number")
        self.tab_to("Secret key")
        self.type_text(secret, "type the secret key")
        self.press("Check the report", settle=4)
        self.press("Withdraw this report\u2026", settle=2)
        self.press("Yes, withdraw it", settle=4)
        out("\n##### Get help")
        self.press("Get help", settle=2)
        self.dump_screen("Get help")
        for _ in range(4):
            self.key("Tab")

    def type_text(self, text: str, title: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "30", text], check=False)
        pump(self.settle)
        said = self.orca_said()
        self.events.clear()
        out(f"--- {title} ({len(text)} characters; Orca echoed {len(said)} utterances)")

    def text_after(self, caption: str) -> str:
        """The text of the label that follows the label ``caption`` on screen."""
        app = self.app_accessible(2)
        labels = [
            obj.get_name() or ""
            for obj in (on_screen(app) if app is not None else ())
            if obj.get_role_name() == "label"
        ]
        if caption in labels and labels.index(caption) + 1 < len(labels):
            # The value is named with its caption ("Report number: VERP-…"), so it is read.
            return labels[labels.index(caption) + 1].removeprefix(caption).strip()
        self.problems.append(f"no text after {caption!r} on screen")
        return ""


def on_screen(obj: Atspi.Accessible) -> Iterator[Atspi.Accessible]:
    """``obj`` and every descendant that is showing (a window's frame counts, showing or not),
    in tree order; a part that vanishes meanwhile is passed over."""
    yield obj
    try:
        children = [obj.get_child_at_index(i) for i in range(obj.get_child_count())]
    except GLib.Error:
        return
    for child in children:
        try:
            shown = child is not None and (
                "showing" in states(child) or child.get_role_name() == "frame"
            )
        except GLib.Error:
            continue
        if shown:
            yield from on_screen(child)


def find(
    obj: Atspi.Accessible, test: Callable[[Atspi.Accessible], bool]
) -> Atspi.Accessible | None:
    for candidate in on_screen(obj):
        try:
            if test(candidate):
                return candidate
        except GLib.Error:
            continue
    return None


def versions() -> str:
    """The Debian packages and Qt this pass ran with."""
    packages = subprocess.run(
        [
            "dpkg-query",
            "-W",
            "-f",
            "${Package} ${Version}, ",
            "orca",
            "at-spi2-core",
            "libatspi2.0-0",
            "xvfb",
            "xdotool",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    python = os.environ.get("APP_PYTHON", str(REPO / ".venv" / "bin" / "python"))
    qt = subprocess.run(
        [
            python,
            "-c",
            "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    return packages + (f"PySide6 {qt[0]} (Qt {qt[1]})" if len(qt) == 2 else "PySide6 ?")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--settle", type=float, default=1.0, help="seconds to wait after a key")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    out("Versions: " + versions())
    session = Pass(args.workdir, args.settle)
    try:
        return session.run()
    finally:
        session.stop_all()


if __name__ == "__main__":
    sys.exit(main())
