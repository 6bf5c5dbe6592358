"""Recording contacts through the guardrails, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop.models import Account, AuditEvent, ComplianceFlag, ContactAttempt, Phone
from ccs_desktop.models.enums import Channel, Direction, FlagKind, Role
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_person, make_team, make_user

NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc


def _local(days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
    """An instant `days_ago` days back at hour:minute New York time."""
    day = dt.datetime.now(NY).date() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=NY).astimezone(UTC)


@pytest.fixture
def world(session_factory):
    """A New York consumer with a cell phone, a collector who owns the account, a supervisor."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        collector = make_user(s, Role.COLLECTOR)
        supervisor = make_user(s, Role.SUPERVISOR)
        make_team(s, supervisor, collector)  # the supervisor supervises the collector's team
        person = make_person(s)
        account = make_account(s, person=person, assigned_to=collector.id)
        phone = s.scalars(sa.select(Phone).where(Phone.person_id == person.id)).one()
    return {
        "factory": session_factory,
        "collector": Actor(collector.id, collector.username, Role.COLLECTOR, workstation="WS-1"),
        "supervisor": Actor(supervisor.id, supervisor.username, Role.SUPERVISOR),
        "account": account.id, "person": person.id, "phone": phone.id,
    }


def _call(w, at, code="NA", **kw):
    return attempts.AttemptInput(account_id=w["account"], person_id=w["person"], channel=Channel.CALL, result_code=code,
                                 phone_id=w["phone"], at=at, **kw)


def _attempts(w) -> int:
    with w["factory"]() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt).where(ContactAttempt.account_id == w["account"]))


def _audit_actions(w) -> list[str]:
    with w["factory"]() as s:
        return list(s.scalars(sa.select(AuditEvent.action).where(AuditEvent.account_id == w["account"]).order_by(AuditEvent.seq)))


def test_a_lawful_call_is_recorded_with_its_decision(world):
    record = attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 10), "RPC",
                                                                                disclosures=("mini_miranda",)))
    assert record.decision["allowed"] is True and record.decision["time_zones"] == ["America/New_York"]
    assert record.rule_pack_version and record.phone_e164 == "+12125550100"
    with world["factory"]() as s:
        account = s.get(Account, world["account"])
    assert account.last_result == "RPC" and account.right_party_contacts == 1
    assert account.tz_group == "America/New_York"
    # A conversation starts the 7-day cooldown: the queue knows when calling is allowed again.
    assert account.next_allowed_at is not None and account.next_allowed_at > record.at
    assert _audit_actions(world) == ["contact.recorded"]


@pytest.mark.parametrize("hour, minute, allowed", [(7, 59, False), (8, 0, True), (20, 59, True), (21, 0, False)])
def test_hours_edges_in_the_consumers_zone(world, hour, minute, allowed):
    attempt = _call(world, _local(1, hour, minute))
    if allowed:
        attempts.record_attempt(world["factory"], world["collector"], attempt)
        assert _attempts(world) == 1
    else:
        with pytest.raises(attempts.ContactBlocked) as info:
            attempts.record_attempt(world["factory"], world["collector"], attempt)
        assert _attempts(world) == 0
        assert info.value.decision.next_allowed_at is not None
        assert "contact.refused" in _audit_actions(world)


def test_the_eighth_call_in_seven_days_is_refused_and_says_when(world):
    for days_ago in (6, 5, 4, 3, 2, 1, 1):
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(days_ago, 11 if days_ago != 1 else 12)))
    with pytest.raises(attempts.ContactBlocked) as info:
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 15)))
    decision = info.value.decision
    assert [r.code for r in decision.reasons] == ["frequency_cap"]
    # The window frees at local midnight after the 7th day counted from the first call; calling hours
    # then open at 08:00 local.
    assert decision.next_allowed_at == dt.datetime.combine(
        dt.datetime.now(NY).date() - dt.timedelta(days=6) + dt.timedelta(days=7), dt.time(8), tzinfo=NY)
    assert _attempts(world) == 7
    refused = [a for a in _audit_actions(world) if a == "contact.refused"]
    assert len(refused) == 1


def test_busy_calls_do_not_count(world):
    for days_ago in (6, 5, 4, 3, 2, 1, 1):
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(days_ago, 11 if days_ago != 1 else 12), "BSY"))
    attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 15)))
    assert _attempts(world) == 8


