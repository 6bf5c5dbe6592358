"""Faults: the connection cut mid-push and mid-pull (a TCP relay the test controls), and a sync process
killed at random points many times; afterwards the shared database and the cache hold exactly the
expected rows."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from ccs_desktop import db, sync
from ccs_desktop.models import AppliedOperation, AuditEvent, Note, OutboxOperation, Person, SyncCursor
from ccs_desktop.services import audit
from ccs_desktop.sync import engine as sync_engine
from ccs_desktop.sync import vault
from tests.sync.helpers import World, new_cache, offline_note
from tests.sync.proxy import Relay

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def relay(world):
    url = sa.make_url(world.url)
    r = Relay(url.host or "127.0.0.1", url.port or 5432)
    yield r
    r.close()


def _via(relay: Relay, world: World):
    """The collector's laptop, reaching PostgreSQL through the relay as their own login role."""
    url = sa.make_url(world.url_for(world.collector)).set(host="127.0.0.1", port=relay.port)
    engine = db.make_engine(url, pool_pre_ping=True)
    return engine, db.session_factory(engine)


def _notes(factory, account_id) -> list[str]:
    with factory() as s:
        return sorted(s.scalars(sa.select(Note.text).where(Note.account_id == account_id)))


def test_connection_cut_mid_push_then_resumed(world, relay, tmp_path, monkeypatch):
    monkeypatch.setattr(sync_engine, "PUSH_BATCH", 50)
    cache = new_cache(tmp_path)
    engine, server = _via(relay, world)
    try:
        sync.checkout(cache, server, world.collector, [world.account_id])
        expected = [f"offline note {n:03d}" for n in range(120)]
        for text in expected:
            offline_note(cache.session_factory, world.collector, world.account_id, text)
        relay.cut_after("up", 60_000)
        with pytest.raises(sa.exc.OperationalError):
            sync.sync(cache, server, world.collector)
        assert relay.cuts == 1
        sent = len(_notes(world.owner, world.account_id))
        assert 0 < sent < len(expected)  # cut in the middle: some batches landed, the rest did not
        assert 0 < sync.status(cache).pending
        with pytest.raises(sa.exc.OperationalError):  # still offline: nothing happens, nothing is lost
            sync.sync(cache, server, world.collector)
        relay.heal()
        sync.sync(cache, server, world.collector)
        assert _notes(world.owner, world.account_id) == expected
        assert _notes(cache.session_factory, world.account_id) == expected
        assert sync.status(cache).pending == 0
        with world.owner() as s:
            assert audit.verify(s).ok
    finally:
        cache.dispose()
        engine.dispose()


def test_connection_cut_mid_pull_then_resumed(world, relay, tmp_path, monkeypatch):
    monkeypatch.setattr(sync_engine, "PULL_PAGE", 40)
    cache = new_cache(tmp_path)
    engine, server = _via(relay, world)
    try:
        sync.checkout(cache, server, world.collector, [world.account_id])
        expected = [f"office note {n:03d}" for n in range(300)]
        with world.owner() as s, s.begin():
            for text in expected:
                s.add(Note(account_id=world.account_id, author_id=world.supervisor.user_id,
                           at=sync_engine.utcnow(), text=text))
        relay.cut_after("down", 40_000)
        with pytest.raises(sa.exc.OperationalError):
            sync.sync(cache, server, world.collector)
        got = _notes(cache.session_factory, world.account_id)
        assert 0 < len(got) < len(expected)  # pages committed before the cut stay
        relay.heal()
        report = sync.sync(cache, server, world.collector)
        assert report.pulled <= len(expected) - len(got) + 5  # resumed from the cursor, not from the start
        assert _notes(cache.session_factory, world.account_id) == expected
    finally:
        cache.dispose()
        engine.dispose()


