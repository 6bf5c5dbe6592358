"""Letters: validation notices and template letters, kept with the account and recorded through the guardrails."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zoneinfo
from decimal import Decimal

import pypdf
import pytest
import sqlalchemy as sa

from ccs_desktop.models import (
    Account, AuditEvent, BalanceTransaction, ComplianceFlag, ContactAttempt, Letter, Placement,
)
from ccs_desktop.models.enums import (
    Channel, DisputeStatus, FlagKind, Language, ReceivedVia, Role, TransactionKind,
)
from ccs_desktop.services import agency, audit
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.accounts import disputes
from ccs_desktop.services.letters import notices, sending, template_letters
from ccs_desktop.services.letters.pdf import format_date
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_agency, make_client, make_person, make_team, make_user

UTC = dt.timezone.utc


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def world(session_factory):
    """Maria Gonzalez (Spanish-speaking) and Pat Doe owe Northwind Medical Group; a placement of two accounts."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        make_agency(s)
        collector = make_user(s, Role.COLLECTOR)
        supervisor = make_user(s, Role.SUPERVISOR)
        make_team(s, supervisor, collector)  # the supervisor supervises the collector's team
        client = make_client(s, name="Northwind Medical Group")
        placement = Placement(client_id=client.id, received_at=dt.datetime(2026, 11, 2, tzinfo=UTC),
                              file_name="northwind-1102.csv")
        s.add(placement)
        s.flush()
        maria = make_person(s, first_name="Maria", last_name="Gonzalez", language=Language.ES)
        account = make_account(s, client=client, person=maria, assigned_to=collector.id, placement_id=placement.id,
                               balance=Decimal("1000.00"), original_creditor="Northwind Clinic East",
                               client_account_number="NMG0100123", itemization_date=dt.date(2025, 3, 14))
        # Since the itemization date: 45.10 interest and 35.00 fees at placement, a 100.00 payment, a 20.00 credit.
        s.add_all([
            BalanceTransaction(account_id=account.id, kind=TransactionKind.PLACEMENT, at=dt.datetime(2026, 11, 2, tzinfo=UTC),
                               effective_on=dt.date(2026, 11, 2), principal=Decimal("1000.00"),
                               interest=Decimal("45.10"), fees=Decimal("35.00")),
            BalanceTransaction(account_id=account.id, kind=TransactionKind.PAYMENT, at=dt.datetime(2026, 11, 9, tzinfo=UTC),
                               effective_on=dt.date(2026, 11, 9), principal=Decimal("-100.00")),
            BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT, at=dt.datetime(2026, 11, 10, tzinfo=UTC),
                               effective_on=dt.date(2026, 11, 10), fees=Decimal("-20.00")),
        ])
        acc = s.get(Account, account.id)
        acc.principal, acc.interest, acc.fees = Decimal("900.00"), Decimal("45.10"), Decimal("15.00")
        acc.balance = Decimal("960.10")
        pat = make_person(s, first_name="Pat", last_name="Doe")
        second = make_account(s, client=client, person=pat, placement_id=placement.id, balance=Decimal("310.25"),
                              client_account_number="NMG0100124")
    return {
        "factory": session_factory,
        "collector": Actor(collector.id, collector.username, Role.COLLECTOR),
        "supervisor": Actor(supervisor.id, supervisor.username, Role.SUPERVISOR),
        "admin": Actor(None, "admin", Role.ADMIN),
        "account": account.id, "second": second.id, "person": maria.id, "placement": placement.id,
    }


def test_itemization_adds_up_to_the_current_balance(world):
    with world["factory"]() as s:
        item = sending.itemization(s, s.get(Account, world["account"]))
    assert item.date == dt.date(2025, 3, 14)
    assert (item.interest, item.fees, item.payments_credits) == (Decimal("45.10"), Decimal("35.00"), Decimal("120.00"))
    assert item.amount == Decimal("1000.00") and item.current == Decimal("960.10") and item.balances()


