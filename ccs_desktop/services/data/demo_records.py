"""The demo portfolio's compliance records (models/facts.py): each fact the generator draws, with plausible
details, as the row the batch writes."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from typing import Any

from ...models import AttorneyRepresentation, Bankruptcy, CeaseRequest, ComplianceFlag, Deceased, Hardship
from ...models.enums import FlagKind

# The record tables, in the order the batch writes them (after persons; the attorney's record after the attorney).
MODELS = (Bankruptcy, Deceased, CeaseRequest, Hardship, AttorneyRepresentation)

DETAILS: dict[FlagKind, tuple[type, Callable[[random.Random, dt.date, dt.datetime, dt.date], dict[str, Any]]]] = {
    FlagKind.BANKRUPTCY: (Bankruptcy, lambda rng, placed, at, today: {
        "chapter": rng.choice((7, 7, 13)), "case_number": f"{rng.randint(1, 9)}:26-bk-{rng.randint(10000, 99999)}",
        "court": "U.S. Bankruptcy Court", "filed_on": placed + dt.timedelta(days=1)}),
    FlagKind.DECEASED: (Deceased, lambda rng, placed, at, today: {"died_on": placed - dt.timedelta(days=40)}),
    FlagKind.CEASE_REQUESTED: (CeaseRequest, lambda rng, placed, at, today: {"received_at": at,
                                                                             "received_via": "letter"}),
    FlagKind.HARDSHIP: (Hardship, lambda rng, placed, at, today: {
        "reason": rng.choice(("Job loss", "Medical", "Natural disaster")), "ends_on": today + dt.timedelta(days=60)}),
}


def rows(kinds: list[FlagKind], ids: Callable[[], uuid.UUID], person_id: uuid.UUID, account_id: uuid.UUID,
         placed: dt.date, at: dt.datetime, today: dt.date, holding: uuid.UUID | None = None,
         ) -> tuple[list[tuple[type, dict[str, Any]]], uuid.UUID | None]:
    """The rows of the drawn facts: a record with its details, or a bare flag (no calls at work, a dispute hold on
    this account, naming the dispute that holds it); and the id of the attorney's record, written with the attorney (`add_attorney`). One id per fact
    and the details drawn from the record's own id, so the portfolio's other draws stay as they were."""
    out: list[tuple[type, dict[str, Any]]] = []
    attorney = None
    for kind in kinds:
        record_id = ids()
        if kind in DETAILS:
            model, details = DETAILS[kind]
            out.append((model, {"id": record_id, "person_id": person_id, "debt_ids": [], "source": "demo",
                                "set_at": at, "set_reason": "Set from demo data",
                                **details(random.Random(record_id.int), placed, at, today)}))
        elif kind == FlagKind.ATTORNEY_REPRESENTED:
            attorney = record_id
        else:
            out.append((ComplianceFlag, {"id": record_id, "person_id": person_id, "kind": kind, "set_at": at,
                                         "account_id": account_id if kind == FlagKind.DISPUTE_UNVERIFIED else None,
                                         "detail": "Set from demo data",
                                         "reference": str(holding) if kind == FlagKind.DISPUTE_UNVERIFIED
                                         and holding is not None else None}))
    return out, attorney


def add_attorney(add: Callable[..., None], record_id: uuid.UUID, person_id: uuid.UUID, attorney_id: uuid.UUID,
                 firm: str, at: dt.datetime) -> None:
    add(AttorneyRepresentation, id=record_id, person_id=person_id, debt_ids=[], source="demo", set_at=at,
        set_reason="Set from demo data", attorney_id=attorney_id, firm=firm)
