"""Drawing letters to PDF with reportlab (pure: values in, bytes out; no database, no Qt).

`validation_notice_pdf` follows the layout of the CFPB's model validation notice (Reg F appendix B, model form B-1):
the debt-collector disclosure across the top, "Our information shows" with the itemization table on the left,
"How can you dispute the debt?" and "What else can you do?" on the right, and the tear-off response form at the
bottom. `template_letter_pdf` draws the other letters (verification, cease acknowledgement, reminders, offers) on
the same letterhead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import re
from decimal import Decimal

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit as _simple_split
from reportlab.pdfgen.canvas import Canvas

# Compressed streams stay binary (no ASCII-85 wrapping): smaller files, and much faster where reportlab runs
# without its C accelerator.
rl_config.useA85 = 0


@functools.lru_cache(maxsize=8192)
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_simple_split(text, font, size, width))


def simpleSplit(text: str, font: str, size: float, width: float) -> tuple[str, ...]:  # noqa: N802
    """Wrapped lines, memoised: most of a letter's paragraphs are the same in every letter of a batch."""
    return _wrap(text, font, size, round(width, 2))

PAGE_W, PAGE_H = LETTER
MARGIN = 46.0
INK = HexColor("#1b1f24")
ACCENT = HexColor("#1f4e79")
SHADE = HexColor("#eef2f6")
RULE = HexColor("#8a96a3")
REGULAR, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}


def format_date(day: dt.date, language: str) -> str:
    if language == "es":
        return f"{day.day} de {MONTHS['es'][day.month - 1]} de {day.year}"
    return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"


def format_money(amount: Decimal, currency: str = "USD") -> str:
    sign = "-" if amount < 0 else ""
    symbol = "$" if currency in ("USD", "CAD") else f"{currency} "
    return f"{sign}{symbol}{abs(amount):,.2f}"


@dataclasses.dataclass(frozen=True)
class Agency:
    name: str
    address_lines: tuple[str, ...]
    phone: str
    hours: str
    hours_es: str
    website: str
    email: str
    time_zone: str = "America/New_York"


@dataclasses.dataclass(frozen=True)
class NoticeData:
    agency: Agency
    reference: str
    notice_date: dt.date
    consumer_name: str
    consumer_address: tuple[str, ...]
    creditor: str                 # the creditor the debt is owed to now (the client)
    original_creditor: str        # the creditor as of the itemization date
    account_number: str
    itemization_date: dt.date
    itemization_amount: Decimal
    interest: Decimal
    fees: Decimal
    payments_credits: Decimal
    current_amount: Decimal
    validation_end: dt.date
    currency: str = "USD"


