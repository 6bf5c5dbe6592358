"""Placement files from clients (CSV and Excel), and recall files.

A placement import reads the whole file, checks every row (required fields, dates, Decimal amounts, ZIP or
postcode against the state, phones into E.164, emails, duplicates in the file and of accounts the client
already placed) and reconciles a trailer row if the file has one. In ONE transaction it writes the placement
batch, the new accounts with their people, addresses, phones, emails and placed-balance transactions, in bulk
batches: a batch is written while the next is checked (`_Sender`). A cancelled or failed import, or a trailer
whose total the rows do not reach, rolls the transaction back: the database is as it was. An all-or-nothing
import with a single rejected row writes nothing at all.

File reading and row checking (`read_preview`, `validate_file`) need no database; `import_file` and
`recall_file` are the services. Progress is a plain ``progress(done, total)`` callback, cancel a
``cancelled() -> bool`` callback (the UI adapts both; the CLI prints).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import gc
import hashlib
import io
import itertools
import json
import logging
import os
import queue
import re
import threading
import time
import uuid
import zipfile
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import phonenumbers
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from ...models import (
    Account,
    AccountParty,
    Address,
    BalanceTransaction,
    Client,
    Email,
    MoneyError,
    Person,
    Phone,
    Placement,
    User,
    new_id,
    to_money,
    utcnow,
)
from ...models.enums import AccountStatus, DebtType, Language, PartyRole, PhoneType, Role, TransactionKind
from .. import audit
from ..accounts.queue_fields import score_weights
from ..context import Actor, Changes, ServiceError
from ..data.demo import tz_group
from ..accounts.scoring import ScoreInputs, score

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
ZERO = Decimal("0.00")
CENT = Decimal("0.01")
MODES = ("valid_rows", "all_or_nothing")
DUPLICATE_POLICIES = ("reject", "update")
TRAILER_MARK = "TRAILER"
DEFAULT_MAP_NAME = "default"


class ImportFileError(ServiceError):
    """The file as a whole cannot be imported (encoding, format, missing columns, trailer mismatch)."""


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


# --- the fields a placement file can carry --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"          # text, money, date, phone, email, zip, state, country, ssn, choice
    required: bool = False
    synonyms: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field("account_number", "Account number", required=True,
          synonyms=("account number", "account no", "account", "acct", "acct no", "acct number", "client account",
                    "account_number", "accountnumber", "acct_no", "account id")),
    Field("first_name", "First name", synonyms=("first name", "first", "firstname", "given name", "first_name")),
    Field("last_name", "Last name", required=True,
          synonyms=("last name", "last", "lastname", "surname", "family name", "last_name")),
    Field("business_name", "Business name", synonyms=("business name", "company", "business", "business_name")),
    Field("principal", "Principal", "money", required=True,
          synonyms=("principal", "principal balance", "principal amount", "amount placed", "balance", "amount")),
    Field("interest", "Interest", "money", synonyms=("interest", "interest balance", "accrued interest")),
    Field("fees", "Fees", "money", synonyms=("fees", "fee", "late fees")),
    Field("costs", "Costs", "money", synonyms=("costs", "cost", "court costs")),
    Field("original_creditor", "Original creditor", synonyms=("original creditor", "creditor", "orig creditor",
                                                              "original_creditor")),
    Field("debt_type", "Debt type", "choice", synonyms=("debt type", "type", "debt_type")),
    Field("charge_off_date", "Charge-off date", "date", synonyms=("charge off date", "charge-off date", "chargeoff date",
                                                                 "charge_off_date", "co date")),
    Field("delinquency_date", "Delinquency date", "date", synonyms=("delinquency date", "date of delinquency",
                                                                   "delinquency_date", "dofd")),
    Field("last_payment_date", "Last payment date", "date", synonyms=("last payment date", "last pay date",
                                                                     "last_payment_date")),
    Field("last_payment_amount", "Last payment amount", "money", synonyms=("last payment amount", "last pay amount",
                                                                          "last_payment_amount")),
    Field("date_of_birth", "Date of birth", "date", synonyms=("date of birth", "dob", "birth date", "birthdate",
                                                             "date_of_birth")),
    Field("ssn", "SSN (last 4 kept)", "ssn", synonyms=("ssn", "ssn last4", "ssn last 4", "social", "ssn_last4")),
    Field("language", "Language", "choice", synonyms=("language", "lang")),
    Field("address1", "Address line 1", synonyms=("address", "address1", "address 1", "address line 1", "street")),
    Field("address2", "Address line 2", synonyms=("address2", "address 2", "address line 2", "apt", "suite")),
    Field("city", "City", synonyms=("city", "town")),
    Field("state", "State / province", "state", synonyms=("state", "province", "st", "region", "state/province")),
    Field("zip", "ZIP / postcode", "zip", synonyms=("zip", "zip code", "zipcode", "postal code", "postcode",
                                                   "postal", "zip_code")),
    Field("country", "Country", "country", synonyms=("country", "country code")),
    Field("cell_phone", "Cell phone", "phone", synonyms=("cell phone", "cell", "mobile", "mobile phone", "cell_phone")),
    Field("home_phone", "Home phone", "phone", synonyms=("home phone", "home", "phone", "telephone", "home_phone",
                                                        "phone number")),
    Field("work_phone", "Work phone", "phone", synonyms=("work phone", "work", "business phone", "work_phone")),
    Field("other_phone", "Other phone", "phone", synonyms=("other phone", "phone 2", "alt phone", "other_phone")),
    Field("email", "Email", "email", synonyms=("email", "e-mail", "email address")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
_EMPTY_TEXTS = {f.key: "" for f in FIELDS}
PHONE_FIELDS = (("cell_phone", PhoneType.CELL), ("home_phone", PhoneType.HOME), ("work_phone", PhoneType.WORK),
                ("other_phone", PhoneType.OTHER))
MONEY_COMPONENTS = ("principal", "interest", "fees", "costs")


def _norm_header(text: Any) -> str:
    return re.sub(r"[\s_\-./]+", " ", str(text or "")).strip().casefold()


@dataclasses.dataclass
class ColumnMap:
    """Which file column feeds which field; saved per client by name (Client.import_maps)."""

    columns: dict[str, str]
    date_order: str = "MDY"       # how to read 03/04/2025: MDY (US) or DMY; ISO dates always work
    encoding: str = "utf-8"
    sheet: str | None = None      # Excel: the worksheet (default: the first)

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(self.columns), "date_order": self.date_order, "encoding": self.encoding,
                "sheet": self.sheet}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMap:
        columns = data.get("columns", {})
        unknown = set(columns) - set(FIELD_BY_KEY)
        if unknown:
            raise ServiceError(f"the column map names unknown fields: {', '.join(sorted(unknown))}")
        return cls(dict(columns), data.get("date_order", "MDY"), data.get("encoding", "utf-8"), data.get("sheet"))


def guess_map(headers: Sequence[str]) -> ColumnMap:
    """A first map from the file's headers, by the usual names of each field."""
    by_norm: dict[str, str] = {}
    for header in headers:
        by_norm.setdefault(_norm_header(header), header)
    columns: dict[str, str] = {}
    used: set[str] = set()
    for field in FIELDS:
        for name in (field.key, field.label, *field.synonyms):
            header = by_norm.get(_norm_header(name))
            if header is not None and header not in used:
                columns[field.key] = header
                used.add(header)
                break
    return ColumnMap(columns)


# --- reading a file -------------------------------------------------------------------------------------


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


def _load_bytes(source: Path | str | bytes) -> bytes:
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
    data = _load_bytes(source)
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


@dataclasses.dataclass
class Preview:
    table: Table
    guessed: ColumnMap

    @property
    def headers(self) -> list[str]:
        return self.table.headers

    def first_rows(self, n: int = 20) -> list[list[str]]:
        return [[_text(c) for c in cells] for _line, cells in self.table.rows[:n]]


