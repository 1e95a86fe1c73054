"""Rate limiting that never keeps an address, in fixed memory, shared by every process on
PostgreSQL.

**Who is a client.** ``client_address`` takes the peer of the connection, unless that peer is
a proxy the operator named (``Settings.trusted_proxies``): then the address that proxy put in
its header, read from the right past any other named proxy. A header from anyone else is
ignored, so a client cannot pick its own bucket. ``client_key`` counts IPv4 per address and
IPv6 per /64, the block one household or phone is given.

**What is counted.** Counts sit in a count-min sketch: ``DEPTH`` rows of ``WIDTH`` cells, and
a key adds one to one cell of each row, the cells chosen by a BLAKE2b hash keyed with a salt.
Its count is the smallest of its cells. Memory is fixed (``DEPTH * WIDTH`` cells whatever
the number of clients), and a cell is shared by every key that lands on it, so a cell names
no one: about 2**32 / WIDTH IPv4 addresses fall on each. Collisions can only raise a count,
so with very many clients in one window an innocent key may be limited early; "conservative
update" (raising only the cells at the minimum) keeps that rare.

**Where.** One process (SQLite): ``MemoryCounts``, the sketch in an array; its salt is random
and lives only in memory. Several processes (PostgreSQL): ``SharedCounts``, the same cells as
rows of ``rate_counts`` and the salt in ``rate_salts``, so every process counts the same
client in the same cells and a limit holds across all of them. Either way the salt is
replaced at the start of every window and the old counts are dropped with it: nothing that
could be matched back to an address outlives one window.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import secrets
import threading
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from takeitdown_intake.tables import rate_counts, rate_salts

#: Rows and cells per row of the sketch: 4 x 2**17 16-bit cells, 1 MiB in memory.
DEPTH = 4
WIDTH = 1 << 17
_MAX_CELL = 0xFFFF
_SALT_BYTES = 32


class Counts(Protocol):
    """Hit counts per (scope, key) in fixed windows of ``window`` seconds."""

    def hit(self, scope: str, key: bytes) -> tuple[int, float]:
        """Count one hit; return (count in this window including it, seconds to its end)."""

    def peek(self, scope: str, key: bytes) -> tuple[int, float]:
        """The count so far in this window (without counting), and seconds to its end."""


def _cells(salt: bytes, scope: str, key: bytes) -> list[int]:
    """The key's cell in each row, as indices into the flat table (row * WIDTH + column)."""
    digest = hashlib.blake2b(scope.encode() + b"\0" + key, key=salt, digest_size=4 * DEPTH)
    raw = digest.digest()
    return [
        row * WIDTH + (int.from_bytes(raw[4 * row : 4 * row + 4], "little") & (WIDTH - 1))
        for row in range(DEPTH)
    ]


class _Windows:
    """Which fixed window ``now`` is in, by wall-clock time (so processes agree)."""

    def __init__(self, window: float, clock: Callable[[], float]) -> None:
        self.window = window
        self._clock = clock

    def now(self) -> tuple[int, float]:
        """(window index, seconds until it ends)."""
        now = self._clock()
        index = math.floor(now / self.window)
        return index, max(0.0, (index + 1) * self.window - now)


class MemoryCounts:
    """The sketch in this process's memory: ``DEPTH * WIDTH`` 16-bit cells, reset per window."""

    def __init__(self, window: float, clock: Callable[[], float] = time.time) -> None:
        self._windows = _Windows(window, clock)
        self._lock = threading.Lock()
        self._index = -1
        self._salt = b""
        self._table = array("H", bytes(2 * DEPTH * WIDTH))

    def _current(self) -> float:
        """Rotate the salt and clear the table if a new window began; seconds left."""
        index, left = self._windows.now()
        if index != self._index:
            self._index = index
            self._salt = secrets.token_bytes(_SALT_BYTES)
            self._table = array("H", bytes(2 * DEPTH * WIDTH))
        return left

    def hit(self, scope: str, key: bytes) -> tuple[int, float]:
        with self._lock:
            left = self._current()
            cells = _cells(self._salt, scope, key)
            table = self._table
            count = min(min(table[cell] for cell in cells) + 1, _MAX_CELL)
            for cell in cells:  # conservative update: only cells below the new count rise
                table[cell] = max(table[cell], count)
            return count, left

    def peek(self, scope: str, key: bytes) -> tuple[int, float]:
        with self._lock:
            left = self._current()
            return min(self._table[cell] for cell in _cells(self._salt, scope, key)), left