TEXT = {
    "en": {
        "collector": "{agency} is a debt collector. We are trying to collect a debt that you owe to {creditor}. "
                     "We will use any information you give us to help collect the debt.",
        "reference": "Reference:", "date": "Notice date:",
        "shows": "Our information shows:",
        "had": "You had an account from {original} with account number {number}.",
        "as_of": "As of {date}, you owed:",
        "between": "Between {date} and today:",
        "interest": "You were charged this amount in interest:",
        "fees": "You were charged this amount in fees:",
        "paid": "You paid or were credited this amount toward the debt:",
        "total": "Total amount of the debt now:",
        "how": "How can you dispute the debt?",
        "how1": "Call or write to us by {date}, to dispute all or part of the debt. If you do not, we will assume "
                "that our information is correct.",
        "how2": "If you write to us by {date}, we must stop collection on any amount you dispute until we send you "
                "information that shows you owe the debt. You may use the form below or write to us without the "
                "form. You may also include supporting documents. We accept disputes electronically at {email}.",
        "else": "What else can you do?",
        "else1": "Write to ask for the name and address of the original creditor, if different from the current "
                 "creditor. If you write by {date}, we must stop collection until we send you that information. "
                 "You may use the form below or write to us without the form. We accept such requests "
                 "electronically at {email}.",
        "else2": "Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law. "
                 "For instance, you have the right to stop or limit how we contact you.",
        "else3": "Contact us about your payment options.",
        "else4": "Póngase en contacto con nosotros para solicitar una copia de este formulario en español.",
        "contact": "Call {phone}, {hours}.",
        "tear": "Detach and return this part",
        "mail_to": "Mail this form to:",
        "respond": "How do you want to respond?",
        "check": "Check all that apply:",
        "dispute_because": "I want to dispute the debt because I think:",
        "not_mine": "This is not my debt.",
        "wrong_amount": "The amount is wrong.",
        "other": "Other (please describe on reverse or attach additional information).",
        "original": "I want you to send me the name and address of the original creditor.",
        "enclosed": "I enclosed this amount:",
        "payable": "Make your check payable to {agency}. Include the reference number {reference}.",
        "spanish": "Quiero este formulario en español.",
        "title": "Validation notice",
    },
    "es": {
        "collector": "{agency} es un cobrador de deudas. Estamos tratando de cobrar una deuda que usted le debe a "
                     "{creditor}. Usaremos cualquier información que usted nos dé para ayudar a cobrar la deuda.",
        "reference": "Referencia:", "date": "Fecha del aviso:",
        "shows": "Nuestra información indica:",
        "had": "Usted tenía una cuenta de {original} con el número de cuenta {number}.",
        "as_of": "Al {date}, usted debía:",
        "between": "Entre el {date} y hoy:",
        "interest": "Se le cobró esta cantidad en intereses:",
        "fees": "Se le cobró esta cantidad en cargos:",
        "paid": "Usted pagó o se le acreditó esta cantidad a la deuda:",
        "total": "Cantidad total de la deuda ahora:",
        "how": "¿Cómo puede disputar la deuda?",
        "how1": "Llame o escríbanos a más tardar el {date} para disputar toda o parte de la deuda. Si no lo hace, "
                "asumiremos que nuestra información es correcta.",
        "how2": "Si nos escribe a más tardar el {date}, debemos dejar de cobrar cualquier cantidad que usted dispute "
                "hasta que le enviemos información que demuestre que usted debe la deuda. Puede usar el formulario "
                "a continuación o escribirnos sin el formulario. También puede incluir documentos de respaldo. "
                "Aceptamos disputas electrónicamente en {email}.",
        "else": "¿Qué más puede hacer?",
        "else1": "Escríbanos para pedir el nombre y la dirección del acreedor original, si es diferente del acreedor "
                 "actual. Si nos escribe a más tardar el {date}, debemos dejar de cobrar hasta que le enviemos esa "
                 "información. Puede usar el formulario a continuación o escribirnos sin el formulario. Aceptamos "
                 "estas solicitudes electrónicamente en {email}.",
        "else2": "Visite www.cfpb.gov/debt-collection (en español: www.consumerfinance.gov/es/) para obtener más "
                 "información sobre sus derechos según la ley federal. Por ejemplo, usted tiene derecho a que "
                 "dejemos de comunicarnos con usted o a limitar cómo lo hacemos.",
        "else3": "Comuníquese con nosotros para hablar de sus opciones de pago.",
        "else4": "",
        "contact": "Llame al {phone}, {hours}.",
        "tear": "Desprenda y devuelva esta parte",
        "mail_to": "Envíe este formulario por correo a:",
        "respond": "¿Cómo desea responder?",
        "check": "Marque todas las opciones que correspondan:",
        "dispute_because": "Quiero disputar la deuda porque creo que:",
        "not_mine": "Esta no es mi deuda.",
        "wrong_amount": "La cantidad es incorrecta.",
        "other": "Otro (describa al reverso o adjunte información adicional).",
        "original": "Quiero que me envíen el nombre y la dirección del acreedor original.",
        "enclosed": "Adjunté esta cantidad:",
        "payable": "Haga su cheque pagadero a {agency}. Incluya el número de referencia {reference}.",
        "spanish": "",
        "title": "Aviso de validación",
    },
}

