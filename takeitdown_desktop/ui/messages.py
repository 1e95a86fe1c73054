"""The kind sentences that ``hashing`` and ``submission`` write, in the person's language.

Those packages never import Qt, so their messages are English. The window translates them
when it shows them: every sentence is listed here (so ``pyside6-lupdate`` extracts it into the
"Messages" context), and ``translate_message`` finds the translation of the English text. The
few messages with a number or a character in them are matched against a template with ``%1``
and ``%2``. ``tests/i18n/test_messages.py`` checks that every message those packages can
produce is listed here, so a new or changed English sentence can't slip through untranslated.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from takeitdown_desktop.submission.receipt import HEADING, Receipt

CONTEXT = "Messages"


def _strings(*texts: object) -> tuple[str, ...]:
    return tuple(str(text) for text in texts)


#: Whole sentences, exactly as the packages write them.
SENTENCES = _strings(
    # hashing.errors.MESSAGES
    QT_TRANSLATE_NOOP("Messages", "We couldn't find this file. It may have been moved or deleted."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This isn't a photo or video, so we can't fingerprint it. You can remove it and go on.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This computer didn't let us open this folder, so nothing in it was added.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This computer didn't let us open this file. You could copy it somewhere else "
        "and try again.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file is empty, so there is nothing to fingerprint."),
    QT_TRANSLATE_NOOP(
        "Messages", "This file is too big for us to read. You can remove it and go on."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This picture says it is far bigger than any real photo, so we didn't open it. "
        "You can remove it and go on.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This picture seems to be damaged, so we couldn't make its picture fingerprint. "
        "Its file fingerprint was still made.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This video seems to be damaged, so we couldn't make its video fingerprint. "
        "Its file fingerprint was still made.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "We can't read this kind of file yet. You can remove it and go on."
    ),
    QT_TRANSLATE_NOOP("Messages", "Stopped before this file was finished."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong while reading this file. You can remove it and go on, or try again.",
    ),
    # submission.client.MESSAGES
    QT_TRANSLATE_NOOP(
        "Messages",
        "We couldn't reach the Take It Down service. Check that you're connected to the "
        "internet, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Your network's proxy wouldn't let us through to the Take It Down service. Try again "
        "on a different network, like home Wi-Fi or mobile data.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The Take It Down service took too long to answer. Please try again in a few minutes.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "We couldn't confirm that we were talking to the real Take It Down service, so "
        "nothing was sent. This can happen on school or work networks. Try again on a "
        "different network, like home Wi-Fi or mobile data.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong on the Take It Down service's side. It's not your fault. "
        "Please try again later.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Lots of reports are coming from your network right now. Please wait a few minutes "
        "and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "We couldn't find a report with that report number and secret key. Please check both "
        "against your receipt for typos.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The Take It Down service couldn't accept this report. Please try sending fewer files "
        "at a time, or update the app.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The service address isn't a secure (https://) address, so nothing was sent.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The proxy setting isn't right. It should look like socks5://localhost:9050 or "
        "http://proxy.example:8080.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Your fingerprints are still here, ready to send."),
    # submission.receipt
    #: The top of the receipt file the person saves or copies. Under it come two lines that
    #: stay in English in every language, so the app can read the file back: "Report number:"
    #: and "Secret key:". You may name them in brackets after your words for report number
    #: and secret key. Keep the line breaks.
    QT_TRANSLATE_NOOP(
        "Messages",
        "Take It Down receipt\n"
        "\n"
        "With the report number and secret key below, you can check on your report or "
        "withdraw it.\n"
        "Keep them private: anyone who has both can withdraw the report.",
    ),
    QT_TRANSLATE_NOOP("Messages", "Please type or paste the secret key from your receipt."),
    QT_TRANSLATE_NOOP("Messages", "Please type or paste the report number from your receipt."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the "
        "letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "There's a typo in this secret key: at least one character is different from "
        "your receipt. Please check each group again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "There's a typo in this report number: at least one character is different from "
        "your receipt. Please check it again.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This doesn't look like a Take It Down receipt. It should have a line starting "
        "with 'Report number:' and one starting with 'Secret key:'.",
    ),
    # submission.report
    QT_TRANSLATE_NOOP(
        "Messages",
        "Take It Down is for photos and videos of someone under 18. Please confirm that "
        "the person in them was under 18 when they were taken.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "None of these files could be fingerprinted, so there is nothing to send. "
        "Try adding the photos or videos again, or different copies of them.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "These fingerprints are too big to send in one report (long videos make many). "
        "Please send fewer files at a time.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This isn't a Take It Down file of saved fingerprints, or it was changed after it was "
        "saved. Please choose the file the app saved for you.",
    ),
    QT_TRANSLATE_NOOP("Messages", "This file couldn't be opened. Check that it's still there."),
)

#: Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.
TEMPLATES = _strings(
    QT_TRANSLATE_NOOP(
        "Messages",
        "A secret key has %1 letters and numbers, but this one has %2. Check whether one is "
        "missing or extra.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "A report number has %1 letters and numbers, but this one has %2. Check whether one "
        "is missing or extra.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        '"%1" can\'t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z '
        "(no I, L, O or U), and sometimes one of * ~ $ = U at the very end.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        '"%1" can\'t be in a report number. Report numbers use only the numbers 0-9 and the '
        "letters A-Z (no I, L, O or U).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "One report can hold up to %1 files, and this one has %2. Please send them in "
        "smaller groups.",
    ),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for template in TEMPLATES:
        pattern = re.escape(template).replace("%1", "(.+?)").replace("%2", "(.+?)")
        compiled.append((re.compile(pattern), template))
    return tuple(compiled)


def _one(sentence: str) -> str | None:
    if sentence in SENTENCES:
        return QCoreApplication.translate(CONTEXT, sentence)
    for pattern, template in _patterns():
        match = pattern.fullmatch(sentence)
        if match:
            text = QCoreApplication.translate(CONTEXT, template)
            for number, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return None


def known(message: str) -> bool:
    """Whether ``message`` is one this module can translate (used by the tests)."""
    return _split(message) is not None


def _split(message: str) -> list[str] | None:
    """``message`` as known sentences: whole, or a known message followed by a known one."""
    if _one(message) is not None:
        return [message]
    for tail in SENTENCES:
        if message.endswith(" " + tail):
            head = message[: -len(tail) - 1]
            if _one(head) is not None:
                return [head, tail]
    return None


def translate_message(message: str) -> str:
    """``message`` in the current language; unknown text is shown as it is."""
    parts = _split(message)
    if parts is None:
        return message
    return " ".join(_one(part) or part for part in parts)


def receipt_text(receipt: Receipt) -> str:
    """The receipt to copy or save: the heading in the person's language, two lines in English."""
    return receipt.as_text(translate_message(HEADING))
