"""Scrub and skip-trace files through the placement import's machinery, on SQLite and PostgreSQL: new numbers and
addresses widen the consumer's zones, bankruptcy and death matches become compliance records that block contact,
bad rows are rejected with their line, all-or-nothing writes nothing, and a file is imported once."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from ccs_desktop.models import (
    Account, Address, AuditEvent, Bankruptcy, Deceased, Email, Phone, ScrubFile,
)
from ccs_desktop.models.enums import Role
from ccs_desktop.services.accounts import queue_fields
from ccs_desktop.services.context import SYSTEM, Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.services.placement import scrub
from ccs_desktop.services.placement.errors import ImportFileError
from ccs_desktop.services.placement.maps import ColumnMap
from tests.factories import make_account, make_client, make_person

TODAY = dt.date(2026, 12, 1)
HEADER = "Account Number,Cell Phone,Home Phone,Address,City,State,ZIP,Email,BK Chapter,BK Case,Filing Date,DOD\n"


@pytest.fixture
def world(session_factory):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        client = make_client(s, code="ACME")
        accounts = {}
        for n in range(1, 5):
            person = make_person(s)
            account = make_account(s, client=client, person=person, client_account_number=f"AC-{n}")
            queue_fields.refresh_queue_fields(s, account.id)
            accounts[f"AC-{n}"] = (account.id, person.id)
    return {"factory": session_factory, "accounts": accounts}


def _count(factory, model, **where) -> int:
    with factory() as s:
        query = sa.select(sa.func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return s.scalar(query)


def _account(w, number: str) -> Account:
    with w["factory"]() as s:
        return s.get(Account, w["accounts"][number][0])


def test_a_scrub_file_adds_what_was_found_and_the_queue_follows(world):
    w = world
    data = (HEADER
            + "AC-1,(213) 555-0142,212-555-0100,,,,,pat@example.com,,,,\n"          # LA cell; the 212 is on file
            + "AC-2,,,200 N Spring St,Los Angeles,CA,90012,,,,,\n"                  # a new address
            + "AC-3,,,,,,,,13,1:26-bk-01234,11/02/2026,\n"                           # a chapter 13 filing
            + "AC-4,,,,,,,,,,,10/30/2026\n").encode()                                # died
    result = scrub.import_scrub(w["factory"], SYSTEM, data, client="ACME", file_name="skiptrace.csv", today=TODAY)
    assert result.committed and not result.errors, result.errors
    assert result.persons == 4 and result.data_rows == 4
    assert result.counts == {"phones": 1, "addresses": 1, "emails": 1, "bankruptcy": 1, "deceased": 1,
                             "already_on_file": 1}
    assert _account(w, "AC-1").tz_group == "America/Los_Angeles|America/New_York"
    assert _account(w, "AC-2").tz_group == "America/Los_Angeles|America/New_York"
    assert (_account(w, "AC-3").contact_blocked, _account(w, "AC-3").blocked_reason) == (True, "bankruptcy")
    assert (_account(w, "AC-4").contact_blocked, _account(w, "AC-4").blocked_reason) == (True, "deceased")
    person1, person3, person4 = (w["accounts"][n][1] for n in ("AC-1", "AC-3", "AC-4"))
    with w["factory"]() as s:
        new = s.scalars(sa.select(Phone).where(Phone.person_id == person1, Phone.e164 == "+12135550142")).one()
        assert new.source == "scrub" and new.type == "cell"
        assert s.scalars(sa.select(Email.address).where(Email.person_id == person1)).all() == ["pat@example.com"]
        case = s.scalars(sa.select(Bankruptcy).where(Bankruptcy.person_id == person3)).one()
        assert (case.chapter, case.case_number, case.filed_on, case.source) == (13, "1:26-bk-01234",
                                                                              dt.date(2026, 11, 2), "scrub")
        assert s.scalars(sa.select(Deceased.died_on).where(Deceased.person_id == person4)).one() == dt.date(2026, 10, 30)
        actions = s.scalars(sa.select(AuditEvent.action)).all()
        stored = s.scalars(sa.select(ScrubFile)).one()
    assert actions.count("person.scrubbed") == 4 and actions.count("scrub.imported") == 1
    assert (stored.row_count, stored.person_count, stored.file_name) == (4, 4, "skiptrace.csv")
    assert result.changes.touches(w["accounts"]["AC-3"][0])

    # The same file again is refused; a later file with the same matches adds nothing twice.
    with pytest.raises(ImportFileError, match="already imported"):
        scrub.import_scrub(w["factory"], SYSTEM, data, client="ACME", file_name="again.csv", today=TODAY)
    again = scrub.import_scrub(w["factory"], SYSTEM, data + b"\n", client="ACME", file_name="monthly.csv",
                               today=TODAY)
    assert again.committed and again.persons == 0 and again.counts["already_on_file"] == 6
    assert _count(w["factory"], Bankruptcy, person_id=person3) == 1


def test_bad_rows_are_rejected_with_their_line_and_all_or_nothing_writes_nothing(world):
    w = world
    data = (HEADER
            + "AC-1,555-01,,,,,,,,,,\n"                                   # line 2: not a number
            + "AC-2,,,9 Elm St,Los Angeles,NY,90012,,,,,\n"              # line 3: the ZIP is in CA
            + "AC-9,(213) 555-0142,,,,,,,,,,\n"                          # line 4: no such account
            + "AC-3,,,,,,,,14,,,\n"                                       # line 5: no chapter 14
            + "AC-4,(312) 555-0101,,,,,,,,,,\n").encode()                # line 6: fine
    before = _count(w["factory"], Phone)
    nothing = scrub.import_scrub(w["factory"], SYSTEM, data, client="ACME", file_name="bad.csv", mode="all_or_nothing",
                                 today=TODAY)
    assert not nothing.committed and nothing.rejected == 4 and "nothing was imported" in nothing.message
    assert _count(w["factory"], Phone) == before and _count(w["factory"], ScrubFile) == 0
    assert {(e.line, e.field) for e in nothing.errors} == {(2, "cell_phone"), (3, "zip"), (4, "account_number"),
                                                            (5, "bankruptcy_chapter")}
    messages = {e.line: e.message for e in nothing.errors}
    assert "is in CA, not NY" in messages[3] and "no account of the client" in messages[4]

    kept = scrub.import_scrub(w["factory"], SYSTEM, data, client="ACME", file_name="bad.csv", today=TODAY)
    assert kept.committed and kept.rejected == 4 and kept.persons == 1 and kept.counts["phones"] == 1
    assert "America/Chicago" in _account(w, "AC-4").tz_group


def test_person_and_account_ids_a_saved_map_and_who_may_import(world):
    w = world
    account1, person1 = w["accounts"]["AC-1"]
    _account2, person2 = w["accounts"]["AC-2"]
    scrub.save_scrub_map(w["factory"], SYSTEM, "vendor", ColumnMap(
        {"person_id": "CONSUMER_REF", "account_id": "ACCT_REF", "other_phone": "NEW_TEL", "deceased": "DECD_FLAG"}))
    assert set(scrub.scrub_maps(w["factory"])) == {"vendor"}
    data = ("CONSUMER_REF,ACCT_REF,NEW_TEL,DECD_FLAG\n"
            f"{person2},,+1 303 555 0123,N\n"
            f",{account1},,\n"            # finds nothing: rejected
            f"not-an-id,,3035550124,\n").encode()
    collector = Actor(None, "cole", Role.COLLECTOR)
    with pytest.raises(PermissionDenied):
        scrub.import_scrub(w["factory"], collector, data, map_name="vendor")
    with pytest.raises(ServiceError, match="no scrub column map 'other'"):
        scrub.import_scrub(w["factory"], SYSTEM, data, map_name="other")
    result = scrub.import_scrub(w["factory"], SYSTEM, data, map_name="vendor", file_name="vendor.csv", today=TODAY)
    assert result.committed and result.persons == 1 and result.counts["deceased"] == 0
    assert {(e.line, e.field) for e in result.errors} == {(3, "row"), (4, "person_id")}
    with w["factory"]() as s:
        assert "+13035550123" in s.scalars(sa.select(Phone.e164).where(Phone.person_id == person2)).all()
        assert s.scalar(sa.select(sa.func.count()).select_from(Deceased)) == 0
    assert "America/Denver" in _account(w, "AC-2").tz_group
    # Account numbers need the client.
    with pytest.raises(ServiceError, match="which client"):
        scrub.import_scrub(w["factory"], SYSTEM, HEADER.encode() + b"AC-1,2135550142,,,,,,,,,,\n")
    assert _count(w["factory"], Address) == 4
