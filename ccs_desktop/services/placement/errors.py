"""What goes wrong in an import or a recall, and the rejected-rows report.

`ImportFileError` refuses a file as a whole (encoding, format, missing columns, trailer mismatch);
`ImportCancelled` says a cancelled import wrote nothing; `RowError` is one rejected cell or row, with its line,
field, column and message; `write_errors_csv` writes the rejected rows for the client.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..context import ServiceError
from ..exports import safe_cell
from .fields import FIELD_BY_KEY


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported (encoding, format, missing columns, trailer mismatch)."""


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


@dataclasses.dataclass(frozen=True)
class RowError:
    line: int
    field: str            # a field key, or "row" / "file"
    column: str | None    # the file's column header
    value: str
    message: str

    def describe(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        col = f" ({self.column})" if self.column else ""
        return f"{where}, {FIELD_BY_KEY[self.field].label if self.field in FIELD_BY_KEY else self.field}{col}: {self.message}"


def counted(n: int, noun: str) -> str:
    """"1 account", "2,000 accounts"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def write_errors_csv(errors: Iterable[RowError], target: Path | str | io.TextIOBase) -> int:
    """The rejected rows as CSV (line, field, column, value, message); returns the number written. Every cell goes
    through `safe_cell`: a value from the client's file that a spreadsheet would run as a formula is written as
    text."""
    def _write(out: Any) -> int:
        writer = csv.writer(out)
        writer.writerow(["line", "field", "column", "value", "message"])
        count = 0
        for e in errors:
            label = FIELD_BY_KEY[e.field].label if e.field in FIELD_BY_KEY else e.field
            writer.writerow([safe_cell(cell) for cell in (e.line, label, e.column or "", e.value, e.message)])
            count += 1
        return count

    if isinstance(target, (str, Path)):
        with open(target, "w", newline="", encoding="utf-8") as fh:
            return _write(fh)
    return _write(target)
