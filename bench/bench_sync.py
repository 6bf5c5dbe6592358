"""Offline sync throughput: push 10,000 outbox operations to PostgreSQL and pull 100,000 changed rows into a
cache, each against a raw DBAPI bulk insert of the same rows in the same run.

- push: 10,000 notes written on a cache (one operation each) are pushed; the baseline is `executemany` of
  the same 10,000 rows into the same PostgreSQL schema (a scratch database, triggers and FK checks off).
- pull: 100,000 notes written on the shared database are pulled into a cache holding the account; the
  baseline is `executemany` of the same 100,000 rows into an empty SQLite cache file.

`--size N` sets the pulled rows (default 100,000; the push is a tenth of it). PostgreSQL is required.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

from ccs_desktop import db, sync
from ccs_desktop.models import Note, new_id
from ccs_desktop.models.enums import Role
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data

from .common import Timer, postgres_available, raw_executemany_seconds, row, scratch_database

UTC = dt.timezone.utc


def _world(url: str) -> tuple[Actor, uuid.UUID]:
    from tests.factories import make_account, make_user

    engine = db.make_engine(url, use=db.BATCH)
    with db.session_factory(engine)() as s, s.begin():
        ensure_reference_data(s)
        user = make_user(s, Role.COLLECTOR)
        account = make_account(s, assigned_to=user.id)
        actor = Actor(user.id, user.username, Role.COLLECTOR, workstation="BENCH")
        account_id = account.id
    engine.dispose()
    return actor, account_id


def _note_rows(n: int, account_id: uuid.UUID, author: uuid.UUID | None) -> list[dict[str, Any]]:
    start = dt.datetime(2026, 11, 1, tzinfo=UTC)
    return [{"id": new_id(), "account_id": account_id, "author_id": author, "at": start + dt.timedelta(seconds=i),
             "text": f"Bench note {i}: left a message, consumer to call back", "person_id": None, "contact_id": None,
             "corrects_id": None, "created_at": start, "server_seq": None} for i in range(n)]


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    if not postgres_available():
        return [row("sync (needs PostgreSQL)", 0.0, "-", None, "skipped: no PostgreSQL server")]
    pull_n = int(options.get("size", 100_000))
    push_n = max(pull_n // 10, 1)
    results = []
    with scratch_database("postgres") as url, tempfile.TemporaryDirectory(prefix="ccs-bench-sync-") as tmp:
        actor, account_id = _world(url)
        server_engine = db.make_engine(url, use=db.BATCH)
        server = db.session_factory(server_engine)
        # The workstation's cache: encrypted, saved after every commit (a throw-away key, not the keyring's).
        cache = sync.open_cache(Path(tmp) / "cache.ccs", key=os.urandom(32))
        sync.checkout(cache, server, actor, [account_id])

        # --- push -------------------------------------------------------------------------------
        push_rows = _note_rows(push_n, account_id, actor.user_id)
        with cache.session_factory() as s, s.begin():
            s.add_all(Note(**{k: v for k, v in r.items() if k != "server_seq"}) for r in push_rows)
        assert cache.pending_count() == push_n
        report = sync.SyncReport()
        with Timer() as t_push, cache.fewer_saves():  # saved as sync.sync saves
            sync.push(cache, server, cache.workstation_id, report)
        assert report.pushed == push_n, report
        with scratch_database("postgres") as base_url:
            raw_push = raw_executemany_seconds(base_url, [(Note.__table__, _note_rows(push_n, account_id, actor.user_id))])
        results.append(row(f"sync push {push_n:,} operations (postgres)", push_n / t_push.seconds, "ops/s",
                           push_n / raw_push,
                           f"{t_push.seconds:.2f}s; raw executemany of the same rows {raw_push:.2f}s"))

        # --- pull -------------------------------------------------------------------------------
        sync.pull(cache, server, cache.workstation_id, sync.SyncReport())
        pull_rows = _note_rows(pull_n, account_id, None)
        with server_engine.begin() as conn:
            for i in range(0, pull_n, 5000):
                conn.execute(Note.__table__.insert(), [{k: v for k, v in r.items() if k != "server_seq"}
                                                        for r in pull_rows[i:i + 5000]])
        report = sync.SyncReport()
        with Timer() as t_pull, cache.fewer_saves():
            sync.pull(cache, server, cache.workstation_id, report)
        assert report.pulled == pull_n, report
        with scratch_database("sqlite") as base_url:
            raw_pull = raw_executemany_seconds(base_url, [(Note.__table__, pull_rows)])
        results.append(row(f"sync pull {pull_n:,} changed rows (postgres -> encrypted cache)", pull_n / t_pull.seconds,
                           "rows/s", pull_n / raw_pull,
                           f"{t_pull.seconds:.2f}s; raw executemany into SQLite {raw_pull:.2f}s; "
                           f"cache file {cache.path.stat().st_size / 1e6:.0f} MB"))
        cache.dispose()
        server_engine.dispose()
    return results


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(run({"size": 100_000}), indent=2, default=str))
