"""Shared set-up for the sync tests: a shared PostgreSQL database with one collector's account, and caches."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import (
    Account, BalanceTransaction, Instalment, Note, Payment, Phone, Promise, Team, utcnow,
)
from ccs_desktop.models.enums import Channel, Direction, PaymentMethod, PromiseKind, Role, TransactionKind
from ccs_desktop.services import audit
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.context import SYSTEM, Actor
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.users import db_roles
from ccs_desktop.sync import open_cache
from tests.factories import make_account, make_agency, make_person, make_user
from tests.services.pg_world import placed

NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc


def local(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
    day = dt.datetime.now(NY).date() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=NY).astimezone(UTC)


PASSWORD = "correct horse 42"


class World:
    """The shared database with a collector, a supervisor and `accounts` accounts assigned to the collector.

    Everybody works through their own PostgreSQL login role, as a workstation does (row-level security applies):
    `server` is the collector's (what their laptop syncs through), `server2` the second collector's, `office` the
    supervisor's. `owner` connects as the superuser and is only for setting up data and checking what the shared
    database holds."""

    def __init__(self, url: str, accounts: int = 1) -> None:
        self.url = url
        self.engine = db.make_engine(url)
        self.owner = db.session_factory(self.engine)
        tag = uuid.uuid4().hex[:8]
        with self.owner() as s, s.begin():
            ensure_reference_data(s)
            make_agency(s)
            collector = make_user(s, Role.COLLECTOR, username=f"col_{tag}")
            supervisor = make_user(s, Role.SUPERVISOR, username=f"sup_{tag}")
            other = make_user(s, Role.COLLECTOR, username=f"col2_{tag}")
            team = Team(name=f"Team {supervisor.username}", supervisor_id=supervisor.id)  # the office's team
            s.add(team)
            s.flush()
            collector.team_id = other.team_id = supervisor.team_id = team.id
            self.account_ids: list[uuid.UUID] = []
            self.person_ids: list[uuid.UUID] = []
            self.phone_ids: list[uuid.UUID] = []
            for _ in range(accounts):
                person = make_person(s)
                account = make_account(s, person=person, assigned_to=collector.id)
                placed(s, account)  # its balance is the sum of its postings, as an imported account's
                self.account_ids.append(account.id)
                self.person_ids.append(person.id)
                self.phone_ids.append(s.scalars(sa.select(Phone.id).where(Phone.person_id == person.id)).one())
        self.collector = Actor(collector.id, collector.username, Role.COLLECTOR, workstation="LAPTOP-1")
        self.collector2 = Actor(other.id, other.username, Role.COLLECTOR, workstation="LAPTOP-2")
        self.supervisor = Actor(supervisor.id, supervisor.username, Role.SUPERVISOR, team.id, workstation="OFFICE")
        self.roles: dict[uuid.UUID, str] = {}
        self._engines: dict[uuid.UUID, sa.Engine] = {}
        try:
            for actor in (self.collector, self.collector2, self.supervisor):
                self.roles[actor.user_id] = db_roles.grant_login(self.owner, SYSTEM, actor.username, PASSWORD)
        except BaseException:
            self.dispose()
            raise
        self.server = self.factory_for(self.collector)
        self.server2 = self.factory_for(self.collector2)
        self.office = self.factory_for(self.supervisor)

    def url_for(self, actor: Actor) -> str:
        """The database URL a workstation signed in as `actor` uses (their login role and password)."""
        return sa.make_url(self.url).set(username=self.roles[actor.user_id], password=PASSWORD) \
            .render_as_string(hide_password=False)

    def factory_for(self, actor: Actor):
        engine = self._engines.get(actor.user_id)
        if engine is None:
            engine = self._engines[actor.user_id] = db.make_engine(self.url_for(actor))
        return db.session_factory(engine)

    @property
    def account_id(self) -> uuid.UUID:
        return self.account_ids[0]

    def count(self, model: type, **where: object) -> int:
        with self.owner() as s:
            q = sa.select(sa.func.count()).select_from(model)
            for k, v in where.items():
                q = q.where(getattr(model, k) == v)
            return s.scalar(q)

    def dispose(self) -> None:
        for engine in self._engines.values():
            engine.dispose()
        self._engines.clear()
        self.engine.dispose()
        if self.roles:
            admin = sa.create_engine(sa.make_url(self.url).set(database="postgres"), isolation_level="AUTOCOMMIT",
                                     poolclass=sa.pool.NullPool)
            with admin.connect() as conn:
                # Sessions still open as these roles (a test that failed half-way) would stop DROP ROLE.
                conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE usename = ANY(:r) AND pid <> pg_backend_pid()"),
                             {"r": list(self.roles.values())})
                for role in self.roles.values():
                    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
            admin.dispose()
            self.roles = {}


def new_cache(tmp_path: Path, name: str = "cache"):
    """An encrypted cache, as the app opens it (key in the test keyring under the workstation `name`)."""
    return open_cache(tmp_path / f"{name}.ccs", workstation=name)


def offline_note(factory, actor: Actor, account_id: uuid.UUID, text: str) -> uuid.UUID:
    with factory() as s, s.begin():
        note = Note(account_id=account_id, author_id=actor.user_id, at=utcnow(), text=text)
        s.add(note)
        s.flush()
        audit.record(s, actor, "note.add", "note", note.id, account_id=account_id, after={"length": len(text)})
        return note.id


def offline_call(factory, actor: Actor, w: World, at: dt.datetime, code: str = "NA", i: int = 0,
                 direction: Direction = Direction.OUTBOUND):
    return attempts.record_attempt(factory, actor, attempts.AttemptInput(
        account_id=w.account_ids[i], person_id=w.person_ids[i], channel=Channel.CALL, result_code=code,
        phone_id=w.phone_ids[i], at=at, direction=direction))


def offline_promise(factory, actor: Actor, account_id: uuid.UUID, amount: str = "150.00") -> uuid.UUID:
    with factory() as s, s.begin():
        promise = Promise(account_id=account_id, taken_by=actor.user_id, taken_at=utcnow(), kind=PromiseKind.SINGLE,
                          total_amount=Decimal(amount))
        s.add(promise)
        s.flush()
        s.add(Instalment(promise_id=promise.id, account_id=account_id, seq=1,
                         due_date=dt.date.today() + dt.timedelta(days=10), amount=Decimal(amount)))
        audit.record(s, actor, "promise.take", "promise", promise.id, account_id=account_id,
                     after={"amount": amount})
        from ccs_desktop.services.accounts.queue_fields import refresh_queue_fields

        refresh_queue_fields(s, account_id)
        return promise.id


def offline_payment(factory, actor: Actor, account_id: uuid.UUID, amount: str = "100.00") -> uuid.UUID:
    value = Decimal(amount)
    with factory() as s, s.begin():
        payment = Payment(account_id=account_id, amount=value, paid_on=dt.date.today(), method=PaymentMethod.CARD,
                          posted_by=actor.user_id, posted_at=utcnow())
        s.add(payment)
        s.flush()
        s.add(BalanceTransaction(account_id=account_id, kind=TransactionKind.PAYMENT, at=utcnow(),
                                 effective_on=dt.date.today(), principal=-value, payment_id=payment.id,
                                 posted_by=actor.user_id))
        account = s.get(Account, account_id)
        account.principal -= value
        account.balance -= value
        audit.record(s, actor, "payment.post", "payment", payment.id, account_id=account_id,
                     after={"amount": value})
        return payment.id
