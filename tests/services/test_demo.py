"""The demo portfolio: deterministic, realistic, internally consistent, on both backends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
import zipcodes
from sqlalchemy.orm import Session

from ccs_desktop import db
from ccs_desktop.compliance import location
from ccs_desktop.models import (
    Account, AccountParty, Address, AttorneyRepresentation, BalanceTransaction, Bankruptcy, CeaseRequest,
    ComplianceFlag, Deceased, Hardship, ContactAttempt, Instalment, Payment, Phone,
    Promise, User,
)
from ccs_desktop.models.enums import PartyRole
from ccs_desktop.services.data import demo

TODAY = dt.date(2026, 11, 23)


def _generate(url: str, accounts: int, **kw) -> demo.DemoSummary:
    engine = db.make_engine(url)
    try:
        return demo.generate(engine, demo.DemoOptions(accounts=accounts, today=TODAY, batch_size=400, **kw))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory):
    """One 3,000-account SQLite portfolio, shared by the read-only checks below."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    url = f"sqlite:///{path.as_posix()}"
    engine, _ = db.open_database(url)
    demo.generate(engine, demo.DemoOptions(accounts=3000, today=TODAY, batch_size=1000))
    yield engine
    engine.dispose()


def test_same_seed_same_portfolio(sqlite_url, tmp_path):
    other = f"sqlite:///{(tmp_path / 'other.sqlite3').as_posix()}"
    db.open_database(other)[0].dispose()
    _generate(sqlite_url, 150)
    _generate(other, 150)

    def fingerprint(url):
        engine = db.make_engine(url)
        with engine.connect() as conn:
            rows = conn.execute(sa.select(Account.id, Account.client_account_number, Account.balance, Account.tz_group)
                                .order_by(Account.id)).all()
        engine.dispose()
        return rows

    first = fingerprint(sqlite_url)
    assert len(first) == 150 and first == fingerprint(other)


def test_every_balance_is_the_sum_of_its_transactions(portfolio):
    with Session(portfolio) as s:
        sums = dict(s.execute(
            sa.select(BalanceTransaction.account_id,
                      sa.func.sum(BalanceTransaction.principal + BalanceTransaction.interest
                                  + BalanceTransaction.fees + BalanceTransaction.costs))
            .group_by(BalanceTransaction.account_id)).all())
        accounts = s.scalars(sa.select(Account)).all()
    assert len(accounts) == 3000
    for a in accounts:
        assert sums[a.id] == a.balance == a.component_sum()
        assert a.balance >= 0


def test_addresses_are_real_zip_codes_across_every_zone_and_canada(portfolio):
    with Session(portfolio) as s:
        addresses = s.execute(sa.select(Address.postal_code, Address.country, Address.region)).all()
    us = [a for a in addresses if a.country == "US"]
    canadian = [a for a in addresses if a.country == "CA"]
    assert canadian, "some Canadian consumers"
    zones = set()
    for postal, _, region in us[:400]:
        match = zipcodes.matching(postal)
        assert match and match[0]["state"] == region
        zones.add(match[0]["timezone"])
    assert {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"} <= zones
    with Session(portfolio) as s:
        groups = {g for (g,) in s.execute(sa.select(Account.tz_group).distinct())}
    all_zones = set("|".join(g for g in groups if g).split("|"))
    assert {"America/Phoenix", "America/Anchorage", "Pacific/Honolulu", "America/Toronto"} <= all_zones


def test_some_phones_are_from_another_zone_than_the_address(portfolio):
    with Session(portfolio) as s:
        rows = s.execute(sa.select(Phone.e164, Address.postal_code).join(Address, Address.person_id == Phone.person_id)
                         .where(Address.country == "US").limit(2000)).all()
    mismatched = matched = 0
    for e164, postal in rows:
        zone = zipcodes.matching(postal)[0]["timezone"]
        phone = location.phone_zones(e164)
        if phone and zone not in phone:
            mismatched += 1
        elif zone in phone:
            matched += 1
    assert matched > mismatched > 0


def test_histories_are_lawful_and_promises_have_instalments(portfolio):
    with Session(portfolio) as s:
        calls = s.execute(sa.select(ContactAttempt.at, Address.postal_code, Address.country)
                          .join(Address, Address.person_id == ContactAttempt.person_id)).all()
        promises = s.scalar(sa.select(sa.func.count()).select_from(Promise))
        instalments = s.scalar(sa.select(sa.func.count()).select_from(Instalment))
        payments = s.scalar(sa.select(sa.func.count()).select_from(Payment))
        flags = {k for (k,) in s.execute(sa.select(ComplianceFlag.kind).distinct())}
        records = {model.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(model))
                   for model in (AttorneyRepresentation, CeaseRequest, Bankruptcy, Deceased, Hardship)}
        blocked = s.scalar(sa.select(sa.func.count()).select_from(Account).where(Account.contact_blocked))
        cosigners = s.scalar(sa.select(sa.func.count()).select_from(AccountParty).where(AccountParty.role == PartyRole.COSIGNER))
    assert len(calls) > 2000 and promises > 100 and instalments >= promises and payments > 0
    for at, postal, country in calls:
        if country != "US":
            continue
        local = at.astimezone(ZoneInfo(zipcodes.matching(postal)[0]["timezone"]))
        assert 8 <= local.hour < 21, (at, postal)
        assert at.date() < TODAY + dt.timedelta(days=1)
    # Attorneys, cease requests, bankruptcies, deaths and hardships are records with their details; no calls at
    # work stays a bare flag.
    assert all(records.values()), records
    assert {str(f) for f in flags} <= {"work_contact_prohibited", "dispute_unverified"}
    assert blocked > 0 and cosigners > 0


