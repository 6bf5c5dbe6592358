"""The audit chain: intact when untouched, and the first tampered event is named."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop.models import AuditEvent
from ccs_desktop.models.enums import Role
from ccs_desktop.services import audit
from ccs_desktop.services.context import Actor

ACTOR = Actor(user_id=None, username="sam", role=Role.SUPERVISOR, workstation="WS-1")


def _write(engine, n: int) -> None:
    with Session(engine) as s, s.begin():
        for i in range(n):
            audit.record(s, ACTOR, "account.note_added", "account", f"acc-{i}", after={"n": i})


def _verify(engine) -> audit.ChainReport:
    with Session(engine) as s:
        return audit.verify(s)


def test_untouched_chain_verifies(engine):
    _write(engine, 25)
    report = _verify(engine)
    assert report.ok and report.checked == 25
    assert "intact" in report.message()


def test_an_edited_event_is_named(engine):
    _write(engine, 10)
    with engine.begin() as conn:
        conn.execute(sa.update(AuditEvent.__table__).where(AuditEvent.__table__.c.seq == 4).values(action="account.deleted"))
    report = _verify(engine)
    assert not report.ok and report.first_bad_seq == 4 and "edited" in report.problem


def test_a_removed_event_is_named(engine):
    _write(engine, 10)
    with engine.begin() as conn:
        conn.execute(sa.delete(AuditEvent.__table__).where(AuditEvent.__table__.c.seq == 6))
    report = _verify(engine)
    assert not report.ok and report.first_bad_seq == 6 and "missing" in report.problem


def test_events_removed_from_the_end_are_noticed(engine):
    _write(engine, 10)
    with engine.begin() as conn:
        conn.execute(sa.delete(AuditEvent.__table__).where(AuditEvent.__table__.c.seq >= 9))
    report = _verify(engine)
    assert not report.ok and "removed at the end" in report.problem


def test_an_event_rewritten_with_a_fresh_hash_breaks_the_next_link(engine):
    _write(engine, 10)
    with Session(engine) as s, s.begin():
        event = s.scalars(sa.select(AuditEvent).where(AuditEvent.seq == 3)).one()
        forged_after = {"n": 999}
        event.hash = audit.event_digest(
            seq=event.seq, at=event.at, user_id=event.user_id, action=event.action, entity=event.entity,
            entity_id=event.entity_id, account_id=event.account_id, before=event.before, after=forged_after,
            reason=event.reason, workstation=event.workstation, prev_hash=event.prev_hash,
            recorded_at=event.recorded_at)
        event.after = forged_after
    report = _verify(engine)
    assert not report.ok and report.first_bad_seq == 4 and "link" in report.problem


def test_concurrent_writers_keep_one_linear_chain(engine, tmp_path):
    """Several processes append at once; the chain stays linear and verifies."""
    import subprocess
    import sys

    code = (
        "import sys; from sqlalchemy.orm import Session; from ccs_desktop import db; "
        "from ccs_desktop.services import audit; from ccs_desktop.services.context import Actor; "
        "from ccs_desktop.models.enums import Role\n"
        "engine = db.make_engine(sys.argv[1]); actor = Actor(None, 'w', Role.COLLECTOR)\n"
        "for i in range(15):\n"
        "    with Session(engine) as s, s.begin():\n"
        "        audit.record(s, actor, 'test.append', 'thing', str(i))\n"
    )
    url = engine.url.render_as_string(hide_password=False)
    procs = [subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    report = _verify(engine)
    assert report.ok and report.checked == 60