def test_hard_blocks_have_no_next_time(world):
    with world["factory"]() as s, s.begin():
        s.add(ComplianceFlag(person_id=world["person"], kind=FlagKind.ATTORNEY_REPRESENTED,
                             set_at=dt.datetime.now(UTC), detail="Letter from counsel"))
    with pytest.raises(attempts.ContactBlocked) as info:
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 11)))
    assert info.value.decision.next_allowed_at is None
    assert any(r.code == "attorney_represented" for r in info.value.decision.reasons)
    assert "1006.6(b)(2)" in " ".join(r.citation for r in info.value.decision.reasons)
    with world["factory"]() as s:
        assert s.get(Account, world["account"]).contact_blocked is False  # the flag service refreshes; not this test


def test_inbound_contacts_are_never_blocked(world):
    attempts.record_attempt(world["factory"], world["collector"],
                            _call(world, _local(1, 22, 30), "RPC", direction=Direction.INBOUND))
    assert _attempts(world) == 1


def test_do_not_call_number_is_refused(world):
    with world["factory"]() as s, s.begin():
        s.get(Phone, world["phone"]).do_not_call = True
    with pytest.raises(attempts.ContactBlocked, match="do-not-call"):
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 11)))


def test_same_operation_twice_is_recorded_once(world):
    op = attempts.AttemptInput(account_id=world["account"], person_id=world["person"], channel=Channel.CALL,
                               result_code="VM", phone_id=world["phone"], at=_local(1, 11), op_id=__import__("uuid").uuid4())
    first = attempts.record_attempt(world["factory"], world["collector"], op)
    again = attempts.record_attempt(world["factory"], world["collector"], op)
    assert first.id == again.id and _attempts(world) == 1


def test_bad_input_is_refused_clearly(world):
    with pytest.raises(ServiceError, match="unknown result code"):
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 11), "XYZ"))
    with pytest.raises(ServiceError, match="future"):
        attempts.record_attempt(world["factory"], world["collector"], _call(world, dt.datetime.now(UTC) + dt.timedelta(hours=2)))
    with pytest.raises(ServiceError, match="choose the number"):
        attempts.record_attempt(world["factory"], world["collector"], attempts.AttemptInput(
            account_id=world["account"], person_id=world["person"], channel=Channel.CALL, result_code="NA", at=_local(1, 11)))
    assert _attempts(world) == 0


def test_a_collector_cannot_contact_another_collectors_account(world):
    with world["factory"]() as s, s.begin():
        other = make_user(s, Role.COLLECTOR)
    intruder = Actor(other.id, other.username, Role.COLLECTOR)
    with pytest.raises(PermissionDenied):
        attempts.record_attempt(world["factory"], intruder, _call(world, _local(1, 11)))


def test_supervisor_override_of_an_agency_rule_is_used_once_and_audited(world):
    with world["factory"]() as s, s.begin():
        s.add(ComplianceFlag(person_id=world["person"], kind=FlagKind.HARDSHIP, set_at=dt.datetime.now(UTC)))
    with pytest.raises(attempts.ContactBlocked) as info:
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 11)))
    assert [r.rule for r in info.value.decision.reasons] == ["agency.hardship_pause"]
    with pytest.raises(PermissionDenied):
        attempts.grant_override(world["factory"], world["collector"], world["account"], world["person"],
                                ["agency.hardship_pause"], "Consumer asked us to call about a plan")
    with pytest.raises(ServiceError, match="cannot be overridden"):
        attempts.grant_override(world["factory"], world["supervisor"], world["account"], world["person"],
                                ["regf.call_frequency"], "Consumer asked us to call late in the evening")
    override = attempts.grant_override(world["factory"], world["supervisor"], world["account"], world["person"],
                                       ["agency.hardship_pause"], "Consumer asked us to call about a hardship plan")
    record = attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 11), override_id=override.id))
    assert record.override_id == override.id and record.decision["overridden"] == ["agency.hardship_pause"]
    with pytest.raises(ServiceError, match="already used"):
        attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 12), override_id=override.id))
    assert "override.granted" in _audit_actions(world)


def test_callable_states_for_a_queue_page(world):
    attempts.record_attempt(world["factory"], world["collector"], _call(world, _local(1, 11), "RPC"))
    with world["factory"]() as s:
        states = attempts.callable_states(s, [world["account"]])
    state = states[world["account"]]
    assert state.state == "later" and state.until is not None and "spoke" in state.reason.lower()


RACE_WORKER = Path(__file__).with_name("race_worker.py")


def test_racing_workstations_cannot_exceed_the_cap(world, db_url):
    """Several processes race to call the same person; Reg F's 7-in-7 holds."""
    at = _local(1, 11).isoformat()
    args = [sys.executable, str(RACE_WORKER), db_url, str(world["account"]), str(world["person"]), str(world["phone"]),
            str(world["collector"].user_id), at]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert sum(r["recorded"] for r in results) == 7
    assert sum(r["blocked"] for r in results) == 4 * 4 - 7
    assert _attempts(world) == 7
