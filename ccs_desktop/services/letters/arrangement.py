"""Confirmation letter of a payment arrangement (promise, plan or settlement), in English or Spanish.

The letter is written in the consumer's language, lists every payment of the schedule, states a
settlement's terms, and carries the debt-collector disclosure. `render_pdf` is pure (facts in, PDF bytes
out); `create_confirmation` gathers the facts, stores the PDF as a Letter on the account and audits it.
The agency's name, address, phone, hours, payment address and licence number come from the agency record
(`services.agency`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from ...models import Account, Address, Client, Letter, Person, Promise, utcnow
from ...models.enums import Language, PaymentMethod, PromiseKind, PromiseStatus
from .. import access, audit
from .. import agency as agency_record
from ..context import Actor, ServiceError
from ..money.promises import fmt_money

LETTER_KIND = "arrangement_confirmation"

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Confirmation of your payment arrangement",
        "dear": "Dear {name},",
        "intro": "This letter confirms the payment arrangement you made with us on {date} for the account below.",
        "creditor": "Creditor", "original_creditor": "Original creditor", "account": "Account number",
        "balance": "Balance on {date}",
        "single": "You agreed to pay {amount} on {date}.",
        "plan": "You agreed to pay {total} in {n} payments, as follows:",
        "settlement": "We agreed to accept {amount} to settle this account in full. The balance is {balance}; "
                      "the settlement reduces it by {saved}.",
        "settlement_terms": "When the payments below are received in full and clear, the account will be "
                            "considered settled in full and the remaining {saved} will not be collected.",
        "settlement_schedule": "Payment schedule:",
        "col_no": "No.", "col_date": "Due date", "col_amount": "Amount", "total": "Total",
        "method": "Payment method you chose: {method}.",
        "late": "If you cannot make a payment on the date agreed, please call us at {phone} before the due date. "
                "If the payments are not made as agreed, the arrangement may end and the remaining balance "
                "will still be owed.",
        "contact": "You can reach us at {phone}, {hours}.",
        "keep": "Please keep this letter for your records.",
        "sincerely": "Sincerely,",
        "miranda": "This communication is from a debt collector. This is an attempt to collect a debt and any "
                   "information obtained will be used for that purpose.",
        "reference": "Reference",
        "mail_to": "Mail checks to {name}, {address}.",
        "licence": "{region} licence number {number}",
    },
    "es": {
        "title": "Confirmación de su acuerdo de pago",
        "dear": "Estimado(a) {name}:",
        "intro": "Esta carta confirma el acuerdo de pago que usted hizo con nosotros el {date} para la cuenta "
                 "indicada a continuación.",
        "creditor": "Acreedor", "original_creditor": "Acreedor original", "account": "Número de cuenta",
        "balance": "Saldo al {date}",
        "single": "Usted acordó pagar {amount} el {date}.",
        "plan": "Usted acordó pagar {total} en {n} pagos, como sigue:",
        "settlement": "Aceptamos {amount} para liquidar esta cuenta en su totalidad. El saldo es de {balance}; "
                      "la liquidación lo reduce en {saved}.",
        "settlement_terms": "Cuando recibamos los pagos indicados abajo completos y acreditados, la cuenta se "
                            "considerará liquidada en su totalidad y no se cobrarán los {saved} restantes.",
        "settlement_schedule": "Calendario de pagos:",
        "col_no": "N.º", "col_date": "Fecha de vencimiento", "col_amount": "Monto", "total": "Total",
        "method": "Forma de pago que eligió: {method}.",
        "late": "Si no puede hacer un pago en la fecha acordada, llámenos al {phone} antes de la fecha de "
                "vencimiento. Si los pagos no se hacen según lo acordado, el acuerdo puede terminar y el saldo "
                "restante seguirá pendiente.",
        "contact": "Puede comunicarse con nosotros al {phone}, {hours}.",
        "keep": "Conserve esta carta para sus registros.",
        "sincerely": "Atentamente,",
        "miranda": "Esta comunicación proviene de un cobrador de deudas. Es un intento de cobrar una deuda y "
                   "cualquier información obtenida se utilizará para ese propósito.",
        "reference": "Referencia",
        "mail_to": "Envíe sus cheques a {name}, {address}.",
        "licence": "Número de licencia de {region}: {number}",
    },
}

METHODS = {
    "en": {PaymentMethod.CARD: "debit or credit card", PaymentMethod.ACH: "bank transfer (ACH)",
           PaymentMethod.CHECK: "check", PaymentMethod.CASH: "cash",
           PaymentMethod.CLIENT_DIRECT: "payment made directly to the creditor"},
    "es": {PaymentMethod.CARD: "tarjeta de débito o crédito", PaymentMethod.ACH: "transferencia bancaria (ACH)",
           PaymentMethod.CHECK: "cheque", PaymentMethod.CASH: "efectivo",
           PaymentMethod.CLIENT_DIRECT: "pago hecho directamente al acreedor"},
}


def fmt_date(day: dt.date, language: str) -> str:
    if language == "es":
        return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"
    return f"{day:%B} {day.day}, {day.year}"


@dataclasses.dataclass(frozen=True)
class ArrangementLetter:
    language: str                       # "en" or "es"
    letter_date: dt.date
    agency: agency_record.Agency
    consumer_name: str
    address_lines: tuple[str, ...]
    creditor: str
    original_creditor: str | None
    account_number: str
    currency: str
    balance: Decimal
    kind: PromiseKind
    taken_on: dt.date
    total: Decimal
    schedule: tuple[tuple[int, dt.date, Decimal], ...]
    method: PaymentMethod | None
    settles_balance: Decimal | None = None
    reference: str | None = None
    balance_on: dt.date | None = None  # the date the balance is stated at (default: the letter's date)
    region: str | None = None          # the consumer's state or province (the agency's licence there is shown)


def render_pdf(letter: ArrangementLetter) -> bytes:
    """The letter as a one- or two-page Letter-size PDF."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    lang = letter.language if letter.language in TEXT else "en"
    t = TEXT[lang]
    money = lambda v: fmt_money(v, letter.currency)  # noqa: E731
    date = lambda d: fmt_date(d, lang)  # noqa: E731
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13.2,
                          spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#374151"))
    agency_style = ParagraphStyle("agency", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=1)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=6,
                           spaceAfter=6)
    agency = letter.agency
    hours = agency.hours_in(lang)
    licence = agency.licence_for(letter.region)
    head = [*agency.address_lines, agency.phone]
    if licence:
        head.append(t["licence"].format(region=letter.region, number=licence))
    story: list[Any] = [
        Paragraph(escape(agency.name), agency_style),
        Paragraph("<br/>".join(escape(x) for x in head), small),
        Spacer(1, 0.1 * inch),
        Paragraph(escape(date(letter.letter_date)), right),
        Paragraph("<br/>".join(escape(x) for x in (letter.consumer_name, *letter.address_lines)), body),
        Paragraph(escape(t["title"]), title),
    ]
    facts = [[t["creditor"], letter.creditor]]
    if letter.original_creditor and letter.original_creditor != letter.creditor:
        facts.append([t["original_creditor"], letter.original_creditor])
    facts.append([t["account"], letter.account_number])
    facts.append([t["balance"].format(date=date(letter.balance_on or letter.letter_date)), money(letter.balance)])
    if letter.reference:
        facts.append([t["reference"], letter.reference])
    facts_table = Table([[Paragraph(escape(a), small), Paragraph(f"<b>{escape(b)}</b>", body)] for a, b in facts],
                        colWidths=[2.4 * inch, 4.1 * inch], hAlign="LEFT")
    facts_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                     ("TOPPADDING", (0, 0), (-1, -1), 1),
                                     ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#d1d5db"))]))
    story += [Paragraph(escape(t["dear"].format(name=letter.consumer_name)), body),
              Paragraph(escape(t["intro"].format(date=date(letter.taken_on))), body), facts_table, Spacer(1, 8)]

    show_table = True
    if letter.kind == PromiseKind.SETTLEMENT:
        saved = (letter.settles_balance or letter.balance) - letter.total
        story.append(Paragraph(escape(t["settlement"].format(amount=money(letter.total),
                                                             balance=money(letter.settles_balance or letter.balance),
                                                             saved=money(saved))), body))
        story.append(Paragraph(escape(t["settlement_terms"].format(saved=money(saved))), body))
        story.append(Paragraph(escape(t["settlement_schedule"]), body))
    elif len(letter.schedule) == 1:
        _, day, amount = letter.schedule[0]
        story.append(Paragraph("<b>" + escape(t["single"].format(amount=money(amount), date=date(day))) + "</b>", body))
        show_table = False
    else:
        story.append(Paragraph(escape(t["plan"].format(total=money(letter.total), n=len(letter.schedule))), body))
    if show_table:
        rows = [[t["col_no"], t["col_date"], t["col_amount"]]]
        rows += [[str(seq), date(day), money(amount)] for seq, day, amount in letter.schedule]
        rows.append(["", t["total"], money(sum((a for _, _, a in letter.schedule), Decimal("0.00")))])
        table = Table(rows, colWidths=[0.6 * inch, 2.6 * inch, 1.5 * inch], hAlign="LEFT", repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 10), ("ALIGN", (2, 0), (2, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f9fafb")]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ]))
        story += [table, Spacer(1, 8)]
    if letter.method:
        story.append(Paragraph(escape(t["method"].format(method=METHODS[lang][PaymentMethod(letter.method)])), body))
        if PaymentMethod(letter.method) == PaymentMethod.CHECK:
            story.append(Paragraph(escape(t["mail_to"].format(name=agency.legal_name,
                                                               address=", ".join(agency.payment_lines))), body))
    phone = agency.phone
    story += [Paragraph(escape(t["late"].format(phone=phone)), body),
              Paragraph(escape(t["contact"].format(phone=phone, hours=hours)), body),
              Paragraph(escape(t["keep"]), body),
              KeepTogether([Paragraph(escape(t["sincerely"]), body), Paragraph(escape(agency.name), body),
                            Spacer(1, 8), Paragraph("<b>" + escape(t["miranda"]) + "</b>", small)])]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#6b7280"))
        canvas.drawString(doc.leftMargin, 0.5 * inch, f"{agency.name} · {letter.account_number}")
        canvas.drawRightString(LETTER[0] - doc.rightMargin, 0.5 * inch, str(doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=inch, rightMargin=inch, topMargin=0.6 * inch,
                            bottomMargin=0.75 * inch, title=t["title"], author=agency.name,
                            subject=letter.account_number, lang=lang)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def letter_for(session: Any, promise: Promise, today: dt.date) -> ArrangementLetter:
    account = session.get(Account, promise.account_id)
    client = session.get(Client, account.client_id)
    person = session.get(Person, promise.person_id) if promise.person_id else account.consumer
    if person is None:
        raise ServiceError("The account has no consumer to write to.")
    address = session.scalar(sa.select(Address).where(Address.person_id == person.id, Address.current.is_(True),
                                                      Address.bad_address.is_(False))
                             .order_by(Address.created_at.desc()).limit(1))
    if address is None:
        raise ServiceError(f"{person.full_name} has no good mailing address; add one before sending a letter.")
    lines = tuple(x for x in (address.line1, address.line2,
                              " ".join(p for p in (f"{address.city}," if address.city else None, address.region,
                                                   address.postal_code) if p)) if x)
    if address.country and address.country != "US":
        lines += ({"CA": "CANADA"}.get(address.country, address.country),)
    settlement = promise.kind == PromiseKind.SETTLEMENT and promise.settles_balance is not None
    balance = promise.settles_balance if settlement else account.balance
    return ArrangementLetter(
        language=(person.language or Language.EN).value, letter_date=today, agency=agency_record.require(session),
        consumer_name=person.full_name, address_lines=lines, creditor=client.name,
        original_creditor=account.original_creditor, account_number=account.client_account_number,
        currency=account.currency, balance=balance, kind=promise.kind, taken_on=promise.taken_at.date(),
        total=promise.total_amount, schedule=tuple((i.seq, i.due_date, i.amount) for i in promise.instalments),
        method=promise.method, settles_balance=promise.settles_balance,
        balance_on=promise.taken_at.date() if settlement else today, region=address.region)


def create_confirmation(session_factory, actor: Actor, promise_id: uuid.UUID, today: dt.date | None = None) -> Letter:
    """Write the confirmation letter of an active promise and keep it with the account."""
    with session_factory() as s, s.begin():
        today = today or agency_record.require(s).today()
        promise = s.get(Promise, promise_id)
        if promise is None:
            raise ServiceError("That promise does not exist.")
        account = access.require_account(s, actor, promise.account_id, action="write letters on")
        if promise.status not in (PromiseStatus.ACTIVE, PromiseStatus.KEPT):
            state = promise.status.value.replace("_", " ")
            raise ServiceError(f"Only an agreed arrangement is confirmed; this promise is {state}.")
        facts = letter_for(s, promise, today)
        pdf = render_pdf(facts)
        letter = Letter(account_id=account.id, person_id=promise.person_id, kind=LETTER_KIND,
                        language=Language(facts.language), created_at_local=today, created_by=actor.user_id,
                        pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest())
        s.add(letter)
        s.flush()
        audit.record(s, actor, "letter.created", "letter", letter.id, account_id=account.id,
                     after={"kind": LETTER_KIND, "language": facts.language, "promise_id": promise.id,
                            "sha256": letter.pdf_sha256})
        return letter
