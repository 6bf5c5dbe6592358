"""Placement import rate (rows/s) of a generated placement file, against a raw CSV parse + bulk insert of the same rows;
and the scrub import's rate (rows/s) on the placed accounts, against the placement import's in the same run.

The file has `--size` rows (default 100,000) with real US ZIPs, two phone numbers per row written in mixed
formats, amounts and dates. The figure is the whole `services.placement.imports.import_file`: reading, checking every
row (phones parsed into E.164 by `phonenumbers`, ZIP/state, dates, Decimal amounts), duplicate lookup, scoring
and the bulk writes in one transaction. The baseline, in the same run and on the same backend, parses the same
CSV with the csv module and inserts the same tables' rows (persons, addresses, phones, accounts, parties,
placement transactions) with DBAPI `executemany`, with no checks at all. The ratio says what share of that raw
speed the checked import keeps.

The scrub file (`scrub_file`) names every placed account by its number, one row per consumer: a new cell number on
each, a new address on every fifth, a bankruptcy match (chapter, case, filing date) on every tenth and a death on
every twentieth; the figure is the whole `services.placement.scrub.import_scrub` (checks, the lookup of whom each
row is about, the bulk writes, the compliance records with their audit events, the queue fields of every account
touched) into the database the placement import just filled. Its ratio is against the placement import's rows/s.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import uuid
from typing import Any

import sqlalchemy as sa

from ccs_desktop import db
from ccs_desktop.models import Client, User, new_id
from ccs_desktop.models.enums import Role
from ccs_desktop.services.placement import fields, imports, scrub
from ccs_desktop.services.context import SYSTEM

from .common import Timer, row, scratch_database

HEADERS = ["Account Number", "First Name", "Last Name", "Address", "City", "State", "ZIP", "Home Phone",
           "Cell Phone", "Email", "Principal", "Interest", "Fees", "Charge-off Date", "DOB"]
FIRST = "James Mary Robert Patricia John Jennifer Maria Jose Wei Mei Ahmed Fatima Liam Noah Emma Sophia".split()
LAST = "Smith Johnson Garcia Miller Davis Rodriguez Martinez Nguyen Chen Singh Brown Wilson Lee Perez".split()


def placement_file(size: int, seed: int = 11) -> bytes:
    rng = random.Random(seed)
    zips = [(z, state) for z, (state, tz) in fields.us_zips().items() if tz]
    zips.sort()
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(HEADERS)
    total = 0
    formats = ("({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a} {b} {c}", "{a}{b}{c}")
    for n in range(size):
        zip_code, state = rng.choice(zips)
        area = rng.choice(("212", "312", "415", "305", "720", "206", "512", "404", "617", "808", "602", "907"))
        home = rng.choice(formats).format(a=area, b="555", c=f"01{rng.randint(0, 99):02d}")
        cell = rng.choice(formats).format(a=area, b=f"{rng.randint(201, 989)}", c=f"{rng.randint(0, 9999):04d}")
        principal = rng.randint(15000, 1200000)
        interest = rng.randint(0, 20000)
        fees = rng.choice((0, 0, 2500, 3500))
        total += principal + interest + fees
        first, last = rng.choice(FIRST), rng.choice(LAST)
        w.writerow([f"B{n:08d}", first, last, f"{rng.randint(1, 9999)} Main St", "Springfield", state, zip_code,
                    home, cell, f"{first}.{last}{n}@example.com".lower() if n % 2 else "",
                    f"{principal / 100:.2f}", f"{interest / 100:.2f}", f"{fees / 100:.2f}",
                    f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2019, 2025)}",
                    f"{rng.randint(1945, 2002)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    w.writerow(["TRAILER", size, f"{total / 100:.2f}"])
    return out.getvalue().encode()


def scrub_file(size: int, seed: int = 12) -> bytes:
    """A scrub file for the accounts of `placement_file(size)` (see the module docstring)."""
    rng = random.Random(seed)
    zips = sorted((z, state) for z, (state, tz) in fields.us_zips().items() if tz)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Account Number", "Cell Phone", "Address", "City", "State", "ZIP", "BK Chapter", "BK Case",
                "Filing Date", "Date of Death"])
    for n in range(size):
        area = rng.choice(("213", "303", "702", "503", "907", "808", "615", "214"))
        address = ["", "", "", ""]
        if n % 5 == 0:
            zip_code, state = rng.choice(zips)
            address = [f"{rng.randint(1, 9999)} Elm St", "Springfield", state, zip_code]
        bankruptcy = ["7" if n % 20 else "13", f"1:26-bk-{n:05d}", "2026-10-01"] if n % 10 == 0 else ["", "", ""]
        died = "2026-09-30" if n % 20 == 5 else ""
        w.writerow([f"B{n:08d}", f"({area}) {rng.randint(201, 989)}-{rng.randint(0, 9999):04d}", *address,
                    *bankruptcy, died])
    return out.getvalue().encode()


def _seed(url: str) -> sa.Engine:
    engine = db.make_engine(url, use=db.BATCH)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        s.add(Client(code="BEN", name="Bench Bank"))
        for name in ("c1", "c2", "c3"):
            s.add(User(username=name, display_name=name, role=Role.COLLECTOR))
    return engine


def _raw_import_seconds(url: str, data: bytes) -> float:
    """csv parse + DBAPI executemany of the same tables, no checks, no normalisation."""
    engine = _seed(url)
    with engine.connect() as conn:
        client_id = conn.execute(sa.text("SELECT id FROM clients")).scalar()
    dialect = engine.dialect
    mark = "?" if dialect.name == "sqlite" else "%s"
    sqlite = dialect.name == "sqlite"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        with Timer() as t:
            now = dt.datetime.now(dt.timezone.utc)
            stamp = now.replace(tzinfo=None).isoformat(sep=" ") if sqlite else now
            reader = csv.reader(io.StringIO(data.decode("utf-8")))
            next(reader)
            tables: dict[str, list[tuple[Any, ...]]] = {k: [] for k in ("persons", "addresses", "phones", "accounts",
                                                                         "account_parties", "balance_transactions")}

            def uid() -> Any:
                value = new_id()
                return value.hex if sqlite else value

            def money(text: str) -> Any:
                return int(text.replace(".", "")) if sqlite else text

            cid = uuid.UUID(str(client_id)).hex if sqlite else client_id
            for cells in reader:
                if cells[0] == "TRAILER":
                    break
                pid, aid = uid(), uid()
                tables["persons"].append((pid, cells[1], cells[2], f"{cells[2]} {cells[1]}".upper(), "en", "[]",
                                          stamp, stamp, 1))
                tables["addresses"].append((uid(), pid, cells[3], cells[4], cells[5], cells[6], "US", True, False,
                                            stamp, stamp, 1))
                for phone, kind in ((cells[7], "home"), (cells[8], "cell")):
                    digits = "".join(ch for ch in phone if ch.isdigit())[-10:]
                    tables["phones"].append((uid(), pid, "+1" + digits, digits, kind, False, False, False, False,
                                             kind == "home", stamp, stamp, 1))
                total = money(f"{float(cells[10]) + float(cells[11]) + float(cells[12]):.2f}")
                tables["accounts"].append((aid, cid, cells[0], "consumer", "USD", money(cells[10]), money(cells[11]),
                                           money(cells[12]), 0, total, total, "open", 0, 0, False, False,
                                           stamp, stamp, 1))
                tables["account_parties"].append((uid(), aid, pid, "consumer", stamp, stamp, 1))
                tables["balance_transactions"].append((uid(), aid, "placement", stamp, now.date().isoformat()
                                                       if sqlite else now.date(), money(cells[10]), money(cells[11]),
                                                       money(cells[12]), 0, stamp))
            columns = {
                "persons": "id, first_name, last_name, search_name, language, refused_channels, created_at, "
                           "updated_at, row_version",
                "addresses": "id, person_id, line1, city, region, postal_code, country, current, bad_address, "
                             "created_at, updated_at, row_version",
                "phones": 'id, person_id, e164, digits, type, consent, do_not_call, bad_number, sms_opted_out, '
                          '"primary", created_at, updated_at, row_version',
                "accounts": "id, client_id, client_account_number, debt_type, currency, principal, interest, fees, "
                            "costs, balance, placed_balance, status, priority_score, right_party_contacts, "
                            "has_broken_promise, contact_blocked, created_at, updated_at, row_version",
                "account_parties": "id, account_id, person_id, role, created_at, updated_at, row_version",
                "balance_transactions": "id, account_id, kind, at, effective_on, principal, interest, fees, costs, "
                                        "created_at",
            }
            for table, values in tables.items():
                sql = f"INSERT INTO {table} ({columns[table]}) VALUES ({', '.join([mark] * len(values[0]))})"
                for start in range(0, len(values), 5000):
                    cursor.executemany(sql, values[start:start + 5000])
            raw.commit()
    finally:
        raw.close()
        engine.dispose()
    return t.seconds


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    size = int(options.get("size", 100_000))
    data = placement_file(size)
    fields.us_zips()  # the ZIP table loads once per process; not part of either timing
    results = []
    for backend in options.get("backends", ["sqlite"]):
        with scratch_database(backend) as url:
            engine = _seed(url)
            factory = db.session_factory(engine)
            with Timer() as t:
                result = imports.import_file(factory, SYSTEM, "BEN", data, file_name="bench.csv")
            assert result.imported == size, result.message
            if options.get("scrub", True):
                scrub_data = scrub_file(size)
                with Timer() as scrub_t:
                    scrubbed = scrub.import_scrub(factory, SYSTEM, scrub_data, client="BEN", file_name="scrub.csv")
                assert scrubbed.committed and scrubbed.persons == size, scrubbed.message
            engine.dispose()
        with scratch_database(backend) as url:
            raw_seconds = _raw_import_seconds(url, data)
        results.append(row(f"placement import {size:,} rows ({backend})", size / t.seconds, "rows/s", size / raw_seconds,
                           f"{t.seconds:.1f}s incl. checks and E.164 phones; raw csv + executemany {raw_seconds:.1f}s"))
        if options.get("scrub", True):
            results.append(row(f"scrub import {size:,} rows ({backend})", size / scrub_t.seconds, "rows/s", size / t.seconds,
                               f"{scrub_t.seconds:.1f}s, {scrubbed.persons:,} persons marked: {scrubbed.message}; "
                               "baseline: the placement import's rows/s in the same run"))
    return results


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(run({"size": 2000}), indent=2))
