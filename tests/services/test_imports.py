"""Placement imports and recalls, on SQLite and PostgreSQL: what lands, what is refused, and that nothing is half-written."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from ccs_desktop.models import (
    Account, AccountParty, Address, AuditEvent, BalanceTransaction, Email, Person, Phone, Placement,
)
from ccs_desktop.models.enums import AccountStatus, PhoneType, Role, TransactionKind
from ccs_desktop.services import audit
from ccs_desktop.services.context import SYSTEM, Actor, PermissionDenied, ServiceError
from ccs_desktop.services.placement import files, imports, maps, recall, writer
from ccs_desktop.services.placement.errors import ImportCancelled, ImportFileError, write_errors_csv
from ccs_desktop.services.placement.maps import ColumnMap
from tests.factories import make_client, make_user

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = DATA / "placement_sample.csv"
TODAY = dt.date(2026, 11, 23)
TABLES = (Account, Person, Phone, Address, Email, AccountParty, BalanceTransaction, Placement, AuditEvent)


def counts(factory) -> dict[str, int]:
    with factory() as s:
        return {m.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(m)) for m in TABLES}


@pytest.fixture
def setup(session_factory):
    with session_factory() as s, s.begin():
        client = make_client(s, code="NWB", name="Northwind Bank")
        collectors = [make_user(s, Role.COLLECTOR, username=n).id for n in ("cole", "casey")]
    return session_factory, client.id, collectors


def placement_csv(rows: list[dict[str, str]], trailer: tuple[int, str] | None = None) -> bytes:
    headers = ["Account Number", "First Name", "Last Name", "State", "ZIP", "Cell Phone", "Principal", "Interest",
               "Charge-off Date"]
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(headers)
    for r in rows:
        w.writerow([r.get(h, "") for h in headers])
    if trailer:
        w.writerow(["TRAILER", trailer[0], trailer[1]])
    return out.getvalue().encode()


def good_row(n: int, **over: str) -> dict[str, str]:
    row = {"Account Number": f"A-{n:05d}", "First Name": "Pat", "Last Name": f"Doe{n}", "State": "NY",
           "ZIP": "10001", "Cell Phone": "(212) 555-0142", "Principal": "100.00", "Interest": "5.50",
           "Charge-off Date": "01/15/2025"}
    row.update(over)
    return row


def test_the_sample_file_imports_its_valid_rows_and_reports_each_bad_one(setup):
    factory, client_id, collectors = setup
    result = imports.import_file(factory, SYSTEM, "NWB", SAMPLE, today=TODAY)
    assert result.committed and result.imported == 6 and result.rejected == 6
    assert result.amount_placed == Decimal("13390.25")
    assert result.trailer_total == Decimal("17450.79")
    problems = {(e.line, e.field, e.message) for e in result.errors}
    assert (7, "principal", "is not an amount") in problems
    assert (7, "charge_off_date", "is not a real date") in problems
    assert (9, "home_phone", "is not a valid phone number for US") in problems
    assert (10, "principal", "cannot be negative") in problems
    assert (11, "zip", "is in HI, not CA") in problems
    assert (6, "email", "is not an email address") in problems
    assert (12, "account_number", "the account number is already on line 3 of this file") in problems
    with factory() as s:
        placement = s.get(Placement, result.placement_id)
        assert placement.account_count == 6 and placement.rejected_count == 6
        assert placement.amount_placed == Decimal("13390.25") and len(placement.file_sha256) == 64
        accounts = s.scalars(sa.select(Account).order_by(Account.client_account_number)).all()
        assert [a.client_account_number for a in accounts] == [
            "NWB-2026-0001", "NWB-2026-0002", "NWB-2026-0003", "NWB-2026-0004", "NWB-2026-0007", "NWB-2026-0011"]
        first = accounts[0]
        # In the queue: open, assigned to a collector, scored, with the consumer's time zone; awaiting the validation notice.
        assert all(a.status == AccountStatus.OPEN and a.assigned_to in collectors for a in accounts)
        assert {a.assigned_to for a in accounts} == set(collectors)
        assert all(a.priority_score > 0 and a.validation_notice_sent_on is None for a in accounts)
        assert first.balance == Decimal("1360.10") == first.principal + first.interest + first.fees + first.costs
        assert first.tz_group == "America/New_York" and first.charge_off_date == dt.date(2025, 3, 15)
        tx = s.scalars(sa.select(BalanceTransaction).where(BalanceTransaction.account_id == first.id)).one()
        assert tx.kind == TransactionKind.PLACEMENT and tx.total == first.balance
        person = first.consumer
        assert person.ssn_last4 == "6789" and person.date_of_birth == dt.date(1981, 4, 12)
        phones = {p.e164: p.type for p in person.phones}
        assert phones == {"+12125550142": PhoneType.HOME, "+19175550188": PhoneType.CELL}
        assert [e.address for e in person.emails] == ["maria.garcia@example.com"]
        assert s.scalar(sa.select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "placement.imported"
        assert audit.verify(s).ok


def test_the_same_file_is_not_imported_twice(setup):
    factory, _client, _ = setup
    imports.import_file(factory, SYSTEM, "NWB", SAMPLE, today=TODAY)
    before = counts(factory)
    with pytest.raises(ImportFileError, match="already imported for NWB"):
        imports.import_file(factory, SYSTEM, "NWB", SAMPLE, today=TODAY)
    assert counts(factory) == before


def test_all_or_nothing_with_a_bad_row_writes_nothing(setup):
    factory, _client, _ = setup
    before = counts(factory)
    result = imports.import_file(factory, SYSTEM, "NWB", SAMPLE, mode="all_or_nothing", today=TODAY)
    assert not result.committed and result.imported == 0 and result.rejected == 6
    assert "nothing was imported" in result.message
    assert counts(factory) == before
    # Once the bad rows are gone the same client imports it whole.
    good = placement_csv([good_row(i) for i in range(5)])
    assert imports.import_file(factory, SYSTEM, "NWB", good, mode="all_or_nothing", today=TODAY).imported == 5


def test_a_cancelled_import_leaves_the_database_as_it_was(setup):
    factory, _client, _ = setup
    before = counts(factory)
    data = placement_csv([good_row(i) for i in range(120)])
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    # Cancel once writing has begun (the first batch of 50 is in the transaction).
    with pytest.raises(ImportCancelled, match="nothing was written"):
        imports.import_file(factory, SYSTEM, "NWB", data, batch_size=50, progress=progress,
                            cancelled=lambda: bool(seen), today=TODAY)
    assert seen == [50]
    assert counts(factory) == before


def test_a_failure_while_writing_rolls_everything_back(setup, monkeypatch):
    factory, _client, _ = setup
    before = counts(factory)
    real = writer.write_batch
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "write_batch", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        imports.import_file(factory, SYSTEM, "NWB", placement_csv([good_row(i) for i in range(100)]), batch_size=30,
                            today=TODAY)
    assert counts(factory) == before


def test_a_database_error_while_rows_are_sent_rolls_everything_back(setup, monkeypatch):
    # The rows go to the database from a thread of their own: its failure still reaches the caller and nothing of
    # the batches before it stays.
    factory, _client, _ = setup
    before = counts(factory)
    real = writer.send_rows
    sent = []

    def failing(conn, rows):
        sent.append(rows.table)
        if len(sent) == 8:  # the second batch's addresses, after every table of the first went in
            raise sa.exc.OperationalError("COPY addresses", {}, Exception("server closed the connection"))
        real(conn, rows)

    monkeypatch.setattr(writer, "send_rows", failing)
    with pytest.raises(sa.exc.OperationalError, match="server closed the connection"):
        imports.import_file(factory, SYSTEM, "NWB", placement_csv([good_row(i) for i in range(100)]), batch_size=30,
                            today=TODAY)
    assert sent == ["persons", "addresses", "phones", "accounts", "account_parties", "balance_transactions",
                    "persons", "addresses"]
    assert counts(factory) == before


def test_names_with_quotes_backslashes_tabs_and_emoji_are_stored_exactly(setup):
    # Rows travel as COPY text (PostgreSQL) or a JSON array (SQLite): neither format may change a character.
    factory, _client, _ = setup
    names = ["O'Brien \"Jr\"", "Back\\slash \\N", "Tab\there", "Zoë 😀 Ñandú", "NULL", "\\."]
    rows = [good_row(i, **{"Last Name": name, "First Name": f"{name} first"}) for i, name in enumerate(names)]
    result = imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows), today=TODAY)
    assert result.imported == len(names), result.errors
    with factory() as s:
        stored = {p.last_name: p.first_name for p in s.scalars(sa.select(Person))}
    assert stored == {name: f"{name} first" for name in names}


def test_a_file_in_another_encoding_is_refused_with_its_line_then_imports_when_told(setup):
    factory, _client, _ = setup
    before = counts(factory)
    with pytest.raises(ImportFileError, match=r"not UTF-8 text: byte 0xE9 on line 2.*Windows-1252"):
        imports.import_file(factory, SYSTEM, "NWB", DATA / "placement_cp1252.csv", today=TODAY)
    assert counts(factory) == before
    column_map = maps.guess_map(files.read_table(DATA / "placement_cp1252.csv", encoding="cp1252").headers)
    column_map.encoding = "cp1252"
    result = imports.import_file(factory, SYSTEM, "NWB", DATA / "placement_cp1252.csv", column_map, today=TODAY)
    assert result.imported == 2
    with factory() as s:
        assert set(s.scalars(sa.select(Person.last_name))) == {"Côté", "Núñez"}


def test_missing_columns_are_named_and_nothing_is_written(setup):
    factory, _client, _ = setup
    before = counts(factory)
    with pytest.raises(ImportFileError) as caught:
        imports.import_file(factory, SYSTEM, "NWB", DATA / "placement_missing_columns.csv", today=TODAY)
    message = str(caught.value)
    assert "Last name (not mapped)" in message and "Principal (not mapped)" in message
    assert "Account Number, Name, Amount Due" in message
    # A saved map naming a column the file lacks says which.
    broken = ColumnMap({"account_number": "Account Number", "last_name": "Surname", "principal": "Amount Due"})
    with pytest.raises(ImportFileError, match="Last name \\(mapped to column 'Surname'\\)"):
        imports.import_file(factory, SYSTEM, "NWB", DATA / "placement_missing_columns.csv", broken, today=TODAY)
    assert counts(factory) == before


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n\n", "is empty"),
    (b"Account Number,Last Name,Principal\n", "has a header but no accounts"),
    (b"PK\x03\x04garbage", "not a readable Excel workbook"),
    (b"Account Number,Last Name\x00,Principal\nA,B,1\n", "binary data"),
])
def test_unreadable_files_get_a_clear_error(sqlite_url, content, message):
    from ccs_desktop import db

    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        make_client(s, code="NWB")
    before = counts(factory)
    with pytest.raises(ImportFileError, match=message):
        imports.import_file(factory, SYSTEM, "NWB", content, file_name="incoming.csv", today=TODAY)
    assert counts(factory) == before
    engine.dispose()


def test_trailer_that_does_not_reconcile_blocks_the_file(setup):
    factory, _client, _ = setup
    rows = [good_row(i) for i in range(3)]
    with pytest.raises(ImportFileError, match="says 4 accounts but the file has 3"):
        imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows, (4, "316.50")), today=TODAY)
    with pytest.raises(ImportFileError, match="says 999.00 placed but the rows add up to 316.50"):
        imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows, (3, "999.00")), today=TODAY)
    result = imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows, (3, "316.50")), today=TODAY)
    assert result.imported == 3 and result.trailer_total == Decimal("316.50")


def test_what_the_last_rows_reveal_undoes_the_batches_already_written(setup):
    # Rows are written a batch at a time while the next is checked: a file whose last line breaks it leaves
    # nothing behind, whether the break is a bad row under all-or-nothing or a trailer total that does not add up.
    factory, _client, _ = setup
    before = counts(factory)
    rows = [good_row(i) for i in range(100)]
    late_bad = placement_csv([*rows, good_row(100, Principal="ten dollars")])
    result = imports.import_file(factory, SYSTEM, "NWB", late_bad, mode="all_or_nothing", batch_size=30, today=TODAY)
    assert not result.committed and result.imported == 0 and result.rejected == 1
    assert [e.line for e in result.errors] == [102]
    assert counts(factory) == before
    with pytest.raises(ImportFileError, match="rows add up to 10,550.00"):
        imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows, (100, "10549.99")), batch_size=30,
                            today=TODAY)
    assert counts(factory) == before
    result = imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows, (100, "10550.00")), batch_size=30,
                                 today=TODAY)
    assert result.committed and result.imported == 100
    with factory() as s:
        placement = s.scalars(sa.select(Placement)).one()
        assert (placement.account_count, placement.rejected_count) == (100, 0)
        assert placement.amount_placed == Decimal("10550.00") == placement.trailer_total


def test_bad_values_each_get_a_row_error(setup):
    factory, _client, _ = setup
    rows = [
        good_row(1, **{"Charge-off Date": "2025-02-30"}),
        good_row(2, **{"Charge-off Date": "next tuesday"}),
        good_row(3, **{"Charge-off Date": "01/01/2030"}),
        good_row(4, Principal="12.345"),
        good_row(5, Principal="-10"),
        good_row(6, Principal="ten dollars"),
        good_row(7, Principal="0", Interest="0"),
        good_row(8, **{"Cell Phone": "555-0100"}),
        good_row(9, ZIP="00000"),
        good_row(10, State="ZZ"),
        good_row(11, **{"Last Name": ""}),
        good_row(12, **{"Account Number": ""}),
        good_row(13, Principal="$1,234.50"),
    ]
    result = imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows), today=TODAY)
    by_line = {e.line: (e.field, e.message) for e in result.errors}
    assert by_line == {
        2: ("charge_off_date", "is not a real date"),
        3: ("charge_off_date", "is not a date (expected YYYY-MM-DD or MM/DD/YYYY)"),
        4: ("charge_off_date", "is in the future"),
        5: ("principal", "has more than two decimals"),
        6: ("principal", "cannot be negative"),
        7: ("principal", "is not an amount"),
        8: ("principal", "the amount placed must be more than zero"),
        9: ("cell_phone", "is not a valid phone number for US"),
        10: ("zip", "is not a known US ZIP code"),
        11: ("state", "is not a US state code"),
        12: ("last_name", "is required (or a business name)"),
        13: ("account_number", "is required"),
    }
    assert result.imported == 1
    with factory() as s:
        assert s.scalar(sa.select(Account.principal)) == Decimal("1234.50")


def test_duplicates_of_placed_accounts_follow_the_clients_policy(setup):
    factory, client_id, _ = setup
    imports.import_file(factory, SYSTEM, "NWB", placement_csv([good_row(1), good_row(2)]), today=TODAY)
    again = placement_csv([good_row(1, Principal="150.00"), good_row(3)])
    rejected = imports.import_file(factory, SYSTEM, "NWB", again, today=TODAY)
    assert rejected.imported == 1 and rejected.updated == 0
    assert [(e.line, e.message) for e in rejected.errors] == [
        (2, f"NWB already placed this account on {TODAY:%Y-%m-%d} (the client's duplicate policy is to reject)")]

    maps.set_duplicate_policy(factory, SYSTEM, "NWB", "update")
    updated = imports.import_file(factory, SYSTEM, "NWB", placement_csv([good_row(1, Principal="150.00")]),
                                  today=TODAY)
    assert updated.updated == 1 and updated.imported == 0 and not updated.errors
    with factory() as s:
        account = s.scalar(sa.select(Account).where(Account.client_account_number == "A-00001"))
        assert account.principal == Decimal("150.00") and account.balance == Decimal("155.50")
        txs = s.scalars(sa.select(BalanceTransaction).where(BalanceTransaction.account_id == account.id)).all()
        assert sorted(t.kind for t in txs) == [TransactionKind.ADJUSTMENT, TransactionKind.PLACEMENT]
        assert sum((t.total for t in txs), Decimal(0)) == account.balance
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "account.placement_updated")) == 1


def test_a_file_of_ten_thousand_bad_rows_is_all_rejected_and_writes_nothing(setup):
    factory, _client, _ = setup
    before = counts(factory)
    rows = [good_row(i, Principal="n/a" if i % 2 else "-5", **{"Cell Phone": "12"}) for i in range(10_000)]
    result = imports.import_file(factory, SYSTEM, "NWB", placement_csv(rows), today=TODAY)
    assert not result.committed and result.rejected == 10_000 and result.data_rows == 10_000
    assert len(result.errors) == 20_000
    assert result.errors[-1].line == 10_001
    assert "No row of" in result.message
    assert counts(factory) == before
    out = io.StringIO()
    assert write_errors_csv(result.errors, out) == 20_000
    lines = out.getvalue().splitlines()
    assert lines[0] == "line,field,column,value,message" and lines[1].startswith("2,")


def test_excel_placement_with_spreadsheet_numbers_and_dates(setup):
    factory, _client, _ = setup
    result = imports.import_file(factory, SYSTEM, "NWB", DATA / "placement_sample.xlsx", today=TODAY)
    assert result.imported == 2
    assert [(e.line, e.field, e.message) for e in result.errors] == [(4, "principal", "has more than two decimals")]
    assert result.warnings and "1 row has an amount that could not be read" in result.warnings[0]
    with factory() as s:
        account = s.scalar(sa.select(Account).where(Account.client_account_number == "LKM-1"))
        assert account.principal == Decimal("1200.50") and account.charge_off_date == dt.date(2025, 3, 1)
        address = account.consumer.addresses[0]
        assert address.postal_code == "02108" and address.region == "MA"


def test_saved_maps_are_reused_by_name(setup):
    factory, _client, _ = setup
    data = "Acct|Surname|Owed|Charged Off\nZ-1|Lee|40.00|15/03/2025\n".encode()
    column_map = ColumnMap({"account_number": "Acct", "last_name": "Surname", "principal": "Owed",
                            "charge_off_date": "Charged Off"}, date_order="DMY")
    maps.save_map(factory, SYSTEM, "NWB", "pipe-file", column_map)
    assert maps.client_maps(factory, "NWB")["pipe-file"] == column_map
    result = imports.import_file(factory, SYSTEM, "NWB", data, map_name="pipe-file", today=TODAY)
    assert result.imported == 1
    with factory() as s:
        assert s.scalar(sa.select(Account.charge_off_date)) == dt.date(2025, 3, 15)
    with pytest.raises(ServiceError, match="no column map 'nope'"):
        imports.import_file(factory, SYSTEM, "NWB", data + b"Z-2|Kim|1.00|01/01/2025\n", map_name="nope")


def test_only_admins_import_recall_and_save_maps(setup):
    factory, _client, _ = setup
    supervisor = Actor(None, "sam", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        imports.import_file(factory, supervisor, "NWB", SAMPLE)
    with pytest.raises(PermissionDenied):
        recall.recall_file(factory, supervisor, "NWB", DATA / "recall_sample.csv")
    with pytest.raises(PermissionDenied):
        maps.save_map(factory, supervisor, "NWB", "x", ColumnMap({}))


def test_recalled_accounts_close_and_leave_the_queue(setup):
    factory, _client, _ = setup
    imports.import_file(factory, SYSTEM, "NWB", SAMPLE, today=TODAY)
    result = recall.recall_file(factory, SYSTEM, "NWB", DATA / "recall_sample.csv")
    assert result.committed and result.recalled == 2
    assert [(e.line, e.message) for e in result.errors] == [(4, "NWB has no account with this number")]
    with factory() as s:
        recalled = s.scalars(sa.select(Account).where(Account.status == AccountStatus.RECALLED)).all()
        assert sorted(a.client_account_number for a in recalled) == ["NWB-2026-0001", "NWB-2026-0004"]
        assert all(a.close_reason == "recalled" and a.closed_at is not None for a in recalled)
        assert s.scalar(sa.select(sa.func.count()).select_from(Account).where(Account.status == AccountStatus.OPEN)) == 4
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "account.recalled")) == 2
    again = recall.recall_file(factory, SYSTEM, "NWB", DATA / "recall_sample.csv", mode="all_or_nothing")
    assert not again.committed and "already recalled" in again.errors[0].message


def test_a_racing_import_of_the_same_file_is_refused_by_the_database(setup, monkeypatch):
    """Two imports of one file started together both pass the look for an earlier placement; the unique index on
    (client, file hash) lets only the first one land, and the second writes nothing."""
    factory, client_id, _ = setup
    data = SAMPLE.read_bytes()
    real = imports.existing_accounts

    def look_up_while_another_import_lands(*args, **kwargs):
        found = real(*args, **kwargs)
        monkeypatch.setattr(imports, "existing_accounts", real)
        imports.import_file(factory, SYSTEM, "NWB", data, file_name="first.csv", today=TODAY)
        return found

    monkeypatch.setattr(imports, "existing_accounts", look_up_while_another_import_lands)
    with pytest.raises(ImportFileError, match="already imported for NWB .*Nothing was imported"):
        imports.import_file(factory, SYSTEM, "NWB", data, file_name="second.csv", today=TODAY)
    with factory() as s:
        assert s.scalars(sa.select(Placement.file_name)).all() == ["first.csv"]
        assert s.scalar(sa.select(sa.func.count()).select_from(Account)) == 6


def test_the_same_bytes_may_be_placed_by_two_clients(setup):
    factory, _client, _ = setup
    with factory() as s, s.begin():
        make_client(s, code="CBK", name="Contoso Bank")
    imports.import_file(factory, SYSTEM, "NWB", SAMPLE, today=TODAY)
    imports.import_file(factory, SYSTEM, "CBK", SAMPLE, today=TODAY)
    with factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Placement)) == 2


def test_the_wizard_lists_active_clients_with_their_maps_for_admins(setup):
    from ccs_desktop.services.placement import wizard_queries

    factory, client_id, _ = setup
    maps.save_map(factory, SYSTEM, "NWB", "monthly", ColumnMap({"account_number": "Acct", "last_name": "Name"}))
    with factory() as s, s.begin():
        make_client(s, code="CAN", name="Maple Credit", currency="CAD", duplicate_policy="update")
        make_client(s, code="OLD", name="Gone Bank", active=False)
    found = wizard_queries.import_clients(factory, SYSTEM)
    assert [c.code for c in found] == ["CAN", "NWB"]  # active ones, by code
    maple, northwind = found
    assert (maple.country, maple.duplicate_policy, maple.maps) == ("CA", "update", {})
    assert northwind.country == "US" and list(northwind.maps) == ["monthly"]
    assert ColumnMap.from_json(northwind.maps["monthly"]).columns["last_name"] == "Name"
    for who in (Role.COLLECTOR, Role.SUPERVISOR):
        with pytest.raises(PermissionDenied):
            wizard_queries.import_clients(factory, Actor(None, "someone", who))
