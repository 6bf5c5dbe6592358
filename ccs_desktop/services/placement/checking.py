"""Checking a placement file row by row, without a database: required fields, Decimal amounts, dates, ZIP or
postcode against the state, phones into E.164, emails, account numbers repeated in the file, and the trailer row.

`validate_file` checks a whole file; `Checking` yields the valid rows a batch at a time, so an import writes one
batch while the next is checked; `RowChecker` checks one row.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...compliance.location import person_zones
from ...compliance.model import Address as AddressFacts
from ...models.enums import DebtType, Language, PhoneType
from .errors import ImportCancelled, ImportFileError, RowError
from .fields import (
    CA_POSTCODE,
    CA_POSTCODE_LETTERS,
    COUNTRIES,
    DEBT_TYPES,
    EMAIL,
    EMPTY_TEXTS,
    FIELD_BY_KEY,
    FIELDS,
    ITEMIZATION_REFERENCES,
    LANGUAGES,
    MONEY_COMPONENTS,
    PHONE_FIELDS,
    US_ZIP,
    ZERO,
    FieldError,
    cell_text,
    parse_date,
    parse_money,
    number_zones,
    parse_phone,
    us_states,
    us_zips,
)
from .files import Table, load_bytes, read_table
from .maps import ColumnMap, norm_header

UTC = dt.timezone.utc
TRAILER_MARK = "TRAILER"


@dataclasses.dataclass
class PlacementRow:
    """A valid row, as the values of the tables it will be written to."""

    line: int
    account_number: str
    account: dict[str, Any]
    person: dict[str, Any]
    address: dict[str, Any] | None
    phones: list[tuple[str, str, PhoneType]]
    email: str | None
    placed_total: Decimal
    zones: tuple[str, ...]  # compliance.location.person_zones of the address and phones


@dataclasses.dataclass
class Trailer:
    """The file's TRAILER row: how many accounts and what total the client says the file holds."""

    line: int
    count: int
    total: Decimal


@dataclasses.dataclass
class Validation:
    """A whole file checked: its valid rows, its rejected ones, its trailer and warnings."""

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


def column_index(table: Table, column_map: ColumnMap, file_name: str) -> dict[str, int]:
    """Each mapped field's column position; ImportFileError if a mapped or required column is missing."""
    index: dict[str, int] = {}
    positions: dict[str, list[int]] = {}
    for i, header in enumerate(table.headers):
        positions.setdefault(norm_header(header), []).append(i)
    missing = []
    for key, header in column_map.columns.items():
        if not header:
            continue
        found = positions.get(norm_header(header))
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


def read_trailer(table: Table, file_name: str) -> Trailer | None:
    """The TRAILER row, taken off the table's rows (it must be the last row), or None."""
    marks = [i for i, (_line, cells) in enumerate(table.rows) if cells and cell_text(cells[0]).upper() == TRAILER_MARK]
    if not marks:
        return None
    if marks != [len(table.rows) - 1]:
        raise ImportFileError(f"{file_name} has a {TRAILER_MARK} row on line {table.rows[marks[0]][0]} that is not "
                              "its last row.")
    line, cells = table.rows.pop()
    values = [cell_text(c) for c in cells[1:] if cell_text(c)]
    try:
        count = int(values[0])
        total = parse_money(values[1], allow_negative=True)
    except (IndexError, ValueError, FieldError) as exc:
        raise ImportFileError(f"{file_name}: the {TRAILER_MARK} row on line {line} must read "
                              f"{TRAILER_MARK},<number of accounts>,<total placed>.") from exc
    return Trailer(line, count, total)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
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
    with gc_paused():
        checking = Checking(source, column_map, file_name=file_name, default_country=default_country, today=today)
        for _batch in checking.batches(2000, progress, cancelled):
            pass
        return checking.validation()


