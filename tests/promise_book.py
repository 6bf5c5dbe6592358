"""A small book for promise and payment tests: a client with known rules, a team, an account."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

from ccs_desktop.models import BalanceTransaction, Team
from ccs_desktop.models.enums import Language, Role, TransactionKind
from ccs_desktop.services.context import Actor
from tests import factories

UTC = dt.timezone.utc
D = Decimal


@dataclasses.dataclass
class Book:
    factory: object
    account_id: uuid.UUID
    person_id: uuid.UUID
    client_id: uuid.UUID
    collector: Actor
    other_collector: Actor
    supervisor: Actor


def make_book(session_factory, *, principal="800.00", interest="100.00", fees="60.00", costs="40.00",
              order="costs,fees,interest,principal", grace_days=3, language=Language.EN, **client_values) -> Book:
    with session_factory() as s, s.begin():
        team = Team(name=f"Team {uuid.uuid4().hex[:6]}")
        s.add(team)
        s.flush()
        factories.make_agency(s)
        sup = factories.make_user(s, Role.SUPERVISOR, team_id=team.id)
        team.supervisor_id = sup.id
        col = factories.make_user(s, Role.COLLECTOR, team_id=team.id)
        other = factories.make_user(s, Role.COLLECTOR)
        client = factories.make_client(s, allocation_order=order, grace_days=grace_days,
                                       min_instalment=D("25.00"), max_settlement_discount_pct=D("30.00"),
                                       max_plan_months=12, **client_values)
        person = factories.make_person(s, language=language, first_name="Rosa", last_name="Delgado")
        parts = {"principal": D(principal), "interest": D(interest), "fees": D(fees), "costs": D(costs)}
        total = sum(parts.values())
        account = factories.make_account(s, client=client, person=person, balance=total, assigned_to=col.id)
        for k, v in parts.items():
            setattr(account, k, v)
        # Owed on the charge-off (the itemization date): the principal; the placement's interest and fees came since.
        account.itemization_balance = D(principal)
        s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.PLACEMENT,
                                 at=dt.datetime(2026, 9, 1, tzinfo=UTC), effective_on=dt.date(2026, 9, 1), **parts))
        s.flush()
        return Book(session_factory, account.id, person.id, client.id,
                    Actor(col.id, col.username, Role.COLLECTOR, team.id),
                    Actor(other.id, other.username, Role.COLLECTOR, None),
                    Actor(sup.id, sup.username, Role.SUPERVISOR, team.id))
