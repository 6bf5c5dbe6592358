"""The fields a placement file can carry, and the parsers that read one value of each kind.

`FIELDS` lists every field with its label, kind, whether it is required and the header names it is recognised
by. The parsers (`parse_money`, `parse_date`, `parse_phone`, the ZIP/state/country tables) read one cell and
raise `FieldError` with a message for the rejected-rows report; they need no database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any

import phonenumbers

from ...compliance.location import phone_zones, zip_table
from ...models import MoneyError, to_money
from ...models.enums import DebtType, ItemizationReference, Language, PhoneType

log = logging.getLogger(__name__)

ZERO = Decimal("0.00")
CENT = Decimal("0.01")



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
    # Reg F itemization facts (12 CFR 1006.34(b)(3), (c)(2)): given together or not at all; a validation notice is
    # refused for an account without them.
    Field("itemization_date", "Itemization date", "date", synonyms=("itemization date", "itemisation date",
                                                                   "itemization_date", "reg f itemization date")),
    Field("itemization_reference", "Itemization date type", "choice",
          synonyms=("itemization date type", "itemization type", "itemization reference", "itemization basis",
                    "itemization_reference", "itemization_date_type")),
    Field("itemization_amount", "Itemization amount", "money",
          synonyms=("itemization amount", "itemization balance", "amount on itemization date",
                    "balance on itemization date", "itemization_amount", "itemization_balance")),
    Field("itemization_account_number", "Account number on the itemization date",
          synonyms=("itemization account number", "account number on itemization date",
                    "account number on the itemization date", "itemization_account_number")),
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
EMPTY_TEXTS = {f.key: "" for f in FIELDS}
PHONE_FIELDS = (("cell_phone", PhoneType.CELL), ("home_phone", PhoneType.HOME), ("work_phone", PhoneType.WORK),
                ("other_phone", PhoneType.OTHER))
MONEY_COMPONENTS = ("principal", "interest", "fees", "costs")


def iter_field_labels() -> Iterator[tuple[str, str, bool]]:
    for f in FIELDS:
        yield f.key, f.label, f.required


# --- reading one value ----------------------------------------------------------------------------------


class FieldError(ValueError):
    """A cell that cannot be read as its field; the message completes "<field> ...", e.g. "is not a date"."""


def cell_text(value: Any) -> str:
    """A cell as trimmed text: a spreadsheet's whole-number float without ".0", a date as ISO."""
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
    text = cell_text(value)
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
    return {code: (state, zone) for code, (zone, state, _county) in zip_table().items() if state}


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    return frozenset(state for state, _tz in us_zips().values())


CA_POSTCODE_LETTERS = {
    # province or territory: the first letters of its postal codes (X is shared by the Northwest Territories and
    # Nunavut). What checks a postcode against its province; the time zones come from compliance.location.
    "NL": "A", "NS": "B", "PE": "C", "NB": "E", "QC": "GHJ", "ON": "KLMNP", "MB": "R", "SK": "S", "AB": "T",
    "BC": "V", "NT": "X", "NU": "X", "YT": "Y",
}
CA_POSTCODE = re.compile(r"^([ABCEGHJ-NPRSTVXY])(\d)([A-Z]) ?(\d)([A-Z])(\d)$")
US_ZIP = re.compile(r"^(\d{5})(?:-?(\d{4}))?$")
EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")
COUNTRIES = {"US": "US", "USA": "US", "UNITED STATES": "US", "CA": "CA", "CAN": "CA", "CANADA": "CA"}
DEBT_TYPES = {"consumer": DebtType.CONSUMER, "student loan": DebtType.STUDENT_LOAN,
              "student_loan": DebtType.STUDENT_LOAN, "student": DebtType.STUDENT_LOAN,
              "commercial": DebtType.COMMERCIAL, "business": DebtType.COMMERCIAL}
