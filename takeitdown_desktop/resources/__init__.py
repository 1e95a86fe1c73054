"""Data files the app ships (sample media for the tour)."""
