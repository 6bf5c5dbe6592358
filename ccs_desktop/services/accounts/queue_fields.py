"""Keeping an account's queue fields true after a change, in the same transaction as the change.

Every service that changes what the queue depends on (a contact, a promise, a payment, a dispute, a flag, a
phone or address of the consumer) calls `refresh_queue_fields(session, account_id)` before it commits.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...compliance.location import person_zones, tz_group_key
from ...compliance.model import Address as AddressFacts
from ...models import (
    Account, AccountParty, Address, AppSetting, Dispute, Instalment, Person, Phone, Promise,
)
from ...models.enums import DisputeStatus, FlagKind, InstalmentState, PartyRole, PromiseStatus
from ..facts.derived import flags_on, read_in_force
from .scoring import DEFAULT_WEIGHTS, WEIGHTS_SETTING_KEY, ScoreInputs, score

UTC = dt.timezone.utc
# Flags that stop collection contact whatever the hour, in the order the queue names them.
BLOCKING_FLAGS = (FlagKind.DECEASED, FlagKind.BANKRUPTCY, FlagKind.ATTORNEY_REPRESENTED, FlagKind.CEASE_REQUESTED,
                  FlagKind.DISPUTE_UNVERIFIED)


def score_weights(session: Session) -> dict[str, Decimal]:
    setting = session.get(AppSetting, WEIGHTS_SETTING_KEY)
    if setting is None:
        return dict(DEFAULT_WEIGHTS)
    return {**DEFAULT_WEIGHTS, **{k: Decimal(str(v)) for k, v in setting.value.items()}}


def consumer_id(session: Session, account_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(sa.select(AccountParty.person_id).where(
        AccountParty.account_id == account_id, AccountParty.role == PartyRole.CONSUMER))


def refresh_queue_fields(session: Session, account_id: uuid.UUID, now: dt.datetime | None = None) -> Account:
    """Recompute promise, dispute and block state, the time-zone group and the priority score of one account."""
    return refresh_queue_fields_many(session, [account_id], now)[0]


def refresh_queue_fields_many(session: Session, account_ids: Sequence[uuid.UUID],
                              now: dt.datetime | None = None) -> list[Account]:
    """Recompute promise, dispute and block state, the time-zone group and the priority score of each account,
    set-based: the same handful of queries for one account or a batch's worth."""
    now = now or dt.datetime.now(UTC)
    today = now.date()
    ids = list(dict.fromkeys(account_ids))
    accounts = []
    for account_id in ids:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError(f"no account {account_id}")
        accounts.append(account)
    if not ids:
        return accounts
    due_by = dict(session.execute(
        sa.select(Instalment.account_id, sa.func.min(Instalment.due_date))
        .join(Promise, Promise.id == Instalment.promise_id)
        .where(Instalment.account_id.in_(ids), Instalment.state == InstalmentState.DUE,
               Promise.status == PromiseStatus.ACTIVE)
        .group_by(Instalment.account_id)).all())
    statuses: dict[uuid.UUID, set[str]] = defaultdict(set)
    for account_id, status in session.execute(
            sa.select(Promise.account_id, Promise.status).distinct()
            .where(Promise.account_id.in_(ids), Promise.status.in_([PromiseStatus.BROKEN, PromiseStatus.ACTIVE]))):
        statuses[account_id].add(PromiseStatus(status))
    disputed = set(session.scalars(
        sa.select(Dispute.account_id).distinct()
        .where(Dispute.account_id.in_(ids), Dispute.status != DisputeStatus.RESOLVED)))
    consumers: dict[uuid.UUID, uuid.UUID] = {}
    for account_id, person_id in session.execute(sa.select(AccountParty.account_id, AccountParty.person_id).where(
            AccountParty.account_id.in_(ids), AccountParty.role == PartyRole.CONSUMER)):
        consumers.setdefault(account_id, person_id)
    # The flags in force: derived from the compliance records and the flags that stay bare (services/facts).
    in_force = read_in_force(session, set(consumers.values()), today)
    zones = consumer_zones(session, set(consumers.values()))
    weights = score_weights(session)
    for account in accounts:
        due = due_by.get(account.id)
        account.next_promise_due = due
        account.has_broken_promise = (PromiseStatus.BROKEN in statuses[account.id]
                                      and PromiseStatus.ACTIVE not in statuses[account.id])
        person_id = consumers.get(account.id)
        kinds = flags_on(in_force.get(person_id, ()), account.id) if person_id is not None else frozenset()
        blocked = next((f for f in BLOCKING_FLAGS if f in kinds), None)
        account.contact_blocked = blocked is not None
        account.blocked_reason = blocked.value if blocked else None
        account.tz_group = tz_group_key(zones.get(person_id, ())) if person_id is not None else None
        inputs = ScoreInputs(
            balance=account.balance,
            charge_off_date=account.charge_off_date,
            last_payment_date=account.last_payment_date,
            promise_due=due is not None and due <= today,
            broken_promise=account.has_broken_promise,
            callback_due=account.callback_at is not None and account.callback_at <= now,
            open_dispute=account.id in disputed,
            right_party_contacts=account.right_party_contacts,
        )
        account.priority_score, account.score_detail = score(inputs, today, weights)
    return accounts


def consumer_zones(session: Session, person_ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    """Each person's candidate time zones (`compliance.location.person_zones`) from what the database holds:
    every current address not marked bad, every number not marked bad, the zone they stated."""
    if not person_ids:
        return {}
    ids = list(person_ids)
    addresses: dict[uuid.UUID, list[AddressFacts]] = defaultdict(list)
    for person_id, postal, region, country in session.execute(
            sa.select(Address.person_id, Address.postal_code, Address.region, Address.country)
            .where(Address.person_id.in_(ids), Address.current.is_(True), Address.bad_address.is_(False))):
        addresses[person_id].append(AddressFacts(postal, region, country))
    phones: dict[uuid.UUID, list[str]] = defaultdict(list)
    for person_id, e164 in session.execute(sa.select(Phone.person_id, Phone.e164)
                                           .where(Phone.person_id.in_(ids), Phone.bad_number.is_(False))):
        phones[person_id].append(e164)
    stated = dict(session.execute(sa.select(Person.id, Person.stated_time_zone).where(Person.id.in_(ids))).all())
    return {pid: person_zones(addresses[pid], phones[pid], stated.get(pid)) for pid in ids}
