"""The queue's priority score: transparent weights an admin can change, and an explanation per account."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

DEFAULT_WEIGHTS: dict[str, Decimal] = {
    "balance": Decimal("30"),        # larger balances first (full weight at 10,000 or more)
    "age": Decimal("15"),            # fresher debts first (falls to zero at five years since charge-off)
    "last_payment": Decimal("10"),   # paid in the last 90 days
    "promise_due": Decimal("25"),    # a promise instalment due today or overdue within grace
    "broken_promise": Decimal("35"), # a promise was broken: tomorrow's work
    "callback_due": Decimal("30"),   # a callback the consumer asked for is due
    "dispute": Decimal("-40"),       # an open dispute: hold back
    "right_party": Decimal("10"),    # prior right-party contacts (full weight at three)
}

WEIGHTS_SETTING_KEY = "queue.score_weights"
FULL_BALANCE = Decimal("10000")
CENT = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class ScoreInputs:
    balance: Decimal
    charge_off_date: dt.date | None
    last_payment_date: dt.date | None
    promise_due: bool
    broken_promise: bool
    callback_due: bool
    open_dispute: bool
    right_party_contacts: int


def score(inputs: ScoreInputs, today: dt.date, weights: dict[str, Decimal] | None = None) -> tuple[Decimal, dict[str, Any]]:
    """The score and each component's contribution (what the workspace shows as "why it is here")."""
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    parts: dict[str, Decimal] = {}
    parts["balance"] = w["balance"] * min(max(inputs.balance, Decimal(0)) / FULL_BALANCE, Decimal(1))
    if inputs.charge_off_date is not None:
        days = max((today - inputs.charge_off_date).days, 0)
        parts["age"] = w["age"] * max(Decimal(0), Decimal(1) - Decimal(days) / Decimal(1825))
    if inputs.last_payment_date is not None and (today - inputs.last_payment_date).days <= 90:
        parts["last_payment"] = w["last_payment"]
    if inputs.promise_due:
        parts["promise_due"] = w["promise_due"]
    if inputs.broken_promise:
        parts["broken_promise"] = w["broken_promise"]
    if inputs.callback_due:
        parts["callback_due"] = w["callback_due"]
    if inputs.open_dispute:
        parts["dispute"] = w["dispute"]
    if inputs.right_party_contacts:
        parts["right_party"] = w["right_party"] * min(Decimal(inputs.right_party_contacts) / Decimal(3), Decimal(1))
    parts = {k: v.quantize(CENT) for k, v in parts.items() if v}
    total = sum(parts.values(), Decimal(0)).quantize(CENT)
    return total, {k: str(v) for k, v in parts.items()}
