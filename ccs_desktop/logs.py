"""Logging: a rotating file in the platformdirs log dir, and a tail of it for the crash dialog.

Log records never carry personal data or secrets. Services log ids (UUIDs) and counts, never names, phone
numbers, addresses or amounts tied to a person, and the messages of errors meant for the user (ServiceError,
PermissionDenied: they name people and accounts) are not written to the log. In case a value slips through, a
filter on every handler (`scrub`) masks what looks like a secret or personal data:

- passwords and other secrets as ``key=value`` / ``key: value`` (quoted or not, spaces included, to the end of
  the line when unquoted), SQL ``PASSWORD '...'``, a password in a URL, SCRAM verifiers;
- the values of personal fields written as ``key=value`` (names, addresses, ZIP, date of birth, SSN and its
  last 4, phones, e-mails, notes), as repr()s of records and dicts and PostgreSQL error details show them;
- SSNs (and SSN fragments after "SSN" or "last 4"), phone numbers, e-mail addresses, street addresses and PO
  boxes, US-style dates (m/d/yyyy) and dates after "date of birth", "DOB" or "born";
- the values of a failed SQL statement (parameters, ``Key (...)=(...)``, ``Failing row contains (...)``).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from . import paths

LOG_NAME = "ccs-desktop.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

# A quoted value (its closing quote may be missing: then to the end of the line), a call such as
# datetime.date(1970, 5, 1), or a bare value up to the next delimiter.
_QUOTED = r"""(?:'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?)"""
_CALL = r"[\w.]+\([^)\n]*\)?"
_BARE = r"[^,;&)\]}\n]*"
_SECRET_KEY = r"[\w-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|pwd)[\w-]*"
_PERSONAL_KEY = (r"(?:\w+_)?(?:name|names|first|last|surname|address|addr|line[0-9]|street|city|zip|zip_code|"
                 r"postal_code|postcode|dob|date_of_birth|birth_?date|birthday|ssn|ssn_last4|last4|phone|phones|"
                 r"phone_e164|e164|digits|email|emails|email_address|note|notes|text|comment)")
_STREET_SUFFIX = (r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|"
                  r"terrace|ter|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|trl)")


def _phone(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(c.isdigit() for c in text)
    if re.match(r"\d{4}-\d{2}-\d{2}", text):  # an ISO date (and time), not a phone number
        return text
    if 10 <= digits <= 15 or (digits == 7 and re.fullmatch(r"\d{3}[-. ]\d{4}", text)):
        return "<phone>"
    return text


_PATTERNS: tuple[tuple[re.Pattern[str], object], ...] = (
    # Secrets first.
    (re.compile(r"SCRAM-SHA-256\$[^\s'\"]+"), "<secret>"),
    # A password in a URL: scheme://user:password@host, the password up to the last "@" before a host.
    (re.compile(r"(\b[A-Za-z][\w+.-]*://[^\s:/@?#]*:)[^\n]*@(?=[\w.\[\]-]+(?::\d+)?(?:[/?#\s'\"]|$))"),
     r"\1<secret>@"),
    # password=..., "password": "...", PASSWORD '...' (SQL), PGPASSWORD=...: quoted, or to the end of the line.
    (re.compile(rf"(?i)(['\"]?\b{_SECRET_KEY}['\"]?\s*[=:]\s*)(?:{_QUOTED}|[^\n]*)"), r"\1<secret>"),
    (re.compile(rf"(?i)(\b{_SECRET_KEY}\s+){_QUOTED}"), r"\1<secret>"),
    # What a failed statement carried.
    (re.compile(r"\[parameters: [^\n]*"), "[parameters: <hidden>]"),
    (re.compile(r"(\bKey \([^)\n]*\)=)\([^\n]*?\)(?= already exists| is not present| conflicts|\.|$)"),
     r"\1(<hidden>)"),
    (re.compile(r"(?i)(failing row contains )[^\n]*"), r"\1<hidden>"),
    # Personal fields by name: first_name='Pat', "phone": "+1...", date_of_birth=datetime.date(1970, 5, 1).
    (re.compile(rf"(?i)(['\"]?(?<![\w.]){_PERSONAL_KEY}['\"]?\s*[=:]\s*)(?:{_QUOTED}|{_CALL}|{_BARE})"),
     r"\1<hidden>"),
    # Dates of birth and SSN fragments after their label, US-style dates anywhere.
    (re.compile(r"(?i)(\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)[^\w\n]{0,3})"
                r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}"
                r"|\d{1,2} [A-Za-z]{3,9} \d{4})"),
     r"\1<date>"),
    (re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\w/])"), "<date>"),
    (re.compile(r"(?i)(\b(?:ssn|social security(?: number)?|last[ _-]?(?:4|four))\b[^\w\n]{0,3}"
                r"(?:[a-z]+[^\w\n]{1,3}){0,3})\d(?:[\d -]{2,9}\d)?\b"), r"\1<ssn>"),
    (re.compile(r"(?<![\w-])\d{3}[- ]\d{2}[- ]\d{4}(?![\w-])"), "<ssn>"),
    (re.compile(r"(?<![\w-])\d{9}(?![\w-])"), "<ssn>"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    (re.compile(r"(?<![\w-])\+?\(?\d[\d ().-]{5,}\d(?![\w-])"), _phone),
    # Street addresses ("12 Main St", "4-6 N. Oak Avenue Apt 5") and PO boxes.
    (re.compile(rf"\b\d{{1,6}}(?:-\d+)?[A-Za-z]?\s+(?:[NSEWnsew]\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){{0,4}}"
                rf"{_STREET_SUFFIX}\b\.?(?:,?\s*(?i:apt|apartment|suite|ste|unit|#)\.?\s*[\w-]+)?"), "<address>"),
    (re.compile(r"(?i)\bP\.?\s*O\.?\s*Box\s+\d+"), "<address>"),
)


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)  # type: ignore[arg-type]
    return text


def _user_messages(exc: BaseException | None) -> list[str]:
    """The messages of errors meant for the user in an exception chain: they may name people and accounts."""
    from .services.context import PermissionDenied, ServiceError

    found: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (ServiceError, PermissionDenied)) and str(exc):
            found.append(str(exc))
        exc = exc.__cause__ or exc.__context__
    return found


def _exception_text(exc_info: tuple) -> str:
    import traceback

    text = "".join(traceback.format_exception(*exc_info)).rstrip("\n")
    for message in sorted(_user_messages(exc_info[1]), key=len, reverse=True):
        text = text.replace(f": {message}", ": <message shown to the user, not logged>")
    return scrub(text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info:
            # Exception texts (SQL errors, failed connections) are scrubbed like messages.
            record.exc_text = _exception_text(record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


_configured = False


def configure(*, console: bool = False, level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Attach the rotating file handler (5 files of 2 MB) once per process."""
    global _configured
    target = (directory or paths.log_dir()) / LOG_NAME
    root = logging.getLogger()
    if _configured:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(PersonalDataFilter())
        root.addHandler(stream)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _configured = True
    return target


def tail(lines: int = 60, path: Path | None = None) -> str:
    """The last lines of the log, for the crash dialog."""
    path = path or log_file()
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError:
        return "(no log yet)"
