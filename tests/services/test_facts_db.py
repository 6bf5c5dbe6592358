"""Compliance records on the shared PostgreSQL database, through each user's OWN login role: a collector records
through the services and sees only the records of accounts the access rule shows; the database itself refuses a
collector's cleared legal block, a record about someone they cannot see, and deleting a record."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop import db
from ccs_desktop.models import AccountParty, AttorneyRepresentation, Bankruptcy, CeaseRequest, Hardship, new_id, utcnow
from ccs_desktop.models.enums import PartyRole
from ccs_desktop.services.access import NoSuchAccount
from ccs_desktop.services.context import PermissionDenied
from ccs_desktop.services.facts import clearing, records, views
from ccs_desktop.services.users import auth
from tests.services.pg_world import world  # noqa: F401 (the fixture)

pytestmark = pytest.mark.postgres


def _as(world, user):
    engine = world.connect(user)
    return engine, db.session_factory(engine)


def _count(engine, model) -> int:
    with Session(engine) as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


def test_a_collector_records_through_their_login_and_another_team_sees_none_of_it(world):
    engine_a, factory_a = _as(world, world.col_a)
    col_a = auth.actor_for(world.col_a)
    records.set_fact(factory_a, col_a, world.acc_a.id, world.person_a.id, "bankruptcy", chapter=7,
                     case_number="1:26-bk-1")
    records.set_fact(factory_a, col_a, world.acc_a.id, world.person_a.id, "attorney", firm="Lee & Partners",
                     phone="+12125550142", debt_ids=[world.acc_a.id])
    facts = views.account_facts(factory_a, col_a, world.acc_a.id)
    assert sorted(f.kind for f in facts) == ["attorney", "bankruptcy"]
    assert all(f.set_by == world.col_a.display_name for f in facts)
    engine_b, factory_b = _as(world, world.col_b)
    assert _count(engine_b, Bankruptcy) == 0 and _count(engine_b, AttorneyRepresentation) == 0
    # Through their login the account is not even there.
    with pytest.raises(NoSuchAccount):
        views.account_facts(factory_b, auth.actor_for(world.col_b), world.acc_a.id)
    with pytest.raises(NoSuchAccount):
        records.set_fact(factory_b, auth.actor_for(world.col_b), world.acc_a.id, world.person_a.id, "cease")
    # Their supervisor sees them.
    _sup_engine, sup_factory = _as(world, world.sup)
    assert len(views.account_facts(sup_factory, auth.actor_for(world.sup), world.acc_a.id)) == 2


def test_a_record_on_one_debt_is_seen_only_by_those_who_see_that_debt(world):
    """Person A is also the consumer on a debt worked by the other team: a record on that debt only is theirs."""
    with world.factory() as s, s.begin():
        s.add(AccountParty(account_id=world.acc_b.id, person_id=world.person_a.id, role=PartyRole.COSIGNER))
        s.add(CeaseRequest(person_id=world.person_a.id, debt_ids=[str(world.acc_b.id)], set_at=utcnow(),
                           received_at=utcnow()))
        s.add(Hardship(person_id=world.person_a.id, debt_ids=[], set_at=utcnow(), reason="flood"))
    engine_a, _ = _as(world, world.col_a)
    engine_b, _ = _as(world, world.col_b)
    assert _count(engine_a, CeaseRequest) == 0 and _count(engine_a, Hardship) == 1
    assert _count(engine_b, CeaseRequest) == 1 and _count(engine_b, Hardship) == 1


def test_the_database_refuses_a_collectors_cleared_block_a_stranger_and_a_delete(world):
    engine_a, factory_a = _as(world, world.col_a)
    col_a = auth.actor_for(world.col_a)
    records.set_fact(factory_a, col_a, world.acc_a.id, world.person_a.id, "cease", received_via="letter")
    with Session(engine_a) as s:
        cease = s.scalars(sa.select(CeaseRequest)).one()
    with pytest.raises(PermissionDenied):
        clearing.clear_fact(factory_a, col_a, world.acc_a.id, "cease", cease.id, "consumer called back")
    # Around the service, with psql: the database refuses the same.
    with Session(engine_a) as s:
        with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
            s.execute(sa.update(CeaseRequest).where(CeaseRequest.id == cease.id).values(cleared_at=utcnow()))
    with Session(engine_a) as s:
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            s.execute(sa.delete(CeaseRequest))
    with Session(engine_a) as s, pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        s.execute(sa.insert(Bankruptcy).values(id=new_id(), person_id=world.person_b.id, debt_ids=[], source="x",
                                               set_at=utcnow(), updated_at=utcnow(), created_at=utcnow(),
                                               row_version=1))
    # A supervisor clears it, through their own login.
    _e, sup_factory = _as(world, world.sup)
    clearing.clear_fact(sup_factory, auth.actor_for(world.sup), world.acc_a.id, "cease", cease.id,
                        "the consumer withdrew the request in writing")
    with world.factory() as s:
        cleared = s.get(CeaseRequest, cease.id)
    assert cleared.cleared_by == world.sup.id and cleared.cleared_at <= utcnow() + dt.timedelta(seconds=1)
