"""Compiled translations (``takeitdown_<code>.qm``) from ``make translations``, not committed."""
