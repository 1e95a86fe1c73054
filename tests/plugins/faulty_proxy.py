"""A proxy on loopback in front of the REAL intake service that fails when told to.

``faulty_proxy(upstream_url)`` starts one (127.0.0.1, a free port) and returns a
``FaultyProxy``: requests pass through to the real service unchanged, except that each
entry of ``proxy.faults`` (consumed one per request, in order) replaces that request's answer:

- ``"close"``: the connection is closed without an answer (the service went away);
- an ``int`` such as ``503``: that status with a JSON error body, as a struggling front end
  or service answers;
- ``None``: passed through.

``proxy.queries`` records every request's query parameters, so a test can see where a fetch
resumed. The proxy stops at the end of the test.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

Fault = str | int | None


@dataclass
class FaultyProxy:
    url: str
    upstream: str
    faults: list[Fault] = field(default_factory=list)
    queries: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_fault(self, query: dict[str, str]) -> Fault | None:
        with self.lock:
            self.queries.append(query)
            return self.faults.pop(0) if self.faults else None


def _handler(proxy: FaultyProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
            fault = proxy.next_fault(query)
            if fault == "close":
                self.close_connection = True
                self.connection.close()
                return
            if isinstance(fault, int):
                body = json.dumps(
                    {"error": {"code": "injected", "message": "Injected by the test proxy."}}
                ).encode()
                self.send_response(fault)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            answer = requests.get(
                proxy.upstream + self.path, headers=headers, timeout=30, allow_redirects=False
            )
            self.send_response(answer.status_code)
            for name, value in answer.headers.items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test reads ``proxy.queries`` instead."""

    return Handler


@pytest.fixture
def faulty_proxy() -> Iterator[Callable[[str], FaultyProxy]]:
    """Factory: ``faulty_proxy(upstream_url)`` starts a proxy in front of that service."""
    servers: list[ThreadingHTTPServer] = []

    def start(upstream: str) -> FaultyProxy:
        proxy = FaultyProxy(url="", upstream=upstream.rstrip("/"))
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(proxy))
        server.daemon_threads = True
        proxy.url = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, name="faulty-proxy", daemon=True).start()
        servers.append(server)
        return proxy

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
