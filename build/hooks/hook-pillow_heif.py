"""PyInstaller hook for pillow-heif, which ships none.

The codecs live in a top-level C extension, ``_pillow_heif``, imported inside ``try`` blocks
(pillow-heif defers the error so ``import pillow_heif`` never fails): PyInstaller's analysis
can miss it, and a bundle without it only fails when someone adds an iPhone photo. Its shared
libraries (libheif, libde265, x265) sit in ``pillow_heif.libs`` next to it and are found by
PyInstaller's binary dependency scan from the extension.
"""

hiddenimports = ["_pillow_heif"]
