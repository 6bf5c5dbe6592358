"""Every aggregate written and read back unchanged, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ccs_desktop.models import (
    AppliedOperation, AppSetting, BalanceTransaction, ComplianceFlag, Conflict, Consent, ContactAttempt,
    ContactReview, Dispute, DisputeEvent, DisputeNote, Email, InconvenientTime, Instalment, Lease, Letter,
    LetterTemplate, Note, OutboxOperation, Override, Payment, Placement, Promise, RulePackVersion, SyncCursor,
    Team, Workstation,
)
from ccs_desktop.models.enums import (
    Channel, FlagKind, InstalmentState, Language, Outcome, PaymentMethod, PlanFrequency, PromiseKind, ReceivedVia,
    Role, TransactionKind,
)
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_client, make_person, make_user

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 6, 15, 16, 30, 15, 123000, tzinfo=UTC)


def _snapshot(obj) -> dict:
    mapper = sa.inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def test_every_aggregate_round_trips(engine):
    with Session(engine, expire_on_commit=False) as s, s.begin():
        ensure_reference_data(s)
        team = Team(name="Team B")
        s.add(team)
        s.flush()
        supervisor = make_user(s, Role.SUPERVISOR, team_id=team.id)
        collector = make_user(s, Role.COLLECTOR, team_id=team.id, queue_rules={"clients": ["C1"], "min_balance": "100.00"})
        client = make_client(s, allocation_order="fees,principal,interest,costs", min_instalment=Decimal("40.00"),
                             commission_tiers=[{"min_age_days": 365, "pct": "33.00"}])
        placement = Placement(client_id=client.id, received_at=T0, file_name="p.csv", amount_placed=Decimal("123456.78"))
        s.add(placement)
        person = make_person(s, zip_code="86515", region="AZ", phone="+19285550142", stated_time_zone="America/Denver",
                             refused_channels=["email"], language=Language.ES)
        account = make_account(s, client=client, person=person, balance=Decimal("999999999999.99"),
                               placement_id=placement.id, assigned_to=collector.id, score_detail={"balance": "30.00"},
                               tz_group="America/Denver|America/Phoenix", currency="USD")
        s.flush()
        objects = [
            team, supervisor, collector, client, placement, person, account,
            Email(person_id=person.id, address="pat@example.com", opted_out=True, opted_out_at=T0),
            ComplianceFlag(person_id=person.id, kind=FlagKind.ATTORNEY_REPRESENTED, set_by=collector.id, set_at=T0,
                           reference="Bar 12345"),
            InconvenientTime(person_id=person.id, days=["sat", "sun"], start_time=dt.time(9), end_time=dt.time(12)),
        ]
        attempt = ContactAttempt(account_id=account.id, person_id=person.id, user_id=collector.id, at=T0,
                                 channel=Channel.CALL, phone_e164="+19285550142", result_code="RPC",
                                 outcome=Outcome.CONVERSATION, disclosures=["mini_miranda"],
                                 decision={"allowed": True, "time_zones": ["America/Denver"]}, rule_pack_version="abc")
        s.add_all(objects + [attempt])
        s.flush()
        promise = Promise(account_id=account.id, person_id=person.id, taken_by=collector.id, taken_at=T0,
                          contact_id=attempt.id, kind=PromiseKind.PLAN, frequency=PlanFrequency.MONTHLY,
                          total_amount=Decimal("300.00"), method=PaymentMethod.ACH)
        s.add(promise)
        s.flush()
        payment = Payment(account_id=account.id, amount=Decimal("100.01"), paid_on=dt.date(2026, 7, 1),
                          method=PaymentMethod.CHECK, reference="CHK 1001", posted_by=collector.id, posted_at=T0,
                          promise_id=promise.id)
        s.add(payment)
        s.flush()
        dispute = Dispute(account_id=account.id, person_id=person.id, received_at=T0, received_via=ReceivedVia.WRITTEN,
                          type_code="wrong_amount", amount_disputed=Decimal("50.00"), whole_balance=False, hold=True)
        s.add(dispute)
        s.flush()
        override = Override(supervisor_id=supervisor.id, collector_id=collector.id, account_id=account.id,
                            person_id=person.id, rules=["agency.callback_spacing"], reason="Consumer asked to be called back", at=T0)
        workstation = Workstation(name="WS-01", user_id=collector.id)
        s.add_all([override, workstation])
        s.flush()
        more = [
            Consent(person_id=person.id, account_id=account.id, channel=Channel.CALL, given_at=T0, contact_id=attempt.id),
            Instalment(promise_id=promise.id, account_id=account.id, seq=1, due_date=dt.date(2026, 7, 1),
                       amount=Decimal("100.00"), paid_amount=Decimal("100.01"), state=InstalmentState.KEPT),
            BalanceTransaction(account_id=account.id, kind=TransactionKind.PAYMENT, at=T0, effective_on=dt.date(2026, 7, 1),
                               fees=Decimal("-0.01"), principal=Decimal("-100.00"), payment_id=payment.id),
            DisputeEvent(dispute_id=dispute.id, at=T0, user_id=collector.id, to_status="open"),
            DisputeNote(dispute_id=dispute.id, author_id=collector.id, at=T0, text="Disputes the late fees — «cargos»."),
            Note(account_id=account.id, person_id=person.id, author_id=collector.id, at=T0, text="Prefers Spanish."),
            ContactReview(contact_id=attempt.id, reviewer_id=supervisor.id, at=T0, answers={"no_threats": True},
                          score=3, max_score=8, comment="Good call"),
            LetterTemplate(code="validation", language=Language.ES, title="Aviso", body="Texto"),
            Letter(account_id=account.id, person_id=person.id, kind="validation", language=Language.ES,
                   created_at_local=dt.date(2026, 6, 15), pdf=b"%PDF-1.4\x00\xff", pdf_sha256="0" * 64),
            AppSetting(key="test.setting", value={"enabled": True}),
            RulePackVersion(version="v-test", packs={"federal": {"enabled": True}}, changed_at=T0, active=True),
            Lease(account_id=account.id, workstation_id=workstation.id, user_id=collector.id, taken_at=T0,
                  expires_at=T0 + dt.timedelta(hours=8)),
            AppliedOperation(op_id=attempt.id, workstation_id=workstation.id, result={"ok": True}),
            OutboxOperation(op_id=promise.id, kind="contact.record", payload={"at": T0.isoformat()}),
            SyncCursor(name="pull", value=42),
            Conflict(entity="persons", entity_id=str(person.id), field="first_name", local_value="Pat",
                     server_value="Patricia", reason="both_edited"),
        ]
        s.add_all(more)
        s.flush()
        everything = objects + [attempt, promise, payment, dispute, override, workstation] + more
        expected = [(type(o), sa.inspect(o).identity, _snapshot(o)) for o in everything]

    with Session(engine) as s:
        for cls, identity, values in expected:
            loaded = s.get(cls, identity)
            assert loaded is not None, cls.__name__
            got = _snapshot(loaded)
            for key, value in values.items():
                if key == "server_seq":
                    continue  # stamped by the shared database
                if (cls.__tablename__, key) == ("accounts", "consumer_search_name"):
                    assert got[key] is not None  # kept by the database from the consumer's name, whatever was written
                    continue
                assert got[key] == value, f"{cls.__name__}.{key}: wrote {value!r}, read {got[key]!r}"
                if isinstance(value, dt.datetime):
                    assert got[key].tzinfo is not None
                if isinstance(value, Decimal):
                    assert isinstance(got[key], Decimal)


def test_shared_database_stamps_a_server_sequence(pg_url):
    from ccs_desktop import db

    engine = db.make_engine(pg_url)
    try:
        with Session(engine, expire_on_commit=False) as s, s.begin():
            first = make_account(s)
            second = make_account(s)
        with Session(engine) as s:
            seqs = [s.get(type(first), a.id).server_seq for a in (first, second)]
        assert all(isinstance(x, int) for x in seqs) and seqs[0] < seqs[1]
        with Session(engine) as s, s.begin():
            s.get(type(first), first.id).last_result = "NA"
        with Session(engine) as s:
            assert s.get(type(first), first.id).server_seq > seqs[1]
    finally:
        engine.dispose()
