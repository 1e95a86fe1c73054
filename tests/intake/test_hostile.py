"""The service under hostile input and failure: huge and strange bodies, slow clients, clients
that vanish, a database that cannot write, withdrawals that must leave nothing behind, a real
``serve`` stopped by a real SIGTERM or kill -9. Figures under load are ``bench intake``'s.
"""

from __future__ import annotations

import json
import logging
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from sqlalchemy import event, select, text

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal, VpdqFrame
from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.report import prepare_report
from takeitdown_intake.app import Settings
from takeitdown_intake.bodies import SMALL_BODY_BYTES
from takeitdown_intake.db import make_engine, memory_database_url
from takeitdown_intake.embedded import LocalService
from takeitdown_intake.server import ServerLimits
from takeitdown_intake.tables import reports
from takeitdown_protocol import Role
from tests.plugins.intake_server import IntakeDatabase, IntakeServer, both_backends
from tests.submission.loopback import free_port

UNLIMITED = Settings(submit_limit=10**6, lookup_limit=10**6, guess_limit=10**6)


def _post(url: str, data: bytes, key: str | None = None) -> requests.Response:
    headers = {
        "Content-Type": "application/json",
        protocol.IDEMPOTENCY_HEADER: key or secrets.token_hex(10),
    }
    return requests.post(f"{url}/v1/reports", data=data, headers=headers, timeout=60)


def _code(reply: requests.Response) -> tuple[int, str]:
    return reply.status_code, reply.json()["error"]["code"]


def _photo_body() -> dict[str, Any]:
    photo = FileResult(
        path="/p/me.png", ok=True, media_type=MediaType.IMAGE, md5=secrets.token_hex(16)
    )
    return prepare_report([photo], Role.SELF, attested_under_18=True).body


# 1. One request does not stall everyone -----------------------------------------------------


def _frames_body(frames: int, frame: str) -> bytes:
    head = {
        "version": 1,
        "role": "self",
        "attested_under_18": True,
        "key_verifier": "0" * 64,
    }
    item = '{"media_type":"video","vpdq":[' + ",".join([frame] * frames) + "]}"
    return (json.dumps(head)[:-1] + ',"items":[' + item + "]}").encode()


@pytest.mark.parametrize(
    ("frame", "refusal"),
    [
        ('{"i":1,"pdq":"zzzzzzz"}', (413, "body_too_complex")),  # the issue's: 7.5 MB
        ('{"i":"' + "x" * 12 + '","pdq":"' + "z" * 14 + '"}', (422, "invalid_report")),
    ],
    ids=["dense", "parsed"],
)
def test_a_huge_invalid_body_is_refused_while_others_are_served(
    make_intake_server: Callable[..., IntakeServer], frame: str, refusal: tuple[int, str]
) -> None:
    """300,000 invalid vPDQ frames. Denser than a report can be: refused before parsing.
    Otherwise parsed in a worker and refused for too many frames, found without reading
    them. Status checks are answered meanwhile."""
    intake_server = make_intake_server(UNLIMITED)
    body = _frames_body(300_000, frame)
    assert 7_000_000 < len(body) < protocol.MAX_BODY_BYTES
    answers: list[int] = []
    stop = threading.Event()

    def lookups() -> None:
        url = f"{intake_server.url}/v1/reports/{protocol.new_report_id(1)}"
        with requests.Session() as session:
            while not stop.is_set():
                answers.append(session.get(url, timeout=10).status_code)

    looker = threading.Thread(target=lookups)
    looker.start()
    try:
        reply = _post(intake_server.url, body)
    finally:
        stop.set()
        looker.join()
    assert _code(reply) == refusal
    if refusal[0] == 422:
        assert "to 20000 entries" in reply.json()["error"]["details"][0]["problem"]
    assert answers
    assert set(answers) == {404}


@both_backends
def test_a_large_valid_report_is_stored_through_a_worker(intake_server: IntakeServer) -> None:
    frames = tuple(VpdqFrame(i, i / 30, secrets.token_hex(32), 80) for i in range(6000))
    video = FileResult(
        path="/v/long.mp4", ok=True, media_type=MediaType.VIDEO, sha256="5" * 64, vpdq=frames
    )
    prepared = prepare_report([video], Role.SELF, attested_under_18=True)
    assert len(prepared.body_bytes()) > SMALL_BODY_BYTES  # the worker's path
    receipt = IntakeClient(intake_server.url).submit(prepared)
    token = intake_server.add_platform()
    feed = intake_server.fetch_hashes(token).json()["changes"]
    assert [change["vpdq"] for change in feed] == [prepared.body["items"][0]["vpdq"]]
    assert IntakeClient(intake_server.url).status(receipt.report_id, receipt.secret_key)