def test_demo_users_can_sign_in_with_the_documented_password(portfolio):
    from ccs_desktop.services.users.passwords import verify_password

    from ccs_desktop import db
    from ccs_desktop.services.users import auth

    with Session(portfolio) as s:
        # password_hash is deferred (only the sign-in service loads it): read it inside the session.
        hashes = {u.username: u.password_hash for u in s.scalars(sa.select(User))}
    assert {"admin", "sam", "cole"} <= set(hashes)
    assert verify_password(hashes["cole"], demo.DEMO_PASSWORD)
    assert not verify_password(hashes["cole"], "wrong")
    actor = auth.sign_in(db.session_factory(portfolio), "sam", demo.DEMO_PASSWORD)
    assert actor.role.value == "supervisor" and actor.team_id is not None


def test_refuses_a_database_that_already_holds_accounts(sqlite_url):
    _generate(sqlite_url, 20)
    with pytest.raises(demo.DemoError, match="already holds accounts"):
        _generate(sqlite_url, 20)


def test_cancel_keeps_only_whole_batches(sqlite_url):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    summary = _generate(sqlite_url, 2000, cancelled=cancelled)
    assert summary.cancelled and summary.accounts == 800
    engine = db.make_engine(sqlite_url)
    with engine.connect() as conn:
        accounts = conn.scalar(sa.select(sa.func.count()).select_from(Account))
        orphans = conn.scalar(sa.select(sa.func.count()).select_from(BalanceTransaction)
                              .where(BalanceTransaction.account_id.not_in(sa.select(Account.id))))
    engine.dispose()
    assert accounts == 800 and orphans == 0


@pytest.mark.postgres
def test_generates_on_postgres(pg_url):
    summary = _generate(pg_url, 300)
    engine = db.make_engine(pg_url)
    with Session(engine) as s:
        accounts = s.scalars(sa.select(Account)).all()
        total = s.scalar(sa.select(sa.func.sum(BalanceTransaction.principal + BalanceTransaction.interest
                                                + BalanceTransaction.fees + BalanceTransaction.costs)))
    engine.dispose()
    assert summary.accounts == len(accounts) == 300
    assert total == sum(a.balance for a in accounts)


def test_a_window_without_a_sign_in_acts_as_the_demo_collector(session_factory):
    from ccs_desktop.models.enums import Role
    from ccs_desktop.services.context import Actor, PermissionDenied
    from tests.factories import make_user

    assert demo.default_actor(session_factory) is None  # nobody to act as
    with session_factory() as s, s.begin():
        make_user(s, Role.ADMIN, username="ada")
        make_user(s, Role.SUPERVISOR, username="sam")
        make_user(s, Role.COLLECTOR, username="zoe")
        make_user(s, Role.COLLECTOR, username="abe", active=False)
    assert demo.default_actor(session_factory).username == "zoe"  # collectors first, active ones only
    with session_factory() as s, s.begin():
        cole = make_user(s, Role.COLLECTOR, username="cole")
    chosen = demo.default_actor(session_factory, workstation="DESK-1")
    assert (chosen.user_id, chosen.username, chosen.role, chosen.workstation) == \
        (cole.id, "cole", Role.COLLECTOR, "DESK-1")
    with pytest.raises(PermissionDenied):
        demo.default_actor(session_factory, Actor(cole.id, "cole", Role.COLLECTOR))
