"""Four ``takeitdown-intake serve`` processes on one real PostgreSQL database, the client
spread over them: one rate limit for all of them, one report per idempotency key, and a
platform that reads page by page from any of them sees every item exactly once."""

from __future__ import annotations

import itertools
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests

import takeitdown_protocol as protocol
from takeitdown_intake.db import make_engine
from takeitdown_intake.store import Store
from tests.intake.test_api import WINDOW
from tests.plugins.intake_server import IntakeDatabase, ServiceProcesses

PROCESSES = 4
SUBMIT_LIMIT = 40


def _body(report: int, items: int) -> dict[str, Any]:
    return {
        "version": 1,
        "role": "self",
        "attested_under_18": True,
        "key_verifier": "0" * 64,
        "items": [
            {"media_type": "image", "md5": f"{report:016x}{item:016x}"} for item in range(items)
        ],
    }


def _send(url: str, body: dict[str, Any], key: str) -> requests.Response:
    return requests.post(
        f"{url}/v1/reports",
        data=json.dumps(body),
        headers={"Content-Type": "application/json", protocol.IDEMPOTENCY_HEADER: key},
        timeout=30,
    )


@pytest.mark.parametrize("intake_backend", ["postgresql"])
def test_four_processes_share_limits_replays_and_the_feed(
    intake_database: IntakeDatabase,
) -> None:
    options = ["--submit-limit", str(SUBMIT_LIMIT), "--rate-window", str(WINDOW)]
    options += ["--feed-interval", "0"]
    with ServiceProcesses(intake_database.url, PROCESSES, options) as services:
        urls = services.urls
        engine = make_engine(intake_database.url)
        token = Store(engine).add_platform("platform")
        engine.dispose()
        spread = itertools.cycle(urls)

        # The same report sent twice to each process at once: stored once.
        start = threading.Barrier(2 * PROCESSES)

        def replay(url: str) -> tuple[int, str]:
            start.wait()
            reply = _send(url, _body(10**6, 1), "one-key-sent-to-every-process")
            return reply.status_code, reply.json()["report_id"]

        with ThreadPoolExecutor(2 * PROCESSES) as pool:
            replies = list(pool.map(replay, urls * 2))
        assert sorted(status for status, _ in replies) == [200] * (2 * PROCESSES - 1) + [201]
        assert len({report_id for _, report_id in replies}) == 1

        # Reports arrive through every process while a platform pages through all of them.
        reports = 24
        sent: dict[int, dict[str, Any]] = {}
        lock = threading.Lock()

        def submit(report: int) -> None:
            reply = _send(
                urls[report % PROCESSES], _body(report, 1 + report % 3), f"r-{report:020d}"
            )
            assert reply.status_code == 201, reply.text
            with lock:
                sent[report] = reply.json()

        seen: list[dict[str, Any]] = []
        cursor = "0"
        with ThreadPoolExecutor(PROCESSES) as pool:
            futures = [pool.submit(submit, report) for report in range(reports)]
            while True:
                finished = all(future.done() for future in futures)
                page = requests.get(
                    f"{next(spread)}/v1/hashes",
                    params={"after": cursor, "limit": "5"},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=30,
                ).json()
                seen += page["changes"]
                cursor = page["cursor"]
                if finished and not page["more"]:
                    break
            for future in futures:
                future.result()
        adds = [change for change in seen if change["action"] == "add"]
        expected = 1 + sum(1 + report % 3 for report in range(reports))
        assert len(adds) == len({change["id"] for change in adds}) == expected  # each once
        md5s = {change["md5"] for change in adds}
        assert md5s == {
            f"{report:016x}{item:016x}"
            for report in [*range(reports), 10**6]
            for item in range(1 + report % 3 if report < reports else 1)
        }

        # The rate limit is one for all processes: 40 per client in all, not 40 each.
        used = 2 * PROCESSES + reports
        more = [_send(next(spread), _body(2 * 10**6 + n, 1), f"limit-{n:020d}") for n in range(20)]
        statuses = [reply.status_code for reply in more]
        assert statuses.count(201) == SUBMIT_LIMIT - used
        assert statuses.count(429) == 20 - (SUBMIT_LIMIT - used)