@pytest.mark.parametrize(
    "body",
    [
        b"[" + b"{}," * 3_000_000 + b"{}]",  # 9 MB of empty objects: 680 MB if parsed
        b"[" + b"0," * 1_000_000 + b"0]",
        b"[" * 200_000,
    ],
    ids=["objects", "numbers", "nesting"],
)
def test_bodies_denser_than_any_report_are_refused_unparsed(
    intake_server: IntakeServer, body: bytes
) -> None:
    assert _code(_post(intake_server.url, body)) == (413, "body_too_complex")


# 7. Strict JSON ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_bodies_are_refused(intake_server: IntakeServer, encoding: str) -> None:
    body = json.dumps(_photo_body()).encode(encoding)
    assert _code(_post(intake_server.url, body)) == (400, "wrong_encoding")


def test_a_utf8_byte_order_mark_is_refused(intake_server: IntakeServer) -> None:
    body = b"\xef\xbb\xbf" + json.dumps(_photo_body()).encode()
    assert _code(_post(intake_server.url, body)) == (400, "malformed_json")


@pytest.mark.parametrize("where", ["top", "item"])
def test_duplicate_keys_are_refused(intake_server: IntakeServer, where: str) -> None:
    """``false … true``: a parser that keeps the last value would store a report whose sender
    said no."""
    good = json.dumps(_photo_body())
    if where == "top":
        raw = good.replace('"attested_under_18": true', '"attested_under_18": false')
        raw = raw[:-1] + ', "attested_under_18": true}'
    else:
        raw = good.replace('"media_type": "image"', '"media_type": "image", "media_type": "video"')
    assert raw != good
    reply = _post(intake_server.url, raw.encode())
    assert _code(reply) == (400, "duplicate_key")
    assert intake_server.store.count_reports() == 0
    assert _post(intake_server.url, good.encode()).status_code == 201


# 3. Slow clients --------------------------------------------------------------------------


@contextmanager
def _service(
    database: IntakeDatabase, limits: ServerLimits | None = None, settings: Settings = UNLIMITED
) -> Iterator[LocalService]:
    service = LocalService(database.url, settings, limits=limits).start()
    try:
        yield service
    finally:
        service.stop()


def _slow_sockets(url: str, count: int) -> list[socket.socket]:
    """``count`` connections that send half a request line and then nothing (slowloris)."""
    host, port = url.removeprefix("http://").split(":")
    sockets = []
    for _ in range(count):
        sock = socket.create_connection((host, int(port)), timeout=10)
        sock.sendall(b"GET /v1/reports/X HTTP/1.1\r\nHost: x\r\n")
        sockets.append(sock)
    return sockets


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_slow_headers_are_cut_off_and_others_are_served(intake_database: IntakeDatabase) -> None:
    with _service(intake_database, ServerLimits(header_seconds=1.0)) as service:
        slow = _slow_sockets(service.url, 300)
        client = IntakeClient(service.url)
        receipt = client.submit(prepare_report(
            [FileResult(path="/a.jpg", ok=True, media_type=MediaType.IMAGE, md5="4" * 32)],
            Role.SELF,
            attested_under_18=True,
        ))  # fmt: skip
        assert client.status(receipt.report_id, receipt.secret_key).state == "active"
        started = time.monotonic()
        assert all(_closed_within(sock, 5) for sock in slow)
        assert time.monotonic() - started < 5
        for sock in slow:
            sock.close()