MINI_MIRANDA = {
    "en": "This communication is from a debt collector. This is an attempt to collect a debt and any information "
          "obtained will be used for that purpose.",
    "es": "Esta comunicación es de un cobrador de deudas. Este es un intento de cobrar una deuda y cualquier "
          "información obtenida se usará para ese propósito.",
}


# --- drawing helpers -----------------------------------------------------------------------------------------


def _para(c: Canvas, x: float, y: float, text: str, width: float, *, font: str = REGULAR, size: float = 9,
          leading: float | None = None, color: Color = INK) -> float:
    """Draw wrapped text with its first baseline at y; return the y below the last line."""
    leading = leading or size * 1.28
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def _bullet_para(c: Canvas, x: float, y: float, text: str, width: float, size: float = 8.6) -> float:
    c.setFillColor(ACCENT)
    c.rect(x, y + 1.5, 3.2, 3.2, stroke=0, fill=1)
    return _para(c, x + 9, y, text, width - 9, size=size)


def _checkbox(c: Canvas, x: float, y: float, size: float = 8.0) -> None:
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.setFillColor(white)
    c.rect(x, y - 1, size, size, stroke=1, fill=1)


def _fit(c: Canvas, x: float, y: float, text: str, font: str, size: float, width: float,
         min_size: float = 6.5) -> None:
    """Draw one line at the largest size up to `size` that fits `width` (long names shrink, never overlap)."""
    while size > min_size and c.stringWidth(text, font, size) > width:
        size -= 0.5
    c.setFont(font, size)
    c.drawString(x, y, text)


def _letterhead(c: Canvas, agency: Agency, language: str) -> float:
    """The agency's block at the top (the right 200 points are left for the reference and date); returns the y
    under it."""
    c.setFillColor(ACCENT)
    c.rect(0, PAGE_H - 10, PAGE_W, 10, stroke=0, fill=1)
    top = PAGE_H - MARGIN + 4
    width = PAGE_W - 2 * MARGIN - 200
    c.setFillColor(ACCENT)
    _fit(c, MARGIN, top, agency.name, BOLD, 15, width, 9)
    c.setFillColor(INK)
    y = top - 13
    hours = agency.hours_es if language == "es" else agency.hours
    for line in (*agency.address_lines, agency.phone + "  ·  " + hours, agency.website + "  ·  " + agency.email):
        _fit(c, MARGIN, y, line, REGULAR, 8.5, width + 60)
        y -= 10.5
    return y


def _address_block(c: Canvas, x: float, y: float, name: str, lines: tuple[str, ...], width: float = 300) -> float:
    c.setFillColor(INK)
    _fit(c, x, y, name, BOLD, 10, width)
    for line in lines:
        y -= 12.5
        _fit(c, x, y, line, REGULAR, 10, width)
    return y - 12.5


def _amount_row(c: Canvas, x: float, right: float, y: float, label: str, amount: str, *, sign: str = "",
                bold: bool = False, width: float | None = None) -> float:
    font = BOLD if bold else REGULAR
    label_w = (width or (right - x)) - 80
    lines = simpleSplit(label, font, 9, label_w)
    c.setFillColor(INK)
    c.setFont(font, 9)
    yy = y
    for line in lines:
        c.drawString(x, yy, line)
        yy -= 11.5
    c.setFont(font, 9.5)
    c.drawRightString(right, y, f"{sign} {amount}".strip())
    return yy - 3


# --- the validation notice ---------------------------------------------------------------------------------


