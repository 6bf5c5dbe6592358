"""Compliance records set from the workspace: the queue, the workspace and the guardrails agree at once; clearing
a legal block takes a supervisor and a reason; every set and clear is audited. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from ccs_desktop.models import (
    Account, AccountParty, AttorneyRepresentation, AuditEvent, Bankruptcy, Complaint, ContactAttempt, Hardship, Phone,
)
from ccs_desktop.models.enums import Channel, PartyRole, Role
from ccs_desktop.services.accounts import workspace
from ccs_desktop.services.accounts.queue import QueueFilters, page
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.facts import clearing, records, views
from tests.factories import make_account, make_person, make_team, make_user

NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc


def _noon() -> dt.datetime:
    """The last noon in New York (inside every calling window, never in the future)."""
    now = dt.datetime.now(NY)
    day = now.date() if now.hour >= 12 else now.date() - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(12), tzinfo=NY).astimezone(UTC)


@pytest.fixture
def world(session_factory):
    """A New York consumer with two debts, both worked by one collector; the collector's supervisor."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        collector = make_user(s, Role.COLLECTOR)
        supervisor = make_user(s, Role.SUPERVISOR)
        make_team(s, supervisor, collector)
        person = make_person(s)
        first = make_account(s, person=person, assigned_to=collector.id)
        second = make_account(s, person=person, assigned_to=collector.id)
        phone = s.scalars(sa.select(Phone).where(Phone.person_id == person.id)).one()
    return {
        "factory": session_factory, "person": person.id, "first": first.id, "second": second.id, "phone": phone.id,
        "collector": Actor(collector.id, collector.username, Role.COLLECTOR, workstation="WS-1"),
        "supervisor": Actor(supervisor.id, supervisor.username, Role.SUPERVISOR),
    }


def _callable(w, account_id, at=None) -> str:
    """What the queue says of the account right now (callable, blocked, not now)."""
    rows = page(w["factory"], w["collector"], QueueFilters(), at=at or _noon(), limit=50).rows
    return next(r.callable.state for r in rows if r.id == account_id)


def _check(w, account_id, person_id=None, phone_id=None):
    return attempts.check_contact(w["factory"], w["collector"], account_id, person_id or w["person"], Channel.CALL,
                                  at=_noon(), phone_id=phone_id or w["phone"])


def _call(w, account_id):
    return attempts.record_attempt(w["factory"], w["collector"], attempts.AttemptInput(
        account_id=account_id, person_id=w["person"], channel=Channel.CALL, result_code="NA", phone_id=w["phone"],
        at=_noon()))


def _actions(w) -> list[str]:
    with w["factory"]() as s:
        return [a for a in s.scalars(sa.select(AuditEvent.action).order_by(AuditEvent.seq)) if a.startswith("fact.")]


def test_a_bankruptcy_on_the_person_blocks_every_debt_at_once(world):
    w = world
    assert _callable(w, w["first"]) == "callable" and _check(w, w["first"]).allowed
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "bankruptcy", chapter=7,
                     case_number="1:26-bk-10234", court="S.D.N.Y.", filed_on=dt.date(2026, 11, 2),
                     reason="consumer said on the call")
    # The queue, the workspace and the engine agree, on both debts.
    for account_id in (w["first"], w["second"]):
        assert _callable(w, account_id) == "blocked"
        view = workspace.load(w["factory"], w["collector"], account_id, _noon())
        assert "bankruptcy" in view.consumer.flags and view.row.callable.state == "blocked"
        decision = _check(w, account_id)
        assert not decision.allowed and any(r.code == "bankruptcy" for r in decision.reasons)
        with pytest.raises(attempts.ContactBlocked):
            _call(w, account_id)
    facts = views.account_facts(w["factory"], w["collector"], w["first"])
    assert [(f.kind, f.scope, f.in_force, f.set_by) for f in facts] == [
        ("bankruptcy", "every debt", True, w["collector"].username.replace("user", "User "))]
    assert "Chapter 7" in facts[0].summary and "1:26-bk-10234" in facts[0].summary
    assert _actions(w) == ["fact.bankruptcy.set"]


