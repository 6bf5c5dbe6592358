"""Supervisor reports: what the CSV and the PDF say about the hand-made floor."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from pypdf import PdfReader

from ccs_desktop.services.supervision import call_log, kpis, reports as rep
from ccs_desktop.services.context import PermissionDenied, ServiceError
from tests.services.floor import build

NOVEMBER = kpis.KpiScope(dt.date(2026, 11, 1), dt.date(2026, 11, 30))


@pytest.fixture
def floor(sqlite_url):
    from ccs_desktop import db

    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    yield factory, build(factory)
    engine.dispose()


def test_performance_csv_has_a_row_per_collector_and_a_total(floor, tmp_path):
    factory, fl = floor
    path = tmp_path / "performance.csv"
    rep.export(factory, fl.actor("sam"), "performance", path, scope=NOVEMBER)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0] == ["Collector performance"]
    body = {r[0]: r for r in rows if r and r[0] in ("Casey Collector", "Cole Collector", "All in scope")}
    assert body["Cole Collector"][1:4] == ["5", "2", "40.00 %"]
    assert body["All in scope"][1:4] == ["8", "4", "50.00 %"]
    assert body["All in scope"][7:9] == ["USD 500.00", "USD 14.29 %"]  # money by currency, with its code


def test_compliance_pdf_lists_blocks_and_overrides_by_rule(floor, tmp_path):
    factory, fl = floor
    path = tmp_path / "compliance.pdf"
    rep.export(factory, fl.actor("ada"), "compliance", path, scope=NOVEMBER)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    assert "Compliance: blocks and overrides by rule" in text
    assert "time_window" in text and "reg_f_7_in_7" in text
    assert "Consumer asked for a call back today" in text


def test_call_log_report_follows_the_filter(floor, tmp_path):
    factory, fl = floor
    path = tmp_path / "calls.csv"
    report = rep.export(factory, fl.actor("sam"), "call_log", path,
                        flt=call_log.CallLogFilter(collector_ids=(fl.users["casey"].id,)))
    assert [r[6] for r in rep.report_rows(report)] == ["SENT", "RPC", "RPC"]
    pdf = tmp_path / "calls.pdf"
    rep.export(factory, fl.actor("sam"), "call_log", pdf, flt=call_log.CallLogFilter(blocked=True))
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "2 rows" in text and "refused attempts" in text


def test_reports_are_for_supervisors(floor, tmp_path):
    factory, fl = floor
    with pytest.raises(PermissionDenied):
        rep.export(factory, fl.actor("cole"), "performance", tmp_path / "x.csv", scope=NOVEMBER)
    with pytest.raises(ServiceError, match=".pdf or a .csv"):
        rep.export(factory, fl.actor("sam"), "performance", tmp_path / "x.xls", scope=NOVEMBER)


def test_csv_reports_never_hand_a_spreadsheet_a_formula(floor, tmp_path):
    """A consumer's name from a placement file, a collector's display name and an override reason are text: in
    the CSV they start with a quote, so Excel shows them instead of running them."""
    import sqlalchemy as sa

    from ccs_desktop.models import AccountParty, Override, Person, User

    factory, fl = floor
    with factory() as s, s.begin():
        person = s.scalars(sa.select(Person).join(AccountParty, AccountParty.person_id == Person.id)
                           .where(AccountParty.account_id == fl.accounts["a3"])).one()
        person.first_name, person.last_name = None, '=HYPERLINK("http://evil.example","x")'
        s.get(User, fl.users["casey"].id).display_name = "@SUM(1+1)*cmd|' /C calc'!A0"
        s.get(Override, fl.override_id).reason = "\t-2+3+cmd|' /C calc'!A0"
    calls = tmp_path / "calls.csv"
    rep.export(factory, fl.actor("sam"), "call_log", calls, flt=call_log.CallLogFilter(collector_ids=(fl.users["casey"].id,)))
    rows = [r for r in csv.reader(calls.open(encoding="utf-8-sig")) if len(r) == 9][1:]
    assert rows and all(r[4] == "'" + '=HYPERLINK("http://evil.example","x")' for r in rows)
    assert all(r[1] == "'@SUM(1+1)*cmd|' /C calc'!A0" for r in rows)
    performance = tmp_path / "performance.csv"
    rep.export(factory, fl.actor("sam"), "performance", performance, scope=NOVEMBER)
    names = [r[0] for r in csv.reader(performance.open(encoding="utf-8-sig")) if len(r) == 11]
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in names and "Cole Collector" in names
    compliance = tmp_path / "compliance.csv"
    rep.export(factory, fl.actor("ada"), "compliance", compliance, scope=NOVEMBER)
    reasons = [r[5] for r in csv.reader(compliance.open(encoding="utf-8-sig")) if len(r) == 7][1:]
    assert reasons == ["'\t-2+3+cmd|' /C calc'!A0"]
    every = [c for p in (calls, performance, compliance) for r in csv.reader(p.open(encoding="utf-8-sig")) for c in r]
    assert not [c for c in every if c[:1] in ("=", "+", "@", "\t", "\r")]
