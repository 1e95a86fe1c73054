"""What the service keeps (nothing that identifies anyone), its CLI, migrations and start-up."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import Connection, inspect, text

import takeitdown_protocol as protocol
from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal
from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.report import prepare_report
from takeitdown_intake.cli import main as intake_main
from takeitdown_intake.db import current_revision, head_revision, make_engine, migrate
from takeitdown_intake.embedded import start_local_service
from takeitdown_intake.ratelimit import DEPTH, Limits, MemoryCounts, RateLimiter
from takeitdown_intake.tables import metadata
from takeitdown_protocol import Role
from tests.plugins.intake_server import IntakeDatabase, IntakeServer, both_backends

NAMES = ("holiday-beach-Zq7.jpg", "bedroom_clip_Xk2.mp4")
FOLDER = "/home/jordan-private-folder"


@both_backends
def test_nothing_identifying_is_written(
    intake_server: IntakeServer, capfd: pytest.CaptureFixture[str]
) -> None:
    results = [
        FileResult(
            path=f"{FOLDER}/{NAMES[0]}",
            ok=True,
            media_type=MediaType.IMAGE,
            md5="9" * 32,
            pdq=PdqSignal("8" * 64, 77),
            width=918273,
            height=726354,
        ),
        FileResult(
            path=f"{FOLDER}/{NAMES[1]}",
            ok=True,
            media_type=MediaType.VIDEO,
            sha256="7" * 64,
            duration=6464646.5,
        ),
    ]
    client = IntakeClient(intake_server.url)
    prepared = prepare_report(results, Role.SELF, attested_under_18=True)
    receipt = client.submit(prepared)
    client.submit(prepared)
    client.status(receipt.report_id, receipt.secret_key)
    token = intake_server.add_platform("platform-name")
    intake_server.fetch_hashes(token)
    requests.get(  # a browser-like request with a distinctive User-Agent
        f"{intake_server.url}/v1/reports/{receipt.report_id}",
        headers={"User-Agent": "Mozilla/5.0 (Jordan's Laptop) UniqueAgent/9.9"},
        timeout=10,
    )
    client.withdraw(receipt.report_id, receipt.secret_key)
    intake_server.stop()  # checkpoint and close, then read every byte it left behind

    written = intake_server.written_bytes()  # PostgreSQL: a dump of the database
    out, err = capfd.readouterr()
    assert b"platform-name" in written  # the search reaches the stored rows
    for haystack in (written, (out + err).encode()):
        for needle in (
            *NAMES,
            "holiday",
            "jordan",
            "Jordan",
            FOLDER,
            "127.0.0.1",
            "localhost",
            protocol.USER_AGENT,
            "UniqueAgent",
            "Mozilla",
            "python-requests",
            "918273",
            "726354",
            "6464646",
            receipt.secret_key.as_text(),
            receipt.secret_key.authenticator(),
            token,
        ):
            assert needle.encode() not in haystack, needle
    # The withdrawn digests were erased, not only hidden (on PostgreSQL: from the tables; the
    # server's files keep dead rows until VACUUM reuses the space, see docs/PROTOCOL.md).
    assert b"8" * 64 not in written
    assert b"7" * 64 not in written


def test_rate_limiter_keeps_no_address() -> None:
    now = [0.0]
    counts = MemoryCounts(window=10, clock=lambda: now[0])
    limiter = RateLimiter(counts, Limits(submit=2, window=10))
    assert limiter.submit("203.0.113.9") is None
    assert limiter.submit("203.0.113.9") is None
    assert limiter.submit("203.0.113.9") == 10
    assert limiter.submit("198.51.100.1") is None
    # Only counts in cells: the table is numbers, never an address or a hash of one.
    table = counts._table.tobytes()
    assert b"203.0.113.9" not in table
    assert bytes([203, 0, 113, 9]) not in table
    assert sorted(set(counts._table)) == [0, 1, 3]
    first_salt = counts._salt
    now[0] = 10.5  # a new window: new salt, counts gone
    assert limiter.submit("203.0.113.9") is None
    assert counts._salt != first_salt
    assert sum(counts._table) == DEPTH


def compare_schema(connection: Connection) -> list[object]:
    """Differences between the database's schema and the declared one (Alembic's view)."""
    from alembic.autogenerate import compare_metadata  # noqa: PLC0415
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    return list(compare_metadata(MigrationContext.configure(connection), metadata))


@both_backends
def test_migrations_build_exactly_the_declared_schema(intake_database: IntakeDatabase) -> None:
    engine = make_engine(intake_database.url)
    assert current_revision(engine) is None
    assert inspect(engine).get_table_names() == []  # really empty
    migrate(engine)
    migrate(engine)  # a second start is a no-op
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert compare_schema(connection) == []
        if intake_database.backend == "sqlite":
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        else:
            seq = connection.exec_driver_sql(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'changes' AND column_name = 'seq'"
            ).scalar()
            assert seq == "bigint"  # a feed that never runs out of numbers
    assert set(inspect(engine).get_table_names()) == {
        "reports", "items", "changes", "platforms", "alembic_version", "feed_releases",
        "rate_salts", "rate_counts",
    }  # fmt: skip
    engine.dispose()


@both_backends
def test_version_1_items_move_into_the_digests_column(intake_database: IntakeDatabase) -> None:
    """A database made before report version 2 keeps every item, published as before."""
    from alembic import command  # noqa: PLC0415

    from takeitdown_intake.db import _alembic_config  # noqa: PLC0415
    from takeitdown_intake.store import Store  # noqa: PLC0415

    engine = make_engine(intake_database.url)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO reports (id, idempotency_key, body_sha256, verifier, role, state, "
            "items, received) VALUES ('R', 'k', 'b', 'v', 'self', 'active', 2, '2026-01-02')"
        )
        connection.execute(
            text(
                "INSERT INTO items (id, report_id, media_type, md5, sha256, pdq, pdq_quality, "
                "pdq_dihedral, phash, dhash, vpdq) VALUES (:id, 'R', :media, :md5, :sha256, "
                ":pdq, :quality, :dihedral, :phash, :dhash, :vpdq)"
            ),
            [
                {
                    "id": "1" * 32, "media": "image", "md5": "a" * 32, "sha256": None,
                    "pdq": "b" * 64, "quality": 77, "dihedral": json.dumps(["c" * 64]),
                    "phash": "d" * 16, "dhash": None, "vpdq": None,
                },
                {
                    "id": "2" * 32, "media": "video", "md5": None, "sha256": "e" * 64,
                    "pdq": None, "quality": None, "dihedral": None, "phash": None,
                    "dhash": None, "vpdq": json.dumps([{"hash": "f" * 64, "quality": 12}]),
                },
            ],
        )  # fmt: skip
        connection.exec_driver_sql(
            f"INSERT INTO changes (item_id, action) VALUES ('{'1' * 32}', 'add'), "
            f"('{'2' * 32}', 'add')"
        )
    migrate(engine)
    with engine.connect() as connection:
        assert compare_schema(connection) == []
    found = list(Store(engine).changes_after("0"))
    assert [change.item for change in found] == [
        {
            "media_type": "image",
            "md5": "a" * 32,
            "pdq": {"hash": "b" * 64, "quality": 77},
            "pdq_dihedral": ["c" * 64],
            "phash": "d" * 16,
        },
        {"media_type": "video", "sha256": "e" * 64, "vpdq": [{"hash": "f" * 64, "quality": 12}]},
    ]
    engine.dispose()


@both_backends
def test_platform_cli(intake_database: IntakeDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    db = intake_database.url
    assert intake_main(["platform", "add", "Example Video", "--db", db]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert token.startswith("tid_")
    assert len(token) > 40
    assert intake_main(["platform", "add", "Example Video", "--db", db]) == 1
    # A PostgreSQL URL without a driver means psycopg (the intake extra's), not psycopg2.
    plain = db.replace("postgresql+psycopg://", "postgresql://")
    assert intake_main(["platform", "list", "--db", plain]) == 0
    assert "Example Video\tactive" in capsys.readouterr().out
    with start_local_service(db) as service:
        fetch = requests.get(
            f"{service.url}/v1/hashes", headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        assert fetch.status_code == 200
        assert intake_main(["platform", "revoke", "Example Video", "--db", db]) == 0
        fetch = requests.get(
            f"{service.url}/v1/hashes", headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        assert fetch.status_code == 401
    assert intake_main(["platform", "revoke", "Nobody", "--db", db]) == 1
    engine = make_engine(db)
    with engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT token_sha256 FROM platforms").scalar()
    engine.dispose()
    assert stored != token
    assert token.encode() not in intake_database.stored_bytes()


@both_backends
def test_serve_command_starts_the_real_service(intake_database: IntakeDatabase) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "takeitdown_intake", "serve",
            "--db", intake_database.url, "--port", str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                reply = requests.get(f"http://127.0.0.1:{port}/v1/openapi.json", timeout=1)
                break
            except requests.ConnectionError:
                assert process.poll() is None
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert reply.status_code == 200
        receipt = IntakeClient(f"http://127.0.0.1:{port}").submit(
            prepare_report(
                [FileResult(path="/x/y.jpg", ok=True, media_type=MediaType.IMAGE, md5="1" * 32)],
                Role.SELF,
                attested_under_18=True,
            )
        )
        assert protocol.is_report_id(receipt.report_id)
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    for leak in (b"127.0.0.1", b"TakeItDown/1", b"y.jpg", b"POST"):
        assert leak not in out + err  # no access log
    engine = make_engine(intake_database.url)  # the report is in the database named by --db
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM reports").scalar() == 1
    engine.dispose()


def _free_port() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_embedded_service_starts_fast_and_leaves_nothing() -> None:
    started = time.monotonic()
    service = start_local_service()
    elapsed = time.monotonic() - started
    directory = Path(service.db_url.removeprefix("sqlite:///")).parent
    assert directory.exists()
    assert service.url.startswith("http://127.0.0.1:")
    assert requests.get(f"{service.url}/v1/openapi.json", timeout=5).status_code == 200
    service.stop()
    service.stop()
    assert not directory.exists()
    assert elapsed < 1.0
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{service.url}/v1/openapi.json", timeout=1)


def test_embedded_service_answers_without_delayed_ack_stalls(intake_server: IntakeServer) -> None:
    """Without TCP_NODELAY on the listening socket every reply took ~40 ms (delayed ACK)."""
    session = requests.Session()
    url = f"{intake_server.url}/v1/reports/{protocol.new_report_id(1)}"
    timings = []
    for _ in range(21):
        started = time.perf_counter()
        session.get(url, timeout=5)
        timings.append(time.perf_counter() - started)
    session.close()
    assert sorted(timings)[10] < 0.035


#: One service's start-up, as far as the schema goes: ready, wait for the signal, migrate.
_STARTER = """
import sys, time
from pathlib import Path
from takeitdown_intake.db import make_engine, migrate
engine = make_engine(sys.argv[1])
print("ready", flush=True)
while not Path(sys.argv[2]).exists():
    time.sleep(0.001)
migrate(engine)
"""


@both_backends
def test_services_starting_together_migrate_a_new_database_once(
    intake_database: IntakeDatabase, tmp_path: Path
) -> None:
    """Several services (replicas, or a restart racing the old process) starting at the same
    moment on an empty database: every one starts, and the schema is built exactly once."""
    go = tmp_path / "go"
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", _STARTER, intake_database.url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for starter in starters:
        assert starter.stdout is not None
        assert starter.stdout.readline().strip() == "ready"
    go.touch()  # all four are waiting: they migrate within a millisecond of each other
    errors = [starter.communicate(timeout=60)[1] for starter in starters]
    assert [starter.returncode for starter in starters] == [0, 0, 0, 0], errors
    engine = make_engine(intake_database.url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert compare_schema(connection) == []
        versions = connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()
    assert versions == 1
    engine.dispose()
