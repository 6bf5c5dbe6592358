"""Offline work on a cache, synced with the shared PostgreSQL database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import (
    Account, AccountParty, Address, AuditEvent, BalanceTransaction, Client, Conflict, ContactAttempt, Instalment,
    Email, Lease, Note, OutboxOperation, Payment, Person, Phone, Promise,
)
from ccs_desktop.models.enums import Channel, Direction, DisputeStatus, FlagKind, PartyRole, PromiseKind, ReceivedVia, TransactionKind
from ccs_desktop.services import audit
from ccs_desktop.services.accounts import contact_points as cp
from ccs_desktop.services.accounts import facts
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.accounts import disputes
from ccs_desktop.services.letters import notices
from ccs_desktop.services.money import promises
from ccs_desktop.services.context import PermissionDenied, ServiceError
from ccs_desktop import sync
from tests.factories import make_account
from tests.sync.helpers import (
    World, local, new_cache, offline_call, offline_note, offline_payment, offline_promise,
)
from tests.services.pg_world import placed

pytestmark = pytest.mark.postgres


def test_checkout_copies_the_account_and_leases_it(world, cache):
    report = sync.checkout(cache, world.server, world.collector, [world.account_id])
    assert report.copied > 0
    with cache.session_factory() as s:
        account = s.get(Account, world.account_id)
        assert account is not None and account.balance == Decimal("1000.00")
        assert s.get(Person, world.person_ids[0]) is not None
        assert s.scalar(sa.select(sa.func.count()).select_from(Client)) >= 1  # reference data came too
    assert cache.held_account_ids() == [world.account_id]
    with world.owner() as s:
        lease = sync.live_lease(s, world.account_id)
        assert lease is not None and lease.workstation_id == cache.workstation_id
        # Another workstation may read the account but not change or contact it.
        with pytest.raises(sync.AccountLeased, match="checked out for offline work"):
            sync.assert_not_leased_elsewhere(s, world.account_id, None)
        sync.assert_not_leased_elsewhere(s, world.account_id, cache.workstation_id)
        sync.assert_not_leased_elsewhere(s, world.account_id, cache.identity()["name"])  # Actor.workstation
        with pytest.raises(sync.AccountLeased):
            sync.assert_not_leased_elsewhere(s, world.account_id, "OFFICE-PC")
        assert "lease.take" in s.scalars(sa.select(AuditEvent.action)).all()


def test_the_office_cannot_work_a_checked_out_account_but_records_what_the_consumer_says(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    assert cache.identity()["name"] == world.collector.workstation  # the laptop is known by its sign-in name
    office, f, account, person = world.supervisor, world.office, world.account_id, world.person_ids[0]
    held = "checked out for offline work on LAPTOP-1"
    offline_call(world.server, world.collector, world, local(1, 9), "NA")  # the laptop itself, online: its own lease
    with pytest.raises(sync.AccountLeased, match=held):
        offline_call(f, office, world, local(1, 10), "NA")
    with pytest.raises(sync.AccountLeased, match=held):
        promises.take_promise(f, office, promises.PromiseRequest(
            account_id=account, kind=PromiseKind.SINGLE, first_due=dt.date.today() + dt.timedelta(days=3),
            amount=Decimal("50.00")))
    with pytest.raises(sync.AccountLeased, match=held):
        facts.record_consent(f, office, account, person)
    batch = notices.generate_validation_notices(f, office, [account])  # a notice batch skips it, saying why
    assert batch.sent == [] and len(batch.skipped) == 1 and held in batch.skipped[0][1]
    dispute = disputes.record_dispute(f, office, disputes.DisputeInput(
        account_id=account, received_via=ReceivedVia.WRITTEN, type_code="not_my_debt", note="Letter came today"))
    with pytest.raises(sync.AccountLeased, match=held):
        disputes.change_status(f, office, dispute.id, DisputeStatus.PROOF_REQUESTED)
    disputes.add_note(f, office, dispute.id, "Asked the client for the contract")
    facts.set_flag(f, office, account, person, FlagKind.CEASE_REQUESTED, "Cease letter with the dispute")
    # Nothing refused was written; what the consumer said is on the shared database and reaches the laptop.
    assert world.count(ContactAttempt, account_id=account) == 1
    assert world.count(Promise, account_id=account) == 0
    with world.owner() as s:
        actions = set(s.scalars(sa.select(AuditEvent.action)))
    assert {"fact.cease.set", "dispute.recorded", "dispute.note_added"} <= actions
    sync.break_lease(f, office, account, "Collector off sick")
    disputes.change_status(f, office, dispute.id, DisputeStatus.PROOF_REQUESTED)


def test_offline_contacts_notes_promises_and_payments_arrive_once(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    f = cache.session_factory
    call = offline_call(f, world.collector, world, local(1, 10), "NA")
    note = offline_note(f, world.collector, world.account_id, "Left a message, will call back")
    promise = offline_promise(f, world.collector, world.account_id)
    payment = offline_payment(f, world.collector, world.account_id, "100.00")
    assert sync.status(cache).pending > 0

    report = sync.sync(cache, world.server, world.collector)
    assert report.conflicts == 0 and report.rejected == 0
    assert sync.status(cache).pending == 0
    with world.owner() as s:
        assert s.get(ContactAttempt, call.id).recorded_offline is True
        assert s.get(Note, note).text == "Left a message, will call back"
        assert s.get(Promise, promise) is not None
        assert s.scalar(sa.select(sa.func.count()).select_from(Instalment).where(Instalment.promise_id == promise)) == 1
        assert s.get(Payment, payment).amount == Decimal("100.00")
        account = s.get(Account, world.account_id)
        assert account.balance == Decimal("900.00") and account.principal == Decimal("900.00")
        assert account.last_contact_at == call.at
        assert audit.verify(s).ok  # the cache's audit events joined the shared chain in order

    # The acknowledgement was lost (every operation sent again): the server applies none of them twice.
    with cache.engine.begin() as conn:
        conn.execute(sa.update(OutboxOperation.__table__).values(pushed_at=None))
    again = sync.sync(cache, world.server, world.collector)
    assert again.pushed == 0 and again.duplicates > 0
    assert world.count(ContactAttempt, account_id=world.account_id) == 1
    assert world.count(Note, account_id=world.account_id) == 1
    assert world.count(Payment, account_id=world.account_id) == 1
    assert world.count(BalanceTransaction, account_id=world.account_id) == 2  # the placement and the payment
    with world.owner() as s:
        assert s.get(Account, world.account_id).balance == Decimal("900.00")
        assert audit.verify(s).ok


def test_changes_on_the_server_reach_the_cache(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    note = offline_note(world.office, world.supervisor, world.account_id, "Supervisor note")
    with world.owner() as s, s.begin():
        s.get(Account, world.account_id).original_creditor = "Acme Bank"
    report = sync.sync(cache, world.server, world.collector)
    assert report.pulled >= 2
    with cache.session_factory() as s:
        assert s.get(Note, note).text == "Supervisor note"
        assert s.get(Account, world.account_id).original_creditor == "Acme Bank"
    # What the cache received is not sent back.
    assert sync.status(cache).pending == 0


def test_an_edit_of_the_same_field_on_both_sides_becomes_a_conflict(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    person_id = world.person_ids[0]
    with cache.session_factory() as s, s.begin():
        p = s.get(Person, person_id)
        p.stated_time_zone = "America/Chicago"
        p.first_name = "Patricia"
    with world.owner() as s, s.begin():
        s.get(Person, person_id).stated_time_zone = "America/Denver"

    report = sync.sync(cache, world.server, world.collector)
    assert report.conflicts == 1
    with world.owner() as s:
        person = s.get(Person, person_id)
        assert person.stated_time_zone == "America/Denver"  # nothing silently overwritten
        assert person.first_name == "Patricia"               # the field nobody else touched merged
    conflicts = sync.open_conflicts(cache.session_factory, cache.workstation_id)
    assert [(c.entity, c.field, c.local_value, c.server_value, c.reason) for c in conflicts] == [
        ("persons", "stated_time_zone", "America/Chicago", "America/Denver", "concurrent_edit")]
    with cache.session_factory() as s:  # the cache now shows the server's value
        assert s.get(Person, person_id).stated_time_zone == "America/Denver"

    with pytest.raises(ServiceError, match="no longer exists"):  # row-level security: not theirs to see
        sync.resolve_conflict(world.server2, world.collector2, conflicts[0].id, "use_local")
    sync.resolve_conflict(world.server, world.collector, conflicts[0].id, "use_local", cache=cache)
    sync.sync(cache, world.server, world.collector)
    with world.owner() as s:
        assert s.get(Person, person_id).stated_time_zone == "America/Chicago"
        assert "sync.conflict_resolve" in s.scalars(sa.select(AuditEvent.action)).all()
    assert sync.open_conflicts(cache.session_factory, cache.workstation_id) == []
    with pytest.raises(ServiceError, match="already resolved"):
        sync.resolve_conflict(world.server, world.collector, conflicts[0].id, "keep_server")


def test_two_workstations_editing_the_same_field(world, tmp_path):
    """Two collectors' laptops hold the same person (a co-signer on an account of each) and both change the same
    field offline: the first push stands, the second becomes a conflict for a person to resolve."""
    person_id = world.person_ids[0]
    with world.owner() as s, s.begin():
        theirs = make_account(s, assigned_to=world.collector2.user_id)
        placed(s, theirs)
        s.add(AccountParty(account_id=theirs.id, person_id=person_id, role=PartyRole.COSIGNER))
        theirs_id = theirs.id
    first, second = new_cache(tmp_path, "first"), new_cache(tmp_path, "second")
    try:
        sync.checkout(first, world.server, world.collector, [world.account_id])
        sync.checkout(second, world.server2, world.collector2, [theirs_id])
        # Each laptop leased its own collector's account only: the other one is out of its login role's sight.
        assert first.held_account_ids() == [world.account_id]
        assert second.held_account_ids() == [theirs_id]
        for cache, zone in ((first, "America/Chicago"), (second, "America/Denver")):
            with cache.session_factory() as s, s.begin():
                s.get(Person, person_id).stated_time_zone = zone
        assert sync.sync(first, world.server, world.collector).conflicts == 0
        report = sync.sync(second, world.server2, world.collector2)
        assert report.conflicts == 1
        with world.owner() as s:
            assert s.get(Person, person_id).stated_time_zone == "America/Chicago"
            conflict = s.scalars(sa.select(Conflict)).one()
        assert (conflict.entity, conflict.field, conflict.local_value, conflict.server_value) == (
            "persons", "stated_time_zone", "America/Denver", "America/Chicago")
        assert conflict.workstation_id == second.workstation_id
    finally:
        first.dispose()
        second.dispose()


def test_a_collectors_offline_change_to_reference_data_is_refused_and_kept(world, cache):
    """Only admins change clients: the shared database refuses the change a collector's cache sends, and it is
    kept as a conflict (with the database's reason), not applied and not lost."""
    sync.sync(cache, world.server, world.collector)
    with world.owner() as s:
        client_id = s.scalars(sa.select(Account.client_id).where(Account.id == world.account_id)).one()
        days = s.get(Client, client_id).grace_days
    with cache.session_factory() as s, s.begin():
        s.get(Client, client_id).grace_days = days + 10
    report = sync.sync(cache, world.server, world.collector)
    assert (report.pushed, report.rejected) == (0, 1)
    with world.owner() as s:
        assert s.get(Client, client_id).grace_days == days
        conflict = s.scalars(sa.select(Conflict)).one()
    assert (conflict.entity, conflict.reason, conflict.local_value["values"]["grace_days"]) == (
        "clients", "rejected", days + 10)
    assert "permission denied" in conflict.server_value["error"]
    assert sync.status(cache).pending == 0


def test_append_only_records_from_two_workstations_never_conflict(world, tmp_path):
    w2 = World(world.url, accounts=0)
    first, second = new_cache(tmp_path, "first"), new_cache(tmp_path, "second")
    try:
        sync.sync(first, world.server, world.collector)
        sync.sync(second, world.server2, world.collector2)
        # Reference data both hold: two new result codes would be inserts, not conflicts; notes on the account
        # come from the workstation that holds it.
        sync.checkout(first, world.server, world.collector, [world.account_id])
        for n in range(3):
            offline_note(first.session_factory, world.collector, world.account_id, f"note {n}")
        offline_note(world.office, world.supervisor, world.account_id, "from the office")
        report = sync.sync(first, world.server, world.collector)
        assert report.conflicts == 0
        assert world.count(Note, account_id=world.account_id) == 4
        with first.session_factory() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Note)) == 4
    finally:
        first.dispose()
        second.dispose()
        w2.dispose()


