"""The agency's identity: one record that every letter, report and screen takes its name, address and hours from."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, MutableMixin


class AgencyProfile(MutableMixin, Base):
    """The one agency record (id 1): legal and trade name, addresses, phone, hours, web site, dispute email,
    licence numbers by state or province, and the time zone letter dates and supervisor screens use."""

    __tablename__ = "agency_profile"
    __table_args__ = (sa.CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False, default=1)
    legal_name: Mapped[str] = mapped_column(sa.String(200))
    trade_name: Mapped[str | None] = mapped_column(sa.String(200))
    address_lines: Mapped[list[Any]]
    phone: Mapped[str] = mapped_column(sa.String(40))
    hours: Mapped[str] = mapped_column(sa.String(200))
    hours_es: Mapped[str] = mapped_column(sa.String(200))
    website: Mapped[str | None] = mapped_column(sa.String(200))
    email: Mapped[str | None] = mapped_column(sa.String(200))
    payment_address_lines: Mapped[list[Any]]
    licences: Mapped[dict[str, Any]]
    time_zone: Mapped[str] = mapped_column(sa.String(64))
