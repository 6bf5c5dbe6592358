"""A consumer's candidate time zones are one answer: the import, the demo, the queue's refresh and the workspace
compute the same zones for the same person, and a contact attempt does not change what `Account.tz_group` means."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop import db
from ccs_desktop.models import Account, AccountParty, Address, Client, Person, Phone
from ccs_desktop.models.enums import Channel, PartyRole, PhoneType, Role
from ccs_desktop.services.accounts import facts, queue_fields, workspace
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.context import SYSTEM, Actor
from ccs_desktop.services.data import demo
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.placement import imports
from tests.factories import make_account, make_person, make_user

UTC = dt.timezone.utc
TODAY = dt.date(2026, 11, 23)
NY = "America/New_York"
LA = "America/Los_Angeles"


def test_the_same_person_gets_the_same_zones_from_the_import_the_demo_and_the_queue(sqlite_url):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    try:
        demo.generate(engine, demo.DemoOptions(accounts=400, today=TODAY, batch_size=400))
        with Session(engine) as s:
            consumers = s.execute(sa.select(Account.client_account_number, Account.tz_group, Account.currency,
                                            AccountParty.person_id)
                                  .join(AccountParty, AccountParty.account_id == Account.id)
                                  .where(AccountParty.role == PartyRole.CONSUMER)).all()
            addresses = {a.person_id: a for a in s.execute(sa.select(Address.person_id, Address.line1, Address.city,
                                                                      Address.region, Address.postal_code,
                                                                      Address.country))}
            phones: dict = defaultdict(list)
            for phone in s.execute(sa.select(Phone.person_id, Phone.e164).where(Phone.bad_number.is_(False))
                                   .order_by(Phone.id)):
                phones[phone.person_id].append(phone.e164)
            s.add_all([Client(code="IMPUS", name="Imported US", currency="USD"),
                       Client(code="IMPCA", name="Imported CA", currency="CAD")])
            s.commit()
        demo_groups = {number: group for number, group, _currency, _person in consumers}
        assert len(demo_groups) == 400

        # The demo's consumers, placed again through a client's file: the same address and numbers.
        files = {"USD": io.StringIO(), "CAD": io.StringIO()}
        writers = {k: csv.writer(f) for k, f in files.items()}
        for w in writers.values():
            w.writerow(["Account Number", "Last Name", "Principal", "Address", "City", "State", "ZIP", "Country",
                        "Cell Phone", "Home Phone", "Work Phone"])
        for number, _group, currency, person_id in consumers:
            a = addresses[person_id]
            numbers = (phones[person_id] + ["", "", ""])[:3]
            writers[currency].writerow([f"IMP-{number}", "Doe", "100.00", a.line1, a.city, a.region, a.postal_code,
                                        a.country, *numbers])
        for code, currency in (("IMPUS", "USD"), ("IMPCA", "CAD")):
            result = imports.import_file(factory, SYSTEM, code, files[currency].getvalue().encode(), today=TODAY,
                                         file_name=f"{code}.csv")
            assert result.committed and not result.errors, result.errors[:3]

        with Session(engine) as s:
            imported = dict(s.execute(sa.select(Account.client_account_number, Account.tz_group)
                                      .where(Account.client_account_number.like("IMP-%"))).all())
        assert {number[4:]: group for number, group in imported.items()} == demo_groups

        # The queue's refresh recomputes every account's group from what the database holds: nothing moves.
        with factory() as s, s.begin():
            ids = list(s.scalars(sa.select(Account.id)))
            queue_fields.refresh_queue_fields_many(s, ids)
        with Session(engine) as s:
            refreshed = dict(s.execute(sa.select(Account.client_account_number, Account.tz_group)).all())
            shown = {number: workspace.candidate_zones(s.get(Person, person_id))
                     for number, _group, _currency, person_id in consumers}
        assert {n: refreshed[n] for n in demo_groups} == demo_groups
        assert {n: refreshed[f"IMP-{n}"] for n in demo_groups} == demo_groups
        assert {n: "|".join(z) or None for n, z in shown.items()} == demo_groups

        # The portfolio exercises what used to differ: several zones, Canada, Alaska's split numbering plan.
        groups = set(demo_groups.values())
        assert any(g and "|" in g for g in groups)
        assert any(g and "America/Toronto" in g for g in groups)
    finally:
        engine.dispose()


def _yesterday_noon_in_new_york() -> dt.datetime:
    """Lawful in New York and in San Francisco (09:00 there)."""
    day = dt.datetime.now(ZoneInfo(NY)).date() - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(12), tzinfo=ZoneInfo(NY)).astimezone(UTC)


def test_a_call_keeps_the_queue_zones_of_every_number_not_only_the_one_called(session_factory):
    """A New York consumer with a San Francisco cell: the queue holds both zones. Calling the New York number does
    not narrow the account's group to New York (the hours filter would then show the account at 08:00 New York,
    05:00 in San Francisco); marking the San Francisco number wrong does."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        collector = make_user(s, Role.COLLECTOR)
        person = make_person(s, phone="+12125550100")
        s.add(Phone(person_id=person.id, e164="+14155550123", digits="4155550123", type=PhoneType.HOME))
        s.flush()
        account = make_account(s, person=person, assigned_to=collector.id, tz_group=f"{LA}|{NY}")  # as placed
        ny_phone, sf_phone = (s.scalar(sa.select(Phone.id).where(Phone.e164 == n)) for n in ("+12125550100",
                                                                                            "+14155550123"))
    actor = Actor(collector.id, collector.username, Role.COLLECTOR, workstation="WS-1")
    record = attempts.record_attempt(session_factory, actor, attempts.AttemptInput(
        account_id=account.id, person_id=person.id, channel=Channel.CALL, result_code="NA",
        phone_id=ny_phone, at=_yesterday_noon_in_new_york()))
    # The engine decided this call on every number on file, as the queue does (Reg F 1006.6(b)(1)(i)).
    assert record.decision["time_zones"] == [LA, NY]
    with session_factory() as s:
        assert s.get(Account, account.id).tz_group == f"{LA}|{NY}"

    facts.mark_phone(session_factory, actor, account.id, sf_phone, wrong_number=True)
    with session_factory() as s:
        assert s.get(Account, account.id).tz_group == NY
