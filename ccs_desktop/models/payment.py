"""Payments (append-only) and the balance transactions every balance is the sum of."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, SyncMixin, enum_check, enum_column
from .enums import PaymentMethod, TransactionKind

ZERO = Decimal("0.00")


class Payment(IdMixin, SyncMixin, Base):
    """A payment received. Never edited: a returned payment is a new Payment with `reverses_id`."""

    __tablename__ = "payments"
    __table_args__ = (
        sa.Index("ix_payments_account_paid", "account_id", "paid_on"),
        enum_check("method", PaymentMethod),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"))
    amount: Mapped[Decimal]  # negative for a reversal
    currency: Mapped[str] = mapped_column(sa.String(3), default="USD")
    paid_on: Mapped[dt.date] = mapped_column(index=True)
    method: Mapped[PaymentMethod] = mapped_column(enum_column(PaymentMethod, 16))
    reference: Mapped[str | None] = mapped_column(sa.String(80))
    posted_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    posted_at: Mapped[dt.datetime]
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("payments.id"), unique=True)
    promise_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("promises.id"))
    note: Mapped[str | None] = mapped_column(sa.Text)


class BalanceTransaction(IdMixin, SyncMixin, Base):
    """A change to an account's balance, by component. Positive increases what is owed."""

    __tablename__ = "balance_transactions"
    __table_args__ = (
        sa.Index("ix_balance_transactions_account_at", "account_id", "at"),
        enum_check("kind", TransactionKind),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"))
    kind: Mapped[TransactionKind] = mapped_column(enum_column(TransactionKind, 24))
    at: Mapped[dt.datetime]
    effective_on: Mapped[dt.date]
    principal: Mapped[Decimal] = mapped_column(default=ZERO)
    interest: Mapped[Decimal] = mapped_column(default=ZERO)
    fees: Mapped[Decimal] = mapped_column(default=ZERO)
    costs: Mapped[Decimal] = mapped_column(default=ZERO)
    payment_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("payments.id"), index=True)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("balance_transactions.id"))
    posted_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    memo: Mapped[str | None] = mapped_column(sa.String(200))

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.fees + self.costs
