"""Linux: ship small stand-ins for the video and HEIC *encoders* the app never runs.

Why: the app only decodes. But PyAV's FFmpeg and pillow-heif's libheif were linked against
encoders (x265 twice, SVT-AV1, x264, LAME), so the dynamic linker must find those libraries
before FFmpeg or libheif can load at all: 53 MB of a 284 MB bundle (docs/PACKAGING.md).
Rebuilding both wheels decode-only would be the textbook fix, but it needs FFmpeg's and
libheif's sources and toolchains on every CI runner. Instead, each encoder library is
replaced by a stand-in with the same name (soname) that defines exactly the symbols the
bundle's libraries take from it:

- a call that is made while nothing is being encoded gets the harmless answer in
  ``HARMLESS_CALLS`` (e.g. FFmpeg asks x265 which bit depths it has when it lists codecs:
  "none");
- any other function stops the app at once with one line on stderr naming the function,
  never a wrong result;
- data symbols (x264's table of levels) are zero-filled with the original size.

C++ runtime symbols that an encoder happened to re-export (pillow-heif's x265 carries bits of
a newer libstdc++) are left out when the bundled ``libstdc++.so.6`` has them, so they resolve
to the real thing. If a library's symbols are versioned, or no C compiler or binutils is
found, the original library ships and the build says why.

Proof that this is safe is in ``make package-test``: the frozen app's ``--self-test`` decodes a
JPEG, PNG, HEIC and MP4 through these very libraries, and runs again with ``LD_BIND_NOW=1`` so
a symbol missing from a stand-in fails at start instead of on first use.
Nothing here imports PyInstaller; ``tests/packaging/test_encoder_stubs.py`` builds and loads
real stand-ins in a second.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

TocEntry = tuple[str, str, str]

#: Encoder-only libraries vendored in wheels (``*.libs`` folders), by name before auditwheel's
#: hash. The app decodes with FFmpeg's own decoders (and dav1d, libde265), never these.
ENCODER_LIBRARIES: tuple[str, ...] = ("libx265", "libx264", "libSvtAv1Enc", "libmp3lame")

#: Calls the bundle's libraries make without encoding anything: the stand-in returns 0 (NULL,
#: or nothing) for these, and the value says why that is the right answer. The key is the
#: symbol, or its prefix when it ends with ``*`` (x265's carries its API number).
HARMLESS_CALLS: dict[str, str] = {
    "x265_api_get_*": "FFmpeg asks for x265's 12-, 10- and 8-bit APIs when codecs are first "
    "listed (PyAV does at import); NULL is x265's own answer for 'not built in'.",
    "x265_cleanup": "libheif calls it when it unloads its plugins, at exit.",
    "_ZSt21ios_base_library_initv": "GCC 13's <iostream> references this marker; in libstdc++ "
    "it is an empty function too.",
}

#: The first words of the ``takeitdown_stand_in`` string every stand-in carries.
STAND_IN_MARK = "Take It Down stand-in for "

_LIBRARY_STEM = re.compile(r"^(lib[A-Za-z0-9_+]+?)(?:-[0-9a-f]{8})?\.so")


@dataclass(frozen=True, slots=True)
class Symbol:
    """A dynamic symbol a stand-in must define: a function, or data of ``size`` bytes."""

    name: str
    is_function: bool
    size: int


def is_encoder(dest: str) -> bool:
    """Whether a bundle path is one of ``ENCODER_LIBRARIES`` vendored in a wheel."""
    path = PurePath(dest)
    match = _LIBRARY_STEM.match(path.name)
    in_wheel_libs = any(part.endswith(".libs") for part in path.parts[:-1])
    return in_wheel_libs and match is not None and match.group(1) in ENCODER_LIBRARIES


def is_harmless(name: str) -> bool:
    """Whether a function may answer 0 instead of stopping the app (``HARMLESS_CALLS``)."""
    return any(
        name == key or (key.endswith("*") and name.startswith(key[:-1])) for key in HARMLESS_CALLS
    )


def defined_symbols(library: str) -> dict[str, Symbol]:
    """Dynamic symbols a library defines. Versioned ones keep their ``@`` so callers can see
    that a plain stand-in would not satisfy them."""
    out = _run(["nm", "-D", "-S", "--defined-only", library])
    symbols = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4:
            _, size, kind, name = fields
        elif len(fields) == 3:
            size, (_, kind, name) = "0", fields
        else:
            continue
        if kind in "TtWwi":
            symbols[name] = Symbol(name, True, 0)
        elif kind in "RrDdBbVvGgSsu":
            symbols[name] = Symbol(name, False, int(size, 16))
    return symbols


def undefined_symbols(binary: str) -> set[str]:
    """Names a binary expects another library to define (version suffix removed)."""
    out = _run(["nm", "-D", "--undefined-only", binary])
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}


def needed_libraries(binary: str) -> set[str]:
    """The sonames a binary's ``DT_NEEDED`` entries name (none for a file that isn't ELF)."""
    command = ["readelf", "-d", "-W", binary]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    out = done.stdout if done.returncode == 0 else ""
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def soname(library: str) -> str:
    """A library's ``DT_SONAME`` (auditwheel gives vendored files their soname as file name)."""
    found = re.search(
        r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _run(["readelf", "-d", library])
    )
    return found.group(1) if found else PurePath(library).name


