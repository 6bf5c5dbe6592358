"""Promises to pay (single, plan, settlement) and their instalments."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, enum_check, enum_column
from .enums import InstalmentState, PaymentMethod, PlanFrequency, PromiseKind, PromiseStatus

ZERO = Decimal("0.00")


class Promise(IdMixin, MutableMixin, Base):
    __tablename__ = "promises"
    __table_args__ = (
        enum_check("kind", PromiseKind),
        enum_check("frequency", PlanFrequency),
        enum_check("method", PaymentMethod),
        enum_check("status", PromiseStatus),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"))
    taken_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    taken_at: Mapped[dt.datetime]
    contact_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("contact_attempts.id"))
    kind: Mapped[PromiseKind] = mapped_column(enum_column(PromiseKind, 12))
    frequency: Mapped[PlanFrequency | None] = mapped_column(enum_column(PlanFrequency, 10))
    total_amount: Mapped[Decimal]
    # For a settlement: the balance it settles and the discount granted.
    settles_balance: Mapped[Decimal | None]
    discount_pct: Mapped[Decimal | None]
    method: Mapped[PaymentMethod | None] = mapped_column(enum_column(PaymentMethod, 16))
    status: Mapped[PromiseStatus] = mapped_column(enum_column(PromiseStatus, 20), default=PromiseStatus.ACTIVE)
    approval_reasons: Mapped[str | None] = mapped_column(sa.Text)
    approved_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    approved_at: Mapped[dt.datetime | None]
    cancelled_at: Mapped[dt.datetime | None]
    note: Mapped[str | None] = mapped_column(sa.Text)

    instalments: Mapped[list[Instalment]] = relationship(
        back_populates="promise", order_by="Instalment.seq", cascade="all, delete-orphan"
    )


class Instalment(IdMixin, MutableMixin, Base):
    __tablename__ = "instalments"
    __table_args__ = (
        enum_check("state", InstalmentState),
        sa.UniqueConstraint("promise_id", "seq", name="uq_instalments_promise_seq"),
        sa.Index("ix_instalments_due", "state", "due_date"),
    )

    promise_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("promises.id"))
    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    seq: Mapped[int]
    due_date: Mapped[dt.date]
    amount: Mapped[Decimal]
    paid_amount: Mapped[Decimal] = mapped_column(default=ZERO)
    state: Mapped[InstalmentState] = mapped_column(enum_column(InstalmentState, 12), default=InstalmentState.DUE)
    evaluated_at: Mapped[dt.datetime | None]

    promise: Mapped[Promise] = relationship(back_populates="instalments")
