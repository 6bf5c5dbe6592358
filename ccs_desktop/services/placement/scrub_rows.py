"""The fields a scrub or skip-trace file can carry, and the check of one row, without a database.

A row names whom it is about (the client's account number, or the account's or person's id) and what the vendor
found: new numbers, a new address, an email address, a bankruptcy filing, a death. Each value is read with the
placement file's parsers (phonenumbers for a number, the ZIP table for a ZIP and its state, the date formats), and a
value that cannot be read rejects its row with a message for the rejected-rows report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from ...models.enums import PhoneType
from .errors import RowError
from .fields import (
    COUNTRIES, EMAIL, FIELD_BY_KEY, PHONE_FIELDS, Field, FieldError, cell_text, parse_date, parse_phone, read_place,
)

REFERENCES = ("account_number", "account_id", "person_id")
YES = {"y", "yes", "true", "1", "x", "match", "matched", "b", "d", "deceased", "bankrupt"}
NO = {"", "n", "no", "false", "0", "none"}
CHAPTERS = {"7": 7, "9": 9, "11": 11, "12": 12, "13": 13, "15": 15}

SCRUB_FIELDS: tuple[Field, ...] = (
    dataclasses.replace(FIELD_BY_KEY["account_number"], required=False),  # or one of the ids
    Field("account_id", "Account id", synonyms=("account uuid", "ccs account id", "account_id")),
    Field("person_id", "Person id", synonyms=("person id", "consumer id", "person uuid", "person_id")),
    *(FIELD_BY_KEY[key] for key, _type in PHONE_FIELDS),
    *(FIELD_BY_KEY[key] for key in ("address1", "address2", "city", "state", "zip", "country", "email")),
    Field("bankruptcy", "Bankruptcy match", "choice", synonyms=("bankruptcy", "bk", "bk match", "bankrupt")),
    Field("bankruptcy_chapter", "Bankruptcy chapter", synonyms=("chapter", "bk chapter", "bankruptcy chapter")),
    Field("bankruptcy_case", "Bankruptcy case number", synonyms=("case number", "bk case", "case no", "case")),
    Field("bankruptcy_court", "Bankruptcy court", synonyms=("court", "bk court", "district")),
    Field("bankruptcy_filed", "Bankruptcy filing date", "date", synonyms=("filed", "filing date", "bk filed",
                                                                         "file date", "date filed")),
    Field("deceased", "Deceased match", "choice", synonyms=("deceased", "dead", "deceased flag", "death match")),
    Field("deceased_date", "Date of death", "date", synonyms=("date of death", "dod", "deceased date",
                                                             "death date")),
)
SCRUB_FIELD_BY_KEY = {f.key: f for f in SCRUB_FIELDS}
BANKRUPTCY_KEYS = ("bankruptcy", "bankruptcy_chapter", "bankruptcy_case", "bankruptcy_court", "bankruptcy_filed")


@dataclasses.dataclass
class ScrubRow:
    """A valid row: whom it is about and what was found."""

    line: int
    reference: str                 # which of REFERENCES the row names
    key: str                       # its value (an account number as written, or an id)
    phones: list[tuple[str, str, PhoneType]]
    address: dict[str, Any] | None
    email: str | None
    bankruptcy: dict[str, Any] | None
    deceased: dict[str, Any] | None

    @property
    def finds_anything(self) -> bool:
        return bool(self.phones or self.address or self.email or self.bankruptcy or self.deceased)


class ScrubChecker:
    """Checks one row of a scrub file against the map's columns."""

    def __init__(self, index: dict[str, int], columns: dict[str, str], date_order: str, default_country: str,
                 today: dt.date) -> None:
        self.index, self.columns, self.date_order = index, columns, date_order
        self.default_country, self.today = default_country, today

    def check(self, line: int, cells: list[Any]) -> tuple[ScrubRow | None, list[RowError]]:
        errors: list[RowError] = []
        n = len(cells)
        raw = {key: cells[i] if i < n else "" for key, i in self.index.items()}
        text = {key: cell_text(value) for key, value in raw.items()}

        def get(key: str) -> str:
            return text.get(key, "")

        def err(key: str, message: str) -> None:
            errors.append(RowError(line, key, self.columns.get(key), get(key)[:200], message))

        reference, key = next(((r, get(r)) for r in REFERENCES if get(r)), ("", ""))
        if not reference:
            err(next((r for r in REFERENCES if r in self.index), "account_number"),
                "is required: the row must say whom it is about")
        elif reference != "account_number":
            try:
                key = str(uuid.UUID(key))
            except ValueError:
                err(reference, "is not an id")
        elif len(key) > 40:
            err(reference, "is longer than 40 characters")

        country = COUNTRIES.get(get("country").upper(), None) if get("country") else self.default_country
        if country is None:
            err("country", "is not US or CA")
            country = self.default_country
        phones: list[tuple[str, str, PhoneType]] = []
        for field, ptype in PHONE_FIELDS:
            if not get(field):
                continue
            try:
                e164, digits, guess = parse_phone(get(field), country, ptype == PhoneType.OTHER)
            except FieldError as exc:
                err(field, str(exc))
                continue
            if all(p[0] != e164 for p in phones):
                phones.append((e164, digits, guess if ptype == PhoneType.OTHER and guess else ptype))

        address = None
        zip_value = raw.get("zip", "")
        if isinstance(zip_value, int) and country == "US":  # a spreadsheet dropped the leading zeros
            zip_value = f"{zip_value:05d}"
        if any(get(k) for k in ("address1", "address2", "city", "state", "zip")):
            state, postal, place_errors = read_place(country, get("state"), cell_text(zip_value))
            for field, message in place_errors:
                err(field, message)
            if not get("address1"):
                err("address1", "is required with a new address")
            if not postal:
                err("zip", "is required with a new address")
            address = {"line1": get("address1")[:200], "line2": get("address2")[:200] or None,
                       "city": get("city")[:100] or None, "region": state, "postal_code": postal, "country": country}

        email = get("email").lower() or None
        if email and (len(email) > 254 or not EMAIL.match(email)):
            err("email", "is not an email address")

        bankruptcy = None
        if any(get(k) for k in BANKRUPTCY_KEYS) and self._yes(get("bankruptcy"), "bankruptcy", err, default=True):
            chapter = None
            if get("bankruptcy_chapter"):
                chapter = CHAPTERS.get(get("bankruptcy_chapter").lower().removeprefix("chapter").strip())
                if chapter is None:
                    err("bankruptcy_chapter", "is not a bankruptcy chapter (7, 9, 11, 12, 13 or 15)")
            bankruptcy = {"chapter": chapter, "case_number": get("bankruptcy_case")[:40] or None,
                          "court": get("bankruptcy_court")[:120] or None,
                          "filed_on": self._date(raw, "bankruptcy_filed", err)}
        deceased = None
        if (get("deceased") or get("deceased_date")) and self._yes(get("deceased"), "deceased", err, default=True):
            deceased = {"died_on": self._date(raw, "deceased_date", err)}
        if errors:
            return None, errors
        row = ScrubRow(line, reference, key, phones, address, email, bankruptcy, deceased)
        if not row.finds_anything:
            return None, [RowError(line, "row", None, "", "finds nothing: no number, address, email, bankruptcy or "
                                                           "death")]
        return row, []

    @staticmethod
    def _yes(value: str, key: str, err: Any, *, default: bool) -> bool:
        word = value.strip().lower()
        if not word:
            return default
        if word in YES:
            return True
        if word in NO:
            return False
        err(key, "is not yes or no")
        return False

    def _date(self, raw: dict[str, Any], key: str, err: Any) -> dt.date | None:
        value = raw.get(key, "")
        if cell_text(value) == "":
            return None
        try:
            day = parse_date(value, self.date_order, self.today)
        except FieldError as exc:
            err(key, str(exc))
            return None
        if day > self.today:
            err(key, "is in the future")
        return day