def test_validation_notice_in_english_has_every_required_element(world):
    w = world
    view = notices.send_validation_notice(w["factory"], w["collector"], w["account"], language="en")
    pdf = sending.letter_pdf(w["factory"], w["collector"], view.id)
    assert pdf.startswith(b"%PDF") and view.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    text = text_of(pdf)
    today = dt.datetime.now(zoneinfo.ZoneInfo("America/New_York")).date()
    end = disputes.validation_period_end(today)
    end_text = f"{format_date(end, 'en')}"
    for expected in [
        "Cascade Collection Services is a debt collector", "owe to Northwind Medical Group",  # collector info
        "Maria Gonzalez", "1 Main St", "New York, NY 10001",                                 # consumer info
        "Northwind Clinic East", "NMG0100123",                                              # the debt
        "As of March 14, 2025, you owed:", "$1,000.00",                                     # itemization date
        "+ $45.10", "+ $35.00", "– $120.00", "Total amount of the debt now:", "$960.10",    # itemization
        f"Call or write to us by {end_text}", f"If you write to us by {end_text}",           # validation period
        "How can you dispute the debt?", "www.cfpb.gov/debt-collection",                    # rights, CFPB
        "Mail this form to:", "How do you want to respond?", "This is not my debt.",         # tear-off form
        "The amount is wrong.", "I enclosed this amount:", "Quiero este formulario en español.",
        sending.reference_number(letters_account(w)),
    ]:
        assert expected in text, expected


def letters_account(w) -> Account:
    with w["factory"]() as s:
        return s.get(Account, w["account"])


def test_validation_notice_in_spanish_by_the_consumers_language(world):
    w = world
    view = notices.send_validation_notice(w["factory"], w["collector"], w["account"])
    assert view.language == "es"
    text = text_of(sending.letter_pdf(w["factory"], w["collector"], view.id))
    for expected in [
        "Cascade Collection Services es un cobrador de deudas", "que usted le debe a Northwind Medical Group",
        "Al 14 de marzo de 2025, usted debía:", "$1,000.00", "Se le cobró esta cantidad en intereses:",
        "+ $45.10", "– $120.00", "Cantidad total de la deuda ahora:", "$960.10",
        "¿Cómo puede disputar la deuda?", "www.cfpb.gov", "Envíe este formulario por correo a:",
        "¿Cómo desea responder?", "Esta no es mi deuda.", "La cantidad es incorrecta.",
    ]:
        assert expected in text, expected
    assert "You were charged" not in text


def test_a_notice_sent_is_kept_recorded_as_a_letter_contact_and_audited(world):
    w = world
    view = notices.send_validation_notice(w["factory"], w["collector"], w["account"], language="en")
    with w["factory"]() as s:
        attempt = s.get(ContactAttempt, view.contact_id)
        assert attempt.channel == Channel.LETTER and attempt.result_code == "SENT"
        assert attempt.purpose == "collection" and attempt.letter_id == view.id
        account = s.get(Account, w["account"])
        assert account.validation_notice_sent_on == view.date
        assert s.get(Letter, view.id).pdf_sha256 == view.pdf_sha256
        actions = set(s.scalars(sa.select(AuditEvent.action).where(AuditEvent.account_id == w["account"])))
    assert {"letter.sent", "contact.recorded"} <= actions
    assert [l.kind for l in sending.list_letters(w["factory"], w["collector"], w["account"])] == ["validation_notice"]


def test_a_letter_without_a_mailing_address_is_refused(world):
    w = world
    with w["factory"]() as s, s.begin():
        from ccs_desktop.models import Address
        s.execute(sa.update(Address).where(Address.person_id == w["person"]).values(bad_address=True))
    with pytest.raises(ServiceError, match="no good mailing address"):
        notices.send_validation_notice(w["factory"], w["collector"], w["account"])


