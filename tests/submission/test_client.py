"""The client against real loopback servers: the real service, and servers that misbehave.

Every failure must give a SubmissionError with a stable code and a kind message, and lose
nothing: the same PreparedReport sent again later is stored exactly once.
"""

from __future__ import annotations

import json
import ssl
import time
from pathlib import Path

import pytest

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal
from takeitdown_desktop.submission.client import IntakeClient, SubmissionError
from takeitdown_desktop.submission.receipt import SecretKey
from takeitdown_desktop.submission.report import PreparedReport, prepare_report
from takeitdown_protocol import Role
from tests.plugins.intake_server import IntakeServer
from tests.submission.loopback import (
    Reply,
    forward,
    free_port,
    self_signed_certificate,
    serve,
    slow,
    socks5_stub,
)

FAST = {"timeout": (2.0, 5.0), "retries": 3, "backoff": 0.01, "max_backoff": 0.05}
JSON = {"Content-Type": "application/json"}


def _prepared() -> PreparedReport:
    photo = FileResult(
        path="/home/sam/private.jpg",
        ok=True,
        media_type=MediaType.IMAGE,
        md5="a" * 32,
        sha256="b" * 64,
        pdq=PdqSignal("c" * 64, 80),
    )
    return prepare_report([photo], Role.SELF, attested_under_18=True)


def _assert_kind(error: SubmissionError, code: str, retryable: bool) -> None:
    assert error.code == code
    assert error.retryable is retryable
    assert str(error) == error.message
    for unkind in ("Traceback", "Error", "errno", "127.0.0.1", "/home", ".py", "HTTP"):
        assert unkind not in error.message


def _unchanged(prepared: PreparedReport, before: tuple[str, str, SecretKey]) -> None:
    assert (prepared.body_json(), prepared.idempotency_key, prepared.secret_key) == before


def _snapshot(prepared: PreparedReport) -> tuple[str, str, SecretKey]:
    return prepared.body_json(), prepared.idempotency_key, prepared.secret_key


def test_submit_status_withdraw_against_the_real_service(intake_server: IntakeServer) -> None:
    prepared = _prepared()
    with IntakeClient(intake_server.url, **FAST) as client:
        receipt = client.submit(prepared)
        assert receipt.secret_key is prepared.secret_key
        status = client.status(receipt.report_id_text.lower(), receipt.secret_key)
        assert (status.state, status.items, status.withdrawn) == ("active", 1, False)
        with pytest.raises(SubmissionError) as wrong:
            client.status(receipt.report_id, SecretKey.generate())
        _assert_kind(wrong.value, "not_found_or_wrong_key", retryable=False)
        # (A withdrawn report keeps no verifier, so only an active one can refuse a key.)
        withdrawn = client.withdraw(receipt.report_id, receipt.secret_key)
        assert withdrawn.withdrawn
        assert withdrawn.received == status.received
        assert client.withdraw(receipt.report_id, receipt.secret_key).withdrawn
        with pytest.raises(SubmissionError) as typo:
            client.status("ABC", receipt.secret_key)
        assert typo.value.code == "not_found_or_wrong_key"


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://intake.example.org",
        "ftp://127.0.0.1",
        "https://user:pass@intake.example.org",
        "https://intake.example.org/?q=1",
        "not a url",
    ],
)
def test_only_https_or_this_computer(endpoint: str) -> None:
    with pytest.raises(SubmissionError) as refused:
        IntakeClient(endpoint)
    _assert_kind(refused.value, "bad_endpoint", retryable=False)
    assert IntakeClient("https://intake.example.org/").endpoint == "https://intake.example.org"
    assert IntakeClient("http://localhost:1").endpoint == "http://localhost:1"
    assert IntakeClient("http://[::1]:1").endpoint == "http://[::1]:1"


def test_service_down_then_up_stores_once(intake_server: IntakeServer) -> None:
    prepared = _prepared()
    before = _snapshot(prepared)
    client = IntakeClient(f"http://127.0.0.1:{free_port()}", **FAST)
    started = time.monotonic()
    with pytest.raises(SubmissionError) as down:
        client.submit(prepared)
    assert time.monotonic() - started < 5
    _assert_kind(down.value, "offline", retryable=True)
    assert "ready to send" in down.value.message
    _unchanged(prepared, before)
    receipt = IntakeClient(intake_server.url, **FAST).submit(prepared)
    assert intake_server.store.count_reports() == 1
    assert receipt.secret_key == prepared.secret_key


