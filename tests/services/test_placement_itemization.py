"""The placement file's Reg F itemization facts: mapped by their usual names, checked (all four or none, one of the
five reference dates, consistent with the charge-off date), stored per account, updated by a re-placement, and a
validation notice refused by name for an account placed without them."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop.models import Account
from ccs_desktop.models.enums import ItemizationReference, Role
from ccs_desktop.services.context import SYSTEM, ServiceError
from ccs_desktop.services.letters import notices
from ccs_desktop.services.placement import imports, maps
from tests.factories import make_agency, make_client, make_user

TODAY = dt.date(2026, 11, 23)
HEADERS = ["Account Number", "Last Name", "Address", "City", "State", "ZIP", "Principal", "Interest", "Fees", "Charge-off Date",
           "Itemization Date", "Itemization Date Type", "Itemization Amount", "Account Number on the Itemization Date"]


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return out.getvalue().encode()


def _row(n: int, *itemization: str, charge_off: str = "01/15/2025") -> list[str]:
    return [f"A-{n:05d}", f"Doe{n}", f"{n} Main St", "New York", "NY", "10001", "1000.00", "40.00", "10.00", charge_off, *itemization]


@pytest.fixture
def factory(session_factory):
    with session_factory() as s, s.begin():
        make_client(s, code="NWB", name="Northwind Bank")
        make_user(s, Role.COLLECTOR, username="cole")
        make_agency(s)  # the letterhead every notice takes
    return session_factory


def test_the_map_knows_the_itemization_columns():
    columns = maps.guess_map(HEADERS).columns
    assert {k: columns[k] for k in ("itemization_date", "itemization_reference", "itemization_amount",
                                    "itemization_account_number")} == dict(zip(
        ("itemization_date", "itemization_reference", "itemization_amount", "itemization_account_number"),
        HEADERS[-4:]))
    assert columns["account_number"] == "Account Number"


def test_itemization_facts_are_checked_stored_and_required_by_the_notice(factory):
    rows = [
        _row(1, "01/15/2025", "Charge-off", "1000.00", "xxxx-xxxx-4417"),
        _row(2),                                                       # none of the four: placed without them
        _row(3, "01/15/2025", "", "", ""),                              # the date alone
        _row(4, "01/15/2025", "payoff", "1000.00", "A-00004"),          # not one of the five reference dates
        _row(5, "02/01/2025", "charge off", "1000.00", "A-00005"),      # not the row's charge-off date
        _row(6, "12/15/2024", "Last statement", "1000.00", "A-00006"),
        _row(7, "12/15/2024", "judgment", "1,000.005", "A-00007"),
    ]
    result = imports.import_file(factory, SYSTEM, "NWB", _csv(rows), today=TODAY)
    problems = sorted((e.line, e.field, e.message) for e in result.errors)
    required = "is required when the file gives the itemization (date, date type, amount, account number)"
    assert problems == [
        (4, "itemization_account_number", required), (4, "itemization_amount", required),
        (4, "itemization_reference", required),
        (5, "itemization_reference", "is not one of last statement, charge-off, last payment, transaction, "
                                     "judgment (Reg F 1006.34(b)(3))"),
        (6, "itemization_date", "is the charge-off date but differs from the charge-off date 2025-01-15"),
        (8, "itemization_amount", "has more than two decimals"),
    ]
    assert result.imported == 3
    with factory() as s:
        stored = {a.client_account_number: (a.itemization_date, a.itemization_reference, a.itemization_balance,
                                            a.itemization_account_number) for a in s.scalars(sa.select(Account))}
        assert stored == {
            "A-00001": (dt.date(2025, 1, 15), ItemizationReference.CHARGE_OFF, Decimal("1000.00"), "xxxx-xxxx-4417"),
            "A-00002": (None, None, None, None),
            "A-00006": (dt.date(2024, 12, 15), ItemizationReference.LAST_STATEMENT, Decimal("1000.00"), "A-00006"),
        }
        first = s.scalar(sa.select(Account).where(Account.client_account_number == "A-00001"))
        data = notices.notice_data(s, first, TODAY)
        assert (data.account_number, data.itemization_reference, data.itemization_amount, data.interest, data.fees,
                data.current_amount) == ("xxxx-xxxx-4417", "charge_off", Decimal("1000.00"), Decimal("40.00"),
                                         Decimal("10.00"), Decimal("1050.00"))
        second = s.scalar(sa.select(Account).where(Account.client_account_number == "A-00002"))
        with pytest.raises(ServiceError, match="account A-00002: no validation notice without its itemization "
                                               "facts; missing: the itemization date;"):
            notices.notice_data(s, second, TODAY)

    # The client sends the facts later: a re-placement fills them in.
    maps.set_duplicate_policy(factory, SYSTEM, "NWB", "update")
    again = imports.import_file(factory, SYSTEM, "NWB", _csv([_row(2, "2025-01-15", "charge_off", "1000.00",
                                                                    "A-00002")]), today=TODAY)
    assert again.updated == 1 and not again.errors
    with factory() as s:
        second = s.scalar(sa.select(Account).where(Account.client_account_number == "A-00002"))
        assert notices.notice_data(s, second, TODAY).itemization_date == dt.date(2025, 1, 15)
