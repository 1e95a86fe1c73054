"""Small real HTTP servers on 127.0.0.1 that tests control: flaky, slow, TLS, capturing."""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Seen:
    """What a loopback server received (method, path, headers, body) per request."""

    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)


Reply = tuple[int, dict[str, str], bytes]
Handler = Callable[[str, str, dict[str, str], bytes, int], Reply]


@contextmanager
def serve(handler: Handler, tls: ssl.SSLContext | None = None) -> Iterator[tuple[str, Seen]]:
    """Serve ``handler(method, path, headers, body, n) -> (status, headers, body)``."""
    seen = Seen()
    lock = threading.Lock()

    class Handle(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k: v for k, v in self.headers.items()}
            with lock:
                seen.requests.append((self.command, self.path, headers, body))
                number = len(seen.requests)
            status, reply_headers, reply = handler(self.command, self.path, headers, body, number)
            try:
                self.send_response(status)
                for name, value in reply_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_DELETE = do_CONNECT = _any  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handle)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if tls is not None else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def forward(target: str) -> Callable[[str, str, dict[str, str], bytes], Reply]:
    """Pass a request on to ``target`` (the real intake service) and return its reply."""

    def send(method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        keep = {k: v for k, v in headers.items() if k.lower() not in ("host", "connection")}
        request = urllib.request.Request(
            target + path, data=body or None, headers=keep, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, {"Content-Type": "application/json"}, response.read()
        except urllib.error.HTTPError as error:
            return error.code, {"Content-Type": "application/json"}, error.read()

    return send


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no authority signed (``openssl`` CLI)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def socks5_stub() -> tuple[int, list[bytes], Callable[[], None]]:
    """A SOCKS5 server that records each CONNECT request and refuses it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    requests: list[bytes] = []
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(5)
                greeting = conn.recv(2)
                conn.recv(greeting[1])
                conn.sendall(b"\x05\x00")  # no authentication
                requests.append(conn.recv(512))
                conn.sendall(b"\x05\x01\x00\x01\x00\x00\x00\x00\x00\x00")  # general failure

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def close() -> None:
        stop.set()
        thread.join(5)
        listener.close()

    return listener.getsockname()[1], requests, close


def slow(seconds: float, reply: Reply) -> Handler:
    def handler(method: str, path: str, headers: dict[str, str], body: bytes, n: int) -> Reply:
        time.sleep(seconds)
        return reply

    return handler
