"""Helpers the benchmarks share: scratch databases on each backend, timing, the result row."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db

PG_ADMIN_URL = os.environ.get("CCS_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def row(benchmark: str, figure: float, unit: str, baseline: float | None = None, note: str = "") -> dict[str, Any]:
    ratio = (figure / baseline) if baseline else None
    return {"benchmark": benchmark, "figure": figure, "unit": unit, "baseline": baseline, "ratio": ratio, "note": note}


@contextlib.contextmanager
def scratch_database(backend: str, migrate: bool = True) -> Iterator[str]:
    """A fresh database URL on `backend` ("sqlite" or "postgres"), dropped afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="ccs-bench-") as tmp:
            url = f"sqlite:///{Path(tmp, 'bench.sqlite3').as_posix()}"
            if migrate:
                db.open_database(url, use=db.BATCH)[0].dispose()
            yield url
        return
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"ccs_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        if migrate:
            db.open_database(url, use=db.BATCH)[0].dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def postgres_available() -> bool:
    try:
        engine = sa.create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


class Timer:
    def __enter__(self) -> "Timer":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.seconds = time.perf_counter() - self.start


def _driver_value(value: Any, dialect: sa.Dialect) -> Any:
    if isinstance(value, (dict, list)):
        if dialect.name == "postgresql":
            from psycopg.types.json import Jsonb

            return Jsonb(value)
        import json

        return json.dumps(value)
    return value


def raw_executemany_seconds(url: str, tables: list[tuple[sa.Table, list[dict[str, Any]]]]) -> float:
    """The raw baseline: the same rows through the driver's executemany, in batches of 5,000.

    Values are converted to driver types outside the timing; foreign-key checks (and, on PostgreSQL, triggers)
    are off, since the baseline does not create the rows the inserted ones point at."""
    engine = db.make_engine(url, use=db.BATCH)
    dialect = engine.dialect
    mark = "?" if dialect.name == "sqlite" else "%s"
    prepared = []
    for table, rows in tables:
        cols = list(rows[0].keys())
        processors = [table.c[c].type.bind_processor(dialect) for c in cols]
        params = [tuple(_driver_value(p(r[c]) if p else r[c], dialect) for c, p in zip(cols, processors)) for r in rows]
        quoted = ", ".join(dialect.identifier_preparer.quote(c) for c in cols)
        prepared.append((f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join([mark] * len(cols))})", params))
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if dialect.name == "sqlite":
            cursor.execute("PRAGMA foreign_keys=OFF")
        else:
            cursor.execute("SET session_replication_role = replica")
        raw.commit()
        with Timer() as t:
            for sql, params in prepared:
                for start in range(0, len(params), 5000):
                    cursor.executemany(sql, params[start:start + 5000])
            raw.commit()
    finally:
        raw.close()
        engine.dispose()
    return t.seconds
