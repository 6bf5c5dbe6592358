"""The guardrail flags derived from the records in force, read set-based for one person or a page of people.

A record in force is one not cleared (a hardship also ends on its end date). It covers the person as a whole
(`debt_ids` empty: the flag goes to `person.flags`) or only the debts it lists (`debt.flags` of those debts). The
flags that stay bare `compliance_flags` rows (no contact at work, dispute holds; rows of an earlier version a test
or tool may still write) are read alongside, with their own scope: a row with an account is about that debt only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import ComplianceFlag, Deceased
from ...models.facts import RECORDS

UTC = dt.timezone.utc
CHUNK = 2000


@dataclasses.dataclass(frozen=True)
class InForce:
    """One flag in force for a person: on every debt (`debt_ids` empty) or on the listed debts."""

    person_id: uuid.UUID
    flag: str
    debt_ids: tuple[str, ...]
    ends_on: dt.date | None = None
    # An attorney's representation whose attorney consented to direct contact or did not respond in time
    # (15 U.S.C. 1692c(a)(2)): still recorded, no longer a block; the engine is given it as a consent.
    lifted: bool = False

    def live(self, today: dt.date) -> bool:
        return self.ends_on is None or self.ends_on >= today

    def on(self, account_id: uuid.UUID | str) -> bool:
        """Whether it applies to this debt."""
        return not self.debt_ids or str(account_id) in self.debt_ids


def in_force_statement(member: Callable[[Any], Any]) -> sa.CompoundSelect:
    """Every record and bare flag in force for the persons `member(person_id column)` selects, as rows of
    (person_id, flag, debt_ids, account_id, ends_on, lifted): one UNION ALL, so a queue page pays one round trip."""
    selects = []
    # The table with an end date first: PostgreSQL types a NULL column of the later branches from the first one.
    for model, flag in sorted(RECORDS, key=lambda r: not hasattr(r[0], "ends_on")):
        ends_on = model.ends_on if hasattr(model, "ends_on") else sa.type_coerce(sa.null(), sa.Date())
        lifted = (sa.case((model.direct_contact.is_not(None), 1), else_=0) if hasattr(model, "direct_contact")
                  else sa.literal(0, sa.Integer))
        selects.append(sa.select(model.person_id.label("person_id"), sa.literal(flag, sa.String(32)).label("flag"),
                                 sa.cast(model.debt_ids, sa.Text).label("debt_ids"),
                                 sa.cast(sa.null(), sa.Uuid()).label("account_id"),
                                 ends_on.label("ends_on"), lifted.label("lifted"))
                       .where(member(model.person_id), model.cleared_at.is_(None)))
    selects.append(sa.select(ComplianceFlag.person_id, sa.cast(ComplianceFlag.kind, sa.String(32)),
                             sa.cast(sa.null(), sa.Text), ComplianceFlag.account_id, sa.type_coerce(sa.null(), sa.Date()),
                             sa.literal(0, sa.Integer))
                   .where(member(ComplianceFlag.person_id), ComplianceFlag.cleared_at.is_(None)))
    return sa.union_all(*selects)


def _debt_list(text: Any) -> tuple[str, ...]:
    import json

    if text is None:
        return ()
    values = json.loads(text) if isinstance(text, str) else text
    return tuple(str(v) for v in values or ())


def rows_to_in_force(rows: Iterable[Any], today: dt.date) -> dict[uuid.UUID, list[InForce]]:
    out: dict[uuid.UUID, list[InForce]] = defaultdict(list)
    for row in rows:
        person = row.person_id if isinstance(row.person_id, uuid.UUID) else uuid.UUID(str(row.person_id))
        debts = (str(row.account_id),) if row.account_id is not None else _debt_list(row.debt_ids)
        entry = InForce(person, str(row.flag), debts, row.ends_on, bool(row.lifted))
        if entry.live(today):
            out[person].append(entry)
    return out


def read_in_force(session: Session, person_ids: Iterable[uuid.UUID],
                  today: dt.date | None = None) -> dict[uuid.UUID, list[InForce]]:
    ids = list(set(person_ids))
    if not ids:
        return {}
    today = today or dt.datetime.now(UTC).date()
    rows: list[Any] = []
    for start in range(0, len(ids), CHUNK):  # the statement names the ids once per table: keep under SQLite's limit
        chunk = ids[start:start + CHUNK]
        rows += session.execute(in_force_statement(lambda column: column.in_(chunk))).all()
    return rows_to_in_force(rows, today)


def flags_on(entries: Iterable[InForce], account_id: uuid.UUID | str) -> frozenset[str]:
    """Every flag that blocks or warns about a contact about this debt: the person's, and those of this debt."""
    return frozenset(e.flag for e in entries if e.on(account_id) and not e.lifted)


def person_wide(entries: Iterable[InForce]) -> frozenset[str]:
    return frozenset(e.flag for e in entries if not e.debt_ids)


def debt_flags(entries: Iterable[InForce], account_id: uuid.UUID | str) -> frozenset[str]:
    """The flags recorded on this debt only."""
    key = str(account_id)
    return frozenset(e.flag for e in entries if key in e.debt_ids)


def representatives(session: Session, person_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """For each of these persons who is the estate's representative of a deceased consumer (a record in force):
    the consumer's id."""
    ids = list(set(person_ids))
    if not ids:
        return {}
    return {rep: consumer for rep, consumer in session.execute(
        sa.select(Deceased.representative_id, Deceased.person_id)
        .where(Deceased.representative_id.in_(ids), Deceased.cleared_at.is_(None)))}
