"""Bench: fetching the list through the python-threatexchange exchange vs plain HTTP.

The intake service runs as its own process (``takeitdown-intake serve``, loopback) over a list
of 50,000 items (90% photos with their dihedral hashes and variants when the protocol has
them, 10% videos with vPDQ frames), first on SQLite, then on a throw-away PostgreSQL server.
In one run, interleaved, best of ``REPEATS``:

- plain HTTP: ``requests`` pages through ``GET /v1/hashes`` and parses each page's JSON;
- the extension: ``TakeItDownSignalExchangeAPI.fetch_iter`` over the same pages, each delta
  merged into the in-memory store as pytx's CLI merges it.

It prints items/s for both, their ratio (target <= 1.5x), and the service's peak memory
(VmHWM) over the whole run. Bounded, loopback only, and it stops by itself.
"""

from __future__ import annotations

import random
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import requests

from takeitdown_intake.bodies import ValidReport
from takeitdown_intake.db import make_engine, migrate
from takeitdown_intake.store import Store

ITEMS = 50_000
PER_REPORT = 1000
PAGE = 1000
REPEATS = 3
VIDEO_SHARE = 0.1
VARIANTS = 90
FRAMES = 60


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _item(rng: random.Random) -> dict[str, Any]:
    if rng.random() < VIDEO_SHARE:
        return {
            "media_type": "video",
            "md5": _hex(rng, 32),
            "sha256": _hex(rng, 64),
            "vpdq": [{"hash": _hex(rng, 64), "quality": 90} for _ in range(FRAMES)],
        }
    item: dict[str, Any] = {
        "media_type": "image",
        "md5": _hex(rng, 32),
        "sha256": _hex(rng, 64),
        "pdq": {"hash": _hex(rng, 64), "quality": 100},
        "pdq_dihedral": [_hex(rng, 64) for _ in range(8)],
        "phash": _hex(rng, 16),
        "dhash": _hex(rng, 16),
    }
    item["pdq_variants"] = [
        {"hash": _hex(rng, 64), "quality": rng.randint(50, 100)} for _ in range(VARIANTS)
    ]
    return item


def _fill(store: Store) -> None:
    """50,000 items in reports of 1000 (the service keeps the variants if it knows them)."""
    rng = random.Random(12)
    for _ in range(ITEMS // PER_REPORT):
        body = {
            "version": 1,
            "role": "self",
            "attested_under_18": True,
            "key_verifier": secrets.token_hex(32),
            "items": [_item(rng) for _ in range(PER_REPORT)],
        }
        store.create_report(ValidReport.from_body(body), secrets.token_urlsafe(24))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@contextmanager
def _service(db_url: str) -> Iterator[tuple[str, Callable[[], int]]]:
    """``takeitdown-intake serve`` as its own process; yields (url, peak RSS in bytes)."""
    port = _free_port()
    command = [str(Path(sys.executable).with_name("takeitdown-intake")), "serve",
               "--db", db_url, "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{url}/v1/openapi.json", timeout=1)
                break
            except requests.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the service did not start") from None
                time.sleep(0.1)

        def peak() -> int:
            for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
            return 0

        yield url, peak
    finally:
        process.terminate()
        process.wait(timeout=30)


def _plain(url: str, token: str) -> int:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    cursor, count = "0", 0
    while True:
        page = session.get(
            f"{url}/v1/hashes", params={"after": cursor, "limit": str(PAGE)}, timeout=120
        ).json()
        count += len(page["changes"])
        cursor = page["cursor"]
        if not page["more"]:
            return count


def _extension(url: str, token: str) -> int:
    from takeitdown_platform.exchange import (  # noqa: PLC0415 (the platform extra)
        ListItem,
        TakeItDownCollabConfig,
        TakeItDownCredentials,
        TakeItDownSignalExchangeAPI,
    )

    collab = TakeItDownCollabConfig(name="bench", url=url, page_size=PAGE)
    api = TakeItDownSignalExchangeAPI.for_collab(collab, TakeItDownCredentials(token))
    store: dict[str, ListItem] = {}
    for delta in api.fetch_iter([], None):
        api.naive_fetch_merge(store, delta.updates)
    return len(store)


def _run(backend: str, db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    store = Store(engine)
    start = time.perf_counter()
    _fill(store)
    token = store.add_platform("bench")
    engine.dispose()
    with _service(db_url) as (url, peak):
        first = requests.get(f"{url}/v1/hashes", params={"limit": "100"},
                             headers={"Authorization": f"Bearer {token}"}, timeout=60)  # fmt: skip
        photos = [c for c in first.json()["changes"] if c.get("media_type") == "image"]
        per_photo = sum(1 + len(c.get("pdq_dihedral", ())) + len(c.get("pdq_variants", ()))
                        for c in photos) / max(1, len(photos))  # fmt: skip
        print(f"{backend}: {ITEMS} items stored in {time.perf_counter() - start:.0f} s, "
              f"{per_photo:.0f} PDQ hashes a photo as served, "
              f"{len(first.content) / len(first.json()['changes']) / 1024:.1f} KiB an item",
              flush=True)  # fmt: skip
        best = {"plain HTTP": float("inf"), "extension": float("inf")}
        for _ in range(REPEATS):
            for name, fetch in (("plain HTTP", _plain), ("extension", _extension)):
                began = time.perf_counter()
                count = fetch(url, token)
                best[name] = min(best[name], time.perf_counter() - began)
                assert count == ITEMS, (name, count)
        for name, seconds in best.items():
            print(f"  {name:<11} {seconds:6.2f} s  {ITEMS / seconds:8.0f} items/s")
        print(f"  ratio {best['extension'] / best['plain HTTP']:.2f}x (target <= 1.5x); "
              f"service peak memory {peak() / 2**20:.0f} MiB", flush=True)  # fmt: skip


def main() -> None:
    with TemporaryDirectory(prefix="bench-exchange-") as folder:
        _run("SQLite", f"sqlite:///{Path(folder) / 'intake.sqlite3'}")
    from tests.plugins.postgres import PostgresCluster  # noqa: PLC0415 (the tests' server)

    cluster = PostgresCluster.start()
    try:
        _run("PostgreSQL", cluster.url(cluster.create_database()))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
