"""Drawing letters to PDF with reportlab (pure: values in, bytes out; no database, no Qt).

`validation_notice_pdf` follows the CFPB's model validation notice (Reg F appendix B, Model Form B-1 and its Spanish
version): the debt-collector disclosure across the top, "Our information shows" with the itemization table on the
left, "How can you dispute the debt?" and "What else can you do?" on the right, and the tear-off response form with
a checkbox for each prompt at the bottom; the wording and emphasis are the model's (`notice_text`). A Spanish notice
is always mailed after the English one in the same PDF (1006.34(e)). `template_letter_pdf` draws the other letters
(verification, cease acknowledgement, reminders, offers) on the same letterhead.
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

from . import rich_text as rich
from .notice_text import NOTICE as TEXT
from .notice_text import REFERENCE_KINDS

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
    account_number: str           # the number the debt had on the itemization date (as stored, maybe truncated)
    itemization_date: dt.date
    itemization_amount: Decimal
    interest: Decimal
    fees: Decimal
    payments_credits: Decimal
    current_amount: Decimal
    validation_end: dt.date
    currency: str = "USD"
    itemization_reference: str = ""  # which reference date the itemization date is (ItemizationReference value)


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


# --- the validation notice ---------------------------------------------------------------------------------

TEAR_Y = 236.0      # the tear-off line
FORM_BOTTOM = 30.0  # the response form ends above this
SIZES = (9.0, 8.8, 8.6, 8.4, 8.2, 8.0)  # the body type, largest first: the largest both languages fit at


def notice_date(day: dt.date, language: str) -> str:
    """A date as the model forms write it: "August 28, 2020"; "28 de agosto del 2020"."""
    if language == "es":
        return f"{day.day} de {MONTHS['es'][day.month - 1]} del {day.year}"
    return format_date(day, language)


def notice_text_size(d: NoticeData) -> float:
    """The body type of the notice in either language: the largest size at which the English and the Spanish
    notice both fit above the tear-off line, so the Spanish notice's type is never smaller than the English one's."""
    for size in SIZES:
        if all(_layout(None, d, language, size)["box_bottom"] > TEAR_Y + 10
               and _response_form(None, d, language, TEAR_Y - 24, size) > FORM_BOTTOM for language in TEXT):
            return size
    return SIZES[-1]


def draw_validation_notice(c: Canvas, d: NoticeData, language: str) -> dict[str, float]:
    """Draw the notice; return where its parts ended (y from the bottom), so a test can check nothing overlaps."""
    t = TEXT[language]
    c.setTitle(f"{t['title']} {d.reference}")
    c.setAuthor(d.agency.name)

    y = _letterhead(c, d.agency, language)
    # Reference and date, top right.
    right = PAGE_W - MARGIN
    date_text = notice_date(d.notice_date, language)
    value_w = max(c.stringWidth(d.reference, REGULAR, 9), c.stringWidth(date_text, REGULAR, 9))
    c.setFont(BOLD, 9)
    c.setFillColor(INK)
    c.drawRightString(right - value_w - 8, PAGE_H - MARGIN + 4, t["reference"])
    c.drawRightString(right - value_w - 8, PAGE_H - MARGIN - 9, t["date"])
    c.setFont(REGULAR, 9)
    c.drawRightString(right, PAGE_H - MARGIN + 4, d.reference)
    c.drawRightString(right, PAGE_H - MARGIN - 9, date_text)
    # The consumer's name and address where a window envelope shows it.
    _address_block(c, MARGIN + 18, PAGE_H - 138, d.consumer_name, d.consumer_address)
    layout = _layout(c, d, language, notice_text_size(d))

    # Tear-off line.
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.setDash(4, 3)
    c.line(MARGIN - 20, TEAR_Y, PAGE_W - MARGIN + 20, TEAR_Y)
    c.setDash()
    label = f"  {t['tear']}  "
    lw = c.stringWidth(label, ITALIC, 7.5)
    c.setFillColor(white)
    c.rect(PAGE_W / 2 - lw / 2, TEAR_Y - 4, lw, 9, stroke=0, fill=1)
    c.setFont(ITALIC, 7.5)
    c.setFillColor(RULE)
    c.drawCentredString(PAGE_W / 2, TEAR_Y - 2.5, label)
    layout["form_bottom"] = _response_form(c, d, language, TEAR_Y - 24, layout["dispute_text_size"])
    layout["tear_y"] = TEAR_Y
    return layout


def _layout(c: Canvas | None, d: NoticeData, language: str, size: float) -> dict[str, float]:
    """The body under the consumer's address: the debt-collector disclosure across the page, "Our information
    shows" on the left, the dispute rights on the right (only measured when `c` is None)."""
    t = TEXT[language]
    right = PAGE_W - MARGIN
    y = min(PAGE_H - 138 - 12.5 * (len(d.consumer_address) + 1), PAGE_H - 205) - 8
    y = rich.draw(c, MARGIN, y, t["collector"], right - MARGIN, size=10, leading=13, color=INK,
                  agency=d.agency.name, creditor=d.creditor)
    top = y - 12
    # The itemization table needs less height than the rights: they get the wider column.
    left_w = round((right - MARGIN - 18) * 0.44, 2)
    left_bottom = _itemization(c, d, language, MARGIN, left_w, top, size) if c is not None else top
    box_bottom = _rights(c, d, t, MARGIN + left_w + 18, right - MARGIN - left_w - 18, top,
                         notice_date(d.validation_end, language), size)
    return {"left_bottom": left_bottom, "box_bottom": box_bottom, "dispute_text_size": size}


