"""What reaches the log file: never a secret, never a consumer's personal data (docs/security.md)."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

import pytest

from ccs_desktop import logs
from ccs_desktop.services.context import ServiceError


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The app's real log set-up (logs.configure) writing to a file of this test's own."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    monkeypatch.setattr(logs, "_configured", False)
    path = logs.configure(directory=tmp_path)
    added = [h for h in root.handlers if h not in before]

    def read() -> str:
        for handler in added:
            handler.flush()
        return path.read_text(encoding="utf-8")

    yield read
    for handler in added:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


SECRETS = {
    "password=correct horse battery staple": ["correct", "horse", "battery", "staple"],
    "conninfo host=db user=ccsu_cole password='a long password 9' sslmode=require": ["a long password 9"],
    '{"user": "cole", "password": "tiger lily 42"}': ["tiger lily 42"],
    "PGPASSWORD: s3cret phrase here": ["s3cret", "phrase here"],
    "connecting to postgresql://ccsu_cole:hunter2-secret@db.agency:5432/ccs": ["hunter2-secret"],
    "connecting to postgresql://ccsu_cole:p@ss w0rd@db.agency/ccs failed": ["p@ss", "w0rd"],
    "ALTER ROLE ccsu_cole PASSWORD 'swordfish 77'": ["swordfish"],
}

PERSONAL = {
    "Person(first_name='Zelda', last_name='Quintero', date_of_birth=datetime.date(1971, 4, 9), "
    "ssn_last4='4821')": ["Zelda", "Quintero", "1971", "4821"],
    "{'line1': '742 Evergreen Terrace', 'city': 'Springfield', 'postal_code': '49007'}":
        ["Evergreen", "Springfield", "49007"],
    "letter returned from 742 Evergreen Terrace, Springfield": ["742 Evergreen"],
    "mail to P.O. Box 4471 bounced": ["4471"],
    "consumer said SSN ending in 4821": ["4821"],
    "ssn 123-45-6789 and 123456789 on file": ["6789", "123456789"],
    "DOB 1971-04-09, placed file says born 4/9/1971": ["1971"],
    "called +1 (212) 555-0142 and 212.555.0199 and 2125550177": ["555-0142", "555.0199", "2125550177"],
    "wrote to zelda.quintero@example.com": ["zelda", "example.com"],
    "DETAIL:  Key (email_address)=(zq@example.org) already exists.": ["zq@"],
    "Failing row contains (0192, Zelda, Quintero, null).": ["Zelda"],
}


@pytest.mark.parametrize("message", list(SECRETS))
def test_no_secret_reaches_the_log_file(log_file, message):
    logging.getLogger("ccs_desktop.test").warning("%s", message)
    text = log_file()
    assert text.strip(), "nothing was logged"
    leaked = [s for s in SECRETS[message] if s in text]
    assert not leaked, text


@pytest.mark.parametrize("message", list(PERSONAL))
def test_no_personal_data_reaches_the_log_file(log_file, message):
    logging.getLogger("ccs_desktop.test").warning(message)
    text = log_file()
    assert text.strip(), "nothing was logged"
    leaked = [s for s in PERSONAL[message] if s in text]
    assert not leaked, text


def test_what_the_app_needs_to_debug_stays_readable(log_file):
    some_id = uuid.UUID("0192f3a4-5678-7abc-8def-012345678901")
    logging.getLogger("ccs_desktop.test").info("account %s: 2,000 accounts checked on %s in 12.5 s; revision 0010",
                                               some_id, dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.timezone.utc))
    text = log_file()
    assert str(some_id) in text and "2,000 accounts" in text and "2026-06-15 12:00:00" in text


def test_an_error_meant_for_the_user_is_logged_without_its_message(log_file):
    """Messages shown to the user name people ("Zelda Quintero has no good mailing address"); the log keeps the
    error's type and where it happened, not the message."""
    person = {"first_name": "Zelda", "last_name": "Quintero"}
    try:
        try:
            raise KeyError("address")
        except KeyError as exc:
            raise ServiceError(f"{person['first_name']} {person['last_name']} has no good mailing address") from exc
    except ServiceError:
        logging.getLogger("ccs_desktop.ui.workers").exception("background task failed")
    text = log_file()
    assert "background task failed" in text and "ServiceError" in text and "Traceback" in text
    assert "Zelda" not in text and "Quintero" not in text
