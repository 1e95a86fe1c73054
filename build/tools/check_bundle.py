"""``make package-test``: prove the frozen Linux bundle works, leaves no traces, and measure it.

Checks, each against the real frozen app in ``dist/``, never the source tree:

1. ``--self-test`` with no display (the self-test picks Qt's offscreen platform), with
   ``HOME``, every ``XDG_*`` folder and ``TMPDIR`` pointed at fresh empty folders; afterwards
   those folders must still be empty. A one-file bundle would fail here: it unpacks into TMPDIR.
2. With a display (run under ``xvfb-run``, as ``make package-test`` does): ``--self-test`` on
   the X11 (xcb) platform, which real desktops use, so a missing xcb library or plugin fails.
3. Start-up: the time from starting the process until its window is mapped on the X server,
   measured from outside with ``xwininfo`` (no hook in the app): cold (page cache dropped,
   when we are root) and warm (median of five). Those runs must leave no traces either.
4. Sizes: the unpacked folder and the ``.tar.gz``.
5. The encoder stand-ins (``build/encoder_stubs.py``): which encoder libraries ship as
   stand-ins, and ``--self-test`` once more with ``LD_BIND_NOW=1``, so a symbol missing from a
   stand-in (or any library) fails at start, not the first time someone uses that code path.
6. Same fingerprints as the source build: short clips in every video codec the app accepts
   (H.264, HEVC, VP8, VP9, AV1, MPEG-4) and AVIF/HEIC stills (``sample_media.py``) are
   hashed (every frame) by the frozen app's ``hash`` command and by the source tree; the two
   JSON outputs must be byte for byte the same. This is what proves that no decoder needed
   what the stand-ins took out.
7. The whole flow, frozen: ``--tour`` walks all 18 screens with some of those videos and
   stills (blurred thumbnails from the frozen decoders), sends the report over HTTP to a
   real intake service on loopback, checks its status and withdraws it.
8. The tarball as a person uses it: unpacked into a folder whose name needs quoting,
   ``install.sh`` adds the menu entry (``desktop-file-validate`` must accept it), GLib's
   ``gio launch`` starts it and the window must appear, ``install.sh --uninstall`` takes it
   out, and nothing is left.

The size targets (250 MB unpacked, 100 MB compressed) are also the failure ceilings: a
bundle that grows past either fails. Start-up (2 s) is printed against its target but does
not fail the run, since a loaded machine can slow it (docs/PACKAGING.md).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from encoder_stubs import STAND_IN_MARK, is_encoder
from leftovers import process_ids_with_home, processes_with_home
from recipe import ROOT, app_info
from sample_media import sample_media

MB = 1_000_000
TARGET_UNPACKED = 250 * MB
TARGET_COMPRESSED = 100 * MB
TARGET_START_SECONDS = 2.0
CEILING_UNPACKED = TARGET_UNPACKED
CEILING_COMPRESSED = TARGET_COMPRESSED
#: The window is not given a real service: start-up must not depend on the network.
UNREACHABLE_ENDPOINT = "https://intake.invalid"
XDG_FOLDERS = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def main() -> int:
    info = app_info()
    bundle = ROOT / "dist" / info.slug
    executable = bundle / info.slug
    tarball = ROOT / "dist" / f"{info.slug}-{info.version}-linux-x86_64.tar.gz"
    if not executable.is_file():
        print(f"no bundle at {bundle}: run `make package` first", file=sys.stderr)
        return 1
    problems: list[str] = []
    display = os.environ.get("DISPLAY")

    with fresh_home() as env:
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("QT_QPA_PLATFORM", None)
        problems += self_test(executable, env, "offscreen (no display)")
        problems += traces(env)

    with fresh_home() as env:
        env["LD_BIND_NOW"] = "1"
        problems += self_test(executable, env, "offscreen, every symbol bound at start")
        problems += traces(env)
    problems += encoder_stand_ins(bundle)
    try:
        with sample_media() as media:
            problems += same_fingerprints_as_source(executable, media)
            problems += frozen_tour(executable, media)
    except FileNotFoundError as missing:
        problems.append(str(missing))

    if display:
        with fresh_home(display) as env:
            env["QT_QPA_PLATFORM"] = "xcb"
            problems += self_test(executable, env, "X11 (xcb)")
            cold, warm, failures = start_up_times(executable, env)
            problems += failures
            problems += traces(env)
        if tarball.is_file():
            with fresh_home(display) as env:
                problems += started_from_the_menu(tarball, env)
                problems += traces(env)
        for label, seconds in (("cold", cold), ("warm, median of 5", warm)):
            if seconds is None:
                continue
            verdict = "met" if seconds <= TARGET_START_SECONDS else "NOT met"
            print(f"start to first window ({label}): {seconds:.2f} s  (target 2 s: {verdict})")
    else:
        print("no DISPLAY: skipped the xcb self-test and the start-up timing (use xvfb-run)")

    unpacked = folder_size(bundle)
    print(f"unpacked: {unpacked / MB:.1f} MB  (target 250 MB: {met(unpacked, TARGET_UNPACKED)})")
    if unpacked > CEILING_UNPACKED:
        problems.append(f"bundle grew to {unpacked / MB:.1f} MB (ceiling {CEILING_UNPACKED / MB})")
    if tarball.is_file():
        packed = tarball.stat().st_size
        verdict = met(packed, TARGET_COMPRESSED)
        print(f"{tarball.name}: {packed / MB:.1f} MB  (target 100 MB: {verdict})")
        if packed > CEILING_COMPRESSED:
            problems.append(
                f"tarball grew to {packed / MB:.1f} MB (ceiling {CEILING_COMPRESSED / MB})"
            )
    else:
        problems.append(f"missing {tarball.name}")

    for problem in problems:
        print(f"FAIL {problem}")
    print("package test passed" if not problems else "package test FAILED")
    return 1 if problems else 0


def encoder_stand_ins(bundle: Path) -> list[str]:
    """Report which encoder libraries ship as stand-ins; an original one is a problem (the
    size targets depend on them), unless this is an untrimmed build."""
    found = sorted(
        path
        for path in bundle.rglob("*.so*")
        if not path.is_symlink() and is_encoder(str(path.relative_to(bundle)))
    )
    originals = [path for path in found if STAND_IN_MARK.encode() not in path.read_bytes()]
    if not found:
        return ["no encoder library found in the bundle: has a wheel changed its libraries?"]
    names = ", ".join(path.name.split("-")[0] for path in found if path not in originals)
    print(f"ok   encoder stand-ins: {len(found) - len(originals)} of {len(found)} ({names})")
    if os.environ.get("TAKEITDOWN_TRIM", "1") == "0":
        return []
    return [f"shipped the real encoder {path.name}" for path in originals]


def same_fingerprints_as_source(executable: Path, media: Path) -> list[str]:
    """Hash every sample with the frozen app and with the source tree; compare the JSON."""
    names = sorted(path.name for path in media.iterdir())
    command = ["hash", "--json", "--every-frame", *names]
    outputs = []
    with fresh_home() as env:
        for program in ([str(executable)], [sys.executable, "-m", "takeitdown_desktop"]):
            done = subprocess.run(
                program + command,
                cwd=media,
                env={**env, "PYTHONPATH": str(ROOT)},
                capture_output=True,
                check=False,
            )
            if done.returncode != 0:
                return [f"`{program[-1]} hash` exited {done.returncode} on the sample clips"]
            outputs.append(done.stdout)
        left = traces(env)
    failed = [item["path"] for item in json.loads(outputs[0])["items"] if not item["ok"]]
    if failed:
        return [f"the frozen app could not fingerprint {', '.join(failed)}"]
    if outputs[0] != outputs[1] or left:
        return ["the frozen app's fingerprints differ from the source build's", *left]
    print(f"ok   frozen fingerprints = source ones for {len(names)} files ({', '.join(names)})")
    return []


#: Screens the tour photographs (``tests/ui/test_offline_and_tour.py`` pins the same number).
TOUR_SCREENS = 18


def frozen_tour(executable: Path, media: Path) -> list[str]:
    """Walk the frozen app through every screen with a video, a HEIC and a photo, sending
    the report to a real intake service on loopback (the source tree's, started here: a
    packaged app carries none) and checking its status and withdrawing it, as a person would."""
    from takeitdown_intake.db import memory_database_url  # noqa: PLC0415
    from takeitdown_intake.embedded import start_local_service  # noqa: PLC0415

    files = [str(media / name) for name in ("vp9.webm", "hevc.mp4", "wee.heic", "still.avif")]
    service = start_local_service(memory_database_url("package-test"))
    try:
        with fresh_home() as env, tempfile.TemporaryDirectory() as pictures:
            env["QT_QPA_PLATFORM"] = "offscreen"
            done = subprocess.run(
                [str(executable), "--tour", pictures, "--endpoint", str(service.url), *files],
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
                check=False,
            )
            written = sorted(Path(pictures).glob("*.png"))
            left = traces(env)
    finally:
        service.stop()
    if done.returncode != 0 or len(written) != TOUR_SCREENS:
        print(done.stdout + done.stderr)
        return [f"frozen --tour exited {done.returncode} with {len(written)} screens", *left]
    print(f"ok   frozen app walked all {TOUR_SCREENS} screens, sent, checked and withdrew a report")
    return left


#: The unpacked folder's name, as a person might call it: a space, an apostrophe, an ampersand,
#: a dollar sign and an accent, which a menu entry must quote (build/linux/install.sh).
UNPACKED_AS = "Ana's apps & $tuff (copié)"


def started_from_the_menu(tarball: Path, env: dict[str, str]) -> list[str]:
    """The tarball as a person uses it: unpacked into a folder with an awkward name,
    ``install.sh`` adds the menu entry, the entry (started by GLib, as GNOME's menu does)
    opens the app's window, and ``install.sh --uninstall`` takes the entry out again."""
    info = app_info()
    with tempfile.TemporaryDirectory(prefix="takeitdown-unpacked-") as scratch:
        folder = Path(scratch) / UNPACKED_AS
        folder.mkdir()
        with tarfile.open(tarball) as archive:
            archive.extractall(folder, filter="data")
        [top] = folder.iterdir()
        installed = run_quietly(["sh", str(top / "install.sh")], env)
        data = Path(env["XDG_DATA_HOME"])
        entry = data / "applications" / f"{info.slug}.desktop"
        if installed.returncode != 0 or not entry.is_file():
            return [f"install.sh failed: {installed.stdout}{installed.stderr}".strip()]
        validated = run_quietly(["desktop-file-validate", str(entry)], env)
        if validated.returncode != 0:
            return [f"the menu entry is not valid: {validated.stdout}{validated.stderr}"]
        started = time.perf_counter()
        # gio stands in for the desktop's menu, which has a session bus already: with none, GLib
        # would start one of its own (files in ~/.dbus, a daemon left running), which is the
        # launcher's doing, not the app's (the app's own guard is checked above). Its output
        # is not captured through pipes: the app inherits it, and would hold them open.
        launcher = {**env, "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
        with tempfile.TemporaryFile() as output:
            launched = subprocess.run(
                ["gio", "launch", str(entry)],
                env=launcher,
                stdout=output,
                stderr=output,
                check=False,
            )
            output.seek(0)
            said = output.read().decode(errors="replace").strip()
        seconds = (
            seconds_to_window(info.name, env["DISPLAY"], started, timeout=20)
            if launched.returncode == 0
            else None
        )
        for pid in process_ids_with_home(env["HOME"]):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while process_ids_with_home(env["HOME"]) and time.monotonic() < deadline:
            time.sleep(0.05)
        removed = run_quietly(["sh", str(top / "install.sh"), "--uninstall"], env)
    if seconds is None:
        return [f"the menu entry did not open the window (gio: {launched.returncode}) {said}"]
    if removed.returncode != 0:
        return [f"install.sh --uninstall failed: {removed.stderr.strip()}"]
    print(
        f"ok   unpacked into {UNPACKED_AS!r}, install.sh, the menu entry opened the window "
        f"({seconds:.2f} s), --uninstall"
    )
    return []


def run_quietly(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def met(size: int, target: int) -> str:
    return "met" if size <= target else "NOT met"


@contextmanager
def fresh_home(display: str | None = None) -> Iterator[dict[str, str]]:
    """An environment whose home, XDG folders and temporary folder are new and empty; on
    ``display``, if given."""
    with tempfile.TemporaryDirectory(prefix="takeitdown-package-test-") as scratch:
        base = Path(scratch)
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        for name in ("HOME", "TMPDIR", "XDG_RUNTIME_DIR", *XDG_FOLDERS):
            folder = base / name.lower()
            folder.mkdir(mode=0o700)
            env[name] = str(folder)
        if display:
            env["DISPLAY"] = display
            # xvfb-run's cookie file: read by the X client library, never written.
            if "XAUTHORITY" in os.environ:
                env["XAUTHORITY"] = os.environ["XAUTHORITY"]
        yield env


def traces(env: dict[str, str]) -> list[str]:
    """Every file or folder the app left in the fresh folders, and every process still
    running with its fresh home (a bus or helper it started), as problems."""
    left = []
    for name in ("HOME", "TMPDIR", "XDG_RUNTIME_DIR", *XDG_FOLDERS):
        for path in sorted(Path(env[name]).rglob("*")):
            left.append(f"left behind in {name}: {path.relative_to(env[name])}")
    left += [f"left running: {command}" for command in processes_with_home(env["HOME"])]
    if not left:
        print("ok   nothing left in HOME, TMPDIR, XDG_RUNTIME_DIR, XDG_* folders; none running")
    return left


def self_test(executable: Path, env: dict[str, str], label: str) -> list[str]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(executable), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(done.stdout + done.stderr)
        return [f"frozen --self-test on {label} exited {done.returncode}"]
    print(f"ok   frozen --self-test on {label} ({seconds:.2f} s)")
    return []


def start_up_times(
    executable: Path, env: dict[str, str]
) -> tuple[float | None, float | None, list[str]]:
    """Cold start (after dropping the page cache, root only), the warm median, and why any
    start never showed its window."""
    cold_run: float | str | None = None
    if os.geteuid() == 0:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        cold_run = time_to_window(executable, env)
    warm_runs = [time_to_window(executable, env) for _ in range(5)]
    failures = [
        f"the window never appeared: {run}"
        for run in (cold_run, *warm_runs)
        if isinstance(run, str)
    ]
    measured = [run for run in warm_runs if isinstance(run, float)]
    warm = statistics.median(measured) if len(measured) == len(warm_runs) else None
    return (cold_run if isinstance(cold_run, float) else None), warm, failures


def time_to_window(executable: Path, env: dict[str, str], timeout: float = 20.0) -> float | str:
    """Seconds from starting the app until a viewable window titled with the app's name, or
    why it never came (exit status and the last thing the app printed, or the time-out)."""
    name = app_info().name
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(executable), "--endpoint", UNREACHABLE_ENDPOINT],
            env=env,
            stdout=output,
            stderr=output,
        )
        try:
            seconds = seconds_to_window(
                name, env["DISPLAY"], started, timeout, gave_up=lambda: process.poll() is not None
            )
            if seconds is not None:
                return seconds
            if process.poll() is not None:
                output.seek(0)
                printed = output.read().decode(errors="replace").strip().splitlines()
                last = printed[-1] if printed else "nothing printed"
                return f"the app exited ({process.returncode}): {last}"
            return f"no window after {timeout:.0f} s"
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def seconds_to_window(
    name: str,
    display: str,
    started: float,
    timeout: float,
    gave_up: Callable[[], bool] = lambda: False,
) -> float | None:
    """Seconds since ``started`` (``time.perf_counter``) until a window titled ``name`` is
    viewable, polled every 10 ms; None after ``timeout`` or once ``gave_up()`` (the app
    exited)."""
    while time.perf_counter() - started < timeout:
        if window_viewable(name, display):
            return time.perf_counter() - started
        if gave_up():
            return None
        time.sleep(0.01)
    return None


def window_viewable(name: str, display: str) -> bool:
    """Whether a top-level window titled ``name`` is mapped and has a real size.

    Qt also makes a hidden 1x1 "group leader" window with the same title, so every window of
    that name is asked for its state, not just the first one ``xwininfo -name`` finds.
    """
    tree = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-children"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    for line in tree.splitlines():
        fields = line.split()
        if len(fields) < 2 or f'"{name}"' not in line or not fields[0].startswith("0x"):
            continue
        info = subprocess.run(
            ["xwininfo", "-display", display, "-id", fields[0]],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if "Map State: IsViewable" in info and "Width: 1\n" not in info:
            return True
    return False


def folder_size(folder: Path) -> int:
    """Bytes on disk as shipped: regular files counted once, symbolic links as links."""
    total = 0
    for directory, _, files in os.walk(folder):
        total += sum((Path(directory) / name).lstat().st_size for name in files)
    return total


if __name__ == "__main__":
    if shutil.which("xwininfo") is None and os.environ.get("DISPLAY"):
        print("xwininfo is missing (Debian: x11-utils)", file=sys.stderr)
        raise SystemExit(1)
    raise SystemExit(main())
