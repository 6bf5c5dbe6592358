"""Contact attempts (append-only), result codes, overrides and supervisor reviews."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, MutableMixin, SyncMixin, enum_check, enum_column
from .enums import Channel, Direction, Outcome

if TYPE_CHECKING:
    from .letter import Letter


class ResultCode(MutableMixin, Base):
    """A configurable result a collector picks; says how it counts."""

    __tablename__ = "result_codes"
    __table_args__ = (enum_check("outcome", Outcome), enum_check("channel", Channel),)

    code: Mapped[str] = mapped_column(sa.String(24), primary_key=True)
    label: Mapped[str] = mapped_column(sa.String(80))
    label_es: Mapped[str | None] = mapped_column(sa.String(80))
    channel: Mapped[str | None] = mapped_column(sa.String(8))  # None: any channel
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome, 16))
    counts_as_attempt: Mapped[bool] = mapped_column(default=True)
    counts_as_connection: Mapped[bool] = mapped_column(default=False)
    counts_as_right_party: Mapped[bool] = mapped_column(default=False)
    counts_as_conversation: Mapped[bool] = mapped_column(default=False)
    shortcut: Mapped[str | None] = mapped_column(sa.String(16))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class ContactAttempt(IdMixin, SyncMixin, Base):
    """One contact attempt or inbound contact. Append-only: a correction is a new record."""

    __tablename__ = "contact_attempts"
    __table_args__ = (
        enum_check("channel", Channel), enum_check("direction", Direction), enum_check("outcome", Outcome),
        sa.Index("ix_contact_attempts_person_at", "person_id", "at"),
        sa.Index("ix_contact_attempts_account_at", "account_id", "at"),
        sa.Index("ix_contact_attempts_user_at", "user_id", "at"),
        # The supervisor's call log: newest first, paged by key.
        sa.Index("ix_contact_attempts_at_id", "at", "id"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    channel: Mapped[Channel] = mapped_column(enum_column(Channel, 8))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction, 8), default=Direction.OUTBOUND)
    phone_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("phones.id"))
    phone_e164: Mapped[str | None] = mapped_column(sa.String(20))
    email_address: Mapped[str | None] = mapped_column(sa.String(254))
    result_code: Mapped[str] = mapped_column(sa.ForeignKey("result_codes.code"))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome, 16))
    purpose: Mapped[str] = mapped_column(sa.String(16), default="collection")
    notes: Mapped[str | None] = mapped_column(sa.Text)
    callback_at: Mapped[dt.datetime | None]
    disclosures: Mapped[list[Any]] = mapped_column(default=list)  # ["mini_miranda", "debt_collector"]
    # A conversation without a disclosure says why (the consumer hung up first...); the call log flags it.
    disclosure_reason: Mapped[str | None] = mapped_column(sa.Text)
    # Right-party verification before disclosure: {"result": "verified" | "failed" | "refused", "checked": [...]}
    verification: Mapped[dict[str, Any] | None]
    # The guardrail decision that allowed it and the rule-pack version it was made under.
    decision: Mapped[dict[str, Any] | None]
    rule_pack_version: Mapped[str | None] = mapped_column(sa.String(40))
    override_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("overrides.id"))
    letter_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("letters.id"))
    # Declared so that a flush writes a letter before the attempt that refers to it (a batch flushes both at once).
    letter: Mapped[Letter | None] = relationship()
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("contact_attempts.id"))
    workstation: Mapped[str | None] = mapped_column(sa.String(64))
    recorded_offline: Mapped[bool] = mapped_column(default=False)


class Override(IdMixin, SyncMixin, Base):
    """A supervisor's override of an overridable rule, with the written reason."""

    __tablename__ = "overrides"

    supervisor_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"), index=True)
    collector_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("persons.id"))
    rules: Mapped[list[Any]]  # rule ids overridden
    reason: Mapped[str] = mapped_column(sa.Text)
    at: Mapped[dt.datetime]
    # An override covers one attempt: used once, then it is spent.
    used_at: Mapped[dt.datetime | None]


class ReviewChecklistItem(MutableMixin, Base):
    __tablename__ = "review_checklist_items"

    code: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    label: Mapped[str] = mapped_column(sa.String(120))
    weight: Mapped[int] = mapped_column(default=1)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class ContactReview(IdMixin, SyncMixin, Base):
    """A supervisor's review of one attempt: checklist answers, score and comment the collector sees."""

    __tablename__ = "contact_reviews"

    contact_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("contact_attempts.id"), index=True)
    reviewer_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    answers: Mapped[dict[str, Any]]  # {item code: true/false}
    score: Mapped[int] = mapped_column(default=0)
    max_score: Mapped[int] = mapped_column(default=0)
    comment: Mapped[str | None] = mapped_column(sa.Text)
    acknowledged_at: Mapped[dt.datetime | None]
