"""People (consumers, co-signers, attorneys, third parties) and how to reach them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, SyncMixin, enum_check, enum_column
from .enums import Channel, FlagKind, Language, PhoneType


class Person(IdMixin, MutableMixin, Base):
    __tablename__ = "persons"
    __table_args__ = (enum_check("language", Language),)

    first_name: Mapped[str | None] = mapped_column(sa.String(80))
    last_name: Mapped[str] = mapped_column(sa.String(120))
    # Upper-cased "LAST FIRST" for prefix search.
    search_name: Mapped[str] = mapped_column(sa.String(210), index=True)
    business_name: Mapped[str | None] = mapped_column(sa.String(200))
    date_of_birth: Mapped[dt.date | None]
    ssn_last4: Mapped[str | None] = mapped_column(sa.String(4))
    language: Mapped[Language] = mapped_column(enum_column(Language, 8), default=Language.EN)
    stated_time_zone: Mapped[str | None] = mapped_column(sa.String(64))
    refused_channels: Mapped[list[Any]] = mapped_column(default=list)
    # For an attorney or third party: firm, bar number, free text.
    details: Mapped[dict[str, Any] | None]
    pseudonymised_at: Mapped[dt.datetime | None]

    phones: Mapped[list[Phone]] = relationship(back_populates="person", order_by="Phone.created_at")
    addresses: Mapped[list[Address]] = relationship(back_populates="person", order_by="Address.created_at")
    emails: Mapped[list[Email]] = relationship(back_populates="person", order_by="Email.created_at")
    flags: Mapped[list[ComplianceFlag]] = relationship(back_populates="person", order_by="ComplianceFlag.set_at")
    inconvenient_times: Mapped[list[InconvenientTime]] = relationship(back_populates="person")
    consents: Mapped[list[Consent]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        if self.business_name:
            return self.business_name
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class Phone(IdMixin, MutableMixin, Base):
    __tablename__ = "phones"
    __table_args__ = (enum_check("type", PhoneType),)

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    e164: Mapped[str] = mapped_column(sa.String(20), index=True)
    # Digits only, national significant number, for "any format" search.
    digits: Mapped[str] = mapped_column(sa.String(20), index=True)
    type: Mapped[PhoneType] = mapped_column(enum_column(PhoneType, 8))
    source: Mapped[str | None] = mapped_column(sa.String(40))
    consent: Mapped[bool] = mapped_column(default=False)
    # When and how the consumer gave consent to be called at this number (schema 0017).
    consent_at: Mapped[dt.datetime | None]
    consent_how: Mapped[str | None] = mapped_column(sa.String(40))
    do_not_call: Mapped[bool] = mapped_column(default=False)
    bad_number: Mapped[bool] = mapped_column(default=False)
    # Why it is bad: "wrong_number" (not the consumer's) or "disconnected" (schema 0017).
    bad_reason: Mapped[str | None] = mapped_column(sa.String(40))
    sms_opted_out: Mapped[bool] = mapped_column(default=False)
    primary: Mapped[bool] = mapped_column(default=False)

    person: Mapped[Person] = relationship(back_populates="phones")


class Address(IdMixin, MutableMixin, Base):
    __tablename__ = "addresses"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    line1: Mapped[str | None] = mapped_column(sa.String(200))
    line2: Mapped[str | None] = mapped_column(sa.String(200))
    city: Mapped[str | None] = mapped_column(sa.String(100))
    region: Mapped[str | None] = mapped_column(sa.String(3))  # state or province code
    postal_code: Mapped[str | None] = mapped_column(sa.String(12))
    country: Mapped[str] = mapped_column(sa.String(2), default="US")
    current: Mapped[bool] = mapped_column(default=True)
    bad_address: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str | None] = mapped_column(sa.String(40))

    person: Mapped[Person] = relationship(back_populates="addresses")


class Email(IdMixin, MutableMixin, Base):
    __tablename__ = "emails"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    address: Mapped[str] = mapped_column(sa.String(254))
    employer_provided: Mapped[bool] = mapped_column(default=False)
    # The consumer's consent to email them at this address, when and how (12 CFR 1006.22(f)(3)); schema 0017.
    consent: Mapped[bool] = mapped_column(default=False)
    consent_at: Mapped[dt.datetime | None]
    consent_how: Mapped[str | None] = mapped_column(sa.String(40))
    # The consumer wrote to the agency from this address (1006.6(d)(4)(ii)(B)); schema 0017.
    consumer_used: Mapped[bool] = mapped_column(default=False)
    opted_out: Mapped[bool] = mapped_column(default=False)
    opted_out_at: Mapped[dt.datetime | None]
    source: Mapped[str | None] = mapped_column(sa.String(40))

    person: Mapped[Person] = relationship(back_populates="emails")


class ComplianceFlag(IdMixin, MutableMixin, Base):
    """A fact that restricts contact (attorney, cease, bankruptcy...), with who set and cleared it."""

    __tablename__ = "compliance_flags"
    __table_args__ = (enum_check("kind", FlagKind),)

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    # None: applies to the person on every account; otherwise only on that account.
    account_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    kind: Mapped[FlagKind] = mapped_column(enum_column(FlagKind, 32))
    set_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    set_at: Mapped[dt.datetime]
    cleared_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    cleared_at: Mapped[dt.datetime | None]
    detail: Mapped[str | None] = mapped_column(sa.Text)
    # e.g. the attorney's person id, the bankruptcy case number
    reference: Mapped[str | None] = mapped_column(sa.String(120))

    person: Mapped[Person] = relationship(back_populates="flags")

    @property
    def active(self) -> bool:
        return self.cleared_at is None


class InconvenientTime(IdMixin, MutableMixin, Base):
    """A recurring local-time block the consumer said is inconvenient (Reg F 1006.6(b)(1))."""

    __tablename__ = "inconvenient_times"

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    days: Mapped[list[Any]]  # ["mon", ... "sun"]
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
    note: Mapped[str | None] = mapped_column(sa.String(200))
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    removed_at: Mapped[dt.datetime | None]

    person: Mapped[Person] = relationship(back_populates="inconvenient_times")


class Consent(IdMixin, SyncMixin, Base):
    """Prior consent to be contacted (Reg F 1006.14(b)(3)(i)); append-only."""

    __tablename__ = "consents"
    __table_args__ = (enum_check("channel", Channel),)

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("accounts.id"))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, 8))
    given_at: Mapped[dt.datetime]
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("contact_attempts.id"))

    person: Mapped[Person] = relationship(back_populates="consents")
