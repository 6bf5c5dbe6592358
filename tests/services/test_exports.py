"""The one rule for cells of exported CSV and Excel files (services/exports.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ccs_desktop.services.exports import safe_cell


@pytest.mark.parametrize("text, expected", [
    ("=1+1", "'=1+1"),
    ("+1-2", "'+1-2"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\n=1"),
    ("\x1b=1", "'=1"),                 # removing the control character cannot uncover a formula
    ("Pat\x1bDoe\r\nJr", "PatDoe\nJr"),
    ("O'Brien", "O'Brien"),
    ("Ann-Marie", "Ann-Marie"),
    ("", ""),
])
def test_text_is_text_in_a_spreadsheet(text, expected):
    assert safe_cell(text) == expected


@pytest.mark.parametrize("value", [Decimal("-12.50"), -3, 2.5, dt.date(2026, 1, 2), None, True])
def test_numbers_dates_and_empty_cells_stay_as_they_are(value):
    assert safe_cell(value) is value
