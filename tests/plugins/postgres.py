"""A throw-away PostgreSQL server for the tests: one per test session, a new database per test.

``postgres_cluster`` (session scope, so one per xdist worker) runs ``initdb`` in a new
temporary directory and starts the server listening only on 127.0.0.1 (a free port) and on a
unix socket inside that directory, with password authentication (SCRAM, a random password)
and ``fsync=off``; at the end of the session it is stopped and the directory deleted.
PostgreSQL refuses to run as root, so under root the cluster belongs to the ``postgres``
system user and its programs run through ``runuser``.

The server's programs are looked for in ``$TAKEITDOWN_PG_BINDIR``, ``pg_config --bindir``,
``/usr/lib/postgresql/<version>/bin`` (Debian) and the PATH. ``make test`` installs the
Debian package ``postgresql`` first (``scripts/ensure-apt-packages``). Without it, tests that
need PostgreSQL fail and say how to get it: they are never skipped. Tests that do not ask for
PostgreSQL never start it.
"""

from __future__ import annotations

import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

OWNER = "postgres"  # the system user that runs the server when the tests run as root
START_ATTEMPTS = 3
#: Settings for a disposable server: nothing needs to survive a crash, so nothing is synced.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "'16MB'",
    "max_connections": "100",
    "log_min_messages": "warning",
}
INSTALL_HINT = (
    "PostgreSQL's server programs (initdb, pg_ctl, postgres) were not found. `make test` "
    "installs them on Debian/Ubuntu (package `postgresql`, via scripts/ensure-apt-packages, "
    "which needs root or sudo); otherwise install the PostgreSQL server yourself, or set "
    "TAKEITDOWN_PG_BINDIR to the directory holding initdb."
)


def find_bindir() -> Path | None:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates: list[Path] = []
    if os.environ.get("TAKEITDOWN_PG_BINDIR"):
        candidates.append(Path(os.environ["TAKEITDOWN_PG_BINDIR"]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            found = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            )
            candidates.append(Path(found.stdout.strip()))
        except (OSError, subprocess.SubprocessError):
            pass
    debian = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(debian, key=lambda p: _version(p.parent.name), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for candidate in candidates:
        if all((candidate / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return candidate
    return None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclass
class PostgresCluster:
    """A running server: ``url(database)``, ``create_database()``, ``dump(database)``."""

    bindir: Path
    directory: Path
    port: int
    password: str
    host: str = "127.0.0.1"
    _numbers: Iterator[int] = field(default_factory=itertools.count)

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def log(self) -> Path:
        return self.directory / "server.log"

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` over TCP on loopback, with the password."""
        return f"postgresql+psycopg://postgres:{self.password}@{self.host}:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database (copied from ``template1``); returns its name."""
        import psycopg  # noqa: PLC0415 (the intake extra's driver; only PostgreSQL tests need it)

        name = f"intake_{next(self._numbers)}"
        with psycopg.connect(
            host=self.host,
            port=self.port,
            user="postgres",
            password=self.password,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"'.encode())
        return name

    def dump(self, database: str) -> bytes:
        """Everything stored in ``database`` (schema and every row), as ``pg_dump`` prints it."""
        return subprocess.run(
            [
                str(self.bindir / "pg_dump"), "--no-password", "--host", self.host,
                "--port", str(self.port), "--username", "postgres", database,
            ],
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout  # fmt: skip

    @classmethod
    def start(cls) -> PostgresCluster:
        bindir = find_bindir()
        if bindir is None:
            pytest.fail(INSTALL_HINT, pytrace=False)
        directory = Path(tempfile.mkdtemp(prefix="takeitdown-pg-"))
        try:
            return cls._start_in(bindir, directory)
        except BaseException:
            _stop(bindir, directory)
            raise

    @classmethod
    def _start_in(cls, bindir: Path, directory: Path) -> PostgresCluster:
        owner = _owner()
        if owner is not None:
            os.chown(directory, owner.pw_uid, owner.pw_gid)
        password = secrets.token_urlsafe(24)
        password_file = directory / "password"
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
        if owner is not None:
            os.chown(password_file, owner.pw_uid, owner.pw_gid)
        _run(
            bindir, "initdb", "--pgdata", str(directory / "data"), "--username", "postgres",
            "--auth", "scram-sha-256", "--pwfile", str(password_file), "--encoding", "UTF8",
            "--locale", "C", "--no-sync", "--no-instructions",
        )  # fmt: skip
        password_file.unlink()
        settings = {**SERVER_SETTINGS, "unix_socket_directories": f"'{directory}'"}
        with (directory / "data" / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
        failures = []
        for _ in range(START_ATTEMPTS):  # another process may take the free port first
            cluster = cls(bindir, directory, _free_port(), password)
            started = _run(
                bindir, "pg_ctl", "--pgdata", str(cluster.data), "--log", str(cluster.log),
                "--wait", "--timeout", "60", "-o", f"-p {cluster.port}", "start", check=False,
            )  # fmt: skip
            if started.returncode == 0:
                return cluster
            log = cluster.log.read_text(errors="replace") if cluster.log.exists() else ""
            failures.append(started.stdout + started.stderr + log[-2000:])
        raise RuntimeError("PostgreSQL did not start:\n" + "\n".join(failures))

    def stop(self) -> None:
        _stop(self.bindir, self.directory)


def _owner() -> pwd.struct_passwd | None:
    """The ``postgres`` user when we are root (PostgreSQL will not run as root), else None."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(OWNER)
    except KeyError:
        pytest.fail(
            f"The tests run as root and PostgreSQL refuses to; there is no {OWNER!r} system "
            "user to run it as (the Debian package `postgresql` creates one).",
            pytrace=False,
        )


def _run(
    bindir: Path, program: str, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    command = [str(bindir / program), *args]
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            pytest.fail("Running as root needs `runuser` (util-linux) to start PostgreSQL.")
        command = [runuser, "-u", OWNER, "--", *command]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tempfile.gettempdir(),  # the postgres user may not be able to enter ours
    )
    if check and done.returncode != 0:
        raise RuntimeError(f"{program} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done


def _stop(bindir: Path, directory: Path) -> None:
    if (directory / "data" / "postmaster.pid").exists():
        _run(
            bindir, "pg_ctl", "--pgdata", str(directory / "data"), "--mode", "immediate",
            "--wait", "stop", check=False,
        )  # fmt: skip
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A PostgreSQL server for this test session (per xdist worker), deleted at the end."""
    cluster = PostgresCluster.start()
    yield cluster
    cluster.stop()
