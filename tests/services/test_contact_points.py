"""Adding and correcting a consumer's phones, addresses and emails from the workspace, on SQLite and PostgreSQL:
each change is one audited transaction that the queue's time-zone group follows at once; bad input is refused with a
message and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from hypothesis import given, settings, strategies as st

from ccs_desktop.compliance import location
from ccs_desktop.compliance.model import Address as AddressFacts
from ccs_desktop.models import Account, Address, AuditEvent, Email, Phone
from ccs_desktop.models.enums import PhoneType, Role
from ccs_desktop.services.accounts import contact_points as cp
from ccs_desktop.services.accounts import queue, queue_fields, workspace
from ccs_desktop.services import access
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_person, make_user

UTC = dt.timezone.utc
NY, LA, CHI = "America/New_York", "America/Los_Angeles", "America/Chicago"


@pytest.fixture
def world(session_factory):
    """A New York consumer (ZIP 10001, a 212 cell) on a collector's account, and another collector."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        collector = make_user(s, Role.COLLECTOR)
        other = make_user(s, Role.COLLECTOR)
        person = make_person(s)
        account = make_account(s, person=person, assigned_to=collector.id)
        phone = s.scalars(sa.select(Phone.id).where(Phone.person_id == person.id)).one()
        address = s.scalars(sa.select(Address.id).where(Address.person_id == person.id)).one()
        queue_fields.refresh_queue_fields(s, account.id)
    return {"factory": session_factory, "account": account.id, "person": person.id, "phone": phone,
            "address": address,
            "collector": Actor(collector.id, collector.username, Role.COLLECTOR, workstation="WS-1"),
            "other": Actor(other.id, other.username, Role.COLLECTOR, workstation="WS-2")}


def _group(w) -> str | None:
    with w["factory"]() as s:
        return s.get(Account, w["account"]).tz_group


def _events(w, action: str | None = None) -> list[AuditEvent]:
    with w["factory"]() as s:
        query = sa.select(AuditEvent).order_by(AuditEvent.seq)
        if action:
            query = query.where(AuditEvent.action == action)
        return list(s.scalars(query))


def test_a_number_given_on_a_call_is_added_with_its_consent_and_widens_the_zones_at_once(world):
    w = world
    assert _group(w) == NY
    given_at = dt.datetime(2026, 12, 1, 15, 30, tzinfo=UTC)
    result = cp.add_phone(w["factory"], w["collector"], w["account"], w["person"],
                          cp.PhoneInput("(213) 555-0142", PhoneType.CELL, "consumer", consent=True,
                                        consent_at=given_at, consent_how="verbal"),
                          "Consumer gave a new cell on the call")
    assert result.changes.touches(w["account"])
    with w["factory"]() as s:
        phone = s.get(Phone, result.point_id)
        assert (phone.e164, phone.type, phone.source) == ("+12135550142", PhoneType.CELL, "consumer")
        assert phone.consent and phone.consent_at == given_at and phone.consent_how == "verbal"
    # The queue's group, the workspace's zones and the editor's zones: every number on file counts.
    assert _group(w) == f"{LA}|{NY}"
    with w["factory"]() as s:
        view = workspace.load_in(s, w["collector"], w["account"])
    assert view.zones == (LA, NY)
    points = cp.load_points(w["factory"], w["collector"], w["account"])
    assert points[0].zones == (LA, NY) and {p.e164 for p in points[0].phones} == {"+12125550100", "+12135550142"}
    event = _events(w, "phone.added")[-1]
    assert event.user_id == w["collector"].user_id and event.reason == "Consumer gave a new cell on the call"
    assert event.after["e164"] == "+12135550142" and event.after["consent_how"] == "verbal"


