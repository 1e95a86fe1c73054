"""Pack the frozen Linux bundle into ``dist/<slug>-<version>-linux-x86_64.tar.gz``.

The archive holds one folder, ``<slug>-<version>/``: the app (double-click ``<slug>``), its
``.desktop`` file and icon, and ``install.sh``, which adds a menu entry for this person only
(``--uninstall`` takes it out). Name, version and slug come from the package, like the spec.
Run after PyInstaller, from the repository root: ``.venv/bin/python build/tools/make_tarball.py``.
"""

from __future__ import annotations

import io
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from recipe import ICONS, ROOT, AppInfo, app_info

LINUX = ROOT / "build" / "linux"


def render(template: Path, info: AppInfo) -> bytes:
    """Fill ``@NAME@``, ``@SLUG@``, ``@EXEC@`` and ``@ICON@`` in one of ``build/linux``'s files."""
    text = template.read_text("utf-8")
    for key, value in {
        "@NAME@": info.name,
        "@SLUG@": info.slug,
        "@EXEC@": info.slug,
        "@ICON@": info.slug,
    }.items():
        text = text.replace(key, value)
    return text.encode("utf-8")


def anonymous(member: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files belong to nobody in particular: the builder's user name is not shipped."""
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    return member


def add_bytes(archive: tarfile.TarFile, name: str, data: bytes, mode: int) -> None:
    member = tarfile.TarInfo(name)
    member.size = len(data)
    member.mode = mode
    archive.addfile(anonymous(member), io.BytesIO(data))


def main() -> int:
    info = app_info()
    bundle = ROOT / "dist" / info.slug
    if not (bundle / info.slug).is_file():
        print(f"no bundle at {bundle}: run PyInstaller first (make package)", file=sys.stderr)
        return 1
    top = f"{info.slug}-{info.version}"
    out = ROOT / "dist" / f"{top}-linux-x86_64.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=top, filter=anonymous)
        add_bytes(
            archive,
            f"{top}/{info.slug}.desktop",
            render(LINUX / "take-it-down.desktop.in", info),
            0o644,
        )
        add_bytes(archive, f"{top}/install.sh", render(LINUX / "install.sh", info), 0o755)
        archive.add(
            ICONS / "takeitdown-256.png", arcname=f"{top}/{info.slug}.png", filter=anonymous
        )
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
