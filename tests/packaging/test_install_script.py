"""The Linux tarball's ``install.sh``: a menu entry that starts exactly this copy, whatever the
unpacked folder is called, and an uninstall that leaves nothing behind.

Each test unpacks what ``make_tarball.py`` ships (``install.sh`` and the ``.desktop`` file,
rendered by the same code) into a folder with an awkward name, runs the real script with
``sh``, checks the entry with ``desktop-file-validate`` and starts it with ``gio launch``
(GLib's own Desktop Entry parser, as GNOME's menus use). The program it starts stands in for
the frozen app, which ``make package-test`` starts the same way: here it only writes down the
path it was started as.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.packaging.build_modules import load_build_module

make_tarball = load_build_module("tools/make_tarball.py")
INFO = make_tarball.app_info()

#: Folder names a person could really give the unpacked folder (and some that break naive
#: quoting): spaces, quotes, shell characters, backslashes, accents, other scripts.
AWKWARD_NAMES = [
    "Take It Down",
    "Ana's things & more",
    'the "real" one',
    "$HOME and `id` and $(id)",
    "back\\slash and \\\\ two",
    "pipe | semicolon ; hash #",
    "Ünïcödé ファイル تطبيق",
    " leading and trailing spaces ",
    "-starts with a dash",
]


def tools_or_fail() -> None:
    for tool in ("sh", "gio", "desktop-file-validate", "iconv"):
        if shutil.which(tool) is None:
            pytest.fail(
                f"{tool} is needed (Debian: libglib2.0-bin, desktop-file-utils; `make test` "
                "installs them)",
                pytrace=False,
            )


def unpack(parent: Path, name: str | bytes) -> Path:
    """Lay out the tarball's folder: install.sh, the .desktop file, the icon, a program."""
    raw = os.fsencode(parent) + b"/" + (name if isinstance(name, bytes) else name.encode())
    os.mkdir(raw)
    folder = Path(os.fsdecode(raw))
    (folder / "install.sh").write_bytes(
        make_tarball.render(make_tarball.LINUX / "install.sh", INFO)
    )
    (folder / "install.sh").chmod(0o755)
    (folder / f"{INFO.slug}.desktop").write_bytes(
        make_tarball.render(make_tarball.LINUX / "take-it-down.desktop.in", INFO)
    )
    shutil.copy(make_tarball.ICONS / "takeitdown-256.png", folder / f"{INFO.slug}.png")
    program = folder / INFO.slug
    program.write_text('#!/bin/sh\nprintf "%s" "$0" > "$LAUNCHED"\n')
    program.chmod(0o755)
    return folder


def environment(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LAUNCHED": str(tmp_path / "launched"),
        # gio makes an empty ~/.cache; that is GLib's, not the script's.
        "XDG_CACHE_HOME": str(tmp_path / "gio-cache"),
    }


def run_install(
    folder: Path, env: dict[str, str], *args: str, from_folder: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``sh <folder>/install.sh``; from ``from_folder``, by a path relative to it."""
    script = folder / "install.sh"
    return subprocess.run(
        ["sh", str(script.relative_to(from_folder) if from_folder else script), *args],
        cwd=from_folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def menu_entry(env: dict[str, str]) -> Path:
    """Where install.sh puts the entry (``XDG_DATA_HOME`` unset: under ``~/.local/share``)."""
    return Path(env["HOME"]) / ".local/share/applications" / f"{INFO.slug}.desktop"


def launch(entry: Path, env: dict[str, str]) -> str | None:
    """Start the menu entry as GNOME does; the path the program was started as, or None."""
    marker = Path(env["LAUNCHED"])
    marker.unlink(missing_ok=True)
    started = subprocess.run(
        ["gio", "launch", str(entry)], env=env, capture_output=True, timeout=30, check=False
    )
    if started.returncode != 0:
        return None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if marker.exists() and marker.stat().st_size:
            return os.fsdecode(marker.read_bytes())
        time.sleep(0.02)
    return None


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_the_menu_entry_starts_this_copy_and_uninstall_leaves_nothing(
    tmp_path: Path, name: str
) -> None:
    tools_or_fail()
    env = environment(tmp_path)
    folder = unpack(tmp_path, name)
    home = Path(env["HOME"])

    installed = run_install(folder, env)
    assert installed.returncode == 0, installed.stderr
    assert "Added Take It Down to the application menu." in installed.stdout
    entry = menu_entry(env)
    icon = home / ".local/share/icons/hicolor/256x256/apps" / f"{INFO.slug}.png"
    # Exactly two files, nothing else (not even a half-written entry).
    assert sorted(path for path in home.rglob("*") if path.is_file()) == sorted([entry, icon])
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert launch(entry, env) == str(folder / INFO.slug)

    # Installing again changes nothing.
    assert run_install(folder, env).returncode == 0
    assert sorted(path for path in home.rglob("*") if path.is_file()) == sorted([entry, icon])

    removed = run_install(folder, env, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert files_under(home) == []


def test_a_moved_folder_hides_the_entry_instead_of_a_broken_one(tmp_path: Path) -> None:
    """TryExec: if the person moves or deletes the folder, menus leave the entry out."""
    tools_or_fail()
    env = environment(tmp_path)
    folder = unpack(tmp_path, "first place")
    assert run_install(folder, env).returncode == 0
    entry = menu_entry(env)
    assert launch(entry, env) == str(folder / INFO.slug)
    folder.rename(tmp_path / "moved")
    assert launch(entry, env) is None


def test_uninstall_keeps_folders_that_hold_other_things(tmp_path: Path) -> None:
    tools_or_fail()
    env = environment(tmp_path)
    folder = unpack(tmp_path, "app")
    home = Path(env["HOME"])
    theirs = home / ".local/share/applications/someone-elses.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=true\n")
    assert run_install(folder, env).returncode == 0
    assert run_install(folder, env, "--uninstall").returncode == 0
    assert files_under(home) == [
        ".local",
        ".local/share",
        ".local/share/applications",
        ".local/share/applications/someone-elses.desktop",
    ]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        (b"line\nbreak", "has a line break in it"),
        (b"ends with a line break\n", "has a line break in it"),
        (b"50% done", "has a % sign in it"),
        (b"latin-1 \xe9t\xe9", "has letters the menu can't read"),
    ],
)
def test_a_name_no_menu_can_use_is_refused_kindly_and_nothing_is_written(
    tmp_path: Path, name: bytes, why: str
) -> None:
    """A menu entry can't hold a line break or a non-UTF-8 name, and GNOME hides one with a
    % sign: the script says so in plain words, writes nothing, and says the app still runs."""
    tools_or_fail()
    env = environment(tmp_path)
    folder = unpack(tmp_path, name)
    refused = run_install(folder, env)
    assert refused.returncode == 1
    assert why in refused.stderr
    assert "Nothing was changed." in refused.stderr
    assert f"double-click {INFO.slug} in this folder" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert refused.stdout == ""
    assert files_under(Path(env["HOME"])) == []


def test_run_by_a_relative_path_with_cdpath_set(tmp_path: Path) -> None:
    """``sh app/install.sh`` from the folder above, in a shell whose CDPATH would make ``cd``
    print the folder too: the entry still names exactly this copy."""
    tools_or_fail()
    env = {**environment(tmp_path), "CDPATH": str(tmp_path)}
    folder = unpack(tmp_path, "app")
    installed = run_install(folder, env, from_folder=tmp_path)
    assert installed.returncode == 0, installed.stderr
    entry = menu_entry(env)
    assert launch(entry, env) == str(folder / INFO.slug)
