"""A shared PostgreSQL database with two teams, their users' own login roles and a few accounts: what the database
security tests connect to as a workstation really does (a user's own login role, never the superuser)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Account, BalanceTransaction, ContactAttempt, Note, Team, User
from ccs_desktop.models.enums import Channel, Role, TransactionKind
from ccs_desktop.services.users import db_roles
from ccs_desktop.services.context import SYSTEM
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_agency, make_person, make_user

PASSWORD = "correct horse 42"


def placed(session, account: Account) -> None:
    """The placement posting an imported account has: its balance is the sum of its balance transactions."""
    session.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.PLACEMENT,
                                   at=dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc), effective_on=dt.date(2026, 1, 5),
                                   principal=account.principal, interest=account.interest, fees=account.fees,
                                   costs=account.costs, memo="placement"))
    session.flush()


class World:
    def __init__(self, url: str) -> None:
        self.url = url
        self.owner = db.make_engine(url)
        self.factory = db.session_factory(self.owner)
        self.roles: list[str] = []
        self.engines: list[sa.Engine] = []
        tag = uuid.uuid4().hex[:8]
        with self.factory() as s, s.begin():
            ensure_reference_data(s)
            make_agency(s)
            team_a, team_b = Team(name=f"A-{tag}"), Team(name=f"B-{tag}")
            s.add_all([team_a, team_b])
            s.flush()
            self.sup = make_user(s, Role.SUPERVISOR, username=f"sup_{tag}", team_id=team_a.id)
            team_a.supervisor_id = self.sup.id
            self.col_a = make_user(s, Role.COLLECTOR, username=f"cola_{tag}", team_id=team_a.id)
            self.col_a2 = make_user(s, Role.COLLECTOR, username=f"colb_{tag}", team_id=team_a.id)
            self.col_b = make_user(s, Role.COLLECTOR, username=f"colc_{tag}", team_id=team_b.id)
            self.admin = make_user(s, Role.ADMIN, username=f"adm_{tag}")
            self.person_a = make_person(s, last_name="Alvarez", ssn_last4="4321")
            self.acc_a = make_account(s, person=self.person_a, assigned_to=self.col_a.id)
            self.acc_a2 = make_account(s, assigned_to=self.col_a2.id)
            self.person_b = make_person(s, last_name="Brightwater", phone="+13125550199")
            self.acc_b = make_account(s, person=self.person_b, assigned_to=self.col_b.id)
            self.acc_free = make_account(s)
            for account in (self.acc_a, self.acc_a2, self.acc_b, self.acc_free):
                placed(s, account)
            s.add(Note(account_id=self.acc_b.id, person_id=self.person_b.id, author_id=self.col_b.id,
                       at=dt.datetime(2026, 11, 2, 15, tzinfo=dt.timezone.utc), text="promised to call back Friday"))
            s.add(ContactAttempt(account_id=self.acc_b.id, person_id=self.person_b.id, user_id=self.col_b.id,
                                 at=dt.datetime(2026, 11, 2, 15, tzinfo=dt.timezone.utc), channel=Channel.CALL,
                                 result_code="NA", outcome="no_answer"))
        for user in (self.sup, self.col_a, self.col_a2, self.col_b, self.admin):
            self.roles.append(db_roles.grant_login(self.factory, SYSTEM, user.username, PASSWORD))

    def connect(self, user: User) -> sa.Engine:
        url = sa.make_url(self.url).set(username=db_roles.role_name(user.username, sa.make_url(self.url).database), password=PASSWORD)
        engine = db.make_engine(url)
        self.engines.append(engine)
        return engine

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        self.owner.dispose()
        admin = sa.create_engine(sa.make_url(self.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for role in self.roles:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


@pytest.fixture
def world(pg_url):
    w = World(pg_url)
    yield w
    w.close()