def draw_validation_notice(c: Canvas, d: NoticeData, language: str) -> dict[str, float]:
    """Draw the notice; return where its parts ended (y from the bottom), so a test can check nothing overlaps."""
    t = TEXT[language]
    money = lambda v: format_money(v, d.currency)  # noqa: E731
    end = format_date(d.validation_end, language)
    item_date = format_date(d.itemization_date, language)
    c.setTitle(f"{t['title']} {d.reference}")
    c.setAuthor(d.agency.name)

    y = _letterhead(c, d.agency, language)
    # Reference and date, top right.
    right = PAGE_W - MARGIN
    date_text = format_date(d.notice_date, language)
    value_w = max(c.stringWidth(d.reference, REGULAR, 9), c.stringWidth(date_text, REGULAR, 9))
    c.setFont(BOLD, 9)
    c.setFillColor(INK)
    c.drawRightString(right - value_w - 8, PAGE_H - MARGIN + 4, t["reference"])
    c.drawRightString(right - value_w - 8, PAGE_H - MARGIN - 9, t["date"])
    c.setFont(REGULAR, 9)
    c.drawRightString(right, PAGE_H - MARGIN + 4, d.reference)
    c.drawRightString(right, PAGE_H - MARGIN - 9, date_text)
    # The consumer's name and address where a window envelope shows it.
    y = _address_block(c, MARGIN + 18, PAGE_H - 138, d.consumer_name, d.consumer_address)

    # Debt-collector disclosure across the page.
    y = min(y, PAGE_H - 205) - 4
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(MARGIN, y + 12, right, y + 12)
    y = _para(c, MARGIN, y - 4, t["collector"].format(agency=d.agency.name, creditor=d.creditor),
              right - MARGIN, font=BOLD, size=10.5, leading=13.5)
    top = y - 8

    # Left column: the itemization.
    col_gap = 18
    left_w = (right - MARGIN - col_gap) * 0.47
    lx, lr = MARGIN, MARGIN + left_w
    y = top
    c.setFont(BOLD, 11)
    c.setFillColor(ACCENT)
    c.drawString(lx, y, t["shows"])
    y -= 15
    y = _para(c, lx, y, t["had"].format(original=d.original_creditor, number=d.account_number), left_w, size=9)
    y -= 6
    y = _amount_row(c, lx, lr, y, t["as_of"].format(date=item_date), money(d.itemization_amount), bold=True)
    y -= 4
    y = _para(c, lx, y, t["between"].format(date=item_date), left_w, size=9, font=ITALIC)
    y -= 2
    box_x = lx + 10
    y = _amount_row(c, box_x, lr, y, t["interest"], money(d.interest), sign="+")
    y = _amount_row(c, box_x, lr, y, t["fees"], money(d.fees), sign="+")
    y = _amount_row(c, box_x, lr, y, t["paid"], money(d.payments_credits), sign="–")
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.line(lr - 90, y + 6, lr, y + 6)
    y -= 6
    c.setFillColor(SHADE)
    c.rect(lx - 4, y - 10, left_w + 8, 24, stroke=0, fill=1)
    y = _amount_row(c, lx, lr, y, t["total"], money(d.current_amount), bold=True)
    y -= 12
    hours = d.agency.hours_es if language == "es" else d.agency.hours
    left_bottom = _para(c, lx, y, t["contact"].format(phone=d.agency.phone, hours=hours), left_w, size=8.6,
                        font=ITALIC)

    # Right column: how to dispute, what else (shrunk to fit above the tear-off line if a language runs long).
    rx = lr + col_gap
    rw = right - rx
    tear_y = 236
    for size in (8.6, 8.3, 8.0, 7.7, 7.4):
        if _right_column(c, d, t, rx, rw, top, end, size, draw=False) > tear_y + 14:
            break
    box_bottom = _right_column(c, d, t, rx, rw, top, end, size, draw=True)

    # Tear-off line.
    c.setStrokeColor(RULE)
    c.setDash(4, 3)
    c.line(MARGIN - 20, tear_y, PAGE_W - MARGIN + 20, tear_y)
    c.setDash()
    c.setFont(ITALIC, 7.5)
    c.setFillColor(RULE)
    label = f"  {t['tear']}  "
    lw = c.stringWidth(label, ITALIC, 7.5)
    c.setFillColor(white)
    c.rect(PAGE_W / 2 - lw / 2, tear_y - 4, lw, 9, stroke=0, fill=1)
    c.setFillColor(RULE)
    c.drawCentredString(PAGE_W / 2, tear_y - 2.5, label)
    _response_form(c, d, language, tear_y - 22)
    return {"left_bottom": left_bottom, "box_bottom": box_bottom, "tear_y": tear_y, "dispute_text_size": size}


