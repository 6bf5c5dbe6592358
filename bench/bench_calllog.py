"""The supervisor's call log and KPIs on a large attempt history (--size = number of contact attempts).

Loads `size` attempts (spread over the past year, 20 collectors in two teams, one account per 50 attempts)
with one set-based INSERT ... SELECT (PostgreSQL generate_series, SQLite a recursive CTE), indexes built after
the load, then times (median of several runs):

- the call log's first page (200 rows, newest first) through `services.supervision.call_log.call_log_page`;
- a deep page (the page after the row 90 % down the log), by key;
- a team supervisor's first page filtered by one collector;
- a KPI refresh (`services.kpis.compute`) for a team over the last 30 days.

Each baseline is the bare SQL on the same database in the same run, through the driver: the same page from
`contact_attempts` alone by key, and the bare COUNT/SUM over the same 30 days. The deep-page note also gives
what the same page costs with OFFSET.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
import uuid
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Client, ContactAttempt, Team, User
from ccs_desktop.models.enums import Role
from ccs_desktop.services.supervision import call_log, kpis
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data

from .common import row, scratch_database

UTC = dt.timezone.utc
RUNS = 7
COLLECTORS = 20
CODES = [("NA", "no_answer"), ("NA", "no_answer"), ("NA", "no_answer"), ("VM", "voicemail"), ("VM", "voicemail"),
         ("BSY", "busy"), ("RPC", "conversation"), ("PTP", "conversation"), ("WN", "wrong_party"),
         ("RTP", "conversation")]


def _log(text: str) -> None:
    print(f"  calllog: {text}", file=sys.stderr, flush=True)


def _case(expr: str, values: list[str]) -> str:
    whens = " ".join(f"WHEN {i} THEN {v}" for i, v in enumerate(values))
    return f"(CASE ({expr}) % {len(values)} {whens} END)"


def _seed(engine: sa.Engine, size: int, now: dt.datetime) -> tuple[list[uuid.UUID], uuid.UUID, uuid.UUID, uuid.UUID]:
    """Users, a client, accounts and persons, then `size` attempts; returns (collector ids, team id, admin id,
    the id of the team's supervisor)."""
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        ensure_reference_data(s)
        teams = [Team(name="North"), Team(name="South")]
        s.add_all(teams)
        s.flush()
        collectors = [User(username=f"c{i}", display_name=f"Collector {i:02d}", role=Role.COLLECTOR,
                           team_id=teams[i % 2].id) for i in range(COLLECTORS)]
        admin = User(username="admin", display_name="Admin", role=Role.ADMIN)
        sup = User(username="sup", display_name="Supervisor", role=Role.SUPERVISOR, team_id=teams[0].id)
        client = Client(code="BIG", name="Big Bank")
        s.add_all([*collectors, admin, sup, client])
        s.flush()
        teams[0].supervisor_id = sup.id
        ids = [c.id for c in collectors]
        team_id, admin_id, client_id, sup_id = teams[0].id, admin.id, client.id, sup.id
    accounts = max(COLLECTORS, size // 50)
    pg = engine.dialect.name == "postgresql"
    span = 365 * 86400
    step = span / max(size, 1)
    if pg:
        # Ordered ids (as UUIDv7 are): the primary-key index grows at its right edge.
        uid = lambda prefix, var: f"('{prefix}' || lpad(to_hex({var}), 31, '0'))::uuid"  # noqa: E731
        users = [f"'{u}'::uuid" for u in ids]
        series = lambda n: f"generate_series(1, {n}) AS g(i)"  # noqa: E731
        prefix_sql = ""
        ts_now = f"'{now.isoformat()}'::timestamptz"
        at = f"{ts_now} - make_interval(secs => ({size} - i) * {step})"
        created = ts_now
        js = "'[]'::jsonb"
    else:
        uid = lambda prefix, var: f"printf('{prefix}%031x', {var})"  # noqa: E731
        users = [f"'{u.hex}'" for u in ids]
        series = lambda n: "g"  # noqa: E731
        prefix_sql = "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < {n}) "
        base = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S")
        at = f"datetime('{base}', '-' || CAST(({size} - i) * {step} AS INTEGER) || ' seconds')"
        created = f"'{base}'"
        js = "'[]'"
    client_ref = f"'{client_id}'::uuid" if pg else f"'{client_id.hex}'"
    a_prefix, p_prefix, c_prefix = "a", "b", "c"
    owner = _case("i", users)
    table = ContactAttempt.__table__
    statements = [
        f"{prefix_sql.format(n=accounts)}INSERT INTO persons (id, first_name, last_name, search_name, language, "
        f"refused_channels, created_at, updated_at, row_version) SELECT {uid(p_prefix, 'i')}, 'Pat', 'Doe' || i, "
        f"'DOE' || i || ' PAT', 'en', {js}, {created}, {created}, 1 FROM {series(accounts)}",
        f"{prefix_sql.format(n=accounts)}INSERT INTO accounts (id, client_id, client_account_number, debt_type, currency, "
        f"principal, interest, fees, costs, balance, placed_balance, status, assigned_to, priority_score, "
        f"right_party_contacts, has_broken_promise, contact_blocked, created_at, updated_at, row_version) "
        f"SELECT {uid(a_prefix, 'i')}, {client_ref}, 'B' || i, 'consumer', 'USD', 100000, 0, 0, 0, 100000, 100000, "
        f"'open', {owner}, 0, 0, false, false, {created}, {created}, 1 FROM {series(accounts)}",
    ]
    acct = f"((i % {accounts}) + 1)"
    code = _case("i", [f"'{c}'" for c, _ in CODES])
    outcome = _case("i", [f"'{o}'" for _, o in CODES])
    attempts_sql = (
        f"{prefix_sql.format(n=size)}INSERT INTO contact_attempts (id, account_id, person_id, user_id, at, channel, "
        f"direction, phone_e164, result_code, outcome, purpose, disclosures, rule_pack_version, recorded_offline, "
        f"created_at) SELECT {uid(c_prefix, 'i')}, {uid(a_prefix, acct)}, {uid(p_prefix, acct)}, "
        f"{_case(acct, users)}, {at}, 'call', 'outbound', '+12125550100', {code}, {outcome}, 'collection', {js}, "
        f"'us-2026.11', false, {created} FROM {series(size)}"
    )
    if pg:  # the driver reads % as a placeholder
        statements = [sql.replace("%", "%%") for sql in statements]
        attempts_sql = attempts_sql.replace("%", "%%")
    with engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)
    # Indexes after the load (as a bulk import would); the sync trigger is not part of what is measured.
    with engine.begin() as conn:
        for index in table.indexes:
            index.drop(conn)
        if pg:
            conn.exec_driver_sql("ALTER TABLE contact_attempts DISABLE TRIGGER USER")
        started = time.perf_counter()
        conn.exec_driver_sql(attempts_sql)
        _log(f"{size:,} attempts inserted in {time.perf_counter() - started:,.1f} s")
        if pg:
            conn.exec_driver_sql("ALTER TABLE contact_attempts ENABLE TRIGGER USER")
        started = time.perf_counter()
        for index in table.indexes:
            index.create(conn)
        _log(f"indexes built in {time.perf_counter() - started:,.1f} s")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE" if pg else "ANALYZE")
    # Account 1's owner is collectors[1 % 20]; each collector's accounts follow from `i % 20`.
    return ids, team_id, admin_id, sup_id


def _median(fn: Any, runs: int = RUNS) -> float:
    fn()  # warm the caches and the statement cache once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _raw(engine: sa.Engine, sql: str, params: tuple[Any, ...]) -> Any:
    raw = engine.raw_connection()

    def go() -> Any:
        cur = raw.cursor()
        cur.execute(sql, params)
        out = cur.fetchall()
        cur.close()
        return out

    return raw, go


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    results: list[dict[str, Any]] = []
    for backend in options.get("backends", ["sqlite", "postgres"]):
        with scratch_database(backend) as url:
            engine = db.make_engine(url, use=db.BATCH)
            try:
                results += _run_one(engine, backend, size)
            finally:
                engine.dispose()
    return results


def _run_one(engine: sa.Engine, backend: str, size: int) -> list[dict[str, Any]]:
    now = dt.datetime.now(UTC).replace(microsecond=0)
    collectors, team_id, admin_id, sup_id = _seed(engine, size, now)
    factory = db.session_factory(engine)
    admin = Actor(admin_id, "admin", Role.ADMIN)
    supervisor = Actor(sup_id, "sup", Role.SUPERVISOR, team_id=team_id)
    pg = engine.dialect.name == "postgresql"
    mark = "%s" if pg else "?"
    tag = f"{backend}, {size:,} attempts"
    out = []

    # First page.
    first = _median(lambda: call_log.call_log_page(factory, admin, None, None, 200))
    raw, go = _raw(engine, "SELECT id, at, user_id, account_id, result_code FROM contact_attempts "
                           "ORDER BY at DESC, id DESC LIMIT 200", ())
    base = _median(go)
    raw.close()
    out.append(row("calllog first page (200 rows)", first * 1000, "ms", base * 1000,
                   f"{tag}; baseline: bare keyset SELECT on contact_attempts"))

    # Deep page: the page after the row 90 % down.
    with engine.connect() as conn:
        depth = int(size * 0.9)
        key = conn.execute(sa.select(ContactAttempt.at, ContactAttempt.id)
                           .order_by(ContactAttempt.at.desc(), ContactAttempt.id.desc()).offset(depth).limit(1)).one()
    after = (key[0], key[1])
    deep = _median(lambda: call_log.call_log_page(factory, admin, None, after, 200))
    key_param = (key[0] if pg else key[0].replace(tzinfo=None).isoformat(sep=" "),
                 key[1] if pg else key[1].hex)
    raw, go = _raw(engine, "SELECT id, at, user_id, account_id, result_code FROM contact_attempts "
                           f"WHERE (at, id) < ({mark}, {mark}) ORDER BY at DESC, id DESC LIMIT 200", key_param)
    base = _median(go)
    raw.close()
    raw, go = _raw(engine, "SELECT id, at, user_id, account_id, result_code FROM contact_attempts "
                           f"ORDER BY at DESC, id DESC LIMIT 200 OFFSET {depth}", ())
    offset = _median(go, runs=2)
    raw.close()
    out.append(row("calllog deep page (90 % down)", deep * 1000, "ms", base * 1000,
                   f"{tag}; baseline: bare keyset SELECT; the same page by OFFSET: {offset * 1000:,.0f} ms"))

    # A team supervisor's page filtered by one collector.
    one = call_log.CallLogFilter(collector_ids=(collectors[0],))
    filtered = _median(lambda: call_log.call_log_page(factory, supervisor, one, None, 200))
    uid = collectors[0] if pg else collectors[0].hex
    raw, go = _raw(engine, "SELECT id, at, user_id, account_id, result_code FROM contact_attempts "
                           f"WHERE user_id = {mark} ORDER BY at DESC, id DESC LIMIT 200", (uid,))
    base = _median(go)
    raw.close()
    out.append(row("calllog collector filter page", filtered * 1000, "ms", base * 1000,
                   f"{tag}; team supervisor; baseline: bare SELECT by user_id"))

    # KPI refresh for a team over 30 days.
    scope = kpis.KpiScope((now - dt.timedelta(days=29)).date(), now.date(), team_id=team_id)
    kpi = _median(lambda: kpis.compute(factory, admin, scope), runs=3)
    since = scope.since if pg else scope.since.replace(tzinfo=None).isoformat(sep=" ")
    until = scope.until if pg else scope.until.replace(tzinfo=None).isoformat(sep=" ")
    team = team_id if pg else team_id.hex
    raw, go = _raw(engine, "SELECT count(*), sum(CASE WHEN r.counts_as_right_party THEN 1 ELSE 0 END) "
                           "FROM contact_attempts c JOIN result_codes r ON r.code = c.result_code "
                           f"WHERE c.at >= {mark} AND c.at < {mark} AND c.user_id IN "
                           f"(SELECT id FROM users WHERE team_id = {mark})", (since, until, team))
    base = _median(go, runs=3)
    raw.close()
    in_period = kpis.compute(factory, admin, scope).attempts
    out.append(row("KPI refresh (team, 30 days)", kpi * 1000, "ms", base * 1000,
                   f"{tag}; {in_period:,} attempts in scope; all figures vs bare attempts COUNT/SUM"))
    return out
