"""The validation notice keeps to one page and its dispute box stays above the tear-off line, in both languages."""

from __future__ import annotations

import datetime as dt
import io
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
                         "NMG0100123", dt.date(2025, 3, 14), Decimal("123456.78"), Decimal("12345.67"),
                         Decimal("1234.56"), Decimal("99999.99"), Decimal("37137.02"), dt.date(2026, 12, 30))


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("agency_name,email", [
    ("Cascade Collection Services", "disputes@cascade.example"),
    ("Northern Plains Accounts Receivable Management Group", "consumer.disputes.department@northernplains-arm.example"),
])
def test_notice_fits_one_page_with_long_names(language, agency_name, email):
    data = _notice(agency_name, email)
    reader = pypdf.PdfReader(io.BytesIO(lp.validation_notice_pdf(data, language)))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "$37,137.02" in text and "$123,456.78" in text
    # Both columns end above the tear-off line (the dispute text shrinks a little for long languages and names).
    layout = lp.draw_validation_notice(Canvas(io.BytesIO()), data, language)
    assert layout["box_bottom"] > layout["tear_y"] + 10 and layout["left_bottom"] > layout["tear_y"] + 10
    assert layout["dispute_text_size"] >= 7.4
