"""Writing an import's new accounts in bulk: each batch of checked rows becomes the rows of every table it touches
(people, addresses, phones, emails, accounts, parties, placed-balance transactions), converted column-wise and
sent from a writer thread of its own while the next batch is checked.

PostgreSQL takes each table's rows as COPY text, SQLite as one JSON array inserted by
`INSERT ... SELECT ... FROM json_each(?)`; both calls run without Python's GIL (see `Sender`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import itertools
import json
import logging
import os
import queue
import threading
import time
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...compliance.location import tz_group_key
from ...models import Account, AccountParty, Address, BalanceTransaction, Email, Person, Phone, new_id
from ...models.enums import AccountStatus, PartyRole, TransactionKind
from ..accounts.scoring import ScoreInputs, score
from .checking import PlacementRow
from .fields import MONEY_COMPONENTS

log = logging.getLogger(__name__)


def template(model: type, now: dt.datetime) -> dict[str, Any]:
    """A model's column defaults as values for a bulk insert (timestamps `now`, ids left to the caller)."""
    values: dict[str, Any] = {}
    for column in model.__table__.c:
        default = column.default
        if default is None:
            values[column.name] = None
        elif default.is_scalar:
            values[column.name] = default.arg
        elif column.name in ("created_at", "updated_at"):
            values[column.name] = now
        elif column.name == "id":
            values[column.name] = None
        else:
            values[column.name] = default.arg(None)
    return values


IMPORT_PAGE_CACHE_KIB = 131072


@contextlib.contextmanager
def large_page_cache(s: Session) -> Iterator[None]:
    """On SQLite, a page cache of up to 128 MiB while a file's rows go in, so the pages of the indexes they land in
    stay in memory instead of being spilled and read back; the connection's own size again afterwards."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_PAGE_CACHE_KIB}")  # negative: a size in KiB
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size={before}")
        except sa.exc.DBAPIError:  # the connection failed with the import: it is discarded, not reused
            log.warning("could not restore the SQLite page cache size after an import", exc_info=True)


class IdBlock:
    """UUIDv7 ids made a block at a time: the same layout as models.new_id (48-bit ms time, version 7, a 12-bit
    sequence, variant, 62 random bits) at a fraction of its cost, for the hundreds of thousands of rows of a file."""

    def __init__(self) -> None:
        self.ms = 0
        self.seq = 0
        self.pool: list[uuid.UUID] = []

    def __call__(self) -> uuid.UUID:
        if not self.pool:
            self._fill(4096)
        return self.pool.pop()

    def _fill(self, n: int) -> None:
        now = time.time_ns() // 1_000_000
        if now > self.ms:
            self.ms, self.seq = now, 0
        random = os.urandom(8 * n)
        out = []
        for i in range(n):
            if self.seq > 0xFFF:
                self.ms, self.seq = self.ms + 1, 0
            rand_b = int.from_bytes(random[8 * i:8 * i + 8], "big") >> 2
            out.append(uuid.UUID(int=(self.ms << 80) | (0x7 << 76) | (self.seq << 64) | (0b10 << 62) | rand_b))
            self.seq += 1
        out.reverse()  # pop() hands them out in time order
        self.pool = out


@dataclasses.dataclass
class Rows:
    """One table's rows of a batch: first converted for the driver (`params`), then put into one value to send
    (`payload`, see `Sender`)."""

    table: str
    keys: list[str]
    params: list[tuple[Any, ...]]
    payload: bytes | str = b""


def table_rows(dialect: sa.Dialect, model: type, constants: dict[str, Any], columns: dict[str, list[Any]],
               memo: dict[str, dict[Any, Any]]) -> Rows:
    """A table's rows with values converted by the columns' own bind processors (the same conversion the ORM
    applies). `constants` hold one value for every row (converted once; a NULL without a server default is left out
    of the statement), `columns` one value per row; `memo` keeps converted values per column type across the tables
    of one batch (the placed balance is also its account's balance)."""
    n = len(next(iter(columns.values())))
    table = model.__table__
    keys: list[str] = []
    values: list[Iterable[Any]] = []
    for key, value in constants.items():
        column = table.c[key]
        if key in columns or (value is None and column.server_default is None):
            continue
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        keys.append(key)
        values.append(itertools.repeat(processor(value) if processor and value is not None else value, n))
    for key, given in columns.items():
        column = table.c[key]
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        keys.append(key)
        if processor is None:
            values.append(given)
        elif column.primary_key or column.foreign_keys:  # ids: no value repeats
            values.append([None if v is None else processor(v) for v in given])
        else:
            values.append(_converted(processor, given, memo.setdefault(repr(column.type), {None: None})))
    return Rows(table.name, keys, list(zip(*values)))


def send_rows(conn: sa.Connection, rows: Rows) -> None:
    """INSERT a table's rows in the connection's transaction: PostgreSQL takes their COPY text, SQLite reads them
    from their JSON array in one statement."""
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(k) for k in rows.keys)
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            with cursor.copy(f"COPY {quote(rows.table)} ({names}) FROM STDIN") as copy:
                copy.write(rows.payload)
        finally:
            cursor.close()
        return
    values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(rows.keys)))
    conn.exec_driver_sql(f"INSERT INTO {quote(rows.table)} ({names}) SELECT {values} FROM json_each(?)",
                         (rows.payload,))


