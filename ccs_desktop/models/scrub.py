"""Scrub and skip-trace files: what a vendor sent back about the agency's consumers (new numbers and addresses,
bankruptcy and death matches), imported once each."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, SyncMixin


class ScrubFile(IdMixin, SyncMixin, Base):
    """One scrub or skip-trace file imported. The same file (by its SHA-256) is imported once: the database refuses a
    second row even when two imports of it race."""

    __tablename__ = "scrub_files"

    received_at: Mapped[dt.datetime]
    file_name: Mapped[str | None] = mapped_column(sa.String(260))
    file_sha256: Mapped[str] = mapped_column(sa.String(64), unique=True)
    row_count: Mapped[int] = mapped_column(default=0)
    person_count: Mapped[int] = mapped_column(default=0)
    # What the file changed: {"phones": n, "addresses": n, "emails": n, "bankruptcy": n, "deceased": n}.
    summary: Mapped[dict[str, Any] | None]
    imported_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