def _right_column(c: Canvas, d: NoticeData, t: dict[str, str], rx: float, rw: float, top: float, end: str,
                  size: float, *, draw: bool) -> float:
    """Draw (or only measure) the dispute box; return its bottom y."""
    if not draw:
        y = top - 15
        for key in ("how1", "how2", None, "else1", "else2", "else3", "else4"):
            if key is None:
                y -= 8 + 15
                continue
            if not t[key]:
                continue
            text = t[key].format(date=end, email=d.agency.email)
            y -= len(simpleSplit(text, REGULAR, size, rw - 25)) * size * 1.28 + 3
        return y + 3 + 2
    y = top
    box_top = y + 12
    c.setFont(BOLD, 11)
    c.setFillColor(ACCENT)
    c.drawString(rx + 8, y, t["how"])
    y -= 15
    y = _bullet_para(c, rx + 8, y, t["how1"].format(date=end), rw - 16, size)
    y -= 3
    y = _bullet_para(c, rx + 8, y, t["how2"].format(date=end, email=d.agency.email), rw - 16, size)
    y -= 8
    c.setFont(BOLD, 11)
    c.setFillColor(ACCENT)
    c.drawString(rx + 8, y, t["else"])
    y -= 15
    y = _bullet_para(c, rx + 8, y, t["else1"].format(date=end, email=d.agency.email), rw - 16, size)
    for key in ("else2", "else3", "else4"):
        if t[key]:
            y -= 3
            y = _bullet_para(c, rx + 8, y, t[key], rw - 16, size)
    box_bottom = y + 2
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.roundRect(rx, box_bottom, rw, box_top - box_bottom, 4, stroke=1, fill=0)
    return box_bottom


def _response_form(c: Canvas, d: NoticeData, language: str, top: float) -> None:
    t = TEXT[language]
    right = PAGE_W - MARGIN
    # Left: where to mail it, from whom.
    y = top
    c.setFont(BOLD, 9.5)
    c.setFillColor(ACCENT)
    c.drawString(MARGIN, y, t["mail_to"])
    width = 236 - 16
    y = _address_block(c, MARGIN, y - 14, d.agency.name, d.agency.address_lines, width)
    y -= 14
    y = _address_block(c, MARGIN, y, d.consumer_name, d.consumer_address, width)
    c.setFont(BOLD, 8.5)
    c.drawString(MARGIN, y - 2, f"{t['reference']} {d.reference}")

    # Right: the response choices.
    rx = MARGIN + 236
    rw = right - rx
    c.setFillColor(SHADE)
    c.roundRect(rx - 8, 40, rw + 8, top - 40 + 12, 4, stroke=0, fill=1)
    y = top
    c.setFont(BOLD, 10.5)
    c.setFillColor(ACCENT)
    c.drawString(rx, y, t["respond"])
    y -= 13
    y = _para(c, rx, y, t["check"], rw, font=ITALIC, size=8.5)
    y -= 1
    y = _para(c, rx, y, t["dispute_because"], rw, font=BOLD, size=8.8)
    for key in ("not_mine", "wrong_amount", "other"):
        _checkbox(c, rx + 4, y)
        y = _para(c, rx + 18, y, t[key], rw - 18, size=8.6) - 1.5
    y -= 2
    _checkbox(c, rx + 4, y)
    y = _para(c, rx + 18, y, t["original"], rw - 18, size=8.6, font=BOLD) - 3
    c.setFont(BOLD, 8.8)
    c.setFillColor(INK)
    c.drawString(rx, y, t["enclosed"])
    w = c.stringWidth(t["enclosed"], BOLD, 8.8)
    c.setFont(REGULAR, 9.5)
    c.drawString(rx + w + 8, y, "$")
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    c.line(rx + w + 16, y - 2, rx + w + 110, y - 2)
    y -= 12
    y = _para(c, rx, y, t["payable"].format(agency=d.agency.name, reference=d.reference), rw, size=8.3)
    if t["spanish"]:
        y -= 2
        _checkbox(c, rx + 4, y)
        _para(c, rx + 18, y, t["spanish"], rw - 18, size=8.6, font=BOLD)