def _heading(c: Canvas | None, x: float, y: float, text: str, width: float, size: float = 11) -> float:
    """A section heading of the model form: bold, with a heavy rule under it."""
    if c is not None:
        c.setFillColor(INK)
        _fit(c, x, y, text, BOLD, size, width, size)
        c.setStrokeColor(INK)
        c.setLineWidth(1.6)
        c.line(x, y - 5, x + width, y - 5)
    return y - 18


def _money_cells(c: Canvas, right: float, y: float, sign: str, amount: Decimal, currency: str, font: str,
                 size: float) -> None:
    """The model's amount columns: the sign, the currency symbol, the amount right-aligned."""
    c.setFont(font, size)
    symbol = "$" if currency in ("USD", "CAD") else currency
    if sign:
        c.drawCentredString(right - 66, y, sign)
    c.drawString(right - 56, y, symbol)
    c.drawRightString(right - 4, y, f"{'-' if amount < 0 else ''}{abs(amount):,.2f}")


def _itemization(c: Canvas, d: NoticeData, language: str, x: float, w: float, top: float, size: float) -> float:
    """Our information shows: the debt, the itemization table (1006.34(c)(2)(iv)-(ix)) and which reference date the
    itemization date is. Returns the y under it."""
    t = TEXT[language]
    item_date = notice_date(d.itemization_date, language)
    y = _heading(c, x, top, t["shows"], w)
    y = rich.draw(c, x, y, t["had"], w, size=size, color=INK, original=d.original_creditor,
                  number=d.account_number) - 4
    rows = ((t["as_of"].format(date=item_date), 0, "", d.itemization_amount),
            (t["between"].format(date=item_date), 0, None, None),
            (t["interest"], 10, "+", d.interest), (t["fees"], 10, "+", d.fees),
            (t["paid"], 10, "–", d.payments_credits), (t["total"], 0, "", d.current_amount))
    leading = round(size * 1.3, 2)
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    for i, (label, indent, sign, amount) in enumerate(rows):
        total = i == len(rows) - 1
        font = BOLD if total else REGULAR
        lines = simpleSplit(label, font, size, w - 80 - indent - 6)
        height = leading * len(lines) + 6
        if total:
            c.setFillColor(SHADE)
            c.rect(x, y - height - 2, w, height + 2, stroke=0, fill=1)
            y -= 2
        c.setFillColor(INK)
        c.setFont(font, size)
        yy = y - size - 2
        for line in lines:
            c.drawString(x + 6 + indent, yy, line)
            yy -= leading
        if amount is not None:
            _money_cells(c, x + w, y - size - 2 - leading * (len(lines) - 1) / 2, sign, amount, d.currency, font,
                         size)
        y -= height
        c.setStrokeColor(INK)
        c.setLineWidth(0.6 if total else 0.4)
        c.line(x + (0 if total or i == 0 else 6), y, x + w, y)
    if d.itemization_reference:
        kind = REFERENCE_KINDS[language][d.itemization_reference]
        y = rich.draw(c, x, y - size - 6, t["reference_date"], w, size=size, color=INK,
                      date=item_date[0].upper() + item_date[1:], kind=kind)
    return y


