"""The secret key made on this computer, and the receipt the person keeps.

The key is 160 random bits written as 32 Crockford base32 symbols in groups of four, plus a
check symbol, e.g. ``7KQ2-M9XD-...-4TRA-*``. Only a verifier derived from it is sent with the
report (``protocol.verifier_for``); to check or withdraw a report later, the app shows the
service an authenticator derived from the key. The key itself never leaves the computer.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import takeitdown_protocol as protocol
from takeitdown_desktop.errors import ExplainedError
from takeitdown_protocol import crockford

KEY_BYTES = 20
KEY_SYMBOLS = KEY_BYTES * 8 // 5


class ReceiptError(ExplainedError):
    """A report number or secret key that cannot be read; ``.message`` says what to check."""


def _symbols(text: str, what: str, alphabet_hint: str) -> str:
    try:
        return crockford.normalise(text)
    except crockford.CrockfordError as exc:
        raise ReceiptError(
            "bad_character", f'"{exc.symbol}" can\'t be in a {what}. {alphabet_hint}'
        ) from None


_KEY_HINT = (
    "Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), "
    "and sometimes one of * ~ $ = U at the very end."
)
_REPORT_HINT = "Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U)."


class SecretKey:
    """A high-entropy key made locally. Its ``repr`` never shows it."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError(f"a secret key is {KEY_BYTES} bytes")
        self._raw = bytes(raw)

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def parse(cls, text: str) -> SecretKey:
        """Read a key as typed or pasted; raise ``ReceiptError`` with a kind, exact hint."""
        symbols = _symbols(text, "secret key", _KEY_HINT)
        if not symbols:
            raise ReceiptError("missing", "Please type or paste the secret key from your receipt.")
        if len(symbols) != KEY_SYMBOLS + 1:
            raise ReceiptError(
                "wrong_length",
                f"A secret key has {KEY_SYMBOLS + 1} letters and numbers, but this one has "
                f"{len(symbols)}. Check whether one is missing or extra.",
            )
        data, check = symbols[:-1], symbols[-1]
        if any(ch not in crockford.ALPHABET for ch in data):
            raise ReceiptError(
                "bad_character", f"Only the last character can be * ~ $ = or U. {_KEY_HINT}"
            )
        if crockford.check_symbol(data) != check:
            raise ReceiptError(
                "typo",
                "There's a typo in this secret key: at least one character is different from "
                "your receipt. Please check each group again.",
            )
        return cls(crockford.decode(data, KEY_BYTES))

    @property
    def raw(self) -> bytes:
        return self._raw

    def as_text(self) -> str:
        """The key as people read it: groups of four, then the check symbol."""
        symbols = crockford.encode(self._raw)
        return f"{crockford.group(symbols)}-{crockford.check_symbol(symbols)}"

    def authenticator(self) -> str:
        """Shown to the service to check or withdraw a report (hex)."""
        return protocol.authenticator_for(self._raw)

    def verifier(self) -> str:
        """Sent inside the report body (hex); stored by the service."""
        return protocol.verifier_for(self.authenticator())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretKey):
            return NotImplemented
        return secrets.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self._raw)

    def __repr__(self) -> str:
        return "SecretKey(<hidden>)"


def parse_report_id(text: str) -> str:
    """Read a report number as typed; return its canonical form (13 symbols, no dashes)."""
    symbols = _symbols(text, "report number", _REPORT_HINT)
    if not symbols:
        raise ReceiptError("missing", "Please type or paste the report number from your receipt.")
    expected = protocol.REPORT_ID_SYMBOLS + 1
    if len(symbols) != expected:
        raise ReceiptError(
            "wrong_length",
            f"A report number has {expected} letters and numbers, but this one has "
            f"{len(symbols)}. Check whether one is missing or extra.",
        )
    if not protocol.is_report_id(symbols):
        raise ReceiptError(
            "typo",
            "There's a typo in this report number: at least one character is different from "
            "your receipt. Please check it again.",
        )
    return symbols


def format_report_id(report_id: str) -> str:
    """``ABCDEFGHJKMNP`` → ``ABCD-EFGH-JKMN-P``."""
    return crockford.group(report_id)


#: The two lines the app reads back ("check an earlier report"). They stay in English in every
#: language, so a receipt saved in one language opens in any other.
_REPORT_LABEL = "Report number:"
_KEY_LABEL = "Secret key:"

#: What a receipt says above those two lines. The window passes it in the person's language
#: (``ui/messages.py`` lists it for the translators); the command line writes it in English.
HEADING = (
    "Take It Down receipt\n"
    "\n"
    "With the report number and secret key below, you can check on your report or "
    "withdraw it.\n"
    "Keep them private: anyone who has both can withdraw the report."
)


# weakref_slot: the privacy tests check that none outlives a quick exit.
@dataclass(frozen=True, slots=True, weakref_slot=True)
class Receipt:
    """What the person keeps: the report number and the secret key, nothing else."""

    report_id: str
    secret_key: SecretKey

    def __post_init__(self) -> None:
        object.__setattr__(self, "report_id", parse_report_id(self.report_id))

    @property
    def report_id_text(self) -> str:
        return format_report_id(self.report_id)

    def as_text(self, heading: str = HEADING) -> str:
        """For copying or saving. Holds no file names, dates or anything about the person.

        ``heading`` is the explanation on top, in the person's language; the two lines under
        it are always the English ones ``parse`` reads.
        """
        return (
            f"{heading.strip()}\n"
            "\n"
            f"{_REPORT_LABEL}  {self.report_id_text}\n"
            f"{_KEY_LABEL}     {self.secret_key.as_text()}\n"
        )

    @classmethod
    def parse(cls, text: str) -> Receipt:
        """Read back the text of ``as_text`` in any language (for "open a saved receipt").

        Only the two English lines count, wherever they are, so receipts saved by earlier
        versions (with the explanation under the two lines) open too. The last of each wins:
        the heading above them can never be taken for them.
        """
        report = key = None
        for line in text.splitlines():
            stripped = line.strip()
            if stripped.startswith(_REPORT_LABEL):
                report = stripped[len(_REPORT_LABEL) :]
            elif stripped.startswith(_KEY_LABEL):
                key = stripped[len(_KEY_LABEL) :]
        if report is None or key is None:
            raise ReceiptError(
                "not_a_receipt",
                "This doesn't look like a Take It Down receipt. It should have a line starting "
                "with 'Report number:' and one starting with 'Secret key:'.",
            )
        return cls(parse_report_id(report), SecretKey.parse(key))
