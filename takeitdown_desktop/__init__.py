"""Take It Down Desktop: fingerprint photos and videos locally and send only the fingerprints."""

__version__ = "0.1.0"
APP_NAME = "Take It Down"
