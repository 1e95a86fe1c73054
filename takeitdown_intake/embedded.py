"""The reference service in a background thread, for the app's out-of-the-box run and tests.

``start_local_service()`` serves on 127.0.0.1 (a free port) from a SQLite database in a new
temporary directory, with the access log off and no log files; ``stop()`` shuts it down and
deletes the directory. It is also a context manager.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

from takeitdown_intake.app import Settings, create_app
from takeitdown_intake.db import make_engine, migrate
from takeitdown_intake.server import ServerLimits, listening_socket, make_server
from takeitdown_intake.store import Store

START_TIMEOUT = 10.0


class LocalService:
    """A running service: ``.url``, ``.db_url``, ``.store``; ``.stop()`` ends it."""

    def __init__(
        self,
        db_url: str | None = None,
        settings: Settings | None = None,
        host: str = "127.0.0.1",
        limits: ServerLimits | None = None,
    ) -> None:
        self._tempdir: Path | None = None
        if db_url is None:
            self._tempdir = Path(tempfile.mkdtemp(prefix="takeitdown-intake-"))
            db_url = f"sqlite:///{self._tempdir / 'intake.sqlite3'}"
        self.db_url = db_url
        self.engine = make_engine(db_url)
        migrate(self.engine)
        self.store = Store(self.engine)
        self.settings = settings or Settings()
        self._socket = listening_socket(host)
        self.host, self.port = self._socket.getsockname()[:2]
        self.url = f"http://{self.host}:{self.port}"
        self.app = create_app(self.store, self.settings)
        self._server = make_server(self.app, limits, log_config=None, timeout_graceful_shutdown=2)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="takeitdown-intake",
            daemon=True,
        )
        self._stopped = False

    def start(self) -> LocalService:
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the local intake service did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving, close the database and delete the temporary directory (if ours)."""
        if self._stopped:
            return
        self._stopped = True
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=START_TIMEOUT)
        self._socket.close()
        self.app.state.workers.close()
        self.engine.dispose()
        if self._tempdir is not None:
            shutil.rmtree(self._tempdir, ignore_errors=True)

    def __enter__(self) -> LocalService:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_local_service(
    db_url: str | None = None, settings: Settings | None = None
) -> LocalService:
    """Start the service in a background thread and return once it accepts connections."""
    return LocalService(db_url, settings).start()
