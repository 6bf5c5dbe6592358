"""Recording a contact attempt through the guardrails: p50/p95 latency on a loaded portfolio.

Each timed call is `services.contacts.record_attempt` (lock the person, load facts and history, evaluate the
engine, insert the attempt, update the queue fields, append the audit event, commit). The baseline, in the same
run and database, is a raw single-row INSERT of a contact attempt plus commit through the driver.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
import uuid
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Account, AccountParty, Phone, User
from ccs_desktop.models.enums import Channel, PartyRole, Role
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.data import demo
from ccs_desktop.services.context import Actor

from .common import row, scratch_database

UTC = dt.timezone.utc
SAMPLES = 400


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def _targets(engine: sa.Engine, n: int) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(Account.id, AccountParty.person_id, Phone.id, Account.tz_group, Account.assigned_to)
            .join(AccountParty, sa.and_(AccountParty.account_id == Account.id, AccountParty.role == PartyRole.CONSUMER))
            .join(Phone, sa.and_(Phone.person_id == AccountParty.person_id, Phone.primary.is_(True)))
            .where(Account.contact_blocked.is_(False))
            .limit(n * 4)
        ).all()
    random.Random(3).shuffle(rows)
    return rows[:n]


def _lawful_instant(tz_group: str | None) -> dt.datetime:
    zone = ZoneInfo((tz_group or "America/New_York").split("|")[0])
    day = dt.datetime.now(zone).date() - dt.timedelta(days=1)
    while day.weekday() == 6:
        day -= dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(14, 0), tzinfo=zone).astimezone(UTC)


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    results = []
    for backend in options.get("backends", ["sqlite"]):
        with scratch_database(backend) as url:
            engine = db.make_engine(url, use=db.BATCH)
            demo.generate(engine, demo.DemoOptions(accounts=size))
            factory = db.session_factory(engine)
            with factory() as s:
                users = {u.id: u for u in s.scalars(sa.select(User).where(User.role == Role.COLLECTOR))}
            timings, blocked = [], 0
            for account_id, person_id, phone_id, tz_group, owner in _targets(engine, SAMPLES):
                actor = Actor(owner, users[owner].username, Role.COLLECTOR)
                attempt = attempts.AttemptInput(account_id=account_id, person_id=person_id, channel=Channel.CALL,
                                                result_code="NA", phone_id=phone_id, at=_lawful_instant(tz_group))
                start = time.perf_counter()
                try:
                    attempts.record_attempt(factory, actor, attempt)
                except attempts.ContactBlocked:
                    blocked += 1
                timings.append(time.perf_counter() - start)
            baseline = _raw_inserts(engine, _targets(engine, SAMPLES))
            engine.dispose()
        p95, raw95 = _pct(timings, 0.95) * 1000, _pct(baseline, 0.95) * 1000
        results.append(row(f"record attempt p95, {size:,} accounts ({backend})", p95, "ms", raw95,
                           f"p50 {statistics.median(timings) * 1000:.1f} ms over {len(timings)} attempts "
                           f"({blocked} refused); baseline: raw single-row INSERT + commit p95"))
    return results


def _raw_inserts(engine: sa.Engine, targets: list[tuple[Any, ...]]) -> list[float]:
    table = sa.table("contact_attempts", *(sa.column(c) for c in (
        "id", "account_id", "person_id", "at", "channel", "direction", "result_code", "outcome", "purpose",
        "disclosures", "recorded_offline", "created_at")))
    timings = []
    sqlite = engine.dialect.name == "sqlite"
    for account_id, person_id, *_ in targets:
        now = dt.datetime.now(UTC)
        values = {"id": uuid.uuid4(), "account_id": account_id, "person_id": person_id,
                  "at": now.replace(tzinfo=None) if sqlite else now, "channel": "call", "direction": "outbound",
                  "result_code": "NA", "outcome": "no_answer", "purpose": "collection", "disclosures": "[]",
                  "recorded_offline": False, "created_at": now.replace(tzinfo=None) if sqlite else now}
        if sqlite:
            values = {k: (v.hex if isinstance(v, uuid.UUID) else v) for k, v in values.items()}
        start = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(table.insert().values(**values))
        timings.append(time.perf_counter() - start)
    return timings
