"""Remittance statements: what was collected for a client in a period, the agency's commission, what is owed.

Collected money is every payment whose payment date falls in the period, on the client's accounts: paid to the
agency (card, ACH, check, cash) or directly to the client (method ``client_direct``, reported by the client and
posted by the agency). Reversals (negative payments) count in the period they are posted in, at the rate of the
payment they reverse. Commission is a contingency percentage of every collected amount, the client's
``commission_pct``, or the tier for the account's age when the client has ``commission_tiers``
(``[{"min_age_days": 365, "pct": "33.00"}, ...]``; age = days from the charge-off date, or else the delinquency
or placement date, to the payment date). Each payment's commission is rounded half-up to the cent; totals are
sums of the rounded lines, so the statement adds up line by line.

Net remittance (the default): the agency sends the client what it collected less all commission (on direct
payments too); when that is negative the client owes the agency the difference. Gross remittance
(``remit_gross``): the agency sends everything it collected and invoices the whole commission.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import uuid
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ...access_rule import Capability
from ...models import Account, AccountParty, Client, Payment, Person
from ...models.enums import PartyRole, PaymentMethod
from .. import access
from ..context import Actor, ServiceError
from ..data import reference
from ..exports import safe_cell

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class Tier:
    min_age_days: int
    pct: Decimal


def tiers_of(client: Client) -> list[Tier]:
    tiers = []
    for item in client.commission_tiers or []:
        try:
            tiers.append(Tier(int(item["min_age_days"]), Decimal(str(item["pct"]))))
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise ServiceError(f"Client {client.code} has a commission tier that cannot be read: {item!r}") from exc
    return sorted(tiers, key=lambda t: t.min_age_days)


def commission_pct(base: Decimal, tiers: list[Tier], age_days: int | None) -> Decimal:
    """The rate for an account of this age: the highest tier it reaches, else the client's base rate."""
    pct = base
    if age_days is None:
        return pct
    for tier in tiers:
        if age_days >= tier.min_age_days:
            pct = tier.pct
    return pct