def test_connections_past_the_cap_are_closed_at_once(intake_database: IntakeDatabase) -> None:
    with _service(intake_database, ServerLimits(max_connections=20)) as service:
        held = _slow_sockets(service.url, 20)
        extra = _slow_sockets(service.url, 5)
        assert all(_closed_within(sock, 2) for sock in extra)
        assert not any(_closed_within(sock, 0.2) for sock in held)
        for sock in held + extra:
            sock.close()
        deadline = time.monotonic() + 5
        while True:  # the held ones are gone: room again
            try:
                reply = requests.get(f"{service.url}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert reply.status_code == 200


def test_a_slow_body_times_out(intake_database: IntakeDatabase) -> None:
    settings = Settings(body_seconds=0.5)
    with _service(intake_database, settings=settings) as service:
        host, port = service.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(
                b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + f"{protocol.IDEMPOTENCY_HEADER}: {'k' * 20}\r\n".encode()
                + b"Content-Length: 1000\r\n\r\n{"
            )
            reply = b""
            while chunk := sock.recv(4096):  # the service closes after the refusal
                reply += chunk
        assert reply.startswith(b"HTTP/1.1 408 ")
        assert b'"body_timeout"' in reply


def test_large_uploads_beyond_the_budget_wait_their_turn(intake_database: IntakeDatabase) -> None:
    """A large body past the budget gets 503 with Retry-After before it is read; small ones
    still go through."""
    settings = Settings(submit_limit=10**6, large_body_budget=2 * SMALL_BODY_BYTES)
    with _service(intake_database, settings=settings) as service:
        host, port = service.url.removeprefix("http://").split(":")
        big = 3 * SMALL_BODY_BYTES
        head = (
            b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"{protocol.IDEMPOTENCY_HEADER}: {'k' * 20}\r\n".encode()
            + f"Content-Length: {big}\r\n\r\n".encode()
        )
        with socket.create_connection((host, int(port)), timeout=10) as first:
            first.sendall(head + b" " * 1000)  # holds the whole budget while it uploads
            time.sleep(0.3)
            reply = _post(service.url, b" " * big)
            assert _code(reply) == (503, "busy")
            assert reply.headers["Retry-After"].isdigit()
            assert reply.headers["Connection"] == "close"
            assert _post(service.url, json.dumps(_photo_body()).encode()).status_code == 201


def test_a_body_without_content_length_is_refused_unread(intake_server: IntakeServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield json.dumps(_photo_body()).encode()

    reply = requests.post(
        f"{intake_server.url}/v1/reports",
        data=chunks(),
        headers={"Content-Type": "application/json", protocol.IDEMPOTENCY_HEADER: "k" * 20},
        timeout=10,
    )
    assert _code(reply) == (411, "length_required")


# 8. Quiet logs ----------------------------------------------------------------------------


def test_a_client_leaving_mid_upload_is_not_an_error(
    intake_server: IntakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    host, port = intake_server.url.removeprefix("http://").split(":")
    caplog.set_level(logging.DEBUG)
    for _ in range(3):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(
                b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + f"{protocol.IDEMPOTENCY_HEADER}: {'k' * 20}\r\n".encode()
                + b"Content-Length: 100000\r\n\r\n"
                + b"{" * 1000
            )
            time.sleep(0.1)
    time.sleep(0.3)
    assert requests.get(f"{intake_server.url}/healthz", timeout=5).status_code == 200
    noisy = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert noisy == []


# 6. Failures say what they are ------------------------------------------------------------


def _read_only_url(database: IntakeDatabase) -> str:
    return database.url.replace("sqlite:///", "sqlite:///file:") + "?mode=ro&uri=true"


@both_backends
def test_a_read_only_database_gives_503_and_healthz_says_so(
    intake_server: IntakeServer,
) -> None:
    assert requests.get(f"{intake_server.url}/healthz", timeout=5).json() == {"status": "ready"}
    intake_server.stop()
    if intake_server.backend == "sqlite":
        url = _read_only_url(intake_server.database)
    else:
        url = intake_server.database.url
        engine = make_engine(intake_server.database.cluster.url())  # type: ignore[union-attr]
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(
                f'ALTER DATABASE "{intake_server.database.name}" '
                "SET default_transaction_read_only = on"
            ))  # fmt: skip
        engine.dispose()
    with LocalService(url, UNLIMITED).start() as service:
        reply = _post(service.url, json.dumps(_photo_body()).encode())
        assert _code(reply) == (503, "unavailable")
        assert reply.headers["Retry-After"] == "30"
        health = requests.get(f"{service.url}/healthz", timeout=5)
        assert _code(health) == (503, "unavailable")
        assert health.headers["Retry-After"] == "30"


def test_a_full_database_gives_503(intake_server: IntakeServer) -> None:
    """SQLite's "database or disk is full", made by capping the page count at what it has."""
    engine = intake_server.store.engine

    @event.listens_for(engine, "connect")
    def _full(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    engine.dispose()  # every connection from now on is capped
    body = _photo_body()
    body["items"] = [
        {"media_type": "image", "md5": secrets.token_hex(16)} for _ in range(protocol.MAX_ITEMS)
    ]
    reply = _post(intake_server.url, json.dumps(body).encode())
    assert _code(reply) == (503, "unavailable")
    assert int(reply.headers["Retry-After"]) > 0


def test_serve_refuses_to_start_on_a_read_only_database(intake_database: IntakeDatabase) -> None:
    engine = make_engine(intake_database.url)
    from takeitdown_intake.db import migrate  # noqa: PLC0415

    migrate(engine)
    engine.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "takeitdown_intake", "serve", "--db",
         _read_only_url(intake_database), "--port", str(free_port())],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "cannot store anything" in done.stderr
    assert "Traceback" not in done.stderr


# 4 and 5. Durable receipts, and withdrawn means gone -------------------------------------


class Serve:
    """A real ``takeitdown-intake serve`` subprocess."""

    def __init__(self, db_url: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "takeitdown_intake", "serve", "--db", db_url,
             "--port", str(self.port)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            assert self.process.poll() is None, self.process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)

    def stop(self, sig: int) -> tuple[int, bytes]:
        self.process.send_signal(sig)
        _out, err = self.process.communicate(timeout=30)
        return self.process.returncode, err


@pytest.fixture
def serve() -> Iterator[Callable[[str], Serve]]:
    """Factory: ``serve(db_url)`` starts ``takeitdown-intake serve``; all killed at the end."""
    started: list[Serve] = []

    def start(db_url: str) -> Serve:
        started.append(Serve(db_url))
        return started[-1]

    yield start
    for one in started:
        if one.process.poll() is None:
            one.stop(signal.SIGKILL)


def _secrets_report() -> tuple[Any, list[str]]:
    """A report whose digests are fresh random values, and those values (hex)."""
    pdq, frame, md5 = (secrets.token_hex(32), secrets.token_hex(32), secrets.token_hex(16))
    prepared = prepare_report(
        [
            FileResult(path="/a.jpg", ok=True, media_type=MediaType.IMAGE, md5=md5,
                       pdq=PdqSignal(pdq, 90)),
            FileResult(path="/b.mp4", ok=True, media_type=MediaType.VIDEO,
                       vpdq=(VpdqFrame(0, 0.0, frame, 70),)),
        ],
        Role.SELF,
        attested_under_18=True,
    )  # fmt: skip
    return prepared, [pdq, frame, md5, prepared.body["key_verifier"]]


def _found(database: IntakeDatabase, needles: list[str]) -> list[str]:
    """Which needles (hex, or their raw bytes) are in any file of the database directory
    (and, on PostgreSQL, in a dump of its rows)."""
    stored = database.stored_bytes()
    found = []
    for needle in needles:
        for form in (needle.encode(), needle.upper().encode(), bytes.fromhex(needle)):
            if form in stored:
                found.append(needle)
    return found


@both_backends
@pytest.mark.parametrize("stop", ["sigterm", "kill"])
def test_withdrawn_digests_are_in_no_file_while_running_after_a_stop_and_a_restart(
    intake_database: IntakeDatabase, stop: str, serve: Callable[[str], Serve]
) -> None:
    service = serve(intake_database.url)
    client = IntakeClient(service.url)
    kept, kept_needles = _secrets_report()
    gone, gone_needles = _secrets_report()
    receipt = client.submit(gone)
    kept_receipt = client.submit(kept)
    client.withdraw(receipt.report_id, receipt.secret_key)
    # The search reaches what is stored: the kept report's digests are found.
    assert set(_found(intake_database, kept_needles[:3])) == set(kept_needles[:3])
    assert _found(intake_database, gone_needles) == []  # while running
    code, err = service.stop(signal.SIGTERM if stop == "sigterm" else signal.SIGKILL)
    if stop == "sigterm":
        assert (code, err) == (0, b"")  # stopped cleanly: the database was closed
        if intake_database.backend == "sqlite":
            assert not list(intake_database.directory.glob("*-wal"))
    assert _found(intake_database, gone_needles) == []  # after the stop
    service = serve(intake_database.url)
    client = IntakeClient(service.url)
    assert client.status(receipt.report_id, receipt.secret_key).state == "withdrawn"
    assert client.status(kept_receipt.report_id, kept_receipt.secret_key).state == "active"
    assert _found(intake_database, gone_needles) == []  # after a restart
    assert service.stop(signal.SIGTERM)[0] == 0
    engine = make_engine(intake_database.url)
    with engine.connect() as connection:
        row = connection.execute(select(reports).where(reports.c.id == receipt.report_id)).one()
    engine.dispose()
    assert (row.idempotency_key, row.body_sha256, row.verifier, row.role) == (None,) * 4
    assert row.state == "withdrawn"


@both_backends
def test_acknowledged_reports_survive_kill_9(
    intake_database: IntakeDatabase, serve: Callable[[str], Serve]
) -> None:
    service = serve(intake_database.url)
    client = IntakeClient(service.url)
    with ThreadPoolExecutor(4) as pool:
        receipts = list(pool.map(lambda _: client.submit(_secrets_report()[0]), range(25)))
    service.stop(signal.SIGKILL)
    client = IntakeClient(serve(intake_database.url).url)
    assert {client.status(r.report_id, r.secret_key).state for r in receipts} == {"active"}


def test_sqlite_commits_are_synced(intake_server: IntakeServer) -> None:
    with intake_server.store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


# 9. The built-in service's in-memory database ----------------------------------------------


def test_in_memory_service_takes_submissions_while_a_platform_reads_the_feed() -> None:
    """Shared-cache memory SQLite answered "database table is locked" (500) here."""
    service = LocalService(memory_database_url(secrets.token_hex(4)), UNLIMITED).start()
    try:
        token = service.store.add_platform("reader")
        stop = threading.Event()
        feed_codes: list[int] = []

        def read_feed() -> None:
            with requests.Session() as session:
                while not stop.is_set():
                    reply = session.get(
                        f"{service.url}/v1/hashes",
                        headers={"Authorization": f"Bearer {token}"},
                        timeout=30,
                    )
                    feed_codes.append(reply.status_code)

        readers = [threading.Thread(target=read_feed) for _ in range(2)]
        for reader in readers:
            reader.start()
        try:
            with ThreadPoolExecutor(4) as pool:
                codes = list(pool.map(
                    lambda _: _post(service.url, json.dumps(_photo_body()).encode()).status_code,
                    range(360),
                ))  # fmt: skip
        finally:
            stop.set()
            for reader in readers:
                reader.join()
        assert codes == [201] * 360
        assert feed_codes
        assert set(feed_codes) == {200}
        assert service.store.count_reports() == 360
    finally:
        service.stop()


@both_backends
def test_migration_clears_reports_withdrawn_before_it(intake_database: IntakeDatabase) -> None:
    """Revision 0004 rebuilds ``reports`` on SQLite: items of active reports survive it, and
    reports withdrawn earlier lose what could confirm them."""
    from alembic import command  # noqa: PLC0415

    from takeitdown_intake.db import _alembic_config, migrate  # noqa: PLC0415
    from takeitdown_intake.store import Store  # noqa: PLC0415

    engine = make_engine(intake_database.url)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.exec_driver_sql(
            "INSERT INTO reports (id, idempotency_key, body_sha256, verifier, role, state, "
            "items, received) VALUES ('A', 'ka', 'ba', 'va', 'self', 'active', 1, "
            "'2026-01-02'), ('W', 'kw', 'bw', 'vw', 'self', 'withdrawn', 1, '2026-01-03')"
        )
        connection.exec_driver_sql(
            "INSERT INTO items (id, report_id, media_type, digests) VALUES "
            f"('{'1' * 32}', 'A', 'image', '{{\"md5\":\"{'a' * 32}\"}}')"
        )
        connection.exec_driver_sql(
            f"INSERT INTO changes (item_id, action) VALUES ('{'1' * 32}', 'add')"
        )
    migrate(engine)
    with engine.connect() as connection:
        rows = {row.id: row for row in connection.execute(select(reports))}
    assert (rows["A"].verifier, rows["A"].idempotency_key) == ("va", "ka")
    assert (rows["W"].verifier, rows["W"].body_sha256, rows["W"].role) == (None, None, None)
    assert rows["W"].idempotency_key is None
    found = list(Store(engine).changes_after("0"))
    assert [change.item for change in found] == [{"media_type": "image", "md5": "a" * 32}]
    engine.dispose()


def test_a_flood_of_the_same_log_message_writes_one_line(caplog: pytest.LogCaptureFixture) -> None:
    """What the accept errors did (24 MB in 3 s): each repeated with a traceback."""
    from takeitdown_intake.server import quiet_logs  # noqa: PLC0415

    quiet_logs()
    caplog.set_level(logging.WARNING)
    flooded = logging.getLogger("asyncio")
    for _ in range(1000):
        try:
            raise OSError(24, "Too many open files")
        except OSError:
            flooded.exception("socket.accept() out of system resource %s", secrets.token_hex(2))
    assert len(caplog.records) == 1
    assert caplog.records[0].exc_info is None  # one line, no traceback
