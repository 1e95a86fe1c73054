"""Settings for one hashing run, passed explicitly (never read from disk or environment)."""

from __future__ import annotations

from dataclasses import dataclass

#: Images declaring more pixels than this are refused before any pixel is decoded.
#: 200 MP is four times a 48 MP phone photo; a 60000x60000 "bomb" is 3600 MP.
DEFAULT_MAX_IMAGE_PIXELS = 200_000_000
#: Shape frames a video's report carries a minute of video: docs/HASHING-VIDEO.md says what
#: each step of this budget buys ("Variant fingerprints").
VIDEO_SHAPES_PER_MINUTE = 360


@dataclass(frozen=True, slots=True)
class HashOptions:
    """How to hash.

    ``fps`` is how many video frames per second to fingerprint (vPDQ sampling); ``None`` means
    every frame, as Meta's reference does. ``thumbnail_size`` > 0 asks image and video hashers
    for an in-memory thumbnail of at most that many pixels on its longer side, made from the
    same decode (the GUI wants one; the CLI does not). ``video_shapes_per_minute`` is the
    budget of re-post shape frames a video's report carries a minute (``video_variants``;
    the bench tries others to show what each step buys).
    """

    fps: float | None = 1.0
    thumbnail_size: int = 0
    max_image_pixels: int = DEFAULT_MAX_IMAGE_PIXELS
    video_shapes_per_minute: int = VIDEO_SHAPES_PER_MINUTE
