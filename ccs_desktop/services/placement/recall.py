"""Recall files: a client takes accounts back. Each listed open account is closed (status recalled, out of every
queue) in one transaction, with an audit event per account; unknown numbers and accounts that are not open are
reported per line.

The account numbers are in the column named by the caller, or recognised from the header. A file of one column
whose first line is no header name but an account number (`_bare_numbers`) has no header: every line is recalled.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from ...models import utcnow
from ...models.enums import AccountStatus, Role
from .. import audit
from ..context import Actor, Changes, ServiceError
from .checking import TRAILER_MARK
from .errors import ImportCancelled, ImportFileError, RowError, counted
from .fields import cell_text
from .files import Table, load_bytes, read_table
from .imports import MODES, existing_accounts
from .maps import find_client, guess_map, norm_header


@dataclasses.dataclass
class RecallResult:
    file_name: str
    committed: bool
    data_rows: int
    recalled: int
    errors: list[RowError]
    account_ids: list[uuid.UUID]
    message: str

    @property
    def changes(self) -> Changes:
        return Changes.for_accounts(self.account_ids) if self.committed else Changes()


RECALL_REASON = "recalled"


def recall_file(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                source: Path | str | bytes, *, column: str | None = None, encoding: str = "utf-8",
                file_name: str | None = None, mode: str = "valid_rows",
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> RecallResult:
    """Close the accounts a client recalls (a file with an account-number column): status recalled, out of queues."""
    actor.require(Role.ADMIN, action="process recall files")
    if mode not in MODES:
        raise ServiceError(f"The recall mode is one of {', '.join(MODES)}.")
    data = load_bytes(source)
    file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "recall file")
    table = read_table(data, file_name, encoding=encoding)
    if table.rows and cell_text(table.rows[-1][1][0] if table.rows[-1][1] else "").upper() == TRAILER_MARK:
        table.rows.pop()
    headerless = False
    if column is None:
        column = guess_map(table.headers).columns.get("account_number")
        if column is None and len(table.headers) == 1:
            headerless = _bare_numbers(session_factory, client, table)
            column = None if headerless else table.headers[0]
    if headerless:
        table.rows.insert(0, (table.header_line, list(table.headers)))
        col = 0
    else:
        positions = [i for i, h in enumerate(table.headers) if column and norm_header(h) == norm_header(column)]
        if not positions:
            raise ImportFileError(f"{file_name} has no account number column ({column or 'none recognised'}); its "
                                  f"columns are: {', '.join(table.headers)}.")
        col = positions[0]
    if not table.rows:
        raise ImportFileError(f"{file_name} has a header but no accounts.")
    errors: list[RowError] = []
    numbers: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        number = cell_text(cells[col] if col < len(cells) else "")
        if not number:
            errors.append(RowError(line, "account_number", column, "", "is required"))
        elif number in seen:
            errors.append(RowError(line, "account_number", column, number,
                                   f"the account number is already on line {seen[number]} of this file"))
        else:
            seen[number] = line
            numbers.append((line, number))
    now = utcnow()
    ids: list[uuid.UUID] = []
    with session_factory() as s, s.begin():
        found = find_client(s, client)
        existing = existing_accounts(s, found.id, [n for _l, n in numbers])
        targets = []
        for line, number in numbers:
            account = existing.get(number)
            if account is None:
                errors.append(RowError(line, "account_number", column, number,
                                       f"{found.code} has no account with this number"))
            elif account.status != AccountStatus.OPEN:
                errors.append(RowError(line, "account_number", column, number,
                                       f"the account is already {account.status.value}"))
            else:
                targets.append(account)
        errors.sort(key=lambda e: e.line)
        if (mode == "all_or_nothing" and errors) or not targets:
            return RecallResult(file_name, False, len(table.rows), 0, errors, [],
                                f"{len(errors):,} of {len(table.rows):,} rows were rejected; nothing was recalled.")
        for i, account in enumerate(targets, start=1):
            if cancelled and cancelled():
                raise ImportCancelled()
            before = {"status": account.status, "close_reason": account.close_reason}
            account.status = AccountStatus.RECALLED
            account.close_reason = RECALL_REASON
            account.closed_at = now
            account.callback_at = None
            audit.record(s, actor, "account.recalled", "account", account.id, account_id=account.id, before=before,
                         after={"status": account.status, "close_reason": RECALL_REASON},
                         reason=f"recall file {file_name}")
            ids.append(account.id)
            if progress and i % 200 == 0:
                progress(i, len(targets))
        audit.record(s, actor, "placement.recall_file", "client", found.id, after={
            "file": file_name, "sha256": hashlib.sha256(data).hexdigest(), "recalled": len(ids),
            "rejected": len(errors)})
    if progress:
        progress(len(targets), len(targets))
    return RecallResult(file_name, True, len(table.rows), len(ids), errors, ids,
                        f"{counted(len(ids), 'account')} recalled"
                        + (f", {counted(len({e.line for e in errors}), 'row')} rejected." if errors else "."))


def _shape(text: str) -> str:
    """Where a text has letters, digits and other characters: "NWB-2026-0001" -> "A-9-9", "Account No" -> "A A"."""
    return re.sub(r"[^\W\d_]+", "A", re.sub(r"\d+", "9", text))


def _bare_numbers(session_factory: Callable[[], Session], client: str | uuid.UUID, table: Table) -> bool:
    """Whether a one-column file starts with an account number instead of a header: its first line matches no
    field's header names, and it is one of the client's account numbers or has the shape of the numbers below it."""
    first = cell_text(table.headers[0])
    if not first or guess_map([first]).columns:
        return False
    if _shape(first) in {_shape(cell_text(cells[0])) for _line, cells in table.rows[:50] if cells}:
        return True
    with session_factory() as s:
        return bool(existing_accounts(s, find_client(s, client).id, [first]))