ITEMIZATION_REFERENCES = {
    "last statement": ItemizationReference.LAST_STATEMENT, "last statement date": ItemizationReference.LAST_STATEMENT,
    "statement": ItemizationReference.LAST_STATEMENT, "last_statement": ItemizationReference.LAST_STATEMENT,
    "charge-off": ItemizationReference.CHARGE_OFF, "charge off": ItemizationReference.CHARGE_OFF,
    "chargeoff": ItemizationReference.CHARGE_OFF, "charge-off date": ItemizationReference.CHARGE_OFF,
    "charge_off": ItemizationReference.CHARGE_OFF, "last payment": ItemizationReference.LAST_PAYMENT,
    "last payment date": ItemizationReference.LAST_PAYMENT, "last_payment": ItemizationReference.LAST_PAYMENT,
    "transaction": ItemizationReference.TRANSACTION, "transaction date": ItemizationReference.TRANSACTION,
    "judgment": ItemizationReference.JUDGMENT, "judgement": ItemizationReference.JUDGMENT,
    "judgment date": ItemizationReference.JUDGMENT,
}
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


@lru_cache(maxsize=1)
def _nanp_prefix_decides() -> bool:
    """True if `compliance.location.phone_zones` of a ten-digit +1 number in E.164 is decided by its first seven
    digits (1, area code, exchange) whenever the number's region is a plan `_exchange_decides` holds for.

    phone_zones reads the number's validity and type, its time zones (a prefix table) and its area code. The type
    comes from the region phonenumbers finds by walking the +1 regions in order: a region's leading digits are
    matched at the start (decided by six digits if no longer than six), a region without them by its own patterns
    (decided by six digits if `_exchange_decides`); the type then by the found region's patterns. Checked on the
    installed metadata; anything else turns the per-exchange table off."""
    from re import _parser  # type: ignore[attr-defined]

    from phonenumbers.phonemetadata import PhoneMetadata
    from phonenumbers.tzdata import TIMEZONE_DATA

    try:
        if max((len(prefix) for prefix in TIMEZONE_DATA if prefix.startswith("1")), default=0) > 7:
            return False
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(1, ()):
            meta = PhoneMetadata.metadata_for_region(region)
            if meta is None:
                continue
            if meta.leading_digits is not None:
                if re.search(r"\(\?[=!<]|\(\?P=|\\[1-9]", meta.leading_digits):
                    return False
                if _parser.parse(meta.leading_digits).getwidth()[1] > 6:
                    return False
            elif not _exchange_decides(region):
                return False
    except Exception:  # metadata laid out otherwise than expected: no per-exchange table
        log.warning("phone metadata not checked for the per-exchange zone table", exc_info=True)
        return False
    return True


_ZONES_BY_EXCHANGE: dict[str, tuple[str, ...]] = {}


def number_zones(e164: str) -> tuple[str, ...]:
    """`compliance.location.phone_zones(e164)`, kept per +1, area code and exchange where those decide it
    (`_nanp_prefix_decides`): a file's numbers share a few thousand exchanges, and the library's lookup of one
    number costs more than the rest of its row's checks. The zones of a person are `location.person_zones`."""
    if (len(e164) != 12 or not e164.startswith("+1") or not e164[2:].isdigit() or e164[2] in "01"
            or not _nanp_prefix_decides()):
        return phone_zones(e164)
    key = e164[:8]
    found = _ZONES_BY_EXCHANGE.get(key)
    if found is None:
        number = phonenumbers.PhoneNumber(country_code=1, national_number=int(e164[2:]))
        region = phonenumbers.region_code_for_number(number)
        if region is not None and not _exchange_decides(region):
            return phone_zones(e164)  # a plan whose patterns reach past the exchange: number by number
        if len(_ZONES_BY_EXCHANGE) > 200_000:
            _ZONES_BY_EXCHANGE.clear()
        found = _ZONES_BY_EXCHANGE[key] = phone_zones(e164)
    return found