def read_preview(source: Path | str | bytes, name: str | None = None, *, encoding: str = "utf-8",
                 sheet: str | None = None) -> Preview:
    table = read_table(source, name, encoding=encoding, sheet=sheet)
    return Preview(table, guess_map(table.headers))


# --- checking one value ----------------------------------------------------------------------------------


class FieldError(ValueError):
    pass


def _text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()




_PLAIN_AMOUNT = re.compile(r"\d{1,12}(\.\d{1,2})?")
_GROUPED_AMOUNT = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")
_DECIMAL_TEXT = re.compile(r"-?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?", re.IGNORECASE)


def parse_money(value: Any, *, allow_negative: bool = False) -> Decimal:
    if type(value) is str and _PLAIN_AMOUNT.fullmatch(value):  # the usual case: 1234.56
        return Decimal(value).quantize(CENT)
    if isinstance(value, bool):
        raise FieldError("is not an amount")
    if isinstance(value, float):  # a spreadsheet number: its shortest decimal form, which must have ≤ 2 decimals
        if value != value or value in (float("inf"), float("-inf")):
            raise FieldError("is not an amount")
        value = repr(value)
    if isinstance(value, (int, Decimal)):
        text = str(value)
    else:
        text = str(value).strip()
    if not text:
        raise FieldError("empty")
    negative = text.startswith("(") and text.endswith(")")
    cleaned = text.strip("()").replace("$", "").replace(" ", "")
    if _GROUPED_AMOUNT.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _DECIMAL_TEXT.fullmatch(cleaned):
        raise FieldError("is not an amount")
    try:
        amount = to_money(cleaned)
    except MoneyError as exc:
        reason = str(exc)
        raise FieldError("has more than two decimals" if "decimals" in reason else
                         "is too large" if "too large" in reason else "is not an amount") from exc
    if negative:
        amount = -amount
    if abs(amount) >= Decimal("1000000000000"):
        raise FieldError("is too large")
    if amount < 0 and not allow_negative:
        raise FieldError("cannot be negative")
    return amount


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")


