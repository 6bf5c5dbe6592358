"""Declarative base and the column types every model shares.

Invariants kept here (see DESIGN.md):
- money is ``Decimal`` stored as ``Numeric(14, 2)`` (integer cents on SQLite, so sums stay exact);
- timestamps are timezone-aware and stored in UTC; a naive datetime is refused;
- ids of rows a workstation creates are time-ordered UUIDs (v7).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
import uuid6
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

UTC = dt.timezone.utc
CENT = Decimal("0.01")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A time-ordered UUID (v7): unique across offline workstations, index-friendly."""
    return uuid6.uuid7()


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class MoneyError(ValueError):
    """An amount that is not a valid money value (a float, too many decimals, not a number)."""


def to_money(value: Any) -> Decimal:
    """Convert user or file input to a money ``Decimal``; floats are refused, not rounded."""
    if isinstance(value, bool) or isinstance(value, float):
        raise MoneyError(f"money must be a Decimal, int or string, not {type(value).__name__}")
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except Exception as exc:  # decimal.InvalidOperation and friends
        raise MoneyError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise MoneyError(f"not an amount: {value!r}")
    try:
        cents = amount.quantize(CENT)
    except ArithmeticError as exc:  # too many digits for the decimal context (e.g. 1e+26)
        raise MoneyError(f"amount too large: {value!r}") from exc
    if amount != cents:
        raise MoneyError(f"amount has more than two decimals: {value!r}")
    return cents


class Money(sa.types.TypeDecorator[Decimal]):
    """Decimal money: NUMERIC(14, 2) on PostgreSQL, integer cents on SQLite."""

    impl = sa.Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.BigInteger())
        return dialect.type_descriptor(sa.Numeric(14, 2, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        amount = to_money(value)
        if dialect.name == "sqlite":
            return int(amount.scaleb(2))
        return amount

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-2).quantize(CENT)
        return Decimal(value).quantize(CENT)

    @property
    def python_type(self) -> type:
        return Decimal


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """A timezone-aware instant stored in UTC. Naive datetimes are a programming error."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: time is timezone-aware everywhere")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    @property
    def python_type(self) -> type:
        return dt.datetime


JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def enum_column(enum_cls: type[enum.Enum], length: int = 24) -> sa.Enum:
    """A string-valued enum column (VARCHAR, values validated in Python)."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )


def enum_check(column: str, enum_cls: type[enum.Enum]) -> sa.CheckConstraint:
    """The database refuses a value of `column` outside `enum_cls` (NULL passes: nullability is the column's own).
    Named ``ck_<table>_<column>``; migration 0011 adds the same constraints to existing databases."""
    allowed = ", ".join("'" + str(m.value) + "'" for m in enum_cls)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=column)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        Decimal: Money(),
        dt.datetime: UTCDateTime(),
        uuid.UUID: sa.Uuid(),
        dict[str, Any]: JSONType,
        list[Any]: JSONType,
    }


class IdMixin:
    """A workstation-creatable row: UUIDv7 primary key."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


class SyncMixin:
    """Rows that travel between the shared database and the offline cache.

    ``server_seq`` is stamped by the shared database on every insert and update (a PostgreSQL sequence
    via trigger; on SQLite by the sync layer) so a cache can pull what changed since its cursor.
    """

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    server_seq: Mapped[int | None] = mapped_column(sa.BigInteger, index=True, default=None)


class MutableMixin(SyncMixin):
    """Rows whose fields can be edited: they carry an edit time and a row version for conflict detection."""

    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    row_version: Mapped[int] = mapped_column(default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}
