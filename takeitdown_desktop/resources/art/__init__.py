"""The app's own pictures and icons: hand-written SVG in six theme colours (see README.md)."""
