"""The services' account rule (the only guard on SQLite): collectors their own, supervisors their teams' and
unassigned accounts, admins all."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from ccs_desktop.models import Team
from ccs_desktop.models.enums import Role
from ccs_desktop.services import access
from ccs_desktop.services.users import auth
from ccs_desktop.services.accounts import portfolio
from ccs_desktop.services.context import PermissionDenied, ServiceError
from tests.factories import make_account, make_user


@pytest.fixture
def world(session_factory):
    with session_factory() as s, s.begin():
        east, west = Team(name="East"), Team(name="West")
        s.add_all([east, west])
        s.flush()
        sup = make_user(s, Role.SUPERVISOR, team_id=east.id)
        east.supervisor_id = sup.id
        a1 = make_user(s, Role.COLLECTOR, team_id=east.id)
        b1 = make_user(s, Role.COLLECTOR, team_id=west.id)
        admin = make_user(s, Role.ADMIN)
        accounts = {"a1": make_account(s, assigned_to=a1.id).id, "b1": make_account(s, assigned_to=b1.id).id,
                    "sup": make_account(s, assigned_to=sup.id).id, "none": make_account(s).id}
    actors = {k: auth.actor_for(u) for k, u in (("sup", sup), ("a1", a1), ("b1", b1), ("admin", admin))}
    return session_factory, actors, accounts


def test_each_role_sees_its_accounts_in_the_portfolio(world):
    factory, actors, acc = world
    with factory() as s:
        seen = {name: {r.id for r in portfolio.page(s, actor=actor)} for name, actor in actors.items()}
    assert seen["a1"] == {acc["a1"]}
    assert seen["b1"] == {acc["b1"]}
    # The supervisor: their own, their team's and the unassigned one (so they can assign it).
    assert seen["sup"] == {acc["a1"], acc["sup"], acc["none"]}
    assert seen["admin"] == set(acc.values())


def test_opening_another_collectors_account_is_refused(world):
    factory, actors, acc = world
    with factory() as s:
        assert access.require_account(s, actors["a1"], acc["a1"]).id == acc["a1"]
        with pytest.raises(PermissionDenied, match="not assigned to them"):
            access.require_account(s, actors["a1"], acc["b1"])
        with pytest.raises(PermissionDenied, match="outside the teams they supervise"):
            access.require_account(s, actors["sup"], acc["b1"])
        with pytest.raises(ServiceError, match="does not exist"):
            access.require_account(s, actors["admin"], actors["admin"].user_id)
        assert s.scalar(sa.select(sa.func.count()).where(access.visible_accounts(actors["admin"]))
                        .select_from(access.Account)) == 4


def test_membership_alone_supervises_nobody(world):
    """A supervisor who is only a member of a team (not its `supervisor_id`) answers for nobody on it."""
    factory, actors, acc = world
    with factory() as s, s.begin():
        west = s.scalar(sa.select(Team).where(Team.name == "West"))
        member = make_user(s, Role.SUPERVISOR, team_id=west.id)
    actor = auth.actor_for(member)
    with factory() as s:
        assert {r.id for r in portfolio.page(s, actor)} == {acc["none"]}
        with pytest.raises(PermissionDenied):
            access.require_account(s, actor, acc["b1"])
        assert access.answered_for_ids(s, actor) == {member.id}
