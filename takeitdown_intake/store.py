"""Every read and write of the database. The HTTP layer and the CLI call only this."""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import math
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

import takeitdown_protocol as protocol
from takeitdown_intake.bodies import ValidReport
from takeitdown_intake.tables import changes, feed_releases, items, platforms, reports

_log = logging.getLogger("takeitdown_intake")

#: Compared against when a report number is unknown, so both refusals take the same work.
_DUMMY_VERIFIER = "0" * 64


def today() -> datetime.date:
    return datetime.datetime.now(datetime.UTC).date()


def token_sha256(token: str) -> str:
    # Tokens are 256 random bits, so a fast hash is enough: there is nothing to guess.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ReportRecord:
    report_id: str
    state: str
    items: int
    received: datetime.date

    def to_json(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "state": self.state,
            "items": self.items,
            "received": self.received.isoformat(),
        }


class IdempotencyConflict(Exception):
    """The same idempotency key came with a different body."""


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    created: datetime.date
    revoked: bool


@dataclass(frozen=True, slots=True)
class Change:
    """One published change. ``digests`` is the item's stored JSON (None for a removal)."""

    cursor: str
    action: str
    item_id: str
    media_type: str | None
    digests: str | None

    @property
    def item(self) -> dict[str, Any] | None:
        """The item as the feed publishes it (media type, then its digests)."""
        if self.digests is None:
            return None
        return {"media_type": self.media_type, **json.loads(self.digests)}


#: ``0`` (the start) or ``<position>.<tag of the batch holding it>``; another bare number is a
#: cursor from before batches had tags.
CURSOR = re.compile(r"([0-9]{1,18})(?:\.([0-9a-f]{16}))?")
START = "0"
#: Changes read from the database per query while a page is built, and their digests' bytes.
_FEED_CHUNK = 256
_FEED_CHUNK_BYTES = 1024 * 1024


class CursorNotInFeed(Exception):
    """The cursor names no position of this feed: past its head, or from another database."""


def _cursor(position: int, tag: str) -> str:
    return f"{position}.{tag}"