def parse_date(value: Any, order: str = "MDY", today: dt.date | None = None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        raise FieldError("empty")
    m = _ISO.match(text) or _COMPACT.match(text)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _NUMERIC.match(text)
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
            year = int(y)
            if len(y) == 2:
                pivot = (today or dt.date.today()).year % 100
                year += 2000 if year <= pivot else 1900
            month, day = (a, b) if order == "MDY" else (b, a)
            return dt.date(year, month, day)
    except ValueError as exc:
        raise FieldError("is not a real date") from exc
    expected = "MM/DD/YYYY" if order == "MDY" else "DD/MM/YYYY"
    raise FieldError(f"is not a date (expected YYYY-MM-DD or {expected})")


@lru_cache(maxsize=1)
def us_zips() -> dict[str, tuple[str, str | None]]:
    """Every US ZIP code: its state and time zone."""
    from ...compliance.location import zip_table

    return {code: (state, zone) for code, (zone, state, _county) in zip_table().items() if state}


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    return frozenset(state for state, _tz in us_zips().values())


CA_PROVINCES = {
    # province: (first letters of its postcodes, time zone of most of its people)
    "NL": ("A", "America/St_Johns"), "NS": ("B", "America/Halifax"), "PE": ("C", "America/Halifax"),
    "NB": ("E", "America/Moncton"), "QC": ("GHJ", "America/Toronto"), "ON": ("KLMNP", "America/Toronto"),
    "MB": ("R", "America/Winnipeg"), "SK": ("S", "America/Regina"), "AB": ("T", "America/Edmonton"),
    "BC": ("V", "America/Vancouver"), "NT": ("X", "America/Yellowknife"), "NU": ("X", "America/Iqaluit"),
    "YT": ("Y", "America/Whitehorse"),
}
_CA_POSTCODE = re.compile(r"^([ABCEGHJ-NPRSTVXY])(\d)([A-Z]) ?(\d)([A-Z])(\d)$")
_US_ZIP = re.compile(r"^(\d{5})(?:-?(\d{4}))?$")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")
COUNTRIES = {"US": "US", "USA": "US", "UNITED STATES": "US", "CA": "CA", "CAN": "CA", "CANADA": "CA"}
DEBT_TYPES = {"consumer": DebtType.CONSUMER, "student loan": DebtType.STUDENT_LOAN,
              "student_loan": DebtType.STUDENT_LOAN, "student": DebtType.STUDENT_LOAN,
              "commercial": DebtType.COMMERCIAL, "business": DebtType.COMMERCIAL}
LANGUAGES = {"en": Language.EN, "english": Language.EN, "es": Language.ES, "spanish": Language.ES,
             "español": Language.ES, "espanol": Language.ES}
PHONE_TYPE_GUESS = {phonenumbers.PhoneNumberType.MOBILE: PhoneType.CELL,
                    phonenumbers.PhoneNumberType.FIXED_LINE: PhoneType.HOME}


_NANP = re.compile(r"^\s*(?:\+?1[\s.\-]?)?\(?([2-9]\d{2})\)?[\s.\-]?([2-9]\d{2})[\s.\-]?(\d{4})\s*$")
NANP_REGIONS = ("US", "CA")


@lru_cache(maxsize=65536)
def parse_phone(value: str, region: str, guess_type: bool = False) -> tuple[str, str, PhoneType | None]:
    """(E.164, national digits, type guess) of a number written any way; FieldError if it is not valid.

    The usual North American spellings ((212) 555-0142, 212.555.0142, +1 212 555 0142) are split by a pattern
    and validated by phonenumbers against the file's country (then any NANP country); anything else goes
    through phonenumbers.parse. The type is guessed (mobile / fixed line) only when asked: it is slow and
    North American numbers rarely say.
    """
    m = _NANP.match(value) if region in NANP_REGIONS else None
    if m:
        national = m.group(1) + m.group(2) + m.group(3)
        number = phonenumbers.PhoneNumber(country_code=1, national_number=int(national))
        if not guess_type and _exchange_decides(region):
            valid = _valid_by_exchange(region, national[:6], number) or phonenumbers.is_valid_number(number)
            guess = None
        else:
            valid, guess = _validity(number, region, guess_type)
    else:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException as exc:
            raise FieldError("is not a phone number") from exc
        valid, guess = _validity(number, region, guess_type)
    if not valid:
        raise FieldError(f"is not a valid phone number for {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), str(number.national_number), guess


def _validity(number: phonenumbers.PhoneNumber, region: str, guess_type: bool) -> tuple[bool, PhoneType | None]:
    """Whether phonenumbers holds the number valid for the region (or any region of its country code), and its type
    guess when asked."""
    if not phonenumbers.is_valid_number_for_region(number, region) and not phonenumbers.is_valid_number(number):
        return False, None
    return True, PHONE_TYPE_GUESS.get(phonenumbers.number_type(number)) if guess_type else None


_BY_EXCHANGE: dict[tuple[str, str], bool] = {}


def _valid_by_exchange(region: str, exchange: str, number: phonenumbers.PhoneNumber) -> bool:
    """`phonenumbers.is_valid_number_for_region` of a ten-digit NANP number, kept per area code + exchange (its
    first six digits), which decide it when `_exchange_decides(region)`: `number` is the first one seen with them."""
    key = (region, exchange)
    found = _BY_EXCHANGE.get(key)
    if found is None:
        if len(_BY_EXCHANGE) > 200_000:
            _BY_EXCHANGE.clear()
        found = _BY_EXCHANGE[key] = phonenumbers.is_valid_number_for_region(number, region)
    return found


@lru_cache(maxsize=None)
def _exchange_decides(region: str) -> bool:
    """True if phonenumbers' metadata for the region decides a ten-digit number's validity by its first six digits.

    Checked on the installed metadata, the way phonenumbers reads it (each number pattern matched in full): in
    every pattern, each alternative ten digits wide ends in at least four digits the pattern leaves free (``\\d``),
    alternatives of another fixed width cannot match, and nothing looks around or refers back. Then the last four
    digits cannot change the answer and it can be kept per area code + exchange. Metadata that breaks this (some
    Caribbean plans do, for blocks of a single exchange) turns the per-exchange cache off for that region."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from phonenumbers.phonemetadata import PhoneMetadata

    digit = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_DIGIT)])]

    def free_tail(items: list[Any], k: int) -> bool:
        """Whether the last k characters of every match of `items` are free digits."""
        if k <= 0:
            return True
        if not items:
            return False
        op, arg = items[-1]
        if (op, arg) == digit[0]:
            return free_tail(items[:-1], k - 1)
        if op is sre.MAX_REPEAT and arg[0] == arg[1] and list(arg[2]) == digit:
            return free_tail(items[:-1], k - arg[0])
        if op is sre.BRANCH:
            return all(free_tail(list(alternative), k) for alternative in arg[1])
        return False

    def decided(pattern: str) -> bool:
        if re.search(r"\(\?[=!<]|\(\?P=|\\[1-9]", pattern):
            return False
        tree = _parser.parse(pattern)
        items = list(tree)
        alternatives = items[0][1][1] if len(items) == 1 and items[0][0] is sre.BRANCH else [tree]
        for alternative in alternatives:
            low, high = alternative.getwidth()
            if low != high:
                return False
            if low == 10 and not free_tail(list(alternative), 4):
                return False
        return True

    try:
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.country_code != 1:
            return False
        for name in ("general_desc", "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost",
                     "personal_number", "voip", "pager", "uan", "voicemail"):
            desc = getattr(meta, name)
            if desc is not None and desc.national_number_pattern is not None and not decided(
                    desc.national_number_pattern):
                return False
    except Exception:  # metadata laid out otherwise than expected: no per-exchange cache
        log.warning("phone metadata for %s not checked for the per-exchange cache", region, exc_info=True)
        return False
    return True


def phone_zones(e164: str) -> tuple[str, ...]:
    """The time zones a valid number's prefix belongs to (as demo.phone_zones); none for a nationwide number."""
    digits = e164[1:]
    return _prefix_zones(digits[:_longest_zone_prefix().get(digits[:1], 0)])


@lru_cache(maxsize=1)
def _longest_zone_prefix() -> dict[str, int]:
    """Per first digit, the longest prefix phonenumbers' time-zone table holds (7 for +1: area code + exchange): the
    lookup below cannot read further, so its result is kept per prefix of that length rather than per number."""
    from phonenumbers.tzdata import TIMEZONE_DATA

    longest: dict[str, int] = {}
    for prefix in TIMEZONE_DATA:
        longest[prefix[:1]] = max(longest.get(prefix[:1], 0), len(prefix))
    return longest


@lru_cache(maxsize=65536)
def _prefix_zones(digits: str) -> tuple[str, ...]:
    from phonenumbers.tzdata import TIMEZONE_DATA

    for length in range(len(digits), 0, -1):
        zones = TIMEZONE_DATA.get(digits[:length])
        if zones is not None:
            zones = tuple(z for z in zones if "/" in z and z != "Etc/Unknown")
            return zones if len(zones) <= 3 else ()
    return ()


# --- checking a whole file --------------------------------------------------------------------------------


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


@dataclasses.dataclass
class PlacementRow:
    line: int
    account_number: str
    account: dict[str, Any]
    person: dict[str, Any]
    address: dict[str, Any] | None
    phones: list[tuple[str, str, PhoneType]]
    email: str | None
    placed_total: Decimal
    zones: set[str]


@dataclasses.dataclass
class Trailer:
    line: int
    count: int
    total: Decimal


@dataclasses.dataclass
class Validation:
    file_name: str
    sha256: str
    kind: str
    headers: list[str]
    data_rows: int
    rows: list[PlacementRow]
    errors: list[RowError]
    trailer: Trailer | None = None
    warnings: list[str] = dataclasses.field(default_factory=list)
    country: str = "US"

    @property
    def rejected_lines(self) -> list[int]:
        return sorted({e.line for e in self.errors})

    @property
    def valid_count(self) -> int:
        return len(self.rows)

    @property
    def amount_valid(self) -> Decimal:
        return sum((r.placed_total for r in self.rows), ZERO)


def _column_index(table: Table, column_map: ColumnMap, file_name: str) -> dict[str, int]:
    index: dict[str, int] = {}
    positions: dict[str, list[int]] = {}
    for i, header in enumerate(table.headers):
        positions.setdefault(_norm_header(header), []).append(i)
    missing = []
    for key, header in column_map.columns.items():
        if not header:
            continue
        found = positions.get(_norm_header(header))
        if not found:
            missing.append(f"{FIELD_BY_KEY[key].label} (mapped to column {header!r})")
            continue
        if len(found) > 1:
            raise ImportFileError(f"{file_name} has the column {header!r} {len(found)} times: rename the copies so the "
                                  "map can tell them apart.")
        index[key] = found[0]
    required = [f for f in FIELDS if f.required and f.key not in column_map.columns]
    for field in required:
        if field.key == "last_name" and "business_name" in column_map.columns:
            continue
        missing.append(f"{field.label} (not mapped)")
    if missing:
        raise ImportFileError(f"{file_name} cannot be imported with this column map: missing "
                              + "; ".join(missing) + f". The file's columns are: {', '.join(table.headers)}.")
    return index


def _trailer(table: Table, file_name: str) -> Trailer | None:
    marks = [i for i, (_line, cells) in enumerate(table.rows) if cells and _text(cells[0]).upper() == TRAILER_MARK]
    if not marks:
        return None
    if marks != [len(table.rows) - 1]:
        raise ImportFileError(f"{file_name} has a {TRAILER_MARK} row on line {table.rows[marks[0]][0]} that is not "
                              "its last row.")
    line, cells = table.rows.pop()
    values = [_text(c) for c in cells[1:] if _text(c)]
    try:
        count = int(values[0])
        total = parse_money(values[1], allow_negative=True)
    except (IndexError, ValueError, FieldError) as exc:
        raise ImportFileError(f"{file_name}: the {TRAILER_MARK} row on line {line} must read "
                              f"{TRAILER_MARK},<number of accounts>,<total placed>.") from exc
    return Trailer(line, count, total)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a file's rows are built: with a hundred thousand live row objects
    its passes cost more than the import itself. Nothing built here is cyclic; it runs again afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def validate_file(source: Path | str | bytes, column_map: ColumnMap, *, file_name: str | None = None,
                  default_country: str = "US", today: dt.date | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Validation:
    """Check every row of a placement file without touching a database."""
    with _gc_paused():
        checking = _Checking(source, column_map, file_name=file_name, default_country=default_country, today=today)
        for _batch in checking.batches(2000, progress, cancelled):
            pass
        return checking.validation()


class _Checking:
    """A placement file checked row by row: `batches` yields its valid rows a batch at a time (an import writes
    one batch while the next is checked); `validation` is the whole file's result once every batch is read."""

    def __init__(self, source: Path | str | bytes, column_map: ColumnMap, *, file_name: str | None = None,
                 default_country: str = "US", today: dt.date | None = None, table: Table | None = None) -> None:
        """`table`: the file already read with the map's encoding and sheet (an import that guessed the map from
        it), so it is not read twice."""
        data = _load_bytes(source)
        self.file_name = file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "file")
        self.digest = hashlib.sha256(data).hexdigest()
        if table is None:
            table = read_table(data, file_name, encoding=column_map.encoding, sheet=column_map.sheet)
        self.table = table
        self.index = index = _column_index(table, column_map, file_name)
        self.trailer = trailer = _trailer(table, file_name)
        if not table.rows:
            raise ImportFileError(f"{file_name} has a header but no accounts.")
        if trailer is not None and trailer.count != len(table.rows):
            raise ImportFileError(
                f"{file_name}: the trailer (line {trailer.line}) says {trailer.count:,} accounts but the file has "
                f"{len(table.rows):,}: the file may be incomplete. Nothing was imported.")
        self.country = default_country
        self.checker = _RowChecker(index, {k: column_map.columns[k] for k in index}, column_map.date_order,
                                   default_country, today or dt.datetime.now(UTC).date())
        self.rows: list[PlacementRow] = []
        self.errors: list[RowError] = []
        self.all_total = ZERO
        self.amount_errors = 0

    def account_numbers(self) -> list[str]:
        """The account number of every row, read before the rows are checked (to look up earlier placements)."""
        i = self.index["account_number"]
        return [number for number in (_text(cells[i]) if i < len(cells) else "" for _line, cells in self.table.rows)
                if number]

    def batches(self, size: int, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Iterator[list[PlacementRow]]:
        checker = self.checker
        first_line: dict[str, int] = {}
        total = len(self.table.rows)
        batch: list[PlacementRow] = []
        for n, (line, cells) in enumerate(self.table.rows, start=1):
            row, row_errors, placed = checker.check(line, cells)
            if placed is None:
                self.amount_errors += 1
            else:
                self.all_total += placed
            if row is not None:
                seen = first_line.get(row.account_number)
                if seen is not None:
                    row_errors.append(RowError(line, "account_number", checker.columns.get("account_number"),
                                               row.account_number, f"the account number is already on line {seen} of "
                                               "this file"))
                    row = None
                else:
                    first_line[row.account_number] = line
            if row_errors:
                self.errors.extend(row_errors)
            elif row is not None:
                batch.append(row)
            if n % size == 0 or n == total:
                if cancelled and cancelled():
                    raise ImportCancelled()
                self.rows.extend(batch)
                yield batch
                batch = []
                if progress:
                    progress(n, total)

    def validation(self) -> Validation:
        """The file's result; raises when the rows do not add up to the trailer's total."""
        table, trailer = self.table, self.trailer
        validation = Validation(self.file_name, self.digest, table.kind, table.headers, len(table.rows), self.rows,
                                self.errors, trailer, country=self.country)
        if trailer is not None and trailer.total != self.all_total:
            message = (f"the trailer (line {trailer.line}) says {trailer.total:,} placed but the rows add up to "
                       f"{self.all_total:,}")
            if not self.amount_errors:
                raise ImportFileError(f"{self.file_name}: {message}. Nothing was imported.")
            unread = (f"{self.amount_errors:,} row has an amount" if self.amount_errors == 1
                      else f"{self.amount_errors:,} rows have amounts")
            validation.warnings.append(f"{message} ({unread} that could not be read).")
        return validation


class _RowChecker:
    def __init__(self, index: dict[str, int], columns: dict[str, str], date_order: str, default_country: str,
                 today: dt.date) -> None:
        self.index = index
        self.columns = columns
        self.date_order = date_order
        self.default_country = default_country
        self.today = today

    def check(self, line: int, cells: list[Any]) -> tuple[PlacementRow | None, list[RowError], Decimal | None]:
        errors: list[RowError] = []
        raw: dict[str, Any] = {}
        texts = dict(_EMPTY_TEXTS)
        n = len(cells)
        for key, i in self.index.items():
            value = cells[i] if i < n else ""
            raw[key] = value
            texts[key] = value.strip() if type(value) is str else _text(value)
        text = texts.__getitem__

        def err(key: str, message: str, value: Any = None) -> None:
            shown = text(key) if value is None else _text(value)
            errors.append(RowError(line, key, self.columns.get(key), shown[:200], message))

        def limit(key: str, size: int) -> str | None:
            value = text(key)
            if len(value) > size:
                err(key, f"is longer than {size} characters")
                return None
            return value or None

        number = text("account_number")
        if not number:
            err("account_number", "is required")
        elif len(number) > 40:
            err("account_number", "is longer than 40 characters")
        first, last, business = limit("first_name", 80), limit("last_name", 120), limit("business_name", 200)
        if not last and not business:
            err("last_name", "is required (or a business name)")

        amounts: dict[str, Decimal] = {}
        amounts_ok = True
        for key in MONEY_COMPONENTS:
            if key not in raw or text(key) == "":
                if key == "principal":
                    err(key, "is required")
                    amounts_ok = False
                amounts[key] = ZERO
                continue
            try:
                amounts[key] = parse_money(raw[key])
            except FieldError as exc:
                err(key, str(exc))
                amounts_ok = False
        placed = sum(amounts.values(), ZERO) if amounts_ok else None
        if placed is not None and placed <= 0:
            err("principal", "the amount placed must be more than zero")

        dates: dict[str, dt.date | None] = {}
        for key in ("charge_off_date", "delinquency_date", "last_payment_date", "date_of_birth"):
            if key not in raw or text(key) == "":
                dates[key] = None
                continue
            try:
                day = parse_date(raw[key], self.date_order, self.today)
            except FieldError as exc:
                err(key, str(exc))
                dates[key] = None
                continue
            if day > self.today:
                err(key, "is in the future")
            elif day.year < 1900:
                err(key, "is before 1900")
            dates[key] = day
        last_payment_amount = None
        if text("last_payment_amount"):
            try:
                last_payment_amount = parse_money(raw["last_payment_amount"])
            except FieldError as exc:
                err("last_payment_amount", str(exc))

        debt_type = DebtType.CONSUMER
        if text("debt_type"):
            debt_type = DEBT_TYPES.get(text("debt_type").casefold())
            if debt_type is None:
                err("debt_type", "is not one of consumer, student loan, commercial")
        language = Language.EN
        if text("language"):
            language = LANGUAGES.get(text("language").casefold())
            if language is None:
                err("language", "is not English or Spanish (en, es)")
        ssn_last4 = None
        if text("ssn"):
            digits = re.sub(r"[\s\-]", "", text("ssn"))
            if not re.fullmatch(r"\d{4}|\d{9}", digits):
                err("ssn", "is not a social security number (9 digits) or its last 4 digits", value="")
            else:
                ssn_last4 = digits[-4:]

        country = self.default_country
        if text("country"):
            country = COUNTRIES.get(text("country").upper())
            if country is None:
                err("country", "is not US or CA")
                country = self.default_country
        state = text("state").upper() or None
        zones: set[str] = set()
        postal = None
        zip_value = raw.get("zip", "")
        if isinstance(zip_value, int) and country == "US":  # a spreadsheet dropped the leading zeros
            zip_value = f"{zip_value:05d}"
        zip_text = _text(zip_value).upper()
        if country == "US":
            if state and state not in us_states():
                err("state", "is not a US state code")
                state = None
            if zip_text:
                m = _US_ZIP.match(zip_text)
                found = us_zips().get(m.group(1)) if m else None
                if not m:
                    err("zip", "is not a ZIP code (12345 or 12345-6789)")
                elif found is None:
                    err("zip", "is not a known US ZIP code")
                else:
                    postal = m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
                    if state and found[0] != state:
                        err("zip", f"is in {found[0]}, not {state}")
                    state = state or found[0]
                    if found[1]:
                        zones.add(found[1])
        else:
            if state and state not in CA_PROVINCES:
                err("state", "is not a Canadian province or territory code")
                state = None
            if zip_text:
                m = _CA_POSTCODE.match(zip_text)
                if not m:
                    err("zip", "is not a Canadian postal code (A1A 1A1)")
                else:
                    postal = f"{m.group(1)}{m.group(2)}{m.group(3)} {m.group(4)}{m.group(5)}{m.group(6)}"
                    province = state or next((p for p, (letters, _z) in CA_PROVINCES.items()
                                              if m.group(1) in letters), None)
                    if state and m.group(1) not in CA_PROVINCES[state][0]:
                        err("zip", f"is not a postal code of {state}")
                    state = province
            if state in CA_PROVINCES:
                zones.add(CA_PROVINCES[state][1])

        phones: list[tuple[str, str, PhoneType]] = []
        for key, ptype in PHONE_FIELDS:
            value = text(key)
            if not value:
                continue
            try:
                e164, digits, guess = parse_phone(value, country, ptype == PhoneType.OTHER)
            except FieldError as exc:
                err(key, str(exc))
                continue
            if any(p[0] == e164 for p in phones):
                continue
            phones.append((e164, digits, guess if ptype == PhoneType.OTHER and guess else ptype))
            zones.update(phone_zones(e164))
        email = text("email").lower() or None
        if email and (len(email) > 254 or not _EMAIL.match(email)):
            err("email", "is not an email address")
            email = None

        address = None
        address_parts = {"line1": limit("address1", 200), "line2": limit("address2", 200), "city": limit("city", 100)}
        if any(address_parts.values()) or postal or state:
            address = {**address_parts, "region": state, "postal_code": postal, "country": country}
        creditor = limit("original_creditor", 200)
        if errors:
            return None, errors, placed
        assert placed is not None
        account = {
            "client_account_number": number, "original_creditor": creditor, "debt_type": debt_type,
            **amounts, "balance": placed, "placed_balance": placed,
            "charge_off_date": dates["charge_off_date"], "delinquency_date": dates["delinquency_date"],
            "last_payment_date": dates["last_payment_date"], "last_payment_amount": last_payment_amount,
            "itemization_date": dates["charge_off_date"], "itemization_balance": placed,
        }
        search = " ".join(p for p in (last, first) if p).upper() if last else (business or "").upper()
        person = {"first_name": first, "last_name": last or business, "business_name": business,
                  "search_name": search[:210], "date_of_birth": dates["date_of_birth"], "ssn_last4": ssn_last4,
                  "language": language}
        return PlacementRow(line, number, account, person, address, phones, email, placed, zones), [], placed


# --- client maps and settings ------------------------------------------------------------------------------


def _client(session: Session, client: str | uuid.UUID) -> Client:
    if isinstance(client, uuid.UUID):
        found = session.get(Client, client)
    else:
        found = session.scalar(sa.select(Client).where(Client.code == client))
    if found is None:
        raise ServiceError(f"There is no client {client}.")
    return found


def client_maps(session_factory: Callable[[], Session], client: str | uuid.UUID) -> dict[str, ColumnMap]:
    with session_factory() as s:
        found = _client(s, client)
        return {name: ColumnMap.from_json(value) for name, value in sorted((found.import_maps or {}).items())}


def save_map(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID, name: str,
             column_map: ColumnMap) -> None:
    """Save (or replace) a named column map for a client's placement files."""
    actor.require(Role.ADMIN, action="save an import column map")
    name = name.strip()
    if not name or len(name) > 60:
        raise ServiceError("A column map needs a name of 1 to 60 characters.")
    ColumnMap.from_json(column_map.to_json())
    with session_factory() as s, s.begin():
        found = _client(s, client)
        maps = dict(found.import_maps or {})
        before = maps.get(name)
        maps[name] = column_map.to_json()
        found.import_maps = maps
        audit.record(s, actor, "client.import_map_saved", "client", found.id, before=before and {name: before},
                     after={name: maps[name]})


def set_duplicate_policy(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                         policy: str) -> None:
    """What a placement does with an account number the client already placed: "update" or "reject"."""
    actor.require(Role.ADMIN, action="change a client's duplicate policy")
    if policy not in DUPLICATE_POLICIES:
        raise ServiceError(f"The duplicate policy is one of {', '.join(DUPLICATE_POLICIES)}.")
    with session_factory() as s, s.begin():
        found = _client(s, client)
        before = found.duplicate_policy
        found.duplicate_policy = policy
        audit.record(s, actor, "client.duplicate_policy_changed", "client", found.id,
                     before={"duplicate_policy": before}, after={"duplicate_policy": policy})


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


# --- importing -----------------------------------------------------------------------------------------------


@dataclasses.dataclass
class ImportResult:
    file_name: str
    committed: bool
    placement_id: uuid.UUID | None
    data_rows: int
    imported: int
    updated: int
    rejected: int
    amount_placed: Decimal
    trailer_total: Decimal | None
    errors: list[RowError]
    warnings: list[str]
    account_ids: list[uuid.UUID]
    message: str

    @property
    def changes(self) -> Changes:
        return Changes.for_accounts(self.account_ids) if self.committed else Changes()


def _existing(session: Session, client_id: uuid.UUID, numbers: list[str]) -> dict[str, Account]:
    """The client's accounts placed before under any of these numbers. The numbers go as one array on PostgreSQL
    and in chunks of an expanding IN on SQLite; only the accounts found are loaded as objects."""
    accounts = Account.__table__
    if session.get_bind().dialect.name == "postgresql":
        member = accounts.c.client_account_number == sa.any_(sa.bindparam("numbers",
                                                                            type_=postgresql.ARRAY(sa.String())))
        chunks = [numbers]
    else:
        member = accounts.c.client_account_number.in_(sa.bindparam("numbers", expanding=True))
        chunks = [numbers[start:start + 5000] for start in range(0, len(numbers), 5000)]
    query = sa.select(accounts.c.id).where(accounts.c.client_id == client_id, member)
    conn = session.connection()
    ids = [found for chunk in chunks for found in conn.execute(query, {"numbers": chunk}).scalars()]
    found: dict[str, Account] = {}
    for start in range(0, len(ids), 500):
        for account in session.scalars(sa.select(Account).where(Account.id.in_(ids[start:start + 500]))):
            found[account.client_account_number] = account
    return found


def _template(model: type, now: dt.datetime) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in model.__table__.c:
        default = column.default
        if default is None:
            values[column.name] = None
        elif default.is_scalar:
            values[column.name] = default.arg
        elif column.name in ("created_at", "updated_at"):
            values[column.name] = now
        elif column.name == "id":
            values[column.name] = None
        else:
            values[column.name] = default.arg(None)
    return values


def _collectors(session: Session) -> list[uuid.UUID]:
    """Active collectors, the one with the fewest open accounts first."""
    load = sa.select(sa.func.count()).select_from(Account).where(
        Account.assigned_to == User.id, Account.status == AccountStatus.OPEN).scalar_subquery()
    return list(session.scalars(sa.select(User.id).where(User.role == Role.COLLECTOR, User.active.is_(True))
                                .order_by(load, User.username)))


def import_file(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                source: Path | str | bytes, column_map: ColumnMap | None = None, **options: Any) -> ImportResult:
    """Import a placement file for a client. See the module docstring for what is checked and written.

    Options: map_name, file_name, mode ("valid_rows" | "all_or_nothing"), assign (spread new accounts over the
    active collectors), progress, cancelled, batch_size, today, validation (a `validate_file` result of the
    same bytes, to skip checking again).
    """
    with _gc_paused():
        return _import(session_factory, actor, client, source, column_map, **options)


def _import(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                source: Path | str | bytes, column_map: ColumnMap | None = None, *, map_name: str | None = None,
                file_name: str | None = None, mode: str = "valid_rows", assign: bool = True,
                progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                batch_size: int = 5000, today: dt.date | None = None,
                validation: Validation | None = None) -> ImportResult:
    actor.require(Role.ADMIN, action="import placement files")
    if mode not in MODES:
        raise ServiceError(f"The import mode is one of {', '.join(MODES)}.")
    data = _load_bytes(source)
    file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "placement file")
    today = today or dt.datetime.now(UTC).date()
    with session_factory() as s:
        found = _client(s, client)
        client_id, client_code, currency, policy = found.id, found.code, found.currency, found.duplicate_policy
        maps = dict(found.import_maps or {})
        digest = hashlib.sha256(data).hexdigest()
        earlier = s.execute(sa.select(Placement.received_at, Placement.file_name).where(
            Placement.client_id == client_id, Placement.file_sha256 == digest)).first()
    if earlier is not None:
        raise ImportFileError(f"This file was already imported for {client_code} on "
                              f"{earlier.received_at:%Y-%m-%d %H:%M} UTC (as {earlier.file_name}). Nothing was imported.")
    table = None  # the file, once read to guess the map
    if column_map is None:
        name = map_name or DEFAULT_MAP_NAME
        if name in maps:
            column_map = ColumnMap.from_json(maps[name])
        elif map_name:
            raise ServiceError(f"Client {client_code} has no column map {map_name!r} "
                               f"(it has: {', '.join(sorted(maps)) or 'none'}).")
        else:
            table = read_table(data, file_name)
            column_map = guess_map(table.headers)  # the defaults read_table used: UTF-8, the first sheet
    country = "CA" if currency == "CAD" else "US"
    checking: _Checking | None = None
    if validation is None or validation.sha256 != digest or validation.country != country:
        checking = _Checking(data, column_map, file_name=file_name, today=today, default_country=country,
                             table=table)
        numbers = checking.account_numbers()
        batches = checking.batches(batch_size, progress, cancelled)
        checked_errors = checking.errors
    else:
        numbers = [r.account_number for r in validation.rows]
        batches = _batches(validation.rows, batch_size, progress, cancelled)
        checked_errors = validation.errors
    column = column_map.columns.get("account_number")
    try:
        with session_factory() as s, s.begin():
            existing = _existing(s, client_id, numbers)
            now = utcnow()
            placement_id = new_id()
            try:
                s.execute(sa.insert(Placement.__table__), [{
                    **_template(Placement, now), "id": placement_id, "client_id": client_id, "received_at": now,
                    "file_name": file_name[:260], "file_sha256": digest, "account_count": 0, "rejected_count": 0,
                    "amount_placed": ZERO, "imported_by": actor.user_id}])
            except sa.exc.IntegrityError as exc:
                if not _is_repeat(exc):
                    raise
                raise ImportFileError(f"This file was already imported for {client_code} (by an import that "
                                      "finished while this one was checking it). Nothing was imported.") from exc
            collectors = _collectors(s) if assign else []
            weights = score_weights(s)
            make_id = _Ids()
            ids: list[uuid.UUID] = []
            updates: list[tuple[PlacementRow, Account]] = []
            refused: list[RowError] = []
            imported = 0
            amount = ZERO
            with _large_page_cache(s), _sending(s.connection()) as sender:
                for batch in batches:
                    new_rows: list[PlacementRow] = []
                    for row in batch:
                        account = existing.get(row.account_number)
                        if account is None:
                            new_rows.append(row)
                        elif policy == "update" and account.status == AccountStatus.OPEN:
                            updates.append((row, account))
                        elif policy == "update":
                            refused.append(RowError(row.line, "account_number", column, row.account_number,
                                                    f"the account was placed before and is {account.status.value}; "
                                                    "it cannot be updated"))
                        else:
                            placed = f" on {account.placed_on:%Y-%m-%d}" if account.placed_on else ""
                            refused.append(RowError(row.line, "account_number", column, row.account_number,
                                                    f"{client_code} already placed this account{placed} (the "
                                                    "client's duplicate policy is to reject)"))
                    if mode == "all_or_nothing" and (refused or checked_errors):
                        continue  # nothing will be kept: the rest is only checked, for the report
                    if new_rows:
                        ids.extend(_write_batch(sender, new_rows, client_id, placement_id, currency, collectors,
                                                imported, now, today, weights, make_id))
                        imported += len(new_rows)
                        amount += sum((r.placed_total for r in new_rows), ZERO)
            validation = checking.validation() if checking is not None else validation
            assert validation is not None
            n = validation.data_rows
            errors = sorted([*validation.errors, *refused], key=lambda e: e.line)
            rejected = len({e.line for e in errors})
            trailer_total = validation.trailer.total if validation.trailer else None
            if mode == "all_or_nothing" and errors:
                raise _NothingImported(ImportResult(
                    file_name, False, None, n, 0, 0, rejected, ZERO, trailer_total, errors, validation.warnings, [],
                    f"{rejected:,} of {n:,} rows were rejected; all-or-nothing: nothing was imported."))
            if not imported and not updates:
                raise _NothingImported(ImportResult(
                    file_name, False, None, n, 0, 0, rejected, ZERO, trailer_total, errors, validation.warnings, [],
                    f"No row of {file_name} can be imported ({rejected:,} rejected)."))
            s.execute(sa.update(Placement.__table__).where(Placement.__table__.c.id == placement_id).values(
                account_count=imported, rejected_count=rejected, amount_placed=amount, trailer_total=trailer_total))
            for row, account in updates:
                if cancelled and cancelled():
                    raise ImportCancelled()
                _update(s, actor, row, account, now, today)
                ids.append(account.id)
            audit.record(s, actor, "placement.imported", "placement", placement_id, after={
                "client": client_code, "file": file_name, "sha256": digest, "mode": mode, "rows": n,
                "imported": imported, "updated": len(updates), "rejected": rejected, "amount_placed": amount,
                "trailer_total": trailer_total})
    except _NothingImported as nothing:
        return nothing.result
    message = (f"{_count(imported, 'account')} imported ({amount:,} {currency} placed)"
               + (f", {len(updates):,} updated" if updates else "")
               + (f", {_count(rejected, 'row')} rejected" if rejected else "") + ".")
    log.info("placement %s for %s: %d new, %d updated, %d rejected", placement_id, client_code, imported,
             len(updates), rejected)
    return ImportResult(file_name, True, placement_id, n, imported, len(updates), rejected, amount, trailer_total,
                        errors, validation.warnings, ids, message)


class _NothingImported(Exception):
    """Leaves an import's transaction rolled back, carrying the result that says why."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.message)
        self.result = result


def _batches(rows: list[PlacementRow], size: int, progress: Callable[[int, int], None] | None,
             cancelled: Callable[[], bool] | None) -> Iterator[list[PlacementRow]]:
    """Rows checked beforehand, a batch at a time, with the same progress and cancel as rows checked on the way."""
    for start in range(0, len(rows), size):
        if cancelled and cancelled():
            raise ImportCancelled()
        yield rows[start:start + size]
        if progress:
            progress(min(start + size, len(rows)), len(rows))


IMPORT_PAGE_CACHE_KIB = 131072


@contextlib.contextmanager
def _large_page_cache(s: Session) -> Iterator[None]:
    """On SQLite, a page cache of up to 128 MiB while a file's rows go in, so the pages of the indexes they land in
    stay in memory instead of being spilled and read back; the connection's own size again afterwards."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_PAGE_CACHE_KIB}")  # negative: a size in KiB
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size={before}")
        except sa.exc.DBAPIError:  # the connection failed with the import: it is discarded, not reused
            log.warning("could not restore the SQLite page cache size after an import", exc_info=True)


def _is_repeat(exc: sa.exc.IntegrityError) -> bool:
    """The unique index on (client, file hash) refused the placement: its name (PostgreSQL) or columns (SQLite)."""
    text = str(exc.orig)
    return "uq_placements_client_file" in text or "placements.file_sha256" in text


class _Ids:
    """UUIDv7 ids made a block at a time: the same layout as models.new_id (48-bit ms time, version 7, a 12-bit
    sequence, variant, 62 random bits) at a fraction of its cost, for the hundreds of thousands of rows of a file."""

    def __init__(self) -> None:
        self.ms = 0
        self.seq = 0
        self.pool: list[uuid.UUID] = []

    def __call__(self) -> uuid.UUID:
        if not self.pool:
            self._fill(4096)
        return self.pool.pop()

    def _fill(self, n: int) -> None:
        now = time.time_ns() // 1_000_000
        if now > self.ms:
            self.ms, self.seq = now, 0
        random = os.urandom(8 * n)
        out = []
        for i in range(n):
            if self.seq > 0xFFF:
                self.ms, self.seq = self.ms + 1, 0
            rand_b = int.from_bytes(random[8 * i:8 * i + 8], "big") >> 2
            out.append(uuid.UUID(int=(self.ms << 80) | (0x7 << 76) | (self.seq << 64) | (0b10 << 62) | rand_b))
            self.seq += 1
        out.reverse()  # pop() hands them out in time order
        self.pool = out


@dataclasses.dataclass
class _Rows:
    """One table's rows of a batch: first converted for the driver (`params`), then put into one value to send
    (`payload`, see `_Sender`)."""

    table: str
    keys: list[str]
    params: list[tuple[Any, ...]]
    payload: bytes | str = b""


def _rows(dialect: sa.Dialect, model: type, constants: dict[str, Any], columns: dict[str, list[Any]],
          memo: dict[str, dict[Any, Any]]) -> _Rows:
    """A table's rows with values converted by the columns' own bind processors (the same conversion the ORM
    applies). `constants` hold one value for every row (converted once; a NULL without a server default is left out
    of the statement), `columns` one value per row; `memo` keeps converted values per column type across the tables
    of one batch (the placed balance is also its account's balance)."""
    n = len(next(iter(columns.values())))
    table = model.__table__
    keys: list[str] = []
    values: list[Iterable[Any]] = []
    for key, value in constants.items():
        column = table.c[key]
        if key in columns or (value is None and column.server_default is None):
            continue
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        keys.append(key)
        values.append(itertools.repeat(processor(value) if processor and value is not None else value, n))
    for key, given in columns.items():
        column = table.c[key]
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        keys.append(key)
        if processor is None:
            values.append(given)
        elif column.primary_key or column.foreign_keys:  # ids: no value repeats
            values.append([None if v is None else processor(v) for v in given])
        else:
            values.append(_converted(processor, given, memo.setdefault(repr(column.type), {None: None})))
    return _Rows(table.name, keys, list(zip(*values)))


def _send(conn: sa.Connection, rows: _Rows) -> None:
    """INSERT a table's rows in the connection's transaction: PostgreSQL takes their COPY text, SQLite reads them
    from their JSON array in one statement."""
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(k) for k in rows.keys)
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            with cursor.copy(f"COPY {quote(rows.table)} ({names}) FROM STDIN") as copy:
                copy.write(rows.payload)
        finally:
            cursor.close()
        return
    values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(rows.keys)))
    conn.exec_driver_sql(f"INSERT INTO {quote(rows.table)} ({names}) SELECT {values} FROM json_each(?)",
                         (rows.payload,))


