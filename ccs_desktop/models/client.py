"""Clients (creditors who place accounts) and their placement batches."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, SyncMixin

DEFAULT_ALLOCATION_ORDER = "costs,fees,interest,principal"


class Client(IdMixin, MutableMixin, Base):
    __tablename__ = "clients"

    code: Mapped[str] = mapped_column(sa.String(20), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    currency: Mapped[str] = mapped_column(sa.String(3), default="USD")
    # How a payment is spread across balance components, first to last.
    allocation_order: Mapped[str] = mapped_column(sa.String(80), default=DEFAULT_ALLOCATION_ORDER)
    grace_days: Mapped[int] = mapped_column(default=3)
    min_instalment: Mapped[Decimal] = mapped_column(default=Decimal("25.00"))
    max_settlement_discount_pct: Mapped[Decimal] = mapped_column(default=Decimal("30.00"))
    max_plan_months: Mapped[int] = mapped_column(default=12)
    commission_pct: Mapped[Decimal] = mapped_column(default=Decimal("25.00"))
    # Optional tiers by account age: [{"min_age_days": 365, "pct": "33.00"}, ...]
    commission_tiers: Mapped[list[Any] | None]
    remit_gross: Mapped[bool] = mapped_column(default=False)
    # What an import does with an account number already placed: "update" or "reject".
    duplicate_policy: Mapped[str] = mapped_column(sa.String(10), default="reject")
    # Saved column maps for placement files, by name.
    import_maps: Mapped[dict[str, Any] | None]
    active: Mapped[bool] = mapped_column(default=True)
    # What the collector reads on a call for this client (shown beside the record panel); None: no script.
    call_script: Mapped[str | None] = mapped_column(sa.Text)


class Placement(IdMixin, SyncMixin, Base):
    """One placement file (or batch) received from a client. The same file (by its SHA-256) is placed once per client:
    the database refuses a second row even when two imports of it race."""

    __tablename__ = "placements"
    __table_args__ = (sa.Index("uq_placements_client_file", "client_id", "file_sha256", unique=True),)

    client_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("clients.id"), index=True)
    received_at: Mapped[dt.datetime]
    file_name: Mapped[str | None] = mapped_column(sa.String(260))
    file_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    account_count: Mapped[int] = mapped_column(default=0)
    rejected_count: Mapped[int] = mapped_column(default=0)
    amount_placed: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    trailer_total: Mapped[Decimal | None]
    imported_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))

    client: Mapped[Client] = relationship()
