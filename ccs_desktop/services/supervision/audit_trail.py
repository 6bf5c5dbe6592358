"""The audit trail for supervisors: verify the hash chain, find an account, read its history.

The search and the history cover the accounts the actor may see (`access.visible_accounts`); verifying the chain
walks every event (it names only the first one that does not match).
"""

from __future__ import annotations

import dataclasses
import re
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Account, AuditEvent, Client, User
from .. import access, audit
from ..context import Actor
from .common import require_supervisor


def verify_audit_chain(session_factory: Callable[[], Session], actor: Actor,
                       progress: Callable[[int], None] | None = None) -> audit.ChainReport:
    """Walk the whole audit chain and name the first event that does not match."""
    require_supervisor(actor, "verify the audit trail")
    with session_factory() as s:
        return audit.verify(s, progress)


@dataclasses.dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    summary: str = ""      # what happened, in words ("Promise taken")
    details: str = ""      # what changed, in words ("Status: open → verification sent"), without ids


ACTIONS = {
    "account.assigned": "Account assigned", "account.placement_updated": "Placement data updated",
    "account.recalled": "Account recalled by the client", "accounts.bulk_assigned": "Accounts assigned",
    "contact.recorded": "Contact recorded", "contact.refused": "Contact refused by the guardrails",
    "contact.reviewed": "Call reviewed", "contact.review_acknowledged": "Review acknowledged",
    "dispute.recorded": "Dispute recorded", "dispute.hold": "Collection held for the dispute",
    "dispute.note_corrected": "Dispute note corrected", "dispute.open": "Dispute reopened",
    "dispute.proof_requested": "Proof requested from the client", "dispute.proof_received": "Proof received",
    "dispute.verification_sent": "Verification sent", "dispute.resolved": "Dispute resolved",
    "flag.set": "Compliance flag set", "flag.cleared": "Compliance flag cleared",
    "lease.take": "Checked out for offline work", "lease.release": "Returned from offline work",
    "lease.break": "Offline checkout broken", "letter.created": "Letter written", "letter.sent": "Letter sent",
    "letter.refused": "Letter refused by the guardrails", "override.granted": "Guardrail override granted",
    "payment.posted": "Payment posted", "payment.reversed": "Payment reversed",
    "person.channel_refused": "Consumer refused a channel", "person.consent": "Consent recorded",
    "person.inconvenient_time": "Inconvenient time recorded", "phone.marked": "Phone number marked",
    "placement.imported": "Placed by import", "promise.taken": "Promise taken", "promise.approved": "Promise approved",
    "promise.rejected": "Promise rejected", "promise.cancelled": "Promise cancelled", "promise.kept": "Promise kept",
    "promise.broken": "Promise broken", "retention.pseudonymise": "Personal data removed (retention)",
    "sync.conflict_resolve": "Sync conflict resolved",
}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_NOT_SHOWN = {"account_id", "sha256", "pdf_sha256", "hash", "op_id", "batch_id"}


def summary_of(action: str) -> str:
    return ACTIONS.get(action) or action.replace(".", ": ").replace("_", " ").capitalize()


def _value(value: Any) -> str | None:
    """A value in words; None when it is only an internal id."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == "":
        return "none"
    if isinstance(value, str):
        if _UUID.match(value):
            return None
        text = value.replace("_", " ") if re.fullmatch(r"[a-z_]+", value) else value
        return text if len(text) <= 80 else text[:79] + "…"
    if isinstance(value, (list, tuple)):
        parts = [p for p in (_value(v) for v in value) if p is not None]
        return ", ".join(parts) if parts else None
    if isinstance(value, dict):
        parts = [f"{k.replace('_', ' ')} {p}" for k, v in value.items() if (p := _value(v)) is not None]
        return "; ".join(parts) if parts else None
    return str(value)


def details_of(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """What an event changed, in words: "Status: open → resolved · Hold: yes → no"; ids are left out."""
    before, after = before or {}, after or {}
    out = []
    for key in list(dict.fromkeys([*before, *after])):
        if key in _NOT_SHOWN or key.endswith("_id") or key == "id":
            continue
        label = key.replace("_", " ").capitalize()
        old, new = _value(before.get(key)), _value(after.get(key))
        if key in before and key in after:
            if before[key] == after[key] or (old is None and new is None):
                continue
            out.append(f"{label}: {old or '…'} → {new or '…'}")
        elif key in after and new is not None:
            out.append(f"{label}: {new}")
        elif key in before and old is not None:
            out.append(f"{label}: was {old}")
    return " · ".join(out)


def find_accounts(session_factory: Callable[[], Session], actor: Actor, text: str, limit: int = 20,
                  ) -> list[tuple[uuid.UUID, str, str]]:
    """Accounts whose number starts with `text`: (id, number, client code)."""
    require_supervisor(actor, "browse the audit trail")
    text = text.strip()
    if not text:
        return []
    with session_factory() as s:
        return [(r[0], r[1], r[2]) for r in s.execute(
            sa.select(Account.id, Account.client_account_number, Client.code).join(Client, Client.id == Account.client_id)
            .where(Account.client_account_number.like(text.replace("%", "").replace("_", "") + "%"),
                   access.visible_accounts(actor))
            .order_by(Account.client_account_number).limit(limit))]


def account_history(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID) -> list[AuditRow]:
    """Every audit event about one account, in chain order."""
    require_supervisor(actor, "browse the audit trail")
    with session_factory() as s:
        access.require_account(s, actor, account_id, action="read the history of")
        q = (sa.select(AuditEvent, User.display_name).outerjoin(User, User.id == AuditEvent.user_id)
             .where(AuditEvent.account_id == account_id).order_by(AuditEvent.seq))
        names = {str(uid): n for uid, n in s.execute(sa.select(User.id, User.display_name))}
        rows = []
        for e, name in s.execute(q):
            before, after = _named(e.before, names), _named(e.after, names)
            rows.append(AuditRow(e.seq, e.at, name or "system", e.action, e.entity, e.entity_id, before, after,
                                 e.reason, summary_of(e.action), details_of(before, after)))
        return rows


def _named(values: dict[str, Any] | None, names: dict[str, str]) -> dict[str, Any] | None:
    """Show users by name in an event's before/after (the stored event keeps the ids)."""
    if not values:
        return values
    return {k: names.get(v, v) if isinstance(v, str) else v for k, v in values.items()}
