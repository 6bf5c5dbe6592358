"""Letters produced for an account (validation notices, confirmations...) and their templates."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, MutableMixin, SyncMixin, enum_check, enum_column
from .enums import Language


class LetterTemplate(IdMixin, MutableMixin, Base):
    """An admin-editable letter template with placeholders; English and Spanish bodies."""

    __tablename__ = "letter_templates"
    __table_args__ = (
        sa.UniqueConstraint("code", "language", name="uq_letter_templates_code_lang"),
        enum_check("language", Language),
    )

    code: Mapped[str] = mapped_column(sa.String(40))
    language: Mapped[Language] = mapped_column(enum_column(Language, 8))
    title: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.Text)
    purpose: Mapped[str] = mapped_column(sa.String(16), default="collection")
    active: Mapped[bool] = mapped_column(default=True)


class Letter(IdMixin, SyncMixin, Base):
    """A letter generated for an account; the PDF is kept with it."""

    __tablename__ = "letters"
    __table_args__ = (enum_check("language", Language),)

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"))
    kind: Mapped[str] = mapped_column(sa.String(40))
    language: Mapped[Language] = mapped_column(enum_column(Language, 8))
    created_at_local: Mapped[dt.date]
    created_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    pdf: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    pdf_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    sent_at: Mapped[dt.datetime | None]
    batch_id: Mapped[uuid.UUID | None]
