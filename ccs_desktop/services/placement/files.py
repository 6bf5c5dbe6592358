"""Reading a placement or recall file: CSV (any delimiter, a chosen text encoding) or Excel .xlsx, into a header
and rows with their line numbers. A file that cannot be read raises ImportFileError with the reason.

A workbook is a zip archive: its parts are measured with zipfile before openpyxl opens it, and an archive of
too many parts, parts that would unpack past `XLSX_MAX_UNPACKED` in all, or a part compressed far beyond what a
spreadsheet compresses (a zip bomb) is refused without unpacking anything. A text file's byte-order mark decides
its encoding; a byte that cannot be read is named with its byte offset and line.
"""

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
    header_line: int = 1         # the line (row) the header was read from


def load_bytes(source: Path | str | bytes) -> bytes:
    """The file's bytes (given as bytes or a path)."""
    if isinstance(source, bytes):
        return source
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Cannot read {source}: {exc.strerror or exc}") from exc


# A workbook's limits. An ordinary one has a dozen parts and its worksheets compress 5 to 20 times (a 50,000-row
# placement file: 43 MB of sheet XML in a 5 MB file); 512 MB unpacked is a file of about 600,000 rows.
XLSX_MAX_PARTS = 5_000
XLSX_MAX_UNPACKED = 512 * 2**20
XLSX_MAX_RATIO = 200          # uncompressed / compressed size of one part ...
XLSX_RATIO_FROM = 2**20       # ... once the part unpacks to more than this
MB = 10**6


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


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    """The file's text and the encoding read. A byte-order mark decides the encoding (UTF-8 or UTF-16) whatever was
    chosen; a byte that cannot be read is named with its offset in the file and its line."""
    if data.startswith(_UTF16_BOMS):
        encoding = "utf-16"
        if len(data) > 2 and b"\x00" not in data[2:4096]:  # CSV text in UTF-16 has a NUL in every ASCII character
            raise ImportFileError(
                f"{name} starts with a UTF-16 byte-order mark (byte 0x{data[0]:02X} on line 1 (byte offset 0)) but "
                "the text after it is not UTF-16: remove the mark, or save the file again as UTF-8 or UTF-16.")
    elif data.startswith(_UTF8_BOM) or encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding), encoding
    except LookupError as exc:
        raise ImportFileError(f"Unknown text encoding {encoding!r}.") from exc
    except UnicodeDecodeError as exc:
        # exc.start counts from what the decoder was given: after the byte-order mark for utf-8-sig.
        offset = len(data) - len(exc.object) + exc.start
        line = data[:offset].decode(encoding, errors="replace").count("\n") + 1
        shown = "UTF-8" if encoding == "utf-8-sig" else "UTF-16" if encoding == "utf-16" else encoding
        mark = ""
        if offset < 3 and data[:1] == _UTF8_BOM[:1] and encoding == "utf-8-sig" and not data.startswith(_UTF8_BOM):
            mark = " It starts with an incomplete UTF-8 byte-order mark (EF BB BF)."
        raise ImportFileError(
            f"{name} is not {shown} text: byte 0x{data[offset]:02X} on line {line} (byte offset {offset}) cannot be "
            f"read.{mark} Choose the file's encoding (for example Windows-1252 or Latin-1) and try again.") from exc


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
    header_line = 1
    rows: list[tuple[int, list[Any]]] = []
    start = 1
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                start = reader.line_num + 1
                continue
            if headers is None:
                headers, header_line = [c.strip() for c in cells], start
            else:
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(f"{name} is not a well-formed CSV file near line {reader.line_num}: {exc}") from exc
    if headers is None:
        raise ImportFileError(f"{name} is empty.")
    return Table("csv", headers, rows, encoding=used, delimiter=delimiter, header_line=header_line)


def check_archive(data: bytes, name: str) -> None:
    """Refuse a workbook whose zip archive is a bomb, from the sizes its directory lists, before anything in it is
    unpacked (zipfile never unpacks a part past the size listed for it: a part that lies fails its CRC check)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ImportFileError(f"{name} is not a readable Excel workbook (.xlsx): {exc}") from exc
    if len(parts) > XLSX_MAX_PARTS:
        raise ImportFileError(f"{name} is refused: its archive has {len(parts):,} parts (a workbook has a few dozen; "
                              f"at most {XLSX_MAX_PARTS:,} are read). Save it again from Excel, or as CSV.")
    unpacked = 0
    for part in parts:
        unpacked += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > XLSX_RATIO_FROM and ratio > XLSX_MAX_RATIO:
            raise ImportFileError(
                f"{name} is refused: its part {part.filename} is compressed {ratio:,.0f} to 1 ({part.compress_size:,} "
                f"bytes that would unpack to {part.file_size / MB:,.0f} MB; a spreadsheet compresses at most "
                f"{XLSX_MAX_RATIO} to 1). It looks like a zip bomb, not a workbook; nothing was read.")
    if unpacked > XLSX_MAX_UNPACKED:
        raise ImportFileError(
            f"{name} is refused: its parts would unpack to {unpacked / MB:,.0f} MB, more than the "
            f"{XLSX_MAX_UNPACKED / MB:,.0f} MB an import reads from a workbook. Split the file, or save it as CSV.")


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> Table:
    check_archive(data, name)
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
        header_line = 1
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = ["" if v is None else v for v in values]
            if not any(str(c).strip() for c in cells):
                continue
            if headers is None:
                headers, header_line = [str(c).strip() for c in cells], number
            else:
                rows.append((number, cells))
    finally:
        book.close()
    if headers is None:
        raise ImportFileError(f"{name} is empty (its worksheet {ws.title!r} has no rows).")
    while headers and not headers[-1]:
        headers.pop()
    return Table("xlsx", headers, rows, sheets=names, sheet=ws.title, header_line=header_line)