class _Sender:
    """Writes an import's rows on its connection from a thread of its own, so the database inserts one batch while
    the importing thread checks and converts the next.

    The importing thread puts each table's rows into one value, and the writer hands that value to the database in
    one call that runs without Python's GIL:
    - PostgreSQL: COPY text, formatted by psycopg itself with the connection's types and encoding (`Copy` with a
      `FileWriter`), then streamed with COPY; psycopg waits for the server without the GIL. Formatting in one
      thread while another sends on the connection is the split psycopg's own queued COPY writer makes.
    - SQLite: a JSON array of the rows (their values are text, integers and NULLs once converted), inserted with
      `INSERT ... SELECT ... FROM json_each(?)`. Row by row, the driver would take the GIL back for every row.

    Nothing else may use the connection while the sender is open. `close` waits until every batch is written and
    raises what writing met; `abandon` waits only for the batch being written."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.error: BaseException | None = None
        self.abandoned = False
        self.queue: queue.Queue[list[_Rows] | None] = queue.Queue(maxsize=2)
        self.format_cursor = (conn.connection.dbapi_connection.cursor()  # never executes: its types format rows
                              if self.dialect.name == "postgresql" else None)
        self.thread = threading.Thread(target=self._run, name="placement-writer", daemon=True)
        self.thread.start()

    def send(self, tables: list[_Rows]) -> None:
        if self.error is not None:
            raise self.error
        for rows in tables:
            rows.payload, rows.params = self._payload(rows), []
        self.queue.put(tables)

    def _payload(self, rows: _Rows) -> bytes | str:
        if self.format_cursor is None:
            return json.dumps(rows.params, ensure_ascii=False, check_circular=False)
        from psycopg.copy import Copy, FileWriter

        out = io.BytesIO()
        with Copy(self.format_cursor, binary=False, writer=FileWriter(out)) as copy:
            for row in rows.params:
                copy.write_row(row)
        return out.getvalue()

    def _run(self) -> None:
        while (tables := self.queue.get()) is not None:
            if self.error is not None or self.abandoned:
                continue  # drained, never written: the transaction is rolled back
            try:
                for rows in tables:
                    _send(self.conn, rows)
            except BaseException as exc:  # handed to the importing thread by send() and close()
                self.error = exc

    def close(self) -> None:
        self._stop()
        if self.error is not None:
            raise self.error

    def abandon(self) -> None:
        self.abandoned = True
        self._stop()

    def _stop(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.format_cursor is not None:
            self.format_cursor.close()


@contextlib.contextmanager
def _sending(conn: sa.Connection) -> Iterator[_Sender]:
    sender = _Sender(conn)
    try:
        yield sender
    except BaseException:
        sender.abandon()
        raise
    sender.close()


def _converted(processor: Callable[[Any], Any], given: list[Any], done: dict[Any, Any]) -> list[Any]:
    """A column's values through its bind processor; a value that repeats (a zero fee, a date) is converted once."""
    if not isinstance(next((v for v in given if v is not None), None), Hashable):
        return [None if v is None else processor(v) for v in given]
    out = []
    append = out.append
    for v in given:
        try:
            append(done[v])
        except KeyError:
            done[v] = converted = processor(v)
            append(converted)
    return out


