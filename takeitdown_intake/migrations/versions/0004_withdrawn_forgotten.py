"""A withdrawn report keeps nothing that could confirm it: only its number and state.

Until now a withdrawn report kept its idempotency key, body hash, key verifier and role, so
whoever had the person's key or body could still confirm, from the database, that they had
reported. These columns become nullable and are cleared on withdrawal; reports withdrawn
before this revision are cleared here.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FORGOTTEN = {"idempotency_key": 64, "body_sha256": 64, "verifier": 64, "role": 16}


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        for name, length in _FORGOTTEN.items():
            batch.alter_column(name, existing_type=sa.String(length), nullable=True)
    reports = sa.table("reports", sa.column("state"), *(sa.column(n) for n in _FORGOTTEN))
    op.get_bind().execute(
        sa.update(reports).where(reports.c.state == "withdrawn").values(dict.fromkeys(_FORGOTTEN))
    )


def downgrade() -> None:
    raise NotImplementedError("what a withdrawal cleared cannot be brought back")