def _rights(c: Canvas | None, d: NoticeData, t: dict[str, str], rx: float, rw: float, top: float, end: str,
            size: float) -> float:
    """How can you dispute the debt? What else can you do? (drawn, or only measured when `c` is None); returns the
    y under them."""
    y = top
    for key in ("how", "how1", "how2", "else", "else1", "else2", "else3", "else4"):
        if not t[key]:
            continue
        if key in ("how", "else"):
            y = _heading(c, rx, y - (8 if key == "else" else 0), t[key], rw)
            continue
        if c is not None:
            c.setFillColor(INK)
            c.rect(rx + 1, y + size * 0.28, 3, 3, stroke=0, fill=1)
        y = rich.draw(c, rx + 10, y, t[key], rw - 10, size=size, color=INK, date=end, email=d.agency.email) - 3
    return y + 3


def _checkbox(c: Canvas | None, x: float, y: float, size: float) -> None:
    if c is not None:
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.setFillColor(white)
        c.rect(x, y - 0.5, size * 0.8, size * 0.8, stroke=1, fill=1)


def _response_form(c: Canvas | None, d: NoticeData, language: str, top: float, size: float) -> float:
    """How do you want to respond? The model's tear-off form, every prompt with its own checkbox (1006.34(c)(4))
    (drawn, or only measured when `c` is None); returns the y under it."""
    t = TEXT[language]
    right = PAGE_W - MARGIN
    if c is not None:  # left: where to mail it, from whom
        c.setFont(BOLD, 9.5)
        c.setFillColor(INK)
        c.drawString(MARGIN + 40, top - 24, t["mail_to"])
        y = _address_block(c, MARGIN + 40, top - 38, d.agency.name, d.agency.address_lines, 200)
        _address_block(c, MARGIN + 40, y - 20, d.consumer_name, d.consumer_address, 200)

    # Right: the response choices.
    rx = MARGIN + 262
    rw = right - rx
    leading = round(size * 1.3, 2)
    y = _heading(c, rx, top, t["respond"], rw)
    y = rich.draw(c, rx, y, f"<i>{t['check']}</i>", rw, size=size, color=INK) - 3

    def choice(x: float, y: float, key: str, bold: bool) -> float:
        _checkbox(c, x, y, size)
        return rich.draw(c, x + size + 5, y, t[key], right - x - size - 5, size=size, color=INK, bold=bold) - 3

    y = choice(rx, y, "dispute_because", True)
    for key in ("not_mine", "wrong_amount", "other"):
        y = choice(rx + 14, y, key, False)
    y = choice(rx, y, "original", True)
    _checkbox(c, rx, y, size)
    if c is not None:
        c.setFont(BOLD, size)
        c.setFillColor(INK)
        c.drawString(rx + size + 5, y, t["enclosed"])
        bx = rx + size + 5 + c.stringWidth(t["enclosed"], BOLD, size) + 8
        c.setLineWidth(0.8)
        c.rect(bx, y - 4, max(right - bx, 60), leading + 4, stroke=1, fill=0)
        c.setFont(REGULAR, size)
        c.drawString(bx + 3, y, "$")
    y = rich.draw(c, rx, y - leading - 5, t["payable"], rw, size=size, color=INK, agency=d.agency.name,
                  reference=d.reference) - 3
    if t["spanish"]:
        y = choice(rx, y, "spanish", True)
    return y + 3


def _pdf(draw, *args) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=LETTER, pageCompression=1, invariant=1)
    draw(c, *args)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _mailing(c: Canvas, d: NoticeData, languages: tuple[str, ...]) -> None:
    for i, language in enumerate(languages):
        if i:
            c.showPage()
        draw_validation_notice(c, d, language)


def validation_notice_pdf(d: NoticeData, language: str = "en") -> bytes:
    """The notice as mailed. A Spanish notice never goes alone (12 CFR 1006.34(e)): its PDF is the English notice
    followed by the Spanish one, one mailing, so no path (a single letter, a batch, a print run) can send the
    translation without the English notice."""
    if language not in TEXT:
        raise ValueError(f"no validation notice in language {language!r}")
    return _pdf(_mailing, d, mailing_languages(language))


def mailing_languages(language: str) -> tuple[str, ...]:
    """The notices one mailing holds, in order: English, then the translation if the consumer's language is not."""
    return ("en",) if language == "en" else ("en", language)


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
