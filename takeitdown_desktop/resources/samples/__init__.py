"""Sample photos and a video for ``--tour``: Meta's BSD-licensed ThreatExchange test media."""
