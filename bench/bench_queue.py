"""The collector's queue on a large portfolio: first page (50 rows, callable-now filter on), the next page
while scrolling, a name search, search as you type (two letters of a last name; the target is 50 ms), a phone
search, and opening an account's workspace — each against the bare
indexed SELECT of the same rows in the same run.

The portfolio is generated once per size and backend with `services.demo` and kept for later runs (a SQLite
file under the user cache folder, a PostgreSQL database named `ccs_bench_queue_<size>`); `--fresh` rebuilds.
Timings are medians of several runs after a warm-up; the figure includes the service's Python work (row
objects, the time-zone pre-filter, the confirmation of each row's callable state), the baseline only the SQL.

    python -m bench --only queue --size 1000000 [--backend sqlite,postgres]
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
import tracemalloc
from pathlib import Path
from typing import Any

import platformdirs
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Account, User
from ccs_desktop.services.data import demo
from ccs_desktop.services.accounts import callable_now, queue
from ccs_desktop.services.context import Actor
from ccs_desktop.models.enums import Role

from .common import PG_ADMIN_URL, row

UTC = dt.timezone.utc
REPEATS = 9


def _cache_dir() -> Path:
    path = Path(os.environ.get("CCS_BENCH_CACHE") or platformdirs.user_cache_dir("ccs-bench"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def portfolio_url(backend: str, size: int, fresh: bool = False, log: Any = print) -> str:
    """A migrated database holding a `size`-account demo portfolio, built once and reused."""
    if backend == "sqlite":
        path = _cache_dir() / f"queue-{size}.sqlite3"
        url = f"sqlite:///{path.as_posix()}"
        if fresh and path.exists():
            path.unlink()
    else:
        name = f"ccs_bench_queue_{size}"
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).scalar()
            if exists and fresh:
                conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
                exists = False
            if not exists:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        admin.dispose()
        url = sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine, _ = db.open_database(url, use=db.BATCH)
    try:
        with engine.connect() as conn:
            have = conn.execute(sa.select(sa.func.count()).select_from(Account)).scalar() or 0
        if have != size:
            if have:
                raise RuntimeError(f"{url} holds {have} accounts, not {size}: rerun with --fresh")
            log(f"generating {size:,} demo accounts on {backend} (kept for later runs) ...")
            started = time.perf_counter()
            demo.generate(engine, demo.DemoOptions(accounts=size, batch_size=5000))
            with engine.connect() as conn:
                if backend == "postgres":
                    conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
                else:
                    conn.exec_driver_sql("ANALYZE")
                    conn.commit()
            log(f"  generated in {time.perf_counter() - started:.0f}s")
    finally:
        engine.dispose()
    return url


def _median_ms(fn: Any) -> float:
    fn()  # warm-up: caches, plans, connection
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _raw_first_page(engine: sa.Engine, actor: Actor, filters: queue.QueueFilters, at: dt.datetime) -> tuple[str, dict]:
    """The bare SELECT of the same page: index order, the same pre-filter, no Python work on the rows."""
    with db.session_factory(engine)() as session:
        closed = callable_now.closed_groups(session, at)
    marks = ", ".join(f":g{i}" for i in range(len(closed))) or "''"
    params: dict[str, Any] = {f"g{i}": g for i, g in enumerate(closed)}
    return marks, params


_APP_PROBE = r"""
import os, sys, time, resource, datetime as dt
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from ccs_desktop.ui.app import create_app
app = create_app()
if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QMainWindow
    w = QMainWindow(); w.show(); app.processEvents()
