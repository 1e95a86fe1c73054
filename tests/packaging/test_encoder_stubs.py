"""The encoder stand-ins (``build/encoder_stubs.py``), built and loaded for real.

A small C "encoder" library and a "user" library that needs it (as libavcodec needs x265)
are compiled here; the user is loaded before and after the encoder is swapped for its
stand-in. The frozen app's own proof is ``make package-test`` (self-test with every symbol
bound at start); these tests pin what a stand-in does with each kind of symbol.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.build_modules import load_build_module

ROOT = Path(__file__).resolve().parents[2]


stubs = load_build_module("encoder_stubs.py")

ENCODER = "libx265-0123abcd.so.216"

#: The "encoder": a harmless query, a function that must never run, a table, a symbol nobody
#: uses, and a C++ runtime symbol it re-exports (as pillow-heif's x265 does).
ENCODER_SOURCE = r"""
static int api = 7;
void *x265_api_get_216(int depth) { return depth ? &api : 0; }
int x265_encoder_open_216(void) { return 42; }
const int x265_levels[4] = {11, 12, 13, 14};
int x265_unused(void) { return 5; }
void _ZSt28__throw_bad_array_new_lengthv(void) {}
"""

USER_SOURCE = r"""
extern void *x265_api_get_216(int);
extern int x265_encoder_open_216(void);
extern const int x265_levels[4];
extern void _ZSt28__throw_bad_array_new_lengthv(void);
int probe(void) { return x265_api_get_216(12) != 0; }
int level(void) { return x265_levels[0]; }
int open_encoder(void) { return x265_encoder_open_216(); }
void *runtime(void) { return (void *)&_ZSt28__throw_bad_array_new_lengthv; }
"""


def _compile(source: str, out: Path, *flags: str) -> Path:
    c_file = out.with_name(out.name + ".c")
    c_file.write_text(source, "utf-8")
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), str(c_file), *flags], check=True)
    return out


@pytest.fixture
def wheel_libs(tmp_path: Path) -> Path:
    """A wheel-like ``pkg.libs`` folder: the encoder, and a user found through ``$ORIGIN``."""
    if shutil.which("gcc") is None or shutil.which("nm") is None:
        pytest.fail("gcc and binutils are needed (make test installs them)")
    libs = tmp_path / "pkg.libs"
    libs.mkdir()
    _compile(ENCODER_SOURCE, libs / ENCODER, f"-Wl,-soname,{ENCODER}")
    _compile(USER_SOURCE, libs / "libuser.so", str(libs / ENCODER), "-Wl,-rpath,$ORIGIN")
    return libs


def _call(user: Path, function: str) -> subprocess.CompletedProcess[str]:
    """Call ``function`` of ``user`` in a fresh Python with every symbol bound at load."""
    code = f"import ctypes; print(ctypes.CDLL({str(user)!r}).{function}())"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"LD_BIND_NOW": "1", "PATH": "/usr/bin:/bin"},
        check=False,
    )


def _swap_in_stand_in(libs: Path, out_dir: Path) -> None:
    """What the spec does: replace the encoder in the TOC, then copy it where COLLECT would."""
    toc = [
        (f"pkg.libs/{ENCODER}", str(libs / ENCODER), "BINARY"),
        ("pkg.libs/libuser.so", str(libs / "libuser.so"), "BINARY"),
    ]
    replaced = stubs.replace_encoders(toc, out_dir)
    assert replaced[1] == toc[1]
    assert replaced[0][1] != toc[0][1]
    shutil.copyfile(replaced[0][1], libs / ENCODER)


@pytest.mark.parametrize(
    ("dest", "encoder"),
    [
        ("av.libs/libx265-f5385bb8.so.216", True),
        ("_internal/pillow_heif.libs/libx265-4883ecb5.so.217", True),
        ("av.libs/libx264-d6533a8d.so.165", True),
        ("av.libs/libSvtAv1Enc-9393c086.so.4.1.0", True),
        ("av.libs/libmp3lame-8f9e436f.so.0.0.0", True),
        ("av.libs/libavcodec-5e6b81c2.so.62.28.102", False),
        ("av.libs/libdav1d-f4b27961.so.7.0.0", False),
        ("pillow_heif.libs/libde265-91206b2b.so.0.2.3", False),
        ("libx264.so.164", False),  # a system library, not one vendored in a wheel
    ],
)
def test_only_wheel_vendored_encoders_are_replaced(dest: str, encoder: bool) -> None:
    assert stubs.is_encoder(dest) is encoder


def test_the_original_answers_before_the_swap(wheel_libs: Path) -> None:
    user = wheel_libs / "libuser.so"
    assert _call(user, "probe").stdout.strip() == "1"
    assert _call(user, "level").stdout.strip() == "11"
    assert _call(user, "open_encoder").stdout.strip() == "42"


def test_a_stand_in_loads_with_every_symbol_bound(wheel_libs: Path, tmp_path: Path) -> None:
    _swap_in_stand_in(wheel_libs, tmp_path / "stand-ins")
    assert stubs.STAND_IN_MARK.encode() in (wheel_libs / ENCODER).read_bytes()
    assert stubs.soname(str(wheel_libs / ENCODER)) == ENCODER
    user = wheel_libs / "libuser.so"
    probed = _call(user, "probe")
    assert probed.returncode == 0, probed.stderr
    assert probed.stdout.strip() == "0"  # "x265 has no such API", as x265 itself says it
    assert _call(user, "level").stdout.strip() == "0"  # tables are there, and empty


def test_a_stand_in_stops_the_app_instead_of_encoding(wheel_libs: Path, tmp_path: Path) -> None:
    _swap_in_stand_in(wheel_libs, tmp_path / "stand-ins")
    opened = _call(wheel_libs / "libuser.so", "open_encoder")
    assert opened.returncode == -signal.SIGABRT
    assert opened.stdout == ""
    assert "x265_encoder_open_216 was called" in opened.stderr
    assert str(tmp_path) not in opened.stderr  # no path over anyone's shoulder


def test_a_stand_in_defines_only_what_its_users_take(wheel_libs: Path) -> None:
    encoder = str(wheel_libs / ENCODER)
    users = [str(wheel_libs / "libuser.so")]
    names = {symbol.name for symbol in stubs.symbols_to_define(encoder, users, runtime=set())}
    assert names == {
        "x265_api_get_216",
        "x265_encoder_open_216",
        "x265_levels",
        "_ZSt28__throw_bad_array_new_lengthv",
    }
    levels = next(s for s in stubs.symbols_to_define(encoder, users, set()) if not s.is_function)
    assert (levels.name, levels.size) == ("x265_levels", 16)


def test_cxx_runtime_symbols_are_left_to_libstdcxx(tmp_path: Path) -> None:
    """A user that loads libstdc++ gets its runtime symbols from there, not from a stand-in."""
    if shutil.which("g++") is None:
        pytest.fail("g++ is needed (Debian: g++)")
    libs = tmp_path / "pkg.libs"
    libs.mkdir()
    _compile(ENCODER_SOURCE, libs / ENCODER, f"-Wl,-soname,{ENCODER}")
    _compile(
        USER_SOURCE, libs / "libuser.so", str(libs / ENCODER), "-Wl,--no-as-needed", "-lstdc++"
    )
    runtime = {"_ZSt28__throw_bad_array_new_lengthv", "_ZSt21ios_base_library_initv"}
    names = {
        symbol.name
        for symbol in stubs.symbols_to_define(
            str(libs / ENCODER), [str(libs / "libuser.so")], runtime
        )
    }
    assert "_ZSt28__throw_bad_array_new_lengthv" not in names
    assert "x265_encoder_open_216" in names


def test_a_versioned_symbol_keeps_the_original(tmp_path: Path) -> None:
    libs = tmp_path / "pkg.libs"
    libs.mkdir()
    script = tmp_path / "versions.map"
    script.write_text("X265_1 { global: *; };\n", "utf-8")
    _compile(
        ENCODER_SOURCE, libs / ENCODER, f"-Wl,-soname,{ENCODER}", f"-Wl,--version-script,{script}"
    )
    _compile(USER_SOURCE, libs / "libuser.so", str(libs / ENCODER), "-Wl,-rpath,$ORIGIN")
    toc = [
        (f"pkg.libs/{ENCODER}", str(libs / ENCODER), "BINARY"),
        ("pkg.libs/libuser.so", str(libs / "libuser.so"), "BINARY"),
    ]
    assert stubs.replace_encoders(toc, tmp_path / "stand-ins") == toc
