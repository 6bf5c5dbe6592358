"""The agency's identity: one record an admin keeps, used by every letter; no letter goes out under another name."""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import re
from decimal import Decimal

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from ccs_desktop.models import AuditEvent, Client, Letter
from ccs_desktop.models.enums import Language, PaymentMethod, PromiseKind, Role
from ccs_desktop.services import agency
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.letters import arrangement, notices, sending, template_letters
from ccs_desktop.services.money import promises
from ccs_desktop.services.money.promises import PromiseRequest
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.promise_book import make_book as _make_book

ADMIN = Actor(None, "admin", Role.ADMIN)
PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "ccs_desktop"


def make_book(session_factory):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
    return _make_book(session_factory)


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_no_agency_identity_is_written_into_the_product():
    """The agency's name and city come from the record only (the demo data seeds one; the code names none)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("demo.py", "demo_agency.py"):  # the demo data seeds the demo agency
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {name}" for name in ("Cascade Collection", "CCS Recovery", "Columbus, OH",
                                                       "Seattle, WA", "Harbor Way") if name in text]
    assert found == []


def test_every_letter_takes_the_one_record_and_an_admin_changes_it(session_factory):
    book = make_book(session_factory)
    saved = agency.save(session_factory, ADMIN, legal_name="Harbor Recovery Partners, Inc.",
                        trade_name="Harbor Recovery", address_lines="77 Pier Road\nPortland, ME 04101",
                        phone="(207) 555-0199", payment_address_lines=["PO Box 9", "Portland, ME 04112"],
                        licences="ny: 2099-DCA, ME: CA-77", time_zone="America/New_York").agency
    assert saved.name == "Harbor Recovery" and saved.licences == {"ME": "CA-77", "NY": "2099-DCA"}
    assert saved.address_lines == ("77 Pier Road", "Portland, ME 04101")

    # The validation notice, a template letter and the arrangement confirmation all say the same agency.
    notice = notices.send_validation_notice(session_factory, book.collector, book.account_id, language="en")
    notice_text = text_of(sending.letter_pdf(session_factory, book.collector, notice.id))
    reminder = template_letters.send_letter(session_factory, book.collector, book.account_id, "payment_reminder",
                                            language="en", values={"payment_amount": "50.00",
                                                                   "payment_due": "2030-01-15"})
    reminder_text = text_of(sending.letter_pdf(session_factory, book.collector, reminder.id))
    for text in (notice_text, reminder_text):
        assert "Harbor Recovery" in text and "77 Pier Road" in text and "(207) 555-0199" in text
        assert "Cascade" not in text

    with session_factory() as s:
        event = s.scalars(sa.select(AuditEvent).where(AuditEvent.action == "agency.changed")
                          .order_by(AuditEvent.seq.desc())).first()
    assert event.after["trade_name"] == "Harbor Recovery"
    assert event.before["trade_name"] == "Cascade Collection Services"


def test_the_arrangement_confirmation_shows_the_payment_address_and_the_licence(session_factory):
    book = make_book(session_factory)
    with session_factory() as s, s.begin():
        agency.put(s, ADMIN, {"licences": {"NY": "2034567-DCA"}})
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SINGLE, first_due=dt.date.today() + dt.timedelta(days=5),
        amount=Decimal("50.00"), method=PaymentMethod.CHECK))
    letter = arrangement.create_confirmation(session_factory, book.collector, promise.id)
    text = text_of(letter.pdf)
    assert "Cascade Collection Services" in text
    assert "Mail checks to Cascade Collection Services, LLC, PO Box 34120, Seattle, WA 98124" in text
    assert "NY licence number 2034567-DCA" in text
    assert "CCS Recovery" not in text and "Columbus" not in text


def test_letters_are_refused_until_the_agency_is_entered(session_factory):
    book = make_book(session_factory)
    with session_factory() as s, s.begin():
        s.execute(sa.delete(agency.AgencyProfile))
    with pytest.raises(ServiceError, match="an administrator enters them under File > Agency settings"):
        notices.send_validation_notice(session_factory, book.collector, book.account_id, language="en")
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Letter)) == 0
    assert agency.get(session_factory, book.collector) is None


@pytest.mark.parametrize("values,message", [
    ({"legal_name": "  "}, "legal name cannot be empty"),
    ({"address_lines": []}, "needs at least one line"),
    ({"time_zone": "Mars/Olympus"}, "Unknown time zone"),
    ({"licences": "Washington: 12"}, "not a two-letter state"),
    ({"licences": "WA 12"}, "Write each licence as STATE: number"),
    ({"email": "nobody"}, "not an email address"),
    ({"colour": "blue"}, "Unknown agency fields: colour"),
])
def test_bad_input_is_refused_and_changes_nothing(session_factory, values, message):
    book = make_book(session_factory)
    with pytest.raises(ServiceError, match=message):
        agency.save(session_factory, ADMIN, **values)
    with session_factory() as s:
        assert agency.load(s).legal_name == "Cascade Collection Services, LLC"
    del book


def test_only_an_admin_changes_the_agency(session_factory):
    book = make_book(session_factory)
    with pytest.raises(PermissionDenied, match="change the agency's settings"):
        agency.save(session_factory, book.supervisor, trade_name="Mine")
    assert agency.get(session_factory, book.collector).trade_name == "Cascade Collection Services"


def test_a_database_with_the_old_letterhead_setting_keeps_its_identity(sqlite_url):
    from alembic import command

    from ccs_desktop import db

    engine = db.make_engine(sqlite_url)
    try:
        command.downgrade(db.alembic_config(engine), "0014")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO app_settings (key, value, created_at, updated_at, row_version) VALUES ('letters.agency', "
                "'{\"name\": \"Lakeview Recovery\", \"address_lines\": [\"1 Lake St\", \"Erie, PA 16501\"], "
                "\"phone\": \"814-555-0100\", \"hours\": \"9 to 5\", \"hours_es\": \"de 9 a 5\"}', "
                "'2026-01-01', '2026-01-01', 1)")
        db.upgrade(engine)
        with sa.orm.Session(engine) as s:
            found = agency.load(s)
        assert (found.name, found.address_lines, found.phone) == ("Lakeview Recovery", ("1 Lake St", "Erie, PA 16501"),
                                                                  "814-555-0100")
    finally:
        engine.dispose()


def test_language_of_hours():
    a = agency.Agency("L", None, ("a",), "1", "9 to 5", "de 9 a 5", None, None, (), {}, "America/Chicago")
    assert a.hours_in(Language.ES.value) == "de 9 a 5" and a.hours_in("en") == "9 to 5"
    assert a.payment_lines == ("a",) and a.licence_for(None) is None


def test_reports_and_remittance_statements_carry_the_agencys_name(session_factory, tmp_path):
    from ccs_desktop.services.money import remittance

    book = make_book(session_factory)
    agency.save(session_factory, ADMIN, legal_name="Harbor Recovery Partners, Inc.")
    with session_factory() as s:
        code = s.get(Client, book.client_id).code
    st = remittance.statement(session_factory, ADMIN, code, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    remittance.export(st, tmp_path / "statement.pdf")
    assert "Harbor Recovery Partners, Inc." in text_of((tmp_path / "statement.pdf").read_bytes())
