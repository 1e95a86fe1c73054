"""Initial schema: reports, items, the change feed and platforms.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.String(13), primary_key=True),
        sa.Column("idempotency_key", sa.String(64), nullable=False, unique=True),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("verifier", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("received", sa.Date, nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "report_id",
            sa.String(13),
            sa.ForeignKey("reports.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("media_type", sa.String(8), nullable=False),
        sa.Column("md5", sa.String(32)),
        sa.Column("sha256", sa.String(64)),
        sa.Column("pdq", sa.String(64)),
        sa.Column("pdq_quality", sa.SmallInteger),
        sa.Column("pdq_dihedral", sa.JSON),
        sa.Column("phash", sa.String(16)),
        sa.Column("dhash", sa.String(16)),
        sa.Column("vpdq", sa.JSON),
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True),
        sa.Column("item_id", sa.String(32), nullable=False, index=True),
        sa.Column("action", sa.String(6), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "platforms",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("created", sa.Date, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_table("platforms")
    op.drop_table("changes")
    op.drop_table("items")
    op.drop_table("reports")
