"""Intake service under hostile load (part 2 of ``python -m bench intake``).

The service runs in its own process, as ``takeitdown-intake serve`` does (the same app and
server, with rate limits lifted so one legitimate client is not throttled), on a temporary
SQLite file, listening on 127.0.0.1 only. Each attack runs from other processes for
``PHASE_SECONDS`` and stops by itself, while one legitimate client (the real
``IntakeClient``) sends reports and checks their status in turn. Printed per phase: the
legitimate requests' p50/p99 and count, and the largest resident size of any service process
(the service and its body-parsing workers), sampled every 0.1 s. Targets: p99 < 100 ms,
< 300 MB.

Attacks: a slowloris of ``SLOWLORIS`` connections (headers one line a second, reconnecting
when cut off); a flood of oversized bodies (declared 30 MB, and streamed 25 MB without a
length); a flood of invalid bodies (7.5 MB, 300,000 invalid vPDQ frames, both too dense to be
a report and dense enough to be parsed).

Then: reports acknowledged (201) by a service killed with SIGKILL mid-load and missing after
its restart (target 0); proof that the database synced before each receipt (the service
under ``strace -f``: every 201 written to a socket follows an ``fdatasync``/``fsync`` of the
write-ahead log since the previous 201); the installed size of the service's own
distribution (a fresh venv with ``distributions/protocol`` and ``distributions/intake``).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal
from takeitdown_desktop.submission.client import IntakeClient, SubmissionError
from takeitdown_desktop.submission.receipt import Receipt
from takeitdown_desktop.submission.report import PreparedReport, prepare_report
from takeitdown_protocol import IDEMPOTENCY_HEADER, Role

PHASE_SECONDS = 8.0
SLOWLORIS = 500
FLOODERS = 4
#: Requests per second per flooding thread: a flood of bodies, not of requests (a request
#: flood is a matter for rate limits and the front end).
FLOOD_RATE = 25
STRACED_SUBMISSIONS = 100
ROOT = Path(__file__).resolve().parent.parent

#: The service as ``serve`` runs it, without rate limits (argv: database URL, port).
_SERVICE = """
import sys
from takeitdown_intake.app import Settings, create_app
from takeitdown_intake.db import make_engine, migrate
from takeitdown_intake.server import make_server
from takeitdown_intake.store import Store
engine = make_engine(sys.argv[1])
migrate(engine)
app = create_app(Store(engine), Settings(submit_limit=10**9, lookup_limit=10**9))
try:
    make_server(app, host="127.0.0.1", port=int(sys.argv[2])).run()
finally:
    app.state.workers.close()
    engine.dispose()
