"""`ccs-desktop import`, `recall` and `remittance` as a scheduled job would run them."""

from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa

from ccs_desktop import cli, db
from ccs_desktop.models import Account, Placement
from ccs_desktop.models.enums import AccountStatus
from tests.factories import make_client

DATA = Path(__file__).resolve().parent / "data"


def test_import_recall_and_remittance_from_the_command_line(sqlite_url, tmp_path, capsys):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        make_client(s, code="NWB", name="Northwind Bank")

    assert cli.main(["--database", sqlite_url, "import", str(DATA / "placement_sample.csv"), "--client", "NWB",
                     "--check"]) == 1
    assert "12 rows: 6 valid (13,390.25 placed), 6 rejected" in capsys.readouterr().out

    errors = tmp_path / "rejected.csv"
    assert cli.main(["--database", sqlite_url, "import", str(DATA / "placement_sample.csv"), "--client", "NWB",
                     "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "6 accounts imported (13,390.25 USD placed), 6 rows rejected." in out
    assert "line 9, Home phone (Home Phone): is not a valid phone number for US: '404-555-01'" in out
    rows = list(csv.DictReader(errors.open(encoding="utf-8")))
    assert len(rows) == 7 and rows[0]["line"] == "6" and rows[0]["message"] == "is not an email address"

    # The same file again: refused, exit 2, nothing new.
    assert cli.main(["--database", sqlite_url, "import", str(DATA / "placement_sample.csv"), "--client", "NWB"]) == 2
    assert "already imported for NWB" in capsys.readouterr().err
    # An unknown map name is an error, not a guess.
    assert cli.main(["--database", sqlite_url, "import", str(DATA / "placement_sample.xlsx"), "--client", "NWB",
                     "--map", "weekly"]) == 2
    assert "no column map 'weekly'" in capsys.readouterr().err

    assert cli.main(["--database", sqlite_url, "recall", str(DATA / "recall_sample.csv"), "--client", "NWB"]) == 0
    assert "2 accounts recalled, 1 row rejected." in capsys.readouterr().out

    out_pdf, out_csv = tmp_path / "r.pdf", tmp_path / "r.csv"
    assert cli.main(["--database", sqlite_url, "remittance", "--client", "NWB", "--from", "2026-01-01",
                     "--to", "2026-12-31", "--out", str(out_pdf), "--out", str(out_csv)]) == 0
    assert out_pdf.read_bytes().startswith(b"%PDF") and "Total commission" in out_csv.read_text()
    assert cli.main(["--database", sqlite_url, "remittance", "--client", "NWB", "--from", "31/12/2026",
                     "--to", "2026-12-31", "--out", str(out_csv)]) == 2

    with factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Placement)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(Account)
                        .where(Account.status == AccountStatus.RECALLED)) == 2
    engine.dispose()


def test_a_scrub_file_from_the_command_line(sqlite_url, tmp_path, capsys):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        make_client(s, code="NWB", name="Northwind Bank")
    assert cli.main(["--database", sqlite_url, "import", str(DATA / "placement_sample.csv"), "--client", "NWB"]) == 0
    capsys.readouterr()
    scrub_file = tmp_path / "scrub.csv"
    scrub_file.write_text("Account Number,Cell Phone,BK Chapter,Case Number,Filing Date\n"
                          "NWB-2026-0002,(213) 555-0142,,,\n"
                          "NWB-2026-0003,,7,3:26-bk-00042,2026-10-01\n"
                          "NWB-2026-0404,(213) 555-0143,,,\n", encoding="utf-8")
    errors = tmp_path / "rejected.csv"
    assert cli.main(["--database", sqlite_url, "scrub", str(scrub_file), "--client", "NWB",
                     "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "2 persons updated from 3 rows: 1 numbers, 0 addresses, 0 emails, 1 bankruptcies, 0 deaths; 1 row rejected." in out
    assert "line 4, Account number: no account of the client has this number" in out
    assert list(csv.DictReader(errors.open(encoding="utf-8")))[0]["line"] == "4"
    with factory() as s:
        groups = dict(s.execute(sa.select(Account.client_account_number, Account.tz_group)).all())
        blocked = dict(s.execute(sa.select(Account.client_account_number, Account.blocked_reason)).all())
    assert groups["NWB-2026-0002"] == "America/Chicago|America/Los_Angeles" and blocked["NWB-2026-0003"] == "bankruptcy"
    # Imported once; without the client the account numbers mean nothing.
    assert cli.main(["--database", sqlite_url, "scrub", str(scrub_file), "--client", "NWB"]) == 2
    assert "already imported" in capsys.readouterr().err
    other = tmp_path / "other.csv"
    other.write_text("Account Number,Cell Phone\nNWB-2026-0002,(213) 555-0144\n", encoding="utf-8")
    assert cli.main(["--database", sqlite_url, "scrub", str(other)]) == 2
    assert "which client" in capsys.readouterr().err
    engine.dispose()
