"""Rate limits over real HTTP: who counts as a client, what a right key is spared, how
platform-token guessing is limited, and what the shared (PostgreSQL) counts keep.

Different clients are played through the one trusted-proxy path a deployment has: the
service trusts 127.0.0.1 (where the test stands as the proxy) and reads the client from
``X-Forwarded-For`` or ``Forwarded``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

import requests
from sqlalchemy import select

from takeitdown_desktop.submission.client import IntakeClient
from takeitdown_desktop.submission.report import prepare_report
from takeitdown_intake.app import Settings
from takeitdown_intake.ratelimit import (
    DEPTH,
    Limits,
    MemoryCounts,
    RateLimiter,
    SharedCounts,
    client_address,
    client_key,
    parse_networks,
)
from takeitdown_intake.tables import rate_counts, rate_salts
from takeitdown_protocol import Role
from tests.intake.test_api import PHOTO, WINDOW, _post, _valid_body
from tests.plugins.intake_server import IntakeServer, both_backends

LOOPBACK = parse_networks(["127.0.0.1"])


def _statuses(replies: list[requests.Response]) -> list[int]:
    return [reply.status_code for reply in replies]


@both_backends
def test_proxy_headers_are_ignored_unless_the_proxy_is_named(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    """By default nobody is trusted, not even loopback: a client rotating X-Forwarded-For
    (or Forwarded) stays in its own bucket."""
    server = make_intake_server(Settings(rate_window=WINDOW, submit_limit=2))
    replies = [
        _post(
            server,
            _valid_body(),
            key=f"rotating-header-{n:04d}",
            headers={"X-Forwarded-For": f"198.51.100.{n}", "Forwarded": f"for=192.0.2.{n}"},
        )
        for n in range(5)
    ]
    assert _statuses(replies) == [201, 201, 429, 429, 429]


@both_backends
def test_a_named_proxy_is_believed(make_intake_server: Callable[..., IntakeServer]) -> None:
    settings = Settings(rate_window=WINDOW, submit_limit=1, trusted_proxies=LOOPBACK)
    server = make_intake_server(settings)
    first = [
        _post(server, _valid_body(), key=f"behind-proxy-{n:04d}",
              headers={"X-Forwarded-For": f"203.0.113.7, 198.51.100.{n}"})
        for n in range(3)
    ]  # fmt: skip
    # Each is another client (the proxy's own entry is the last one), once each.
    assert _statuses(first) == [201, 201, 201]
    again = _post(
        server, _valid_body(), key="behind-proxy-again",
        headers={"X-Forwarded-For": "198.51.100.0"},
    )  # fmt: skip
    assert again.status_code == 429


def test_client_address_reads_the_chain_from_the_right() -> None:
    trusted = parse_networks(["10.0.0.0/8", "127.0.0.1"])

    def headers(**values: list[str]) -> Callable[[str], list[str]]:
        return lambda name: values.get(name.replace("-", "_"), [])

    xff = headers(x_forwarded_for=["6.6.6.6, 203.0.113.5, 10.1.2.3"])
    assert client_address("127.0.0.1", xff, trusted) == "203.0.113.5"
    assert client_address("198.51.100.1", xff, trusted) == "198.51.100.1"  # not a proxy
    assert client_address("127.0.0.1", xff, ()) == "127.0.0.1"  # nobody trusted
    forwarded = headers(forwarded=['for="[2001:db8::1]:4711";proto=https, for=10.0.0.9'])
    assert client_address("127.0.0.1", forwarded, trusted, "forwarded") == "2001:db8::1"
    junk = headers(x_forwarded_for=["203.0.113.5, unknown"])
    assert client_address("127.0.0.1", junk, trusted) == "127.0.0.1"
    assert client_address("::ffff:127.0.0.1", xff, trusted) == "203.0.113.5"


def test_ipv6_counts_per_64_and_ipv4_per_address() -> None:
    limiter = RateLimiter(MemoryCounts(WINDOW), Limits(submit=2, window=WINDOW))
    assert limiter.submit("2001:db8:1:2::1") is None
    assert limiter.submit("2001:db8:1:2:ffff:ffff:ffff:ffff") is None
    assert limiter.submit("2001:db8:1:2:1234::99") is not None  # the same /64
    assert limiter.submit("2001:db8:1:3::1") is None  # the next /64
    assert client_key("192.0.2.1") != client_key("192.0.2.2")
    assert client_key("::ffff:192.0.2.1") == client_key("192.0.2.1")


@both_backends
def test_the_right_key_is_never_blocked_by_other_peoples_traffic(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    """Everyone behind one address (no proxy named): a flood of guesses from it does not stop
    the person who holds the key from checking or withdrawing their report."""
    server = make_intake_server(Settings(rate_window=WINDOW, guess_limit=3, lookup_limit=5))
    client = IntakeClient(server.url)
    receipt = client.submit(prepare_report([PHOTO], Role.SELF, attested_under_18=True))
    url = f"{server.url}/v1/reports/{receipt.report_id}"
    guesses = [
        requests.get(url, headers={"Authorization": f"Key {n:064x}"}, timeout=10) for n in range(10)
    ]
    assert _statuses(guesses) == [404] * 3 + [429] * 7
    assert client.status(receipt.report_id, receipt.secret_key).state == "active"
    assert client.withdraw(receipt.report_id, receipt.secret_key).state == "withdrawn"
    assert client.status(receipt.report_id, receipt.secret_key).state == "withdrawn"
    # Another report's key holder is not slowed by this one's checks either.
    other = client.submit(prepare_report([PHOTO], Role.SELF, attested_under_18=True))
    assert client.status(other.report_id, other.secret_key).state == "active"


@both_backends
def test_platform_token_guessing_is_limited(
    make_intake_server: Callable[..., IntakeServer],
) -> None:
    server = make_intake_server(
        Settings(rate_window=WINDOW, token_limit=3, token_limit_all=6, trusted_proxies=LOOPBACK)
    )
    token = server.add_platform()

    def fetch(client: str, with_token: str) -> int:
        return requests.get(
            f"{server.url}/v1/hashes",
            headers={"Authorization": f"Bearer {with_token}", "X-Forwarded-For": client},
            timeout=10,
        ).status_code

    # One client: three refusals, then not even looked at (its right token included).
    assert [fetch("198.51.100.1", f"guess-{n}") for n in range(5)] == [401] * 3 + [429] * 2
    assert fetch("198.51.100.1", token) == 429
    # Many clients, a few tries each: past 6 refusals in all, a client refused once is done.
    assert [fetch(f"198.51.100.{n}", "guess") for n in (2, 3, 4)] == [401] * 3
    assert [fetch(f"198.51.100.{n}", "guess") for n in (2, 3, 4)] == [429] * 3
    assert fetch("198.51.100.5", "guess") == 401
    assert fetch("198.51.100.5", "guess") == 429
    # A platform that has not been refused is still served, during all of it.
    assert fetch("192.0.2.10", token) == 200


@both_backends
def test_counts_are_kept_only_as_cells_of_this_window(intake_server: IntakeServer) -> None:
    """What the limiter holds, in memory or in the database: per window one salt and cell
    counts; the previous window's salt and counts are gone."""
    engine = intake_server.service.engine
    now = [1000.0]
    if intake_server.backend == "sqlite":
        counts: MemoryCounts | SharedCounts = MemoryCounts(10, clock=lambda: now[0])
    else:
        counts = SharedCounts(engine, 10, clock=lambda: now[0])
    limiter = RateLimiter(counts, Limits(submit=1, window=10))
    address = "2001:db8:77::5"
    assert limiter.submit(address) is None
    assert limiter.submit(address) is not None
    assert counts.peek("submit", client_key(address))[0] == 2
    assert counts.peek("submit", client_key("2001:db8:78::5"))[0] == 0
    if isinstance(counts, SharedCounts):
        with engine.connect() as connection:
            salts = connection.execute(select(rate_salts)).all()
            cells = connection.execute(select(rate_counts)).all()
        assert [row.window for row in salts] == [100]
        assert sorted(row.hits for row in cells) == [2] * DEPTH
        assert ipaddress.ip_address(address).packed[:8] not in intake_server.written_bytes()
    now[0] = 1010.0
    assert limiter.submit(address) is None  # a new window: new salt, nothing carried over
    if isinstance(counts, SharedCounts):
        with engine.connect() as connection:
            assert [row.window for row in connection.execute(select(rate_salts))] == [101]
            assert len(connection.execute(select(rate_counts)).all()) == DEPTH
