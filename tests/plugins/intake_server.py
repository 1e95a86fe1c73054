"""Fixtures that start the real reference intake service on loopback (filled in by issue 4)."""
