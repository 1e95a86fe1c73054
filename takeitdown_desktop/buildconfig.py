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

#: For whoever built or starts a packaged app that has no address (printed on stderr; the
#: person sees a kind, translated message in a window instead: ``cli._show_no_endpoint``).
NO_ENDPOINT_HINT = (
    "This build has no intake service address, so it can't send reports. "
    "Start it with --endpoint URL, or package it with TAKEITDOWN_ENDPOINT=https://..."
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
    packaged app given ``None`` should say so in a window (and ``NO_ENDPOINT_HINT`` on stderr)
    and quit.
    """
    return requested or default_endpoint()
