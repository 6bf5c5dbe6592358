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
    Channel, DisputeStatus, FlagKind, ItemizationReference, Language, ReceivedVia, Role, TransactionKind,
)
from ccs_desktop.services import audit
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.accounts import disputes
from ccs_desktop.services.letters import notices, sending, template_letters
from ccs_desktop.services.letters.pdf import format_date, notice_date
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from ccs_desktop.services.data.reference import ensure_reference_data
from tests.factories import make_account, make_client, make_person, make_team, make_user

UTC = dt.timezone.utc


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def world(session_factory):
    """Maria Gonzalez (Spanish-speaking) and Pat Doe owe Northwind Medical Group; a placement of two accounts."""
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
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
                               client_account_number="NMG0100123", itemization_date=dt.date(2025, 3, 14),
                               itemization_reference=ItemizationReference.LAST_STATEMENT,
                               itemization_account_number="NCE-88412")  # the clinic's number then
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


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text as a reader sees it: whitespace collapsed, no space before punctuation."""
    return [re.sub(r"\s+([.,:;])", r"\1", re.sub(r"\s+", " ", page.extract_text()))
            for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_itemization_comes_from_the_stored_facts_and_adds_up_to_the_current_balance(world):
    with world["factory"]() as s:
        item = sending.itemization(s, s.get(Account, world["account"]))
    assert (item.date, item.reference, item.account_number) == (
        dt.date(2025, 3, 14), ItemizationReference.LAST_STATEMENT, "NCE-88412")
    assert (item.interest, item.fees, item.payments_credits) == (Decimal("45.10"), Decimal("35.00"), Decimal("120.00"))
    assert item.amount == Decimal("1000.00") and item.current == Decimal("960.10") and item.balances()


def _today_and_end(language: str) -> tuple[dt.date, str]:
    today = dt.datetime.now(zoneinfo.ZoneInfo("America/New_York")).date()
    return today, notice_date(disputes.validation_period_end(today), language)


def _element_check(page: str, elements: dict[str, list[str]]) -> None:
    missing = {element: [p for p in phrases if p not in page] for element, phrases in elements.items()}
    assert not {k: v for k, v in missing.items() if v}, page


def test_english_notice_has_each_element_of_1006_34_c(world):
    """An account with interest, fees, a payment and a credit since its itemization date: the stored notice's text,
    element by element of 12 CFR 1006.34(c), in the words of Model Form B-1."""
    w = world
    view = notices.send_validation_notice(w["factory"], w["collector"], w["account"], language="en")
    pdf = sending.letter_pdf(w["factory"], w["collector"], view.id)
    assert pdf.startswith(b"%PDF") and view.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    (page,) = pages_of(pdf)  # English alone: one page
    today, end = _today_and_end("en")
    reference = sending.reference_number(letters_account(w))
    _element_check(page, {
        "(c)(1) debt collector disclosure": [
            "Cascade Collection Services is a debt collector. We are trying to collect a debt that you owe to "
            "Northwind Medical Group. We will use any information you give us to help collect the debt."],
        "(c)(2)(i) collector's name and the mailing address for disputes": [
            "Mail this form to: Cascade Collection Services 1200 Harbor Way, Suite 400 Seattle, WA 98101"],
        "(c)(2)(ii) consumer's name and mailing address": ["Maria Gonzalez 1 Main St New York, NY 10001"],
        "(c)(2)(iii) creditor on the itemization date": ["You had an account from Northwind Clinic East"],
        "(c)(2)(iv) account number on the itemization date (not today's NMG0100123)": [
            "with account number NCE-88412."],
        "(c)(2)(v) creditor the debt is owed to now": ["a debt that you owe to Northwind Medical Group."],
        "(c)(2)(vi) itemization date, and which reference date it is": [
            "As of March 14, 2025, you owed:", "March 14, 2025 is the last statement date of this debt."],
        "(c)(2)(vii) amount on the itemization date": ["As of March 14, 2025, you owed: $ 1,000.00"],
        "(c)(2)(viii) itemization since then": [
            "Between March 14, 2025 and today: You were charged this amount in interest: + $ 45.10 "
            "You were charged this amount in fees: + $ 35.00 "
            "You paid or were credited this amount toward the debt: – $ 120.00"],
        "(c)(2)(ix) current amount": ["Total amount of the debt now: $ 960.10"],
        "(c)(3)(i) written dispute by the end date stops collection": [
            f"If you write to us by {end}, we must stop collection on any amount you dispute until we send you "
            "information that shows you owe the debt."],
        "(c)(3)(ii) original-creditor request by the end date": [
            "Write to ask for the name and address of the original creditor, if different from the current "
            f"creditor. If you write by {end}, we must stop collection until we send you that information."],
        "(c)(3)(iii) validity assumed unless disputed by the end date": [
            f"Call or write to us by {end}, to dispute all or part of the debt. If you do not, we will assume "
            "that our information is correct."],
        "(c)(3)(iv) CFPB website": [
            "Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law. For instance, "
            "you have the right to stop or limit how we contact you."],
        "(c)(3)(vi) electronic disputes": ["We accept disputes electronically at disputes@cascadecollects.example."],
        "(d)(3)(vi) Spanish-language option": [
            "Póngase en contacto con nosotros para solicitar una copia de este formulario en español."],
        "(c)(4) consumer-response section": [
            "How do you want to respond? Check all that apply: I want to dispute the debt because I think: This is "
            "not my debt. The amount is wrong. Other (please describe on reverse or attach additional "
            "information). I want you to send me the name and address of the original creditor. "
            "I enclosed this amount: $ Make your check payable to Cascade Collection Services. Include the "
            f"reference number {reference}. Quiero este formulario en español."],
        "notice date": [format_date(today, "en")],
    })
    assert "NMG0100123" not in page


def letters_account(w) -> Account:
    with w["factory"]() as s:
        return s.get(Account, w["account"])


def test_spanish_notice_goes_with_the_english_one_in_the_words_of_the_cfpb(world):
    """By the consumer's language: one mailing, the English notice then the Spanish one, each complete; the Spanish
    text is the CFPB's (its Model Form B-2 wording) and has no link the model lacks."""
    w = world
    view = notices.send_validation_notice(w["factory"], w["collector"], w["account"])
    assert view.language == "es"
    english, spanish = pages_of(sending.letter_pdf(w["factory"], w["collector"], view.id))
    assert "Cascade Collection Services is a debt collector." in english
    assert "Total amount of the debt now: $ 960.10" in english and "with account number NCE-88412." in english
    _today, end = _today_and_end("es")
    _element_check(spanish, {
        "(c)(1)": ["Cascade Collection Services es un cobrador de deudas. Estamos tratando de collectar una deuda "
                   "que usted tiene con el Northwind Medical Group. Usaremos cualquier información que nos brinde "
                   "para ayudar a cobrar la deuda."],
        "(c)(2)(i), (ii)": ["Envíe este formulario a: Cascade Collection Services 1200 Harbor Way, Suite 400",
                            "Maria Gonzalez 1 Main St New York, NY 10001"],
        "(c)(2)(iii), (iv)": ["Usted tenía una cuenta provista por el Northwind Clinic East con el número de "
                              "cuenta NCE-88412."],
        "(c)(2)(vi), (vii)": ["Hasta el 14 de marzo del 2025, usted debía: $ 1,000.00",
                              "El 14 de marzo del 2025 es la fecha del último estado de cuenta de esta deuda."],
        "(c)(2)(viii)": ["Entre el 14 de marzo del 2025 y hoy: Se le cobró esta cantidad en interés: + $ 45.10 "
                         "Se le cobró esta cantidad en cargos: + $ 35.00 Pagó y se le abonó esta cantidad a la "
                         "deuda: – $ 120.00"],
        "(c)(2)(ix)": ["Monto total de la deuda ahora: $ 960.10"],
        "(c)(3)(iii)": [f"Llámenos o escríbanos antes del {end} para disputar la totalidad o parte de la deuda. "
                        "Si no lo hace, supondremos que nuestra información es correcta."],
        "(c)(3)(i)": [f"Si nos escribe antes del {end}, debemos detener el cobro de cualquier cantidad que dispute "
                      "hasta que le enviemos información que demuestre que debe la deuda. Debe utilizar el "
                      "formulario a continuación o escribirnos sin el formulario."],
        "(c)(3)(ii)": ["Escriba para solicitar el nombre y la dirección del acreedor original, si es diferente del "
                       f"acreedor actual. Si escribe antes del {end}, debemos detener el cobro hasta que le "
                       "enviemos esa información."],
        "(c)(3)(iv)": ["Visite www.cfpb.gov/debt-collection para obtener más información sobre sus derechos según "
                       "la ley federal. Por ejemplo, tiene derecho a detener o limitar la forma en que lo(a) "
                       "contactemos."],
        "(c)(4)": ["¿Cómo desea responder? Marque todo lo que corresponda: Quiero disputar la deuda porque pienso "
                   "que: Esta no es mi deuda. La cantidad es incorrecta. Otro (por favor describa al reverso o "
                   "adjunte información adicional). Quiero que me envíe el nombre y la dirección del acreedor "
                   "original. Adjunto esta cantidad: $ Haga su cheque a nombre de Cascade Collection Services."],
    })
    assert "consumerfinance.gov" not in spanish and "You were charged" not in spanish
    assert "Quiero este formulario en español" not in spanish