"""


def _start(db_url: str, prefix: tuple[str, ...]) -> tuple[subprocess.Popen[bytes], str]:
    """The service started and ready. A free port can be taken before the service binds it
    (by a flood's own connections): then again, on another."""
    from tests.submission.loopback import free_port  # noqa: PLC0415 (the tests' own)

    for _ in range(5):
        port = free_port()
        process = subprocess.Popen(
            [*prefix, sys.executable, "-c", _SERVICE, db_url, str(port)], cwd=ROOT
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                    return process, url
            except requests.ConnectionError:
                time.sleep(0.05)
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    raise RuntimeError("the service did not start")


@contextmanager
def _service(db_url: str, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, int]]:
    """The service on a free port: its URL and process id (under ``prefix``, e.g. strace,
    the id is the service's, not the tracer's). Stopped with SIGTERM at the end."""
    process, url = _start(db_url, prefix)
    pid = process.pid
    try:
        if prefix:
            pid = int(Path(f"/proc/{pid}/task/{pid}/children").read_text().split()[0])
        yield url, pid
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def _report() -> PreparedReport:
    photos = [
        FileResult(
            path=f"p{i}.jpg",
            ok=True,
            media_type=MediaType.IMAGE,
            md5=secrets.token_hex(16),
            pdq=PdqSignal(secrets.token_hex(32), 90),
        )
        for i in range(3)
    ]
    return prepare_report(photos, Role.SELF, attested_under_18=True)


# Attacks (each in its own process; each stops when ``stop`` is set) --------------------------


def _address(url: str) -> tuple[str, int]:
    host, port = url.removeprefix("http://").split(":")
    return host, int(port)


def _slowloris(url: str, stop: Any) -> None:
    os.nice(19)
    address = _address(url)
    held: list[socket.socket | None] = [None] * SLOWLORIS
    while not stop.is_set():
        for index, current in enumerate(held):
            sock = current
            try:
                if sock is None:
                    sock = socket.create_connection(address, timeout=2)
                    sock.sendall(b"POST /v1/reports HTTP/1.1\r\nHost: x\r\n")
                    held[index] = sock
                else:
                    sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                if sock is not None:
                    sock.close()
                held[index] = None
        stop.wait(1.0)
    for sock in held:
        if sock is not None:
            sock.close()


def _post_raw(address: tuple[str, int], head: bytes, body: Callable[[socket.socket], None]) -> None:
    try:
        with socket.create_connection(address, timeout=30) as sock:
            sock.sendall(head)
            body(sock)
            sock.recv(4096)
    except OSError:
        pass  # refused and cut off mid-send: what the service should do


def _head(extra: bytes) -> bytes:
    return (
        b"POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"{IDEMPOTENCY_HEADER}: {secrets.token_hex(10)}\r\n".encode()
        + extra
        + b"\r\n"
    )


def _oversized(url: str, stop: Any) -> None:
    address = _address(url)
    chunk = b" " * (1024 * 1024)
    ends = b"0\r\n\r\n"

    def stream(sock: socket.socket) -> None:
        for _ in range(25):
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        sock.sendall(ends)

    def flood() -> None:
        while not stop.is_set():
            _post_raw(address, _head(b"Content-Length: 31457280\r\n"), lambda _sock: None)
            _post_raw(address, _head(b"Transfer-Encoding: chunked\r\n"), stream)
            stop.wait(2 / FLOOD_RATE)

    _threads(flood)


def _frames(frame: bytes) -> bytes:
    head = (
        b'{"version":1,"role":"self","attested_under_18":true,"key_verifier":"'
        + b"0" * 64
        + b'","items":[{"media_type":"video","vpdq":['
    )
    return head + b",".join([frame] * 300_000) + b"]}]}"


def _invalid(url: str, stop: Any) -> None:
    address = _address(url)
    bodies = [
        _frames(b'{"i":1,"pdq":"zzzzzzz"}'),  # 7.5 MB, too dense to be a report
        _frames(b'{"i":"xxxxxxxxxxxx","pdq":"zzzzzzzzzzzzzz"}'),  # parsed in a worker
    ]

    def flood() -> None:
        while not stop.is_set():
            for body in bodies:
                head = _head(f"Content-Length: {len(body)}\r\n".encode())
                _post_raw(address, head, lambda sock, b=body: sock.sendall(b))  # type: ignore[misc]
                stop.wait(1 / FLOOD_RATE)

    _threads(flood)


def _threads(target: Callable[[], None]) -> None:
    """``target`` in FLOODERS threads. The attacking process yields the CPU to everything
    else: on loopback, the attacker's sending is this machine's work, on a network it is not."""
    os.nice(19)
    threads = [threading.Thread(target=target) for _ in range(FLOODERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# Measuring ------------------------------------------------------------------------------


def _family(pid: int) -> list[int]:
    """``pid`` and its descendants (the body-parsing workers and their fork server)."""
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            out += _family(int(child))
    return out


def _rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


#: p99 (ms) per request kind in the phase without attack, for the ratios.
_BASELINE_P99: dict[str, float] = {}


def _phase(url: str, pid: int, label: str, attack: Callable[[str, Any], None] | None) -> bool:
    """Legitimate traffic for PHASE_SECONDS while ``attack`` runs; print and judge it."""
    stop = multiprocessing.get_context("spawn").Event()
    attacker = None
    if attack is not None:
        attacker = multiprocessing.get_context("spawn").Process(target=attack, args=(url, stop))
        attacker.start()
        time.sleep(1.5)  # let it build up
    peak = [0.0]
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            peak[0] = max([peak[0], *(_rss_mb(p) for p in _family(pid))])
            sampling.wait(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    submits: list[float] = []
    lookups: list[float] = []
    failures = 0
    deadline = time.monotonic() + PHASE_SECONDS
    with IntakeClient(url) as client:
        while time.monotonic() < deadline:
            prepared = _report()
            try:
                started = time.perf_counter()
                receipt = client.submit(prepared)
                submits.append(time.perf_counter() - started)
                started = time.perf_counter()
                client.status(receipt.report_id, receipt.secret_key)
                lookups.append(time.perf_counter() - started)
            except SubmissionError:  # a failed legitimate request is the figure
                failures += 1
    stop.set()
    if attacker is not None:
        attacker.join(timeout=60)
        if attacker.is_alive():
            attacker.kill()
    sampling.set()
    sampler.join()
    ok = failures == 0 and peak[0] < 300
    for name, values in (("submit", submits), ("status", lookups)):
        p99 = _percentile(values, 0.99) * 1000 if values else float("inf")
        ok = ok and p99 < 100
        baseline = _BASELINE_P99.setdefault(name, p99)  # the first phase has no attack
        print(
            f"{label:<22} {name:<7} p50 {statistics.median(values) * 1000 if values else 0:6.1f} ms"
            f"   p99 {p99:6.1f} ms ({p99 / baseline:4.2f}x no attack)   (n={len(values)})",
            flush=True,
        )
    print(f"{label:<22} failed  {failures}   largest process {peak[0]:.0f} MB", flush=True)
    return ok


def _hostile(db_url: str) -> bool:
    ok = True
    with _service(db_url) as (url, pid):
        for label, attack in (
            ("no attack", None),
            (f"slowloris x{SLOWLORIS}", _slowloris),
            ("oversized flood", _oversized),
            ("invalid flood", _invalid),
        ):
            ok = _phase(url, pid, label, attack) and ok
    return ok


def _kill_9(db_url: str) -> int:
    """Reports acknowledged before a SIGKILL and missing after the restart."""
    acknowledged: list[Receipt] = []
    lock = threading.Lock()
    with _service(db_url) as (url, pid):
        stop = threading.Event()

        def send() -> None:
            with IntakeClient(url) as client:
                while not stop.is_set():
                    try:
                        receipt = client.submit(_report())
                    except SubmissionError:  # the kill cuts requests off
                        return
                    with lock:
                        acknowledged.append(receipt)

        senders = [threading.Thread(target=send) for _ in range(4)]
        for sender in senders:
            sender.start()
        time.sleep(3)
        os.kill(pid, signal.SIGKILL)
        stop.set()
        for sender in senders:
            sender.join()
    with _service(db_url) as (url, _pid), IntakeClient(url) as client:
        lost = 0
        for receipt in acknowledged:
            try:
                client.status(receipt.report_id, receipt.secret_key)
            except SubmissionError:  # 404: lost
                lost += 1
    print(f"kill -9 mid-load: {len(acknowledged)} acknowledged, {lost} lost", flush=True)
    return lost


_SYSCALL = re.compile(r"^(\d+)\s+(?:<\.\.\. )?(\w+)\(?(\d+)?(?:<([^>]*)>)?")


def _synced_before_each_receipt(directory: Path) -> bool:
    """Run the service under strace; every 201 must follow a sync of the WAL since the last."""
    subprocess.run([str(ROOT / "scripts" / "ensure-apt-packages"), "strace"], check=False)
    trace = directory / "strace.txt"
    db_url = f"sqlite:///{directory / 'traced.sqlite3'}"
    prefix = (
        "strace",
        "-f",
        "-qq",
        "-y",
        "-s",
        "16",
        "-e",
        "trace=fsync,fdatasync,sendto,write,writev",
        "-o",
        str(trace),
    )
    with _service(db_url, prefix) as (url, _pid), IntakeClient(url) as client:
        for _ in range(STRACED_SUBMISSIONS):
            client.submit(_report())
    receipts = syncs_since = unsynced = wal_syncs = 0
    for line in trace.read_text(errors="replace").splitlines():
        if re.search(r"\b(fsync|fdatasync)\(\d+<[^>]*-wal>", line):
            syncs_since += 1
            wal_syncs += 1
        elif re.search(r"\b(sendto|write|writev)\(\d+<(TCP|socket)[^>]*>.*HTTP/1.1 201", line):
            receipts += 1
            unsynced += syncs_since == 0
            syncs_since = 0
    print(
        f"strace: {receipts} receipts (201), {wal_syncs} syncs of the WAL, "
        f"{unsynced} receipts without a sync before them",
        flush=True,
    )
    return receipts == STRACED_SUBMISSIONS and unsynced == 0


def _installed_size(directory: Path) -> None:
    """The service's own distribution in a fresh venv: its size, and no desktop libraries."""
    venv = directory / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
         str(ROOT / "distributions" / "protocol"), str(ROOT / "distributions" / "intake")],
        check=True,
    )  # fmt: skip
    site = next(venv.glob("lib/python*/site-packages"))
    total = subprocess.run(["du", "-sk", str(venv)], capture_output=True, text=True, check=True)
    packages = subprocess.run(["du", "-sk", str(site)], capture_output=True, text=True, check=True)
    names = {p.name.lower() for p in site.iterdir()}
    desktop = sorted(n for n in names if n.startswith(("pyside6", "av", "pillow_heif", "pil")))
    print(
        f"installed (protocol + intake, fresh venv): {int(total.stdout.split()[0]) / 1024:.0f} MB "
        f"venv, {int(packages.stdout.split()[0]) / 1024:.0f} MB site-packages; "
        f"desktop libraries: {', '.join(desktop) or 'none'}",
        flush=True,
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as name:
        directory = Path(name)
        load = os.getloadavg()[0]
        print(f"--- hostile load ({PHASE_SECONDS:.0f} s per phase, loopback, load {load:.1f})")
        held = _hostile(f"sqlite:///{directory / 'hostile.sqlite3'}")
        print(f"hostile load: {'held' if held else 'NOT held'} (p99 < 100 ms, < 300 MB, 0 failed)")
        _kill_9(f"sqlite:///{directory / 'killed.sqlite3'}")
        synced = _synced_before_each_receipt(directory)
        print(f"durable receipts: {'proved' if synced else 'NOT proved'}")
        _installed_size(directory)


if __name__ == "__main__":
    main()
