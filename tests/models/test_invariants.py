"""Money is exact Decimal, time is aware UTC, ids are time-ordered UUIDs — on both backends."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop.models import BalanceTransaction, Client, MoneyError, new_id, to_money
from ccs_desktop.models.enums import TransactionKind
from tests.factories import make_account


def test_to_money_refuses_floats_and_fractions_of_a_cent():
    with pytest.raises(MoneyError):
        to_money(0.1)
    with pytest.raises(MoneyError):
        to_money("10.005")
    with pytest.raises(MoneyError):
        to_money("ten dollars")
    with pytest.raises(MoneyError):
        to_money(Decimal("NaN"))
    assert to_money("12.5") == Decimal("12.50")
    assert to_money(7) == Decimal("7.00")


def test_ids_are_version_7_and_time_ordered():
    ids = [new_id() for _ in range(1000)]
    assert all(i.version == 7 for i in ids)
    assert ids == sorted(ids)


def test_money_sums_are_exact(session_factory):
    with session_factory() as s, s.begin():
        account = make_account(s)
        for _ in range(10):
            s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT, at=dt.datetime.now(dt.timezone.utc),
                                     effective_on=dt.date(2026, 1, 1), principal=Decimal("0.10")))
    with session_factory() as s:
        total = s.scalar(sa.select(sa.func.sum(BalanceTransaction.principal)).where(BalanceTransaction.account_id == account.id))
        rows = s.scalars(sa.select(BalanceTransaction.principal).where(BalanceTransaction.account_id == account.id)).all()
    assert all(isinstance(r, Decimal) and r == Decimal("0.10") for r in rows)
    # SQLite keeps cents as integers: the database sums them exactly; PostgreSQL sums NUMERIC exactly.
    assert Decimal(total) in (Decimal("1.00"), Decimal(100))


def test_a_float_amount_is_refused_at_the_database_boundary(session_factory):
    with session_factory() as s:
        s.add(Client(code="F", name="Float Co", min_instalment=19.99))
        with pytest.raises(sa.exc.StatementError) as info:
            s.flush()
        assert isinstance(info.value.orig, MoneyError)


def test_naive_datetimes_are_refused_and_instants_come_back_aware_utc(session_factory):
    with session_factory() as s:
        account = make_account(s)
        s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT, at=dt.datetime(2026, 3, 8, 7, 30),
                                 effective_on=dt.date(2026, 3, 8)))
        with pytest.raises(sa.exc.StatementError, match="naive datetime"):
            s.flush()
    new_york = dt.timezone(dt.timedelta(hours=-5))
    with session_factory() as s, s.begin():
        account = make_account(s)
        tx = BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT,
                                at=dt.datetime(2026, 3, 8, 1, 30, tzinfo=new_york), effective_on=dt.date(2026, 3, 8))
        s.add(tx)
    with Session(s.get_bind()) as s2:
        at = s2.get(BalanceTransaction, tx.id).at
    assert at.tzinfo is not None and at.utcoffset() == dt.timedelta(0)
    assert at == dt.datetime(2026, 3, 8, 6, 30, tzinfo=dt.timezone.utc)
    assert isinstance(tx.id, uuid.UUID)
