"""uvicorn, configured to hold up against slow and hostile clients; used by ``serve`` and
``embedded``.

What plain uvicorn lacks, and what this adds:

- a header timeout: a connection must finish its request line and headers within
  ``HEADER_SECONDS`` of connecting (or of its first byte after a reply), else it is closed.
  uvicorn only times out idle keep-alive connections, so a slowloris held sockets forever;
- a connection cap below the file-descriptor limit (raised to its hard limit at start):
  connections past it are closed at once and quietly, so the process never runs out of
  descriptors, and ``accept()`` never fails in a loop that logged 24 MB in 3 s;
- quiet logs: a message repeated within ``QUIET_SECONDS`` is dropped (and counted), so a flood
  of bad requests writes a line a minute, not a line a request;
- a clean stop on SIGTERM/SIGINT: uvicorn re-raises the signal after it stops, which killed
  the process before the caller could close the database (on SQLite: checkpoint the WAL).

The body timeout and the body-size limits are the app's (``Settings``), as only it knows
which request needs which.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import resource
import signal
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

#: Seconds a connection has to send its request line and headers.
HEADER_SECONDS: Final = 10.0
#: Seconds an idle keep-alive connection stays open.
KEEP_ALIVE_SECONDS: Final = 5
#: The largest request line plus headers (h11 refuses larger with 400).
MAX_HEADER_BYTES: Final = 16 * 1024
#: Pending connections the kernel queues before ``accept``.
BACKLOG: Final = 2048
#: File descriptors kept free of connections (database, worker pipes, log, ...).
RESERVED_FDS: Final = 64
#: The most connections, whatever the descriptor limit.
MAX_CONNECTIONS: Final = 8192
#: A log message repeated within this many seconds is dropped.
QUIET_SECONDS: Final = 60.0


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """What one connection may hold: seconds to send its headers, the most connections
    (None: as many as the descriptor limit allows, up to ``MAX_CONNECTIONS``)."""

    header_seconds: float = HEADER_SECONDS
    max_connections: int | None = None


def raise_fd_limit() -> int:
    """Raise this process's descriptor limit to its hard limit; return the connection cap."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else MAX_CONNECTIONS + RESERVED_FDS
    if wanted > soft:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
    return max(16, min(MAX_CONNECTIONS, soft - RESERVED_FDS))


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header timeout and a connection cap."""

    max_connections: int = MAX_CONNECTIONS
    header_seconds: float = HEADER_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            transport.abort()  # full: close now, quietly, and free the descriptor
            return
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.IDLE:
            self._arm_header_timer()  # a new request started (after keep-alive): from now
        else:
            self._cancel_header_timer()  # headers complete: the body timeout is the app's

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_seconds, self._header_timeout)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.abort()


def guarded_protocol(limits: ServerLimits) -> type[GuardedH11Protocol]:
    """``GuardedH11Protocol`` with ``limits`` (the descriptor limit raised first)."""
    cap = raise_fd_limit()
    if limits.max_connections is not None:
        cap = min(cap, limits.max_connections)
    attributes = {"max_connections": cap, "header_seconds": limits.header_seconds}
    return type("GuardedH11Protocol", (GuardedH11Protocol,), attributes)


class QuietRepeats(logging.Filter):
    """Drops a record whose message template was logged less than ``QUIET_SECONDS`` ago; the
    next one to pass says how many were dropped."""

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[tuple[str, str], tuple[float, int]] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = time.monotonic()
        with self._lock:
            last, dropped = self._last.get(key, (-QUIET_SECONDS, 0))
            if now - last < QUIET_SECONDS:
                self._last[key] = (last, dropped + 1)
                return False
            self._last[key] = (now, 0)
        if dropped:
            record.msg = f"{record.msg} ({dropped} more like this in the last minute)"
        record.exc_info = None  # one line: a flood's traceback tells the operator nothing new
        record.exc_text = None
        return True


_QUIET = QuietRepeats()
_LOGGERS = ("uvicorn.error", "asyncio", "takeitdown_intake")


def quiet_logs() -> None:
    """Install ``QuietRepeats`` on the loggers a flood would fill (idempotent)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _QUIET not in logger.filters:
            logger.addFilter(_QUIET)


class Server(uvicorn.Server):
    """``uvicorn.Server`` that returns after SIGTERM/SIGINT instead of re-raising them."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        stops = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in stops}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)


def make_server(app: Any, limits: ServerLimits | None = None, **options: Any) -> Server:
    """A ``Server`` for ``app``: no access log, no server header, ``limits``.

    ``options`` go to ``uvicorn.Config`` (host, port, log_config, ...).
    """
    quiet_logs()
    settings: dict[str, Any] = {
        "http": guarded_protocol(limits or ServerLimits()),
        "loop": "asyncio",
        "ws": "none",
        "lifespan": "off",
        "access_log": False,
        "log_level": "warning",
        "server_header": False,
        "proxy_headers": False,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
        "backlog": BACKLOG,
        "timeout_graceful_shutdown": 5,
    }
    return Server(uvicorn.Config(app, **(settings | options)))


def listening_socket(host: str, port: int = 0) -> socket.socket:
    """A TCP socket bound to ``host:port`` and listening (``port`` 0: a free one)."""
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP,
    # and without it every reply waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(BACKLOG)
    return sock