def test_marking_a_number_wrong_narrows_the_zones_and_says_why(world):
    w = world
    added = cp.add_phone(w["factory"], w["collector"], w["account"], w["person"],
                         cp.PhoneInput("312-555-0101", "home", "skip trace"), "Skip trace hit")
    assert _group(w) == f"{CHI}|{NY}"
    cp.mark_phone_bad(w["factory"], w["collector"], w["account"], added.point_id, "wrong_number",
                      "A stranger answered: not the consumer's")
    with w["factory"]() as s:
        phone = s.get(Phone, added.point_id)
        assert phone.bad_number and phone.bad_reason == "wrong_number"
    assert _group(w) == NY
    event = _events(w, "phone.marked_bad")[-1]
    assert event.before["bad_number"] is False and event.after["bad_reason"] == "wrong_number"
    with pytest.raises(ServiceError, match="wrong_number or disconnected"):
        cp.mark_phone_bad(w["factory"], w["collector"], w["account"], added.point_id, "annoying")


@pytest.mark.parametrize("number, message", [
    ("555-01", "is not a valid phone number"),
    ("(212) 055-0100", "is not a valid phone number"),
    ("call me maybe", "is not a phone number"),
    ("", "Type the phone number"),
    ("+1 212 555 0100", "already on file"),
])
def test_a_number_that_is_not_one_is_refused_and_nothing_is_written(world, number, message):
    w = world
    before = len(_events(w))
    with pytest.raises(ServiceError, match=message):
        cp.add_phone(w["factory"], w["collector"], w["account"], w["person"], cp.PhoneInput(number), "On the call")
    assert len(_events(w)) == before
    with w["factory"]() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Phone).where(Phone.person_id == w["person"])) == 1


def test_consent_needs_how_it_was_given_and_cannot_be_in_the_future(world):
    w = world
    with pytest.raises(ServiceError, match="how the consent was given"):
        cp.add_phone(w["factory"], w["collector"], w["account"], w["person"],
                     cp.PhoneInput("2135550142", consent=True), "On the call")
    later = dt.datetime.now(UTC) + dt.timedelta(days=2)
    with pytest.raises(ServiceError, match="future"):
        cp.add_phone(w["factory"], w["collector"], w["account"], w["person"],
                     cp.PhoneInput("2135550142", consent=True, consent_at=later, consent_how="verbal"), "On the call")
    with pytest.raises(ServiceError, match="Say why"):
        cp.add_phone(w["factory"], w["collector"], w["account"], w["person"], cp.PhoneInput("2135550142"), "  ")


def test_correcting_a_number_keeps_one_primary_and_audits_before_and_after(world):
    w = world
    added = cp.add_phone(w["factory"], w["collector"], w["account"], w["person"],
                         cp.PhoneInput("2135550142", "home"), "Consumer's landline")
    cp.correct_phone(w["factory"], w["collector"], w["account"], added.point_id,
                     cp.PhoneInput("2135550143", "cell", "consumer", primary=True), "Mistyped the last digit")
    with w["factory"]() as s:
        phones = {p.e164: p for p in s.scalars(sa.select(Phone).where(Phone.person_id == w["person"]))}
    assert set(phones) == {"+12125550100", "+12135550143"}
    assert phones["+12135550143"].primary and not phones["+12125550100"].primary
    event = _events(w, "phone.corrected")[-1]
    assert event.before["e164"] == "+12135550142" and event.after["e164"] == "+12135550143"
    assert event.reason == "Mistyped the last digit"
    with pytest.raises(ServiceError, match="Nothing to change"):
        cp.correct_phone(w["factory"], w["collector"], w["account"], added.point_id,
                         cp.PhoneInput("2135550143", "cell", "consumer", primary=True), "again")