def test_an_attorney_on_one_debt_blocks_that_debt_only_and_the_attorney_is_callable(world):
    w = world
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "attorney", debt_ids=[w["first"]],
                     firm="Baker & Lane LLP", attorney_name="Ann Baker", phone="(212) 555-0177",
                     email="ann@bakerlane.example")
    assert _callable(w, w["first"]) == "blocked" and not _check(w, w["first"]).allowed
    assert _callable(w, w["second"]) == "callable" and _check(w, w["second"]).allowed
    with w["factory"]() as s:
        record = s.scalars(sa.select(AttorneyRepresentation)).one()
        assert record.debt_ids == [str(w["first"])] and record.phone == "+12125550177"
        party = s.scalars(sa.select(AccountParty).where(AccountParty.person_id == record.attorney_id)).one()
        assert party.account_id == w["first"] and party.role == PartyRole.ATTORNEY
        attorney_phone = s.scalars(sa.select(Phone).where(Phone.person_id == record.attorney_id)).one()
    # The attorney's own number is callable about the debt, under the hours rules.
    assert attempts.check_contact(w["factory"], w["collector"], w["first"], record.attorney_id, Channel.CALL,
                                  at=_noon(), phone_id=attorney_phone.id).allowed
    night = _noon() + dt.timedelta(hours=10, minutes=30)
    assert not attempts.check_contact(w["factory"], w["collector"], w["first"], record.attorney_id, Channel.CALL,
                                      at=night, phone_id=attorney_phone.id).allowed
    view = workspace.load(w["factory"], w["collector"], w["first"], _noon())
    assert any(p.role == "attorney" and p.name == "Baker & Lane LLP" for p in view.parties)


def test_clearing_a_legal_block_takes_a_supervisor_and_a_reason(world):
    w = world
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "cease", received_via="letter")
    with w["factory"]() as s:
        cease_id = s.scalar(sa.text("SELECT id FROM cease_requests"))
    cease_id = cease_id if not isinstance(cease_id, str) else __import__("uuid").UUID(cease_id)
    with pytest.raises(PermissionDenied, match="supervisor"):
        clearing.clear_fact(w["factory"], w["collector"], w["first"], "cease", cease_id, "consumer withdrew it")
    with pytest.raises(ServiceError, match="why"):
        clearing.clear_fact(w["factory"], w["supervisor"], w["first"], "cease", cease_id, "  ")
    assert _callable(w, w["first"]) == "blocked"
    clearing.clear_fact(w["factory"], w["supervisor"], w["first"], "cease", cease_id,
                        "consumer withdrew the request in writing")
    assert _callable(w, w["first"]) == "callable" and _check(w, w["first"]).allowed
    fact = views.account_facts(w["factory"], w["collector"], w["first"])[0]
    assert not fact.in_force and fact.clear_reason == "consumer withdrew the request in writing"
    assert fact.cleared_by and fact.cleared_at is not None
    assert _actions(w) == ["fact.cease.set", "fact.cease.cleared"]


def test_a_collector_clears_a_hardship_and_closes_a_complaint(world):
    w = world
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "hardship", hardship_reason="lost job",
                     ends_on=dt.date.today() + dt.timedelta(days=30))
    assert not _check(w, w["first"]).allowed  # the agency's rule pauses calls in hardship
    with w["factory"]() as s:
        hardship = s.scalars(sa.select(Hardship)).one()
    clearing.clear_fact(w["factory"], w["collector"], w["first"], "hardship", hardship.id, "back at work")
    assert _check(w, w["first"]).allowed
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "complaint", received_from="cfpb",
                     summary="says we called at work")
    with w["factory"]() as s:
        complaint = s.scalars(sa.select(Complaint)).one()
    assert complaint.due_on == complaint.received_at.date() + dt.timedelta(days=15)
    listed = views.open_complaints(w["factory"], w["supervisor"])
    assert [(c.id, c.received_from, c.account_id in (w["first"], w["second"])) for c in listed] == [
        (complaint.id, "cfpb", True)]
    with pytest.raises(PermissionDenied):
        views.open_complaints(w["factory"], w["collector"])
    clearing.update_complaint(w["factory"], w["collector"], w["first"], complaint.id, "closed",
                              "responded through the CFPB portal; consumer satisfied")
    assert views.open_complaints(w["factory"], w["supervisor"]) == []


def test_attorney_consent_to_direct_contact_is_recorded_and_lifts_the_block(world):
    w = world
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "attorney", firm="Baker & Lane LLP")
    with w["factory"]() as s:
        record = s.scalars(sa.select(AttorneyRepresentation)).one()
    assert _callable(w, w["first"]) == "blocked"
    with pytest.raises(PermissionDenied):
        clearing.record_attorney_direct_contact(w["factory"], w["collector"], w["first"], record.id, "no_response",
                                                "wrote 2026-10-01, no answer")
    clearing.record_attorney_direct_contact(w["factory"], w["collector"], w["first"], record.id, "consented",
                                            "Ms Baker said on the phone we may call her client")
    assert _callable(w, w["first"]) == "callable" and _check(w, w["first"]).allowed
    assert "attorney consented" in views.account_facts(w["factory"], w["collector"], w["first"])[0].summary


