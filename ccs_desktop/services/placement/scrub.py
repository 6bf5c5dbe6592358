"""Importing a scrub or skip-trace file: what a vendor found about the agency's consumers, through the placement
import's machinery (the same file reading, column maps, row-level errors, all-or-nothing mode, and a file imported
once).

`import_scrub` checks every row (`scrub_rows`), finds whom each row is about (the client's account number, or an
account's or a person's id; an account stands for its consumer), and in ONE transaction writes the new numbers,
addresses and email addresses (source "scrub"; those already on file are skipped), records the bankruptcy and death
matches through the compliance records' own service (`services/facts/records`; a person with such a record in force
is skipped), audits each person changed and the file, and refreshes the queue fields of every account of those
consumers (their time zones and hard blocks). A cancelled or failed import, or an all-or-nothing import with one
rejected row, writes nothing.

Column maps for scrub files are saved by name in the agency's settings (`import.scrub_maps`), not per client.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import (
    Account, AccountParty, Address, AppSetting, Bankruptcy, Deceased, Email, Person, Phone, ScrubFile, utcnow,
)
from ...models.enums import PartyRole, Role
from .. import audit
from ..accounts.queue_fields import refresh_queue_fields_many
from ..context import Actor, Changes, ServiceError
from .checking import column_index, gc_paused
from .errors import ImportCancelled, ImportFileError, RowError, counted
from .files import load_bytes, read_table
from .maps import DEFAULT_MAP_NAME, ColumnMap, find_client, guess_map
from .scrub_rows import REFERENCES, SCRUB_FIELDS, ScrubChecker, ScrubRow

UTC = dt.timezone.utc
MAPS_SETTING = "import.scrub_maps"
MODES = ("valid_rows", "all_or_nothing")
CHUNK = 2000


@dataclasses.dataclass
class ScrubResult:
    file_name: str
    committed: bool
    scrub_file_id: uuid.UUID | None
    data_rows: int
    persons: int             # people something was recorded for
    counts: dict[str, int]   # phones, addresses, emails, bankruptcy, deceased, already_on_file
    rejected: int
    errors: list[RowError]
    account_ids: list[uuid.UUID]
    message: str
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def changes(self) -> Changes:
        return Changes.for_accounts(self.account_ids) if self.committed else Changes()


# --- maps ----------------------------------------------------------------------------------------------------


def scrub_maps(session_factory: Callable[[], Session]) -> dict[str, ColumnMap]:
    with session_factory() as s:
        setting = s.get(AppSetting, MAPS_SETTING)
        return {name: ColumnMap.from_json(value, SCRUB_FIELDS) for name, value in sorted((setting.value or {}).items())
                } if setting is not None else {}


def save_scrub_map(session_factory: Callable[[], Session], actor: Actor, name: str, column_map: ColumnMap) -> None:
    """Save (or replace) a named column map for scrub files."""
    actor.require(Role.ADMIN, action="save an import column map")
    name = name.strip()
    if not name or len(name) > 60:
        raise ServiceError("A column map needs a name of 1 to 60 characters.")
    ColumnMap.from_json(column_map.to_json(), SCRUB_FIELDS)
    with session_factory() as s, s.begin():
        setting = s.get(AppSetting, MAPS_SETTING)
        if setting is None:
            setting = AppSetting(key=MAPS_SETTING, value={})
            s.add(setting)
        before = (setting.value or {}).get(name)
        setting.value = {**(setting.value or {}), name: column_map.to_json()}
        audit.record(s, actor, "settings.scrub_map_saved", "app_setting", None, before=before and {name: before},
                     after={name: column_map.to_json()})


# --- the import ----------------------------------------------------------------------------------------------


def import_scrub(session_factory: Callable[[], Session], actor: Actor, source: Path | str | bytes,
                 column_map: ColumnMap | None = None, *, map_name: str | None = None, client: str | None = None,
                 file_name: str | None = None, mode: str = "valid_rows",
                 progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                 today: dt.date | None = None) -> ScrubResult:
    """Import a scrub or skip-trace file (see the module docstring). `client` (a code) is needed when the rows name
    accounts by the client's account number."""
    actor.require(Role.ADMIN, action="import scrub files")
    if mode not in MODES:
        raise ServiceError(f"The import mode is one of {', '.join(MODES)}.")
    data = load_bytes(source)
    file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "scrub file")
    digest = hashlib.sha256(data).hexdigest()
    today = today or dt.datetime.now(UTC).date()
    with session_factory() as s:
        earlier = s.execute(sa.select(ScrubFile.received_at, ScrubFile.file_name)
                            .where(ScrubFile.file_sha256 == digest)).first()
        client_id = find_client(s, client).id if client else None
    if earlier is not None:
        raise ImportFileError(f"This scrub file was already imported on {earlier.received_at:%Y-%m-%d %H:%M} UTC "
                              f"(as {earlier.file_name}). Nothing was imported.")
    if column_map is None:
        name = map_name or DEFAULT_MAP_NAME
        saved = scrub_maps(session_factory)
        if name in saved:
            column_map = saved[name]
        elif map_name:
            raise ServiceError(f"There is no scrub column map {map_name!r} (there are: {', '.join(saved) or 'none'}).")
    with gc_paused():
        table = read_table(data, file_name, encoding=column_map.encoding if column_map else "utf-8",
                           sheet=column_map.sheet if column_map else None)
        column_map = column_map or guess_map(table.headers, SCRUB_FIELDS)
        index = column_index(table, column_map, file_name, SCRUB_FIELDS)
        if not any(r in index for r in REFERENCES):
            raise ImportFileError(f"{file_name} cannot be imported: no column says whom a row is about (an account "
                                  f"number, an account id or a person id). The file's columns are: "
                                  f"{', '.join(table.headers)}.")
        if "account_number" in index and client_id is None:
            raise ServiceError("The file names accounts by the client's account number: say which client's.")
        checker = ScrubChecker(index, column_map.columns, column_map.date_order, "US", today)
        rows: list[ScrubRow] = []
        errors: list[RowError] = []
        total = len(table.rows)
        for done, (line, cells) in enumerate(table.rows, 1):
            if not any(cell_has(c) for c in cells):
                continue
            row, row_errors = checker.check(line, cells)
            errors.extend(row_errors)
            if row is not None:
                rows.append(row)
            if done % 1000 == 0:
                if cancelled and cancelled():
                    raise ImportCancelled()
                if progress:
                    progress(done, total)
        data_rows = len(rows) + len({e.line for e in errors})
        try:
            with session_factory() as s, s.begin():
                return _write(s, actor, rows, errors, client_id, file_name, digest, data_rows, mode, cancelled)
        except _NothingImported as nothing:
            return nothing.result


