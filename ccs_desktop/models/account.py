"""Accounts (debts placed by a client) and the people linked to them."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, enum_check, enum_column
from .client import Client, Placement
from .enums import AccountStatus, DebtType, ItemizationReference, PartyRole
from .person import Person

ZERO = Decimal("0.00")


class Account(IdMixin, MutableMixin, Base):
    __tablename__ = "accounts"
    __table_args__ = (
        enum_check("debt_type", DebtType), enum_check("status", AccountStatus),
        enum_check("itemization_reference", ItemizationReference),
        sa.UniqueConstraint("client_id", "client_account_number", name="uq_accounts_client_number"),
        # The collector's queue: their open accounts by score, paged by key.
        sa.Index("ix_accounts_queue", "assigned_to", "status", sa.text("priority_score DESC"), "id"),
        sa.Index("ix_accounts_tz_group", "tz_group"),
        # Search as you type: a collector's accounts by their consumer's name prefix, ranked without the table.
        sa.Index("ix_accounts_queue_search", "assigned_to", "status", "consumer_search_name", "priority_score", "id"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("clients.id"), index=True)
    placement_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("placements.id"), index=True)
    client_account_number: Mapped[str] = mapped_column(sa.String(40), index=True)
    original_creditor: Mapped[str | None] = mapped_column(sa.String(200))
    debt_type: Mapped[DebtType] = mapped_column(enum_column(DebtType, 16), default=DebtType.CONSUMER)
    currency: Mapped[str] = mapped_column(sa.String(3), default="USD")

    # Current balance by component. Each is the sum of the account's balance transactions
    # (kept here for the queue; `services.money.balances.recompute_balances` proves it).
    principal: Mapped[Decimal] = mapped_column(default=ZERO)
    interest: Mapped[Decimal] = mapped_column(default=ZERO)
    fees: Mapped[Decimal] = mapped_column(default=ZERO)
    costs: Mapped[Decimal] = mapped_column(default=ZERO)
    balance: Mapped[Decimal] = mapped_column(default=ZERO, index=True)
    placed_balance: Mapped[Decimal] = mapped_column(default=ZERO)

    charge_off_date: Mapped[dt.date | None]
    delinquency_date: Mapped[dt.date | None]
    placed_on: Mapped[dt.date | None]
    last_payment_date: Mapped[dt.date | None]
    last_payment_amount: Mapped[Decimal | None]
    # Reg F itemization facts, from the placement file (validation notice, 1006.34(b)(3), (c)(2)(iv), (vi), (vii)):
    # the itemization date, which of the five reference dates it is, the amount owed on it and the account number
    # the debt had on it (possibly truncated). A notice is refused while any of them is missing.
    itemization_date: Mapped[dt.date | None]
    itemization_balance: Mapped[Decimal | None]
    itemization_reference: Mapped[ItemizationReference | None] = mapped_column(enum_column(ItemizationReference, 16))
    itemization_account_number: Mapped[str | None] = mapped_column(sa.String(40))
    validation_notice_sent_on: Mapped[dt.date | None]

    status: Mapped[AccountStatus] = mapped_column(enum_column(AccountStatus, 12), default=AccountStatus.OPEN)
    close_reason: Mapped[str | None] = mapped_column(sa.String(40))
    closed_at: Mapped[dt.datetime | None]
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))

    # Queue inputs, kept current by the services in the same transaction as the change.
    priority_score: Mapped[Decimal] = mapped_column(default=ZERO)
    score_detail: Mapped[dict[str, Any] | None]
    last_contact_at: Mapped[dt.datetime | None]
    last_result: Mapped[str | None] = mapped_column(sa.String(24))
    right_party_contacts: Mapped[int] = mapped_column(default=0)
    callback_at: Mapped[dt.datetime | None]
    next_promise_due: Mapped[dt.date | None]
    has_broken_promise: Mapped[bool] = mapped_column(default=False)
    # Earliest instant the frequency rules allow the next call (guardrail pre-filter for the queue).
    next_allowed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    # The primary consumer's candidate time zones, always the same thing: compliance.location.person_zones over
    # every current address not marked bad, every phone number not marked bad and the zone they stated, keyed by
    # location.tz_group_key ("|"-joined, sorted). Written by the import and the demo, and recomputed by
    # refresh_queue_fields whenever the account changes (a contact attempt does not narrow it to the number called).
    # None: nothing locates the consumer (the queue blocks the account). The hours window is applied per group.
    tz_group: Mapped[str | None] = mapped_column(sa.Text())
    # A hard block (attorney, cease, bankruptcy, deceased, dispute hold): not callable whatever the hour.
    contact_blocked: Mapped[bool] = mapped_column(default=False)
    blocked_reason: Mapped[str | None] = mapped_column(sa.String(40))
    # The consumer's `Person.search_name` ("LAST FIRST", upper case), NULL once pseudonymised. Kept by database
    # triggers (migration 0020) and never written here; on PostgreSQL a direct write gets the derived value.
    consumer_search_name: Mapped[str | None] = mapped_column(sa.String(210))

    client: Mapped[Client] = relationship()
    placement: Mapped[Placement | None] = relationship()
    parties: Mapped[list[AccountParty]] = relationship(back_populates="account", order_by="AccountParty.role")

    def component_sum(self) -> Decimal:
        return self.principal + self.interest + self.fees + self.costs

    @property
    def consumer(self) -> Person | None:
        for party in self.parties:
            if party.role == PartyRole.CONSUMER:
                return party.person
        return None


class AccountParty(IdMixin, MutableMixin, Base):
    """A person's role on an account: consumer, co-signer, their attorney, a third party."""

    __tablename__ = "account_parties"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "person_id", "role", name="uq_account_parties_link"),
        enum_check("role", PartyRole),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    role: Mapped[PartyRole] = mapped_column(enum_column(PartyRole, 12))

    account: Mapped[Account] = relationship(back_populates="parties")
    person: Mapped[Person] = relationship()