@pytest.mark.parametrize("address, message", [
    (cp.AddressInput("9 Elm St", "Nowhere", "NY", "00000"), "00000 is not a known US ZIP code"),
    (cp.AddressInput("9 Elm St", "Los Angeles", "NY", "90012"), "90012 is in CA, not NY"),
    (cp.AddressInput("9 Elm St", "Springfield", "ZZ", "62701"), "ZZ is not a US state code"),
    (cp.AddressInput("9 Elm St", "Town", "", "1234"), "is not a ZIP code"),
    (cp.AddressInput("9 Elm St", "Toronto", "BC", "M5V 2T6", country="CA"), "is not a postal code of BC"),
    (cp.AddressInput("", "Town", "NY", "10001"), "street address"),
    (cp.AddressInput("9 Elm St", "Town", "NY", ""), "ZIP"),
    (cp.AddressInput("9 Elm St", "Paris", "", "75001", country="FR"), "US or CA"),
])
def test_an_address_whose_zip_does_not_exist_or_match_the_state_is_refused(world, address, message):
    w = world
    before = len(_events(w))
    with pytest.raises(ServiceError, match=message):
        cp.add_address(w["factory"], w["collector"], w["account"], w["person"], address, "Consumer moved")
    assert len(_events(w)) == before and _group(w) == NY


def test_a_new_address_counts_and_a_retired_one_no_longer_does(world):
    w = world
    moved = cp.add_address(w["factory"], w["collector"], w["account"], w["person"],
                           cp.AddressInput("200 N Spring St", "Los Angeles", "", "90012"), "Consumer moved to LA")
    with w["factory"]() as s:
        address = s.get(Address, moved.point_id)
        assert (address.region, address.postal_code, address.current) == ("CA", "90012", True)
    assert _group(w) == f"{LA}|{NY}"
    cp.mark_phone_bad(w["factory"], w["collector"], w["account"], w["phone"], "disconnected")
    assert _group(w) == f"{LA}|{NY}"  # the New York address still counts
    cp.retire_address(w["factory"], w["collector"], w["account"], w["address"], "Consumer no longer lives in NY")
    assert _group(w) == LA
    with w["factory"]() as s:
        old = s.get(Address, w["address"])
        assert not old.current and not old.bad_address  # an old address, kept on file


def test_retiring_every_address_leaves_the_numbers_zones_and_bad_address_is_kept_on_file(world):
    w = world
    cp.mark_phone_bad(w["factory"], w["collector"], w["account"], w["phone"], "disconnected")
    assert _group(w) == NY  # the address alone
    cp.retire_address(w["factory"], w["collector"], w["account"], w["address"], "Mail came back", bad=True)
    assert _group(w) is None  # nothing locates the consumer: the queue blocks the account
    with w["factory"]() as s:
        address = s.get(Address, w["address"])
        assert address.bad_address and not address.current
        row = queue.rows_in(s, w["collector"], [w["account"]], dt.datetime.now(UTC))[0]
    assert row.callable.state == "blocked"
    with pytest.raises(ServiceError, match="already retired"):
        cp.retire_address(w["factory"], w["collector"], w["account"], w["address"], "again", bad=True)
    assert _events(w, "address.marked_bad")[-1].reason == "Mail came back"


def test_correcting_an_address(world):
    w = world
    cp.correct_address(w["factory"], w["collector"], w["account"], w["address"],
                       cp.AddressInput("1 Main St", "Chicago", "IL", "60601"), "Typed the wrong city and ZIP")
    assert _group(w) == f"{CHI}|{NY}"  # the Chicago address and the 212 number
    event = _events(w, "address.corrected")[-1]
    assert event.before["postal_code"] == "10001" and event.after["postal_code"] == "60601"