def test_batch_for_a_new_placement_with_progress_cancel_and_skips(world):
    w = world
    with pytest.raises(PermissionDenied):
        notices.accounts_needing_notice(w["factory"], w["collector"], w["placement"])
    choices = notices.placements_needing_notices(w["factory"], w["supervisor"])
    assert [(c.placement_id, c.pending) for c in choices] == [(w["placement"], 2)]
    assert "Northwind Medical Group" in choices[0].label
    # Pat has a cease request: the guardrails refuse the collection letter, the batch goes on without it.
    with w["factory"]() as s, s.begin():
        pat = s.scalar(sa.select(Account).where(Account.id == w["second"])).consumer
        s.add(ComplianceFlag(person_id=pat.id, kind=FlagKind.CEASE_REQUESTED, set_at=dt.datetime.now(UTC)))
    ids = notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"])
    seen = []
    result = notices.generate_validation_notices(w["factory"], w["supervisor"], ids, chunk=1,
                                                 progress=lambda d, t: seen.append((d, t)))
    assert len(result.sent) == 1 and len(result.skipped) == 1 and not result.cancelled
    assert result.skipped[0][0] == w["second"] and "stop contacting" in result.skipped[0][1]
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"]) == [w["second"]]
    cancelled = notices.generate_validation_notices(w["factory"], w["supervisor"], [w["second"]],
                                                    cancelled=lambda: True)
    assert cancelled.cancelled and cancelled.sent == [] and "cancelled" in cancelled.summary()


def test_a_cancel_inside_a_group_keeps_the_letters_already_made(world):
    w = world
    asked = iter([False, False, True])  # the group starts, the first letter is made, then the user cancels
    result = notices.generate_validation_notices(w["factory"], w["supervisor"], [w["account"], w["second"]],
                                                 cancelled=lambda: next(asked, True), chunk=50)
    assert result.cancelled and len(result.sent) == 1
    with w["factory"]() as s:
        kept = s.scalars(sa.select(Letter.account_id).where(Letter.batch_id == result.batch_id)).all()
    assert kept == [w["account"]]
    with w["factory"]() as s:
        assert s.scalar(sa.select(Letter.batch_id).where(Letter.account_id == w["account"])) == result.batch_id


def test_a_batch_refuses_exactly_the_accounts_the_guardrails_refuse_and_sends_the_rest(world):
    """One chunk: Pat asked us to stop, Lee has an attorney on one of two debts. The batch sends Maria's notice and
    Lee's other one, skips the two refused with their reasons, and writes nothing for them."""
    w = world
    with w["factory"]() as s, s.begin():
        pat = s.get(Account, w["second"]).consumer
        s.add(ComplianceFlag(person_id=pat.id, kind=FlagKind.CEASE_REQUESTED, set_at=dt.datetime.now(UTC)))
        client = s.get(Account, w["account"]).client
        lee = make_person(s, first_name="Lee", last_name="Park", zip_code="60601", region="IL")
        represented = make_account(s, client=client, person=lee, placement_id=w["placement"])
        other = make_account(s, client=client, person=lee, placement_id=w["placement"])
        s.add(ComplianceFlag(person_id=lee.id, account_id=represented.id, kind=FlagKind.ATTORNEY_REPRESENTED,
                             set_at=dt.datetime.now(UTC)))
        people = {w["account"]: w["person"], w["second"]: pat.id, represented.id: lee.id, other.id: lee.id}
    ids = notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"])
    assert sorted(ids) == sorted(people)
    # What the guardrails say about each letter on its own, before the batch.
    alone = {a: attempts.check_contact(w["factory"], w["supervisor"], a, p, Channel.LETTER).allowed
             for a, p in people.items()}
    assert alone == {w["account"]: True, w["second"]: False, represented.id: False, other.id: True}

    result = notices.generate_validation_notices(w["factory"], w["supervisor"], ids, chunk=50)

    reasons = dict(result.skipped)
    assert set(reasons) == {a for a, ok in alone.items() if not ok}
    assert "stop contacting" in reasons[w["second"]] and "attorney" in reasons[represented.id]
    with w["factory"]() as s:
        sent = dict(s.execute(sa.select(Letter.account_id, Letter.id).where(Letter.batch_id == result.batch_id)).all())
        assert set(sent) == {w["account"], other.id} and set(result.sent) == set(sent.values())
        recorded = s.scalars(sa.select(ContactAttempt).where(ContactAttempt.letter_id.in_(list(sent.values())))).all()
        assert sorted((a.account_id, a.channel, a.result_code) for a in recorded) == sorted(
            (a, Channel.LETTER, "SENT") for a in sent)
        for account_id in people:
            account = s.get(Account, account_id)
            if account_id in sent:
                assert account.validation_notice_sent_on is not None and account.last_result == "SENT"
                assert s.get(Letter, sent[account_id]).pdf_sha256 == hashlib.sha256(s.get(Letter, sent[account_id]).pdf).hexdigest()
            else:
                assert account.validation_notice_sent_on is None and account.last_contact_at is None
                assert s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt)
                                .where(ContactAttempt.account_id == account_id)) == 0
        sent_events = s.scalars(sa.select(AuditEvent.account_id).where(AuditEvent.action == "letter.sent")).all()
        recorded = s.scalars(sa.select(AuditEvent.account_id).where(AuditEvent.action == "contact.recorded")).all()
        assert sorted(sent_events) == sorted(recorded) == sorted(sent)
        assert audit.verify(s).ok
    assert notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"]) == sorted(
        [w["second"], represented.id])


