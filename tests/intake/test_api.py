"""The reference service over real HTTP on loopback with a real database.

Tests marked ``@both_backends`` run on SQLite and on a real PostgreSQL server.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import jsonschema
import pytest
import requests
from sqlalchemy import event

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal, VpdqFrame
from takeitdown_desktop.submission.client import IntakeClient, SubmissionError
from takeitdown_desktop.submission.receipt import SecretKey
from takeitdown_desktop.submission.report import prepare_report
from takeitdown_intake.app import Settings
from takeitdown_protocol import Role
from takeitdown_protocol.schemas import load_schema
from tests.plugins.intake_server import IntakeServer, both_backends

PHOTO = FileResult(
    path="/Users/kim/Desktop/me.png",
    ok=True,
    media_type=MediaType.IMAGE,
    md5="a" * 32,
    sha256="b" * 64,
    pdq=PdqSignal("c" * 64, 90),
    pdq_dihedral=("d" * 64,),
    phash="e" * 16,
    dhash="f" * 16,
)
VIDEO = FileResult(
    path="/Users/kim/Desktop/me.mov",
    ok=True,
    media_type=MediaType.VIDEO,
    sha256="1" * 64,
    vpdq=(VpdqFrame(0, 0.0, "2" * 64, 70), VpdqFrame(30, 1.0, "3" * 64, 20)),
)


#: A rate-limit window for tests that count: its boundaries (multiples of it, in Unix time)
#: are months apart, so a test never straddles one.
WINDOW = 10**7


def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema(name))


def _post(server: IntakeServer, body: Any, key: str = "k" * 20, **kwargs: Any) -> requests.Response:
    headers = {"Content-Type": "application/json", protocol.IDEMPOTENCY_HEADER: key}
    headers.update(kwargs.pop("headers", {}))
    raw = isinstance(body, bytes) or hasattr(body, "__next__")
    data = body if raw else json.dumps(body)
    return requests.post(
        f"{server.url}/v1/reports", data=data, headers=headers, timeout=30, **kwargs
    )


def _position(cursor: str) -> int:
    """Where a cursor stands in the feed (the reference service's ``<position>.<tag>``)."""
    return int(cursor.partition(".")[0])


def _valid_body() -> dict[str, Any]:
    return prepare_report([PHOTO], Role.SELF, attested_under_18=True).body


@both_backends
def test_full_cycle(intake_server: IntakeServer) -> None:
    token = intake_server.add_platform("photo-site")
    client = IntakeClient(intake_server.url)
    prepared = prepare_report([PHOTO, VIDEO], Role.TRUSTED_ADULT, attested_under_18=True)
    receipt = client.submit(prepared)

    page = intake_server.fetch_hashes(token)
    assert page.status_code == 200
    feed = page.json()
    _validator("hashes-v1").validate(feed)
    assert [c["action"] for c in feed["changes"]] == ["add", "add"]
    sent = [
        {k: v for k, v in c.items() if k not in ("cursor", "action", "id")} for c in feed["changes"]
    ]
    assert sorted(sent, key=json.dumps) == sorted(prepared.body["items"], key=json.dumps)
    ids = {c["id"] for c in feed["changes"]}
    assert receipt.report_id not in json.dumps(feed)  # platforms cannot group items by report

    as_csv = intake_server.fetch_hashes(token, fmt="csv")
    assert as_csv.headers["Content-Type"].startswith("text/csv")
    assert as_csv.headers["X-Cursor"] == feed["cursor"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert {(r["algorithm"], r["hash"]) for r in rows} >= {("pdq", "c" * 64), ("vpdq", "3" * 64)}
    assert (
        len(rows) == 6 + 3
    )  # photo: md5 sha256 pdq dihedral phash dhash; video: sha256 + 2 frames
    assert intake_server.fetch_hashes(token, after=feed["cursor"]).json()["changes"] == []

    status = client.status(receipt.report_id, receipt.secret_key)
    assert (status.state, status.items) == ("active", 2)
    assert client.withdraw(receipt.report_id, receipt.secret_key).state == "withdrawn"

    after = intake_server.fetch_hashes(token, after=feed["cursor"]).json()
    _validator("hashes-v1").validate(after)
    assert sorted((c["action"], c["id"]) for c in after["changes"]) == [
        ("remove", i) for i in sorted(ids)
    ]
    # A platform starting from scratch never sees the withdrawn fingerprints at all.
    fresh = intake_server.fetch_hashes(token).json()
    assert {c["action"] for c in fresh["changes"]} == {"remove"}
    assert "c" * 64 not in json.dumps(fresh)
    assert client.status(receipt.report_id, receipt.secret_key).state == "withdrawn"


@both_backends
def test_feed_pages_with_cursor(intake_server: IntakeServer) -> None:
    token = intake_server.add_platform()
    client = IntakeClient(intake_server.url)
    for _ in range(3):
        client.submit(prepare_report([PHOTO], Role.SELF, attested_under_18=True))
    cursor, seen = "0", []
    while True:
        page = intake_server.fetch_hashes(token, after=cursor, limit="2").json()
        seen += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert [_position(c["cursor"]) for c in seen] == [1, 2, 3]


@both_backends
def test_feed_loses_nothing_while_reports_arrive(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    """A platform pages through the feed while reports arrive: nothing lost, nothing twice.

    Changes get their place in the feed only when a release finds them committed, and
    releases take a table lock on PostgreSQL (``Store._writing``): a place is never given to
    a change that commits later than one after it, so a cursor never passes it by.
    """
    server = make_intake_server(Settings(submit_limit=10_000, lookup_limit=10_000))
    token = server.add_platform()
    senders, reports_each = 4, 15
    sent: list[str] = []

    def send(sender: int) -> None:
        with requests.Session() as session:
            for number in range(reports_each):
                md5s = [f"{sender:04x}{number:04x}{k:024x}" for k in range(1 + number % 3)]
                reply = session.post(
                    f"{server.url}/v1/reports",
                    data=json.dumps(_body(items=[_item(md5=md5) for md5 in md5s])),
                    headers={
                        "Content-Type": "application/json",
                        protocol.IDEMPOTENCY_HEADER: f"concurrent-{sender:04d}-{number:04d}",
                    },
                    timeout=30,
                )
                assert reply.status_code == 201, reply.text
                sent.extend(md5s)

    seen: list[dict[str, Any]] = []
    cursor, pages_while_sending = "0", 0
    with ThreadPoolExecutor(senders) as pool, requests.Session() as platform:
        futures = [pool.submit(send, sender) for sender in range(senders)]
        while True:
            finished = all(future.done() for future in futures)  # before the last page
            page = platform.get(
                f"{server.url}/v1/hashes",
                params={"after": cursor, "limit": "3"},
                headers={"Authorization": f"Bearer {token}"},
                timeout=30,
            ).json()
            seen += page["changes"]
            cursor, pages_while_sending = page["cursor"], pages_while_sending + (not finished)
            if finished and not page["more"]:
                break
        for future in futures:
            future.result()
    cursors = [_position(change["cursor"]) for change in seen]
    assert cursors == sorted(set(cursors))  # always forward, never the same change twice
    assert sorted(change["md5"] for change in seen) == sorted(sent)  # none lost
    assert len(sent) == senders * (5 * 1 + 5 * 2 + 5 * 3)
    assert {change["action"] for change in seen} == {"add"}
    assert pages_while_sending >= 5  # the platform really read while reports arrived


@both_backends
def test_a_cursor_cannot_pass_a_change_still_being_committed(intake_server: IntakeServer) -> None:
    """Report A has written its changes but not committed when report B arrives.

    A platform reading in between must still get A later, not have its cursor moved past
    A's place for good. Changes have no place until a release finds them committed (and on
    PostgreSQL a release waits for writes in flight), so A is published after B at worst.
    """
    token = intake_server.add_platform()
    engine = intake_server.service.engine
    paused, release = threading.Event(), threading.Event()

    def note_changes(connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("INSERT INTO changes"):
            connection.info["wrote_changes"] = True

    def hold_first_commit(connection: Any) -> None:  # runs just before the COMMIT
        if connection.info.pop("wrote_changes", False) and not paused.is_set():
            paused.set()
            release.wait(30)

    event.listen(engine, "before_cursor_execute", note_changes)
    event.listen(engine, "commit", hold_first_commit)
    try:
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(_post, intake_server, _body(items=[_item(md5="1" * 32)]), "a" * 16)
            assert paused.wait(30)
            second = pool.submit(_post, intake_server, _body(items=[_item(md5="2" * 32)]), "b" * 16)
            with contextlib.suppress(TimeoutError):
                second.result(timeout=0.5)  # it should be waiting for the first
            early = intake_server.fetch_hashes(token).json()
            release.set()
            assert (first.result().status_code, second.result().status_code) == (201, 201)
    finally:
        release.set()
        event.remove(engine, "commit", hold_first_commit)
        event.remove(engine, "before_cursor_execute", note_changes)
    late = intake_server.fetch_hashes(token, after=early["cursor"]).json()
    assert sorted(c["md5"] for c in early["changes"] + late["changes"]) == ["1" * 32, "2" * 32]


@both_backends
def test_simultaneous_replays_are_stored_once(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    server = make_intake_server(Settings(submit_limit=10_000))
    body, copies = _valid_body(), 6
    start = threading.Barrier(copies)

    def send(_: int) -> tuple[int, bytes]:
        start.wait()
        reply = _post(server, body, key="same-key-sent-six-times")
        return reply.status_code, reply.content

    with ThreadPoolExecutor(copies) as pool:
        replies = list(pool.map(send, range(copies)))
    assert sorted(status for status, _ in replies) == [200] * (copies - 1) + [201]
    assert len({content for _, content in replies}) == 1
    assert server.store.count_reports() == 1


@both_backends
def test_replayed_submission_is_stored_once(intake_server: IntakeServer) -> None:
    body = _valid_body()
    first = _post(intake_server, body)
    again = _post(
        intake_server, json.dumps(body, indent=4).encode()
    )  # same report, other whitespace
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == again.json()
    _validator("status-v1").validate(first.json())
    assert intake_server.store.count_reports() == 1
    other = _valid_body()
    conflict = _post(intake_server, other)
    assert conflict.status_code == 409
    assert conflict.json()["error"]["code"] == "idempotency_conflict"


@both_backends
def test_wrong_key_and_unknown_report_are_refused_identically(intake_server: IntakeServer) -> None:
    prepared = prepare_report([PHOTO], Role.SELF, attested_under_18=True)
    receipt = IntakeClient(intake_server.url).submit(prepared)
    unknown = protocol.new_report_id(12345)
    right = f"Key {receipt.secret_key.authenticator()}"
    wrong = f"Key {SecretKey.generate().authenticator()}"
    cases = [
        (receipt.report_id, wrong),
        (unknown, right),
        (unknown, wrong),
        (receipt.report_id, f"Key {prepared.body['key_verifier']}"),  # the stored verifier
        (receipt.report_id, ""),
        (receipt.report_id, "Key nothex"),
        ("not-a-report", right),
    ]
    for method in ("GET", "DELETE"):
        replies = set()
        for report_id, auth in cases:
            reply = requests.request(
                method,
                f"{intake_server.url}/v1/reports/{report_id}",
                headers={"Authorization": auth} if auth else {},
                timeout=10,
            )
            replies.add((reply.status_code, reply.content))
        assert len(replies) == 1
        status, content = replies.pop()
        assert status == 404
        _validator("error-v1").validate(json.loads(content))
    assert (
        IntakeClient(intake_server.url).status(receipt.report_id, receipt.secret_key).state
        == "active"
    )


@both_backends
def test_platform_needs_a_valid_token(intake_server: IntakeServer) -> None:
    token = intake_server.add_platform("revoked-later")
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": f"Basic {token}"}):
        reply = requests.get(f"{intake_server.url}/v1/hashes", headers=headers, timeout=10)
        assert reply.status_code == 401
        assert reply.headers["WWW-Authenticate"] == "Bearer"
        assert reply.json()["error"]["code"] == "unauthorized"
    assert intake_server.fetch_hashes(token).status_code == 200
    assert intake_server.store.revoke_platform("revoked-later")
    assert intake_server.fetch_hashes(token).status_code == 401
    # Missing token wins over bad parameters: nothing is said to strangers.
    assert intake_server.fetch_hashes("x", after="-1").status_code == 401


def _item(**extra: Any) -> dict[str, Any]:
    return {"media_type": "image", "md5": "a" * 32, **extra}


def _body(**changes: Any) -> dict[str, Any]:
    body = {
        "version": 1,
        "role": "self",
        "attested_under_18": True,
        "key_verifier": "0" * 64,
        "items": [_item()],
    }
    body.update(changes)
    return body


BAD_BODIES: list[tuple[str, Any, str]] = [
    ("version as text", _body(version="1"), "invalid_report"),
    ("version 3", _body(version=3), "invalid_report"),
    ("version 0", _body(version=0), "invalid_report"),
    ("version as text", _body(version="2"), "invalid_report"),
    ("version as true", _body(version=True), "invalid_report"),
    (
        "quality as true",
        _body(items=[_item(pdq={"hash": "a" * 64, "quality": True})]),
        "invalid_report",
    ),
    ("unknown role", _body(role="admin"), "invalid_report"),
    ("attestation false", _body(attested_under_18=False), "invalid_report"),
    ("attestation as 1", _body(attested_under_18=1), "invalid_report"),
    ("short verifier", _body(key_verifier="0" * 63), "invalid_report"),
    ("items not a list", _body(items={"0": _item()}), "invalid_report"),
    ("no items", _body(items=[]), "invalid_report"),
    ("too many items", _body(items=[_item()] * (protocol.MAX_ITEMS + 1)), "too_many_items"),
    ("upper-case hex", _body(items=[_item(md5="A" * 32)]), "invalid_report"),
    ("bad hex", _body(items=[_item(md5="g" * 32)]), "invalid_report"),
    ("md5 too long", _body(items=[_item(md5="a" * 33)]), "invalid_report"),
    ("sha256 as number", _body(items=[_item(sha256=12)]), "invalid_report"),
    (
        "quality as text",
        _body(items=[_item(pdq={"hash": "a" * 64, "quality": "90"})]),
        "invalid_report",
    ),
    ("quality 101", _body(items=[_item(pdq={"hash": "a" * 64, "quality": 101})]), "invalid_report"),
    (
        "quality float",
        _body(items=[_item(pdq={"hash": "a" * 64, "quality": 9.5})]),
        "invalid_report",
    ),
    ("unknown algorithm", _body(items=[_item(sha1="a" * 40)]), "invalid_report"),
    ("a file name", _body(items=[_item(name="me.jpg")]), "invalid_report"),
    ("extra top-level field", _body(device="iPhone"), "invalid_report"),
    ("explicit null", _body(items=[_item(sha256=None)]), "invalid_report"),
    ("no digest", _body(items=[{"media_type": "image"}]), "invalid_report"),
    (
        "unknown media type",
        _body(items=[{"media_type": "audio", "md5": "a" * 32}]),
        "invalid_report",
    ),
    (
        "vpdq on an image",
        _body(items=[_item(vpdq=[{"hash": "a" * 64, "quality": 1}])]),
        "invalid_report",
    ),
    (
        "pdq on a video",
        _body(items=[{"media_type": "video", "pdq": {"hash": "a" * 64, "quality": 1}}]),
        "invalid_report",
    ),
    ("nine dihedral", _body(items=[_item(pdq_dihedral=["a" * 64] * 9)]), "invalid_report"),
    (
        "variants in a version 1 report",
        _body(items=[_item(pdq_variants=[{"hash": "a" * 64, "quality": 80}])]),
        "invalid_report",
    ),
    (
        "too many variants",
        _body(
            version=2,
            items=[
                _item(
                    pdq_variants=[{"hash": "a" * 64, "quality": 80}]
                    * (protocol.MAX_PDQ_VARIANTS + 1)
                )
            ],
        ),
        "invalid_report",
    ),
    (
        "a variant without its quality",
        _body(version=2, items=[_item(pdq_variants=[{"hash": "a" * 64}])]),
        "invalid_report",
    ),
    (
        "variants as plain hex",
        _body(version=2, items=[_item(pdq_variants=["a" * 64])]),
        "invalid_report",
    ),
    ("no variants", _body(version=2, items=[_item(pdq_variants=[])]), "invalid_report"),
    (
        "photo variants on a video",
        _body(
            version=2,
            items=[
                {
                    "media_type": "video",
                    "md5": "0" * 32,
                    "pdq_variants": [{"hash": "a" * 64, "quality": 80}],
                }
            ],
        ),
        "invalid_report",
    ),
    (
        "video variants on an image",
        _body(version=2, items=[_item(vpdq_variants=[{"hash": "a" * 64, "quality": 80}])]),
        "invalid_report",
    ),
    ("a list", [1, 2], "invalid_report"),
    ("a string", "hello", "invalid_report"),
    ("null", None, "invalid_report"),
]


@pytest.mark.parametrize(("name", "body", "code"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_bad_bodies_get_clear_json_errors(
    intake_server: IntakeServer, name: str, body: Any, code: str
) -> None:
    reply = _post(intake_server, body)
    assert reply.status_code == 422, name
    error = reply.json()
    _validator("error-v1").validate(error)
    assert error["error"]["code"] == code
    # The published schemas refuse it too: the validator and the schemas stay in step.
    assert not any(_validator(f"report-v{v}").is_valid(body) for v in protocol.REPORT_VERSIONS)


@both_backends
def test_published_schema_and_service_accept_the_same_good_bodies(
    intake_server: IntakeServer,
) -> None:
    bodies = [
        _valid_body(),
        prepare_report([PHOTO, VIDEO], Role.PROFESSIONAL, attested_under_18=True).body,
        _body(items=[{"media_type": "other", "sha256": "0" * 64}]),
        _body(
            items=[
                {"media_type": "video", "md5": "0" * 32, "vpdq": [{"hash": "a" * 64, "quality": 0}]}
            ]
        ),
        _body(
            version=2,
            items=[
                _item(pdq_variants=[{"hash": "b" * 64, "quality": 50}] * protocol.MAX_PDQ_VARIANTS),
                {
                    "media_type": "video",
                    "md5": "0" * 32,
                    "vpdq": [{"hash": "a" * 64, "quality": 0}],
                    "vpdq_variants": [{"hash": "c" * 64, "quality": 100}],
                },
            ],
        ),
    ]
    assert {body["version"] for body in bodies} == set(protocol.REPORT_VERSIONS)
    for number, body in enumerate(bodies):
        _validator(f"report-v{body['version']}").validate(body)
        assert _post(intake_server, body, key=f"good-body-{number:08d}").status_code == 201


@pytest.mark.parametrize(
    ("data", "headers", "status", "code"),
    [
        (b"{", {}, 400, "malformed_json"),
        (b"\xff\xfe", {}, 400, "wrong_encoding"),
        (b"[" * 100_000, {}, 413, "body_too_complex"),
        (b"{}", {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
        (b"{}", {protocol.IDEMPOTENCY_HEADER: "short"}, 400, "missing_idempotency_key"),
        (b"x" * (protocol.MAX_BODY_BYTES + 1), {}, 413, "body_too_large"),
    ],
    ids=["truncated", "not utf-8", "deeply nested", "not json", "no idempotency key", "oversized"],
)
def test_malformed_requests(
    intake_server: IntakeServer, data: bytes, headers: dict[str, str], status: int, code: str
) -> None:
    reply = _post(intake_server, data, headers=headers)
    assert reply.status_code == status
    _validator("error-v1").validate(reply.json())
    assert reply.json()["error"]["code"] == code


def test_oversized_body_without_content_length(intake_server: IntakeServer) -> None:
    """Refused before a byte of it is read: a Content-Length is required."""
    chunk = b" " * (1024 * 1024)

    def chunks() -> Any:
        for _ in range(protocol.MAX_BODY_BYTES // len(chunk) + 2):
            yield chunk

    try:
        reply = _post(intake_server, chunks())
    except requests.ConnectionError:
        return  # the service may also close the connection once it has refused
    assert reply.status_code == 411
    assert reply.json()["error"]["code"] == "length_required"


def test_unknown_paths_and_methods_are_json(intake_server: IntakeServer) -> None:
    missing = requests.get(f"{intake_server.url}/admin", timeout=10)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    wrong = requests.put(f"{intake_server.url}/v1/reports", timeout=10)
    assert wrong.status_code == 405
    assert wrong.json()["error"]["code"] == "method_not_allowed"
    token = intake_server.add_platform()
    bad = intake_server.fetch_hashes(token, after="abc")
    assert bad.status_code == 422
    _validator("error-v1").validate(bad.json())


@both_backends
def test_rate_limit(make_intake_server: Callable[..., IntakeServer]) -> None:
    server = make_intake_server(
        Settings(submit_limit=2, lookup_limit=2, guess_limit=1, rate_window=WINDOW)
    )
    client = IntakeClient(server.url)
    receipt = client.submit(prepare_report([PHOTO], Role.SELF, attested_under_18=True))
    replies = [_post(server, _valid_body(), key=f"rate-limit-{n:06d}") for n in range(2)]
    assert [r.status_code for r in replies] == [201, 429]
    assert replies[1].json()["error"]["code"] == "rate_limited"
    assert 1 <= int(replies[1].headers["Retry-After"]) <= WINDOW
    # Wrong keys: one, then refused for the window.
    lookups = [
        requests.get(f"{server.url}/v1/reports/{receipt.report_id}", timeout=10) for _ in range(2)
    ]
    assert [r.status_code for r in lookups] == [404, 429]
    # The right key is counted for its report alone, past everyone's guesses.
    assert client.status(receipt.report_id, receipt.secret_key).state == "active"
    assert client.status(receipt.report_id, receipt.secret_key).state == "active"
    with pytest.raises(SubmissionError) as third:
        client.status(receipt.report_id, receipt.secret_key)
    assert third.value.code == "rate_limited"


def test_openapi_document(intake_server: IntakeServer) -> None:
    reply = requests.get(f"{intake_server.url}/v1/openapi.json", timeout=10)
    assert reply.status_code == 200
    document = reply.json()
    assert set(document["paths"]) == {
        "/v1/reports",
        "/v1/reports/{report_id}",
        "/v1/hashes",
        "/healthz",
    }
    body = document["paths"]["/v1/reports"]["post"]["requestBody"]
    versions = body["content"]["application/json"]["schema"]["oneOf"]
    assert [v["$ref"] for v in versions] == [
        f"#/components/schemas/ReportV{v}" for v in protocol.REPORT_VERSIONS
    ]
    components = document["components"]["schemas"]
    assert {"ReportV1Item", "ReportV2Item", "ReportV2Pdq"} <= set(components)
    # Every reference resolves inside the document.
    refs = re.findall(r'"\$ref":\s*"#/components/schemas/([^"]+)"', reply.text)
    assert refs
    assert set(refs) <= set(components)
    assert requests.get(f"{intake_server.url}/docs", timeout=10).status_code == 404
