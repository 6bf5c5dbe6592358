"""Every service that lists or works accounts, and PostgreSQL's own row-level security, give the answer of the one
access rule, over random team layouts, on both backends.

The rule (DESIGN.md, Permissions), written out here independently of `services/access.py`:
- a collector sees and works the accounts assigned to them;
- a supervisor those assigned to them, to a member of a team whose supervisor they are (``teams.supervisor_id``;
  membership alone grants nothing), and unassigned ones;
- an admin every account.
Whose work a supervisor answers for (call log, KPIs, calendar): themselves and the members of the teams they
supervise.

A fixed pool of users (collectors, supervisors, an admin) is created once, with their PostgreSQL login roles on the
shared database; each example rearranges teams and their supervisors, then adds a client with accounts assigned at
random, one contact attempt and (after the checks that take a promise) one promise waiting for approval on each.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from ccs_desktop import access_rule, db
from ccs_desktop.models import Account, ContactAttempt, Instalment, Promise, Team, User
from ccs_desktop.models.enums import Channel, Outcome, PaymentMethod, PromiseKind, PromiseStatus, Role
from ccs_desktop.services.accounts import queue, workspace
from ccs_desktop.services.context import SYSTEM, Actor, PermissionDenied
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.money import calendar, payments, promises
from ccs_desktop.services.supervision import assignments, call_log, kpis
from ccs_desktop.services.users import auth, db_roles
from tests.factories import make_account, make_client, make_person, make_user

PASSWORD = "matrix password 42"
ROLES = (Role.COLLECTOR, Role.COLLECTOR, Role.COLLECTOR, Role.SUPERVISOR, Role.SUPERVISOR, Role.SUPERVISOR, Role.ADMIN)
USERS = range(len(ROLES))
SUPERVISORS = [u for u in USERS if ROLES[u] == Role.SUPERVISOR]
COLLECTORS = [u for u in USERS if ROLES[u] == Role.COLLECTOR]
TEAMS = range(3)
UTC = dt.timezone.utc


@dataclass(frozen=True)
class Layout:
    supervisor_of: tuple[int | None, ...]    # per team: the user who supervises it
    team_of: tuple[int | None, ...]          # per user: the team they are a member of
    owners: tuple[int | None, ...]           # per account: the user it is assigned to
    workers: tuple[int, ...]                 # per account: who called the consumer and took the promise


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    supervisor_of = tuple(draw(st.sampled_from([None, *SUPERVISORS])) for _ in TEAMS)
    team_of = tuple(draw(st.sampled_from([None, *TEAMS])) for _ in USERS)
    owners = tuple(draw(st.lists(st.sampled_from([None, *USERS]), min_size=1, max_size=4)))
    workers = tuple(draw(st.sampled_from(list(USERS))) for _ in owners)
    return Layout(supervisor_of, team_of, owners, workers)


# The rule, as the design map states it.

def answers_for(layout: Layout, u: int, w: int | None) -> bool:
    if ROLES[u] == Role.ADMIN or w == u:
        return True
    if ROLES[u] == Role.COLLECTOR or w is None:
        return False
    team = layout.team_of[w]
    return team is not None and layout.supervisor_of[team] == u


def sees(layout: Layout, u: int, owner: int | None) -> bool:
    if ROLES[u] == Role.SUPERVISOR and owner is None:
        return True
    return answers_for(layout, u, owner)


class Pool:
    """The users, their actors and (PostgreSQL) their login roles' engines, made once for all examples."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.owner = db.make_engine(url)
        self.factory = db.session_factory(self.owner)
        self.pg = self.owner.dialect.name == "postgresql"
        tag = uuid.uuid4().hex[:8]
        with self.factory() as s, s.begin():
            ensure_reference_data(s)
            teams = [Team(name=f"T{t}-{tag}") for t in TEAMS]
            s.add_all(teams)
            s.flush()
            users = [make_user(s, role, username=f"m{u}_{tag}") for u, role in enumerate(ROLES)]
        self.team_ids = [t.id for t in teams]
        self.users = users
        self.roles: list[str] = []
        self.engines: list[sa.Engine] = []
        if self.pg:
            for user in users:
                self.roles.append(db_roles.grant_login(self.factory, SYSTEM, user.username, PASSWORD))
                self.engines.append(db.make_engine(sa.make_url(url).set(username=db_roles.role_name(user.username, sa.make_url(url).database),
                                                                        password=PASSWORD)))

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        self.owner.dispose()
        if self.roles:
            admin = sa.create_engine(sa.make_url(self.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for role in self.roles:
                    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
            admin.dispose()

    def arrange(self, layout: Layout) -> tuple[list[Actor], uuid.UUID, list[uuid.UUID], list[uuid.UUID]]:
        """Apply the layout; returns the actors, the example's client, its accounts and their attempts."""
        now = dt.datetime.now(UTC)
        with self.factory() as s, s.begin():
            for t, sup in zip(self.team_ids, layout.supervisor_of):
                s.execute(sa.update(Team).where(Team.id == t).values(
                    supervisor_id=None if sup is None else self.users[sup].id))
            for user, team in zip(self.users, layout.team_of):
                s.execute(sa.update(User).where(User.id == user.id).values(
                    team_id=None if team is None else self.team_ids[team]))
            client = make_client(s)
            accounts, attempts = [], []
            for i, (owner, worker) in enumerate(zip(layout.owners, layout.workers)):
                person = make_person(s)
                account = make_account(s, client=client, person=person, balance=Decimal(100 * 2 ** i),
                                       assigned_to=None if owner is None else self.users[owner].id)
                attempt = ContactAttempt(account_id=account.id, person_id=person.id, user_id=self.users[worker].id,
                                         at=now - dt.timedelta(minutes=5), channel=Channel.CALL, result_code="NA",
                                         outcome=Outcome.NO_ANSWER, phone_e164="+12125550100")
                s.add(attempt)
                s.flush()
                accounts.append(account.id)
                attempts.append(attempt.id)
            users = s.scalars(sa.select(User).where(User.id.in_([u.id for u in self.users]))).all()
            by_id = {u.id: u for u in users}
            actors = [auth.actor_for(by_id[u.id]) for u in self.users]
        return actors, client.id, accounts, attempts

    def add_pending_promises(self, layout: Layout, accounts: list[uuid.UUID], due: dt.date) -> None:
        with self.factory() as s, s.begin():
            for account_id, worker in zip(accounts, layout.workers):
                account = s.get(Account, account_id)
                promise = Promise(account_id=account_id, person_id=account.consumer.id,
                                  taken_by=self.users[worker].id, taken_at=dt.datetime.now(UTC),
                                  kind=PromiseKind.SINGLE, total_amount=Decimal("10.00"),
                                  status=PromiseStatus.PENDING_APPROVAL, approval_reasons="below the minimum")
                promise.instalments = [Instalment(account_id=account_id, seq=1, due_date=due, amount=Decimal("10.00"))]
                s.add(promise)


def _allowed(factory, work) -> bool:
    """Run `work(session)` in a transaction that is rolled back: True if it went through, False if refused."""
    s: Session = factory()
    try:
        s.begin()
        work(s)
        return True
    except PermissionDenied:
        return False
    finally:
        s.rollback()
        s.close()


@pytest.fixture
def pool(db_url):
    p = Pool(db_url)
    yield p
    p.close()


DESIGNED = Layout(supervisor_of=(3, 3, 5), team_of=(0, 1, 2, None, 2, 2, None),
                  owners=(0, 2, None, 4), workers=(0, 3, 5, 4))


def test_every_service_and_the_database_follow_the_one_rule(pool):
    @settings(max_examples=10, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @example(DESIGNED)  # supervisor 3 runs two teams; 4 is a supervisor by membership only; 5 runs the third
    @given(layouts())
    def check(layout: Layout) -> None:
        actors, client_id, accounts, attempts = pool.arrange(layout)
        today = dt.datetime.now(UTC).date()
        due = today + dt.timedelta(days=7)
        factory = pool.factory
        mine = set(accounts)
        for u, actor in enumerate(actors):
            visible = {a for a, owner in zip(accounts, layout.owners) if sees(layout, u, owner)}
            why = f"user {u} ({ROLES[u].value}) in {layout}"

            # The queue (every status) and the workspace.
            with factory() as s:
                page = queue.page_in(s, actor, queue.QueueFilters(client_id=client_id, status=None), limit=50)
                assert {r.id for r in page.rows} == visible, why
            for a in accounts:
                opened = _allowed(factory, lambda s, a=a: workspace.load_in(s, actor, a))
                assert opened == (a in visible), why
                # Taking a promise and posting a payment (both rolled back).
                took = _allowed(factory, lambda s, a=a: promises.take_promise_in(s, actor, promises.PromiseRequest(
                    account_id=a, kind=PromiseKind.SINGLE, first_due=due, amount=Decimal("10.00"))))
                assert took == (a in visible), why
                paid = _allowed(factory, lambda s, a=a: payments.post_payment_in(s, actor, payments.PaymentInput(
                    account_id=a, amount=Decimal("1.00"), paid_on=today, method=PaymentMethod.CARD)))
                assert paid == (a in visible), why

            # PostgreSQL by itself, as the user's own login role.
            if pool.pg:
                with Session(pool.engines[u]) as s:
                    assert set(s.scalars(sa.select(Account.id).where(Account.client_id == client_id))) == visible, why

            if ROLES[u] == Role.COLLECTOR:
                with pytest.raises(PermissionDenied):
                    call_log.call_log_page(factory, actor, call_log.CallLogFilter(client_id=client_id))
                continue
            answered = {w for w in USERS if answers_for(layout, u, w)}

            # The call log: the work of the users they answer for, on accounts they may see.
            rows = call_log.call_log_page(factory, actor, call_log.CallLogFilter(client_id=client_id), limit=100)
            assert {r.id for r in rows} == {
                att for att, a, w in zip(attempts, accounts, layout.workers) if a in visible and w in answered}, why

            # KPIs: attempts by the users they answer for, placed balances of the accounts assigned to them.
            k = kpis.compute(factory, actor, kpis.KpiScope(today, today, client_id=client_id))
            assert k.attempts == sum(1 for w in layout.workers if w in answered), why
            assert sum(k.placed.values(), Decimal("0")) == sum(
                (Decimal(100 * 2 ** i) for i, owner in enumerate(layout.owners)
                 if (owner in answered if ROLES[u] != Role.ADMIN else True)), Decimal("0")), why

            # Assignments: the accounts they may move, the collectors they may give them to.
            crit = assignments.AssignmentCriteria(client_id=client_id, status=None)
            assert assignments.preview_assignment(factory, actor, crit) == len(visible), why
            pool_collectors = {pool.users[c].id: c for c in COLLECTORS}
            listed = {pool_collectors[c.id] for c in assignments.collectors(factory, actor) if c.id in pool_collectors}
            assert listed == {c for c in COLLECTORS if c in answered}, why
            outside = [c for c in COLLECTORS if c not in answered]
            if outside:
                with pytest.raises(PermissionDenied):
                    assignments.assign_accounts(factory, actor, crit, [pool.users[outside[0]].id])

        # Promises waiting for approval: the approval queue, the calendar.
        pool.add_pending_promises(layout, accounts, due)
        for u, actor in enumerate(actors):
            visible = {a for a, owner in zip(accounts, layout.owners) if sees(layout, u, owner)}
            why = f"user {u} ({ROLES[u].value}) in {layout}"
            answered = {w for w in USERS if answers_for(layout, u, w)}
            shown = {e.account_id for e in calendar.entries(factory, actor, due, due)} & mine
            assert shown == {a for a, w in zip(accounts, layout.workers) if a in visible and w in answered}, why
            if ROLES[u] == Role.COLLECTOR:
                with pytest.raises(PermissionDenied):
                    promises.pending_approvals(factory, actor)
                continue
            waiting = {p.account_id for p in promises.pending_approvals(factory, actor)} & mine
            assert waiting == visible, why

    check()


@pytest.mark.postgres
def test_the_database_installs_the_policy_and_team_function_generated_from_the_rule(pg_url):
    """security.py takes the accounts policy and the body of ``ccs_team_members()`` from `access_rule`, not its own
    text."""
    from ccs_desktop.migrations import security

    assert security.ACCOUNT_VISIBLE == access_rule.rls_accounts_using()
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            body = conn.execute(sa.text("SELECT prosrc FROM pg_proc WHERE proname = 'ccs_team_members'")).scalar_one()
    finally:
        engine.dispose()
    assert body.strip() == access_rule.team_members_function_body().strip()
