"""Compliance records: what the consumer told us (or a scrub found) that restricts how we may collect.

Each record is about one person and covers either every debt of theirs (``debt_ids`` empty: the person as a whole)
or only the listed debts (account ids, as text). It keeps who set it, when and why, and, once cleared, who cleared
it, when and why: a record is cleared, never deleted. The flags the guardrail engine reads are derived from the
records in force (`services/facts/derived.py`).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, MutableMixin, enum_check, enum_column


class BankruptcyOutcome(enum.StrEnum):
    DISCHARGED = "discharged"
    DISMISSED = "dismissed"


class RepresentativeKind(enum.StrEnum):
    EXECUTOR = "executor"
    ADMINISTRATOR = "administrator"
    PERSONAL_REPRESENTATIVE = "personal_representative"


class AttorneyContact(enum.StrEnum):
    """15 U.S.C. 1692c(a)(2): the attorney consented to direct contact, or did not respond within a reasonable
    period of time."""

    CONSENTED = "consented"
    NO_RESPONSE = "no_response"


class CeaseVia(enum.StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    FAX = "fax"
    PORTAL = "portal"
    ORAL = "oral"


class ComplaintSource(enum.StrEnum):
    CONSUMER = "consumer"
    CFPB = "cfpb"
    STATE_REGULATOR = "state_regulator"
    BBB = "bbb"


class ComplaintStatus(enum.StrEnum):
    OPEN = "open"
    RESPONDED = "responded"
    CLOSED = "closed"


class FactRecord(IdMixin, MutableMixin):
    """What every compliance record has: the person, the debts, who set and cleared it, when and why."""

    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"), index=True)
    # Account ids (text) of the debts it covers; empty: every debt of the person.
    debt_ids: Mapped[list[Any]] = mapped_column(default=list)
    # Where it came from: workspace, scrub, migrated (a flag of an earlier version), demo.
    source: Mapped[str] = mapped_column(sa.String(24), default="workspace")
    set_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    set_at: Mapped[dt.datetime]
    set_reason: Mapped[str | None] = mapped_column(sa.Text)
    cleared_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    cleared_at: Mapped[dt.datetime | None]
    clear_reason: Mapped[str | None] = mapped_column(sa.Text)

    @property
    def active(self) -> bool:
        return self.cleared_at is None


class Bankruptcy(FactRecord, Base):
    """A bankruptcy filing. The automatic stay (11 U.S.C. 362) covers every debt that arose before the filing, so a
    filing is usually recorded on the person; a debt known to be listed in a case may be recorded on that debt."""

    __tablename__ = "bankruptcies"
    __table_args__ = (enum_check("outcome", BankruptcyOutcome),
                      sa.CheckConstraint("chapter IS NULL OR chapter IN (7, 9, 11, 12, 13, 15)", name="chapter"))

    chapter: Mapped[int | None]
    case_number: Mapped[str | None] = mapped_column(sa.String(40))
    court: Mapped[str | None] = mapped_column(sa.String(120))
    filed_on: Mapped[dt.date | None]
    # Later: discharged (the debt may never be collected) or dismissed (the stay ends; a supervisor clears it).
    outcome: Mapped[BankruptcyOutcome | None] = mapped_column(enum_column(BankruptcyOutcome, 12))
    outcome_on: Mapped[dt.date | None]


class Deceased(FactRecord, Base):
    """The consumer died. Their estate's representative (executor, administrator, personal representative) may be
    contacted about the debt (12 CFR 1006.6(a)(4)): a person linked to the account."""

    __tablename__ = "deceased_records"
    __table_args__ = (enum_check("representative_kind", RepresentativeKind),)

    died_on: Mapped[dt.date | None]
    representative_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"))
    representative_kind: Mapped[RepresentativeKind | None] = mapped_column(enum_column(RepresentativeKind, 24))


class AttorneyRepresentation(FactRecord, Base):
    """The consumer is represented by an attorney about these debts (15 U.S.C. 1692c(a)(2)): the consumer is not
    contacted about them; the attorney (a person linked to the accounts, with their own numbers) is."""

    __tablename__ = "attorney_representations"
    __table_args__ = (enum_check("direct_contact", AttorneyContact),)

    attorney_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"))
    firm: Mapped[str | None] = mapped_column(sa.String(200))
    attorney_name: Mapped[str | None] = mapped_column(sa.String(120))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    address: Mapped[str | None] = mapped_column(sa.Text)
    direct_contact: Mapped[AttorneyContact | None] = mapped_column(enum_column(AttorneyContact, 12))
    direct_contact_at: Mapped[dt.datetime | None]
    direct_contact_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))


class CeaseRequest(FactRecord, Base):
    """The consumer asked us to stop communicating (15 U.S.C. 1692c(c)) about these debts."""

    __tablename__ = "cease_requests"
    __table_args__ = (enum_check("received_via", CeaseVia),)

    received_at: Mapped[dt.datetime | None]
    received_via: Mapped[CeaseVia | None] = mapped_column(enum_column(CeaseVia, 8))


class Complaint(FactRecord, Base):
    """A complaint from the consumer, the CFPB, a state regulator or the BBB; open until resolved."""

    __tablename__ = "complaints"
    __table_args__ = (enum_check("received_from", ComplaintSource), enum_check("status", ComplaintStatus),
                      sa.Index("ix_complaints_open_due", "status", "due_on"))

    received_from: Mapped[ComplaintSource | None] = mapped_column(enum_column(ComplaintSource, 16))
    received_at: Mapped[dt.datetime | None]
    due_on: Mapped[dt.date | None]
    status: Mapped[ComplaintStatus] = mapped_column(enum_column(ComplaintStatus, 12), default=ComplaintStatus.OPEN)
    summary: Mapped[str | None] = mapped_column(sa.Text)
    resolution: Mapped[str | None] = mapped_column(sa.Text)


class Hardship(FactRecord, Base):
    """The consumer is in hardship until `ends_on` (None: until cleared); the agency's rule pauses calls or not."""

    __tablename__ = "hardships"

    reason: Mapped[str | None] = mapped_column(sa.Text)
    ends_on: Mapped[dt.date | None]


# The record tables in the order the workspace lists them, each with the engine flag it sets while in force.
RECORDS: tuple[tuple[type[FactRecord], str], ...] = (
    (Deceased, "deceased"), (Bankruptcy, "bankruptcy"), (AttorneyRepresentation, "attorney_represented"),
    (CeaseRequest, "cease_requested"), (Complaint, "complaint"), (Hardship, "hardship"),
)
RECORD_TABLES = tuple(model.__tablename__ for model, _flag in RECORDS)
