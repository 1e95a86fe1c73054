"""The decisions behind ``build/takeitdown.spec``, as plain functions the tests can check.

The spec itself stays a short list of PyInstaller calls; what goes in and what is trimmed out
is decided here, once, with the reason next to each rule (figures in ``docs/PACKAGING.md``).
Nothing here imports PyInstaller, so ``tests/packaging`` runs it in milliseconds.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "takeitdown_desktop"
TS_DIR = ROOT / "resources" / "translations"
ICONS = ROOT / "resources" / "icons"

#: Python packages the desktop app never imports in a packaged build. The reference intake
#: service (``takeitdown_intake`` and its FastAPI/SQLAlchemy stack) only runs in development:
#: ``ui/app.py`` imports it lazily for ``make run``, and PyInstaller would otherwise follow
#: that import and ship ~30 MB of server. The rest are development tools that happen to be in
#: the same virtual environment, or libraries the app replaced (imagehash needs scipy and
#: PyWavelets; OpenCV was the old video decoder).
EXCLUDED_MODULES: tuple[str, ...] = (
    "takeitdown_intake",
    "fastapi",
    "starlette",
    "uvicorn",
    "pydantic",
    "pydantic_core",
    "sqlalchemy",
    "alembic",
    "mako",
    "psycopg",
    "psycopg_binary",
    "imagehash",
    "scipy",
    "pywt",
    "cv2",
    "matplotlib",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "jsonschema",
    "IPython",
    # numpy loads these lazily and the app never touches them (numpy.random alone is 2.5 MB).
    "numpy.random",
    "numpy.testing",
    "numpy.f2py",
    # Interactive-console helpers (readline also drags libreadline and libtinfo in).
    "readline",
    "pdb",
    "pydoc",
    # Pulled in by PyInstaller's PySide6 hooks, never imported by the app (no sockets in Qt:
    # HTTPS goes through requests).
    "PySide6.QtNetwork",
)

#: Qt plugin folders the app needs on Linux, and which plugins inside them. A folder missing
#: from this map is dropped whole. Why each stays:
#: - platforms: xcb (X11), wayland, offscreen (``--self-test`` and CI with no display).
#:   eglfs/linuxfb/vnc/minimal/vkkhrdisplay are for kiosks and embedded boards.
#: - platformthemes: the XDG desktop portal (dark mode, font settings over D-Bus). The GTK 3
#:   theme is left out: it drags ~20 of the build machine's GTK-stack libraries (cairo, pango,
#:   glib...) into the bundle, which then clash with the person's own libgtk-3; the app draws
#:   itself with Fusion and picks files in-app, so the GTK theme adds nothing.
#: - platforminputcontexts: compose keys and IBus, so people can type in Hindi, Chinese,
#:   Korean and the other shipped scripts. The virtual keyboard plugin pulls in Qt Quick.
#: - iconengines/imageformats svg: icon themes are SVG; the app decodes photos with Pillow,
#:   so Qt's JPEG/TIFF/WebP/GIF/PDF readers are never used (the PDF one pulls in QtPdf).
#: - xcbglintegrations and the wayland client folders: the xcb and wayland platforms load them.
QT_PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg"}),
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "styles": None,
}

# Linux and macOS wheels keep Qt under PySide6/Qt/; the Windows wheel puts it in PySide6/.
_QT_PLUGIN = re.compile(r"PySide6[/\\](?:Qt[/\\])?plugins[/\\]([^/\\]+)[/\\](?:lib)?([^/\\.]+)")
_QT_TRANSLATION = re.compile(
    r"PySide6[/\\](?:Qt[/\\])?translations[/\\]([a-z_]+?)_([A-Za-z_]+)\.qm$"
)


@dataclass(frozen=True, slots=True)
class AppInfo:
    """Name and version, read from the package's ``__init__.py`` (the one source of truth)."""

    name: str
    version: str

    @property
    def slug(self) -> str:
        """File-name form of the name: ``take-it-down``."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


def app_info(package: Path = PACKAGE) -> AppInfo:
    """Parse ``__version__`` and ``APP_NAME`` without importing the package (no Qt, no numpy)."""
    values: dict[str, str] = {}
    tree = ast.parse((package / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    values[target.id] = node.value.value
    return AppInfo(name=values["APP_NAME"], version=values["__version__"])


def shipped_languages(ts_dir: Path = TS_DIR) -> list[str]:
    """Language codes we translate into (``takeitdown_<code>.ts``), English being the source."""
    return sorted(path.stem.removeprefix("takeitdown_") for path in ts_dir.glob("takeitdown_*.ts"))


def compile_translations(lrelease: Path, out_dir: Path, ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile every ``.ts`` afresh into ``out_dir``, so a bundle never ships stale ``.qm`` files
    left in the source tree by an older ``make translations``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(ts_dir.glob("takeitdown_*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def keep_qt_file(dest: str, languages: Iterable[str]) -> bool:
    """Whether a file PyInstaller's Qt hooks collected belongs in the bundle.

    Plugins follow ``QT_PLUGINS_KEPT``; Windows' software OpenGL is dropped. Of Qt's own
    translations only ``qtbase`` is loaded (``ui/i18n.py``), and only for the languages we
    ship: ``pt`` keeps ``pt_BR``/``pt_PT``, ``zh_CN`` and ``zh_TW`` keep only their own.
    Anything else passes through untouched.
    """
    if PurePath(dest.replace("\\", "/")).name.lower() == "opengl32sw.dll":
        # Windows: Mesa's software OpenGL (about 20 MB), which Qt loads only when Qt Quick or
        # an OpenGL widget finds no usable driver. The app is plain widgets, drawn by Qt's
        # raster engine, and never asks for OpenGL. The Windows CI job's --self-test opens the
        # window without it.
        return False
    plugin = _QT_PLUGIN.search(dest)
    if plugin is not None:
        folder, name = plugin.groups()
        if folder not in QT_PLUGINS_KEPT:
            return False
        kept = QT_PLUGINS_KEPT[folder]
        return kept is None or name in kept
    translation = _QT_TRANSLATION.search(dest)
    if translation is not None:
        catalogue, locale = translation.groups()
        if catalogue != "qtbase":
            return False
        return any(locale == code or locale.startswith(f"{code}_") for code in languages)
    return True


def keep_package_data(dest: str) -> bool:
    """Whether a file of our own package tree ships: not ``.qm`` files from the source tree
    (fresh ones are compiled for the bundle), not type stubs, caches or the intake service."""
    parts = Path(dest).parts
    return not (
        dest.endswith((".qm", ".pyc", ".pyi"))
        or "__pycache__" in parts
        or (parts and parts[0] == "takeitdown_intake")
    )


def validate_endpoint(endpoint: str) -> str:
    """An endpoint baked into a build must be an ``https://`` URL with a host: a typo would
    otherwise ship to every person who installs it, and plain HTTP would expose the report."""
    parts = urlsplit(endpoint)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(f"TAKEITDOWN_ENDPOINT must be an https:// address, not {endpoint!r}")
    return endpoint.rstrip("/")


def write_build_module(out_dir: Path, endpoint: str | None) -> Path:
    """Write ``_takeitdown_build.py``, the frozen app's build-time settings (read by
    ``takeitdown_desktop.buildconfig``). ``None`` ships a build with no default service."""
    value = None if not endpoint else validate_endpoint(endpoint)
    out_dir.mkdir(parents=True, exist_ok=True)
    module = out_dir / "_takeitdown_build.py"
    module.write_text(
        '"""Generated by build/takeitdown.spec; never edit, never commit."""\n\n'
        f"DEFAULT_ENDPOINT = {value!r}\n",
        "utf-8",
    )
    return module


TocEntry = tuple[str, str, str]


def prune_unreachable_libraries(
    binaries: list[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> list[TocEntry]:
    """Drop shared libraries that no shipped module or plugin loads.

    PyInstaller scans the dependencies of every binary *before* the spec can trim plugins, so
    dropping a plugin leaves its libraries behind: the GTK theme's cairo, pango and GDK, and
    the EGLFS integration libraries. Starting from what Python or Qt actually loads (extension
    modules, Qt plugins, libpython), this keeps every library reachable through the
    dynamic linker and nothing else. ``imports_of(path)`` gives the resolved paths of the
    libraries one file loads (from PyInstaller's ``bindepend.get_imports``); files are matched
    by real source path, since two wheels may vendor different builds under one file name.
    Linux only: on Windows and macOS, Qt and Python load libraries by other means
    (``opengl32sw.dll``, frameworks) that this graph cannot see, and those builds cannot be
    tested here.
    """
    by_source = {os.path.realpath(src): (dest, src, kind) for dest, src, kind in binaries}
    roots = [
        entry
        for entry in binaries
        if entry[2] == "EXTENSION"
        or _QT_PLUGIN.search(entry[0])
        or PurePath(entry[0]).name.startswith("libpython")
    ]
    kept: dict[str, TocEntry] = {}
    stack = list(roots)
    while stack:
        entry = stack.pop()
        if entry[0] in kept:
            continue
        kept[entry[0]] = entry
        for path in imports_of(entry[1]):
            needed = by_source.get(os.path.realpath(path))
            if needed is not None and needed[0] not in kept:
                stack.append(needed)
    return [entry for entry in binaries if entry[0] in kept]


def strip_symbols(binaries: list[TocEntry], out_dir: Path) -> list[TocEntry]:
    """Linux: strip symbol tables from our Python's libraries and the wheels' own modules.

    PyAV's extension modules shrink from 31 to 5 MB and libpython from 23 to 6 MB; nothing
    at run time reads those tables. Libraries that ``auditwheel`` vendored into a wheel's
    ``*.libs`` folder are left alone: ``patchelf`` rewrote their headers, and ``strip`` turns
    such a file into one the loader refuses ("ELF load command address/offset not
    page-aligned", seen with numpy's OpenBLAS). They are already stripped anyway. A file
    ``strip`` cannot handle ships as it was.
    """
    result = []
    for dest, src, kind in binaries:
        parts = PurePath(dest).parts
        if kind not in ("BINARY", "EXTENSION") or any(p.endswith(".libs") for p in parts):
            result.append((dest, src, kind))
            continue
        target = out_dir / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["strip", "--strip-unneeded", "-o", str(target), src], capture_output=True, check=False
        )
        result.append((dest, str(target) if done.returncode == 0 else src, kind))
    return result


if __name__ == "__main__":
    # For the shell and PowerShell recipes (build/macos, build/windows, CI), which need the
    # same name, version and slug as the spec: `python build/recipe.py version`.
    print(getattr(app_info(), sys.argv[1] if len(sys.argv) > 1 else "version"))
