"""The distribution's version (``distributions/platform/pyproject.toml`` reads it)."""

__version__ = "0.1.0"
