"""Reading a placement or recall file: CSV (any delimiter, a chosen text encoding) or Excel .xlsx, into a header
and rows with their line numbers. A file that cannot be read raises ImportFileError with the reason."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from pathlib import Path
from typing import Any

from .errors import ImportFileError


@dataclasses.dataclass
class Table:
    """A file's header and its rows, each with its line (CSV) or row (Excel) number."""

    kind: str                    # "csv" or "xlsx"
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    encoding: str | None = None
    delimiter: str | None = None
    sheets: list[str] = dataclasses.field(default_factory=list)
    sheet: str | None = None


def load_bytes(source: Path | str | bytes) -> bytes:
    """The file's bytes (given as bytes or a path)."""
    if isinstance(source, bytes):
        return source
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Cannot read {source}: {exc.strerror or exc}") from exc


def _is_xlsx(data: bytes, name: str) -> bool:
    return data[:4] == b"PK\x03\x04" or name.lower().endswith((".xlsx", ".xlsm"))


def read_table(source: Path | str | bytes, name: str | None = None, *, encoding: str = "utf-8",
               sheet: str | None = None) -> Table:
    """Read a CSV or .xlsx file into a header and rows; a file that cannot be read raises ImportFileError."""
    data = load_bytes(source)
    name = name or (Path(source).name if not isinstance(source, bytes) else "file")
    if not data.strip():
        raise ImportFileError(f"{name} is empty.")
    if name.lower().endswith(".xls") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFileError(f"{name} is an old-style Excel (.xls) file: save it as .xlsx or CSV and import that.")
    if _is_xlsx(data, name):
        return _read_xlsx(data, name, sheet)
    return _read_csv(data, name, encoding)


def _decode(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding), encoding
    except LookupError as exc:
        raise ImportFileError(f"Unknown text encoding {encoding!r}.") from exc
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        shown = "UTF-8" if encoding == "utf-8-sig" else encoding
        raise ImportFileError(
            f"{name} is not {shown} text: byte 0x{data[exc.start]:02X} on line {line} cannot be read. "
            "Choose the file's encoding (for example Windows-1252 or Latin-1) and try again.") from exc


def _read_csv(data: bytes, name: str, encoding: str) -> Table:
    text, used = _decode(data, name, encoding)
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        raise ImportFileError(f"{name} holds binary data (a NUL byte on line {line}): it is not a CSV text file.")
    sample = text[:16384]
    first_line = sample.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[Any]]] = []
    start = 1
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                start = reader.line_num + 1
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
            else:
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(f"{name} is not a well-formed CSV file near line {reader.line_num}: {exc}") from exc
    if headers is None:
        raise ImportFileError(f"{name} is empty.")
    return Table("csv", headers, rows, encoding=used, delimiter=delimiter)


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError(f"{name} is not a readable Excel workbook (.xlsx): {exc}") from exc
    except Exception as exc:  # openpyxl raises many kinds on a damaged archive
        raise ImportFileError(f"{name} is not a readable Excel workbook (.xlsx): {exc}") from exc
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError(f"{name} has no worksheet {sheet!r} (it has {', '.join(names)}).")
        ws = book[sheet] if sheet else book[names[0]]
        headers: list[str] | None = None
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = ["" if v is None else v for v in values]
            if not any(str(c).strip() for c in cells):
                continue
            if headers is None:
                headers = [str(c).strip() for c in cells]
            else:
                rows.append((number, cells))
    finally:
        book.close()
    if headers is None:
        raise ImportFileError(f"{name} is empty (its worksheet {ws.title!r} has no rows).")
    while headers and not headers[-1]:
        headers.pop()
    return Table("xlsx", headers, rows, sheets=names, sheet=ws.title)