class Sender:
    """Writes an import's rows on its connection from a thread of its own, so the database inserts one batch while
    the importing thread checks and converts the next.

    The importing thread puts each table's rows into one value, and the writer hands that value to the database in
    one call that runs without Python's GIL:
    - PostgreSQL: COPY text, formatted by psycopg itself with the connection's types and encoding (`Copy` with a
      `FileWriter`), then streamed with COPY; psycopg waits for the server without the GIL. Formatting in one
      thread while another sends on the connection is the split psycopg's own queued COPY writer makes.
    - SQLite: a JSON array of the rows (their values are text, integers and NULLs once converted), inserted with
      `INSERT ... SELECT ... FROM json_each(?)`. Row by row, the driver would take the GIL back for every row.

    Nothing else may use the connection while the sender is open. `close` waits until every batch is written and
    raises what writing met; `abandon` waits only for the batch being written."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.error: BaseException | None = None
        self.abandoned = False
        self.queue: queue.Queue[list[Rows] | None] = queue.Queue(maxsize=2)
        self.format_cursor = (conn.connection.dbapi_connection.cursor()  # never executes: its types format rows
                              if self.dialect.name == "postgresql" else None)
        self.thread = threading.Thread(target=self._run, name="placement-writer", daemon=True)
        self.thread.start()

    def send(self, tables: list[Rows]) -> None:
        if self.error is not None:
            raise self.error
        for rows in tables:
            rows.payload, rows.params = self._payload(rows), []
        self.queue.put(tables)

    def _payload(self, rows: Rows) -> bytes | str:
        if self.format_cursor is None:
            return json.dumps(rows.params, ensure_ascii=False, check_circular=False)
        from psycopg.copy import Copy, FileWriter

        out = io.BytesIO()
        with Copy(self.format_cursor, binary=False, writer=FileWriter(out)) as copy:
            for row in rows.params:
                copy.write_row(row)
        return out.getvalue()

    def _run(self) -> None:
        while (tables := self.queue.get()) is not None:
            if self.error is not None or self.abandoned:
                continue  # drained, never written: the transaction is rolled back
            try:
                for rows in tables:
                    send_rows(self.conn, rows)
            except BaseException as exc:  # handed to the importing thread by send() and close()
                self.error = exc

    def close(self) -> None:
        self._stop()
        if self.error is not None:
            raise self.error

    def abandon(self) -> None:
        self.abandoned = True
        self._stop()

    def _stop(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.format_cursor is not None:
            self.format_cursor.close()


@contextlib.contextmanager
def sending(conn: sa.Connection) -> Iterator[Sender]:
    sender = Sender(conn)
    try:
        yield sender
    except BaseException:
        sender.abandon()
        raise
    sender.close()


def _converted(processor: Callable[[Any], Any], given: list[Any], done: dict[Any, Any]) -> list[Any]:
    """A column's values through its bind processor; a value that repeats (a zero fee, a date) is converted once."""
    if not isinstance(next((v for v in given if v is not None), None), Hashable):
        return [None if v is None else processor(v) for v in given]
    out = []
    append = out.append
    for v in given:
        try:
            append(done[v])
        except KeyError:
            done[v] = converted = processor(v)
            append(converted)
    return out


