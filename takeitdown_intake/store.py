"""Every read and write of the database. The HTTP layer and the CLI call only this."""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

import takeitdown_protocol as protocol
from takeitdown_intake.bodies import ValidReport
from takeitdown_intake.tables import changes, items, platforms, reports

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
    cursor: int
    action: str
    item_id: str
    item: dict[str, Any] | None


class Store:
    """Thread-safe access to one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction at a time, so change numbers commit in order.

        SQLite allows one writer anyway; serialising here avoids its busy errors. On
        PostgreSQL, a table lock stops a later sequence number committing before an
        earlier one, which would let a platform's cursor pass a change it never saw.
        """
        if self._sqlite:
            with self._write_lock, self.engine.begin() as connection:
                yield connection
        else:
            with self.engine.begin() as connection:
                connection.execute(text("LOCK TABLE changes IN SHARE ROW EXCLUSIVE MODE"))
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
        with self._writing() as connection:
            row = self._authorised(connection, report_id, authenticator)
            if row is None:
                return None
            if row.state == "active":
                # Removals in the order the items were added: without ORDER BY, PostgreSQL
                # returns rows in their place on disk, which reused space can shuffle.
                item_ids = list(
                    connection.scalars(
                        select(changes.c.item_id)
                        .join(items, items.c.id == changes.c.item_id)
                        .where(items.c.report_id == report_id, changes.c.action == "add")
                        .order_by(changes.c.seq)
                    )
                )
                connection.execute(delete(changes).where(changes.c.item_id.in_(item_ids)))
                connection.execute(delete(items).where(items.c.report_id == report_id))
                connection.execute(
                    insert(changes), [{"item_id": i, "action": "remove"} for i in item_ids]
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

    def changes_after(self, cursor: int, limit: int) -> tuple[list[Change], bool]:
        """Up to ``limit`` changes after ``cursor``, and whether more follow."""
        query = (
            select(changes, items)
            .join(items, items.c.id == changes.c.item_id, isouter=True)
            .where(changes.c.seq > cursor)
            .order_by(changes.c.seq)
            .limit(limit + 1)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        result = []
        for row in rows[:limit]:
            m = row._mapping
            item = None
            if m["action"] == "add":
                item = {"media_type": m[items.c.media_type], **json.loads(m[items.c.digests])}
            result.append(Change(m[changes.c.seq], m["action"], m[changes.c.item_id], item))
        return result, len(rows) > limit
