"""Compiled translations (``takeitdown_<code>.qm``), made by ``make translations``; never committed."""