def test_emails_with_employer_consent_and_use(world):
    w = world
    work = cp.add_email(w["factory"], w["collector"], w["account"], w["person"],
                        cp.EmailInput("Pat.Doe@Employer.example", employer_provided=True, source="client"),
                        "From the client's file")
    with pytest.raises(ServiceError, match="already on file"):
        cp.add_email(w["factory"], w["collector"], w["account"], w["person"],
                     cp.EmailInput("pat.doe@employer.example"), "again")
    with pytest.raises(ServiceError, match="not an email address"):
        cp.add_email(w["factory"], w["collector"], w["account"], w["person"], cp.EmailInput("pat at home"), "x")
    cp.correct_email(w["factory"], w["collector"], w["account"], work.point_id,
                     cp.EmailInput("pat.doe@employer.example", employer_provided=True, consent=True,
                                   consent_how="written", consumer_used=True, source="client"),
                     "Consumer emailed us from it and asked us to use it")
    with w["factory"]() as s:
        email = s.get(Email, work.point_id)
    assert email.address == "pat.doe@employer.example" and email.employer_provided
    assert email.consent and email.consent_how == "written" and email.consent_at is not None and email.consumer_used
    event = _events(w, "email.corrected")[-1]
    assert event.before["consent"] is False and event.after["consumer_used"] is True


def test_a_collector_cannot_change_the_contact_points_of_an_account_not_theirs(world):
    w = world
    with pytest.raises(PermissionDenied):
        cp.add_phone(w["factory"], w["other"], w["account"], w["person"], cp.PhoneInput("2135550142"), "x")
    with pytest.raises(PermissionDenied):
        cp.mark_phone_bad(w["factory"], w["other"], w["account"], w["phone"], "wrong_number")
    with pytest.raises(PermissionDenied):
        cp.load_points(w["factory"], w["other"], w["account"])
    with w["factory"]() as s, s.begin():
        stranger = make_person(s, phone=None)
    with pytest.raises(ServiceError, match="not a party"):
        cp.add_phone(w["factory"], w["collector"], w["account"], stranger.id, cp.PhoneInput("2135550142"), "x")


def _weekday_at(hour: int, minute: int, zone: str) -> dt.datetime:
    """The next Wednesday at hour:minute in `zone`, as UTC."""
    from zoneinfo import ZoneInfo

    day = dt.date.today() + dt.timedelta(days=1)
    while day.weekday() != 2:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def test_a_new_number_and_the_queue_the_workspace_and_the_engine_agree_at_once(world):
    """8:30 in New York is 5:30 in Los Angeles: once the consumer's LA cell is on file, calling the New York number
    is not convenient in every place the information points to (Reg F 1006.6(b)(1)(i)), whoever asks."""
    w = world
    early = _weekday_at(8, 30, NY)
    noon = _weekday_at(12, 0, NY)

    def states(at):
        with w["factory"]() as s:
            row = queue.rows_in(s, w["collector"], [w["account"]], at)[0]
            view = workspace.load_in(s, w["collector"], w["account"], at)
        decision = attempts.check_contact(w["factory"], w["collector"], w["account"], w["person"], "call",
                                          phone_id=w["phone"], at=at)
        phone = next(p for p in view.consumer.phones if p.id == w["phone"])
        return row.callable.state, view.row.callable.state, phone.state.state, decision.allowed, decision

    assert states(early)[:4] == ("callable", "callable", "callable", True)
    cp.add_phone(w["factory"], w["collector"], w["account"], w["person"], cp.PhoneInput("213-555-0142"),
                 "Consumer gave a new cell on the call")
    queue_state, view_state, phone_state, allowed, decision = states(early)
    assert (queue_state, view_state, phone_state, allowed) == ("later", "later", "later", False)
    assert LA in decision.time_zones
    assert states(noon)[:4] == ("callable", "callable", "callable", True)
    # Marked wrong: the LA number no longer points anywhere, and 8:30 is fine again.
    added = next(p.id for p in cp.load_points(w["factory"], w["collector"], w["account"])[0].phones
                 if p.e164 == "+12135550142")
    cp.mark_phone_bad(w["factory"], w["collector"], w["account"], added, "wrong_number")
    assert states(early)[:4] == ("callable", "callable", "callable", True)


