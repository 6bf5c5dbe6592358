"""The offline cache on disk: encrypted after every commit, reopened with the same key, upgraded when older,
moved out of a plain file of an earlier version, and left untouched by a wrong key."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from ccs_desktop import db, sync
from ccs_desktop.models import AppSetting, Note, Person, Phone, utcnow
from ccs_desktop.sync import cache as sync_cache
from ccs_desktop.sync import vault
from tests.sync.helpers import World, new_cache, offline_note


@pytest.mark.postgres
def test_the_cache_file_after_a_sync_holds_no_personal_data_and_reopens_intact(pg_url, tmp_path):
    world = World(pg_url)
    cache = new_cache(tmp_path)
    try:
        # Names long enough that encrypted bytes cannot hold them by chance (a 3-letter name turns up in about
        # one 100 KB file of random bytes in 170).
        names = ["Philippa-Marguerite", "Quarrington-Vasquez"]
        with world.owner() as s, s.begin():
            person = s.get(Person, world.person_ids[0])
            person.first_name, person.last_name = names
            phone = s.get(Phone, world.phone_ids[0]).e164
        sync.checkout(cache, world.server, world.collector, [world.account_id])
        text = "Said she starts at the Halvorsen cannery on Monday"
        note = offline_note(cache.session_factory, world.collector, world.account_id, text)
        # Every commit is on disk at once (a crash after it loses nothing): another reader sees the note now.
        key = vault.keyring_key("cache", create=False)
        peek = vault.EncryptedCache(cache.path, key=key)
        with peek.session_factory()() as s:
            assert s.get(Note, note).text == text
        peek.close(save=False)
        report = sync.sync(cache, world.server, world.collector)
        assert report.pushed > 0
        identity, held = cache.identity(), cache.held_account_ids()
        cache.dispose()

        blob = cache.path.read_bytes()
        assert len(blob) > 50_000
        for needle in [*names, phone, phone[2:], "Halvorsen", "SQLite format 3"]:
            assert needle.encode() not in blob, needle
        assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.ccs"]  # no journal, WAL or temporary copy

        cache = new_cache(tmp_path)  # the same key, from the keyring
        assert cache.identity() == identity and cache.held_account_ids() == held
        with cache.session_factory() as s:
            person = s.get(Person, world.person_ids[0])
            assert [person.first_name, person.last_name] == names
            assert s.get(Phone, world.phone_ids[0]).e164 == phone
            assert s.get(Note, note).text == text
        assert sync.status(cache).pending == 0
        assert sync.sync(cache, world.server, world.collector).pushed == 0  # nothing is sent twice
    finally:
        cache.dispose()
        world.dispose()


def _identity(conn: sa.Connection, name: str) -> None:
    now = utcnow()
    conn.execute(AppSetting.__table__.insert().values(
        key=sync_cache.IDENTITY_KEY, value={"workstation_id": "0190c0de-0000-7000-8000-000000000001", "name": name},
        updated_at=now, created_at=now, row_version=1))


def test_an_older_cache_is_upgraded_when_opened(tmp_path):
    from alembic import command

    path = tmp_path / "old.ccs"
    old = vault.EncryptedCache(path, key=vault.keyring_key("LAPTOP-1"))
    command.upgrade(db.alembic_config(old.engine), "0001")
    with old.engine.begin() as conn:
        _identity(conn, "LAPTOP-1")
    old.close()
    before = path.read_bytes()

    cache = sync.open_cache(path, workstation="LAPTOP-1")
    try:
        assert db.current_revision(cache.engine) == db.head_revision()
        assert "seq" in {c["name"] for c in sa.inspect(cache.engine).get_columns("outbox")}
        assert cache.identity()["name"] == "LAPTOP-1"
        assert path.read_bytes() != before and vault.file_kind(path) == "K"  # saved, still encrypted
        assert sorted(p.name for p in tmp_path.iterdir()) == ["old.ccs"]     # no plain backup beside it
    finally:
        cache.dispose()


def test_a_plain_cache_of_an_earlier_version_moves_into_the_encrypted_one(tmp_path):
    from alembic import command

    plain = tmp_path / "offline-cache.sqlite3"
    engine = db.make_engine(f"sqlite:///{plain.as_posix()}")
    command.upgrade(db.alembic_config(engine), "0001")
    with engine.begin() as conn:
        _identity(conn, "LAPTOP-1")
    engine.dispose()
    (tmp_path / "offline-cache.sqlite3.0001.20261101T000000Z.bak").write_bytes(plain.read_bytes())

    path = tmp_path / "offline-cache.ccs"
    cache = sync.open_cache(path, workstation="LAPTOP-1", legacy=plain)
    try:
        assert vault.file_kind(path) == "K" and cache.identity()["name"] == "LAPTOP-1"
        assert db.current_revision(cache.engine) == db.head_revision()
    finally:
        cache.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offline-cache.ccs"]  # the plain file and backup gone
    cache = sync.open_cache(path, workstation="LAPTOP-1", legacy=plain)  # next start: nothing to move
    assert cache.identity()["name"] == "LAPTOP-1"
    cache.dispose()


def test_a_wrong_key_or_passphrase_opens_nothing_and_changes_nothing(tmp_path):
    path = tmp_path / "cache.ccs"
    sync.open_cache(path, passphrase="correct horse 9").dispose()
    before = path.read_bytes()
    assert vault.file_kind(path) == "P"
    with pytest.raises(sync.PassphraseNeeded):  # made with a passphrase: the keyring is not asked
        sync.open_cache(path, workstation="LAPTOP-1")
    with pytest.raises(sync.CacheKeyError, match="cannot be opened"):
        sync.open_cache(path, passphrase="correct horse 8")
    assert path.read_bytes() == before
    sync.open_cache(path, passphrase="correct horse 9").dispose()

    # A keyring that lost the key: said so, and no new key replaces it.
    keyed = tmp_path / "keyed.ccs"
    sync.open_cache(keyed, workstation="LAPTOP-1").dispose()
    with pytest.raises(sync.CacheKeyError, match="not in this computer's keyring"):
        sync.open_cache(keyed, workstation="LAPTOP-2")
    with pytest.raises(vault.CacheKeyError):
        vault.keyring_key("LAPTOP-2", create=False)


def test_threads_take_turns_on_the_cache(tmp_path):
    cache = sync.open_cache(tmp_path / "cache.ccs", workstation="LAPTOP-1")
    try:
        started, results = threading.Event(), []

        def other() -> None:
            started.set()
            results.append(cache.pending_count())  # waits until the main thread's transaction is over

        with cache.engine.begin() as conn:
            _identity(conn, "LAPTOP-1")
            worker = threading.Thread(target=other)
            worker.start()
            started.wait(5)
            worker.join(0.3)
            assert worker.is_alive() and results == []  # waiting, not reading half a transaction
            with pytest.raises(RuntimeError, match="already in use by this thread"):
                cache.engine.connect()
        worker.join(5)
        assert results == [0] and cache.identity()["name"] == "LAPTOP-1"
    finally:
        cache.dispose()


def _peek_identity(path, key) -> dict | None:
    """What a process starting now would read from the file (the cache stays open)."""
    other = vault.EncryptedCache(path, key=key)
    try:
        with other.engine.connect() as conn:
            return conn.execute(sa.select(AppSetting.value).where(AppSetting.key == sync_cache.IDENTITY_KEY)).scalar()
    finally:
        other.close(save=False)


def test_writes_that_bypass_sessions_are_on_disk_at_once_and_a_sync_saves_its_own_less_often(tmp_path, monkeypatch):
    monkeypatch.setattr(vault, "FEWER_SAVES_GAP", 60.0)  # no timed save inside the block below
    cache = sync.open_cache(tmp_path / "cache.ccs", workstation="LAPTOP-1")
    key = vault.keyring_key("LAPTOP-1", create=False)
    try:
        cache.set_identity({"workstation_id": "0190c0de-0000-7000-8000-000000000002", "name": "LAPTOP-1"})  # Core
        assert _peek_identity(cache.path, key)["name"] == "LAPTOP-1"
        with cache.fewer_saves():  # a sync's own commits wait for the next save
            cache.set_identity({"workstation_id": "0190c0de-0000-7000-8000-000000000002", "name": "in a sync"})
            assert _peek_identity(cache.path, key)["name"] == "LAPTOP-1"
            # ...but another thread's commit (a local edit meanwhile) saves at once, with the sync's work.
            worker = threading.Thread(target=lambda: cache.set_identity(
                {"workstation_id": "0190c0de-0000-7000-8000-000000000002", "name": "edit meanwhile"}))
            worker.start()
            worker.join(10)
            assert _peek_identity(cache.path, key)["name"] == "edit meanwhile"
            cache.set_identity({"workstation_id": "0190c0de-0000-7000-8000-000000000002", "name": "end of sync"})
        assert _peek_identity(cache.path, key)["name"] == "end of sync"  # saved when the sync ends
    finally:
        cache.dispose()
