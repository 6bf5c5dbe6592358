"""Demo portfolio generation rate (accounts/s), against a raw DBAPI bulk insert of the same rows.

The baseline pre-generates the same rows, converts every value to what the driver takes (outside the
timing), then times only `cursor.executemany` per table into a fresh database. The ratio says what share
of the database's own insert speed the generator reaches.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.services.data import demo

from .common import Timer, raw_executemany_seconds, row, scratch_database

UTC = dt.timezone.utc


def _rows_for(size: int) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """The rows the generator writes for `size` accounts (same code path, no database)."""
    rng = random.Random(7)
    today = dt.date(2026, 11, 23)
    ids = demo._Ids(rng, dt.datetime(2025, 10, 1, tzinfo=UTC))
    clients = [{"id": ids(), "code": c[0], "name": c[1], "debt_type": c[2], "currency": c[3],
                "allocation_order": c[4], "grace_days": c[5], "creditors": c[6]} for c in demo.CLIENTS]
    placements = {c["code"]: [{"id": ids(), "received_at": dt.datetime(2026, 9, 1, tzinfo=UTC)}] for c in clients}
    collectors = [{"id": ids()} for _ in range(3)]
    batch = demo._Batch()
    all_places = demo.places()
    for n in range(size):
        demo._account(batch, rng, ids, today, n, clients, placements, collectors, all_places)
    out = []
    now = dt.datetime.now(UTC)
    for model in batch.ORDER:
        rows = batch.rows[model]
        if not rows:
            continue
        table = model.__table__
        keys = set().union(*(r.keys() for r in rows))
        for r in rows:
            for c in table.c:
                if c.name in r:
                    continue
                if c.name in keys or c.default is None:
                    r[c.name] = c.default.arg if c.default is not None and c.default.is_scalar else None
                else:
                    r[c.name] = c.default.arg if c.default.is_scalar else now
        out.append((table, rows))
    return out


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    results = []
    tables = _rows_for(size)
    rows_total = sum(len(r) for _, r in tables)
    for backend in options.get("backends", ["sqlite"]):
        with scratch_database(backend) as url:
            engine = db.make_engine(url, use=db.BATCH)
            with Timer() as t:
                demo.generate(engine, demo.DemoOptions(accounts=size))
            engine.dispose()
        with scratch_database(backend) as url:
            raw_seconds = raw_executemany_seconds(url, tables)
        results.append(row(f"demo generation {size:,} accounts ({backend})", size / t.seconds, "accounts/s",
                           size / raw_seconds,
                           f"{t.seconds:.1f}s; raw executemany of the same {rows_total:,} rows {raw_seconds:.1f}s"))
    return results
