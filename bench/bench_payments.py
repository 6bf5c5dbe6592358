"""Promises and payments: the nightly kept/broken job and payment posting, against raw SQL baselines.

1. Nightly evaluation of `--size` open instalments (default 100,000; the issue's figure is 1,000,000) on
   active promises, four instalments each, due over the last 60 days, with payments on a third of the
   promises (full, partial or late), across four clients with different grace days. The figure is
   instalments judged per second by `evaluation.evaluate_due` (which also writes promise statuses, the
   queue fields and score of every account concerned, and audit events). The baseline is one set-based
   SQL UPDATE marking the same rows broken (what a job that ignores payments, partial payments and the
   queue would cost), timed on the same database after the instalments are put back to "due".
2. Payment posting: `payments.post_payment` one transaction per payment (allocation, promise matching and
   re-judging, queue refresh, audit), against raw DBAPI inserts of the same payment and balance transaction
   rows plus the account update, also one commit per payment.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import (
    Account,
    BalanceTransaction,
    Client,
    Instalment,
    Payment,
    Promise,
    User,
    new_id,
)
from ccs_desktop.models.enums import (
    InstalmentState,
    PaymentMethod,
    PlanFrequency,
    PromiseKind,
    PromiseStatus,
    Role,
    TransactionKind,
)
from ccs_desktop.services.money import evaluation, payments
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data

from .common import Timer, row, scratch_database

UTC = dt.timezone.utc
TODAY = dt.date(2026, 11, 23)
CENT = Decimal("0.01")
GRACE = (3, 5, 10, 0)


def _fill(engine: sa.Engine, instalments: int, seed: int = 5) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Accounts with one active plan of four instalments each, and payments on a third of the plans."""
    rng = random.Random(seed)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        ensure_reference_data(s)
        user = User(username="bench", display_name="Bench Collector", role=Role.COLLECTOR)
        s.add(user)
        clients = [Client(code=f"B{i}", name=f"Bench client {i}", grace_days=g) for i, g in enumerate(GRACE)]
        s.add_all(clients)
        s.flush()
        user_id, client_ids = user.id, [c.id for c in clients]
    promises_n = max(instalments // 4, 1)
    now = dt.datetime(2026, 9, 1, tzinfo=UTC)
    account_ids = []
    chunk = 20_000
    for start in range(0, promises_n, chunk):
        accounts, promises, insts, pays, txs = [], [], [], [], []
        for n in range(start, min(start + chunk, promises_n)):
            aid, pid = new_id(), new_id()
            account_ids.append(aid)
            per = Decimal(rng.randint(25_00, 400_00)) * CENT
            balance = per * 4 + Decimal(rng.randint(0, 2000_00)) * CENT
            accounts.append({"id": aid, "client_id": client_ids[n % 4], "client_account_number": f"BN{n:09d}",
                             "principal": balance, "balance": balance, "placed_balance": balance,
                             "charge_off_date": dt.date(2025, 6, 1), "assigned_to": user_id, "status": "open",
                             "priority_score": Decimal("10.00"), "created_at": now, "updated_at": now,
                             "row_version": 1, "interest": Decimal(0), "fees": Decimal(0), "costs": Decimal(0),
                             "currency": "USD", "debt_type": "consumer", "right_party_contacts": 1,
                             "has_broken_promise": False, "contact_blocked": False})
            first = TODAY - dt.timedelta(days=rng.randint(20, 60))
            promises.append({"id": pid, "account_id": aid, "taken_by": user_id, "taken_at": now,
                             "kind": PromiseKind.PLAN, "frequency": PlanFrequency.WEEKLY, "total_amount": per * 4,
                             "method": PaymentMethod.ACH, "status": PromiseStatus.ACTIVE, "created_at": now,
                             "updated_at": now, "row_version": 1})
            for seq in range(4):
                insts.append({"id": new_id(), "promise_id": pid, "account_id": aid, "seq": seq + 1,
                              "due_date": first + dt.timedelta(weeks=seq), "amount": per, "paid_amount": Decimal(0),
                              "state": InstalmentState.DUE, "created_at": now, "updated_at": now, "row_version": 1})
            roll = rng.random()
            if roll < 0.34:  # a third paid something: in full, in part, or late
                paid = per * rng.choice((1, 2, 4)) if roll < 0.2 else (per / 2).quantize(CENT)
                paid_on = first + dt.timedelta(days=rng.choice((0, 1, 2, 15)))
                pay_id = new_id()
                pays.append({"id": pay_id, "account_id": aid, "amount": paid, "currency": "USD", "paid_on": paid_on,
                             "method": PaymentMethod.ACH, "posted_at": now, "promise_id": pid, "created_at": now})
                txs.append({"id": new_id(), "account_id": aid, "kind": TransactionKind.PAYMENT, "at": now,
                            "effective_on": paid_on, "principal": -paid, "interest": Decimal(0), "fees": Decimal(0),
                            "costs": Decimal(0), "payment_id": pay_id, "created_at": now})
        with engine.begin() as conn:
            for table, rows in ((Account, accounts), (Promise, promises), (Instalment, insts), (Payment, pays),
                                (BalanceTransaction, txs)):
                if rows:
                    conn.execute(sa.insert(table.__table__), rows)
    return user_id, account_ids


def _reset(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        conn.execute(sa.update(Instalment.__table__).values(state="due", evaluated_at=None))
        conn.execute(sa.update(Promise.__table__).values(status="active"))


def _baseline_sql(dialect: str) -> str:
    if dialect == "postgresql":
        return ("UPDATE instalments i SET state = 'broken', evaluated_at = now() "
                "FROM promises p, accounts a, clients c "
                "WHERE p.id = i.promise_id AND a.id = i.account_id AND c.id = a.client_id "
                "AND i.state = 'due' AND p.status = 'active' AND i.due_date < DATE :today - c.grace_days")
    return ("UPDATE instalments SET state = 'broken', evaluated_at = CURRENT_TIMESTAMP "
            "WHERE state = 'due' AND promise_id IN (SELECT id FROM promises WHERE status = 'active') "
            "AND due_date < (SELECT date(:today, '-' || c.grace_days || ' days') FROM accounts a "
            "JOIN clients c ON c.id = a.client_id WHERE a.id = instalments.account_id)")


def _baseline_seconds(engine: sa.Engine) -> tuple[float, int]:
    sql = _baseline_sql(engine.dialect.name)
    if engine.dialect.name == "postgresql":
        sql = sql.replace("DATE :today", "CAST(:today AS date)")
    with engine.begin() as conn, Timer() as t:
        count = conn.execute(sa.text(sql), {"today": TODAY.isoformat()}).rowcount
    return t.seconds, count


def _bench_evaluation(backend: str, size: int) -> dict[str, Any]:
    with scratch_database(backend) as url:
        engine = db.make_engine(url)
        _fill(engine, size)
        if backend == "postgres":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        factory = db.session_factory(engine)
        with Timer() as t:
            summary = evaluation.evaluate_due(factory, TODAY, batch_size=5000)
        judged = summary.kept + summary.partly_kept + summary.broken
        _reset(engine)
        raw_seconds, raw_rows = _baseline_seconds(engine)
        engine.dispose()
    return row(f"nightly kept/broken, {size:,} open instalments ({backend})", judged / t.seconds, "instalments/s",
               raw_rows / raw_seconds if raw_seconds else None,
               f"{t.seconds:.1f}s for {judged:,} judged ({summary.broken:,} broken, {summary.partly_kept:,} partly, "
               f"{summary.kept:,} kept), {summary.accounts_refreshed:,} accounts re-scored; "
               f"one set-based UPDATE of {raw_rows:,} rows {raw_seconds:.1f}s")


def _bench_posting(backend: str, count: int) -> dict[str, Any]:
    with scratch_database(backend) as url:
        engine = db.make_engine(url)
        user_id, account_ids = _fill(engine, count * 4 * 2, seed=9)
        factory = db.session_factory(engine)
        actor = Actor(None, "bench", Role.ADMIN)
        targets = account_ids[:count]
        with Timer() as t:
            for aid in targets:
                payments.post_payment(factory, actor, payments.PaymentInput(aid, Decimal("10.00"), TODAY,
                                                                           PaymentMethod.CARD, reference="B"))
        others = account_ids[count:2 * count]
        raw = engine.raw_connection()
        mark = "?" if engine.dialect.name == "sqlite" else "%s"
        pg = engine.dialect.name == "postgresql"
        amount = Decimal("10.00") if pg else 1000
        neg = -amount
        try:
            cur = raw.cursor()
            with Timer() as r:
                for aid in others:
                    pid, now = new_id(), dt.datetime.now(UTC)
                    key = aid if pg else aid.hex
                    pkey = pid if pg else pid.hex
                    stamp = now if pg else now.replace(tzinfo=None).isoformat(sep=" ")
                    cur.execute(f"INSERT INTO payments (id, account_id, amount, currency, paid_on, method, reference, "
                                f"posted_at, created_at) VALUES ({', '.join([mark] * 9)})",
                                (pkey, key, amount, "USD", TODAY if pg else TODAY.isoformat(), "card", "B", stamp, stamp))
                    cur.execute(f"INSERT INTO balance_transactions (id, account_id, kind, at, effective_on, principal, "
                                f"interest, fees, costs, payment_id, created_at) VALUES ({', '.join([mark] * 11)})",
                                (new_id() if pg else new_id().hex, key, "payment", stamp,
                                 TODAY if pg else TODAY.isoformat(), neg, 0, 0, 0, pkey, stamp))
                    cur.execute(f"UPDATE accounts SET principal = principal - {mark}, balance = balance - {mark}, "
                                f"last_payment_date = {mark} WHERE id = {mark}",
                                (amount, amount, TODAY if pg else TODAY.isoformat(), key))
                    raw.commit()
        finally:
            raw.close()
        engine.dispose()
    return row(f"post payment, {count:,} payments ({backend})", count / t.seconds, "payments/s",
               count / r.seconds, f"{t.seconds:.1f}s; raw inserts + balance update, one commit each, {r.seconds:.1f}s")


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    results = []
    for backend in options.get("backends", ["sqlite"]):
        results.append(_bench_evaluation(backend, size))
        results.append(_bench_posting(backend, min(max(size // 100, 200), 2000)))
    return results
