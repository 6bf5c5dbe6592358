"""Documents received for an account (a dispute letter, proof of debt, a bankruptcy notice, an attorney's letter of
representation): the file kept once per account with its SHA-256, append-only like the notes."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, SyncMixin, enum_check, enum_column


class DocumentKind(enum.StrEnum):
    DISPUTE_LETTER = "dispute_letter"
    PROOF_OF_DEBT = "proof_of_debt"
    BANKRUPTCY_NOTICE = "bankruptcy_notice"
    ATTORNEY_LETTER = "attorney_letter"
    OTHER = "other"


class Document(IdMixin, SyncMixin, Base):
    """A file received for an account. The same file (same SHA-256) is kept once per account."""

    __tablename__ = "documents"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "sha256", name="uq_documents_account_sha256"),
        enum_check("kind", DocumentKind),
        sa.Index("ix_documents_account_received", "account_id", "received_at"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("accounts.id"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("persons.id"))
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind, 24))
    file_name: Mapped[str] = mapped_column(sa.String(255))
    media_type: Mapped[str] = mapped_column(sa.String(100))
    size: Mapped[int] = mapped_column(sa.Integer)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    content: Mapped[bytes] = mapped_column(sa.LargeBinary)
    received_at: Mapped[dt.datetime]
    attached_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    description: Mapped[str | None] = mapped_column(sa.Text)
