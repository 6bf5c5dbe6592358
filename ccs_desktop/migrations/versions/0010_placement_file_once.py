"""placements: one row per client and file hash, so a placement file cannot be imported twice even by racing imports

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

The import service has always refused a file whose SHA-256 the client already placed, but only by looking first:
two imports of the same file started together could both pass the look. The unique index makes the database the
judge. Rows without a hash (NULL) are not constrained. A database that already holds the same file twice for a
client (only such a race could have written it) keeps working without the index; the upgrade says which
placements to look at, and the service's own check still refuses new repeats.
"""
from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)
INDEX = "uq_placements_client_file"


def upgrade() -> None:
    repeated = op.get_bind().execute(sa.text(
        "SELECT client_id, file_sha256, COUNT(*) AS n FROM placements WHERE file_sha256 IS NOT NULL "
        "GROUP BY client_id, file_sha256 HAVING COUNT(*) > 1")).all()
    if repeated:
        log.warning("placements: %d file(s) were imported more than once for the same client (file SHA-256 %s); "
                    "the unique index %s is not created until an admin resolves them",
                    len(repeated), ", ".join(r.file_sha256 for r in repeated), INDEX)
        return
    op.create_index(INDEX, "placements", ["client_id", "file_sha256"], unique=True)


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