def cell_has(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


class _NothingImported(Exception):
    def __init__(self, result: ScrubResult) -> None:
        super().__init__(result.message)
        self.result = result


def _write(s: Session, actor: Actor, rows: list[ScrubRow], errors: list[RowError], client_id: uuid.UUID | None,
           file_name: str, digest: str, data_rows: int, mode: str,
           cancelled: Callable[[], bool] | None) -> ScrubResult:
    now = utcnow()
    scrub = ScrubFile(received_at=now, file_name=file_name[:260], file_sha256=digest, imported_by=actor.user_id)
    s.add(scrub)
    try:
        with s.begin_nested():
            s.flush()
    except sa.exc.IntegrityError:
        raise ImportFileError("This scrub file was already imported (by an import that finished while this one was "
                              "checking it). Nothing was imported.") from None
    persons = _resolve(s, rows, client_id, errors)

    def nothing(message: str) -> _NothingImported:
        rejected = len({e.line for e in errors})
        return _NothingImported(ScrubResult(file_name, False, None, data_rows, 0, {}, rejected,
                                            sorted(errors, key=lambda e: e.line), [], message))

    if mode == "all_or_nothing" and errors:
        raise nothing(f"{counted(len({e.line for e in errors}), 'row')} of {data_rows:,} rejected; all-or-nothing: "
                      "nothing was imported.")
    found = [(row, persons[row.line]) for row in rows if row.line in persons]
    counts: dict[str, int] = defaultdict(int)
    changed: dict[uuid.UUID, dict[str, Any]] = {}
    _contact_points(s, found, counts, changed)
    if cancelled and cancelled():
        raise ImportCancelled()
    _facts(s, actor, found, counts, changed, errors, file_name)
    if mode == "all_or_nothing" and errors:
        raise nothing(f"{counted(len({e.line for e in errors}), 'row')} of {data_rows:,} rejected; all-or-nothing: "
                      "nothing was imported.")
    if not changed and not counts.get("already_on_file"):
        raise nothing(f"No row of {file_name} can be imported ({counted(len({e.line for e in errors}), 'row')} "
                      "rejected).")
    account_ids = _consumer_accounts(s, list(changed))
    for start in range(0, len(account_ids), CHUNK):
        if cancelled and cancelled():
            raise ImportCancelled()
        chunk = account_ids[start:start + CHUNK]
        held = s.scalars(sa.select(Account).where(Account.id.in_(chunk))).all()  # one query, not one per account
        refresh_queue_fields_many(s, chunk, now)
        del held
    events = [audit.Pending("person.scrubbed", "person", pid, after=after, reason=f"scrub file {file_name}")
              for pid, after in changed.items()]
    rejected = len({e.line for e in errors})
    summary = {k: counts.get(k, 0) for k in ("phones", "addresses", "emails", "bankruptcy", "deceased",
                                               "already_on_file")}
    events.append(audit.Pending("scrub.imported", "scrub_file", scrub.id, after={
        "file": file_name, "sha256": digest, "mode": mode, "rows": data_rows, "persons": len(changed),
        "rejected": rejected, **summary}))
    audit.record_many(s, actor, events)
    scrub.row_count, scrub.person_count, scrub.summary = data_rows, len(changed), summary
    message = (f"{counted(len(changed), 'person')} updated from {counted(data_rows, 'row')}: "
               f"{summary['phones']:,} numbers, {summary['addresses']:,} addresses, {summary['emails']:,} emails, "
               f"{summary['bankruptcy']:,} bankruptcies, {summary['deceased']:,} deaths"
               + (f"; {summary['already_on_file']:,} already on file" if summary["already_on_file"] else "")
               + (f"; {counted(rejected, 'row')} rejected" if rejected else "") + ".")
    return ScrubResult(file_name, True, scrub.id, data_rows, len(changed), summary, rejected,
                       sorted(errors, key=lambda e: e.line), account_ids, message)


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _resolve(s: Session, rows: list[ScrubRow], client_id: uuid.UUID | None,
             errors: list[RowError]) -> dict[int, uuid.UUID]:
    """The person each row is about (by line): an account's consumer, or the person named. Rows naming nobody the
    database knows are rejected."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        wanted[row.reference].add(row.key)
    by_key: dict[tuple[str, str], uuid.UUID] = {}
    consumer = sa.and_(AccountParty.account_id == Account.id, AccountParty.role == PartyRole.CONSUMER)
    for chunk in _chunks(sorted(wanted["account_number"])):
        for number, person in s.execute(sa.select(Account.client_account_number, AccountParty.person_id)
                                        .join(AccountParty, consumer)
                                        .where(Account.client_id == client_id,
                                               Account.client_account_number.in_(chunk))):
            by_key[("account_number", number)] = person
    for chunk in _chunks(sorted(wanted["account_id"])):
        for account, person in s.execute(sa.select(Account.id, AccountParty.person_id).join(AccountParty, consumer)
                                         .where(Account.id.in_([uuid.UUID(k) for k in chunk]))):
            by_key[("account_id", str(account))] = person
    for chunk in _chunks(sorted(wanted["person_id"])):
        for person in s.scalars(sa.select(Person.id).where(Person.id.in_([uuid.UUID(k) for k in chunk]))):
            by_key[("person_id", str(person))] = person
    persons: dict[int, uuid.UUID] = {}
    for row in rows:
        person = by_key.get((row.reference, row.key))
        if person is None:
            what = {"account_number": "no account of the client has this number",
                    "account_id": "no account has this id", "person_id": "no person has this id"}[row.reference]
            errors.append(RowError(row.line, row.reference, None, row.key, what))
        else:
            persons[row.line] = person
    return persons


def _contact_points(s: Session, found: list[tuple[ScrubRow, uuid.UUID]], counts: dict[str, int],
                    changed: dict[uuid.UUID, dict[str, Any]]) -> None:
    """New numbers, addresses and email addresses, written in bulk; those already on file are counted, not added."""
    ids = sorted({person for _row, person in found})
    phones_on_file: set[tuple[uuid.UUID, str]] = set()
    emails_on_file: set[tuple[uuid.UUID, str]] = set()
    addresses_on_file: set[tuple[uuid.UUID, str, str | None]] = set()
    for chunk in _chunks(ids):
        phones_on_file.update(s.execute(sa.select(Phone.person_id, Phone.e164).where(Phone.person_id.in_(chunk))))
        emails_on_file.update(s.execute(sa.select(Email.person_id, sa.func.lower(Email.address))
                                        .where(Email.person_id.in_(chunk))))
        addresses_on_file.update((p, (line1 or "").upper(), postal) for p, line1, postal in s.execute(
            sa.select(Address.person_id, Address.line1, Address.postal_code).where(Address.person_id.in_(chunk))))
    phones, addresses, emails = [], [], []
    for row, person in found:
        for e164, digits, ptype in row.phones:
            if (person, e164) in phones_on_file:
                counts["already_on_file"] += 1
                continue
            phones_on_file.add((person, e164))
            phones.append({"person_id": person, "e164": e164, "digits": digits, "type": ptype, "source": "scrub"})
            changed.setdefault(person, {}).setdefault("phones", []).append(e164)
        if row.address is not None:
            key = (person, row.address["line1"].upper(), row.address["postal_code"])
            if key in addresses_on_file:
                counts["already_on_file"] += 1
            else:
                addresses_on_file.add(key)
                addresses.append({"person_id": person, **row.address, "current": True, "source": "scrub"})
                changed.setdefault(person, {})["address"] = row.address
        if row.email is not None:
            if (person, row.email) in emails_on_file:
                counts["already_on_file"] += 1
            else:
                emails_on_file.add((person, row.email))
                emails.append({"person_id": person, "address": row.email, "source": "scrub"})
                changed.setdefault(person, {})["email"] = row.email
    for model, values, kind in ((Phone, phones, "phones"), (Address, addresses, "addresses"),
                                (Email, emails, "emails")):
        for chunk in _chunks(values):
            s.execute(sa.insert(model), chunk)
        counts[kind] += len(values)


def _facts(s: Session, actor: Actor, found: list[tuple[ScrubRow, uuid.UUID]], counts: dict[str, int],
           changed: dict[uuid.UUID, dict[str, Any]], errors: list[RowError], file_name: str) -> None:
    """Bankruptcy and death matches, as compliance records through their own service (audited there); a person
    with such a record in force already is skipped."""
    from ..facts import records

    ids = sorted({person for row, person in found if row.bankruptcy or row.deceased})
    in_force: set[tuple[str, uuid.UUID]] = set()
    for chunk in _chunks(ids):
        for kind, model in (("bankruptcy", Bankruptcy), ("deceased", Deceased)):
            in_force.update((kind, p) for p in s.scalars(sa.select(model.person_id).where(
                model.person_id.in_(chunk), model.cleared_at.is_(None))))
    for row, person in found:
        for kind, given in (("bankruptcy", row.bankruptcy), ("deceased", row.deceased)):
            if given is None:
                continue
            if (kind, person) in in_force:
                counts["already_on_file"] += 1
                continue
            setter = records.record_bankruptcy if kind == "bankruptcy" else records.record_deceased
            try:  # the service checks what it is given before it writes anything
                setter(s, actor, person, source="scrub", refresh=False,
                       reason=f"scrub file {file_name}, line {row.line}", **given)
            except ServiceError as exc:
                errors.append(RowError(row.line, kind, None, "", str(exc)))
                continue
            in_force.add((kind, person))
            counts[kind] += 1
            changed.setdefault(person, {})[kind] = {k: v for k, v in given.items() if v is not None}


def _consumer_accounts(s: Session, person_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    out: list[uuid.UUID] = []
    for chunk in _chunks(sorted(person_ids)):
        out.extend(s.scalars(sa.select(AccountParty.account_id).where(AccountParty.person_id.in_(chunk),
                                                                     AccountParty.role == PartyRole.CONSUMER)))
    return sorted(set(out))
