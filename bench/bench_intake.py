"""Intake service: throughput, the cost of durable commits, more processes on PostgreSQL,
the feed of long videos, the rate limiter's memory, and behaviour under hostile load.

Part 1, throughput: the real service (``takeitdown_intake.embedded``, uvicorn in a thread, a
temporary SQLite file) and the real client (``IntakeClient.submit``: pretty JSON body,
idempotency key, fixed headers). Each report holds 3 photos and a 1-minute video (60 vPDQ
frames), about what a person sends. Printed: sequential latency (one client), throughput with
4 client threads, and status look-ups, with ``synchronous=FULL`` (the service's: a receipt
only after fsync) and ``NORMAL`` (the old setting) in the same run, and their ratio. Then 1
and 4 ``takeitdown-intake serve`` processes on one PostgreSQL (the tests' throw-away server,
``fsync=off``), 8 client threads spread over them. Then the feed of long videos (10 per
report, 20,000 vPDQ frames each, about 1.8 MB of JSON an item): the largest page and the
``serve`` process's peak memory while a platform reads it all with ``limit=1000``. Then the
rate limiter: its memory for a million client addresses (IPv4 and IPv6 /64s), and how many
innocent newcomers a million clients push over a limit of 30.

Part 2, hostile load (``bench_intake_hostile``): the service in its own process on loopback,
attacked from other processes; see that module.

Client and server share this machine's cores, so the figures are a floor for a real
deployment, not a ceiling.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import secrets
import statistics
import threading
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import requests
from sqlalchemy import event

from bench import bench_intake_hostile
from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal, VpdqFrame
from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.report import PreparedReport, prepare_report
from takeitdown_intake.app import Settings
from takeitdown_intake.db import make_engine
from takeitdown_intake.embedded import LocalService, start_local_service
from takeitdown_intake.ratelimit import Limits, MemoryCounts, RateLimiter, client_key
from takeitdown_intake.store import Store
from takeitdown_protocol import IDEMPOTENCY_HEADER, MAX_VPDQ_FRAMES, Role

SEQUENTIAL = 500
THREADS = 4
PER_THREAD = 250
LOOKUPS = 500
PG_REPORTS = 400
PG_THREADS = 8
ADDRESSES = 1_000_000
VIDEO_REPORTS = 6


def _hex(n: int) -> str:
    return secrets.token_hex(n // 2)


def _report() -> PreparedReport:
    photos = [
        FileResult(
            path=f"photo{i}.jpg",
            ok=True,
            media_type=MediaType.IMAGE,
            md5=_hex(32),
            sha256=_hex(64),
            pdq=PdqSignal(_hex(64), 90),
            pdq_dihedral=tuple(_hex(64) for _ in range(8)),
            phash=_hex(16),
            dhash=_hex(16),
        )
        for i in range(3)
    ]
    video = FileResult(
        path="clip.mp4",
        ok=True,
        media_type=MediaType.VIDEO,
        md5=_hex(32),
        sha256=_hex(64),
        vpdq=tuple(VpdqFrame(i, float(i), _hex(64), 80) for i in range(60)),
    )
    return prepare_report([*photos, video], Role.SELF, attested_under_18=True)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _line(
    label: str, count: int, elapsed: float, latencies: list[float], mode: str | None = None
) -> None:
    if mode is not None:
        _MEDIANS[mode][label] = statistics.median(latencies)
    print(
        f"{label:<28} {count / elapsed:8.1f} /s   "
        f"p50 {statistics.median(latencies) * 1000:6.1f} ms   "
        f"p99 {_percentile(latencies, 0.99) * 1000:6.1f} ms   (n={count})",
        flush=True,
    )


def _timed(action: Callable[[], object], latencies: list[float]) -> None:
    start = time.perf_counter()
    action()
    latencies.append(time.perf_counter() - start)


def _synchronous(service: LocalService, mode: str) -> None:
    """Every connection of ``service`` from now on commits with ``PRAGMA synchronous=mode``
    (the listener runs after the service's own, which sets FULL)."""

    @event.listens_for(service.engine, "connect")
    def _mode(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous={mode}")

    service.engine.dispose()


def main() -> None:
    for mode in ("FULL", "NORMAL"):
        print(f"--- SQLite synchronous={mode}")
        _throughput(mode)
    for label, full in _MEDIANS["FULL"].items():
        print(f"cost of FULL over NORMAL, {label}: {full / _MEDIANS['NORMAL'][label]:.2f}x p50")
    _processes_on_postgres()
    _feed_of_long_videos()
    _limiter_memory()
    bench_intake_hostile.main()


#: p50 latency per line and mode, for the ratio.
_MEDIANS: dict[str, dict[str, float]] = {"FULL": {}, "NORMAL": {}}


def _throughput(mode: str) -> None:
    unlimited = Settings(submit_limit=10**9, lookup_limit=10**9)
    with start_local_service(settings=unlimited) as service:
        _synchronous(service, mode)
        reports = [_report() for _ in range(SEQUENTIAL + THREADS * PER_THREAD)]
        print(f"body size: {len(reports[0].body_bytes())} bytes, 4 items, 60 vPDQ frames")
        client = IntakeClient(service.url)
        client.submit(_report())  # warm-up: connections, first inserts

        latencies: list[float] = []
        receipts = []
        start = time.perf_counter()
        for prepared in reports[:SEQUENTIAL]:
            _timed(lambda p=prepared: receipts.append(client.submit(p)), latencies)  # type: ignore[misc]
        _line("submit, 1 client", SEQUENTIAL, time.perf_counter() - start, latencies, mode)

        shared: list[float] = []
        lock = threading.Lock()

        def worker(chunk: list[PreparedReport]) -> None:
            own: list[float] = []
            with IntakeClient(service.url) as mine:
                for prepared in chunk:
                    _timed(lambda p=prepared: mine.submit(p), own)  # type: ignore[misc]
            with lock:
                shared.extend(own)

        rest = reports[SEQUENTIAL:]
        threads = [
            threading.Thread(target=worker, args=(rest[i * PER_THREAD : (i + 1) * PER_THREAD],))
            for i in range(THREADS)
        ]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        _line(f"submit, {THREADS} clients", len(rest), time.perf_counter() - start, shared, mode)

        lookups: list[float] = []
        start = time.perf_counter()
        for receipt in (receipts * 2)[:LOOKUPS]:
            _timed(lambda r=receipt: client.status(r.report_id, r.secret_key), lookups)  # type: ignore[misc]
        _line("status, 1 client", LOOKUPS, time.perf_counter() - start, lookups, mode)
        print(f"reports stored: {service.store.count_reports()}")


def _processes_on_postgres() -> None:
    from tests.plugins.intake_server import ServiceProcesses  # noqa: PLC0415 (the tests' own)
    from tests.plugins.postgres import PostgresCluster  # noqa: PLC0415

    cluster = PostgresCluster.start()
    try:
        rates = {}
        for count in (1, 4):
            url = cluster.url(cluster.create_database())
            options = ["--submit-limit", str(10**9), "--feed-interval", "0"]
            with ServiceProcesses(url, count, options) as services:
                reports = [_report() for _ in range(PG_REPORTS)]
                IntakeClient(services.urls[0]).submit(_report())  # warm-up
                start = time.perf_counter()
                with ThreadPoolExecutor(PG_THREADS) as pool:
                    shares = [
                        pool.submit(_send_share, services.urls, reports[n::PG_THREADS], n)
                        for n in range(PG_THREADS)
                    ]
                    latencies = [t for share in shares for t in share.result()]
                elapsed = time.perf_counter() - start
            rates[count] = PG_REPORTS / elapsed
            label = f"PostgreSQL, {count} process{'es' if count > 1 else ''}"
            _line(label, PG_REPORTS, elapsed, latencies)
        print(f"4 processes / 1 process: {rates[4] / rates[1]:.2f}x ({PG_THREADS} client threads)")
    finally:
        cluster.stop()


def _feed_of_long_videos() -> None:
    from tests.plugins.intake_server import ServiceProcesses  # noqa: PLC0415 (the tests' own)

    with TemporaryDirectory(prefix="bench-intake-") as folder:
        url = f"sqlite:///{Path(folder) / 'intake.sqlite3'}"
        options = ["--submit-limit", str(10**9), "--feed-interval", "0"]
        with ServiceProcesses(url, 1, options) as service:
            engine = make_engine(url)
            token = Store(engine).add_platform("bench")
            engine.dispose()
            for report in range(VIDEO_REPORTS):
                videos = [
                    {"media_type": "video", "md5": _hex(32),
                     "vpdq": [{"hash": _hex(64), "quality": 80} for _ in range(MAX_VPDQ_FRAMES)]}
                    for _ in range(10)
                ]  # fmt: skip
                body = {"version": 1, "role": "self", "attested_under_18": True,
                        "key_verifier": _hex(64), "items": videos}  # fmt: skip
                reply = requests.post(
                    f"{service.urls[0]}/v1/reports",
                    data=json.dumps(body),
                    headers={"Content-Type": "application/json",
                             IDEMPOTENCY_HEADER: f"bench-long-videos-{report:04d}"},
                    timeout=120,
                )  # fmt: skip
                assert reply.status_code == 201, reply.text
            uploads = _peak_mib(service.pids[0])
        # A fresh process serves the reads, so its peak is the feed's alone.
        with ServiceProcesses(url, 1, options) as service:
            idle = _peak_mib(service.pids[0])
            cursor, pages, largest, total = "0", 0, 0, 0
            start = time.perf_counter()
            while True:
                page = requests.get(
                    f"{service.urls[0]}/v1/hashes",
                    params={"after": cursor, "limit": "1000"},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=120,
                )
                body = page.json()
                pages, largest = pages + 1, max(largest, len(page.content))
                total += len(page.content)
                cursor = body["cursor"]
                if not body["more"]:
                    break
            elapsed = time.perf_counter() - start
            peak = _peak_mib(service.pids[0])
    print(f"feed of {VIDEO_REPORTS * 10} long videos ({total / 2**20:.0f} MiB): {pages} pages, "
          f"largest {largest / 2**20:.1f} MiB, {total / 2**20 / elapsed:.0f} MiB/s; serve peak "
          f"{peak:.0f} MiB while read ({idle:.0f} MiB idle; the uploads' process "
          f"{uploads:.0f} MiB)")  # fmt: skip


def _peak_mib(pid: int) -> float:
    """A process's peak resident memory (``VmHWM``) in MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def _send_share(urls: list[str], reports: list[PreparedReport], thread: int) -> list[float]:
    """One client thread's reports, all to one of the processes."""
    own: list[float] = []
    with IntakeClient(urls[thread % len(urls)]) as client:
        for prepared in reports:
            _timed(lambda p=prepared: client.submit(p), own)  # type: ignore[misc]
    return own


def _addresses() -> list[str]:
    """A million clients: half IPv4 addresses, half IPv6 /64s."""
    base4 = int(ipaddress.IPv4Address("11.0.0.0"))
    base6 = int(ipaddress.IPv6Address("2001:db8::"))
    out = []
    for n in range(ADDRESSES // 2):
        out.append(str(ipaddress.IPv4Address(base4 + n)))
        out.append(str(ipaddress.IPv6Address(base6 + (n << 64) + 1)))
    return out


def _held(fill: Callable[[], object]) -> float:
    """MiB still allocated after ``fill()``, with what it returns kept alive."""
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    kept = fill()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    del kept
    return sum(stat.size_diff for stat in after.compare_to(before, "filename")) / 2**20


def _limiter_memory() -> None:
    addresses = _addresses()

    def old() -> object:  # the limiter before: a dict of 16-byte keyed hashes per address
        salt, table = secrets.token_bytes(32), dict[bytes, int]()
        for address in addresses:
            key = hashlib.blake2b(address.encode(), key=salt, digest_size=16).digest()
            table[key] = table.get(key, 0) + 1
        return table

    def new() -> object:
        limiter = RateLimiter(MemoryCounts(600), Limits())
        for address in addresses:
            limiter.submit(address)
        return limiter

    before, after = _held(old), _held(new)
    print(f"rate limiter, {ADDRESSES:,} addresses: {after:.1f} MiB "
          f"(a dict of hashes as before: {before:.1f} MiB, {before / after:.0f}x)")  # fmt: skip
    limiter = RateLimiter(MemoryCounts(600), Limits())
    start = time.perf_counter()
    for address in addresses:
        limiter.submit(address)
    per_request = (time.perf_counter() - start) / ADDRESSES
    newcomers = [str(ipaddress.IPv4Address(int(ipaddress.IPv4Address("12.0.0.0")) + n))
                 for n in range(10_000)]  # fmt: skip
    limited = sum(
        limiter.counts.peek("submit", client_key(address))[0] >= limiter.limits.submit
        for address in newcomers
    )
    print(f"  {per_request * 1e6:.1f} us per request; newcomers already at the limit of "
          f"{limiter.limits.submit}: {limited} of {len(newcomers):,}")  # fmt: skip