def test_a_notice_is_refused_by_name_without_itemization_facts(world):
    """No fact is invented: without the amount on the itemization date (or any other fact) the notice is refused,
    naming the account and what is missing, and nothing is written; the batch skips it with the same reason."""
    w = world
    with w["factory"]() as s, s.begin():
        s.get(Account, w["second"]).itemization_balance = None
        s.get(Account, w["second"]).itemization_reference = None
    with pytest.raises(ServiceError) as refused:
        notices.send_validation_notice(w["factory"], w["supervisor"], w["second"])
    message = str(refused.value)
    assert message.startswith("account NMG0100124: no validation notice without its itemization facts")
    assert "which reference date it is" in message and "the amount owed on it" in message
    assert "the itemization date;" not in message  # the date is on file
    result = notices.generate_validation_notices(w["factory"], w["supervisor"], [w["account"], w["second"]])
    assert len(result.sent) == 1 and result.skipped == [(w["second"], message)]
    with w["factory"]() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Letter).where(Letter.account_id == w["second"])) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(ContactAttempt)
                        .where(ContactAttempt.account_id == w["second"])) == 0
    assert notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"]) == [w["second"]]


def test_a_notice_is_refused_when_the_transactions_do_not_reconcile_with_the_stored_amount(world):
    """The amount on the itemization date is never back-calculated from today's balance: if the stored amount and
    the changes since do not come to the balance, the notice is refused with the figures."""
    w = world
    with w["factory"]() as s, s.begin():
        s.get(Account, w["account"]).itemization_balance = Decimal("950.00")
    with pytest.raises(ServiceError, match=re.escape(
            "account NMG0100123: the itemization does not add up, so no validation notice: 950.00 owed on "
            "2025-03-14 + 45.10 interest + 35.00 fees - 120.00 payments and credits since then = 910.10, but the "
            "balance now is 960.10")):
        notices.send_validation_notice(w["factory"], w["collector"], w["account"])
    template_letters.save_template(w["factory"], w["admin"], "statement", "en", "Your balance",
                                   "As of {itemization_date}, you owed {itemization_amount}. Now: {balance}.")
    with pytest.raises(ServiceError, match="does not add up"):  # a letter quoting the itemization is refused too
        template_letters.send_letter(w["factory"], w["collector"], w["account"], "statement", language="en")
    # A letter that does not quote it still goes.
    template_letters.send_letter(w["factory"], w["collector"], w["account"], "payment_reminder", language="en",
                                 values={"payment_amount": "50.00", "payment_due": "2026-12-01"})