def test_a_notice_sent_before_the_app_counts(world):
    """An account loaded with the date of a notice sent elsewhere is not sent another (it would restart the period)."""
    w = world
    with w["factory"]() as s, s.begin():
        s.get(Account, w["second"]).validation_notice_sent_on = dt.date(2026, 11, 3)
    assert notices.accounts_needing_notice(w["factory"], w["supervisor"]) == [w["account"]]
    assert [c.pending for c in notices.placements_needing_notices(w["factory"], w["supervisor"])] == [1]


def test_the_hold_refuses_a_notice_and_the_verification_lifts_it(world):
    """The issue's done-when: a dispute holds the account, the verification goes out, the hold lifts."""
    w = world
    view = disputes.record_dispute(w["factory"], w["collector"], disputes.DisputeInput(
        account_id=w["account"], received_via=ReceivedVia.WRITTEN, type_code="wrong_amount"))
    assert view.hold
    with pytest.raises(attempts.ContactBlocked):
        notices.send_validation_notice(w["factory"], w["collector"], w["account"])
    with pytest.raises(attempts.ContactBlocked):
        template_letters.send_letter(w["factory"], w["collector"], w["account"], "payment_reminder",
                            values={"payment_amount": "50.00", "payment_due": "2026-12-01"})
    sent = template_letters.send_verification(w["factory"], w["collector"], view.id, language="en")
    text = text_of(sending.letter_pdf(w["factory"], w["collector"], sent.id))
    for expected in ["Verification of the debt you disputed", "Maria Gonzalez", "NMG0100123",
                     "Northwind Clinic East", "$960.10", "wrong amount", "This communication is from a debt collector"]:
        assert expected in text, expected
    after = disputes.get_dispute(w["factory"], w["collector"], view.id)
    assert after.status == DisputeStatus.VERIFICATION_SENT and not after.hold
    with w["factory"]() as s:
        attempt = s.get(ContactAttempt, sent.contact_id)
        assert attempt.purpose == "verification" and attempt.letter_id == sent.id
        assert not s.get(Account, w["account"]).contact_blocked
        refusals = s.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "letter.refused", AuditEvent.account_id == w["account"]))
    assert refusals == 2
    with pytest.raises(ServiceError, match="cannot get a verification"):
        template_letters.send_verification(w["factory"], w["collector"], view.id)
    # Collection letters go out again.
    notices.send_validation_notice(w["factory"], w["collector"], w["account"])