class SharedCounts:
    """The sketch as rows of ``rate_counts`` in PostgreSQL, shared by every process.

    A row is (window, cell, hits): no address and no hash of one, only a cell number that
    thousands of addresses share. The window's salt is a row of ``rate_salts``; the first
    process to see a new window draws it (``ON CONFLICT DO NOTHING``: one wins, all read
    the winner) and deletes the previous windows' salts and counts. One hit is one
    ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` of its cells, in cell order so two
    hits never deadlock.
    """

    def __init__(
        self, engine: Engine, window: float, clock: Callable[[], float] = time.time
    ) -> None:
        self._engine = engine
        self._windows = _Windows(window, clock)
        self._lock = threading.Lock()
        self._salt: tuple[int, bytes] = (-1, b"")

    def _salt_for(self, index: int) -> bytes:
        with self._lock:
            if self._salt[0] == index:
                return self._salt[1]
        with self._engine.begin() as connection:
            connection.execute(
                pg_insert(rate_salts)
                .values(window=index, salt=secrets.token_bytes(_SALT_BYTES))
                .on_conflict_do_nothing()
            )
            salt: bytes = connection.execute(
                select(rate_salts.c.salt).where(rate_salts.c.window == index)
            ).scalar_one()
            connection.execute(delete(rate_salts).where(rate_salts.c.window < index))
            connection.execute(delete(rate_counts).where(rate_counts.c.window < index))
        with self._lock:
            self._salt = (index, salt)
        return salt

    def hit(self, scope: str, key: bytes) -> tuple[int, float]:
        index, left = self._windows.now()
        cells = sorted(_cells(self._salt_for(index), scope, key))
        insert = pg_insert(rate_counts).values(
            [{"window": index, "cell": c, "hits": 1} for c in cells]
        )
        upsert = insert.on_conflict_do_update(
            index_elements=[rate_counts.c.window, rate_counts.c.cell],
            set_={"hits": rate_counts.c.hits + 1},
        ).returning(rate_counts.c.hits)
        # One statement, committed as it runs: the cells' row locks are held for one round
        # trip, not three (BEGIN, INSERT, COMMIT), since every request of one client (and
        # every refused token) updates the same rows.
        with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            counts = list(connection.scalars(upsert))
        return min(counts), left

    def peek(self, scope: str, key: bytes) -> tuple[int, float]:
        index, left = self._windows.now()
        cells = _cells(self._salt_for(index), scope, key)
        with self._engine.connect() as connection:
            found = list(
                connection.scalars(
                    select(rate_counts.c.hits).where(
                        rate_counts.c.window == index, rate_counts.c.cell.in_(cells)
                    )
                )
            )
        return (min(found) if len(found) == len(set(cells)) else 0), left


def counts_for(engine: Engine, window: float) -> Counts:
    """Shared counts on PostgreSQL (any number of processes), this process's on SQLite."""
    if engine.dialect.name == "postgresql":
        return SharedCounts(engine, window)
    return MemoryCounts(window)


# Who the client is ----------------------------------------------------------------------------

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
PROXY_HEADERS = ("x-forwarded-for", "forwarded")


def parse_networks(values: Sequence[str]) -> tuple[Network, ...]:
    """``--trusted-proxy`` values (addresses or CIDR blocks) as networks; ValueError if not."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address from a header entry: ``1.2.3.4``, ``1.2.3.4:80``, ``[::1]:80``, ``"[::1]"``."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1 : text.find("]")] if "]" in text else ""
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _header_chain(value: str, header: str) -> list[str]:
    """The addresses a proxy header lists, first hop first."""
    if header == "x-forwarded-for":
        return value.split(",")
    chain = []
    for element in value.split(","):
        for pair in element.split(";"):
            name, _, field = pair.partition("=")
            if name.strip().lower() == "for":
                chain.append(field)
    return chain


def client_address(
    peer: str | None,
    headers: Callable[[str], list[str]],
    trusted: Sequence[Network],
    header: str = "x-forwarded-for",
) -> str:
    """The client's address: the peer's, or what trusted proxies say it was.

    ``headers(name)`` gives every value of a request header. The chain is read from the
    right (the entry the nearest proxy added) past every trusted proxy; the first address
    that is not one is the client. An entry that is not an address stops the walk at the
    proxy that passed it on, which is then counted as the client: never a name the client
    chose.
    """
    current = _ip(peer or "")
    if current is None:
        return peer or "unknown"
    chain = [entry for value in headers(header) for entry in _header_chain(value, header)]
    while any(current in network for network in trusted) and chain:
        previous = _ip(chain.pop())
        if previous is None:
            break
        current = previous
    return str(current)


def client_key(address: str) -> bytes:
    """What a client is counted under: an IPv4 address, an IPv6 /64, or the text itself."""
    ip = _ip(address)
    if ip is None:
        return address.encode()
    if isinstance(ip, ipaddress.IPv6Address):
        return ip.packed[:8]
    return ip.packed


# The limits ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Limits:
    """How many of each per window (``window`` seconds).

    ``submit``: reports per client. ``report``: status checks and withdrawals with the
    correct key, per report (only its key holder can spend them). ``guess``: wrong report
    keys per client. ``token``: refused platform tokens per client; ``token_all``: refused
    tokens from everyone, past which a client that has already been refused once is not
    checked again this window.
    """

    submit: int = 30
    report: int = 120
    guess: int = 120
    token: int = 20
    token_all: int = 1000
    window: float = 600.0


class RateLimiter:
    """The service's limits over one ``Counts``. Each method returns None when the request
    may go on, else the seconds until it may (for ``Retry-After``). They block on the
    database on PostgreSQL: call them from a worker thread."""

    def __init__(self, counts: Counts, limits: Limits) -> None:
        self.counts = counts
        self.limits = limits

    def _hit(self, scope: str, key: bytes, limit: int) -> float | None:
        count, left = self.counts.hit(scope, key)
        return max(1.0, left) if count > limit else None

    def submit(self, client: str) -> float | None:
        return self._hit("submit", client_key(client), self.limits.submit)

    def report(self, report_id: str) -> float | None:
        """A request with the report's correct key: counted for that report alone."""
        return self._hit("report", report_id.encode(), self.limits.report)

    def guess(self, client: str) -> float | None:
        """A request with a wrong key or an unknown report number."""
        return self._hit("guess", client_key(client), self.limits.guess)

    def token_allowed(self, client: str) -> float | None:
        """Before a token is checked: None, unless this client was refused too often."""
        mine, left = self.counts.peek("token", client_key(client))
        if mine >= self.limits.token:
            return max(1.0, left)
        if mine > 0 and self.counts.peek("token_all", b"")[0] >= self.limits.token_all:
            return max(1.0, left)
        return None

    def token_refused(self, client: str) -> None:
        self.counts.hit("token", client_key(client))
        self.counts.hit("token_all", b"")