def test_a_batch_in_each_consumers_language_sends_an_english_notice_with_every_spanish_one(world):
    """Maria reads Spanish, Pat English. A batch set to each consumer's language (and one set to Spanish) makes no
    PDF with a Spanish notice that does not start with the complete English notice."""
    w = world
    ids = notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"])
    result = notices.generate_validation_notices(w["factory"], w["supervisor"], ids)
    assert len(result.sent) == 2 and not result.skipped
    with w["factory"]() as s:
        letters = {l.account_id: l for l in s.scalars(sa.select(Letter).where(Letter.batch_id == result.batch_id))}
        notes = dict(s.execute(sa.select(ContactAttempt.account_id, ContactAttempt.notes)).all())
    assert {a: str(l.language) for a, l in letters.items()} == {w["account"]: "es", w["second"]: "en"}
    maria = pages_of(letters[w["account"]].pdf)
    pat = pages_of(letters[w["second"]].pdf)
    assert len(maria) == 2 and "is a debt collector" in maria[0] and "How do you want to respond?" in maria[0]
    assert "es un cobrador de deudas" in maria[1]
    assert len(pat) == 1 and "is a debt collector" in pat[0]
    assert "en + es" in notes[w["account"]]
    # Every Spanish notice in the batch has its English one: count the notices page by page.
    pages = [page for letter in letters.values() for page in pages_of(letter.pdf)]
    assert sum("es un cobrador de deudas" in p for p in pages) <= sum("is a debt collector" in p for p in pages)
    assert notices.accounts_needing_notice(w["factory"], w["supervisor"], w["placement"]) == []
    # Set to Spanish for everyone: Pat's mailing too starts with the English notice.
    with w["factory"]() as s, s.begin():
        s.execute(sa.update(Account).values(validation_notice_sent_on=None))
    spanish = notices.generate_validation_notices(w["factory"], w["supervisor"], ids, language="es")
    assert len(spanish.sent) == 2
    with w["factory"]() as s:
        for letter in s.scalars(sa.select(Letter).where(Letter.batch_id == spanish.batch_id)):
            first, second = pages_of(letter.pdf)
            assert "is a debt collector" in first and "es un cobrador de deudas" in second


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
    sending.save_agency_profile(w["factory"], w["admin"], name="Harbor Recovery Partners",
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
