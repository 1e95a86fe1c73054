"""Fixtures that start the REAL reference intake service on loopback.

``intake_server``: a running service (uvicorn in a thread, 127.0.0.1, a free port) over a
fresh SQLite database in ``tmp_path``; see ``IntakeServer``. ``make_intake_server(settings)``
starts one with other limits (e.g. tiny rate limits). The database directory is left in
``tmp_path`` after the test so tests can search everything the service wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import requests

if TYPE_CHECKING:
    from takeitdown_intake.app import Settings
    from takeitdown_intake.embedded import LocalService


@dataclass
class IntakeServer:
    """A running service: ``url``, ``db_url``, ``directory`` (all it writes), ``store``."""

    service: LocalService
    directory: Path

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
        """Every byte of every file the service wrote (database, WAL, shared memory)."""
        return b"".join(p.read_bytes() for p in sorted(self.directory.rglob("*")) if p.is_file())

    def stop(self) -> None:
        self.service.stop()


@pytest.fixture
def make_intake_server(tmp_path: Path) -> Iterator[Callable[..., IntakeServer]]:
    """Factory: ``make_intake_server(settings=None)`` starts another service."""
    from takeitdown_intake.embedded import LocalService  # noqa: PLC0415 (server deps only here)

    started: list[IntakeServer] = []

    def make(settings: Settings | None = None) -> IntakeServer:
        directory = tmp_path / f"intake-{len(started)}"
        directory.mkdir()
        service = LocalService(f"sqlite:///{directory / 'intake.sqlite3'}", settings).start()
        server = IntakeServer(service, directory)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def intake_server(make_intake_server: Callable[..., IntakeServer]) -> IntakeServer:
    """The real intake service on 127.0.0.1 with a fresh SQLite database."""
    return make_intake_server()