def test_a_broken_lease_hands_the_changes_back_as_conflicts(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    note = offline_note(cache.session_factory, world.collector, world.account_id, "Written after the break")
    with pytest.raises(PermissionDenied):
        sync.break_lease(world.server2, world.collector2, world.account_id, "taking it over")
    sync.break_lease(world.office, world.supervisor, world.account_id, "Consumer called the office")
    with world.owner() as s:
        assert sync.live_lease(s, world.account_id) is None
        sync.assert_not_leased_elsewhere(s, world.account_id, None)  # the office may work it again

    report = sync.sync(cache, world.server, world.collector)
    assert report.broken_leases == [world.account_id]
    assert report.conflicts >= 2  # the note and its audit event, held back
    with world.owner() as s:
        assert s.get(Note, note) is None
        held = s.scalars(sa.select(Conflict).where(Conflict.reason == "lease_broken")).all()
        assert {c.entity for c in held} >= {"notes", "audit_events"}
        assert "lease.break" in s.scalars(sa.select(AuditEvent.action)).all()
    assert sync.status(cache).broken_leases == 1
    assert cache.held_account_ids() == []
    # Everything was sent (as conflicts): the account no longer lingers on the laptop.
    with cache.session_factory() as s:
        assert s.get(Account, world.account_id) is None and s.get(Note, note) is None
        assert s.get(Person, world.person_ids[0]) is None

    # A person looks at each and keeps the note: it is applied then, once. What was recorded in the collector's
    # name (the audit event) is applied by the collector (or an admin), never by someone else in their name.
    for c in sync.open_conflicts(world.office):
        if c.entity == "audit_events":
            with pytest.raises(PermissionDenied, match="in their name"):
                sync.resolve_conflict(world.office, world.supervisor, c.id, "use_local")
        else:
            sync.resolve_conflict(world.office, world.supervisor, c.id, "use_local")
    with world.owner() as s:
        assert s.get(Note, note).text == "Written after the break"
        assert audit.verify(s).ok
        # The collector's own audit event of the note is not written in their name by the supervisor: it waits,
        # open, for the collector (next test).
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "note.add", AuditEvent.user_id == world.collector.user_id)) == 0
    assert [c.entity for c in sync.open_conflicts(world.server)] == ["audit_events"]


