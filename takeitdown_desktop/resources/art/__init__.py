"""The app's own SVG illustrations and icons (drawn for this repo; see docs/UI.md)."""
