"""Importing a client's placement file: the use case and its one transaction.

`import_file` reads the file, checks every row (`checking`), looks up accounts the client placed before and, in ONE
transaction, writes the placement batch and the new accounts in bulk batches (`writer`): a batch is written while
the next is checked. A cancelled or failed import, or a trailer whose total the rows do not reach, rolls the
transaction back: the database is as it was. An all-or-nothing import with a single rejected row writes nothing
at all. An account the client placed before follows the client's duplicate policy (reject, or update an open
account: `_update`).

Progress is a plain ``progress(done, total)`` callback, cancel a ``cancelled() -> bool`` callback (the UI adapts
both; the CLI prints).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from ...access_rule import Capability
from ...models import Account, AccountParty, BalanceTransaction, Email, Phone, Placement, User, new_id, utcnow
from ...models.enums import AccountStatus, PartyRole, Role, TransactionKind
from .. import audit
from ..accounts.queue_fields import score_weights
from ..context import Actor, Changes, ServiceError
from . import writer
from .checking import Checking, PlacementRow, Validation, gc_paused
from .errors import ImportCancelled, ImportFileError, RowError, counted
from .fields import MONEY_COMPONENTS, ZERO
from .files import load_bytes, read_table
from .maps import DEFAULT_MAP_NAME, ColumnMap, find_client, guess_map

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
MODES = ("valid_rows", "all_or_nothing")

ITEMIZATION_KEYS = ("itemization_date", "itemization_reference", "itemization_balance", "itemization_account_number")


@dataclasses.dataclass
class ImportResult:
    file_name: str
    committed: bool
    placement_id: uuid.UUID | None
    data_rows: int
    imported: int
    updated: int
    rejected: int
    amount_placed: Decimal
    trailer_total: Decimal | None
    errors: list[RowError]
    warnings: list[str]
    account_ids: list[uuid.UUID]
    message: str

    @property
    def changes(self) -> Changes:
        return Changes.for_accounts(self.account_ids) if self.committed else Changes()


def existing_accounts(session: Session, client_id: uuid.UUID, numbers: list[str]) -> dict[str, Account]:
    """The client's accounts placed before under any of these numbers. The numbers go as one array on PostgreSQL
    and in chunks of an expanding IN on SQLite; only the accounts found are loaded as objects."""
    accounts = Account.__table__
    if session.get_bind().dialect.name == "postgresql":
        member = accounts.c.client_account_number == sa.any_(sa.bindparam("numbers",
                                                                            type_=postgresql.ARRAY(sa.String())))
        chunks = [numbers]
    else:
        member = accounts.c.client_account_number.in_(sa.bindparam("numbers", expanding=True))
        chunks = [numbers[start:start + 5000] for start in range(0, len(numbers), 5000)]
    query = sa.select(accounts.c.id).where(accounts.c.client_id == client_id, member)
    conn = session.connection()
    ids = [found for chunk in chunks for found in conn.execute(query, {"numbers": chunk}).scalars()]
    found: dict[str, Account] = {}
    for start in range(0, len(ids), 500):
        for account in session.scalars(sa.select(Account).where(Account.id.in_(ids[start:start + 500]))):
            found[account.client_account_number] = account
    return found


def _collectors(session: Session) -> list[uuid.UUID]:
    """Active collectors, the one with the fewest open accounts first."""
    load = sa.select(sa.func.count()).select_from(Account).where(
        Account.assigned_to == User.id, Account.status == AccountStatus.OPEN).scalar_subquery()
    return list(session.scalars(sa.select(User.id).where(User.role == Role.COLLECTOR, User.active.is_(True))
                                .order_by(load, User.username)))


def import_file(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                source: Path | str | bytes, column_map: ColumnMap | None = None, **options: Any) -> ImportResult:
    """Import a placement file for a client. See the module docstring for what is checked and written.

    Options: map_name, file_name, mode ("valid_rows" | "all_or_nothing"), assign (spread new accounts over the
    active collectors), progress, cancelled, batch_size, today, validation (a `validate_file` result of the
    same bytes, to skip checking again).
    """
    with gc_paused():
        return _import(session_factory, actor, client, source, column_map, **options)


def _import(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
            source: Path | str | bytes, column_map: ColumnMap | None = None, *, map_name: str | None = None,
            file_name: str | None = None, mode: str = "valid_rows", assign: bool = True,
            progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
            batch_size: int = 5000, today: dt.date | None = None,
            validation: Validation | None = None) -> ImportResult:
    actor.require_to(Capability.IMPORT)
    if mode not in MODES:
        raise ServiceError(f"The import mode is one of {', '.join(MODES)}.")
    data = load_bytes(source)
    file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "placement file")
    today = today or dt.datetime.now(UTC).date()
    with session_factory() as s:
        found = find_client(s, client)
        client_id, client_code, currency, policy = found.id, found.code, found.currency, found.duplicate_policy
        maps = dict(found.import_maps or {})
        digest = hashlib.sha256(data).hexdigest()
        earlier = s.execute(sa.select(Placement.received_at, Placement.file_name).where(
            Placement.client_id == client_id, Placement.file_sha256 == digest)).first()
    if earlier is not None:
        raise ImportFileError(f"This file was already imported for {client_code} on "
                              f"{earlier.received_at:%Y-%m-%d %H:%M} UTC (as {earlier.file_name}). Nothing was imported.")
    table = None  # the file, once read to guess the map
    if column_map is None:
        name = map_name or DEFAULT_MAP_NAME
        if name in maps:
            column_map = ColumnMap.from_json(maps[name])
        elif map_name:
            raise ServiceError(f"Client {client_code} has no column map {map_name!r} "
                               f"(it has: {', '.join(sorted(maps)) or 'none'}).")
        else:
            table = read_table(data, file_name)
            column_map = guess_map(table.headers)  # the defaults read_table used: UTF-8, the first sheet
    country = "CA" if currency == "CAD" else "US"
    checking: Checking | None = None
    if validation is None or validation.sha256 != digest or validation.country != country:
        checking = Checking(data, column_map, file_name=file_name, today=today, default_country=country,
                             table=table)
        numbers = checking.account_numbers()
        batches = checking.batches(batch_size, progress, cancelled)
        checked_errors = checking.errors
    else:
        numbers = [r.account_number for r in validation.rows]
        batches = _batches(validation.rows, batch_size, progress, cancelled)
        checked_errors = validation.errors
    column = column_map.columns.get("account_number")
    try:
        with session_factory() as s, s.begin():
            existing = existing_accounts(s, client_id, numbers)
            now = utcnow()
            placement_id = new_id()
            try:
                s.execute(sa.insert(Placement.__table__), [{
                    **writer.template(Placement, now), "id": placement_id, "client_id": client_id, "received_at": now,
                    "file_name": file_name[:260], "file_sha256": digest, "account_count": 0, "rejected_count": 0,
                    "amount_placed": ZERO, "imported_by": actor.user_id}])
            except sa.exc.IntegrityError as exc:
                if not _is_repeat(exc):
                    raise
                raise ImportFileError(f"This file was already imported for {client_code} (by an import that "
                                      "finished while this one was checking it). Nothing was imported.") from exc
            collectors = _collectors(s) if assign else []
            weights = score_weights(s)
            make_id = writer.IdBlock()
            ids: list[uuid.UUID] = []
            updates: list[tuple[PlacementRow, Account]] = []
            refused: list[RowError] = []
            imported = 0
            amount = ZERO
            with writer.large_page_cache(s), writer.sending(s.connection()) as sender:
                for batch in batches:
                    new_rows: list[PlacementRow] = []
                    for row in batch:
                        account = existing.get(row.account_number)
                        if account is None:
                            new_rows.append(row)
                        elif policy == "update" and account.status == AccountStatus.OPEN:
                            updates.append((row, account))
                        elif policy == "update":
                            refused.append(RowError(row.line, "account_number", column, row.account_number,
                                                    f"the account was placed before and is {account.status.value}; "
                                                    "it cannot be updated"))
                        else:
                            placed = f" on {account.placed_on:%Y-%m-%d}" if account.placed_on else ""
                            refused.append(RowError(row.line, "account_number", column, row.account_number,
                                                    f"{client_code} already placed this account{placed} (the "
                                                    "client's duplicate policy is to reject)"))
                    if mode == "all_or_nothing" and (refused or checked_errors):
                        continue  # nothing will be kept: the rest is only checked, for the report
                    if new_rows:
                        ids.extend(writer.write_batch(sender, new_rows, client_id, placement_id, currency, collectors,
                                                imported, now, today, weights, make_id))
                        imported += len(new_rows)
                        amount += sum((r.placed_total for r in new_rows), ZERO)
            validation = checking.validation() if checking is not None else validation
            assert validation is not None
            n = validation.data_rows
            errors = sorted([*validation.errors, *refused], key=lambda e: e.line)
            rejected = len({e.line for e in errors})
            trailer_total = validation.trailer.total if validation.trailer else None
            if mode == "all_or_nothing" and errors:
                raise _NothingImported(ImportResult(
                    file_name, False, None, n, 0, 0, rejected, ZERO, trailer_total, errors, validation.warnings, [],
                    f"{rejected:,} of {n:,} rows were rejected; all-or-nothing: nothing was imported."))
            if not imported and not updates:
                raise _NothingImported(ImportResult(
                    file_name, False, None, n, 0, 0, rejected, ZERO, trailer_total, errors, validation.warnings, [],
                    f"No row of {file_name} can be imported ({rejected:,} rejected)."))
            s.execute(sa.update(Placement.__table__).where(Placement.__table__.c.id == placement_id).values(
                account_count=imported, rejected_count=rejected, amount_placed=amount, trailer_total=trailer_total))
            for row, account in updates:
                if cancelled and cancelled():
                    raise ImportCancelled()
                _update(s, actor, row, account, now, today)
                ids.append(account.id)
            audit.record(s, actor, "placement.imported", "placement", placement_id, after={
                "client": client_code, "file": file_name, "sha256": digest, "mode": mode, "rows": n,
                "imported": imported, "updated": len(updates), "rejected": rejected, "amount_placed": amount,
                "trailer_total": trailer_total})
    except _NothingImported as nothing:
        return nothing.result
    message = (f"{counted(imported, 'account')} imported ({amount:,} {currency} placed)"
               + (f", {len(updates):,} updated" if updates else "")
               + (f", {counted(rejected, 'row')} rejected" if rejected else "") + ".")
    log.info("placement %s for %s: %d new, %d updated, %d rejected", placement_id, client_code, imported,
             len(updates), rejected)
    return ImportResult(file_name, True, placement_id, n, imported, len(updates), rejected, amount, trailer_total,
                        errors, validation.warnings, ids, message)


class _NothingImported(Exception):
    """Leaves an import's transaction rolled back, carrying the result that says why."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.message)
        self.result = result


