"""Hash-chained audit events: who changed what, when, before and after."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, SyncMixin


class AuditEvent(IdMixin, SyncMixin, Base):
    """Append-only. ``seq`` is the position in the chain; ``hash`` covers the event and ``prev_hash``."""

    __tablename__ = "audit_events"
    __table_args__ = (
        sa.Index("ix_audit_events_entity", "entity", "entity_id"),
        # Events of one kind newest first (the call log's refusals, the KPIs' blocks), paged by key.
        sa.Index("ix_audit_events_action_at", "action", "at", "id"),
    )

    seq: Mapped[int] = mapped_column(sa.BigInteger, unique=True)
    at: Mapped[dt.datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(48), index=True)
    entity: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str | None] = mapped_column(sa.String(40))
    account_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
    reason: Mapped[str | None] = mapped_column(sa.Text)
    workstation: Mapped[str | None] = mapped_column(sa.String(64))
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64))
    # When the shared database recorded the event (PostgreSQL: the server's stamp, checked by a trigger; an
    # event made offline keeps its own `at` and gets this when it is pushed). Covered by the hash; NULL on
    # events written before revision 0012.
    recorded_at: Mapped[dt.datetime | None]


class AuditChainHead(Base):
    """One row: the chain's last seq and hash. Appending locks it, so the chain stays linear."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    hash: Mapped[str] = mapped_column(sa.String(64))
