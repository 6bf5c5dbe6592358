"""Account notes: append-only; a correction is a new note that points at the old one."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, SyncMixin


class Note(IdMixin, SyncMixin, Base):
    __tablename__ = "notes"
    __table_args__ = (sa.Index("ix_notes_account_at", "account_id", "at"),)

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    text: Mapped[str] = mapped_column(sa.Text)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("contact_attempts.id"))
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("notes.id"))
