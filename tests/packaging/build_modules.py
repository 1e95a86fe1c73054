"""Import the packaging recipes in ``build/`` (plain files, not a package) for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_build_module(file_name: str) -> ModuleType:
    """Import ``build/<file_name>`` under a name of its own; dataclasses need the module
    registered in ``sys.modules`` while it runs. Its siblings in ``build/`` are importable."""
    name = "takeitdown_build_" + Path(file_name).stem
    if name in sys.modules:
        return sys.modules[name]
    build = str(ROOT / "build")
    if build not in sys.path:
        sys.path.append(build)
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / file_name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