def _pdf(draw, *args) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=LETTER, pageCompression=1, invariant=1)
    draw(c, *args)
    c.showPage()
    c.save()
    return buffer.getvalue()


def validation_notice_pdf(d: NoticeData, language: str = "en") -> bytes:
    if language not in TEXT:
        raise ValueError(f"no validation notice in language {language!r}")
    return _pdf(draw_validation_notice, d, language)


# --- template letters --------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class TemplateLetter:
    agency: Agency
    reference: str
    date: dt.date
    consumer_name: str
    consumer_address: tuple[str, ...]
    subject: str
    title: str
    body: str


def draw_template_letter(c: Canvas, d: TemplateLetter, language: str) -> None:
    c.setTitle(f"{d.title} {d.reference}")
    c.setAuthor(d.agency.name)
    _letterhead(c, d.agency, language)
    right = PAGE_W - MARGIN
    c.setFont(REGULAR, 9.5)
    c.setFillColor(INK)
    c.drawRightString(right, PAGE_H - MARGIN + 4, format_date(d.date, language))
    c.drawRightString(right, PAGE_H - MARGIN - 9, f"{TEXT[language]['reference']} {d.reference}")
    y = _address_block(c, MARGIN + 18, PAGE_H - 150, d.consumer_name, d.consumer_address)
    y = min(y, PAGE_H - 222)
    c.setFont(BOLD, 10)
    c.drawString(MARGIN, y, d.subject)
    y -= 24
    c.setFont(BOLD, 13)
    c.setFillColor(ACCENT)
    c.drawString(MARGIN, y, d.title)
    y -= 20
    width = right - MARGIN
    for block in d.body.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        lines = block.split("\n")
        if y < 110 + 14 * len(lines):
            _footer(c, language)
            c.showPage()
            y = PAGE_H - MARGIN
        if len(lines) > 1 and all(_FACT.match(line) for line in lines):
            y = _facts_table(c, y, [line.split(": ", 1) for line in lines], width)
        else:
            for line in lines:
                y = _para(c, MARGIN, y, line, width, size=10, leading=13.5)
        y -= 7
    _footer(c, language)


_FACT = re.compile(r"^[^:]{3,70}: \S.{0,60}$")


def _facts_table(c: Canvas, y: float, rows: list[list[str]], width: float) -> float:
    """'Label: value' lines drawn as a shaded two-column table."""
    row_h = 15
    c.setFillColor(SHADE)
    c.rect(MARGIN, y - row_h * len(rows) + 9, width, row_h * len(rows) + 4, stroke=0, fill=1)
    for label, value in rows:
        c.setFont(REGULAR, 9.5)
        c.setFillColor(INK)
        c.drawString(MARGIN + 8, y, label)
        c.setFont(BOLD, 9.5)
        c.drawString(MARGIN + width * 0.55, y, value)
        y -= row_h
    return y - 4


def _footer(c: Canvas, language: str) -> None:
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, 72, PAGE_W - MARGIN, 72)
    _para(c, MARGIN, 60, MINI_MIRANDA[language], PAGE_W - 2 * MARGIN, font=ITALIC, size=8, color=black)


def template_letter_pdf(d: TemplateLetter, language: str = "en") -> bytes:
    if language not in MINI_MIRANDA:
        raise ValueError(f"no letters in language {language!r}")
    return _pdf(draw_template_letter, d, language)
