"""The packaging recipe's decisions (``build/recipe.py``), checked in milliseconds.

The frozen build itself is tested by ``make package-test`` (about a minute); these tests keep
the recipe honest between builds: one source for name and version, no excluded module that
the app imports, Qt trimmed to what we ship, and a build-time endpoint that round-trips.
"""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

import takeitdown_desktop
from takeitdown_desktop import buildconfig
from tests.packaging.build_modules import load_build_module

ROOT = Path(__file__).resolve().parents[2]


recipe = load_build_module("recipe.py")


def test_name_and_version_come_from_the_package() -> None:
    info = recipe.app_info()
    assert info.version == takeitdown_desktop.__version__
    assert info.name == takeitdown_desktop.APP_NAME
    assert info.slug == "take-it-down"


def _top_level_imports(package: Path) -> dict[str, set[Path]]:
    found: dict[str, set[Path]] = {}
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name, set()).add(source.relative_to(ROOT))
    return found


def test_no_excluded_module_is_imported_by_the_app() -> None:
    """Excluding a module the app imports would ship a build that fails on first use.

    The one allowed exception is the embedded intake service, which ``ui/app.py`` starts
    only in source runs (a packaged app is given a real endpoint instead).
    """
    imports = _top_level_imports(ROOT / "takeitdown_desktop")
    excluded = set(recipe.EXCLUDED_MODULES)
    clashes = {
        name: sorted(str(path) for path in paths)
        for name, paths in imports.items()
        if (name in excluded or name.split(".")[0] in excluded)
        and name.split(".")[0] != "takeitdown_intake"
    }
    assert clashes == {}
    assert imports["takeitdown_intake.embedded"] == {Path("takeitdown_desktop/ui/app.py")}


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qdirect2d.dll", False),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/translations/qtbase_de.qm", True),
        ("PySide6/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", False),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/Qt/translations/designer_fr.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_qt_is_trimmed_to_what_the_app_uses(dest: str, kept: bool) -> None:
    languages = ["de", "pt", "zh_CN"]
    assert recipe.keep_qt_file(dest, languages) is kept
    assert recipe.keep_qt_file(dest.replace("/", "\\"), languages) is kept


def test_every_shipped_language_has_a_source_file() -> None:
    languages = recipe.shipped_languages()
    assert "en" not in languages
    assert {"es", "fr", "de", "zh_CN"} <= set(languages)


def test_package_data_leaves_out_stale_translations_and_caches() -> None:
    assert recipe.keep_package_data("takeitdown_desktop/resources/samples/bridge.jpg")
    assert recipe.keep_package_data("takeitdown_desktop/resources/selftest/expected.json")
    assert not recipe.keep_package_data("takeitdown_desktop/resources/translations/x_de.qm")
    assert not recipe.keep_package_data("takeitdown_desktop/__pycache__/cli.cpython-311.pyc")


def test_unreachable_libraries_are_pruned() -> None:
    needs = {
        "/w/ext.so": ["/w/libA.so"],
        "/w/libA.so": ["/w/libB.so"],
        "/w/plugins/platforms/libqxcb.so": ["/w/libxcb.so"],
        "/w/gone-plugin-dep.so": ["/w/libB.so"],
    }
    binaries = [
        ("pkg/ext.so", "/w/ext.so", "EXTENSION"),
        ("libA.so", "/w/libA.so", "BINARY"),
        ("libB.so", "/w/libB.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/plugins/platforms/libqxcb.so", "BINARY"),
        ("libxcb.so", "/w/libxcb.so", "BINARY"),
        ("libcairo.so.2", "/w/gone-plugin-dep.so", "BINARY"),
        ("libpython3.11.so.1.0", "/w/libpython3.11.so.1.0", "BINARY"),
    ]
    kept = recipe.prune_unreachable_libraries(binaries, lambda path: needs.get(path, []))
    assert [dest for dest, _, _ in kept] == [
        "pkg/ext.so",
        "libA.so",
        "libB.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb.so",
        "libpython3.11.so.1.0",
    ]


def test_two_vendored_libraries_with_one_name_are_both_kept() -> None:
    """Pillow and PyAV each vendor a libXau with the same hashed name; each needs its own."""
    binaries = [
        ("PIL/_imaging.so", "/p/PIL/_imaging.so", "EXTENSION"),
        ("av/_core.so", "/p/av/_core.so", "EXTENSION"),
        ("pillow.libs/libXau-1.so", "/p/pillow.libs/libXau-1.so", "BINARY"),
        ("av.libs/libXau-1.so", "/p/av.libs/libXau-1.so", "BINARY"),
    ]
    needs = {
        "/p/PIL/_imaging.so": ["/p/pillow.libs/libXau-1.so"],
        "/p/av/_core.so": ["/p/av.libs/libXau-1.so"],
    }
    kept = recipe.prune_unreachable_libraries(binaries, lambda path: needs.get(path, []))
    assert kept == binaries


@pytest.mark.skipif(shutil.which("strip") is None, reason="binutils' strip is not installed")
def test_strip_leaves_wheel_vendored_libraries_alone(tmp_path: Path) -> None:
    real = Path(sys.executable).resolve()  # any real ELF file will do: Python's own
    binaries = [
        ("numpy.libs/libopenblas.so", str(real), "BINARY"),
        ("some/ext.so", str(real), "EXTENSION"),
        ("data.json", str(ROOT / "build" / "recipe.py"), "DATA"),
    ]
    stripped = recipe.strip_symbols(binaries, tmp_path)
    assert stripped[0] == binaries[0]
    assert stripped[2] == binaries[2]
    assert stripped[1][1] == str(tmp_path / "some" / "ext.so")
    assert Path(stripped[1][1]).stat().st_size <= real.stat().st_size


@pytest.mark.parametrize(
    "endpoint", ["http://intake.example", "intake.example", "https://", "ftp://x.example"]
)
def test_a_baked_in_endpoint_must_be_https(endpoint: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="https://"):
        recipe.write_build_module(tmp_path, endpoint)


def test_the_baked_in_endpoint_reaches_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert buildconfig.default_endpoint() is None  # a source run has no build module
    recipe.write_build_module(tmp_path, "https://intake.example/api/")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "_takeitdown_build", raising=False)
    assert buildconfig.default_endpoint() == "https://intake.example/api"
    assert buildconfig.resolve_endpoint(None) == "https://intake.example/api"
    assert buildconfig.resolve_endpoint("https://other.example") == "https://other.example"
    monkeypatch.delitem(sys.modules, "_takeitdown_build")


def test_a_build_without_an_endpoint_has_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipe.write_build_module(tmp_path, None)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "_takeitdown_build", raising=False)
    assert buildconfig.default_endpoint() is None
    assert not buildconfig.is_frozen()
    monkeypatch.delitem(sys.modules, "_takeitdown_build")


def test_the_desktop_entry_never_offers_the_app_for_files() -> None:
    """No ``MimeType`` and no ``%f``/``%F``: file managers never list the app under "Open
    with", so opening a photo never adds the app to anyone's recent-files history."""
    entry = (ROOT / "build" / "linux" / "take-it-down.desktop.in").read_text("utf-8")
    lines = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert lines["Type"] == "Application"
    assert lines["Name"] == "@NAME@"
    assert "MimeType" not in lines
    assert "%" not in lines["Exec"]
