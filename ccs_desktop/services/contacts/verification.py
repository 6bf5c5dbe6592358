"""The guided call: right-party verification before disclosure, and the client's call script.

The collector asks the person on the line for what the client provided (date of birth, last four of the SSN, the
address's ZIP code) and types the answers; `verify_identity` compares them with the record without showing the
record's values, audits the check (never the answers) and returns the result the contact attempt stores
(`AttemptInput.verification`): verified when at least two items were asked and every one matched, failed when
any did not match, incomplete otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import AccountParty, Client, Person
from ...models.enums import Role
from .. import access, audit
from ..context import Actor, ServiceError

ITEMS = ("dob", "ssn_last4", "zip")
ITEM_LABELS = {"dob": "Date of birth", "ssn_last4": "Last four of the SSN", "zip": "ZIP code of the address"}
NEEDED = 2
MAX_SCRIPT = 20_000


@dataclasses.dataclass(frozen=True)
class CallGuide:
    """What the guided call shows for an account: which items can be verified per party, the client's script."""

    items: dict[uuid.UUID, tuple[str, ...]]   # person id -> the ITEMS on record for them
    script: str | None
    client: str


def _zips(person: Person) -> set[str]:
    return {re.sub(r"\D", "", a.postal_code or "")[:5] for a in person.addresses
            if a.current and not a.bad_address and a.postal_code}


def _on_record(person: Person) -> tuple[str, ...]:
    found = []
    if person.date_of_birth is not None:
        found.append("dob")
    if person.ssn_last4:
        found.append("ssn_last4")
    if _zips(person):
        found.append("zip")
    return tuple(found)


def call_guide(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> CallGuide:
    with session_factory() as session:
        account = access.require_account(session, actor, account_id)
        client = session.get(Client, account.client_id)
        people = session.scalars(sa.select(Person).join(AccountParty, AccountParty.person_id == Person.id)
                                 .where(AccountParty.account_id == account_id)).all()
        return CallGuide({p.id: _on_record(p) for p in people}, (client.call_script or None) if client else None,
                         client.name if client else "")


def _parse_dob(text: str) -> dt.date:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%m-%d-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ServiceError("Write the date of birth as YYYY-MM-DD or MM/DD/YYYY.")


def verify_identity(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID,
                    person_id: uuid.UUID, answers: dict[str, str]) -> dict[str, object]:
    """Compare what the person said with the record; returns {"result", "checked", "mismatched"} (audited)."""
    given = {k: (v or "").strip() for k, v in answers.items() if k in ITEMS and (v or "").strip()}
    if not given:
        raise ServiceError("Ask for at least one item (date of birth, last four of the SSN, ZIP code) and type "
                           "what the person said.")
    with session_factory() as session, session.begin():
        access.require_workable(session, actor, account_id, write=False)
        linked = session.scalar(sa.select(AccountParty.id).where(AccountParty.account_id == account_id,
                                                                 AccountParty.person_id == person_id))
        person = session.get(Person, person_id)
        if linked is None or person is None:
            raise ServiceError("that person is not a party to this account")
        on_record = _on_record(person)
        checked, mismatched = [], []
        for item, value in given.items():
            if item not in on_record:
                continue  # nothing on record to compare with: not counted
            checked.append(item)
            if item == "dob":
                ok = _parse_dob(value) == person.date_of_birth
            elif item == "ssn_last4":
                ok = re.sub(r"\D", "", value)[-4:] == person.ssn_last4
            else:
                ok = re.sub(r"\D", "", value)[:5] in _zips(person)
            if not ok:
                mismatched.append(item)
        if mismatched:
            result = "failed"
        elif len(checked) >= min(NEEDED, len(on_record)) and checked:
            result = "verified"
        else:
            result = "incomplete"
        outcome = {"result": result, "checked": sorted(checked), "mismatched": sorted(mismatched),
                   "person_id": str(person_id)}
        audit.record(session, actor, "identity.checked", "person", person_id, account_id=account_id, after=outcome)
        return outcome


def set_call_script(session_factory: Callable[[], Session], actor: Actor, client_id: uuid.UUID,
                    script: str | None) -> None:
    """An admin sets (or clears, with None or blank) the call script of a client (audited)."""
    actor.require(Role.ADMIN, action="set a client's call script")
    text = (script or "").strip() or None
    if text is not None and len(text) > MAX_SCRIPT:
        raise ServiceError(f"A call script holds at most {MAX_SCRIPT} characters.")
    with session_factory() as session, session.begin():
        client = session.get(Client, client_id)
        if client is None:
            raise ServiceError("no such client")
        before = client.call_script
        client.call_script = text
        audit.record(session, actor, "client.call_script", "client", client_id,
                     before={"chars": len(before or "")}, after={"chars": len(text or "")})

