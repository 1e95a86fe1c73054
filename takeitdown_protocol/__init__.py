"""The report protocol (docs/PROTOCOL.md), shared by the desktop client, the reference intake
service and the platforms' exchange.

Standard library only, so the service and a platform's python-threatexchange extension use it
without the desktop app (Qt, PyAV, Pillow), and the app never needs the service's packages.
What an item may carry is decided once, in ``fields.DIGEST_FIELDS``; ``validate`` checks a
body against it and ``schemas`` writes the JSON Schemas from it.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
from typing import Final

from takeitdown_protocol import crockford

#: The HTTP API's version: the path prefix and the User-Agent. It changes only when an old
#: client or platform would misread a reply; a new report version alone does not change it.
API_VERSION: Final = 1
API_PREFIX: Final = f"/v{API_VERSION}"
#: Same on every computer: nothing about the machine, OS or app release.
USER_AGENT: Final = f"TakeItDown/{API_VERSION}"
IDEMPOTENCY_HEADER: Final = "Idempotency-Key"
#: ``Authorization: Key <authenticator>`` proves the holder of a receipt for GET/DELETE.
AUTH_SCHEME: Final = "Key"

#: The report body version the client sends. Version 2 adds variant fingerprints
#: (``pdq_variants``, ``vpdq_variants``); the service still accepts version 1 bodies.
REPORT_VERSION: Final = 2
REPORT_VERSIONS: Final = (1, 2)


class Role(enum.Enum):
    """Who is sending the report (the body's ``role``)."""

    SELF = "self"
    TRUSTED_ADULT = "trusted_adult"
    PROFESSIONAL = "professional"


#: An item's ``media_type``.
MEDIA_TYPES: Final = ("image", "video", "other")

#: Limits (also in the JSON Schemas and PROTOCOL.md, which says why). The service refuses
#: anything larger.
MAX_ITEMS: Final = 1000
MAX_BODY_BYTES: Final = 24 * 1024 * 1024
MAX_DIHEDRAL: Final = 8
MAX_PDQ_VARIANTS: Final = 256
MAX_VPDQ_FRAMES: Final = 20_000
MAX_VPDQ_VARIANTS: Final = 20_000

HEX_64 = re.compile(r"[0-9a-f]{64}")
IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")

REPORT_ID_SYMBOLS: Final = 12

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
