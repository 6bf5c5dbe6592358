"""Logging: a rotating file in the platformdirs log dir, and a tail of it for the crash dialog.

Log records never carry personal data: services log ids (UUIDs) and counts, never names, phone
numbers, addresses or amounts tied to a person. A filter masks anything that looks like a phone
number, an e-mail address or a US SSN, in case a message slips through.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from . import paths

LOG_NAME = "ccs-desktop.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
_PATTERNS = (
    # Secrets first: a password in a URL, a SCRAM verifier, "password=..." in a connection string.
    (re.compile(r"(\w+://[^:/@\s]*:)[^@\s]+@"), r"\1<secret>@"),
    (re.compile(r"SCRAM-SHA-256\$[^\s'\"]+"), "<secret>"),
    (re.compile(r"(?i)(password\s*[=:]\s*)[^\s,;'\"]+"), r"\1<secret>"),
    (re.compile(r"\[parameters: [^\n]*"), "[parameters: <hidden>]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "<ssn>"),
    (re.compile(r"\+?\d[\d ().-]{8,}\d"), "<phone>"),
)


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info:
            # Exception texts (SQL errors, failed connections) are scrubbed like messages.
            import traceback

            record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
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
