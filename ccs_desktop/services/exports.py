"""Cells of the files the app writes for people to open in a spreadsheet (CSV, Excel .xlsx).

A consumer's name, an account number, a reference or a note comes from a client's placement file or from a
user: it may start with ``=``, ``+``, ``-`` or ``@`` and would run as a formula when the file is opened in Excel
or LibreOffice (CSV or formula injection: ``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``, DDE). It may also hold
control characters that an .xlsx file cannot contain (openpyxl refuses to write them). Every CSV and XLSX
writer passes each cell through `safe_cell`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# OWASP "CSV Injection": a cell that starts with one of these is a formula (or becomes one) in a spreadsheet.
# A line feed is added because a leading carriage return becomes one below.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Not characters in XML 1.0 at all (openpyxl's pattern covers the C0 controls): non-characters and lone surrogates.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def safe_cell(value: object) -> object:
    """The value to write into a CSV or XLSX cell.

    Numbers (int, float, Decimal), booleans, dates, times and None are returned as they are. Anything else is
    text: characters that an .xlsx file cannot hold (control characters such as ESC, XML non-characters) are
    removed, a carriage return (alone or before a line feed) becomes a line feed so the line break stays
    readable, and text that starts with ``= + - @``, a tab or a line break gets a single quote in front, so a
    spreadsheet shows it as text instead of running it.
    """
    if value is None or isinstance(value, (bool, int, float, Decimal, dt.date, dt.time, dt.timedelta)):
        return value
    # The characters of a str subclass (a StrEnum) as they are; anything else as str() shows it.
    text = str.__str__(value) if isinstance(value, str) else str(value)
    text = _NOT_XML.sub("", ILLEGAL_CHARACTERS_RE.sub("", text))
    if text.startswith(FORMULA_TRIGGERS):
        text = "'" + text
    return text.replace("\r\n", "\n").replace("\r", "\n")
