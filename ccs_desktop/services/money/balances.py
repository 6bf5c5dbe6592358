"""An account's balance by component: paying a sum across the components in a client's order, applying a
change, and proving that the stored balances are the sum of the account's balance transactions.

Every change to a balance is a posted balance transaction (`payments` posts and reverses payments, `evaluation`
writes off the rest of a settlement kept in full); these are the pieces both use.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, BalanceTransaction, to_money
from ...models.base import Money
from ..context import ServiceError
from .schedules import ZERO

COMPONENTS = ("costs", "fees", "interest", "principal")


def fmt_money(amount: Decimal, currency: str = "USD") -> str:
    sign = "-" if amount < 0 else ""
    symbol = {"USD": "$", "CAD": "CA$"}.get(currency, currency + " ")
    return f"{sign}{symbol}{abs(amount):,.2f}"


# --- allocation (pure) -----------------------------------------------------------------------------------


def parse_order(order: str | Iterable[str]) -> tuple[str, ...]:
    """A client's allocation order, validated: every component exactly once."""
    parts = tuple(p.strip().lower() for p in (order.split(",") if isinstance(order, str) else order) if p.strip())
    if sorted(parts) != sorted(COMPONENTS):
        raise ServiceError(f"The allocation order {','.join(parts) or '(empty)'} must name each of "
                           f"{', '.join(COMPONENTS)} exactly once.")
    return parts


def allocate(order: str | Iterable[str], balance: Mapping[str, Decimal], amount: Decimal) -> dict[str, Decimal]:
    """How much of `amount` goes to each component, first to last in `order`, never more than it holds.

    The parts sum to exactly `amount`; an amount above the total balance is refused.
    """
    components = parse_order(order)
    owed = sum((max(balance[c], ZERO) for c in components), ZERO)
    if amount > owed:
        raise ServiceError(f"The payment {fmt_money(amount)} is more than the balance {fmt_money(owed)}.")
    left, parts = amount, {}
    for c in components:
        take = min(left, max(balance[c], ZERO))
        parts[c] = take
        left -= take
    return parts


# --- balances ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class BalanceCheck:
    account_id: uuid.UUID
    stored: dict[str, Decimal]
    from_transactions: dict[str, Decimal]

    @property
    def ok(self) -> bool:
        return self.stored == self.from_transactions


def stored_balances(account: Account) -> dict[str, Decimal]:
    return {**{c: getattr(account, c) for c in COMPONENTS}, "balance": account.balance}


def recompute_balances(session: Session, account_id: uuid.UUID, fix: bool = False) -> BalanceCheck:
    """The account's balances summed from its transactions, against the stored ones (fixed when asked)."""
    account = session.get(Account, account_id)
    if account is None:
        raise ServiceError("That account does not exist.")
    sums = session.execute(sa.select(*(sa.func.coalesce(sa.func.sum(getattr(BalanceTransaction, c)), 0)
                                       for c in COMPONENTS)).where(BalanceTransaction.account_id == account_id)).one()
    summed = {c: to_money(v) for c, v in zip(COMPONENTS, sums)}
    summed["balance"] = sum((summed[c] for c in COMPONENTS), ZERO)
    check = BalanceCheck(account_id, stored_balances(account), summed)
    if fix and not check.ok:
        for c in COMPONENTS:
            setattr(account, c, summed[c])
        account.balance = summed["balance"]
    return check


def verify_all_balances(session_factory, batch: int = 10_000) -> list[BalanceCheck]:
    """Every account whose stored balances differ from the sum of its transactions (set-based, by key)."""
    at, bt = Account.__table__, BalanceTransaction.__table__
    bad: list[BalanceCheck] = []
    last = None
    with session_factory() as s:
        while True:
            ids = sa.select(at.c.id).order_by(at.c.id).limit(batch)
            if last is not None:
                ids = ids.where(at.c.id > last)
            chunk = list(s.scalars(ids))
            if not chunk:
                return bad
            last = chunk[-1]
            sums = sa.select(bt.c.account_id, *(sa.func.sum(bt.c[c]).label(c) for c in COMPONENTS)).where(
                bt.c.account_id.in_(chunk)).group_by(bt.c.account_id).subquery()
            rows = s.execute(sa.select(at.c.id, *(at.c[c] for c in COMPONENTS), at.c.balance,
                                       *(sa.func.coalesce(sums.c[c], 0).label(f"t_{c}") for c in COMPONENTS))
                             .outerjoin(sums, sums.c.account_id == at.c.id).where(at.c.id.in_(chunk)))
            for r in rows:
                stored = {c: getattr(r, c) for c in COMPONENTS} | {"balance": r.balance}
                summed = {c: to_money(Money().process_result_value(getattr(r, f"t_{c}"), s.bind.dialect)
                                      if not isinstance(getattr(r, f"t_{c}"), Decimal) else getattr(r, f"t_{c}"))
                          for c in COMPONENTS}
                summed["balance"] = sum((summed[c] for c in COMPONENTS), ZERO)
                if stored != summed:
                    bad.append(BalanceCheck(r.id, stored, summed))


def apply_change(account: Account, change: Mapping[str, Decimal]) -> None:
    for c in COMPONENTS:
        setattr(account, c, getattr(account, c) + change.get(c, ZERO))
    account.balance = account.component_sum()
