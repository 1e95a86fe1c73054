"""The database schema as SQLAlchemy Core tables; migrations in ``migrations/`` create it.

What is stored, all of it: per report its number, idempotency key, a hash of its body, the key
verifier, the role, the state, the item count and the day it arrived (UTC) (a withdrawn report
keeps only its number, state, item count and day: the other four are cleared, so nothing in
the database can confirm it against a person's key or body); per item a random
id, media type and digests (deleted when the report is withdrawn); the change feed platforms
read (sequence, item id, add/remove); platforms' names, a hash of their token, the day they
were added and whether they are revoked; the feed's releases (a random tag per batch, the
positions it holds, the number of the interval it was released in); the rate limiter's
counts for the current window only (cell numbers and hits, and the window's salt, see
``ratelimit.py``). No addresses, agents, times of day or file details.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

reports = Table(
    "reports",
    metadata,
    Column("id", String(13), primary_key=True),
    # NULL once withdrawn (these four).
    Column("idempotency_key", String(64), nullable=True, unique=True),
    Column("body_sha256", String(64), nullable=True),
    Column("verifier", String(64), nullable=True),
    Column("role", String(16), nullable=True),
    Column("state", String(10), nullable=False),
    Column("items", Integer, nullable=False),
    Column("received", Date, nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("id", String(32), primary_key=True),
    Column(
        "report_id",
        String(13),
        ForeignKey("reports.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("media_type", String(8), nullable=False),
    # The item's digests as compact JSON, keys in the order of takeitdown_protocol.fields:
    # exactly what the feed publishes for it.
    Column("digests", Text, nullable=False),
)

# AUTOINCREMENT on SQLite: a sequence number is never reused, even after its row is deleted,
# so a platform's cursor never skips a later change.
changes = Table(
    "changes",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("item_id", String(32), nullable=False, index=True),
    Column("action", String(6), nullable=False),
    # Where the change stands in the published feed; NULL until its batch is released, when
    # the batch is shuffled and numbered (``Store.release``).
    Column("position", BigInteger, nullable=True),
    UniqueConstraint("position", name="uq_changes_position"),
    sqlite_autoincrement=True,
)

# One row per released batch of changes: a cursor names a position and its batch's tag, so a
# cursor from another database (a restored backup, a new one) or past the head is refused
# instead of silently skipping changes. ``slot`` is the release interval's number
# (wall-clock time divided by the interval): as coarse as the feed itself.
feed_releases = Table(
    "feed_releases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tag", String(16), nullable=False),
    Column("first_position", BigInteger, nullable=False),
    Column("last_position", BigInteger, nullable=False, unique=True),
    Column("slot", BigInteger, nullable=False),
)

# The shared rate limiter (PostgreSQL): the current window's salt and its sketch's cells.
rate_salts = Table(
    "rate_salts",
    metadata,
    Column("window", BigInteger, primary_key=True, autoincrement=False),
    Column("salt", LargeBinary(32), nullable=False),
)

rate_counts = Table(
    "rate_counts",
    metadata,
    Column("window", BigInteger, primary_key=True, autoincrement=False),
    Column("cell", Integer, primary_key=True, autoincrement=False),
    Column("hits", Integer, nullable=False),
)

platforms = Table(
    "platforms",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created", Date, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)