def _write_batch(sender: _Sender, batch: list[PlacementRow], client_id: uuid.UUID, placement_id: uuid.UUID,
                 currency: str, collectors: list[uuid.UUID], offset: int, now: dt.datetime, today: dt.date,
                 weights: dict[str, Decimal], make_id: Callable[[], uuid.UUID] = new_id) -> list[uuid.UUID]:
    """Convert a batch of new accounts into the rows of every table they touch and hand them to the sender."""
    n = len(batch)
    memo: dict[str, dict[Any, Any]] = {}
    tables: list[_Rows] = []

    def insert(model: type, constants: dict[str, Any], columns: dict[str, list[Any]]) -> None:
        tables.append(_rows(sender.dialect, model, constants, columns, memo))

    person_ids = [make_id() for _ in range(n)]
    ids = [make_id() for _ in range(n)]
    people = [row.person for row in batch]
    insert(Person, {**_template(Person, now), "refused_channels": []},
           {"id": person_ids, **{k: [p[k] for p in people] for k in people[0]}})

    addressed = [(pid, row.address) for pid, row in zip(person_ids, batch) if row.address]
    if addressed:
        insert(Address, {**_template(Address, now), "source": "placement"},
               {"id": [make_id() for _ in addressed], "person_id": [pid for pid, _a in addressed],
                **{k: [a[k] for _pid, a in addressed] for k in addressed[0][1]}})

    phones = [(pid, j, phone) for pid, row in zip(person_ids, batch) for j, phone in enumerate(row.phones)]
    if phones:
        insert(Phone, {**_template(Phone, now), "source": "placement"},
               {"id": [make_id() for _ in phones], "person_id": [pid for pid, _j, _p in phones],
                "e164": [p[0] for _pid, _j, p in phones], "digits": [p[1] for _pid, _j, p in phones],
                "type": [p[2] for _pid, _j, p in phones], "primary": [j == 0 for _pid, j, _p in phones]})

    emailed = [(pid, row.email) for pid, row in zip(person_ids, batch) if row.email]
    if emailed:
        insert(Email, {**_template(Email, now), "source": "placement"},
               {"id": [make_id() for _ in emailed], "person_id": [pid for pid, _e in emailed],
                "address": [e for _pid, e in emailed]})

    accounts = [row.account for row in batch]
    scores = [score(ScoreInputs(a["balance"], a["charge_off_date"], a["last_payment_date"], False, False, False, False,
                                0), today, weights) for a in accounts]
    insert(Account, {**_template(Account, now), "client_id": client_id, "placement_id": placement_id,
                     "currency": currency, "placed_on": today, "status": AccountStatus.OPEN},
           {"id": ids, **{k: [a[k] for a in accounts] for k in accounts[0]},
            "assigned_to": [collectors[(offset + i) % len(collectors)] if collectors else None for i in range(n)],
            "priority_score": [p for p, _d in scores], "score_detail": [d for _p, d in scores],
            "tz_group": [tz_group(row.zones) for row in batch]})
    insert(AccountParty, {**_template(AccountParty, now), "role": PartyRole.CONSUMER},
           {"id": [make_id() for _ in range(n)], "account_id": ids, "person_id": person_ids})
    insert(BalanceTransaction, {**_template(BalanceTransaction, now), "kind": TransactionKind.PLACEMENT,
                                "at": now, "effective_on": today, "memo": "Placed balance"},
           {"id": [make_id() for _ in range(n)], "account_id": ids,
            **{k: [a[k] for a in accounts] for k in MONEY_COMPONENTS}})
    sender.send(tables)
    return ids


