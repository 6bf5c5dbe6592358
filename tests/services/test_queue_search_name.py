"""Search as you type reads the consumer's name from the account (`accounts.consumer_search_name`), which the
database keeps: a rename is found at once, a pseudonymised consumer no longer by their name, and on PostgreSQL a
collector's own login can neither plant a value nor read another account's consumer through the helper."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Account, AccountParty, Person
from ccs_desktop.models.enums import AccountStatus, PartyRole, Role
from ccs_desktop.services.accounts import queue
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data import retention
from tests.factories import make_account, make_person, make_user
from tests.services.pg_world import world  # noqa: F401 (the fixture)

UTC = dt.timezone.utc
AT = dt.datetime(2026, 12, 8, 19, tzinfo=UTC)


def actor_of(user) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.team_id)


def found(factory, actor, typed: str, **filters) -> set:
    return {r.id for r in queue.page(factory, actor, queue.QueueFilters(search=typed, **filters), at=AT).rows}


def test_a_renamed_consumer_is_found_by_the_new_name_at_once_and_a_pseudonymised_one_not_at_all(session_factory):
    with session_factory() as s, s.begin():
        cole = make_user(s, Role.COLLECTOR)
        admin = make_user(s, Role.ADMIN)
        person = make_person(s, first_name="Pat", last_name="Smithers")
        s.execute(sa.update(Person).where(Person.id == person.id).values(search_name="SMITHERS PAT"))
        account = make_account(s, person=person, assigned_to=cole.id)
        gone = make_person(s, first_name="Lou", last_name="Abernathy")
        s.execute(sa.update(Person).where(Person.id == gone.id).values(search_name="ABERNATHY LOU"))
        closed = make_account(s, person=gone, assigned_to=cole.id, status=AccountStatus.CLOSED,
                              closed_at=dt.datetime(2019, 3, 1, tzinfo=UTC))
        ids = (account.id, closed.id, person.id)
    cole, admin = actor_of(cole), actor_of(admin)
    account_id, closed_id, person_id = ids
    assert found(session_factory, cole, "sm") == {account_id}
    assert found(session_factory, cole, "Smithers, P") == {account_id}

    with session_factory() as s, s.begin():
        s.get(Person, person_id).search_name = "QUIGLEY PAT"
    assert found(session_factory, cole, "qu") == {account_id}
    assert found(session_factory, cole, "smithers") == set()

    # Retention pseudonymises the consumer of the long-closed account: their name finds nothing any more.
    assert found(session_factory, cole, "aber", status=None) == {closed_id}
    result = retention.pseudonymise_closed(session_factory, admin, years=3, now=AT)
    assert result.persons == 1
    assert found(session_factory, cole, "aber", status=None) == set()
    assert found(session_factory, cole, "pseudonym", status=None) == set()
    with session_factory() as s:
        assert s.get(Account, closed_id).consumer_search_name is None
        assert s.get(Account, account_id).consumer_search_name == "QUIGLEY PAT"


def test_a_new_consumer_link_carries_the_name_and_an_unlinked_account_loses_it(session_factory):
    with session_factory() as s, s.begin():
        cole = make_user(s, Role.COLLECTOR)
        account = make_account(s, assigned_to=cole.id)
        other = make_person(s)
        s.execute(sa.update(Person).where(Person.id == other.id).values(search_name="VANTERPOOL ROSE"))
        link = s.scalars(sa.select(AccountParty).where(AccountParty.account_id == account.id)).one()
        ids = (account.id, link.id, other.id)
    cole = actor_of(cole)
    account_id, link_id, other_id = ids
    with session_factory() as s, s.begin():
        s.get(AccountParty, link_id).person_id = other_id
    assert found(session_factory, cole, "vant") == {account_id}
    with session_factory() as s, s.begin():
        s.delete(s.get(AccountParty, link_id))
    assert found(session_factory, cole, "vant") == set()
    with session_factory() as s, s.begin():
        s.add(AccountParty(account_id=account_id, person_id=other_id, role=PartyRole.COSIGNER))
    assert found(session_factory, cole, "vant") == set()   # a co-signer's name is not the account's name


@pytest.mark.postgres
def test_a_collectors_rename_reaches_accounts_they_cannot_see_and_they_cannot_plant_a_name(world):
    with world.factory() as s, s.begin():
        # Alvarez is also the consumer of another team's account, which the collector's login cannot see.
        s.add(AccountParty(account_id=world.acc_b.id, person_id=world.person_a.id, role=PartyRole.CONSUMER))
        s.execute(sa.delete(AccountParty).where(AccountParty.account_id == world.acc_b.id,
                                                AccountParty.person_id == world.person_b.id))
    collector = db.session_factory(world.connect(world.col_a))
    actor = actor_of(world.col_a)
    with collector() as s, s.begin():
        s.execute(sa.update(Person).where(Person.id == world.person_a.id).values(search_name="ZEBULON QUINN"))
    assert found(collector, actor, "zebu") == {world.acc_a.id}
    with world.factory() as s:
        assert s.get(Account, world.acc_b.id).consumer_search_name == "ZEBULON QUINN"

    # A direct write of the derived column is replaced by the consumer's name.
    with collector() as s, s.begin():
        s.execute(sa.update(Account).where(Account.id == world.acc_a.id).values(consumer_search_name="AAA PLANTED"))
    assert found(collector, actor, "aaa") == set()
    assert found(collector, actor, "zebu") == {world.acc_a.id}
    # The helper that reads any account's consumer name is not callable by a workstation's login.
    with collector() as s, pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        s.execute(sa.text("SELECT ccs_consumer_search_name(:a)"), {"a": world.acc_b.id})


def test_a_name_search_pages_by_key_in_queue_order(session_factory):
    with session_factory() as s, s.begin():
        cole = make_user(s, Role.COLLECTOR)
        ids = []
        for score, last in ((50, "Smith"), (90, "Smalls"), (70, "Smythe"), (80, "Jones")):
            person = make_person(s, last_name=last)
            s.execute(sa.update(Person).where(Person.id == person.id).values(search_name=f"{last.upper()} PAT"))
            ids.append(make_account(s, person=person, assigned_to=cole.id, priority_score=score).id)
    cole = actor_of(cole)
    search = queue.QueueFilters(search="sm")
    first = queue.page(session_factory, cole, search, limit=2, at=AT)
    assert [r.id for r in first.rows] == [ids[1], ids[2]]
    rest = queue.page(session_factory, cole, search, after=first.next_key, limit=2, at=AT)
    assert [r.id for r in rest.rows] == [ids[0]] and rest.next_key is None
