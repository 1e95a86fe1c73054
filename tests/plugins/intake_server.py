"""Fixtures that start the REAL reference intake service on loopback.

``intake_server``: a running service (uvicorn in a thread, 127.0.0.1, a free port) over a
fresh database; see ``IntakeServer``. ``make_intake_server(settings)`` starts one with other
limits (e.g. tiny rate limits). ``intake_database`` is a fresh, empty database without a
service (for migrations and the CLI). ``ServiceProcesses`` runs N real ``takeitdown-intake
serve`` processes on one database (the tests of several processes, ``bench intake``).

The database is SQLite (a file in ``tmp_path``, left there after the test so tests can search
everything the service wrote) unless the test sets ``intake_backend``: decorate a test with
``@both_backends`` to run it on SQLite and on PostgreSQL (a new database on the session's
throw-away server, ``tests/plugins/postgres.py``). Tests that do not ask never start
PostgreSQL.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import requests

from tests.submission.loopback import free_port

if TYPE_CHECKING:
    from takeitdown_intake.app import Settings
    from takeitdown_intake.embedded import LocalService
    from tests.plugins.postgres import PostgresCluster

BACKENDS = ("sqlite", "postgresql")
#: Runs the test once per database the service supports.
both_backends = pytest.mark.parametrize("intake_backend", BACKENDS)


@dataclass
class IntakeDatabase:
    """A fresh database: ``url``, ``backend``; ``stored_bytes()`` is everything it holds."""

    backend: str
    url: str
    directory: Path
    cluster: PostgresCluster | None = None
    name: str = ""

    def stored_bytes(self) -> bytes:
        """Every byte of every file in ``directory`` (SQLite: database, WAL, shared memory)
        and, on PostgreSQL, a ``pg_dump`` of the database: its schema and every row."""
        files = b"".join(p.read_bytes() for p in sorted(self.directory.rglob("*")) if p.is_file())
        if self.cluster is not None:
            files += self.cluster.dump(self.name)
        return files


@dataclass
class IntakeServer:
    """A running service: ``url``, ``db_url``, ``backend``, ``directory``, ``store``."""

    service: LocalService
    database: IntakeDatabase

    @property
    def directory(self) -> Path:
        return self.database.directory

    @property
    def backend(self) -> str:
        return self.database.backend

    @property
    def url(self) -> str:
        return self.service.url

    @property
    def db_url(self) -> str:
        return self.service.db_url

    @property
    def store(self) -> Any:
        return self.service.store

    def add_platform(self, name: str = "example-platform") -> str:
        """Register a platform and return its bearer token."""
        token: str = self.service.store.add_platform(name)
        return token

    def fetch_hashes(
        self, token: str, after: str = "0", fmt: str = "json", **params: str
    ) -> requests.Response:
        """GET /v1/hashes as a platform would."""
        return requests.get(
            f"{self.url}/v1/hashes",
            params={"after": after, "format": fmt, **params},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )

    def written_bytes(self) -> bytes:
        """Everything the service wrote: see ``IntakeDatabase.stored_bytes``."""
        return self.database.stored_bytes()

    def stop(self) -> None:
        self.service.stop()


class ServiceProcesses:
    """``count`` processes of ``takeitdown-intake serve`` on one database, each on its own
    127.0.0.1 port (``urls``; free ones, or ``ports``), started with ``options`` (e.g.
    ``--submit-limit 10``).
    ``stop()`` ends them (SIGTERM, then SIGKILL after 10 s). Also a context manager."""

    def __init__(
        self,
        db_url: str,
        count: int,
        options: Sequence[str] = (),
        ports: Sequence[int] | None = None,
    ) -> None:
        self.urls: list[str] = []
        self._processes: list[subprocess.Popen[bytes]] = []
        try:
            for number in range(count):
                port = ports[number] if ports is not None else free_port()
                serve = ["serve", "--db", db_url, "--port", str(port), *options]
                command = [sys.executable, "-m", "takeitdown_intake", *serve]
                self._processes.append(subprocess.Popen(command, stdin=subprocess.DEVNULL))
                self.urls.append(f"http://127.0.0.1:{port}")
            for url, process in zip(self.urls, self._processes, strict=True):
                _wait_until_serving(url, process)
        except BaseException:
            self.stop()
            raise

    @property
    def pids(self) -> list[int]:
        return [process.pid for process in self._processes]

    def stop(self) -> None:
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> ServiceProcesses:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def _wait_until_serving(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"takeitdown-intake serve exited with {process.returncode}")
        try:
            requests.get(f"{url}/v1/openapi.json", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError(f"takeitdown-intake serve did not answer at {url}")


@pytest.fixture
def intake_backend() -> str:
    """The database behind the fixtures below: "sqlite" unless the test parametrizes it."""
    return "sqlite"


@pytest.fixture
def make_intake_database(
    tmp_path: Path, intake_backend: str, request: pytest.FixtureRequest
) -> Callable[[], IntakeDatabase]:
    """Factory: ``make_intake_database()`` makes another fresh, empty database."""
    if intake_backend not in BACKENDS:
        raise ValueError(f"intake_backend must be one of {BACKENDS}, not {intake_backend!r}")
    cluster: PostgresCluster | None = None
    if intake_backend == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
    numbers = itertools.count()

    def make() -> IntakeDatabase:
        directory = tmp_path / f"intake-{next(numbers)}"
        directory.mkdir()
        if cluster is None:
            return IntakeDatabase("sqlite", f"sqlite:///{directory / 'intake.sqlite3'}", directory)
        name = cluster.create_database()
        return IntakeDatabase("postgresql", cluster.url(name), directory, cluster, name)

    return make


@pytest.fixture
def intake_database(make_intake_database: Callable[[], IntakeDatabase]) -> IntakeDatabase:
    """A fresh, empty database (no schema yet) for ``intake_backend``."""
    return make_intake_database()


@pytest.fixture
def make_intake_server(
    make_intake_database: Callable[[], IntakeDatabase],
) -> Iterator[Callable[..., IntakeServer]]:
    """Factory: ``make_intake_server(settings=None)`` starts another service."""
    from takeitdown_intake.embedded import LocalService  # noqa: PLC0415 (server deps only here)

    started: list[IntakeServer] = []

    def make(settings: Settings | None = None) -> IntakeServer:
        database = make_intake_database()
        server = IntakeServer(LocalService(database.url, settings).start(), database)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def intake_server(make_intake_server: Callable[..., IntakeServer]) -> IntakeServer:
    """The real intake service on 127.0.0.1 with a fresh database (SQLite by default)."""
    return make_intake_server()
