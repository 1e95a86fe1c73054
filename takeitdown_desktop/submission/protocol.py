"""Constants of the report protocol (docs/PROTOCOL.md), shared by the client and the service.

This module imports nothing outside the standard library, so the reference intake service can
use it without pulling in the desktop app, and the app never needs the service's packages.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from takeitdown_desktop.submission import crockford

#: The only version number anything we send carries (in the body and the User-Agent).
PROTOCOL_VERSION = 1
API_PREFIX = f"/v{PROTOCOL_VERSION}"
#: Same on every computer: nothing about the machine, OS or app release.
USER_AGENT = f"TakeItDown/{PROTOCOL_VERSION}"
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: ``Authorization: Key <authenticator>`` proves the holder of a receipt for GET/DELETE.
AUTH_SCHEME = "Key"

ROLES = ("self", "trusted_adult", "professional")
MEDIA_TYPES = ("image", "video", "other")

#: Limits (also in the JSON Schema and PROTOCOL.md). The service refuses anything larger.
MAX_ITEMS = 1000
MAX_DIHEDRAL = 8
MAX_VPDQ_FRAMES = 20_000
MAX_BODY_BYTES = 8 * 1024 * 1024

#: Lower-case hex lengths of each known digest.
HEX_LENGTHS = {"md5": 32, "sha256": 64, "pdq": 64, "phash": 16, "dhash": 16}
HEX_64 = re.compile(r"[0-9a-f]{64}")
IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")

REPORT_ID_SYMBOLS = 12

_AUTHENTICATOR_CONTEXT = b"takeitdown/1 authenticator\x00"
_VERIFIER_CONTEXT = b"takeitdown/1 verifier\x00"


def authenticator_for(key: bytes) -> str:
    """What the holder of a secret key shows the service (hex); the key itself never leaves."""
    return hashlib.sha256(_AUTHENTICATOR_CONTEXT + key).hexdigest()


def verifier_for(authenticator: str) -> str:
    """What the report body carries and the service stores: a hash of the authenticator.

    A copy of the database (or of a report body seen on screen) gives verifiers only, and
    nobody can work back from one to the authenticator needed to withdraw.
    """
    return hashlib.sha256(_VERIFIER_CONTEXT + bytes.fromhex(authenticator)).hexdigest()


def authenticator_matches(authenticator: str, verifier: str) -> bool:
    """Constant-time check that ``authenticator`` belongs to ``verifier``."""
    if HEX_64.fullmatch(authenticator) is None:
        return False
    return hmac.compare_digest(verifier_for(authenticator), verifier)


def new_report_id(random_bits: int) -> str:
    """A report number from 60 random bits: 12 Crockford symbols and a check symbol."""
    symbols = "".join(
        crockford.ALPHABET[(random_bits >> (5 * (REPORT_ID_SYMBOLS - 1 - i))) & 31]
        for i in range(REPORT_ID_SYMBOLS)
    )
    return symbols + crockford.check_symbol(symbols)


def is_report_id(text: str) -> bool:
    """True for a canonical report number (13 upper-case symbols, check symbol right)."""
    if len(text) != REPORT_ID_SYMBOLS + 1:
        return False
    body, check = text[:-1], text[-1]
    if any(ch not in crockford.ALPHABET for ch in body):
        return False
    return crockford.check_symbol(body) == check