def _update(s: Session, actor: Actor, row: PlacementRow, account: Account, now: dt.datetime, today: dt.date) -> None:
    """A re-placed open account: refresh what the client knows, post an adjustment for a changed balance."""
    a = row.account
    before = {k: getattr(account, k) for k in (*MONEY_COMPONENTS, "placed_balance", "original_creditor",
                                               "charge_off_date", "delinquency_date")}
    change = {k: a[k] - getattr(account, k) for k in MONEY_COMPONENTS}
    if any(change.values()):
        s.add(BalanceTransaction(account_id=account.id, kind=TransactionKind.ADJUSTMENT, at=now, effective_on=today,
                                 posted_by=actor.user_id, memo="Balance updated by the client's placement file",
                                 **change))
        for k in MONEY_COMPONENTS:
            setattr(account, k, getattr(account, k) + change[k])
        account.balance = account.component_sum()
        account.placed_balance = row.placed_total
    for k in ("original_creditor", "charge_off_date", "delinquency_date", "last_payment_date", "last_payment_amount"):
        if a.get(k) is not None:
            setattr(account, k, a[k])
    person_id = s.scalar(sa.select(AccountParty.person_id).where(AccountParty.account_id == account.id,
                                                                 AccountParty.role == PartyRole.CONSUMER))
    if person_id is not None:
        known = set(s.scalars(sa.select(Phone.e164).where(Phone.person_id == person_id)))
        for e164, digits, ptype in row.phones:
            if e164 not in known:
                s.add(Phone(person_id=person_id, e164=e164, digits=digits, type=ptype, source="placement"))
        if row.email and not s.scalar(sa.select(sa.func.count()).select_from(Email).where(
                Email.person_id == person_id, sa.func.lower(Email.address) == row.email)):
            s.add(Email(person_id=person_id, address=row.email, source="placement"))
    s.flush()
    from ..accounts.queue_fields import refresh_queue_fields

    refresh_queue_fields(s, account.id)
    after = {k: getattr(account, k) for k in before}
    audit.record(s, actor, "account.placement_updated", "account", account.id, account_id=account.id,
                 before=before, after=after, reason=f"placement file line {row.line}")