def symbols_to_define(original: str, users: Iterable[str], runtime: set[str]) -> list[Symbol]:
    """What a stand-in for ``original`` must define: every symbol one of its ``users`` takes
    from it, except C++ runtime symbols that the bundled ``libstdc++`` (``runtime``: the
    names it defines) provides to a user that loads it anyway.

    Raises ``ValueError`` if a needed symbol is versioned (a plain stand-in cannot carry it).
    """
    defined = defined_symbols(original)
    plain = {name.split("@")[0]: name for name in defined}
    wanted: set[str] = set()
    for user in users:
        taken = undefined_symbols(user) & plain.keys()
        if any(lib.startswith("libstdc++.so") for lib in needed_libraries(user)):
            taken = {name for name in taken if name not in runtime or is_harmless(name)}
        wanted |= taken
    needed = []
    for name in sorted(wanted):
        if "@" in plain[name]:
            raise ValueError(f"{PurePath(original).name}: {plain[name]} is versioned")
        needed.append(defined[plain[name]])
    return needed


def stand_in_source(library_name: str, symbols: Iterable[Symbol]) -> str:
    """C source of a stand-in. Each symbol is named through an asm label, so C++ names and
    any other spelling the original used work unchanged."""
    lines = [
        f"/* Stand-in for {library_name}, generated by build/encoder_stubs.py: never edit. */",
        "#include <stdlib.h>",
        "#include <string.h>",
        "#include <unistd.h>",
        "",
        "/* Names the file for what it is, in the file itself (make package-test reads it). */",
        f'const char takeitdown_stand_in[] = "{STAND_IN_MARK}{library_name}";',
        "",
        "static void refuse(const char *name) {",
        '    static const char head[] = "Take It Down: this build has no video or photo '
        'encoder, and ";',
        '    static const char tail[] = " was called. Please report this.\\n";',
        "    ssize_t ignored = write(2, head, sizeof head - 1);",
        "    ignored += write(2, name, strlen(name));",
        "    ignored += write(2, tail, sizeof tail - 1);",
        "    (void)ignored;",
        "    abort();",
        "}",
        "",
    ]
    for index, symbol in enumerate(symbols):
        label = f'__asm__("{symbol.name}")'
        if not symbol.is_function:
            # Writable, whatever the original was: a reader sees zeros, a writer harms nothing.
            lines.append(f"unsigned char data_{index}[{max(symbol.size, 1)}] {label} = {{0}};")
            continue
        # Declared ``void *`` whatever the original returned: callers expecting nothing, an
        # integer or a pointer all read 0 from the same register.
        refusal = "" if is_harmless(symbol.name) else f'refuse("{symbol.name}"); '
        lines.append(f"void *call_{index}(void) {label};")
        lines.append(f"void *call_{index}(void) {{ {refusal}return 0; }}")
    return "\n".join(lines) + "\n"


def build_stand_in(original: str, users: Iterable[str], runtime: set[str], out: Path) -> Path:
    """Compile a stand-in for ``original`` into ``out`` (same soname) and return its path."""
    symbols = symbols_to_define(original, users, runtime)
    out.parent.mkdir(parents=True, exist_ok=True)
    source = out.with_suffix(out.suffix + ".c")
    source.write_text(stand_in_source(PurePath(original).name, symbols), "utf-8")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise FileNotFoundError("no C compiler (cc or gcc) on PATH")
    _run(
        [
            compiler,
            "-shared",
            "-fPIC",
            "-O2",
            "-s",
            f"-Wl,-soname,{soname(original)}",
            "-o",
            str(out),
            str(source),
        ]
    )
    return out


def replace_encoders(binaries: list[TocEntry], out_dir: Path) -> list[TocEntry]:
    """Swap each encoder library in a PyInstaller TOC for a compiled stand-in.

    The users of a library are the bundled binaries whose ``DT_NEEDED`` names its soname. A
    library that cannot be replaced (no compiler or binutils, versioned symbols) ships as it
    was, and the reason is printed for the build log.
    """
    if not any(kind == "BINARY" and is_encoder(dest) for dest, _, kind in binaries):
        return binaries
    runtime: set[str] = set()
    needs: dict[str, set[str]] = {}
    for dest, src, kind in binaries:
        if PurePath(dest).name.startswith("libstdc++.so"):
            runtime = {name.split("@")[0] for name in defined_symbols(src)}
        if kind in ("BINARY", "EXTENSION"):
            needs[src] = needed_libraries(src)
    result = []
    for dest, src, kind in binaries:
        if kind != "BINARY" or not is_encoder(dest):
            result.append((dest, src, kind))
            continue
        try:
            name = soname(src)
            users = [user for user, needed in needs.items() if user != src and name in needed]
            stand_in = build_stand_in(src, users, runtime, out_dir / dest)
        except (OSError, ValueError, subprocess.CalledProcessError) as error:
            print(f"encoder_stubs: shipping {dest} unchanged: {error}")
            result.append((dest, src, kind))
            continue
        print(f"encoder_stubs: {dest} -> stand-in ({len(users)} user(s))")
        result.append((dest, str(stand_in), kind))
    return result


def _run(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout
