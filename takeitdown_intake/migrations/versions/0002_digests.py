"""An item's digests in one column, shaped by the protocol's field table.

Until now each digest had a column of its own, so a new signal (the variant fingerprints of
report version 2) needed a new column in five places. Now ``items.digests`` holds the item's
digests as compact JSON in the table's order, exactly as the feed publishes them; a new row in
``takeitdown_protocol.fields`` needs no migration. Existing items are moved across.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_OLD = ("md5", "sha256", "pdq", "pdq_quality", "pdq_dihedral", "phash", "dhash", "vpdq")
_JSON = ("pdq_dihedral", "vpdq")


def _digests(row: Any) -> str:
    """The version 1 columns of one item as the new column's JSON (the field table's order,
    as it stood in version 1)."""
    out: dict[str, Any] = {}
    for name in ("md5", "sha256"):
        if row[name] is not None:
            out[name] = row[name]
    if row["pdq"] is not None:
        out["pdq"] = {"hash": row["pdq"], "quality": row["pdq_quality"]}
    for name in ("pdq_dihedral", "phash", "dhash", "vpdq"):
        value = row[name]
        if name in _JSON and isinstance(value, str):  # read back as text by some drivers
            value = json.loads(value)
        if value:
            out[name] = value
    return json.dumps(out, separators=(",", ":"))


def upgrade() -> None:
    op.add_column("items", sa.Column("digests", sa.Text, nullable=True))
    connection = op.get_bind()
    items = sa.table(
        "items",
        sa.column("id", sa.String),
        sa.column("digests", sa.Text),
        *(
            sa.column(name, sa.JSON if name in ("pdq_dihedral", "vpdq") else sa.String)
            for name in _OLD
        ),
    )
    rows = connection.execute(sa.select(items)).mappings().all()
    for row in rows:
        connection.execute(
            sa.update(items).where(items.c.id == row["id"]).values(digests=_digests(row))
        )
    with op.batch_alter_table("items") as batch:
        batch.alter_column("digests", existing_type=sa.Text, nullable=False)
        for name in _OLD:
            batch.drop_column(name)


def downgrade() -> None:
    raise NotImplementedError("items written by report version 2 have no version 1 columns")
