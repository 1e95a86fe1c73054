"""Intake service: throughput, the cost of durable commits, and behaviour under hostile load.

Part 1, throughput: the real service (``takeitdown_intake.embedded``, uvicorn in a thread, a
temporary SQLite file) and the real client (``IntakeClient.submit``: pretty JSON body,
idempotency key, fixed headers). Each report holds 3 photos and a 1-minute video (60 vPDQ
frames), about what a person sends. Printed: sequential latency (one client), throughput with
4 client threads, and status look-ups, with ``synchronous=FULL`` (the service's: a receipt
only after fsync) and ``NORMAL`` (the old setting) in the same run, and their ratio.

Part 2, hostile load (``bench_intake_hostile``): the service in its own process on loopback,
attacked from other processes; see that module.

Client and server share this machine's cores, so the figures are a floor for a real
deployment, not a ceiling.
"""

from __future__ import annotations

import secrets
import statistics
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from bench import bench_intake_hostile
from takeitdown_desktop.hashing.results import FileResult, MediaType, PdqSignal, VpdqFrame
from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.report import PreparedReport, prepare_report
from takeitdown_intake.app import Settings
from takeitdown_intake.embedded import LocalService, start_local_service
from takeitdown_protocol import Role

SEQUENTIAL = 500
THREADS = 4
PER_THREAD = 250
LOOKUPS = 500


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


def _line(label: str, count: int, elapsed: float, latencies: list[float], mode: str) -> None:
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


if __name__ == "__main__":
    main()
