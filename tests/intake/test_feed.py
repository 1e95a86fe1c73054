"""The feed as platforms read it and as privacy needs it: batches that mix reports in a
random order, pages bounded in bytes, and cursors that belong to one feed only."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import requests

import takeitdown_protocol as protocol
from takeitdown_intake.app import Settings
from tests.plugins.intake_server import IntakeServer, both_backends

UNLIMITED = {"submit_limit": 10**6, "lookup_limit": 10**6}


def _report(server: IntakeServer, number: int, items: list[dict[str, Any]]) -> None:
    body = {
        "version": 1,
        "role": "self",
        "attested_under_18": True,
        "key_verifier": f"{number:064x}",
        "items": items,
    }
    reply = requests.post(
        f"{server.url}/v1/reports",
        data=json.dumps(body),
        headers={
            "Content-Type": "application/json",
            protocol.IDEMPOTENCY_HEADER: f"feed-{number:012d}",
        },
        timeout=30,
    )
    assert reply.status_code == 201, reply.text


def _photo(report: int, item: int) -> dict[str, Any]:
    return {"media_type": "image", "md5": f"{report:016x}{item:016x}"}


def _video(report: int, frames: int) -> dict[str, Any]:
    return {
        "media_type": "video",
        "md5": f"{report:032x}",
        "vpdq": [{"hash": f"{report:032x}{n:032x}", "quality": 50} for n in range(frames)],
    }


def _read_all(server: IntakeServer, token: str, **params: str) -> list[requests.Response]:
    pages, cursor = [], "0"
    while True:
        page = server.fetch_hashes(token, after=cursor, **params)
        assert page.status_code == 200, page.text
        pages.append(page)
        body = page.json() if params.get("fmt", "json") == "json" else None
        cursor = body["cursor"] if body is not None else page.headers["X-Cursor"]
        more = body["more"] if body is not None else page.headers["X-More"] == "true"
        if not more:
            return pages


@both_backends
def test_neighbours_in_the_feed_do_not_group_reports(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    """60 reports of 4 photos arrive within one interval. In arrival order 180 of the 239
    neighbouring pairs would be one report's; shuffled, about 239 * 3/239 = 3 are."""
    server = make_intake_server(Settings(feed_interval=3600, **UNLIMITED))
    token = server.add_platform()
    reports, per_report = 60, 4
    for report in range(reports):
        _report(server, report, [_photo(report, item) for item in range(per_report)])
    changes = [c for page in _read_all(server, token) for c in page.json()["changes"]]
    owners = [int(change["md5"][:16], 16) for change in changes]
    assert sorted(owners) == sorted(list(range(reports)) * per_report)  # every item, once
    same = sum(a == b for a, b in itertools.pairwise(owners))
    # Poisson(3): 15 or more happens about once in 10**6 runs; grouped order gives 180.
    assert same < 15, same
    # Nor is a report's own order kept: items of one report come in any order.
    in_sent_order = sum(
        [int(c["md5"][16:], 16) for c in changes if int(c["md5"][:16], 16) == r]
        == list(range(per_report))
        for r in range(reports)
    )
    assert in_sent_order < 15  # 1 in 24 by chance: about 2.5 of 60
    # Until the next interval, what arrives waits: no batch of one report.
    _report(server, reports, [_photo(reports, 0)])
    cursor = changes[-1]["cursor"]
    assert server.fetch_hashes(token, after=cursor).json()["changes"] == []


@both_backends
def test_the_release_waits_for_the_next_interval(intake_server: IntakeServer) -> None:
    store, now = intake_server.store, [1_000_000.0]
    token = intake_server.add_platform()
    _report(intake_server, 1, [_photo(1, 0)])
    store.release(600, clock=lambda: now[0])  # the first batch goes at once
    first = intake_server.fetch_hashes(token).json()
    assert len(first["changes"]) == 1
    _report(intake_server, 2, [_photo(2, 0), _photo(2, 1)])
    now[0] += 150  # the same 10-minute interval (1_000_000 s is 400 s into one)
    store.release(600, clock=lambda: now[0])
    assert len(store_changes(intake_server, first["cursor"])) == 0
    now[0] += 600
    store.release(600, clock=lambda: now[0])
    assert len(store_changes(intake_server, first["cursor"])) == 2


def store_changes(server: IntakeServer, cursor: str) -> list[Any]:
    return list(server.store.changes_after(cursor))


@both_backends
def test_pages_are_bounded_in_bytes(make_intake_server: Callable[..., IntakeServer]) -> None:
    limit = 40_000
    server = make_intake_server(Settings(max_page_bytes=limit, **UNLIMITED))
    token = server.add_platform()
    for report in range(12):  # videos of 300 frames: about 24 kB of JSON each
        _report(server, report, [_video(report, 300), _photo(report, 0)])
    for fmt in ("json", "csv"):
        pages = _read_all(server, token, fmt=fmt, limit="10000")
        assert len(pages) > 5
        for page in pages:
            rows = (
                page.json()["changes"]
                if fmt == "json"
                else {line.split(",")[0] for line in page.text.splitlines()[1:]}
            )
            assert len(page.content) <= limit or len(rows) == 1
        if fmt == "json":
            changes = [c for page in pages for c in page.json()["changes"]]
            assert len(changes) == len({c["id"] for c in changes}) == 24
            assert sum(len(c.get("vpdq", ())) for c in changes) == 12 * 300


@both_backends
def test_cursors_from_elsewhere_are_refused(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    server, other = make_intake_server(), make_intake_server()
    token, other_token = server.add_platform(), other.add_platform()
    for number in range(3):
        _report(server, number, [_photo(number, 0)])
        _report(other, number, [_photo(number, 0)])
    cursor = server.fetch_hashes(token).json()["cursor"]
    position, tag = cursor.split(".")
    assert other.fetch_hashes(other_token).status_code == 200
    for refused, at in [
        (cursor, other),  # another feed, at a position it has too
        (f"{int(position) + 1}.{tag}", server),  # past the head
        (position, server),  # a bare number, from before cursors had tags
    ]:
        reply = at.fetch_hashes(other_token if at is other else token, after=refused)
        assert reply.status_code == 409, reply.text
        error = reply.json()["error"]
        assert error["code"] == "cursor_not_in_feed"
        assert "fetch the whole list again" in error["message"]
    assert server.fetch_hashes(token, after=cursor).json()["changes"] == []