# --- recalls -------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class RecallResult:
    file_name: str
    committed: bool
    data_rows: int
    recalled: int
    errors: list[RowError]
    account_ids: list[uuid.UUID]
    message: str

    @property
    def changes(self) -> Changes:
        return Changes.for_accounts(self.account_ids) if self.committed else Changes()


RECALL_REASON = "recalled"


def recall_file(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                source: Path | str | bytes, *, column: str | None = None, encoding: str = "utf-8",
                file_name: str | None = None, mode: str = "valid_rows",
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> RecallResult:
    """Close the accounts a client recalls (a file with an account-number column): status recalled, out of queues."""
    actor.require(Role.ADMIN, action="process recall files")
    if mode not in MODES:
        raise ServiceError(f"The recall mode is one of {', '.join(MODES)}.")
    data = _load_bytes(source)
    file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "recall file")
    table = read_table(data, file_name, encoding=encoding)
    if table.rows and _text(table.rows[-1][1][0] if table.rows[-1][1] else "").upper() == TRAILER_MARK:
        table.rows.pop()
    if column is None:
        column = guess_map(table.headers).columns.get("account_number")
        if column is None and len(table.headers) == 1:
            column = table.headers[0]
    positions = [i for i, h in enumerate(table.headers) if column and _norm_header(h) == _norm_header(column)]
    if not positions:
        raise ImportFileError(f"{file_name} has no account number column ({column or 'none recognised'}); its columns "
                              f"are: {', '.join(table.headers)}.")
    col = positions[0]
    if not table.rows:
        raise ImportFileError(f"{file_name} has a header but no accounts.")
    errors: list[RowError] = []
    numbers: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        number = _text(cells[col] if col < len(cells) else "")
        if not number:
            errors.append(RowError(line, "account_number", column, "", "is required"))
        elif number in seen:
            errors.append(RowError(line, "account_number", column, number,
                                   f"the account number is already on line {seen[number]} of this file"))
        else:
            seen[number] = line
            numbers.append((line, number))
    now = utcnow()
    ids: list[uuid.UUID] = []
    with session_factory() as s, s.begin():
        found = _client(s, client)
        existing = _existing(s, found.id, [n for _l, n in numbers])
        targets = []
        for line, number in numbers:
            account = existing.get(number)
            if account is None:
                errors.append(RowError(line, "account_number", column, number,
                                       f"{found.code} has no account with this number"))
            elif account.status != AccountStatus.OPEN:
                errors.append(RowError(line, "account_number", column, number,
                                       f"the account is already {account.status.value}"))
            else:
                targets.append(account)
        errors.sort(key=lambda e: e.line)
        if (mode == "all_or_nothing" and errors) or not targets:
            return RecallResult(file_name, False, len(table.rows), 0, errors, [],
                                f"{len(errors):,} of {len(table.rows):,} rows were rejected; nothing was recalled.")
        for i, account in enumerate(targets, start=1):
            if cancelled and cancelled():
                raise ImportCancelled()
            before = {"status": account.status, "close_reason": account.close_reason}
            account.status = AccountStatus.RECALLED
            account.close_reason = RECALL_REASON
            account.closed_at = now
            account.callback_at = None
            audit.record(s, actor, "account.recalled", "account", account.id, account_id=account.id, before=before,
                         after={"status": account.status, "close_reason": RECALL_REASON},
                         reason=f"recall file {file_name}")
            ids.append(account.id)
            if progress and i % 200 == 0:
                progress(i, len(targets))
        audit.record(s, actor, "placement.recall_file", "client", found.id, after={
            "file": file_name, "sha256": hashlib.sha256(data).hexdigest(), "recalled": len(ids),
            "rejected": len(errors)})
    if progress:
        progress(len(targets), len(targets))
    return RecallResult(file_name, True, len(table.rows), len(ids), errors, ids,
                        f"{_count(len(ids), 'account')} recalled"
                        + (f", {_count(len({e.line for e in errors}), 'row')} rejected." if errors else "."))


# --- reports -------------------------------------------------------------------------------------------------


def write_errors_csv(errors: Iterable[RowError], target: Path | str | io.TextIOBase) -> int:
    """The rejected rows as CSV (line, field, column, value, message); returns the number written."""
    def _write(out: Any) -> int:
        writer = csv.writer(out)
        writer.writerow(["line", "field", "column", "value", "message"])
        count = 0
        for e in errors:
            label = FIELD_BY_KEY[e.field].label if e.field in FIELD_BY_KEY else e.field
            writer.writerow([e.line, label, e.column or "", e.value, e.message])
            count += 1
        return count

    if isinstance(target, (str, Path)):
        with open(target, "w", newline="", encoding="utf-8") as fh:
            return _write(fh)
    return _write(target)


def iter_field_labels() -> Iterator[tuple[str, str, bool]]:
    for f in FIELDS:
        yield f.key, f.label, f.required
