"""The report body: exactly what leaves the computer, pinned byte for byte."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing import variants
from takeitdown_desktop.hashing.results import (
    FileResult,
    MediaType,
    PdqSignal,
    Thumbnail,
    VpdqFrame,
)
from takeitdown_desktop.submission import report
from takeitdown_desktop.submission.receipt import SecretKey
from takeitdown_desktop.submission.report import (
    PendingFileError,
    ReportError,
    load_pending,
    prepare_report,
    save_pending,
)
from takeitdown_protocol import Role
from takeitdown_protocol.schemas import load_schema

PHOTO = FileResult(
    path="/home/alice/Pictures/IMG_2041 secret.jpg",
    ok=True,
    media_type=MediaType.IMAGE,
    format="JPEG",
    md5="0123456789abcdef0123456789abcdef",
    sha256="f" * 64,
    pdq=PdqSignal("a" * 64, 87),
    pdq_dihedral=("b" * 64, "c" * 64),
    pdq_variants=(PdqSignal("d" * 64, 73), PdqSignal("e" * 64, 50)),
    phash="0011223344556677",
    dhash="8899AABBCCDDEEFF",
    width=4032,
    height=3024,
    thumbnail=Thumbnail(2, 1, b"\x00" * 6),
)
VIDEO = FileResult(
    path="C:\\Users\\alice\\Videos\\clip-with-name.mp4",
    ok=True,
    media_type=MediaType.VIDEO,
    format="MP4",
    md5="1" * 32,
    sha256="2" * 64,
    vpdq=(VpdqFrame(0, 0.0, "3" * 64, 100), VpdqFrame(31, 1.033, "4" * 64, 44)),
    vpdq_variants=(PdqSignal("7" * 64, 90),),
    width=1920,
    height=1080,
    duration=734.25,
)
UNDECODABLE = FileResult(
    path="/home/alice/broken.heic",
    ok=False,
    media_type=MediaType.IMAGE,
    error="We couldn't open this photo.",
    error_code="decode_failed",
    md5="5" * 32,
    sha256="6" * 64,
)
UNREADABLE = FileResult(
    path="/home/alice/locked.jpg",
    ok=False,
    media_type=MediaType.OTHER,
    error="We couldn't read this file.",
    error_code="unreadable",
)
FIXED_KEY = SecretKey(bytes(range(20)))

EXPECTED_BODY = """{
  "version": 2,
  "role": "trusted_adult",
  "attested_under_18": true,
  "key_verifier": "%s",
  "items": [
    {
      "media_type": "image",
      "md5": "0123456789abcdef0123456789abcdef",
      "sha256": "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
      "pdq": {
        "hash": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "quality": 87
      },
      "pdq_dihedral": [
        "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"
      ],
      "pdq_variants": [
        {"hash": "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd", "quality": 73},
        {"hash": "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "quality": 50}
      ],
      "phash": "0011223344556677",
      "dhash": "8899aabbccddeeff"
    },
    {
      "media_type": "video",
      "md5": "11111111111111111111111111111111",
      "sha256": "2222222222222222222222222222222222222222222222222222222222222222",
      "vpdq": [
        {"hash": "3333333333333333333333333333333333333333333333333333333333333333", "quality": 100},
        {"hash": "4444444444444444444444444444444444444444444444444444444444444444", "quality": 44}
      ],
      "vpdq_variants": [
        {"hash": "7777777777777777777777777777777777777777777777777777777777777777", "quality": 90}
      ]
    },
    {
      "media_type": "image",
      "md5": "55555555555555555555555555555555",
      "sha256": "6666666666666666666666666666666666666666666666666666666666666666"
    }
  ]
}"""


@pytest.fixture
def fixed_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report.SecretKey, "generate", classmethod(lambda cls: FIXED_KEY))
    monkeypatch.setattr(report.secrets, "token_urlsafe", lambda n: "I" * 32)


@pytest.mark.usefixtures("fixed_keys")
def test_snapshot_of_the_exact_body() -> None:
    prepared = prepare_report(
        [PHOTO, VIDEO, UNDECODABLE, UNREADABLE, PHOTO], Role.TRUSTED_ADULT, attested_under_18=True
    )
    assert prepared.body_json() == EXPECTED_BODY % FIXED_KEY.verifier()
    assert prepared.body_bytes() == prepared.body_json().encode("ascii")
    assert json.loads(prepared.body_json()) == prepared.body
    assert prepared.idempotency_key == "I" * 32
    assert prepared.secret_key is FIXED_KEY
    summary = prepared.summary
    assert (summary.photos, summary.videos, summary.other) == (2, 1, 0)
    assert (summary.skipped, summary.duplicates, summary.items) == (1, 1, 3)
    assert summary.weak == 0


def test_verifier_derivation_is_pinned() -> None:
    """The derivation is protocol: changing it would strand every receipt already given."""
    assert FIXED_KEY.authenticator() == protocol.authenticator_for(bytes(range(20)))
    assert FIXED_KEY.verifier() == protocol.verifier_for(FIXED_KEY.authenticator())
    assert protocol.authenticator_matches(FIXED_KEY.authenticator(), FIXED_KEY.verifier())
    assert not protocol.authenticator_matches(FIXED_KEY.verifier(), FIXED_KEY.verifier())
    # Cross-checked against base64.b32encode with the alphabet swapped to Crockford's.
    assert FIXED_KEY.as_text() == "000G-40R4-0M30-E209-185G-R38E-1W81-24GK-R"
    assert FIXED_KEY.authenticator() == (
        "021af2b5bb7881b1c670d6cf9ef55b45dbdc257910ba2c06a03c3a1c7efdeda3"
    )
    assert FIXED_KEY.verifier() == (
        "0d5d349eb45d4f65470ee852e53755b9872627f88307fcf6cea22ff7ee3fee7d"
    )


def test_body_holds_nothing_about_the_files() -> None:
    prepared = prepare_report([PHOTO, VIDEO, UNDECODABLE], Role.SELF, attested_under_18=True)
    text = prepared.body_json()
    for leak in (
        "alice",
        "IMG_2041",
        "secret",
        ".jpg",
        ".mp4",
        "JPEG",
        "MP4",
        "4032",
        "3024",
        "1920",
        "734",
        "1.033",
        "timestamp",
        "frame",
        "width",
        "duration",
        "path",
        "format",
        "error",
        "weak",
        "thumbnail",
        prepared.secret_key.as_text(),
        prepared.secret_key.authenticator(),
        prepared.idempotency_key,
    ):
        assert leak not in text


def test_body_matches_the_published_schema() -> None:
    validator = jsonschema.Draft202012Validator(load_schema(f"report-v{protocol.REPORT_VERSION}"))
    prepared = prepare_report(
        [PHOTO, VIDEO, UNDECODABLE], Role.PROFESSIONAL, attested_under_18=True
    )
    validator.validate(prepared.body)


def test_each_report_has_its_own_keys() -> None:
    first = prepare_report([PHOTO], Role.SELF, attested_under_18=True)
    second = prepare_report([PHOTO], Role.SELF, attested_under_18=True)
    assert first.secret_key != second.secret_key
    assert first.idempotency_key != second.idempotency_key
    assert first.body["key_verifier"] != second.body["key_verifier"]
    assert "hidden" in repr(first)
    assert first.secret_key.as_text() not in repr(first)


def test_refusals_are_kind_and_coded() -> None:
    with pytest.raises(ReportError) as not_attested:
        prepare_report([PHOTO], Role.SELF, attested_under_18=False)
    assert not_attested.value.code == "not_attested"
    with pytest.raises(ReportError) as nothing:
        prepare_report([UNREADABLE], Role.SELF, attested_under_18=True)
    assert nothing.value.code == "nothing_to_send"
    many = [
        FileResult(path=f"/x/{i}", ok=True, media_type=MediaType.OTHER, sha256=f"{i:064x}")
        for i in range(protocol.MAX_ITEMS + 1)
    ]
    with pytest.raises(ReportError) as too_many:
        prepare_report(many, Role.SELF, attested_under_18=True)
    assert too_many.value.code == "too_many_items"
    assert str(protocol.MAX_ITEMS) in too_many.value.message


def test_malformed_digest_from_hashing_is_a_bug_not_a_silent_drop() -> None:
    bad = FileResult(path="/x", ok=True, media_type=MediaType.IMAGE, md5="xyz")
    with pytest.raises(ValueError, match="md5"):
        prepare_report([bad], Role.SELF, attested_under_18=True)


def test_pending_file_round_trip(tmp_path: Path) -> None:
    prepared = prepare_report([PHOTO, VIDEO], Role.SELF, attested_under_18=True)
    path = tmp_path / "to-send-later.json"
    save_pending(prepared, path)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = json.loads(path.read_text())
    assert "secret key" in document["note"]
    assert document["secret_key"] == prepared.secret_key.as_text()
    assert "alice" not in path.read_text()
    loaded = load_pending(path)
    assert loaded == prepared
    assert loaded.body_json() == prepared.body_json()


def test_pending_file_that_was_changed_is_refused(tmp_path: Path) -> None:
    prepared = prepare_report([PHOTO], Role.SELF, attested_under_18=True)
    path = tmp_path / "pending.json"
    save_pending(prepared, path)
    document = json.loads(path.read_text())
    document["secret_key"] = SecretKey.generate().as_text()
    path.write_text(json.dumps(document))
    with pytest.raises(PendingFileError) as changed:
        load_pending(path)
    assert changed.value.code == "bad_pending_file"
    path.write_text("not json")
    with pytest.raises(PendingFileError):
        load_pending(path)
    with pytest.raises(PendingFileError) as missing:
        load_pending(tmp_path / "gone.json")
    assert missing.value.code == "unreadable"


_hex = st.text("0123456789abcdef", min_size=1, max_size=1)


def _hexes(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789abcdefABCDEF", min_size=n, max_size=n)


_results = st.builds(
    FileResult,
    path=st.text(max_size=20),
    ok=st.booleans(),
    media_type=st.sampled_from(MediaType),
    md5=st.none() | _hexes(32),
    sha256=st.none() | _hexes(64),
    pdq=st.none() | st.builds(PdqSignal, _hexes(64), st.integers(0, 100)),
    pdq_dihedral=st.lists(_hexes(64), max_size=8).map(tuple),
    phash=st.none() | _hexes(16),
    dhash=st.none() | _hexes(16),
    vpdq=st.lists(
        st.builds(
            VpdqFrame, st.integers(0, 10**6), st.floats(0, 1e5), _hexes(64), st.integers(0, 100)
        ),
        max_size=5,
    ).map(tuple),
)


def _consistent(result: FileResult) -> FileResult:
    """Hashing never gives a video a PDQ nor a photo vPDQ frames."""
    if result.media_type is not MediaType.IMAGE:
        result = FileResult(
            path=result.path,
            ok=result.ok,
            media_type=result.media_type,
            md5=result.md5,
            sha256=result.sha256,
            vpdq=result.vpdq if result.media_type is MediaType.VIDEO else (),
        )
    else:
        result = FileResult(
            path=result.path,
            ok=result.ok,
            media_type=result.media_type,
            md5=result.md5,
            sha256=result.sha256,
            pdq=result.pdq,
            pdq_dihedral=result.pdq_dihedral,
            phash=result.phash,
            dhash=result.dhash,
        )
    return result


@settings(max_examples=60, deadline=None)
@given(st.lists(_results.map(_consistent), min_size=1, max_size=6), st.sampled_from(Role))
def test_any_hashing_results_make_a_valid_body(results: list[FileResult], role: Role) -> None:
    validator = jsonschema.Draft202012Validator(load_schema(f"report-v{protocol.REPORT_VERSION}"))
    if not any(
        r.md5 or r.sha256 or (r.ok and (r.pdq or r.phash or r.dhash or r.pdq_dihedral or r.vpdq))
        for r in results
    ):
        with pytest.raises(ReportError, match="nothing"):
            prepare_report(results, role, attested_under_18=True)
        return
    prepared = prepare_report(results, role, attested_under_18=True)
    validator.validate(prepared.body)
    assert prepared.summary.items + prepared.summary.skipped + prepared.summary.duplicates == len(
        results
    )


def test_a_full_report_of_photos_fits_the_body_limit() -> None:
    """MAX_ITEMS photos, each with every signal at its largest (8 turns, COUNT variants of
    quality 100), fit under MAX_BODY_BYTES as the app sends them (docs/PROTOCOL.md)."""
    photos = [
        dataclasses.replace(
            PHOTO,
            md5=f"{index:032x}",
            sha256=f"{index:064x}",
            pdq_dihedral=tuple(f"{index * 8 + turn:064x}" for turn in range(8)),
            pdq_variants=tuple(
                PdqSignal(f"{index * variants.COUNT + n:064x}", 100) for n in range(variants.COUNT)
            ),
        )
        for index in range(protocol.MAX_ITEMS)
    ]
    prepared = prepare_report(photos, Role.SELF, attested_under_18=True)
    assert len(prepared.body["items"]) == protocol.MAX_ITEMS
    assert len(prepared.body_bytes()) < protocol.MAX_BODY_BYTES