def test_sync_process_killed_at_random_points_leaves_exactly_the_expected_rows(world, tmp_path):
    cache = new_cache(tmp_path)
    rng = random.Random(int(os.environ.get("CCS_FAULT_SEED", "8")))
    try:
        sync.checkout(cache, world.server, world.collector, [world.account_id])
        offline = [f"offline {n:03d}" for n in range(400)]
        for text in offline:
            offline_note(cache.session_factory, world.collector, world.account_id, text)
        with cache.session_factory() as s, s.begin():
            s.get(Person, world.person_ids[0]).first_name = "Offline"
        office = [f"office {n:03d}" for n in range(600)]
        with world.owner() as s, s.begin():
            for text in office:
                s.add(Note(account_id=world.account_id, author_id=world.supervisor.user_id,
                           at=sync_engine.utcnow(), text=text))
        total_ops = sync.status(cache).pending
        assert total_ops > len(offline)
        cache.dispose()

        # The cache file is encrypted and saved after every commit: a kill between a commit and its save loses
        # that commit in the cache, and the next run must redo it (push again, pull the page again).
        key = vault.keyring_key("cache", create=False)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CCS_TEST_CACHE_KEY": key.hex()}
        args = [sys.executable, "-m", "tests.sync.sync_worker", str(cache.path), world.url_for(world.collector),
                str(world.collector.user_id), world.collector.username]
        kills = 0
        for i in range(12):
            proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            assert proc.stdout.readline().strip() == b"syncing"  # started; now kill it somewhere in the sync
            # Counted in the sync's own steps, not in seconds, so a fast machine is killed as often as a slow one;
            # the short sleep lands some kills between a step's commit and the next.
            for _step in range(rng.randint(0, 12)):
                if not proc.stdout.readline().startswith(b"progress"):
                    break  # the sync finished first
            time.sleep(rng.uniform(0.0, 0.03))
            if proc.poll() is None:
                proc.kill()
                kills += 1
            proc.communicate()
        assert kills >= 6, "the worker finished before it could be killed; the test proves little"

        cache = sync.open_cache(cache.path, key=key)
        # The killed runs got somewhere (each resumes where the last stopped): most work is already done.
        assert sync.status(cache).pending < total_ops
        report = sync.sync(cache, world.server, world.collector)
        assert report.conflicts == 0 and report.rejected == 0
        expected = sorted(offline + office)
        assert _notes(world.owner, world.account_id) == expected          # each once on the server
        assert _notes(cache.session_factory, world.account_id) == expected  # and in the cache
        with world.owner() as s:
            assert s.get(Person, world.person_ids[0]).first_name == "Offline"
            assert audit.verify(s).ok
            applied = s.scalar(sa.select(sa.func.count()).select_from(AppliedOperation))
            with cache.session_factory() as c:
                ops = c.scalar(sa.select(sa.func.count()).select_from(OutboxOperation))
                assert c.scalar(sa.select(sa.func.count()).select_from(OutboxOperation)
                                .where(OutboxOperation.pushed_at.is_(None))) == 0
            assert applied == ops  # every operation applied exactly once
            note_events = s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                                   .where(AuditEvent.action == "note.add"))
            assert note_events == len(offline)
    finally:
        cache.dispose()


def test_a_cut_during_the_offline_review_fails_the_sync_cleanly_and_the_next_sync_reviews_again(
        world, relay, tmp_path, monkeypatch):
    from ccs_desktop.models import ContactAttempt
    from ccs_desktop.models.enums import Direction
    from ccs_desktop.services.contacts import attempts as contacts
    from tests.sync.helpers import local, offline_call

    cache = new_cache(tmp_path)
    engine, server = _via(relay, world)
    try:
        sync.checkout(cache, server, world.collector, [world.account_id])
        # The consumer phones the office while the laptop is offline (a 7-day pause); offline, the laptop calls.
        offline_call(world.office, world.supervisor, world, local(2, 10), "RPC", direction=Direction.INBOUND)
        offline_call(cache.session_factory, world.collector, world, local(1, 11), "NA")
        review = contacts.record_attempt_in

        def network_drops_then_review(session, actor, attempt):
            relay.cut_now()  # a flaky network: every connection drops during the review; new ones get through
            return review(session, actor, attempt)

        monkeypatch.setattr(contacts, "record_attempt_in", network_drops_then_review)
        with pytest.raises(sa.exc.OperationalError) as cut:  # the connection's own error, not a follow-on one
            sync.sync(cache, server, world.collector)
        assert db.fault_kind(cut.value) == db.UNREACHABLE
        assert world.count(ContactAttempt, account_id=world.account_id) == 1  # nothing of that batch landed
        with world.owner() as s:
            assert not any(c.reason == "rejected" for c in s.scalars(sa.select(sync_engine.Conflict)))

        monkeypatch.setattr(contacts, "record_attempt_in", review)
        relay.heal()
        report = sync.sync(cache, server, world.collector)
        assert (report.conflicts, report.rejected) == (0, 0)
        assert len(report.findings) == 1  # reviewed this time, not skipped
        assert world.count(ContactAttempt, account_id=world.account_id) == 2
        assert sync.status(cache).pending == 0
    finally:
        cache.dispose()
        engine.dispose()