def test_an_employer_email_is_used_only_after_consent_or_once_the_consumer_wrote_from_it(world):
    w = world
    at = _weekday_at(12, 0, NY)
    work = cp.add_email(w["factory"], w["collector"], w["account"], w["person"],
                        cp.EmailInput("pat@employer.example", employer_provided=True, source="client"), "Client file")

    def allowed() -> bool:
        return attempts.check_contact(w["factory"], w["collector"], w["account"], w["person"], "email",
                                      email_address="pat@employer.example", at=at).allowed

    assert not allowed()  # 12 CFR 1006.22(f)(3)
    cp.correct_email(w["factory"], w["collector"], w["account"], work.point_id,
                     cp.EmailInput("pat@employer.example", employer_provided=True, consumer_used=True, source="client"),
                     "The consumer wrote to us from it")
    assert allowed()
    cp.correct_email(w["factory"], w["collector"], w["account"], work.point_id,
                     cp.EmailInput("pat@employer.example", employer_provided=True, consent=True, consent_how="verbal",
                                   source="client"), "Consented on the call to email at work")
    assert allowed()


# --- the candidate zones: every current address and every number, never fewer than the primary ones --------------

ZIPS = ["10001", "90012", "60601", "80202", "85004", "96813", "99501", "33101", "98101", "73301"]
NUMBERS = ["+12125550100", "+12135550142", "+13125550101", "+13035550123", "+16025550111", "+18085550100",
           "+19075550100", "+13055550100", "+12065550100", "+18005550100", "+15125550100"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ZIPS), min_size=1, max_size=4), st.lists(st.sampled_from(NUMBERS), min_size=1,
                                                                          max_size=5),
       st.sampled_from([None, "America/Denver", NY]))
def test_zones_from_every_address_and_number_include_the_zones_of_the_primary_ones(zips, numbers, stated):
    addresses = [AddressFacts(z, None, "US") for z in zips]
    every = set(location.person_zones(addresses, numbers, stated))
    primary = set(location.person_zones(addresses[:1], numbers[:1], stated))
    assert primary <= every
    for address in addresses:  # and each one's own zones are among them
        assert set(location.address_place(address)[3]) <= every
    for number in numbers:
        assert set(location.phone_zones(number)) <= every
    assert location.tz_group_zones(location.tz_group_key(every)) == tuple(sorted(every))


@pytest.mark.postgres
def test_through_the_collectors_own_login_role(pg_url):
    """A workstation connects as its user's own PostgreSQL role: row-level security lets a collector add and mark
    the contact points of their consumer, and the service refuses another team's."""
    from ccs_desktop import db
    from tests.services.pg_world import World

    world = World(pg_url)
    try:
        factory = db.session_factory(world.connect(world.col_a))
        actor = Actor(world.col_a.id, world.col_a.username, Role.COLLECTOR)
        added = cp.add_phone(factory, actor, world.acc_a.id, world.person_a.id,
                             cp.PhoneInput("213 555 0142", consent=True, consent_how="verbal"), "Given on the call")
        cp.add_address(factory, actor, world.acc_a.id, world.person_a.id,
                       cp.AddressInput("200 N Spring St", "Los Angeles", "CA", "90012"), "Moved")
        cp.mark_phone_bad(factory, actor, world.acc_a.id, added.point_id, "disconnected")
        with world.factory() as s:
            assert s.get(Phone, added.point_id).bad_reason == "disconnected"
            assert LA in (s.get(Account, world.acc_a.id).tz_group or "")
            actions = set(s.scalars(sa.select(AuditEvent.action).where(AuditEvent.user_id == world.col_a.id)))
        assert {"phone.added", "address.added", "phone.marked_bad"} <= actions
        # Another team's account: the collector's role cannot even see it.
        with pytest.raises(access.NoSuchAccount):
            cp.add_phone(factory, actor, world.acc_b.id, world.person_b.id, cp.PhoneInput("2135550199"), "x")
    finally:
        world.close()