def commission(amount: Decimal, pct: Decimal) -> Decimal:
    return (amount * pct / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclasses.dataclass(frozen=True)
class RemittanceLine:
    payment_id: uuid.UUID
    paid_on: dt.date
    account_number: str
    consumer: str
    method: str
    direct: bool
    amount: Decimal
    age_days: int | None
    pct: Decimal
    commission: Decimal
    reference: str | None


@dataclasses.dataclass
class Statement:
    client_code: str
    client_name: str
    currency: str
    period_start: dt.date
    period_end: dt.date
    remit_gross: bool
    base_pct: Decimal
    tiers: list[Tier]
    lines: list[RemittanceLine]
    generated_at: dt.datetime

    def _sum(self, values: Any) -> Decimal:
        return sum(values, ZERO)

    @property
    def collected_agency(self) -> Decimal:
        return self._sum(line.amount for line in self.lines if not line.direct)

    @property
    def collected_direct(self) -> Decimal:
        return self._sum(line.amount for line in self.lines if line.direct)

    @property
    def collected_total(self) -> Decimal:
        return self.collected_agency + self.collected_direct

    @property
    def commission_agency(self) -> Decimal:
        return self._sum(line.commission for line in self.lines if not line.direct)

    @property
    def commission_direct(self) -> Decimal:
        return self._sum(line.commission for line in self.lines if line.direct)

    @property
    def commission_total(self) -> Decimal:
        return self.commission_agency + self.commission_direct

    @property
    def balance_to_client(self) -> Decimal:
        """Net: collected by the agency less all commission (may be negative). Gross: all the agency collected."""
        if self.remit_gross:
            return self.collected_agency
        return self.collected_agency - self.commission_total

    @property
    def remit_to_client(self) -> Decimal:
        return max(self.balance_to_client, ZERO)

    @property
    def due_from_client(self) -> Decimal:
        """What the client owes the agency: the whole commission (gross), or the shortfall (net)."""
        if self.remit_gross:
            return self.commission_total
        return max(-self.balance_to_client, ZERO)

    def summary(self) -> list[tuple[str, Decimal]]:
        rows = [
            ("Collected by the agency", self.collected_agency),
            ("Paid directly to the client", self.collected_direct),
            ("Total collected", self.collected_total),
            ("Commission on agency collections", self.commission_agency),
            ("Commission on direct payments", self.commission_direct),
            ("Total commission", self.commission_total),
            (f"Remittance to {self.client_code} ({'gross' if self.remit_gross else 'net'})", self.remit_to_client),
            (f"Due from {self.client_code} (commission invoice)" if self.remit_gross
             else f"Due from {self.client_code}", self.due_from_client),
        ]
        return rows


def clients(session_factory: Callable[[], Session], actor: Actor) -> list[tuple[str, str]]:
    """The clients a statement can be produced for, as (code, name), by code."""
    actor.require_to(Capability.REMITTANCE)
    return [(c.code, c.name) for c in reference.clients(session_factory)]


def statement(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID, start: dt.date,
              end: dt.date) -> Statement:
    """The remittance statement of one client for the payment dates start..end (both included).

    It lists the payments on the accounts the actor may see (`access.visible_accounts`), as PostgreSQL's
    row-level security would anyway: an admin's statement covers the whole client, a supervisor's only the
    accounts of the teams they supervise and unassigned ones."""
    actor.require_to(Capability.REMITTANCE)
    if end < start:
        raise ServiceError("The period ends before it starts.")
    with session_factory() as s:
        found = s.get(Client, client) if isinstance(client, uuid.UUID) else \
            s.scalar(sa.select(Client).where(Client.code == client))
        if found is None:
            raise ServiceError(f"There is no client {client}.")
        tiers = tiers_of(found)
        party = aliased(AccountParty)
        person = aliased(Person)
        original = aliased(Payment)
        query = (
            sa.select(Payment.id, Payment.paid_on, Payment.amount, Payment.method, Payment.reference,
                      Account.client_account_number, Account.charge_off_date, Account.delinquency_date,
                      Account.placed_on, original.paid_on.label("original_paid_on"),
                      person.first_name, person.last_name, person.business_name)
            .join(Account, Account.id == Payment.account_id)
            .outerjoin(original, original.id == Payment.reverses_id)
            .outerjoin(party, sa.and_(party.account_id == Account.id, party.role == PartyRole.CONSUMER))
            .outerjoin(person, person.id == party.person_id)
            .where(Account.client_id == found.id, Payment.paid_on >= start, Payment.paid_on <= end,
                   access.visible_accounts(actor))
            .order_by(Payment.paid_on, Account.client_account_number, Payment.id)
        )
        lines = []
        for r in s.execute(query):
            age_from = r.charge_off_date or r.delinquency_date or r.placed_on
            on = r.original_paid_on or r.paid_on
            age = (on - age_from).days if age_from else None
            pct = commission_pct(found.commission_pct, tiers, age)
            name = r.business_name or " ".join(p for p in (r.first_name, r.last_name) if p) or ""
            method = PaymentMethod(r.method)
            lines.append(RemittanceLine(r.id, r.paid_on, r.client_account_number, name, method.value,
                                        method == PaymentMethod.CLIENT_DIRECT, r.amount, age, pct,
                                        commission(r.amount, pct), r.reference))
        return Statement(found.code, found.name, found.currency, start, end, found.remit_gross,
                         found.commission_pct, tiers, lines, dt.datetime.now(dt.timezone.utc))


# --- exports -------------------------------------------------------------------------------------------------

DETAIL_HEADERS = ["Paid on", "Account", "Consumer", "Method", "Paid to", "Amount", "Account age (days)",
                  "Commission %", "Commission"]


def _detail_row(line: RemittanceLine) -> list[Any]:
    return [line.paid_on.isoformat(), line.account_number, line.consumer, line.method.replace("_", " "),
            "client" if line.direct else "agency", line.amount, "" if line.age_days is None else line.age_days,
            line.pct, line.commission]


def _safe(values: list[Any]) -> list[Any]:
    """Cells as a spreadsheet must get them: a name like "=HYPERLINK(...)" stays text, never a formula."""
    return [safe_cell(v) for v in values]


def write_csv(st: Statement, target: Path | str | io.TextIOBase) -> None:
    """Summary block, a blank line, then one row per payment (amounts as plain decimals)."""
    def _write(out: Any) -> None:
        writer = csv.writer(out)

        def row(values: list[Any]) -> None:
            writer.writerow(_safe(values))

        row(["Remittance statement", st.client_code, st.client_name])
        row(["Period", st.period_start.isoformat(), st.period_end.isoformat()])
        row(["Currency", st.currency])
        row(["Remittance", "gross" if st.remit_gross else "net"])
        for label, value in st.summary():
            row([label, value])
        row([])
        row(DETAIL_HEADERS)
        for line in st.lines:
            row(_detail_row(line))

    if isinstance(target, (str, Path)):
        with open(target, "w", newline="", encoding="utf-8") as fh:
            _write(fh)
    else:
        _write(target)


def write_xlsx(st: Statement, target: Path | str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Summary"
    bold = Font(bold=True)
    ws.append(_safe(["Remittance statement", f"{st.client_name} ({st.client_code})"]))
    ws["A1"].font = bold
    ws.append(_safe(["Period", f"{st.period_start.isoformat()} to {st.period_end.isoformat()}"]))
    ws.append(_safe(["Currency", st.currency]))
    ws.append(_safe(["Remittance", "gross" if st.remit_gross else "net"]))
    ws.append([])
    for label, value in st.summary():
        ws.append(_safe([label, value]))
        ws.cell(ws.max_row, 2).number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 28
    detail = book.create_sheet("Payments")
    detail.append(_safe(DETAIL_HEADERS))
    for cell in detail[1]:
        cell.font = bold
    for line in st.lines:
        detail.append(_safe(_detail_row(line)))
        for col in (6, 9):
            detail.cell(detail.max_row, col).number_format = "#,##0.00"
    for col, width in zip("ABCDEFGHI", (12, 18, 26, 14, 8, 12, 10, 12, 12)):
        detail.column_dimensions[col].width = width
    book.save(str(target))


def write_pdf(st: Statement, target: Path | str, agency_name: str = "CCS Collection Agency") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(target), pagesize=landscape(LETTER), leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.6 * inch,
                            title=f"Remittance {st.client_code} {st.period_start}..{st.period_end}")

    def money(value: Decimal) -> str:
        return f"{value:,.2f}"

    story: list[Any] = [
        Paragraph(f"Remittance statement — {st.client_name} ({st.client_code})", styles["Title"]),
        Paragraph(f"{agency_name} · payments dated {st.period_start:%B %d, %Y} to {st.period_end:%B %d, %Y} · "
                  f"amounts in {st.currency} · {'gross' if st.remit_gross else 'net'} remittance", styles["Normal"]),
    ]
    rate = f"Contingency commission {st.base_pct}%"
    if st.tiers:
        rate += "; by account age: " + ", ".join(f"{t.pct}% from {t.min_age_days} days" for t in st.tiers)
    story += [Paragraph(rate, styles["Normal"]), Spacer(1, 0.15 * inch)]
    summary = Table([[label, money(value)] for label, value in st.summary()], colWidths=[3.6 * inch, 1.4 * inch],
                    hAlign="LEFT")
    summary.setStyle(TableStyle([
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONTNAME", (0, 2), (-1, 2), "Helvetica-Bold"),
        ("FONTNAME", (0, 5), (-1, 7), "Helvetica-Bold"),
        ("LINEABOVE", (0, 2), (-1, 2), 0.5, colors.grey),
        ("LINEABOVE", (0, 5), (-1, 5), 0.5, colors.grey),
        ("LINEABOVE", (0, 6), (-1, 6), 1, colors.black),
        ("BACKGROUND", (0, 6), (-1, 7), colors.HexColor("#eef3f8")),
    ]))
    story += [summary, Spacer(1, 0.25 * inch)]
    if st.lines:
        headers = [h if h != "Account age (days)" else "Age (days)" for h in DETAIL_HEADERS]
        data = [headers] + [
            [line.paid_on.isoformat(), line.account_number, line.consumer[:34], line.method.replace("_", " "),
             "client" if line.direct else "agency", money(line.amount),
             "" if line.age_days is None else f"{line.age_days:,}", f"{line.pct}%", money(line.commission)]
            for line in st.lines]
        data.append(["", "", f"{len(st.lines):,} payments", "", "", money(st.collected_total), "", "",
                     money(st.commission_total)])
        detail = Table(data, repeatRows=1, colWidths=[0.85 * inch, 1.35 * inch, 2.3 * inch, 1.0 * inch, 0.65 * inch,
                                                     1.0 * inch, 1.05 * inch, 1.0 * inch, 1.0 * inch])
        detail.setStyle(TableStyle([
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ee")),
            ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
            ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.grey),
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f6f6f6")]),
        ]))
        story.append(detail)
    else:
        story.append(Paragraph("No payments in this period.", styles["Italic"]))
    story += [Spacer(1, 0.2 * inch),
              Paragraph(f"Generated {st.generated_at:%Y-%m-%d %H:%M} UTC.", styles["Normal"])]

    def footer(canvas: Any, doc_: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(doc_.pagesize[0] - 0.6 * inch, 0.4 * inch, f"Page {doc_.page}")
        canvas.drawString(0.6 * inch, 0.4 * inch, f"{st.client_code} remittance {st.period_start}..{st.period_end}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def export(st: Statement, target: Path | str) -> Path:
    """Write the statement in the format its file name says: .pdf, .csv or .xlsx."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        write_pdf(st, path)
    elif suffix == ".csv":
        write_csv(st, path)
    elif suffix == ".xlsx":
        write_xlsx(st, path)
    else:
        raise ServiceError(f"Cannot write a statement as {suffix or 'a file without extension'}: use .pdf, .csv or .xlsx.")
    return path