def test_template_letters_in_both_languages_with_caller_values(world):
    w = world
    es = template_letters.send_letter(w["factory"], w["collector"], w["account"], "settlement_offer",
                             values={"settlement_amount": "600.00", "settlement_due": "2026-12-15"})
    text = text_of(sending.letter_pdf(w["factory"], w["collector"], es.id))
    assert es.language == "es"
    for expected in ["Una oferta para liquidar su cuenta", "Estimado(a) Maria Gonzalez", "$600.00",
                     "15 de diciembre de 2026", "$960.10", "Esta comunicación es de un cobrador de deudas"]:
        assert expected in text, expected
    with pytest.raises(ServiceError, match="needs: settlement amount, settlement due"):
        template_letters.send_letter(w["factory"], w["collector"], w["account"], "settlement_offer", language="en")
    with pytest.raises(ServiceError, match="not an amount"):
        template_letters.send_letter(w["factory"], w["collector"], w["account"], "payment_reminder", language="en",
                            values={"payment_amount": 50.5, "payment_due": "2026-12-01"})
    with w["factory"]() as s:
        assert s.get(ContactAttempt, es.contact_id).purpose == "collection"


def test_cease_acknowledgement_goes_out_after_a_cease_request(world):
    w = world
    with w["factory"]() as s, s.begin():
        s.add(ComplianceFlag(person_id=w["person"], kind=FlagKind.CEASE_REQUESTED, set_at=dt.datetime.now(UTC)))
    with pytest.raises(attempts.ContactBlocked):
        template_letters.send_letter(w["factory"], w["collector"], w["account"], "payment_reminder",
                            values={"payment_amount": "50.00", "payment_due": "2026-12-01"})
    ack = template_letters.send_letter(w["factory"], w["collector"], w["account"], "cease_acknowledgement", language="en")
    assert "we are ending our collection communications" in text_of(
        sending.letter_pdf(w["factory"], w["collector"], ack.id))


def test_admin_adds_a_template_and_the_agency_letterhead(world):
    w = world
    body = "Dear {consumer_name},\n\nYour account {account_number} with {creditor} is now handled by our team.\n"
    with pytest.raises(PermissionDenied):
        template_letters.save_template(w["factory"], w["supervisor"], "welcome", "en", "Welcome", body)
    with pytest.raises(ServiceError, match=r"unknown placeholders: \{ssn\}"):
        template_letters.save_template(w["factory"], w["admin"], "welcome", "en", "Welcome", body + "{ssn}")
    template_letters.save_template(w["factory"], w["admin"], "welcome", "en", "Welcome to Harbor Recovery", body)
    agency.save(w["factory"], w["admin"], trade_name="Harbor Recovery Partners",
                address_lines=["77 Pier Road", "Portland, ME 04101"], phone="(207) 555-0199")
    assert ("welcome", "en") in {(t.code, t.language) for t in template_letters.list_templates(w["factory"])}
    sent = template_letters.send_letter(w["factory"], w["collector"], w["account"], "welcome", language="en")
    text = text_of(sending.letter_pdf(w["factory"], w["collector"], sent.id))
    for expected in ["Harbor Recovery Partners", "77 Pier Road", "(207) 555-0199", "Welcome to Harbor Recovery",
                     "Your account NMG0100123 with Northwind Medical Group is now handled by our team."]:
        assert expected in text, expected


def test_an_altered_stored_letter_is_detected(world):
    w = world
    view = notices.send_validation_notice(w["factory"], w["collector"], w["account"], language="en")
    with w["factory"]() as s, s.begin():
        s.execute(sa.update(Letter).where(Letter.id == view.id).values(pdf=b"%PDF-1.4 forged"))
    with pytest.raises(ServiceError, match="altered"):
        sending.letter_pdf(w["factory"], w["collector"], view.id)
