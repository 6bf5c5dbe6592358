"""A network that goes silent between a workstation and PostgreSQL (a TCP relay that stops passing anything and
closes nothing): the server ends the session the workstation left in a transaction, so other users are not
blocked behind its locks, and the workstation gets a clear error in a bounded time instead of hanging.

Everything here runs in threads joined with a timeout: a test fails, it never hangs.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import pytest
import sqlalchemy as sa

from ccs_desktop import config, db
from ccs_desktop.models import AuditEvent
from ccs_desktop.services import audit
from ccs_desktop.services.users import auth
from ccs_desktop.services.users import db_roles
from tests.services.pg_world import PASSWORD, World, world  # noqa: F401 (the fixture)
from tests.sync.proxy import Relay

pytestmark = pytest.mark.postgres

# Short limits, so that the test takes seconds: the settings file the app reads.
LIMITS = {"db_connect_timeout": 3, "db_keepalive_idle": 1, "db_keepalive_interval": 1, "db_keepalive_count": 2,
          "db_tcp_user_timeout": 3, "db_statement_timeout": 4, "db_lock_timeout": 10,
          "db_idle_in_transaction_timeout": 2, "db_reply_grace": 2}


REPLY = LIMITS["db_statement_timeout"] + LIMITS["db_reply_grace"]  # the longest wait for one answer


@pytest.fixture
def short_timeouts(app_home):
    path = config.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(LIMITS), encoding="utf-8")


@pytest.fixture
def relay(world):
    url = sa.make_url(world.url)
    r = Relay(url.host or "127.0.0.1", url.port or 5432)
    yield r
    r.close()


class Run(threading.Thread):
    """Runs fn in a thread; `outcome` is ("ok", value) or ("error", exception), `seconds` how long it took."""

    def __init__(self, fn: Any) -> None:
        super().__init__(daemon=True)
        self.fn = fn
        self.outcome: tuple[str, Any] | None = None
        self.seconds: float | None = None

    def run(self) -> None:
        start = time.monotonic()
        try:
            self.outcome = ("ok", self.fn())
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            self.outcome = ("error", exc)
        self.seconds = time.monotonic() - start

    def result(self, timeout: float) -> tuple[str, Any]:
        self.join(timeout)
        assert not self.is_alive(), f"still waiting after {timeout} s: it hangs"
        assert self.outcome is not None
        return self.outcome


def _through(relay: Relay, world: World, user) -> sa.Engine:
    """A workstation signed in as `user`, reaching the server through the relay."""
    url = sa.make_url(world.url).set(username=db_roles.role_name(user.username, sa.make_url(world.url).database), password=PASSWORD,
                                     host="127.0.0.1", port=relay.port)
    engine = db.make_engine(url)
    world.engines.append(engine)
    return engine


def test_a_session_left_holding_the_audit_lock_behind_a_dead_network_is_ended_and_others_sign_in(
        world, relay, short_timeouts, tmp_path):
    laptop = db.session_factory(_through(relay, world, world.col_a))
    actor = auth.actor_for(world.col_a, "LAPTOP-9")
    holding, network_gone = threading.Event(), threading.Event()

    def save_then_lose_the_network() -> None:
        with laptop() as s, s.begin():
            audit.record(s, actor, "note.add", "note", None, after={"length": 5})  # takes the chain head lock
            holding.set()
            assert network_gone.wait(10)
        # leaving the block sends COMMIT into the silence

    laptop_run = Run(save_then_lose_the_network)
    laptop_run.start()
    try:
        assert holding.wait(10)
        relay.go_silent()
        network_gone.set()
        # Another user signs in meanwhile (directly): sign-in writes an audit event, so it needs that lock.
        throttle = auth.FailureThrottle(tmp_path / "failures.json")
        sign_in = Run(lambda: auth.sign_in_server(world.url, world.col_b.username, PASSWORD, throttle=throttle))
        sign_in.start()
        kind, value = sign_in.result(timeout=20)
        assert kind == "ok", value
        value.engine.dispose()
        # The server ended the stuck session after its idle-in-transaction timeout (2 s here), well before the
        # signing-in user's lock timeout (10 s).
        assert sign_in.seconds < LIMITS["db_lock_timeout"] - 2, sign_in.seconds

        # The laptop does not hang: its COMMIT gets no answer, and it gives up after statement + grace (6 s here).
        kind, error = laptop_run.result(timeout=20)
        assert kind == "error"
        assert laptop_run.seconds < REPLY + 4, laptop_run.seconds
        assert db.fault_kind(error) == db.UNREACHABLE
        assert db.fault_message(error).startswith("The shared database is not answering")
    finally:
        relay.close()  # whatever happened, nothing stays blocked behind the relay
        laptop_run.join(10)
    with world.factory() as s:
        actions = [(a, u) for a, u in s.execute(sa.select(AuditEvent.action, AuditEvent.user_id))]
        assert ("note.add", world.col_a.id) not in actions  # never committed
        assert ("login", world.col_b.id) in actions
        assert audit.verify(s).ok


def test_a_query_into_a_silent_network_ends_in_a_clear_error_within_the_deadline(world, relay, short_timeouts):
    engine = _through(relay, world, world.col_a)
    factory = db.session_factory(engine)
    with factory() as s:
        assert s.execute(sa.text("SELECT 1")).scalar() == 1
    relay.go_silent()

    def query() -> Any:
        with factory() as s:
            return s.execute(sa.text("SELECT count(*) FROM accounts")).scalar()

    run = Run(query)
    run.start()
    kind, error = run.result(timeout=30)
    assert kind == "error"
    # The pool's check of the connection, then a new connection's attempt, each bounded.
    assert run.seconds < REPLY + LIMITS["db_connect_timeout"] + 4, run.seconds
    assert db.fault_kind(error) == db.UNREACHABLE


def test_connecting_into_a_silent_network_gives_up_after_the_connect_timeout(world, relay, short_timeouts):
    relay.go_silent()
    engine = _through(relay, world, world.col_a)
    run = Run(lambda: engine.connect().close())
    run.start()
    kind, error = run.result(timeout=20)
    assert kind == "error"
    assert run.seconds < LIMITS["db_connect_timeout"] + 3, run.seconds
    assert db.fault_kind(error) == db.UNREACHABLE


def test_the_server_runs_each_session_with_the_configured_limits(world, short_timeouts):
    engine = world.connect(world.col_a)
    with engine.connect() as conn:
        shown = {name: conn.exec_driver_sql(f"SHOW {name}").scalar() for name in (
            "statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout", "tcp_keepalives_idle")}
    assert shown == {"statement_timeout": "4s", "lock_timeout": "10s", "idle_in_transaction_session_timeout": "2s",
                     "tcp_keepalives_idle": "1"}
    # Batch work (the import, nightly jobs) gets the longer batch limits, on its own engine or for one session.
    batch = db.make_engine(engine.url, use=db.BATCH)
    world.engines.append(batch)
    with batch.connect() as conn:
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "1h"
    with db.for_batch(db.session_factory(engine))() as s, s.begin():
        assert s.execute(sa.text("SHOW statement_timeout")).scalar() == "1h"
    with engine.connect() as conn:  # and only for that session's transaction
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "4s"


def test_a_settings_file_with_a_bad_timeout_is_refused_with_a_clear_error(app_home):
    path = config.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"db_lock_timeout": "soon"}', encoding="utf-8")
    with pytest.raises(config.ConfigError, match="db_lock_timeout must be a whole number of seconds"):
        config.load()