def _batches(rows: list[PlacementRow], size: int, progress: Callable[[int, int], None] | None,
             cancelled: Callable[[], bool] | None) -> Iterator[list[PlacementRow]]:
    """Rows checked beforehand, a batch at a time, with the same progress and cancel as rows checked on the way."""
    for start in range(0, len(rows), size):
        if cancelled and cancelled():
            raise ImportCancelled()
        yield rows[start:start + size]
        if progress:
            progress(min(start + size, len(rows)), len(rows))



def _is_repeat(exc: sa.exc.IntegrityError) -> bool:
    """The unique index on (client, file hash) refused the placement: its name (PostgreSQL) or columns (SQLite)."""
    text = str(exc.orig)
    return "uq_placements_client_file" in text or "placements.file_sha256" in text




def _update(s: Session, actor: Actor, row: PlacementRow, account: Account, now: dt.datetime, today: dt.date) -> None:
    """A re-placed open account: refresh what the client knows, post an adjustment for a changed balance."""
    a = row.account
    before = {k: getattr(account, k) for k in (*MONEY_COMPONENTS, "placed_balance", "original_creditor",
                                               "charge_off_date", "delinquency_date", *ITEMIZATION_KEYS)}
    change = {k: a[k] - getattr(account, k) for k in MONEY_COMPONENTS}
    if any(change.values()):
        s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT, at=now, effective_on=today,
                                 posted_by=actor.user_id, memo="Balance updated by the client's placement file",
                                 **change))
        for k in MONEY_COMPONENTS:
            setattr(account, k, getattr(account, k) + change[k])
        account.balance = account.component_sum()
        account.placed_balance = row.placed_total
    for k in ("original_creditor", "charge_off_date", "delinquency_date", "last_payment_date", "last_payment_amount"):
        if a.get(k) is not None:
            setattr(account, k, a[k])
    if a.get("itemization_date") is not None:  # the four itemization facts come together (checking)
        for k in ITEMIZATION_KEYS:
            setattr(account, k, a[k])
    person_id = s.scalar(sa.select(AccountParty.person_id).where(AccountParty.account_id == account.id,
                                                                 AccountParty.role == PartyRole.CONSUMER))
    if person_id is not None:
        known = set(s.scalars(sa.select(Phone.e164).where(Phone.person_id == person_id)))
        for e164, digits, ptype in row.phones:
            if e164 not in known:
                s.add(Phone(person_id=person_id, e164=e164, digits=digits, type=ptype, source="placement"))
        if row.email and not s.scalar(sa.select(sa.func.count()).select_from(Email).where(
                Email.person_id == person_id, sa.func.lower(Email.address) == row.email)):
            s.add(Email(person_id=person_id, address=row.email, source="placement"))
    s.flush()
    from ..accounts.queue_fields import refresh_queue_fields

    refresh_queue_fields(s, account.id)
    after = {k: getattr(account, k) for k in before}
    audit.record(s, actor, "account.placement_updated", "account", account.id, account_id=account.id,
                 before=before, after=after, reason=f"placement file line {row.line}")
