"""Versioned rule packs and admin-editable settings (score weights, retention...)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, MutableMixin, SyncMixin


class RulePackVersion(IdMixin, SyncMixin, Base):
    """Every edit of the guardrail rule packs is a new version; attempts record the version that allowed them."""

    __tablename__ = "rule_pack_versions"

    version: Mapped[str] = mapped_column(sa.String(40), unique=True)
    packs: Mapped[dict[str, Any]]
    changed_by: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("users.id"))
    changed_at: Mapped[dt.datetime]
    comment: Mapped[str | None] = mapped_column(sa.Text)
    active: Mapped[bool] = mapped_column(default=False)


class AppSetting(MutableMixin, Base):
    """A typed setting stored as JSON under a key (e.g. ``queue.score_weights``)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    value: Mapped[dict[str, Any]]
