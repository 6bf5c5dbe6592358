"""Offline work: leases on the shared database; outbox, cursors and conflicts."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, SyncMixin, utcnow


class Workstation(IdMixin, SyncMixin, Base):
    __tablename__ = "workstations"

    name: Mapped[str] = mapped_column(sa.String(64))
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    last_seen_at: Mapped[dt.datetime | None]


class Lease(IdMixin, SyncMixin, Base):
    """An account checked out to one workstation for offline work (shared database)."""

    __tablename__ = "leases"
    __table_args__ = (
        # At most one live lease per account.
        sa.Index(
            "uq_leases_live_account",
            "account_id",
            unique=True,
            postgresql_where=sa.text("released_at IS NULL AND broken_at IS NULL"),
            sqlite_where=sa.text("released_at IS NULL AND broken_at IS NULL"),
        ),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"))
    workstation_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("workstations.id"), index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    taken_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    released_at: Mapped[dt.datetime | None]
    broken_at: Mapped[dt.datetime | None]
    broken_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))


class AppliedOperation(Base):
    """Shared database: an outbox operation applied once, keyed on its id (idempotent push)."""

    __tablename__ = "applied_operations"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    workstation_id: Mapped[uuid.UUID | None]
    applied_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    result: Mapped[dict[str, Any] | None]


class OutboxOperation(Base):
    """Local cache: a change made offline, written in the same transaction as the change."""

    __tablename__ = "outbox"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    # Order of the changes on this cache (ids are time-ordered only within one process run).
    seq: Mapped[int | None] = mapped_column(sa.BigInteger, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(sa.String(40))
    payload: Mapped[dict[str, Any]]
    pushed_at: Mapped[dt.datetime | None]
    error: Mapped[str | None] = mapped_column(sa.Text)


class SyncCursor(Base):
    """Local cache: the server sequence number pulled up to, per table or stream."""

    __tablename__ = "sync_cursors"

    name: Mapped[str] = mapped_column(sa.String(60), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Conflict(IdMixin, SyncMixin, Base):
    """A conflicting edit of a mutable field, kept for a person to resolve (never silently dropped)."""

    __tablename__ = "sync_conflicts"

    entity: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(40))
    field: Mapped[str | None] = mapped_column(sa.String(60))
    local_value: Mapped[Any | None] = mapped_column(sa.JSON)
    server_value: Mapped[Any | None] = mapped_column(sa.JSON)
    op_id: Mapped[uuid.UUID | None]
    workstation_id: Mapped[uuid.UUID | None]
    reason: Mapped[str] = mapped_column(sa.String(40))
    # The account the conflicting row belongs to (set by the server; NULL for reference data): who may see the
    # conflict on the shared database follows it (row-level security, migrations/workstation_limits.py).
    account_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    resolution: Mapped[str | None] = mapped_column(sa.String(20))
