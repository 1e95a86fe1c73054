"""Settings fixed when the app was packaged: which intake service a packaged app talks to.

A packaged app does not carry the reference intake service (FastAPI, SQLAlchemy and friends
are left out of the bundle: ``build/recipe.py``), so it must be told where the real service
is. ``make package TAKEITDOWN_ENDPOINT=https://...`` bakes that address in:
``build/takeitdown.spec`` writes a tiny generated module, ``_takeitdown_build``, into the
bundle. A source checkout has no such module, so ``default_endpoint()`` is ``None`` there and
``make run`` keeps starting its embedded local service. ``--endpoint`` always wins.
"""

from __future__ import annotations

import importlib
import sys

#: Shown by a packaged app that was built without an address and started without
#: ``--endpoint``: it has no service to send to, and must say so rather than fail later.
NO_ENDPOINT_MESSAGE = (
    "This copy of Take It Down was built without the address of an intake service. "
    "Start it with --endpoint URL, or use a copy from the people who gave you the app."
)


def default_endpoint() -> str | None:
    """The intake address baked in at build time, or ``None`` (source runs, test builds)."""
    try:
        module = importlib.import_module("_takeitdown_build")
    except ImportError:
        return None
    value = getattr(module, "DEFAULT_ENDPOINT", None)
    return value if isinstance(value, str) and value else None


def is_frozen() -> bool:
    """True inside a PyInstaller bundle, where the embedded development service is absent."""
    return bool(getattr(sys, "frozen", False))


def resolve_endpoint(requested: str | None) -> str | None:
    """The endpoint to use: ``--endpoint`` if given, else the build's default.

    ``None`` means "start the embedded local service", which only a source run can do; a
    packaged app given ``None`` should show ``NO_ENDPOINT_MESSAGE`` and quit.
    """
    return requested or default_endpoint()
