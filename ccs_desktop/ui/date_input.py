"""Typed dates, one way everywhere (promises, payments, callbacks, filters): `DateInput`.

A collector types what they mean and sees at once how it reads, or why it is refused:

    12/15, 15/12       month and day in the language's order (English: month first; Spanish: day first); a day
                       above 12 settles it either way; without a year, the next such date
    12/15/2026, 2026-12-15, Dec 15, Tue Dec 15, 2026           with a year (a weekday that does not match is refused)
    today, tomorrow, +7, +2w, +1m, in 3 days                   relative to today
    fri, friday, next fri, vie, viernes                        the next such weekday (never today)
    next week, next month                                       a week, a month from today

python-dateutil reads the written forms (month names, ISO); the short relative forms are read here first. A date
in the past (where the field does not take one), impossible, or too far ahead is refused with a message that
says so; the field's value is then None, never a guess. A callback field (`with_time`) also takes a time after
the date: "fri 14:30", "+1 9am".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from dateutil import parser as dateutil_parser
from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from . import i18n

# Years past this many ahead are a typing slip ("Dec 8, 5202"), refused wherever a date is typed.
FAR_YEARS = 10

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate((("mon", "monday", "lun", "lunes"), ("tue", "tues", "tuesday", "mar", "martes"),
                             ("wed", "wednesday", "mie", "mié", "miercoles", "miércoles"),
                             ("thu", "thur", "thurs", "thursday", "jue", "jueves"),
                             ("fri", "friday", "vie", "viernes"), ("sat", "saturday", "sab", "sáb", "sabado", "sábado"),
                             ("sun", "sunday", "dom", "domingo"))):
    for _name in _names:
        WEEKDAYS[_name] = _i

_TODAY = {"today", "tod", "hoy"}
_TOMORROW = {"tomorrow", "tmw", "tom", "mañana", "manana"}
_UNITS = {"d": "days", "day": "days", "days": "days", "dia": "days", "día": "days", "dias": "days", "días": "days",
          "w": "weeks", "wk": "weeks", "week": "weeks", "weeks": "weeks", "sem": "weeks", "semana": "weeks",
          "semanas": "weeks", "m": "months", "mo": "months", "month": "months", "months": "months", "mes": "months",
          "meses": "months"}
_NEXT = ("next ", "próximo ", "proximo ", "próxima ", "proxima ", "el próximo ", "el proximo ")
_TIME = re.compile(r"\s*(?:at\s+|a las\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?$")


class DateInputError(ValueError):
    """What was typed is not a date the field takes; the message says why, for the user."""


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _relative(text: str, today: dt.date) -> dt.date | None:
    """The short relative forms, or None when the text is not one of them."""
    if text in _TODAY:
        return today
    if text in _TOMORROW:
        return today + dt.timedelta(days=1)
    match = re.fullmatch(r"(?:\+|in\s+|en\s+)(\d{1,4})\s*([a-zñíá]*)", text)
    if match:
        n, unit = int(match.group(1)), _UNITS.get(match.group(2) or "d")
        if unit is None:
            raise DateInputError(f"{text!r}: say days, weeks or months (e.g. +7, +2w, +1m)")
        if unit == "months":
            return add_months(today, n)
        return today + dt.timedelta(days=n * (7 if unit == "weeks" else 1))
    for prefix in _NEXT:
        if text.startswith(prefix):
            rest = text[len(prefix):].strip()
            if rest in ("week", "semana"):
                return today + dt.timedelta(days=7)
            if rest in ("month", "mes"):
                return add_months(today, 1)
            text = rest
            break
    if text in WEEKDAYS:
        ahead = (WEEKDAYS[text] - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead)
    return None


def _numeric(text: str, today: dt.date, day_first: bool) -> dt.date | None:
    match = _NUMERIC.match(text)
    if not match:
        return None
    a, b = int(match.group(1)), int(match.group(2))
    month, day = (b, a) if day_first else (a, b)
    if month > 12 and day <= 12:   # 15/12 in English, 12/15 in Spanish: only one reading is a date
        month, day = day, month
    year_text = match.group(3)
    year = today.year if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        found = dt.date(year, month, day)
    except ValueError:
        raise DateInputError(f"{text!r} is not a date: there is no day {day} in month {month}") from None
    if year_text is None and found < today:
        found = found.replace(year=year + 1) if not (month == 2 and day == 29) else found
    return found


def parse_date(text: str, today: dt.date, *, day_first: bool = False) -> dt.date:
    """The date `text` means (see the module docstring); DateInputError with a message when it means none."""
    raw = " ".join(text.strip().lower().replace(",", " ").split())
    if not raw:
        raise DateInputError("Type a date, e.g. 12/15, +7 or fri")
    found = _relative(raw, today)
    if found is None:
        found = _numeric(raw, today, day_first)
    if found is None:
        found = _written(text.strip(), today, day_first)
    _check_year(found, text, today)
    return found


def _check_year(found: dt.date, text: str, today: dt.date) -> None:
    if found.year > today.year + FAR_YEARS or found.year < 1900:
        raise DateInputError(f"{text.strip()!r} reads as the year {found.year}: check the year")


def _written(text: str, today: dt.date, day_first: bool) -> dt.date:
    """ISO and written dates ("Dec 15", "Tue Dec 15, 2026") through dateutil; a weekday must match its date."""
    try:
        result, tokens = dateutil_parser.parse(text, default=dt.datetime(today.year, today.month, today.day),
                                               dayfirst=day_first, fuzzy_with_tokens=True)
    except (ValueError, OverflowError):
        raise DateInputError(f"{text!r} is not a date: try 12/15, 2026-12-15, Dec 15, +7 or fri") from None
    if any(t.strip(" ,.") for t in tokens):
        raise DateInputError(f"{text!r} is not a date: try 12/15, 2026-12-15, Dec 15, +7 or fri")
    found = result.date()
    said = [WEEKDAYS[w] for w in re.findall(r"[a-záéíóúñ]+", text.lower()) if w in WEEKDAYS]
    has_year = re.search(r"\d{4}|'\d{2}|\d+[/.\-]\d+[/.\-]\d+", text) is not None
    if not has_year and found < today:
        found = add_months(found, 12)
    _check_year(found, text, today)
    if said and said[0] != found.weekday():
        raise DateInputError(f"{found:%b %d, %Y} is a {found:%A}, not a {calendar.day_name[said[0]]}")
    return found


def parse_date_time(text: str, today: dt.date, *, day_first: bool = False,
                    default_time: dt.time = dt.time(9, 0)) -> dt.datetime:
    """A date as `parse_date`, then an optional time ("14:30", "9am", "2:15 pm"); naive, on the user's clock."""
    stripped = text.strip()
    at = default_time
    match = _TIME.search(stripped)
    head = stripped[:match.start()].strip() if match else stripped
    if match and head and (match.group(2) or match.group(3)):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        half = (match.group(3) or "").lower().replace(".", "")
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            raise DateInputError(f"{match.group(0).strip()!r} is not a time of day")
        at, stripped = dt.time(hour, minute), head
    return dt.datetime.combine(parse_date(stripped, today, day_first=day_first), at)