def test_deceased_blocks_the_consumer_and_the_estate_representative_may_be_called(world):
    w = world
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "deceased", died_on=dt.date(2026, 10, 3),
                     representative=records.Representative("Jordan Doe", "executor", phone="+12125550188"))
    assert _callable(w, w["first"]) == "blocked" and _callable(w, w["second"]) == "blocked"
    assert not _check(w, w["first"]).allowed
    with w["factory"]() as s:
        rep = s.scalars(sa.select(AccountParty).where(AccountParty.account_id == w["first"],
                                                      AccountParty.role == PartyRole.THIRD_PARTY)).one()
        rep_phone = s.scalars(sa.select(Phone).where(Phone.person_id == rep.person_id)).one()
    assert attempts.check_contact(w["factory"], w["collector"], w["first"], rep.person_id, Channel.CALL, at=_noon(),
                                  phone_id=rep_phone.id).allowed
    fact = views.account_facts(w["factory"], w["collector"], w["first"])[0]
    assert "executor: Jordan Doe" in fact.summary


@pytest.mark.parametrize("kind, fields, message", [
    ("bankruptcy", {"chapter": 8}, "Chapter 8"),
    ("bankruptcy", {"filed_on": dt.date.today() + dt.timedelta(days=10)}, "future"),
    ("attorney", {"firm": "  "}, "name or firm"),
    ("attorney", {"firm": "Lane", "phone": "call me"}, "Not a phone number"),
    ("hardship", {"hardship_reason": ""}, "hardship is"),
    ("hardship", {"hardship_reason": "flood", "ends_on": dt.date(2020, 1, 1)}, "already passed"),
    ("complaint", {"received_from": "newspaper"}, "CFPB"),
    ("cease", {"received_via": "pigeon"}, "letter"),
    ("bogus", {}, "Not a kind"),
])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_written(world, kind, fields, message):
    w = world
    with pytest.raises(ServiceError, match=message):
        records.set_fact(w["factory"], w["collector"], w["first"], w["person"], kind, **fields)
    with w["factory"]() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Bankruptcy)) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(AttorneyRepresentation)) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(Account).where(Account.contact_blocked)) == 0
    assert _actions(w) == []


def test_a_collector_cannot_record_on_another_collectors_debt(world):
    w = world
    with w["factory"]() as s, s.begin():
        other = make_user(s, Role.COLLECTOR)
        theirs = make_account(s, person=make_person(s), assigned_to=other.id)
        their_person = s.scalar(sa.select(AccountParty.person_id).where(AccountParty.account_id == theirs.id))
    with pytest.raises(PermissionDenied):
        records.set_fact(w["factory"], w["collector"], theirs.id, their_person, "bankruptcy")
    with pytest.raises(ServiceError, match="debt"):  # a debt of someone else cannot be named either
        records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "cease", debt_ids=[theirs.id])
    with w["factory"]() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt)) == 0


def test_the_agency_rule_decides_whether_a_hardship_pauses_calls_or_only_warns(world):
    from ccs_desktop.services.contacts import rulepacks

    w = world
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], "hardship", hardship_reason="flood")
    assert not _check(w, w["first"]).allowed
    assert "pauses calls" in views.account_facts(w["factory"], w["collector"], w["first"])[0].summary
    with w["factory"]() as s, s.begin():
        admin = make_user(s, Role.ADMIN)
    rulepacks.change_rules(w["factory"], Actor(admin.id, admin.username, Role.ADMIN),
                           {"agency.hardship_pause": {"enabled": False}}, "hardship only warns at this agency")
    assert _check(w, w["first"]).allowed
    fact = views.account_facts(w["factory"], w["collector"], w["first"])[0]
    assert fact.in_force and "a warning only" in fact.summary and fact.details["pauses_calls"] is False


@pytest.mark.parametrize("kind, fields, flag", [
    ("bankruptcy", {"chapter": 13}, "bankruptcy"),
    ("deceased", {"died_on": dt.date(2026, 10, 3)}, "deceased"),
    ("attorney", {"firm": "Baker & Lane LLP"}, "attorney_represented"),
    ("cease", {"received_via": "oral"}, "cease_requested"),
    ("hardship", {"hardship_reason": "flood"}, "hardship"),
])
def test_each_record_changes_the_queue_the_workspace_and_the_engine_at_once(world, kind, fields, flag):
    w = world
    assert _callable(w, w["first"]) == "callable" and _check(w, w["first"]).allowed
    records.set_fact(w["factory"], w["collector"], w["first"], w["person"], kind, **fields)
    assert _callable(w, w["first"]) == "blocked"
    view = workspace.load(w["factory"], w["collector"], w["first"], _noon())
    assert flag in view.consumer.flags and view.row.callable.state == "blocked"
    decision = _check(w, w["first"])
    assert not decision.allowed and flag in {r.code for r in decision.reasons}
    with pytest.raises(attempts.ContactBlocked):
        _call(w, w["first"])
