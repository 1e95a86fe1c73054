"""The feed in shuffled, tagged batches, and rate limits shared between processes.

``changes.position`` is where a change stands in the published feed, given when its batch is
released; ``feed_releases`` records each batch with a random tag that cursors carry. Changes
already published keep their sequence number as position, in one batch with a new tag: a
platform's old cursor (a bare number) is answered 409 ``cursor_not_in_feed`` once and it
fetches the list again. ``rate_salts`` and ``rate_counts`` hold the shared rate limiter's
current window (see ``takeitdown_intake/ratelimit.py``).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes") as batch:
        batch.add_column(sa.Column("position", sa.BigInteger, nullable=True))
        batch.create_unique_constraint("uq_changes_position", ["position"])
    releases = op.create_table(
        "feed_releases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tag", sa.String(16), nullable=False),
        sa.Column("first_position", sa.BigInteger, nullable=False),
        sa.Column("last_position", sa.BigInteger, nullable=False, unique=True),
        sa.Column("slot", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "rate_salts",
        sa.Column("window", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("salt", sa.LargeBinary(32), nullable=False),
    )
    op.create_table(
        "rate_counts",
        sa.Column("window", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("cell", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("hits", sa.Integer, nullable=False),
    )
    connection = op.get_bind()
    changes = sa.table("changes", sa.column("seq", sa.BigInteger), sa.column("position"))
    last = connection.scalar(sa.select(sa.func.max(changes.c.seq)))
    if last is not None:
        connection.execute(sa.update(changes).values(position=changes.c.seq))
        connection.execute(
            sa.insert(releases).values(
                tag=secrets.token_hex(8), first_position=1, last_position=last, slot=0
            )
        )


def downgrade() -> None:
    op.drop_table("rate_counts")
    op.drop_table("rate_salts")
    op.drop_table("feed_releases")
    with op.batch_alter_table("changes") as batch:
        batch.drop_constraint("uq_changes_position", type_="unique")
        batch.drop_column("position")
