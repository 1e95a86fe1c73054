"""Every sentence ``hashing`` and ``submission`` can show is listed in ``ui/messages.py`` (so it
is extracted and translated), and a translated message keeps its values."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing.errors import MESSAGES as MEDIA_MESSAGES
from takeitdown_desktop.hashing.results import FileResult, MediaType
from takeitdown_desktop.submission import client
from takeitdown_desktop.submission.receipt import (
    HEADING,
    Receipt,
    ReceiptError,
    SecretKey,
    parse_report_id,
)
from takeitdown_desktop.submission.report import (
    ReportError,
    load_pending,
    prepare_report,
)
from takeitdown_desktop.ui import i18n
from takeitdown_desktop.ui.messages import known, receipt_text, translate_message
from takeitdown_protocol import Role
from tests.i18n.catalogue import pseudo_mark


def receipt_errors() -> list[str]:
    key = SecretKey.generate().as_text()
    typed = ["", "ABC", "IIII", "X" * 40, "*" * 33, key[:-1] + ("0" if key[-1] != "0" else "1")]
    found = []
    for text in typed:
        for parse in (SecretKey.parse, parse_report_id):
            try:
                parse(text)
            except ReceiptError as error:
                found.append(error.message)
    try:
        Receipt.parse("nothing here")
    except ReceiptError as error:
        found.append(error.message)
    return found


def report_errors(tmp_path: Path) -> list[str]:
    found = []
    results = [
        FileResult(
            path=f"{n}.jpg",
            ok=True,
            media_type=MediaType.IMAGE,
            md5=hashlib.md5(str(n).encode()).hexdigest(),
            sha256=hashlib.sha256(str(n).encode()).hexdigest(),
        )
        for n in range(protocol.MAX_ITEMS + 1)
    ]
    failed = FileResult(path="x.jpg", ok=False, media_type=MediaType.IMAGE, error="no")
    for items, attested in ((results[:1], False), ([failed], True), (results, True)):
        try:
            prepare_report(items, Role.SELF, attested_under_18=attested)
        except ReportError as error:
            found.append(error.message)
    (tmp_path / "bad.json").write_text("{}")
    for path in (tmp_path / "missing.json", tmp_path / "bad.json"):
        try:
            load_pending(path)
        except ReportError as error:
            found.append(error.message)
    return found


def all_messages(tmp_path: Path) -> list[str]:
    kept = " Your fingerprints are still here, ready to send."
    service = [text for text, _ in client.MESSAGES.values()]
    return [
        *MEDIA_MESSAGES.values(),
        *service,
        *(text + kept for text in service),
        *receipt_errors(),
        *report_errors(tmp_path),
        HEADING,
    ]


def test_every_message_can_be_translated(tmp_path: Path) -> None:
    messages = all_messages(tmp_path)
    assert len(messages) > 40
    unknown = [message for message in messages if not known(message)]
    assert not unknown, f"add these to takeitdown_desktop/ui/messages.py: {unknown}"


@pytest.mark.parametrize("code", ["es", "ar"])
def test_messages_are_shown_translated_with_their_values(
    code: str, qapp: QApplication, pseudo_dir: Path, use_translations, tmp_path: Path
) -> None:
    use_translations(pseudo_dir).set_language(code)
    for message in all_messages(tmp_path):
        shown = translate_message(message)
        assert shown.startswith(pseudo_mark(code)), message
    wrong_length = next(m for m in receipt_errors() if "letters and numbers" in m)
    shown = translate_message(wrong_length)
    assert "33" in shown
    assert "%1" not in shown
    assert "%2" not in shown
    i18n.translations().set_language("en")
    assert translate_message(wrong_length) == wrong_length


def test_a_saved_receipt_explains_itself_in_the_language_and_opens_in_any(
    qapp: QApplication, pseudo_dir: Path, use_translations
) -> None:
    receipt = Receipt(protocol.new_report_id(0x0123456789ABCDE), SecretKey.generate())
    use_translations(pseudo_dir).set_language("es")
    text = receipt_text(receipt)
    assert text.startswith(pseudo_mark("es"))
    assert Receipt.parse(text) == receipt
    i18n.translations().set_language("en")
    assert receipt_text(receipt) == receipt.as_text()
