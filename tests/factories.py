"""Small builders for test data (each call makes unique rows)."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from sqlalchemy.orm import Session

from ccs_desktop.models import Account, AccountParty, Address, Client, Person, Phone, Team, User
from ccs_desktop.models.enums import ItemizationReference, PartyRole, PhoneType, Role

_seq = itertools.count(1)


def make_client(session: Session, **values) -> Client:
    n = next(_seq)
    client = Client(code=values.pop("code", f"C{n}"), name=values.pop("name", f"Client {n}"), **values)
    session.add(client)
    session.flush()
    return client


def make_user(session: Session, role: Role = Role.COLLECTOR, **values) -> User:
    n = next(_seq)
    user = User(username=values.pop("username", f"user{n}"), display_name=values.pop("display_name", f"User {n}"),
                role=role, **values)
    session.add(user)
    session.flush()
    return user


def make_team(session: Session, supervisor: User | None, *members: User) -> Team:
    """A team whose supervisor (`teams.supervisor_id`) is `supervisor`, with these members (and the supervisor)."""
    n = next(_seq)
    team = Team(name=f"Team {n}", supervisor_id=supervisor.id if supervisor else None)
    session.add(team)
    session.flush()
    for user in (supervisor, *members):
        if user is not None:
            user.team_id = team.id
    session.flush()
    return team


def make_person(session: Session, *, zip_code: str = "10001", region: str = "NY", phone: str | None = "+12125550100",
                **values) -> Person:
    n = next(_seq)
    person = Person(first_name=values.pop("first_name", "Pat"), last_name=values.pop("last_name", f"Doe{n}"),
                    search_name=f"DOE{n} PAT", **values)
    session.add(person)
    session.flush()
    session.add(Address(person_id=person.id, line1="1 Main St", city="New York", region=region, postal_code=zip_code))
    if phone:
        session.add(Phone(person_id=person.id, e164=phone, digits=phone[2:], type=PhoneType.CELL, primary=True))
    session.flush()
    return person


def make_account(session: Session, *, client: Client | None = None, person: Person | None = None,
                 balance: Decimal = Decimal("1000.00"), **values) -> Account:
    n = next(_seq)
    client = client or make_client(session)
    person = person or make_person(session)
    number = values.pop("client_account_number", f"A{n:06d}")
    charge_off = values.pop("charge_off_date", dt.date(2025, 1, 15))
    # Reg F itemization facts as a placement file gives them: the charge-off date, the balance then, the number.
    itemization = {"itemization_date": charge_off, "itemization_reference": ItemizationReference.CHARGE_OFF,
                   "itemization_balance": balance, "itemization_account_number": number}
    account = Account(client_id=client.id, client_account_number=number, principal=balance, balance=balance,
                      placed_balance=balance, charge_off_date=charge_off, **{**itemization, **values})
    session.add(account)
    session.flush()
    session.add(AccountParty(account_id=account.id, person_id=person.id, role=PartyRole.CONSUMER))
    session.flush()
    return account