def test_server_errors_then_success_is_stored_once(intake_server: IntakeServer) -> None:
    """The first two replies are lost *after* the service stored the report (the worst case)."""
    send = forward(intake_server.url)

    def flaky(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        reply = send(method, path, headers, body)
        return (503, JSON, b'{"error": {}}') if n <= 2 else reply

    prepared = _prepared()
    with serve(flaky) as (url, seen):
        receipt = IntakeClient(url, **FAST).submit(prepared)
    assert len(seen.requests) == 3
    keys = {headers[protocol.IDEMPOTENCY_HEADER] for _, _, headers, _ in seen.requests}
    assert keys == {prepared.idempotency_key}
    assert {body for *_, body in seen.requests} == {prepared.body_bytes()}
    assert intake_server.store.count_reports() == 1
    status = IntakeClient(intake_server.url).status(receipt.report_id, receipt.secret_key)
    assert status.state == "active"


def test_server_keeps_failing_then_recovers(intake_server: IntakeServer) -> None:
    def broken(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        return 500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>"

    prepared = _prepared()
    before = _snapshot(prepared)
    with serve(broken) as (url, seen), pytest.raises(SubmissionError) as failed:
        IntakeClient(url, **FAST).submit(prepared)
    assert len(seen.requests) == 1 + FAST["retries"]
    _assert_kind(failed.value, "server_error", retryable=True)
    assert failed.value.status == 500
    _unchanged(prepared, before)
    IntakeClient(intake_server.url).submit(prepared)
    IntakeClient(intake_server.url).submit(prepared)
    assert intake_server.store.count_reports() == 1


def test_rate_limited_honours_retry_after(intake_server: IntakeServer) -> None:
    send = forward(intake_server.url)

    def limited(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        if n == 1:
            return 429, {"Retry-After": "1", **JSON}, b"{}"
        return send(method, path, headers, body)

    with serve(limited) as (url, seen):
        started = time.monotonic()
        IntakeClient(url, **FAST).submit(_prepared())
        assert time.monotonic() - started >= 1.0
    assert len(seen.requests) == 2

    def for_an_hour(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        return 429, {"Retry-After": "3600", **JSON}, b"{}"

    with serve(for_an_hour) as (url, seen), pytest.raises(SubmissionError) as later:
        IntakeClient(url, **FAST).submit(_prepared())
    assert len(seen.requests) == 1
    _assert_kind(later.value, "rate_limited", retryable=True)
    assert later.value.retry_after == 3600


def test_timeout_and_slow_response(intake_server: IntakeServer) -> None:
    prepared = _prepared()
    before = _snapshot(prepared)
    answer = (201, JSON, json.dumps({"report_id": "0" * 12 + "0"}).encode())
    quick = {**FAST, "timeout": (1.0, 0.3), "retries": 1}
    with serve(slow(1.0, answer)) as (url, seen), pytest.raises(SubmissionError) as timed_out:
        IntakeClient(url, **quick).submit(prepared)
    _assert_kind(timed_out.value, "timeout", retryable=True)
    assert len(seen.requests) == 2
    _unchanged(prepared, before)
    patient = {**FAST, "timeout": (1.0, 3.0)}
    with serve(slow(0.5, answer)) as (url, _seen):
        receipt = IntakeClient(url, **patient).submit(prepared)
    assert receipt.report_id == "0" * 13


def test_certificate_that_does_not_verify(tmp_path: Path) -> None:
    cert, key = self_signed_certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    answer = (201, JSON, json.dumps({"report_id": "0" * 13}).encode())
    prepared = _prepared()
    before = _snapshot(prepared)
    with serve(lambda *_: answer, tls=context) as (url, seen):
        assert url.startswith("https://")
        with pytest.raises(SubmissionError) as untrusted:
            IntakeClient(url, **FAST).submit(prepared)
        _assert_kind(untrusted.value, "tls", retryable=False)
        assert seen.requests == []  # nothing was sent, and no retry either
        _unchanged(prepared, before)
        # Verification stays on: trusting that exact certificate makes it work.
        receipt = IntakeClient(url, ca_bundle=str(cert), **FAST).submit(prepared)
        assert receipt.report_id == "0" * 13


def test_nothing_identifying_is_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, intake_server: IntakeServer
) -> None:
    # A .netrc with credentials for this host must not be used.
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login alice password hunter2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(netrc))
    send = forward(intake_server.url)

    def cookie_monster(
        method: str, path: str, headers: dict[str, str], body: bytes, n: int
    ) -> Reply:
        status, reply_headers, reply = send(method, path, headers, body)
        return status, {**reply_headers, "Set-Cookie": "track=me; Path=/"}, reply

    with serve(cookie_monster) as (url, seen):
        client = IntakeClient(url, **FAST)
        receipt = client.submit(_prepared())
        client.status(receipt.report_id, receipt.secret_key)
        client.withdraw(receipt.report_id, receipt.secret_key)
    assert len(seen.requests) == 3
    for method, _path, headers, _body in seen.requests:
        names = {name.lower() for name in headers}
        assert headers["User-Agent"] == "TakeItDown/1"
        assert "cookie" not in names
        assert headers["Accept-Encoding"] == "identity"
        expected = {"host", "user-agent", "accept", "accept-encoding", "connection"}
        if method == "POST":
            expected |= {"content-type", "content-length", "idempotency-key"}
            assert "authorization" not in names
        else:
            expected |= {"authorization"}
            assert headers["Authorization"].startswith("Key ")
            assert "alice" not in headers["Authorization"]
        assert names <= expected | {"content-length"}


def test_system_proxy_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        return 502, {}, b""

    with serve(refuse) as (proxy_url, seen):
        monkeypatch.setenv("HTTPS_PROXY", proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        client = IntakeClient("https://intake.example.invalid", **{**FAST, "retries": 0})
        assert client.proxies_for(client.endpoint + "/v1/reports")["https"] == proxy_url
        with pytest.raises(SubmissionError) as blocked:
            client.submit(_prepared())
    _assert_kind(blocked.value, "proxy", retryable=True)
    assert [(m, p) for m, p, *_ in seen.requests] == [("CONNECT", "intake.example.invalid:443")]


def test_this_computer_is_never_reached_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch, intake_server: IntakeServer
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, dead)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = IntakeClient(intake_server.url, proxy="socks5://127.0.0.1:9", **FAST)
    assert client.proxies_for(intake_server.url) == {}
    client.submit(_prepared())


def test_socks5_proxy_resolves_names_remotely() -> None:
    port, connects, close = socks5_stub()
    try:
        client = IntakeClient(
            "https://intake.example.onion",
            proxy=f"socks5://127.0.0.1:{port}",
            **FAST,
        )
        assert client.proxies_for("https://x")["https"].startswith("socks5h://")
        with pytest.raises(SubmissionError) as refused:
            client.submit(_prepared())
    finally:
        close()
    assert refused.value.code in ("offline", "proxy")
    assert refused.value.retryable
    # ATYP 3 is a domain name: the name went to the proxy, it was not looked up here.
    assert connects
    assert all(request[3] == 3 for request in connects)
    assert b"intake.example.onion" in connects[0]


def test_bad_proxy_setting() -> None:
    with pytest.raises(SubmissionError) as bad:
        IntakeClient("https://intake.example.org", proxy="tor please")
    _assert_kind(bad.value, "bad_proxy", retryable=False)


def test_redirects_are_not_followed(intake_server: IntakeServer) -> None:
    def redirect(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        return 307, {"Location": intake_server.url + path}, b""

    with serve(redirect) as (url, seen), pytest.raises(SubmissionError):
        IntakeClient(url, **FAST).submit(_prepared())
    assert len(seen.requests) == 1
    assert intake_server.store.count_reports() == 0


def test_rejected_report_is_not_retried() -> None:
    def reject(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        return 422, JSON, b'{"error": {"code": "invalid_report", "message": "<script>"}}'

    with serve(reject) as (url, seen), pytest.raises(SubmissionError) as rejected:
        IntakeClient(url, **FAST).submit(_prepared())
    _assert_kind(rejected.value, "rejected", retryable=False)
    assert "<script>" not in rejected.value.message
    assert len(seen.requests) == 1