class Store:
    """Thread-safe access to one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock()

    @contextmanager
    def _writing(self, *, feed: bool = False) -> Iterator[Connection]:
        """A write transaction; with ``feed``, one that no other feed writer overlaps.

        SQLite allows one writer anyway; serialising here avoids its busy errors. On
        PostgreSQL only what decides the feed's order takes a lock (``LOCK TABLE
        feed_releases IN EXCLUSIVE MODE``; plain reads go on): ``release``, so two releases
        never number the same places and one's places commit before the next begins, and
        ``withdraw``, which must know whether a release published an item before deciding
        it needs a removal. A new report only adds changes without a place, which no order
        depends on, so submissions through any number of processes run side by side, and a
        release, seeing only committed changes, leaves one still in flight for the next.
        """
        if self._sqlite:
            with self._write_lock, self.engine.begin() as connection:
                yield connection
        else:
            with self.engine.begin() as connection:
                if feed:
                    connection.execute(text("LOCK TABLE feed_releases IN EXCLUSIVE MODE"))
                yield connection

    # Reports -------------------------------------------------------------------------------

    def create_report(self, report: ValidReport, idempotency_key: str) -> tuple[ReportRecord, bool]:
        """Store a validated report; return (record, created). A replay returns the original."""
        for _ in range(5):
            try:
                with self._writing() as connection:
                    existing = connection.execute(
                        select(reports).where(reports.c.idempotency_key == idempotency_key)
                    ).first()
                    if existing is not None:
                        if existing.body_sha256 != report.body_sha256:
                            raise IdempotencyConflict
                        return self._record(existing), False
                    return self._insert(connection, report, idempotency_key), True
            except IntegrityError:
                continue  # a report number collided, or a concurrent replay won: look again
        raise RuntimeError("could not store the report")

    def _insert(
        self, connection: Connection, report: ValidReport, idempotency_key: str
    ) -> ReportRecord:
        report_id = protocol.new_report_id(secrets.randbits(60))
        record = ReportRecord(report_id, "active", len(report.items), today())
        connection.execute(
            insert(reports).values(
                id=report_id,
                idempotency_key=idempotency_key,
                body_sha256=report.body_sha256,
                verifier=report.verifier,
                role=report.role,
                state="active",
                items=record.items,
                received=record.received,
            )
        )
        rows = [
            {
                "id": secrets.token_hex(16),
                "report_id": report_id,
                "media_type": media_type,
                "digests": digests,
            }
            for media_type, digests in report.items
        ]
        connection.execute(insert(items), rows)
        connection.execute(
            insert(changes), [{"item_id": row["id"], "action": "add"} for row in rows]
        )
        return record

    @staticmethod
    def _record(row: Any) -> ReportRecord:
        return ReportRecord(row.id, row.state, row.items, row.received)

    def _authorised(self, connection: Connection, report_id: str, authenticator: str) -> Any:
        """The report's row if the authenticator fits it, else None. A withdrawn report has no
        verifier left to check against (``withdraw``): its row, which says only "withdrawn",
        is returned to whoever names it. The comparison runs either way, so both refusals
        and a withdrawn report's answer take the same work."""
        row = connection.execute(select(reports).where(reports.c.id == report_id)).first()
        verifier = row.verifier if row is not None and row.verifier else _DUMMY_VERIFIER
        matches = protocol.authenticator_matches(authenticator, verifier)
        if row is not None and (matches or row.state == "withdrawn"):
            return row
        return None

    def report_status(self, report_id: str, authenticator: str) -> ReportRecord | None:
        """The report, or None when it is unknown or the key is wrong (never which)."""
        with self.engine.connect() as connection:
            row = self._authorised(connection, report_id, authenticator)
            return None if row is None else self._record(row)

    def withdraw(self, report_id: str, authenticator: str) -> ReportRecord | None:
        """Withdraw: the digests are deleted, platforms are told to remove them, and the
        report keeps only its number, state, item count and day.

        Cleared too: the idempotency key, body hash, key verifier and role, which could
        confirm the report against the person's key or body. On SQLite the write-ahead log,
        which still holds the pages as they were, is then checkpointed and truncated, so the
        digests are in no file (``secure_delete`` zeroes them in the database file).
        """
        with self._writing(feed=True) as connection:
            row = self._authorised(connection, report_id, authenticator)
            if row is None:
                return None
            if row.state == "active":
                added = connection.execute(
                    select(changes.c.item_id, changes.c.position)
                    .join(items, items.c.id == changes.c.item_id)
                    .where(items.c.report_id == report_id, changes.c.action == "add")
                ).all()
                connection.execute(
                    delete(changes).where(changes.c.item_id.in_([a.item_id for a in added]))
                )
                connection.execute(delete(items).where(items.c.report_id == report_id))
                # Only what platforms may have seen needs a removal; the rest was never out.
                # Removals wait for the next batch like adds (``release``).
                removed = [a.item_id for a in added if a.position is not None]
                if removed:
                    connection.execute(
                        insert(changes), [{"item_id": i, "action": "remove"} for i in removed]
                    )
                connection.execute(
                    update(reports)
                    .where(reports.c.id == report_id)
                    .values(
                        state="withdrawn",
                        idempotency_key=None,
                        body_sha256=None,
                        verifier=None,
                        role=None,
                    )
                )
            record = ReportRecord(row.id, "withdrawn", row.items, row.received)
        if self._sqlite and row.state == "active":
            self._truncate_wal()
        return record

    def _truncate_wal(self) -> None:
        """Copy the write-ahead log into the database and empty the log file (SQLite). It
        waits (the busy timeout) for readers of older snapshots to finish."""
        with self._write_lock, self.engine.connect() as connection:
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").scalar()
        if busy:
            _log.warning("the write-ahead log could not be emptied after a withdrawal")

    def probe_write(self) -> None:
        """Commit a write that changes nothing (the schema version, rewritten as it is): it
        raises if the database is read-only, full or unreachable. At start and by /healthz."""
        with self._writing() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = version_num"))

    def count_reports(self) -> int:
        with self.engine.connect() as connection:
            return len(connection.execute(select(reports.c.id)).all())

    # Platforms -----------------------------------------------------------------------------

    def add_platform(self, name: str) -> str:
        """Register a platform; return its new token (shown once, stored only hashed)."""
        token = "tid_" + secrets.token_urlsafe(32)
        with self._writing() as connection:
            connection.execute(
                insert(platforms).values(
                    name=name, token_sha256=token_sha256(token), created=today(), revoked=False
                )
            )
        return token

    def revoke_platform(self, name: str) -> bool:
        with self._writing() as connection:
            result = connection.execute(
                update(platforms).where(platforms.c.name == name).values(revoked=True)
            )
            return bool(result.rowcount)

    def list_platforms(self) -> list[Platform]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(platforms).order_by(platforms.c.name)).all()
        return [Platform(row.name, row.created, row.revoked) for row in rows]

    def platform_for_token(self, token: str) -> str | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(platforms.c.name).where(
                    platforms.c.token_sha256 == token_sha256(token),
                    platforms.c.revoked.is_(False),
                )
            ).first()
        return None if row is None else str(row.name)

    # The feed ------------------------------------------------------------------------------

    def release(self, interval: float, clock: Callable[[], float] = time.time) -> None:
        """Publish the changes waiting for the feed as one batch, in a random order.

        Changes are written unpublished (no ``position``). A batch goes out at most once per
        ``interval`` seconds (wall clock, so every process agrees; 0: whenever a platform
        reads): everything that arrived since the last one, shuffled, so one report's items
        neither stand together nor come in the order they were sent, and the feed says no
        more about when a report arrived than which interval it fell in. Numbering under the
        write lock keeps positions committing in order.
        """
        slot = math.floor(clock() / interval) if interval > 0 else 0
        with self.engine.connect() as connection:
            waiting = connection.scalar(select(exists().where(changes.c.position.is_(None))))
        if not waiting:
            return
        with self._writing(feed=True) as connection:
            last = connection.execute(
                select(feed_releases).order_by(feed_releases.c.last_position.desc()).limit(1)
            ).first()
            if interval > 0 and last is not None and last.slot >= slot:
                return
            seqs = list(
                connection.scalars(select(changes.c.seq).where(changes.c.position.is_(None)))
            )
            if not seqs:
                return
            secrets.SystemRandom().shuffle(seqs)
            first = (last.last_position if last is not None else 0) + 1
            connection.execute(
                update(changes)
                .where(changes.c.seq == bindparam("seq_"))
                .values(position=bindparam("position_")),
                [{"seq_": seq, "position_": first + n} for n, seq in enumerate(seqs)],
            )
            connection.execute(
                insert(feed_releases).values(
                    tag=secrets.token_hex(8),
                    first_position=first,
                    last_position=first + len(seqs) - 1,
                    slot=slot,
                )
            )

    def _position(self, connection: Connection, cursor: str) -> int:
        """The position ``cursor`` names; CursorNotInFeed unless a batch of this feed holds it."""
        if cursor == START:
            return 0
        match = CURSOR.fullmatch(cursor)
        if match is None or match.group(2) is None:
            raise CursorNotInFeed
        position, tag = int(match.group(1)), match.group(2)
        release = connection.execute(
            select(feed_releases.c.tag).where(
                feed_releases.c.first_position <= position,
                feed_releases.c.last_position >= position,
            )
        ).first()
        if release is None or release.tag != tag:
            raise CursorNotInFeed
        return position

    def changes_after(self, cursor: str) -> Iterator[Change]:
        """Every published change after ``cursor``, in feed order, read a little at a time
        so a caller that stops early (a page is full) never holds much: the changes
        ``_FEED_CHUNK`` at a time with their sizes, then their digests ``_FEED_CHUNK_BYTES``
        at a time (one 20,000-frame video is about 1.8 MB of them).

        Raises CursorNotInFeed (on the first ``next``) for a cursor this feed never gave."""
        query = (
            select(
                changes.c.position,
                changes.c.action,
                changes.c.item_id,
                items.c.media_type,
                func.coalesce(func.length(items.c.digests), 0).label("size"),
                feed_releases.c.tag,
            )
            .join(items, items.c.id == changes.c.item_id, isouter=True)
            .join(
                feed_releases,
                changes.c.position.between(
                    feed_releases.c.first_position, feed_releases.c.last_position
                ),
            )
            .order_by(changes.c.position)
            .limit(_FEED_CHUNK)
        )
        with self.engine.connect() as connection:
            position = self._position(connection, cursor)
        while True:
            with self.engine.connect() as connection:
                rows = connection.execute(query.where(changes.c.position > position)).all()
            for group in _by_size(rows, _FEED_CHUNK_BYTES):
                wanted = [row.item_id for row in group if row.action == "add"]
                with self.engine.connect() as connection:
                    found = connection.execute(
                        select(items.c.id, items.c.digests).where(items.c.id.in_(wanted))
                    )
                    digests = {item.id: item.digests for item in found}
                for row in group:
                    if row.action == "add" and row.item_id not in digests:
                        continue  # withdrawn meanwhile: its removal comes in a later batch
                    yield Change(
                        _cursor(row.position, row.tag),
                        row.action,
                        row.item_id,
                        row.media_type,
                        digests.get(row.item_id),
                    )
            if len(rows) < _FEED_CHUNK:
                return
            position = rows[-1].position


def _by_size(rows: Sequence[Any], limit: int) -> Iterator[list[Any]]:
    """``rows`` in runs whose ``size`` adds up to at most ``limit`` (at least one row each)."""
    group: list[Any] = []
    size = 0
    for row in rows:
        if group and size + row.size > limit:
            yield group
            group, size = [], 0
        group.append(row)
        size += row.size
    if group:
        yield group
