"""compliance records: bankruptcy, deceased, attorney, cease, complaint and hardship instead of bare flags

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

Each fact becomes a record with its own details (a bankruptcy's chapter, case and court; the estate's
representative; the attorney's firm and numbers; when and how a cease request came; a complaint's source, due date
and resolution; a hardship's reason and end), the debts it covers (none listed: every debt of the person), and who
set and cleared it, when and why. The guardrail flags are derived from the records in force.

Every `compliance_flags` row of those six kinds, in force or cleared, is copied into its record table under the
same id (source "migrated"; its detail becomes the reason, its reference the case number or the attorney) and then
removed from `compliance_flags`, which keeps the flags that stay bare: no contact at work and dispute holds.
The downgrade copies the records back as flags.
"""
from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

from ccs_desktop.migrations import helpers
from ccs_desktop.models.base import JSONType, UTCDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

KIND_TABLE = {"bankruptcy": "bankruptcies", "deceased": "deceased_records",
              "attorney_represented": "attorney_representations", "cease_requested": "cease_requests",
              "complaint": "complaints", "hardship": "hardships"}


def _common(table: str) -> list[Any]:
    return [
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("debt_ids", JSONType, nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("set_by", sa.Uuid(), nullable=True),
        sa.Column("set_at", UTCDateTime(), nullable=False),
        sa.Column("set_reason", sa.Text(), nullable=True),
        sa.Column("cleared_by", sa.Uuid(), nullable=True),
        sa.Column("cleared_at", UTCDateTime(), nullable=True),
        sa.Column("clear_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=f"fk_{table}_person_id_persons"),
        sa.ForeignKeyConstraint(["set_by"], ["users.id"], name=f"fk_{table}_set_by_users"),
        sa.ForeignKeyConstraint(["cleared_by"], ["users.id"], name=f"fk_{table}_cleared_by_users"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
    ]


def _check(table: str, column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=f"ck_{table}_{column}")


def _create(table: str, *columns: Any) -> None:
    op.create_table(table, *columns, *_common(table))
    op.create_index(f"ix_{table}_person_id", table, ["person_id"], unique=False)
    op.create_index(f"ix_{table}_server_seq", table, ["server_seq"], unique=False)


def upgrade() -> None:
    _create("bankruptcies",
            sa.Column("chapter", sa.Integer(), nullable=True),
            sa.Column("case_number", sa.String(length=40), nullable=True),
            sa.Column("court", sa.String(length=120), nullable=True),
            sa.Column("filed_on", sa.Date(), nullable=True),
            sa.Column("outcome", sa.String(length=12), nullable=True),
            sa.Column("outcome_on", sa.Date(), nullable=True),
            _check("bankruptcies", "outcome", ("discharged", "dismissed")),
            sa.CheckConstraint("chapter IS NULL OR chapter IN (7, 9, 11, 12, 13, 15)", name="ck_bankruptcies_chapter"))
    _create("deceased_records",
            sa.Column("died_on", sa.Date(), nullable=True),
            sa.Column("representative_id", sa.Uuid(), nullable=True),
            sa.Column("representative_kind", sa.String(length=24), nullable=True),
            sa.ForeignKeyConstraint(["representative_id"], ["persons.id"],
                                    name="fk_deceased_records_representative_id_persons"),
            _check("deceased_records", "representative_kind", ("executor", "administrator", "personal_representative")))
    _create("attorney_representations",
            sa.Column("attorney_id", sa.Uuid(), nullable=True),
            sa.Column("firm", sa.String(length=200), nullable=True),
            sa.Column("attorney_name", sa.String(length=120), nullable=True),
            sa.Column("phone", sa.String(length=20), nullable=True),
            sa.Column("email", sa.String(length=254), nullable=True),
            sa.Column("address", sa.Text(), nullable=True),
            sa.Column("direct_contact", sa.String(length=12), nullable=True),
            sa.Column("direct_contact_at", UTCDateTime(), nullable=True),
            sa.Column("direct_contact_by", sa.Uuid(), nullable=True),
            sa.ForeignKeyConstraint(["attorney_id"], ["persons.id"],
                                    name="fk_attorney_representations_attorney_id_persons"),
            sa.ForeignKeyConstraint(["direct_contact_by"], ["users.id"],
                                    name="fk_attorney_representations_direct_contact_by_users"),
            _check("attorney_representations", "direct_contact", ("consented", "no_response")))
    _create("cease_requests",
            sa.Column("received_at", UTCDateTime(), nullable=True),
            sa.Column("received_via", sa.String(length=8), nullable=True),
            _check("cease_requests", "received_via", ("letter", "email", "fax", "portal", "oral")))
    _create("complaints",
            sa.Column("received_from", sa.String(length=16), nullable=True),
            sa.Column("received_at", UTCDateTime(), nullable=True),
            sa.Column("due_on", sa.Date(), nullable=True),
            sa.Column("status", sa.String(length=12), nullable=False),
            sa.Column("summary", sa.Text(), nullable=True),
            sa.Column("resolution", sa.Text(), nullable=True),
            _check("complaints", "received_from", ("consumer", "cfpb", "state_regulator", "bbb")),
            _check("complaints", "status", ("open", "responded", "closed")))
    op.create_index("ix_complaints_open_due", "complaints", ["status", "due_on"], unique=False)
    _create("hardships",
            sa.Column("reason", sa.Text(), nullable=True),
            sa.Column("ends_on", sa.Date(), nullable=True))
    helpers.install_change_sequence()
    _flags_to_records()


def _table(name: str, *columns: str) -> sa.TableClause:
    types = {"id": sa.Uuid(), "person_id": sa.Uuid(), "account_id": sa.Uuid(), "set_by": sa.Uuid(),
             "cleared_by": sa.Uuid(), "attorney_id": sa.Uuid(), "debt_ids": JSONType, "set_at": UTCDateTime(),
             "cleared_at": UTCDateTime(), "created_at": UTCDateTime(), "updated_at": UTCDateTime(),
             "received_at": UTCDateTime(), "row_version": sa.Integer()}
    return sa.table(name, *(sa.column(c, types.get(c, sa.String())) for c in columns))


FLAG_COLUMNS = ("id", "person_id", "account_id", "kind", "set_by", "set_at", "cleared_by", "cleared_at", "detail",
                "reference", "created_at", "updated_at")


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _flags_to_records() -> None:
    bind = op.get_bind()
    flags = _table("compliance_flags", *FLAG_COLUMNS)
    rows = bind.execute(sa.select(flags).where(flags.c.kind.in_(list(KIND_TABLE)))).mappings().all()
    persons = set(bind.execute(sa.text("SELECT id FROM persons")).scalars()) if any(
        r["kind"] == "attorney_represented" for r in rows) else set()
    persons = {p if isinstance(p, uuid.UUID) else _uuid(p) for p in persons}
    for r in rows:
        values: dict[str, Any] = {
            "id": r["id"], "person_id": r["person_id"], "debt_ids": [str(r["account_id"])] if r["account_id"] else [],
            "source": "migrated", "set_by": r["set_by"], "set_at": r["set_at"], "set_reason": r["detail"],
            "cleared_by": r["cleared_by"], "cleared_at": r["cleared_at"],
            "clear_reason": "cleared before compliance records were kept" if r["cleared_at"] else None,
            "created_at": r["created_at"], "updated_at": r["updated_at"], "row_version": 1}
        kind = r["kind"]
        if kind == "bankruptcy":
            values["case_number"] = (r["reference"] or None) and r["reference"][:40]
        elif kind == "attorney_represented":
            attorney = _uuid(r["reference"])
            values["attorney_id"] = attorney if attorney in persons else None
            values["firm"] = (r["detail"] or None) and r["detail"][:200]
        elif kind == "cease_requested":
            values["received_at"] = r["set_at"]
        elif kind == "complaint":
            values["received_at"] = r["set_at"]
            values["status"] = "closed" if r["cleared_at"] else "open"
        table = _table(KIND_TABLE[kind], *values)
        bind.execute(sa.insert(table).values(**values))
    if rows:
        bind.execute(sa.delete(flags).where(flags.c.kind.in_(list(KIND_TABLE))))


def _records_to_flags() -> None:
    bind = op.get_bind()
    flags = _table("compliance_flags", *FLAG_COLUMNS, "row_version")
    for kind, name in KIND_TABLE.items():
        extra = {"bankruptcies": "case_number", "attorney_representations": "attorney_id"}.get(name)
        columns = ["id", "person_id", "debt_ids", "set_by", "set_at", "set_reason", "cleared_by", "cleared_at",
                   "created_at", "updated_at", *([extra] if extra else [])]
        table = _table(name, *columns)
        for r in bind.execute(sa.select(table)).mappings():
            debts = [_uuid(d) for d in (r["debt_ids"] or [])] or [None]
            for i, account in enumerate(debts):
                bind.execute(sa.insert(flags).values(
                    id=r["id"] if i == 0 else uuid.uuid4(), person_id=r["person_id"], account_id=account, kind=kind,
                    set_by=r["set_by"], set_at=r["set_at"], cleared_by=r["cleared_by"], cleared_at=r["cleared_at"],
                    detail=r["set_reason"], reference=str(r[extra]) if extra and r[extra] else None,
                    created_at=r["created_at"], updated_at=r["updated_at"], row_version=1))


def downgrade() -> None:
    _records_to_flags()
    for table in ("hardships", "complaints", "cease_requests", "attorney_representations", "deceased_records",
                  "bankruptcies"):
        if table == "complaints":
            op.drop_index("ix_complaints_open_due", table_name=table)
        op.drop_index(f"ix_{table}_server_seq", table_name=table)
        op.drop_index(f"ix_{table}_person_id", table_name=table)
        op.drop_table(table)