else:
    from ccs_desktop.ui.main_window import MainWindow
    w = MainWindow(); w.clock = dt.datetime.fromisoformat(sys.argv[2]); w.resize(1500, 860); w.show()
    w.open_database(sys.argv[1], seed_demo=False)
    def wait(cond, limit=120):
        end = time.time() + limit
        while not cond() and time.time() < end:
            app.processEvents(); time.sleep(0.005)
    wait(lambda: w.model is not None and w.model.rowCount() > 0)
    for _ in range(20):
        w.queue_view.table.scrollToBottom(); wait(lambda: not w.model.loading())
    w.next_account(); wait(lambda: w.stack.currentIndex() == 2)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _app_rss_mb(url: str, at: dt.datetime) -> tuple[float, float]:
    """Peak RSS of the real window after 20 queue pages and one workspace, and of a bare Qt window."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    app = subprocess.run([sys.executable, "-c", _APP_PROBE, url, at.isoformat()], capture_output=True, text=True,
                         env=env, timeout=600, check=True)
    bare = subprocess.run([sys.executable, "-c", _APP_PROBE, "bare"], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    return int(app.stdout.split()[-1]) / 1024, int(bare.stdout.split()[-1]) / 1024


def _type_ahead(factory: Any, engine: sa.Engine, actor: Actor, uid: Any, prefix: str, at: dt.datetime,
                label: str) -> dict[str, Any]:
    """Search as you type: the first page for the first two letters of a last name, as the queue asks for it
    (the collector's open accounts, best score first); baseline: the bare SELECT of the same page's ids."""
    search = queue.QueueFilters(search=prefix)

    def service() -> None:
        with factory() as session:
            assert queue.page_in(session, actor, search, None, 50, at).rows

    upper = prefix.upper()
    raw_sql = ("SELECT a.id FROM accounts a WHERE a.assigned_to = :u AND a.status = 'open' "
               "AND a.consumer_search_name >= :p AND a.consumer_search_name < :q AND a.consumer_search_name LIKE :l "
               "ORDER BY a.priority_score DESC, a.id LIMIT 50")

    def baseline() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text(raw_sql), {"u": uid, "p": upper, "q": upper[:-1] + chr(ord(upper[-1]) + 1),
                                            "l": upper + "%"}).all()

    return row(f"queue search as you type {prefix!r}, first page ({label})", _median_ms(service), "ms",
               _median_ms(baseline), "two letters of a last name; target 50 ms; baseline: the bare SELECT of the page")


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    fresh = bool(options.get("fresh", False))
    results: list[dict[str, Any]] = []
    for backend in options.get("backends", ["sqlite"]):
        url = portfolio_url(backend, size, fresh)
        results.extend(_bench_backend(url, backend, size))
    return results


def _bench_backend(url: str, backend: str, size: int) -> list[dict[str, Any]]:
    engine = db.make_engine(url, use=db.BATCH)
    factory = db.session_factory(engine)
    with factory() as session:
        cole = session.scalars(sa.select(User).where(User.username == "cole")).one()
        actor = Actor(cole.id, cole.username, Role(cole.role), cole.team_id)
        mine = session.scalar(sa.select(sa.func.count()).select_from(Account).where(Account.assigned_to == cole.id))
        sample = session.execute(
            sa.text("SELECT p.search_name, ph.digits FROM accounts a JOIN account_parties ap ON ap.account_id = a.id "
                    "JOIN persons p ON p.id = ap.person_id JOIN phones ph ON ph.person_id = p.id "
                    "WHERE a.assigned_to = :u ORDER BY a.id LIMIT 1"), {"u": cole.id if backend == "postgres" else cole.id.hex}
        ).one()
    # A weekday afternoon on the US east coast: most of the portfolio is inside its calling hours.
    now = dt.datetime.now(UTC)
    at = dt.datetime.combine(now.date() - dt.timedelta(days=now.weekday()) + dt.timedelta(days=1), dt.time(19, 0), tzinfo=UTC)
    filters = queue.QueueFilters(callable_now=True)
    callable_now.tz_groups.clear()
    out = []
    label = f"{size:,} accounts, {backend}"

    with factory() as session:
        first = queue.page_in(session, actor, filters, None, 50, at)
    key = first.next_key
    marks, params = _raw_first_page(engine, actor, filters, at)
    uid = cole.id if backend == "postgres" else cole.id.hex
    raw_sql = (
        "SELECT a.id, a.priority_score, p.first_name, p.last_name, c.name, a.client_account_number, a.balance, "
        "a.tz_group, a.last_contact_at, a.last_result, a.next_allowed_at FROM accounts a "
        "JOIN clients c ON c.id = a.client_id "
        "LEFT JOIN account_parties ap ON ap.account_id = a.id AND ap.role = 'consumer' "
        "LEFT JOIN persons p ON p.id = ap.person_id "
        "WHERE a.assigned_to = :u AND a.status = 'open' AND a.contact_blocked = false "
        "AND (a.next_allowed_at IS NULL OR a.next_allowed_at <= :at) AND a.tz_group IS NOT NULL "
        f"AND a.tz_group NOT IN ({marks}) {{after}} ORDER BY a.priority_score DESC, a.id LIMIT 50"
    )
    at_param = at if backend == "postgres" else at.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")

    def raw(after: str = "", extra: dict | None = None) -> None:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(raw_sql.format(after=after)), {"u": uid, "at": at_param, **params, **(extra or {})}).all()
            assert rows

    def first_page() -> None:
        with factory() as session:
            assert queue.page_in(session, actor, filters, None, 50, at).rows

    def next_page() -> None:
        with factory() as session:
            assert queue.page_in(session, actor, filters, key, 50, at).rows

    from ccs_desktop.services.contacts import attempts

    page_ids = [r.id for r in first.rows]

    def confirm_only() -> None:
        with factory() as session:
            attempts.callable_states(session, page_ids, at)

    f_ms, b_ms = _median_ms(first_page), _median_ms(lambda: raw())
    out.append(row(f"queue first page, 50 rows, callable now ({label})", f_ms, "ms", b_ms,
                   f"collector's queue of {mine:,}; baseline: bare indexed SELECT of the same page"))
    c_ms = _median_ms(confirm_only)
    out.append(row(f"  of which: guardrail confirmation of the 50 rows ({label})", c_ms, "ms", f_ms,
                   "attempts.callable_states on the page's ids; ratio = share of the first page"))

    score = first.rows[-1].priority_score
    score_param = score if backend == "postgres" else int(score * 100)
    after_sql = "AND a.priority_score <= :s AND (a.priority_score < :s OR a.id > :last)"
    after_params = {"s": score_param, "last": first.rows[-1].id if backend == "postgres" else first.rows[-1].id.hex}

    n_ms, nb_ms = _median_ms(next_page), _median_ms(lambda: raw(after_sql, after_params))
    out.append(row(f"queue next page while scrolling ({label})", n_ms, "ms", nb_ms, "keyset (score, id) after row 50"))

    last, first_name = sample.search_name.split(" ")[:2]
    name = f"{last} {first_name[0]}"       # what a collector types: last name and an initial
    search = queue.QueueFilters(search=name.title())

    def name_search() -> None:
        with factory() as session:
            queue.page_in(session, actor, search, None, 50, at)

    name_raw = (
        "SELECT a.id FROM accounts a WHERE a.assigned_to = :u AND a.status = 'open' AND a.id IN "
        "(SELECT ap.account_id FROM account_parties ap WHERE ap.person_id IN "
        "(SELECT id FROM persons WHERE search_name >= :p AND search_name < :q AND search_name LIKE :l)) "
        "ORDER BY a.priority_score DESC, a.id LIMIT 50"
    )
    upper = name.upper()

    def name_baseline() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text(name_raw), {"u": uid, "p": upper, "q": upper[:-1] + chr(ord(upper[-1]) + 1),
                                             "l": upper + "%"}).all()

    out.append(row(f"queue name search {name.title()!r} ({label})", _median_ms(name_search), "ms",
                   _median_ms(name_baseline), "last name + initial; baseline: the bare SELECT by search_name range"))

    out.append(_type_ahead(factory, engine, actor, uid, last[:2].lower(), at, label))

    digits = sample.digits
    typed = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"

    def phone_search() -> None:
        with factory() as session:
            assert queue.page_in(session, actor, queue.QueueFilters(search=typed, status=None), None, 50, at).rows

    phone_raw = ("SELECT a.id FROM accounts a WHERE a.assigned_to = :u AND a.id IN (SELECT ap.account_id FROM "
                 "account_parties ap WHERE ap.person_id IN (SELECT person_id FROM phones WHERE digits = :d)) "
                 "ORDER BY a.priority_score DESC, a.id LIMIT 50")

    def phone_baseline() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text(phone_raw), {"u": uid, "d": digits}).all()

    out.append(row(f"queue phone search {typed!r} ({label})", _median_ms(phone_search), "ms",
                   _median_ms(phone_baseline), "typed format normalised with phonenumbers"))

    from ccs_desktop.services.accounts import workspace

    account_id = first.rows[0].id

    def open_workspace() -> None:
        workspace.load(factory, actor, account_id, at)

    def open_baseline() -> None:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT * FROM accounts WHERE id = :i"),
                         {"i": account_id if backend == "postgres" else account_id.hex}).all()
            conn.execute(sa.text("SELECT * FROM contact_attempts WHERE account_id = :i ORDER BY at DESC"),
                         {"i": account_id if backend == "postgres" else account_id.hex}).all()

    out.append(row(f"open account workspace ({label})", _median_ms(open_workspace), "ms", _median_ms(open_baseline),
                   "every party, phone states, contact log; baseline: SELECT the account and its contact log"))

    tracemalloc.start()
    with factory() as session:
        for _ in range(20):
            p = queue.page_in(session, actor, filters, key, 50, at)
            key = p.next_key
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    out.append(row(f"queue memory, 20 pages scrolled ({label})", peak, "MB", None, "Python heap peak (tracemalloc)"))
    engine.dispose()
    rss, bare = _app_rss_mb(url, at)
    out.append(row(f"running app peak RSS ({label})", rss, "MB", bare,
                   "the window after 20 queue pages and one workspace; baseline: a bare Qt window"))
    return out
