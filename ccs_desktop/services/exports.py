"""Cells of the files people open in a spreadsheet: CSV and XLSX exports, reports and rejected-rows lists.

`safe_cell` applies the OWASP rule against CSV (formula) injection: text that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a single quote in front, so a spreadsheet shows it as text instead of
running it as a formula. Characters an XLSX file cannot hold (control characters) are removed first. Numbers,
dates and other values that are not text pass unchanged.
"""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """The value as it may be written to a CSV or XLSX cell."""
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
