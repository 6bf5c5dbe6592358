"""Disputes, their state history and their append-only note thread."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, SyncMixin, enum_check, enum_column
from .enums import DisputeResolution, DisputeStatus, ReceivedVia


class DisputeType(MutableMixin, Base):
    """Configurable list: not my debt, wrong amount, already paid, identity theft, invoice discrepancy..."""

    __tablename__ = "dispute_types"

    code: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    label: Mapped[str] = mapped_column(sa.String(120))
    label_es: Mapped[str | None] = mapped_column(sa.String(120))
    commercial: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Dispute(IdMixin, MutableMixin, Base):
    __tablename__ = "disputes"
    __table_args__ = (
        enum_check("received_via", ReceivedVia),
        enum_check("status", DisputeStatus),
        enum_check("resolution", DisputeResolution),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"))
    received_at: Mapped[dt.datetime]
    received_via: Mapped[ReceivedVia] = mapped_column(enum_column(ReceivedVia, 8))
    received_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    type_code: Mapped[str] = mapped_column(sa.ForeignKey("dispute_types.code"))
    amount_disputed: Mapped[Decimal]
    whole_balance: Mapped[bool] = mapped_column(default=True)
    within_validation_period: Mapped[bool] = mapped_column(default=False)
    # Collection of the disputed part is held until verification is sent.
    hold: Mapped[bool] = mapped_column(default=False)
    status: Mapped[DisputeStatus] = mapped_column(enum_column(DisputeStatus, 20), default=DisputeStatus.OPEN)
    resolution: Mapped[DisputeResolution | None] = mapped_column(enum_column(DisputeResolution, 16))
    resolved_at: Mapped[dt.datetime | None]
    verification_sent_at: Mapped[dt.datetime | None]

    events: Mapped[list[DisputeEvent]] = relationship(order_by="DisputeEvent.at")
    notes: Mapped[list[DisputeNote]] = relationship(order_by="DisputeNote.at")


class DisputeEvent(IdMixin, SyncMixin, Base):
    """A state change of a dispute, with who and when (append-only)."""

    __tablename__ = "dispute_events"

    dispute_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("disputes.id"), index=True)
    at: Mapped[dt.datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    detail: Mapped[str | None] = mapped_column(sa.Text)


class DisputeNote(IdMixin, SyncMixin, Base):
    """Append-only note thread of a dispute; a correction is a new note."""

    __tablename__ = "dispute_notes"

    dispute_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("disputes.id"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    text: Mapped[str] = mapped_column(sa.Text)
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("dispute_notes.id"))
