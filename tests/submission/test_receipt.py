"""The secret key and report number as people copy them: typos are caught and explained."""

from __future__ import annotations

import itertools

import pytest

import takeitdown_protocol as protocol
from takeitdown_desktop.submission.receipt import (
    KEY_SYMBOLS,
    Receipt,
    ReceiptError,
    SecretKey,
    format_report_id,
    parse_report_id,
)
from takeitdown_protocol import crockford

KEY = SecretKey(bytes(range(20)))
KEY_TEXT = "000G-40R4-0M30-E209-185G-R38E-1W81-24GK-R"
REPORT = protocol.new_report_id(0x0123456789ABCDE)


def test_key_round_trips_however_it_is_typed() -> None:
    assert SecretKey.parse(KEY_TEXT) == KEY
    assert SecretKey.parse(KEY_TEXT.lower()) == KEY
    assert SecretKey.parse(KEY_TEXT.replace("-", " ")) == KEY
    assert SecretKey.parse(" " + KEY_TEXT.replace("-", "") + "\n") == KEY
    # O for zero and I/L for one are read the way the person meant them.
    assert SecretKey.parse(KEY_TEXT.replace("0", "O").replace("1", "l")) == KEY
    generated = SecretKey.generate()
    assert SecretKey.parse(generated.as_text()) == generated


def test_every_single_wrong_character_is_caught() -> None:
    symbols = KEY_TEXT.replace("-", "")
    for position, replacement in itertools.product(range(KEY_SYMBOLS), crockford.ALPHABET):
        if symbols[position] == replacement:
            continue
        typo = symbols[:position] + replacement + symbols[position + 1 :]
        with pytest.raises(ReceiptError) as caught:
            SecretKey.parse(typo)
        assert caught.value.code == "typo"


def test_every_swap_of_neighbours_is_caught() -> None:
    symbols = KEY_TEXT.replace("-", "")[:-1]
    for position in range(len(symbols) - 1):
        a, b = symbols[position], symbols[position + 1]
        if a == b:
            continue
        swapped = symbols[:position] + b + a + symbols[position + 2 :]
        with pytest.raises(ReceiptError):
            SecretKey.parse(swapped + KEY_TEXT[-1])


@pytest.mark.parametrize(
    ("typed", "code", "hint"),
    [
        ("", "missing", "paste"),
        (KEY_TEXT[:-3], "wrong_length", "has 31"),
        (KEY_TEXT + "7", "wrong_length", "has 34"),
        (KEY_TEXT.replace("G", "%", 1), "bad_character", '"%"'),
        ("*" + KEY_TEXT[1:], "bad_character", "very end"),
        (KEY_TEXT.replace("R38E", "R38F"), "typo", "typo"),
    ],
)
def test_key_errors_say_what_to_check(typed: str, code: str, hint: str) -> None:
    with pytest.raises(ReceiptError) as caught:
        SecretKey.parse(typed)
    assert caught.value.code == code
    assert hint in caught.value.message
    assert "Traceback" not in caught.value.message


def test_key_is_never_shown_by_repr() -> None:
    assert repr(KEY) == "SecretKey(<hidden>)"
    assert KEY_TEXT not in repr(Receipt(REPORT, KEY))


def test_report_numbers() -> None:
    assert protocol.is_report_id(REPORT)
    shown = format_report_id(REPORT)
    assert shown.count("-") == 3
    assert parse_report_id(shown.lower()) == REPORT
    with pytest.raises(ReceiptError) as typo:
        parse_report_id(("1" if REPORT[0] != "1" else "2") + REPORT[1:])
    assert typo.value.code == "typo"
    with pytest.raises(ReceiptError) as short:
        parse_report_id(REPORT[:-2])
    assert short.value.code == "wrong_length"


def test_receipt_text_round_trips_and_holds_only_the_two_codes() -> None:
    receipt = Receipt(format_report_id(REPORT).lower(), KEY)
    assert receipt.report_id == REPORT
    text = receipt.as_text()
    assert format_report_id(REPORT) in text
    assert KEY_TEXT in text
    assert Receipt.parse(text) == receipt
    assert Receipt.parse("\n\n  " + text.replace("\n", "\r\n")) == receipt
    with pytest.raises(ReceiptError) as not_receipt:
        Receipt.parse("hello")
    assert not_receipt.value.code == "not_a_receipt"


def test_receipt_heading_is_in_any_language_and_the_two_lines_stay_english() -> None:
    receipt = Receipt(REPORT, KEY)
    heading = (
        "Comprobante de Take It Down\n\n"
        "Report number: así se llama abajo tu número de informe.\n"
        "Secret key: así se llama abajo tu clave secreta."
    )
    text = receipt.as_text(heading)
    assert text.startswith(heading + "\n\n")
    assert text.endswith(
        f"\nReport number:  {format_report_id(REPORT)}\nSecret key:     {KEY_TEXT}\n"
    )
    # The words above the two lines never count, even when they start like them.
    assert Receipt.parse(text) == receipt


def test_receipts_saved_by_earlier_versions_still_open() -> None:
    earlier = (
        "Take It Down receipt\n"
        "\n"
        f"Report number:  {format_report_id(REPORT)}\n"
        f"Secret key:     {KEY_TEXT}\n"
        "\n"
        "With these two you can check on your report or withdraw it.\n"
        "Keep them private: anyone who has both can withdraw the report.\n"
    )
    assert Receipt.parse(earlier) == Receipt(REPORT, KEY)
