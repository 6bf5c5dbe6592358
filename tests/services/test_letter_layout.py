"""The validation notice as drawn: one page per language, nothing below the tear-off line or off the page, the
Spanish notice's type never smaller than the English one's, a Spanish notice never in a PDF without the English
notice, and the response form's prompts each with its own checkbox, as in the CFPB's Model Forms B-1 and B-2."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from ccs_desktop.services.letters import pdf as lp


def _notice(agency_name: str, email: str) -> lp.NoticeData:
    agency = lp.Agency(agency_name, ("4100 Commerce Boulevard, Building C, Suite 1200", "Minneapolis, MN 55401"),
                       "(800) 555-0199", "Monday to Saturday, 7 a.m. to 9 p.m. Central",
                       "de lunes a sábado, de 7 a.m. a 9 p.m. hora del Centro", "www.example.com", email)
    return lp.NoticeData(agency, "R-0123456789", dt.date(2026, 11, 23), "Maria Guadalupe Hernández-Villanueva",
                         ("12345 North Longfellow Avenue Apartment 1204", "Saint Petersburg, FL 33701"),
                         "Northwind Regional Medical Center Physicians Group", "Northwind Clinic East Campus",
                         "xxxx-xxxx-xxxx-4417", dt.date(2025, 3, 14), Decimal("123456.78"), Decimal("12345.67"),
                         Decimal("1234.56"), Decimal("99999.99"), Decimal("37137.02"), dt.date(2026, 12, 30),
                         itemization_reference="last_statement")


LONG_NAMES = [
    ("Cascade Collection Services", "disputes@cascade.example"),
    ("Northern Plains Accounts Receivable Management Group", "consumer.disputes.department@northernplains-arm.example"),
]


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _body_sizes(pdf: bytes) -> list[float]:
    """Per page, the smallest type of its text (the tear-off line's label aside)."""
    out = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        sizes: list[float] = []

        def visit(text, _cm, tm, _font, size, sizes=sizes):  # noqa: ANN001
            if text.strip() and "Detach" not in text and "Desprenda" not in text:
                sizes.append(round(size * tm[0], 2))
        page.extract_text(visitor_text=visit)
        out.append(min(sizes))
    return out


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("agency_name,email", LONG_NAMES)
def test_each_notice_fits_its_page_with_long_names(language, agency_name, email):
    data = _notice(agency_name, email)
    layout = lp.draw_validation_notice(Canvas(io.BytesIO()), data, language)
    # Both columns end above the tear-off line, the response form above the bottom of the page.
    assert layout["box_bottom"] > layout["tear_y"] + 10 and layout["left_bottom"] > layout["tear_y"] + 10
    assert layout["form_bottom"] > 28
    assert layout["dispute_text_size"] >= 8.0
    page = _pages(lp.validation_notice_pdf(data, language))[-1]
    assert "37,137.02" in page and "123,456.78" in page and "xxxx-xxxx-xxxx-4417" in page


@pytest.mark.parametrize("agency_name,email", LONG_NAMES)
def test_a_spanish_notice_is_always_mailed_after_the_english_one_in_type_no_smaller(agency_name, email):
    data = _notice(agency_name, email)
    english = lp.validation_notice_pdf(data, "en")
    mailing = lp.validation_notice_pdf(data, "es")
    assert len(_pages(english)) == 1
    en_page, es_page = _pages(mailing)  # 1006.34(e): the English notice in the same mailing, first
    assert "is a debt collector" in en_page and "How do you want to respond?" in en_page
    assert "es un cobrador de deudas" in es_page and "¿Cómo desea responder?" in es_page
    assert "is a debt collector" not in es_page
    assert _pages(english)[0] == en_page  # the same English notice as one mailed alone
    sizes = _body_sizes(mailing)
    assert sizes[1] >= sizes[0]  # the letterhead and addresses are the same on both; the body is sized together
    layouts = {lang: lp.draw_validation_notice(Canvas(io.BytesIO()), data, lang) for lang in ("en", "es")}
    assert layouts["es"]["dispute_text_size"] == layouts["en"]["dispute_text_size"]


class _Recording(Canvas):
    """A canvas that keeps the squares and the text it draws."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.squares: list[tuple[float, float]] = []
        self.strings: list[tuple[float, float, str]] = []

    def rect(self, x, y, width, height, *args, **kwargs):  # noqa: ANN001, ANN201
        if abs(width - height) < 0.01 and 5 < width < 9:
            self.squares.append((round(x, 2), round(y, 2)))
        return super().rect(x, y, width, height, *args, **kwargs)

    def drawString(self, x, y, text, *args, **kwargs):  # noqa: ANN001, ANN201, N802
        self.strings.append((round(x, 2), round(y, 2), text))
        return super().drawString(x, y, text, *args, **kwargs)


@pytest.mark.parametrize("language,prompts", [
    ("en", ["I want to dispute the debt because I think:", "This is not my debt.", "The amount is wrong.",
            "Other (please describe on reverse or", "I want you to send me the name and address of the",
            "I enclosed this amount:", "Quiero este formulario en español."]),
    ("es", ["Quiero disputar la deuda porque pienso que:", "Esta no es mi deuda.", "La cantidad es incorrecta.",
            "Otro (por favor describa al reverso o", "Quiero que me envíe el nombre y la dirección del",
            "Adjunto esta cantidad:"]),
])
def test_every_response_prompt_has_its_own_checkbox(language, prompts):
    """B-1/B-2: a box for the dispute prompt as a whole and one for each reason, for the original creditor, for the
    amount enclosed and (English) for the Spanish form; each box on its prompt's first line."""
    canvas = _Recording()
    lp.draw_validation_notice(canvas, _notice(*LONG_NAMES[0]), language)
    boxes = sorted(canvas.squares, key=lambda s: -s[1])
    assert len(boxes) == len(prompts)
    for (bx, by), prompt in zip(boxes, prompts):
        beside = [text for x, y, text in canvas.strings if abs(y - (by + 0.5)) < 0.01 and bx < x < bx + 16]
        assert beside and beside[0].startswith(prompt.split(" (")[0][:30]), (prompt, beside)