def check_range(day: dt.date, today: dt.date, *, earliest: dt.date | None, latest: dt.date | None) -> None:
    if earliest is not None and day < earliest:
        if earliest == today:
            raise DateInputError(f"{day:%a %b %d, %Y} is in the past")
        raise DateInputError(f"{day:%a %b %d, %Y} is before {earliest:%b %d, %Y}")
    if latest is not None and day > latest:
        if latest == today:
            raise DateInputError(f"{day:%a %b %d, %Y} is in the future")
        raise DateInputError(f"{day:%a %b %d, %Y} is too far ahead: the latest is {latest:%b %d, %Y}")


def day_first() -> bool:
    """Whether the workstation's language writes the day before the month (12/15 in English, 15/12 in Spanish)."""
    return i18n.language() != "en"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateInput(QWidget):
    """A typed date (or date and time) with how it reads beside it; the one date field of the workstation.

    Like QDateEdit: `date()` (an invalid QDate while the text is not a date the field takes), `setDate`,
    `setMinimumDate`, `setMaximumDate`, `dateChanged`; with `with_time`, `dateTime()`/`setDateTime`. `value()` is
    the Python date (or datetime), `error()` why there is none. `past=False` refuses dates before today."""

    dateChanged = Signal(QDate)

    def __init__(self, value: Any = None, parent: QWidget | None = None, *, past: bool = True,
                 latest: dt.date | None = None, with_time: bool = False,
                 today: Callable[[], dt.date] | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._today = today or dt.date.today
        self._past = past
        self._earliest: dt.date | None = None
        self._latest = latest
        self.with_time = with_time
        self._value: dt.date | dt.datetime | None = None
        self._error = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setObjectName((objectName or "date") + "Text")
        self.line.setPlaceholderText(self.tr("e.g. 12/15, +7, fri, next month") if not day_first()
                                     else self.tr("e.g. 15/12, +7, fri, next month"))
        self.line.setToolTip(self.tr("Type a date: 12/15 or 2026-12-15, Dec 15, today, tomorrow, +7 (days), +2w, "
                                     "+1m, fri, next fri, next month") + (self.tr(", then a time: fri 14:30")
                                                                         if with_time else ""))
        self.note = QLabel()
        self.note.setObjectName((objectName or "date") + "Note")
        self.note.setMinimumWidth(140)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.note)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        if value is not None:
            self.setDate(value)

    # --- QDateEdit-like API -------------------------------------------------------------------------

    def date(self) -> QDate:
        value = self._value
        if value is None:
            return QDate()
        return _qdate(value.date() if isinstance(value, dt.datetime) else value)

    def dateTime(self) -> QDateTime:  # noqa: N802
        value = self._value
        if not isinstance(value, dt.datetime):
            return QDateTime()
        return QDateTime(_qdate(value.date()), QTime(value.hour, value.minute))

    def setDate(self, value: Any) -> None:  # noqa: N802
        day = value.toPython() if isinstance(value, QDate) else value
        if isinstance(day, dt.datetime):
            day = day.date()
        self.line.setText(self._format(day))
        self._tidy()

    def setDateTime(self, value: Any) -> None:  # noqa: N802
        when = value.toPython() if isinstance(value, QDateTime) else value
        self.line.setText(self._format(when.date()) + f" {when:%H:%M}")
        self._tidy()

    def setMinimumDate(self, value: Any) -> None:  # noqa: N802
        self._earliest = value.toPython() if isinstance(value, QDate) else value
        self._typed(self.line.text())

    def setMaximumDate(self, value: Any) -> None:  # noqa: N802
        self._latest = value.toPython() if isinstance(value, QDate) else value
        self._typed(self.line.text())

    # --- ours -----------------------------------------------------------------------------------------

    def value(self) -> dt.date | dt.datetime | None:
        return self._value

    def error(self) -> str:
        return self._error

    def setText(self, text: str) -> None:  # noqa: N802
        self.line.setText(text)

    def _format(self, day: dt.date) -> str:
        return f"{day:%d/%m/%Y}" if day_first() else f"{day:%m/%d/%Y}"

    def _read(self, text: str) -> dt.date | dt.datetime:
        today = self._today()
        if self.with_time:
            value: dt.date | dt.datetime = parse_date_time(text, today, day_first=day_first())
            day = value.date()  # type: ignore[union-attr]
        else:
            value = day = parse_date(text, today, day_first=day_first())
        earliest = self._earliest if self._past else max(self._earliest or today, today)
        check_range(day, today, earliest=earliest, latest=self._latest)
        return value

    def _typed(self, text: str) -> None:
        before = self._value
        try:
            self._value, self._error = self._read(text), ""
        except DateInputError as exc:
            self._value, self._error = None, str(exc)
        if self._value is None:
            self.note.setText(self._error)
            self.note.setStyleSheet("color: #b42318;")
        else:
            day = self._value.date() if isinstance(self._value, dt.datetime) else self._value
            shown = i18n.locale().toString(_qdate(day), "ddd d MMM yyyy" if day_first() else "ddd MMM d, yyyy")
            if isinstance(self._value, dt.datetime):
                shown += f" {self._value:%H:%M}"
            self.note.setText(shown)
            self.note.setStyleSheet("")
        self.note.setToolTip(self.note.text())
        if self._value != before:
            self.dateChanged.emit(self.date())

    def _tidy(self) -> None:
        """Once typing ends, a date that reads well is written out in full, so what is kept is what is shown."""
        value = self._value
        if value is None:
            return
        text = self._format(value.date() if isinstance(value, dt.datetime) else value)
        if isinstance(value, dt.datetime):
            text += f" {value:%H:%M}"
        if text != self.line.text():
            self.line.blockSignals(True)
            self.line.setText(text)
            self.line.blockSignals(False)