class Checking:
    """A placement file checked row by row: `batches` yields its valid rows a batch at a time (an import writes
    one batch while the next is checked); `validation` is the whole file's result once every batch is read."""

    def __init__(self, source: Path | str | bytes, column_map: ColumnMap, *, file_name: str | None = None,
                 default_country: str = "US", today: dt.date | None = None, table: Table | None = None) -> None:
        """`table`: the file already read with the map's encoding and sheet (an import that guessed the map from
        it), so it is not read twice."""
        data = load_bytes(source)
        self.file_name = file_name = file_name or (Path(source).name if not isinstance(source, bytes) else "file")
        self.digest = hashlib.sha256(data).hexdigest()
        if table is None:
            table = read_table(data, file_name, encoding=column_map.encoding, sheet=column_map.sheet)
        self.table = table
        self.index = index = column_index(table, column_map, file_name)
        self.trailer = trailer = read_trailer(table, file_name)
        if not table.rows:
            raise ImportFileError(f"{file_name} has a header but no accounts.")
        if trailer is not None and trailer.count != len(table.rows):
            raise ImportFileError(
                f"{file_name}: the trailer (line {trailer.line}) says {trailer.count:,} accounts but the file has "
                f"{len(table.rows):,}: the file may be incomplete. Nothing was imported.")
        self.country = default_country
        self.checker = RowChecker(index, {k: column_map.columns[k] for k in index}, column_map.date_order,
                                   default_country, today or dt.datetime.now(UTC).date())
        self.rows: list[PlacementRow] = []
        self.errors: list[RowError] = []
        self.all_total = ZERO
        self.amount_errors = 0

    def account_numbers(self) -> list[str]:
        """The account number of every row, read before the rows are checked (to look up earlier placements)."""
        i = self.index["account_number"]
        return [number for number in (cell_text(cells[i]) if i < len(cells) else "" for _line, cells in self.table.rows)
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


class RowChecker:
    """Checks one row against the map's columns: its PlacementRow, or the RowErrors that reject it."""

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
        texts = dict(EMPTY_TEXTS)
        n = len(cells)
        for key, i in self.index.items():
            value = cells[i] if i < n else ""
            raw[key] = value
            texts[key] = value.strip() if type(value) is str else cell_text(value)
        text = texts.__getitem__

        def err(key: str, message: str, value: Any = None) -> None:
            shown = text(key) if value is None else cell_text(value)
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
        for key in ("charge_off_date", "delinquency_date", "last_payment_date", "itemization_date", "date_of_birth"):
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

        itemization = self._itemization(raw, text, dates, err)

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
        postal = None
        zip_value = raw.get("zip", "")
        if isinstance(zip_value, int) and country == "US":  # a spreadsheet dropped the leading zeros
            zip_value = f"{zip_value:05d}"
        zip_text = cell_text(zip_value).upper()
        if country == "US":
            if state and state not in us_states():
                err("state", "is not a US state code")
                state = None
            if zip_text:
                m = US_ZIP.match(zip_text)
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
        else:
            if state and state not in CA_POSTCODE_LETTERS:
                err("state", "is not a Canadian province or territory code")
                state = None
            if zip_text:
                m = CA_POSTCODE.match(zip_text)
                if not m:
                    err("zip", "is not a Canadian postal code (A1A 1A1)")
                else:
                    postal = f"{m.group(1)}{m.group(2)}{m.group(3)} {m.group(4)}{m.group(5)}{m.group(6)}"
                    province = state or next((p for p, letters in CA_POSTCODE_LETTERS.items()
                                              if m.group(1) in letters), None)
                    if state and m.group(1) not in CA_POSTCODE_LETTERS[state]:
                        err("zip", f"is not a postal code of {state}")
                    state = province

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
        email = text("email").lower() or None
        if email and (len(email) > 254 or not EMAIL.match(email)):
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
            **itemization,
        }
        zones = person_zones((AddressFacts(postal, state, country),) if address else (), [p[0] for p in phones],
                             number_zones=number_zones)
        search = " ".join(p for p in (last, first) if p).upper() if last else (business or "").upper()
        person = {"first_name": first, "last_name": last or business, "business_name": business,
                  "search_name": search[:210], "date_of_birth": dates["date_of_birth"], "ssn_last4": ssn_last4,
                  "language": language}
        return PlacementRow(line, number, account, person, address, phones, email, placed, zones), [], placed

    @staticmethod
    def _itemization(raw: dict[str, Any], text: Callable[[str], str], dates: dict[str, dt.date | None],
                     err: Callable[..., None]) -> dict[str, Any]:
        """The Reg F itemization facts of a row: the date, which reference date it is, the amount on it and the
        account number on it, all four or none (a notice is refused for an account without them, never made from
        invented ones). A charge-off or last-payment itemization date must be the row's charge-off or last
        payment date when the file gives that too."""
        keys = ("itemization_date", "itemization_reference", "itemization_amount", "itemization_account_number")
        given = [k for k in keys if text(k)]
        if not given:
            return {"itemization_date": None, "itemization_reference": None, "itemization_balance": None,
                    "itemization_account_number": None}
        for key in keys:
            if key not in given:
                err(key, "is required when the file gives the itemization (date, date type, amount, account number)")
        reference = None
        if text("itemization_reference"):
            reference = ITEMIZATION_REFERENCES.get(text("itemization_reference").casefold())
            if reference is None:
                err("itemization_reference", "is not one of last statement, charge-off, last payment, transaction, "
                                             "judgment (Reg F 1006.34(b)(3))")
        day = dates.get("itemization_date")
        for kind, key, label in (("charge_off", "charge_off_date", "charge-off date"),
                                 ("last_payment", "last_payment_date", "last payment date")):
            if reference == kind and day and dates.get(key) and dates[key] != day:
                err("itemization_date", f"is the {label} but differs from the {label} {dates[key]:%Y-%m-%d}")
        amount = None
        if text("itemization_amount"):
            try:
                amount = parse_money(raw["itemization_amount"])
            except FieldError as exc:
                err("itemization_amount", str(exc))
        number = text("itemization_account_number")
        if len(number) > 40:
            err("itemization_account_number", "is longer than 40 characters")
        return {"itemization_date": day, "itemization_reference": reference, "itemization_balance": amount,
                "itemization_account_number": number or None}