def write_batch(sender: Sender, batch: list[PlacementRow], client_id: uuid.UUID, placement_id: uuid.UUID,
                 currency: str, collectors: list[uuid.UUID], offset: int, now: dt.datetime, today: dt.date,
                 weights: dict[str, Decimal], make_id: Callable[[], uuid.UUID] = new_id) -> list[uuid.UUID]:
    """Convert a batch of new accounts into the rows of every table they touch and hand them to the sender."""
    n = len(batch)
    memo: dict[str, dict[Any, Any]] = {}
    tables: list[Rows] = []

    def insert(model: type, constants: dict[str, Any], columns: dict[str, list[Any]]) -> None:
        tables.append(table_rows(sender.dialect, model, constants, columns, memo))

    person_ids = [make_id() for _ in range(n)]
    ids = [make_id() for _ in range(n)]
    people = [row.person for row in batch]
    insert(Person, {**template(Person, now), "refused_channels": []},
           {"id": person_ids, **{k: [p[k] for p in people] for k in people[0]}})

    addressed = [(pid, row.address) for pid, row in zip(person_ids, batch) if row.address]
    if addressed:
        insert(Address, {**template(Address, now), "source": "placement"},
               {"id": [make_id() for _ in addressed], "person_id": [pid for pid, _a in addressed],
                **{k: [a[k] for _pid, a in addressed] for k in addressed[0][1]}})

    phones = [(pid, j, phone) for pid, row in zip(person_ids, batch) for j, phone in enumerate(row.phones)]
    if phones:
        insert(Phone, {**template(Phone, now), "source": "placement"},
               {"id": [make_id() for _ in phones], "person_id": [pid for pid, _j, _p in phones],
                "e164": [p[0] for _pid, _j, p in phones], "digits": [p[1] for _pid, _j, p in phones],
                "type": [p[2] for _pid, _j, p in phones], "primary": [j == 0 for _pid, j, _p in phones]})

    emailed = [(pid, row.email) for pid, row in zip(person_ids, batch) if row.email]
    if emailed:
        insert(Email, {**template(Email, now), "source": "placement"},
               {"id": [make_id() for _ in emailed], "person_id": [pid for pid, _e in emailed],
                "address": [e for _pid, e in emailed]})

    accounts = [row.account for row in batch]
    scores = [score(ScoreInputs(a["balance"], a["charge_off_date"], a["last_payment_date"], False, False, False, False,
                                0), today, weights) for a in accounts]
    insert(Account, {**template(Account, now), "client_id": client_id, "placement_id": placement_id,
                     "currency": currency, "placed_on": today, "status": AccountStatus.OPEN},
           {"id": ids, **{k: [a[k] for a in accounts] for k in accounts[0]},
            "assigned_to": [collectors[(offset + i) % len(collectors)] if collectors else None for i in range(n)],
            "priority_score": [p for p, _d in scores], "score_detail": [d for _p, d in scores],
            "tz_group": [tz_group_key(row.zones) for row in batch]})
    insert(AccountParty, {**template(AccountParty, now), "role": PartyRole.CONSUMER},
           {"id": [make_id() for _ in range(n)], "account_id": ids, "person_id": person_ids})
    insert(BalanceTransaction, {**template(BalanceTransaction, now), "kind": TransactionKind.PLACEMENT,
                                "at": now, "effective_on": today, "memo": "Placed balance"},
           {"id": [make_id() for _ in range(n)], "account_id": ids,
            **{k: [a[k] for a in accounts] for k in MONEY_COMPONENTS}})
    sender.send(tables)
    return ids
