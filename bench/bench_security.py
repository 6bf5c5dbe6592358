"""What security costs: row-level security on the queue query (PostgreSQL) and an argon2id sign-in.

- RLS: the collector's first queue page (200 accounts by priority, their own) read as their own login role,
  where row-level security applies, against the same query with the same `assigned_to` filter read as the
  table owner (no RLS) in the same database — the baseline.
- Sign-in: `services.auth.sign_in` (argon2id verify, lock-out bookkeeping, audit event, commit) against a
  plain SELECT of the user row — the baseline.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import User
from ccs_desktop.services.users import auth, db_roles
from ccs_desktop.services.data import demo
from ccs_desktop.services.accounts import portfolio
from ccs_desktop.services.context import SYSTEM

from .common import PG_ADMIN_URL, row, scratch_database

REPEAT = 40
PASSWORD = "bench password 42"


def _median_ms(fn: Any, repeat: int = REPEAT) -> float:
    fn()  # warm caches and plans
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def _queue(factory: Any, actor: Any) -> None:
    with factory() as s:
        rows = portfolio.page(s, actor, None, 200)
        assert rows


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    results = []
    backends = options.get("backends", ["sqlite"])
    if "postgres" in backends:
        with scratch_database("postgres") as url:
            engine = db.make_engine(url, use=db.BATCH)
            demo.generate(engine, demo.DemoOptions(accounts=size))
            owner = db.session_factory(engine)
            with owner() as s:
                cole = s.scalars(sa.select(User).where(User.username == "cole")).one()
            role = db_roles.grant_login(owner, SYSTEM, "cole", PASSWORD)
            collector = db.make_engine(sa.make_url(url).set(username=role, password=PASSWORD))
            try:
                as_role = _median_ms(lambda: _queue(db.session_factory(collector), auth.actor_for(cole)))
                as_owner = _median_ms(lambda: _queue(owner, auth.actor_for(cole)))
            finally:
                collector.dispose()
                engine.dispose()
                admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
                with admin.connect() as conn:
                    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
                admin.dispose()
        results.append(row(f"queue page under RLS, {size:,} accounts (postgres)", as_role, "ms", as_owner,
                           f"median of {REPEAT}: collector's first 200 accounts as their login role; "
                           "baseline: same query as the table owner (no RLS)"))
    with scratch_database("sqlite") as url:
        engine = db.make_engine(url, use=db.BATCH)
        demo.generate(engine, demo.DemoOptions(accounts=200))
        factory = db.session_factory(engine)
        sign_in = _median_ms(lambda: auth.sign_in(factory, "cole", demo.DEMO_PASSWORD), repeat=15)

        def plain() -> None:
            with engine.connect() as conn:
                conn.execute(sa.select(User.id).where(User.username == "cole")).one()

        baseline = _median_ms(plain, repeat=15)
        engine.dispose()
    results.append(row("sign-in with argon2id (sqlite)", sign_in, "ms", baseline,
                       "median of 15: verify, bookkeeping, audit event, commit; baseline: SELECT of the user row"))
    return results
