"""Arrangement confirmation letters: the schedule in the consumer's language, stored with the account."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from ccs_desktop.models import AuditEvent, Letter
from ccs_desktop.models.enums import Language, PaymentMethod, PlanFrequency, PromiseKind
from ccs_desktop.services.letters import arrangement
from ccs_desktop.services.money import promises
from ccs_desktop.services.context import ServiceError
from ccs_desktop.services.money.promises import PromiseRequest
from tests.promise_book import make_book

D = Decimal
TODAY = dt.datetime.now(dt.timezone.utc).date()


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_plan_is_confirmed_in_english_with_every_payment(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.PLAN, frequency=PlanFrequency.MONTHLY, first_due=dt.date(2027, 1, 31)
        if TODAY <= dt.date(2027, 1, 31) else TODAY, count=3, method=PaymentMethod.ACH))
    letter = arrangement.create_confirmation(session_factory, book.collector, promise.id, today=TODAY)
    text = text_of(letter.pdf)
    assert letter.language == Language.EN and letter.kind == "arrangement_confirmation"
    assert "Confirmation of your payment arrangement" in text
    assert "You agreed to pay $1,000.00 in 3 payments" in text
    assert "$333.34" in text and text.count("$333.33") == 2 and "Total $1,000.00" in text
    for inst in promise.instalments:
        assert arrangement.fmt_date(inst.due_date, "en") in text
    assert "bank transfer (ACH)" in text
    assert "This communication is from a debt collector" in text
    assert len(PdfReader(io.BytesIO(letter.pdf)).pages) == 1
    with session_factory() as s:
        stored = s.get(Letter, letter.id)
        assert stored.pdf == letter.pdf and len(stored.pdf_sha256) == 64
        assert s.scalar(sa.select(AuditEvent.action).where(AuditEvent.entity_id == str(letter.id))) == "letter.created"


def test_a_spanish_speaking_consumer_gets_the_settlement_in_spanish(session_factory):
    book = make_book(session_factory, language=Language.ES)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SETTLEMENT, first_due=dt.date(2027, 2, 28) if TODAY <= dt.date(2027, 2, 28)
        else TODAY, amount=D("750.00"), method=PaymentMethod.CARD))
    letter = arrangement.create_confirmation(session_factory, book.collector, promise.id, today=TODAY)
    text = text_of(letter.pdf)
    assert letter.language == Language.ES
    assert "Confirmación de su acuerdo de pago" in text and "Estimado(a) Rosa Delgado:" in text
    assert "Aceptamos $750.00 para liquidar esta cuenta" in text and "$250.00" in text
    assert arrangement.fmt_date(promise.instalments[0].due_date, "es") in text
    assert "tarjeta de débito o crédito" in text
    assert "Esta comunicación proviene de un cobrador de deudas" in text
    assert "debt collector" not in text


def test_spanish_dates():
    assert arrangement.fmt_date(dt.date(2028, 2, 29), "es") == "29 de febrero de 2028"
    assert arrangement.fmt_date(dt.date(2028, 2, 29), "en") == "February 29, 2028"


def test_a_promise_waiting_for_approval_is_not_confirmed(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SETTLEMENT, first_due=TODAY, amount=D("500.00")))
    with pytest.raises(ServiceError, match="pending approval"):
        arrangement.create_confirmation(session_factory, book.collector, promise.id)
