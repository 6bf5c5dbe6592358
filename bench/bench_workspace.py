"""Opening a busy account's workspace against today's open-workspace figure, in the same run.

A demo portfolio of `--size` accounts (a scratch database on each backend, dropped afterwards) gets one account
with a long history: 200 contact attempts, a payment plan of 24 instalments, 30 payments (posted through the
payment service, so balances, allocations and the promise's kept/partly kept states are real) and 20 documents
received. Opening it reads what the window reads: the workspace (`accounts.workspace.load`), the money behind the
Promises and Payments tabs and the header's arrangement line (`money.ledger.load`), the notes timeline and the
documents list. The baseline is the workspace read of an ordinary demo account of the same collector (a few
attempts, no payments): the open-workspace figure of before these tabs.

    python -m bench --only workspace --size 20000 [--backend sqlite,postgres]
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Account, AccountParty, ContactAttempt, Phone, User, new_id
from ccs_desktop.models.enums import Channel, Direction, Outcome, PaymentMethod, PlanFrequency, PromiseKind, Role
from ccs_desktop.services.accounts import documents as account_documents
from ccs_desktop.services.accounts import timeline, workspace
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data import demo
from ccs_desktop.services.money import ledger, payments, promises
from ccs_desktop.services.money.payments import PaymentInput
from ccs_desktop.services.money.promises import PromiseRequest

from .bench_queue import _median_ms  # the median of 9 runs after a warm-up
from .common import row, scratch_database

UTC = dt.timezone.utc
ATTEMPTS, INSTALMENTS, PAYMENTS, DOCUMENTS = 200, 24, 30, 20


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 20_000))
    out: list[dict[str, Any]] = []
    for backend in options.get("backends", ["sqlite"]):
        with scratch_database(backend) as url:
            out.extend(_bench(url, backend, size))
    return out


def _busy_account(factory, actor: Actor, account_id: uuid.UUID, today: dt.date, documents: int = DOCUMENTS) -> None:
    """200 attempts, a plan of 24 instalments, 30 payments and 20 documents on one account."""
    start = today - dt.timedelta(days=2 * PAYMENTS + 5)
    with factory() as s, s.begin():
        person_id = s.scalar(sa.select(AccountParty.person_id).where(AccountParty.account_id == account_id,
                                                                     AccountParty.role == "consumer"))
        phone = s.execute(sa.select(Phone.id, Phone.e164).where(Phone.person_id == person_id).limit(1)).first()
        rows = [dict(id=new_id(), account_id=account_id, person_id=person_id, user_id=actor.user_id,
                     at=dt.datetime.combine(start, dt.time(15), UTC) + dt.timedelta(hours=7 * i),
                     channel=Channel.CALL, direction=Direction.OUTBOUND, phone_id=phone[0] if phone else None,
                     phone_e164=phone[1] if phone else None, result_code="NA", outcome=Outcome.NO_ANSWER,
                     purpose="collection", disclosures=[], notes=f"bench attempt {i}", workstation="BENCH")
                for i in range(ATTEMPTS)]
        s.execute(sa.insert(ContactAttempt), rows)
        balance = s.get(Account, account_id).balance
    per = Decimal("20.00")
    assert balance >= per * INSTALMENTS, "the busy account needs a balance of at least $480"
    promises.take_promise(factory, actor, PromiseRequest(
        account_id, PromiseKind.PLAN, first_due=start, frequency=PlanFrequency.WEEKLY, total=per * INSTALMENTS,
        count=INSTALMENTS, method=PaymentMethod.ACH, today=start))
    for i in range(PAYMENTS):
        payments.post_payment(factory, actor, PaymentInput(account_id, Decimal("10.00"),
                                                           start + dt.timedelta(days=2 * i), PaymentMethod.CARD,
                                                           reference=f"AUTH {i:04d}"))
    for i in range(documents):
        account_documents.attach_document(factory, actor, account_id, "other", f"letter-{i}.txt",
                                          f"Letter {i} received from the consumer.\n".encode() * 40,
                                          dt.datetime.combine(start, dt.time(12), UTC) + dt.timedelta(days=i))


def _bench(url: str, backend: str, size: int) -> list[dict[str, Any]]:
    engine, _ = db.open_database(url, use=db.BATCH)
    demo.generate(engine, demo.DemoOptions(accounts=size, batch_size=5000))
    factory = db.session_factory(engine)
    with factory() as s:
        cole = s.scalar(sa.select(User).where(User.username == "cole"))
        actor = Actor(cole.id, cole.username, Role(cole.role), cole.team_id)
        mine = s.scalars(sa.select(Account.id).where(Account.assigned_to == cole.id, Account.balance >= 1000,
                                                     Account.status == "open")
                         .order_by(Account.id).limit(2)).all()
    plain, busy = mine
    today = dt.datetime.now(UTC).date()
    _busy_account(factory, actor, busy, today)
    at = dt.datetime.now(UTC)
    label = f"{size:,} accounts, {backend}"

    def today_figure() -> None:
        workspace.load(factory, actor, plain, at)

    def busy_workspace() -> None:
        workspace.load(factory, actor, busy, at)

    def busy_open() -> None:  # what opening the account reads: the workspace and each tab's panel
        workspace.load(factory, actor, busy, at)
        ledger.load(factory, actor, busy, today)
        timeline.account_timeline(factory, actor, busy)
        account_documents.list_documents(factory, actor, busy)

    baseline = _median_ms(today_figure)
    history = f"{ATTEMPTS} attempts, {INSTALMENTS} instalments, {PAYMENTS} payments, {DOCUMENTS} documents"
    out = [
        row(f"open a workspace, ordinary account ({label})", baseline, "ms", None,
            "today's open-workspace figure: accounts.workspace.load"),
        row(f"open a workspace, busy account: workspace read ({label})", _median_ms(busy_workspace), "ms", baseline,
            f"{history}; baseline: the ordinary account"),
        row(f"open a workspace, busy account: with every tab ({label})", _median_ms(busy_open), "ms",
            baseline, f"{history}; workspace + money + timeline + documents reads; baseline: the ordinary account"),
    ]
    engine.dispose()
    return out
