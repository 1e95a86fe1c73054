"""Crockford base32 with its mod-37 check symbol, for things people copy by hand.

The alphabet leaves out I, L, O and U so that a handwritten key is hard to misread; when
parsing, ``I``/``L`` are read as ``1`` and ``O`` as ``0``, case is ignored and spaces and dashes
are dropped. The check symbol (value mod 37, so five extra symbols ``*~$=U``) catches every
single wrong character and every swap of two neighbours.
See https://www.crockford.com/base32.html.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
_VALUES = {symbol: value for value, symbol in enumerate(CHECK_ALPHABET)}
_ALIASES = {"I": "1", "L": "1", "O": "0"}
_SEPARATORS = frozenset(" -\t\n\r")


class CrockfordError(ValueError):
    """Text that is not valid Crockford base32; ``.code`` says which way, for messages."""

    def __init__(self, code: str, detail: str, symbol: str = "") -> None:
        super().__init__(detail)
        self.code = code
        self.symbol = symbol


def encode(data: bytes) -> str:
    """Encode bytes whose bit length is a multiple of 5 (10, 15, 20 bytes...)."""
    if (len(data) * 8) % 5:
        raise ValueError("Crockford encoding here needs a bit length divisible by 5")
    number = int.from_bytes(data, "big")
    symbols = len(data) * 8 // 5
    return "".join(ALPHABET[(number >> (5 * (symbols - 1 - i))) & 31] for i in range(symbols))


def decode(text: str, length: int) -> bytes:
    """Decode normalised symbols (``normalise`` first) into ``length`` bytes."""
    number = 0
    for symbol in text:
        number = (number << 5) | _VALUES[symbol]
    return number.to_bytes(length, "big")


def check_symbol(text: str) -> str:
    """The mod-37 check symbol of normalised data symbols."""
    number = 0
    for symbol in text:
        number = number * 32 + _VALUES[symbol]
    return CHECK_ALPHABET[number % 37]


def normalise(text: str) -> str:
    """Upper-case, drop separators, read look-alikes; raise on a symbol that cannot be in it.

    The last symbol may be a check symbol, so ``*~$=U`` are allowed there only.
    """
    cleaned = [ch for ch in text.strip().upper() if ch not in _SEPARATORS]
    out: list[str] = []
    for index, typed in enumerate(cleaned):
        ch = _ALIASES.get(typed, typed)
        last = index == len(cleaned) - 1
        if ch not in ALPHABET and not (last and ch in CHECK_ALPHABET):
            raise CrockfordError("bad_character", f"{typed!r} cannot be part of this code", typed)
        out.append(ch)
    return "".join(out)


def group(text: str, size: int = 4) -> str:
    """``ABCDEFGH`` → ``ABCD-EFGH``: easier to read aloud and to compare."""
    return "-".join(text[i : i + size] for i in range(0, len(text), size))
