"""Which tables travel between the shared database and a cache, how, and how their values go into JSON.

Every table with a ``server_seq`` column is stamped by the server; the sync layer decides per table:

- whether a cache pushes local changes of it (``PUSHED``): everything a service may write, except the
  sync bookkeeping itself;
- whether, and which of its rows, a cache pulls (``scope``): reference data whole, account data only for
  the accounts the cache holds;
- which of its columns a cache never receives (``NOT_PULLED_COLUMNS``): password hashes and other users'
  sign-in bookkeeping stay on the shared database, whoever syncs;
- how an edit of a field merges when the row changed on the server in the meantime (``merge_rule``).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
import uuid
from typing import Any

import sqlalchemy as sa

from ..models import APPEND_ONLY_TABLES, Base
from ..models.base import Money, UTCDateTime

# Bookkeeping that never travels as an outbox operation.
LOCAL_ONLY = frozenset({"outbox", "sync_cursors", "applied_operations", "audit_chain_head", "sync_conflicts",
                        "leases", "workstations"})

# Pull scopes.
REFERENCE = "reference"      # the whole table
ACCOUNT = "account"          # rows of the held accounts
PERSON = "person"            # rows of the persons on the held accounts
ACCOUNT_OR_PERSON = "account_or_person"  # account rows, or the person's rows that apply to every account
DISPUTE = "dispute"          # rows of the held accounts' disputes
CONTACT = "contact"          # rows of the held accounts' contact attempts
OWN = "own"                  # this workstation's rows (conflicts)
NOT_PULLED = "not_pulled"

SCOPES: dict[str, str] = {
    "accounts": ACCOUNT, "account_parties": ACCOUNT, "contact_attempts": ACCOUNT, "overrides": ACCOUNT,
    "notes": ACCOUNT, "promises": ACCOUNT, "instalments": ACCOUNT, "payments": ACCOUNT,
    "balance_transactions": ACCOUNT, "disputes": ACCOUNT, "letters": ACCOUNT, "leases": ACCOUNT,
    "documents": ACCOUNT,
    "persons": PERSON, "phones": PERSON, "addresses": PERSON, "emails": PERSON, "inconvenient_times": PERSON,
    "compliance_flags": ACCOUNT_OR_PERSON, "consents": ACCOUNT_OR_PERSON,
    # Compliance records are about a person (on every debt or the debts they list): a cache holding any of the
    # person's accounts holds them all, so its guardrails decide on every fact it was given.
    "bankruptcies": PERSON, "deceased_records": PERSON, "attorney_representations": PERSON,
    "cease_requests": PERSON, "complaints": PERSON, "hardships": PERSON,
    "dispute_events": DISPUTE, "dispute_notes": DISPUTE,
    "contact_reviews": CONTACT,
    "clients": REFERENCE, "placements": REFERENCE, "users": REFERENCE, "teams": REFERENCE,
    "result_codes": REFERENCE, "dispute_types": REFERENCE, "review_checklist_items": REFERENCE,
    "app_settings": REFERENCE, "agency_profile": REFERENCE, "rule_pack_versions": REFERENCE, "letter_templates": REFERENCE,
    "workstations": REFERENCE,
    "sync_conflicts": OWN,
    # The cache keeps its own audit chain; its events are re-chained on the server when pushed.
    "audit_events": NOT_PULLED,
    # Which scrub files were imported (by the admin, on the shared database): of no use offline.
    "scrub_files": NOT_PULLED,
}

# Columns that never travel to a cache. On PostgreSQL a collector's or supervisor's login role cannot even read
# users.password_hash (migrations/security.py): selecting it would fail the whole sync. The rest is other users'
# sign-in bookkeeping, of no use offline (sign-in and the idle lock check the password on the server).
NOT_PULLED_COLUMNS: dict[str, frozenset[str]] = {
    "users": frozenset({"password_hash", "failed_logins", "locked_until", "password_changed_at"}),
}

# Fields the services derive from other records (the queue inputs): a concurrent change never becomes a
# conflict for a person; the server keeps its value and recomputes the account after the push.
DERIVED_FIELDS: dict[str, frozenset[str]] = {
    "accounts": frozenset({
        "priority_score", "score_detail", "last_contact_at", "last_result", "callback_at", "next_promise_due",
        "has_broken_promise", "next_allowed_at", "tz_group", "contact_blocked", "blocked_reason",
        "last_payment_date", "last_payment_amount", "consumer_search_name",
    }),
}
# Counters and balances moved by append-only postings: concurrent changes add up (server + local delta).
ADDITIVE_FIELDS: dict[str, frozenset[str]] = {
    "accounts": frozenset({"principal", "interest", "fees", "costs", "balance", "right_party_contacts"}),
}
# Never compared: bookkeeping the database keeps.
IGNORED_FIELDS = frozenset({"server_seq", "row_version", "updated_at", "created_at"})
# Local-only settings rows of a cache (its identity) that are never pushed.
LOCAL_SETTING_PREFIX = "sync."


def synced_tables() -> list[sa.Table]:
    """Tables carrying ``server_seq``, parents before children."""
    return [t for t in Base.metadata.sorted_tables if "server_seq" in t.c]


def pulled_tables() -> list[sa.Table]:
    return [t for t in synced_tables() if SCOPES.get(t.name, NOT_PULLED) != NOT_PULLED]


def pulled_columns(table: sa.Table) -> list[sa.Column[Any]]:
    """The columns of `table` that a cache receives (a select of these is what the pull and check-out send)."""
    hidden = NOT_PULLED_COLUMNS.get(table.name, frozenset())
    return [c for c in table.c if c.name not in hidden]


def not_pulled_values(table: sa.Table) -> dict[str, Any]:
    """What a cache holds in the columns it never receives: NULL, or the column's default when it has to have
    one (a cache filled by an earlier version is cleared to this)."""
    out: dict[str, Any] = {}
    for name in sorted(NOT_PULLED_COLUMNS.get(table.name, ())):
        column = table.c[name]
        default = column.default.arg if column.default is not None and column.default.is_scalar else None
        out[name] = None if column.nullable else default
    return out


def pushed(table_name: str) -> bool:
    return table_name not in LOCAL_ONLY and table_name in Base.metadata.tables and \
        "server_seq" in Base.metadata.tables[table_name].c


def is_append_only(table_name: str) -> bool:
    return table_name in APPEND_ONLY_TABLES


def merge_rule(table_name: str, field: str) -> str:
    if field in DERIVED_FIELDS.get(table_name, ()):
        return "derived"
    if field in ADDITIVE_FIELDS.get(table_name, ()):
        return "additive"
    return "field"


TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


# --- values <-> JSON ------------------------------------------------------------------------------


def encode(column: sa.Column[Any], value: Any) -> Any:
    """A column value as JSON (decoded back by `decode` with the same column)."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode(column: sa.Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Money):
        return decimal.Decimal(value)
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Uuid):
        return uuid.UUID(value)
    if isinstance(kind, sa.Enum):
        return kind.enum_class(value) if kind.enum_class is not None else value
    if isinstance(kind, sa.DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, sa.Time):
        return dt.time.fromisoformat(value)
    if isinstance(kind, sa.Numeric) and not isinstance(kind, (sa.Integer, sa.Float)):
        return decimal.Decimal(value)
    if isinstance(kind, sa.LargeBinary):
        return base64.b64decode(value)
    return value


def encode_row(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    return {k: encode(table.c[k], v) for k, v in row.items() if k in table.c}


def decode_row(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    return {k: decode(table.c[k], v) for k, v in row.items() if k in table.c}


def pk_of(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def pk_key(table_name: str, pk: dict[str, Any]) -> str:
    """A stable text key for a row (its table and encoded primary key)."""
    return table_name + ":" + "|".join(str(pk[k]) for k in sorted(pk))