def test_a_collector_keeping_their_own_handed_back_audit_event_puts_it_in_the_chain(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    offline_note(cache.session_factory, world.collector, world.account_id, "Written after the break")
    sync.break_lease(world.office, world.supervisor, world.account_id, "Consumer called the office")
    sync.sync(cache, world.server, world.collector)
    (event,) = [c for c in sync.open_conflicts(world.server) if c.entity == "audit_events"]
    sync.resolve_conflict(world.server, world.collector, event.id, "use_local")
    with world.owner() as s:
        assert s.scalars(sa.select(AuditEvent.action).where(AuditEvent.user_id == world.collector.user_id,
                                                             AuditEvent.action == "note.add")).all() == ["note.add"]
        assert audit.verify(s).ok


def test_offline_contact_the_server_history_would_have_blocked_is_reported(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    # While the collector is offline, the consumer phones the office (a conversation starts a 7-day pause). The
    # office may log the call it received; it may not call out on an account checked out to the laptop.
    with pytest.raises(sync.AccountLeased, match="checked out for offline work on LAPTOP-1"):
        offline_call(world.office, world.supervisor, world, local(2, 10), "RPC")
    offline_call(world.office, world.supervisor, world, local(2, 10), "RPC", direction=Direction.INBOUND)
    # Offline, the cache does not know: the call looks allowed there.
    offline_call(cache.session_factory, world.collector, world, local(1, 11), "NA")
    report = sync.sync(cache, world.server, world.collector)
    assert len(report.findings) == 1
    finding = report.findings[0]
    assert finding.account_id == world.account_id and finding.reasons
    assert "would have blocked" in report.summary()
    # Reported, never undone: the attempt happened and is on record, with an audit event saying so.
    assert world.count(ContactAttempt, account_id=world.account_id) == 2
    with world.owner() as s:
        assert "sync.offline_contact_would_block" in s.scalars(sa.select(AuditEvent.action)).all()


def test_offline_guardrails_count_pulled_history_and_offline_attempts(world, cache):
    offline_call(world.server, world.collector, world, local(3, 10), "RPC")
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    # The pulled conversation blocks a call offline, exactly as it would online.
    with pytest.raises(attempts.ContactBlocked):
        offline_call(cache.session_factory, world.collector, world, local(1, 15), "NA")


def test_release_refuses_while_changes_wait_and_then_returns_the_account(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    offline_note(cache.session_factory, world.collector, world.account_id, "n")
    with pytest.raises(ServiceError, match="Sync first"):
        sync.release(cache, world.server, world.collector, [world.account_id])
    sync.sync(cache, world.server, world.collector)
    assert sync.release(cache, world.server, world.collector, [world.account_id]) == 1
    with world.owner() as s:
        assert sync.live_lease(s, world.account_id) is None
    assert cache.held_account_ids() == []


def _cache_count(cache, model, **where) -> int:
    with cache.session_factory() as s:
        q = sa.select(sa.func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.scalar(q)


def test_released_accounts_leave_no_personal_data_in_the_cache(world, cache):
    account, person, phone = world.account_id, world.person_ids[0], world.phone_ids[0]
    sync.checkout(cache, world.server, world.collector, [account])
    f = cache.session_factory
    offline_call(f, world.collector, world, local(1, 10), "NA")
    offline_note(f, world.collector, account, "Mentioned a new job at the depot")
    promise = offline_promise(f, world.collector, account)
    offline_payment(f, world.collector, account, "25.00")
    with pytest.raises(ServiceError, match="Sync first"):  # nothing leaves the cache before it was sent
        sync.release(cache, world.server, world.collector, [account])
    assert _cache_count(cache, Note, account_id=account) == 1
    sync.sync(cache, world.server, world.collector)
    clients = _cache_count(cache, Client)

    assert sync.release(cache, world.server, world.collector, [account]) == 1
    for model, where in ((Account, {"id": account}), (Person, {"id": person}), (Phone, {"person_id": person}),
                         (Address, {"person_id": person}), (AccountParty, {"account_id": account}),
                         (ContactAttempt, {"account_id": account}), (Note, {"account_id": account}),
                         (Promise, {"id": promise}), (Instalment, {"account_id": account}),
                         (Payment, {"account_id": account}), (BalanceTransaction, {"account_id": account}),
                         (AuditEvent, {"account_id": account})):
        assert _cache_count(cache, model, **where) == 0, model.__name__
    assert _cache_count(cache, Phone, id=phone) == 0
    with cache.session_factory() as s:  # nor in the operations already sent
        payloads = [str(p) for p in s.scalars(sa.select(OutboxOperation.payload))]
    assert not any(str(account) in p for p in payloads)
    assert _cache_count(cache, Client) == clients  # reference data stays
    assert sync.status(cache).pending == 0         # the purge itself is not a change to send
    with world.owner() as s:                       # the shared database keeps everything, of course
        assert s.get(Account, account) is not None
        assert s.scalar(sa.select(sa.func.count()).select_from(Note).where(Note.account_id == account)) == 1

    # Checked out again later: it comes back whole.
    sync.checkout(cache, world.server, world.collector, [account])
    assert _cache_count(cache, Note, account_id=account) == 1
    assert _cache_count(cache, ContactAttempt, account_id=account) == 1
    assert _cache_count(cache, Phone, person_id=person) == 1


def test_a_person_still_on_a_held_account_stays_when_another_account_is_released(world, tmp_path):
    w = World(world.url, accounts=2)
    cache = new_cache(tmp_path, "LAPTOP-1")
    try:
        first, second = w.account_ids
        shared, only_second = w.person_ids
        with w.owner() as s, s.begin():  # the first account's consumer co-signed the second
            s.add(AccountParty(account_id=second, person_id=shared, role=PartyRole.COSIGNER))
        # The office spoke to the shared person about the second account three days ago (a 7-day pause).
        attempts.record_attempt(w.office, w.supervisor, attempts.AttemptInput(
            account_id=second, person_id=shared, channel=Channel.CALL, result_code="RPC", phone_id=w.phone_ids[0],
            at=local(3, 10)))
        offline_call(w.office, w.supervisor, w, local(4, 10), "NA", i=1)
        offline_note(w.office, w.supervisor, second, "Co-signer asked for a statement")
        sync.checkout(cache, w.server, w.collector, [first])  # the household: both accounts
        assert sorted(cache.held_account_ids()) == sorted([first, second])

        def decision():
            d = attempts.check_contact(cache.session_factory, w.collector, first, shared, Channel.CALL,
                                       phone_id=w.phone_ids[0], at=local(1, 15))
            return d.allowed, d.reasons, d.next_allowed_at

        before = decision()

        assert sync.release(cache, w.server, w.collector, [second]) == 1
        assert _cache_count(cache, Account, id=second) == 0
        assert _cache_count(cache, Note, account_id=second) == 0
        assert _cache_count(cache, Person, id=only_second) == 0       # on no held account: gone
        assert _cache_count(cache, Phone, person_id=only_second) == 0
        assert _cache_count(cache, ContactAttempt, person_id=only_second) == 0
        assert _cache_count(cache, Person, id=shared) == 1            # still on the first account: stays
        assert _cache_count(cache, Phone, person_id=shared) == 1
        assert _cache_count(cache, Account, id=first) == 1
        # The shared person's history on the released account still counts for the offline guardrails: the
        # cache decides about calling them exactly as before.
        assert _cache_count(cache, ContactAttempt, person_id=shared, account_id=second) == 1
        assert decision() == before
    finally:
        cache.dispose()
        w.dispose()


def test_sync_refuses_an_embedded_shared_database(sqlite_url, cache):
    from ccs_desktop.services.context import SYSTEM

    engine = db.make_engine(sqlite_url)
    try:
        with pytest.raises(sync.SyncUnsupported, match="PostgreSQL"):
            sync.sync(cache, db.session_factory(engine), SYSTEM)
        assert cache.identity() is None  # nothing was registered
    finally:
        engine.dispose()


def test_balances_moved_on_both_sides_add_up_instead_of_conflicting(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    with world.owner() as s, s.begin():  # the office posts an adjustment meanwhile
        account = s.get(Account, world.account_id)
        account.principal -= Decimal("50.00")
        account.balance -= Decimal("50.00")
        s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT, at=dt.datetime.now(dt.timezone.utc),
                                 effective_on=dt.date.today(), principal=Decimal("-50.00"), memo="office adjustment"))
    offline_payment(cache.session_factory, world.collector, world.account_id, "100.00")
    report = sync.sync(cache, world.server, world.collector)
    assert report.conflicts == 0
    with world.owner() as s:
        account = s.get(Account, world.account_id)
        assert (account.principal, account.balance) == (Decimal("850.00"), Decimal("850.00"))
    with cache.session_factory() as s:
        assert s.get(Account, world.account_id).balance == Decimal("850.00")


def test_no_password_hash_reaches_a_cache(world, cache):
    from ccs_desktop.models import User
    from ccs_desktop.services.users.passwords import hash_password

    sync.checkout(cache, world.server, world.collector, [world.account_id])
    with world.owner() as s, s.begin():  # users of the embedded database's era still have a hash
        s.get(User, world.supervisor.user_id).password_hash = hash_password("office password 9")
        s.get(User, world.supervisor.user_id).failed_logins = 3
    # A cache that an earlier version filled (through a login that could read the column) had hashes in it.
    with cache.engine.begin() as conn:
        conn.execute(sa.update(User.__table__).values(password_hash="$argon2id$planted", failed_logins=2))
    assert sync.sync(cache, world.owner, world.collector).pulled >= 1  # even a login that may read the column
    with cache.session_factory() as s:
        users = s.execute(sa.select(User.username, User.password_hash, User.failed_logins)).all()
    assert {u.username for u in users} >= {world.collector.username, world.supervisor.username}
    assert {(u.password_hash, u.failed_logins) for u in users} == {(None, 0)}
    assert sync.status(cache).pending == 0  # clearing them is not a change to send
    with world.owner() as s:
        assert s.get(User, world.supervisor.user_id).password_hash.startswith("$argon2")


def test_contact_points_changed_offline_arrive_once_with_their_audit_and_zones(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    f, actor, account, person = cache.session_factory, world.collector, world.account_id, world.person_ids[0]
    phone = cp.add_phone(f, actor, account, person, cp.PhoneInput("(213) 555-0142", "cell", "consumer", consent=True,
                                                                  consent_how="verbal"), "Given on the call")
    address = cp.add_address(f, actor, account, person, cp.AddressInput("200 N Spring St", "Los Angeles", "CA", "90012"),
                             "Moved to LA")
    email = cp.add_email(f, actor, account, person, cp.EmailInput("pat@example.com", consumer_used=True),
                         "Wrote to us from it")
    cp.mark_phone_bad(f, actor, account, world.phone_ids[0], "wrong_number")
    with f() as s:
        offline_group = s.get(Account, account).tz_group
    assert offline_group == "America/Los_Angeles|America/New_York"  # the NY address and the LA address and cell
    report = sync.sync(cache, world.server, world.collector)
    assert report.conflicts == 0 and report.rejected == 0
    with world.owner() as s:
        assert s.get(Phone, phone.point_id).consent_how == "verbal"
        assert s.get(Address, address.point_id).postal_code == "90012"
        assert s.get(Email, email.point_id).consumer_used is True
        assert s.get(Phone, world.phone_ids[0]).bad_reason == "wrong_number"
        assert s.get(Account, account).tz_group == offline_group  # recomputed on the server: the same answer
        actions = set(s.scalars(sa.select(AuditEvent.action).where(AuditEvent.user_id == actor.user_id)))
        assert {"phone.added", "address.added", "email.added", "phone.marked_bad"} <= actions
        assert audit.verify(s).ok
    again = sync.sync(cache, world.server, world.collector)
    assert again.pushed == 0
    with world.owner() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Phone).where(Phone.person_id == person)) == 2
